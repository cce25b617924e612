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
    ///
    /// Only a regular file is read. Discovery saw one, but the path may have been replaced
    /// since (by a FIFO, a device, a socket): the file is opened with `O_NONBLOCK`, so opening
    /// a FIFO with no writer returns at once instead of blocking the run, and `fstat` on the
    /// open descriptor decides (no window between the check and the read).
    static func read(_ path: String) -> Result<[UInt8], ReadError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        if fd < 0 { return .failure(ReadError(message: reason(errno, path))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(ReadError(message: reason(errno, path))) }
        let mode = st.st_mode & S_IFMT
        guard mode == S_IFREG else { return .failure(ReadError(message: "cannot read: " + kind(mode) + ", not a regular file")) }
        let expected = max(0, Int(st.st_size))
        var capacity = expected + 1
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        while true {
            var filled = bytes.count
            let old = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buf, count in
                guard let base = buf.baseAddress else { count = 0; return }
                if !old.isEmpty { _ = buf.initialize(from: old) }
                while filled < capacity {
                    let n = Glibc.read(fd, base + filled, capacity - filled)
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

    /// What a file that is not a regular one is, for the diagnostic.
    static func kind(_ mode: mode_t) -> String {
        switch mode {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFDIR: "a directory"
        default: "a special file"
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
