import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An error from the dataset store, with the path it concerns.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure it is: the command line turns each into its own exit status
    /// (docs/operations.md).
    public enum Kind: Sendable, Hashable {
        /// Reading or writing failed (disk full, not writable, I/O); nothing was committed.
        case failure
        /// The request names something that is not there or is refused (bad version, document,
        /// table, output path): the caller should change the arguments.
        case usage
        /// Another folio process holds the dataset's lock.
        case locked
        /// The dataset is damaged: `CURRENT` unreadable, or a version fails verification.
        case damaged
    }

    public var message: String
    public var kind: Kind
    public init(_ message: String, kind: Kind = .failure) {
        self.message = message
        self.kind = kind
    }
    public var description: String { message }

    static func posix(_ what: String, _ path: String, _ code: Int32 = errno) -> StoreError {
        let reason = String(cString: strerror(code))
        var hint = ""
        if code == ENOSPC { hint = " (the disk is full; the previous version is intact)" }
        if code == EROFS || code == EACCES || code == EPERM { hint = " (the output location is not writable; the previous version is intact)" }
        return StoreError("cannot \(what) \(path): \(reason)\(hint)")
    }
}

/// Low-level file operations with the durability the store needs (POSIX, fsync, rename).
enum FileIO {
    /// Writes `bytes` to `path`, fsyncs and closes it.
    static func writeDurably(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let file = try AppendFile(path: path)
        try file.write(bytes)
        try file.syncAndClose()
    }

    /// fsyncs a directory so a rename inside it is durable.
    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    static func rename(_ from: String, _ to: String) throws(StoreError) {
        if Foundation.rename(from, to) != 0 { throw StoreError.posix("rename \(from) to", to) }
    }

    static func makeDirectory(_ path: String) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let code = (error as NSError).userInfo[NSUnderlyingErrorKey].flatMap { ($0 as? NSError)?.code }.map { Int32($0) } ?? EACCES
            throw StoreError.posix("create directory", path, code)
        }
    }

    /// Makes `to` the same file as `from` (a hard link: committed parts are immutable, so
    /// versions share them); copies the bytes where the file system cannot link (another
    /// device, no hard links, too many links).
    static func linkOrCopy(_ from: String, _ to: String) throws(StoreError) {
        if link(from, to) == 0 { return }
        let code = errno
        guard code == EXDEV || code == EPERM || code == EMLINK || code == ENOTSUP || code == EOPNOTSUPP else {
            throw StoreError.posix("link \(from) to", to, code)
        }
        guard let source = FileHandle(forReadingAtPath: from) else { throw StoreError.posix("open", from) }
        defer { try? source.close() }
        let out = try AppendFile(path: to)
        while true {
            let chunk: Data
            do { chunk = try source.read(upToCount: AppendFile.flushSize) ?? Data() } catch { throw StoreError("cannot read \(from): \(error)") }
            if chunk.isEmpty { break }
            try out.write([UInt8](chunk))
        }
        try out.close()
    }

    /// Makes everything written on the file system holding `path` durable (syncfs(2): one call
    /// for all the part files of a version, instead of an fsync per file).
    static func syncFileSystem(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw StoreError.posix("open", path) }
        defer { close(fd) }
        if c_syncfs(fd) != 0 { throw StoreError.posix("sync", path) }
    }

    static func readText(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// syncfs(2) (declared by unistd.h only under _GNU_SOURCE).
@_silgen_name("syncfs")
private func c_syncfs(_ fd: Int32) -> Int32

/// A file opened for appending, written through a buffer of at most `flushSize` bytes: the
/// buffer is flushed before it would grow past that (never reallocated larger), a piece as
/// large is written straight through, and the buffer is freed on close. Eight record files
/// and the manifest then hold a fixed ~2 MB, filled or not, however many documents a run has.
final class AppendFile {
    private(set) var path: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    static let flushSize = 1 << 18

    init(path: String) throws(StoreError) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw StoreError.posix("create", path) }
    }

    deinit {
        if fd >= 0 { Glibc.close(fd) }
    }

    func write(_ bytes: [UInt8]) throws(StoreError) {
        try write(bytes[...])
    }

    func write(_ bytes: ArraySlice<UInt8>) throws(StoreError) {
        if buffer.count + bytes.count > Self.flushSize { try flush() }
        if bytes.count >= Self.flushSize {
            try writeAll(bytes)
            return
        }
        if buffer.capacity == 0 { buffer.reserveCapacity(Self.flushSize) }
        buffer.append(contentsOf: bytes)
    }

    func flush() throws(StoreError) {
        guard !buffer.isEmpty else { return }
        try writeAll(buffer[...])
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: ArraySlice<UInt8>) throws(StoreError) {
        var offset = 0
        let result: Int32 = bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return 0
        }
        if result != 0 { throw StoreError.posix("write", path, result) }
    }

    /// Flushes and closes without fsync (the caller makes the files durable together).
    func close() throws(StoreError) {
        try flush()
        guard fd >= 0 else { return }
        let result = Glibc.close(fd)
        fd = -1
        if result != 0 { throw StoreError.posix("close", path) }
    }

    /// Opens another file for writing through the same buffer (after `close`).
    func reopen(path: String) throws(StoreError) {
        try close()
        let next = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if next < 0 { throw StoreError.posix("create", path) }
        fd = next
        self.path = path
    }

    func syncAndClose() throws(StoreError) {
        try flush()
        buffer = []
        if fsync(fd) != 0 { throw StoreError.posix("sync", path) }
        if Glibc.close(fd) != 0 { fd = -1; throw StoreError.posix("close", path) }
        fd = -1
    }
}

/// Reads a file line by line (records of a previous version), without loading it whole.
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false

    public init?(path: String) {
        guard let h = FileHandle(forReadingAtPath: path) else { return nil }
        handle = h
    }

    deinit { try? handle.close() }

    /// The next line including its newline, or nil at the end.
    public func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = newline(from: start) {
                let line = buffer[start...nl]
                start = nl + 1
                return line
            }
            if eof {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { eof = true }
        }
    }

    /// The index of the first newline at or after `from` (memchr, not a generic element search).
    private func newline(from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress, let hit = memchr(base + from, 0x0A, b.count - from) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }
}
