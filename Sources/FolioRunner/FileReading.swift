import FolioModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads input files with plain POSIX calls, one file at a time (no whole-corpus buffering).
enum FileReading {
    struct ReadError: Error {
        var message: String
    }

    /// The file's bytes, or a readable reason it cannot be read. Reads straight into an array
    /// sized from `fstat` (no zero-filled staging buffer); grows if the file grew meanwhile.
    static func read(_ path: String) -> Result<[UInt8], ReadError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(ReadError(message: reason(errno, path))) }
        defer { close(fd) }
        var st = stat()
        let expected = fstat(fd, &st) == 0 ? max(0, Int(st.st_size)) : 0
        var capacity = expected + 1
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        while true {
            var filled = bytes.count
            let old = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buf, count in
                if !old.isEmpty { _ = buf.initialize(from: old) }
                while filled < capacity {
                    let n = Glibc.read(fd, buf.baseAddress! + filled, capacity - filled)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if n == 0 { break }
                    filled += n
                }
                count = filled
            }
            if failure != 0 { return .failure(ReadError(message: reason(failure, path))) }
            if bytes.count < capacity { return .success(bytes) }
            capacity *= 2  // the file was larger than fstat said
        }
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
