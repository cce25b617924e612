import FolioModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and hashes input files with plain POSIX calls (no whole-corpus buffering).
enum FileReading {
    struct ReadError: Error {
        var message: String
    }

    /// The file's bytes, or a readable reason it cannot be read.
    static func read(_ path: String) -> Result<[UInt8], ReadError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(ReadError(message: reason(errno, path))) }
        defer { close(fd) }
        var st = stat()
        var bytes: [UInt8] = []
        if fstat(fd, &st) == 0, st.st_size > 0 { bytes.reserveCapacity(Int(st.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(message: reason(errno, path)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .success(bytes)
    }

    /// SHA-256 and size, streamed.
    static func hash(_ path: String) -> Result<(sha256: String, bytes: Int), ReadError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(ReadError(message: reason(errno, path))) }
        defer { close(fd) }
        var hasher = StreamingHash()
        var total = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(message: reason(errno, path)))
            }
            if n == 0 { break }
            chunk.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            total += n
        }
        return .success((hasher.finalizeHex(), total))
    }

    static func reason(_ code: Int32, _ path: String) -> String {
        if code == ENOENT {
            var st = stat()
            if lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK { return "cannot read: broken symbolic link" }
            return "cannot read: file no longer exists"
        }
        if code == EISDIR { return "cannot read: is a directory" }
        return "cannot read: " + String(cString: strerror(code))
    }
}
