import FolioModel
public import FolioDataset
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One input file found under an input root.
public struct InputFile: Sendable, Hashable {
    /// Path to open.
    public var path: String
    /// Path relative to the input root (the `source` of records and manifest).
    public var source: String
    /// Stable id: `source` without its extension (disambiguated on collision).
    public var docId: String
    /// What `stat` said when the file was found (nil if it could not be stat'ed).
    public var stamp: FileStamp?
}

/// Something found while looking for inputs that is not an input (a symlink leaving the
/// root, a FIFO), reported on stderr and in the summary.
public struct DiscoveryNote: Sendable, Hashable {
    public var path: String
    public var message: String
}

/// An input that cannot be used at all (missing path): the run stops before reading anything.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Finds input files: regular files under each root, recursively, skipping hidden names.
/// The order is deterministic (by doc_id bytes), whatever the file system returns.
public enum InputDiscovery {
    public static func discover(_ roots: [String], followSymlinks: Bool = false) throws(InputError) -> (files: [InputFile], notes: [DiscoveryNote], collisions: [String: [String]]) {
        var found: [(path: String, source: String, stamp: FileStamp?)] = []
        var notes: [DiscoveryNote] = []
        for rawRoot in roots {
            var root = rawRoot
            while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
            var st = stat()
            guard stat(root, &st) == 0 else {
                let code = errno
                if code == ENOENT { throw InputError(message: "input '\(rawRoot)' does not exist") }
                throw InputError(message: "input '\(rawRoot)' cannot be read: \(String(cString: strerror(code)))")
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                let realRoot = realPath(root) ?? root
                walk(dir: root, relative: "", realRoot: realRoot, followSymlinks: followSymlinks, into: &found, notes: &notes)
            } else if (st.st_mode & S_IFMT) == S_IFREG {
                found.append((root, (root as NSString).lastPathComponent, stamp(st)))
            } else {
                throw InputError(message: "input '\(rawRoot)' is neither a file nor a directory")
            }
        }
        // Ids: source without extension; collisions keep the first (by source) and extend
        // the others with `~ext`, diagnosed.
        found.sort { $0.source.utf8.lexicographicallyPrecedes($1.source.utf8) }
        var files: [InputFile] = []
        var taken: [String: String] = [:]
        var collisions: [String: [String]] = [:]
        var seenSources = Set<String>()
        for f in found {
            if seenSources.contains(f.source) {
                notes.append(DiscoveryNote(path: f.path, message: "skipped: another input root has the same relative path '\(f.source)'"))
                continue
            }
            seenSources.insert(f.source)
            var id = stripExtension(f.source)
            if let other = taken[id] {
                let ext = (f.source as NSString).pathExtension
                var candidate = id + "~" + (ext.isEmpty ? "file" : ext)
                var n = 2
                while taken[candidate] != nil { candidate = id + "~\(n)"; n += 1 }
                collisions[f.source] = [other, f.source]
                id = candidate
            }
            taken[id] = f.source
            files.append(InputFile(path: f.path, source: f.source, docId: id, stamp: f.stamp))
        }
        files.sort { DocOrder.less($0.docId, $1.docId) }
        return (files, notes, collisions)
    }

    static func stamp(_ st: stat) -> FileStamp {
        FileStamp(size: Int64(st.st_size),
                  mtimeNs: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                  ctimeNs: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec),
                  inode: UInt64(st.st_ino), device: UInt64(st.st_dev))
    }

    static func stripExtension(_ source: String) -> String {
        // Printable ASCII (nearly every path): NSString's rule on bytes, without bridging
        // (which cost ~37,000 instructions a file): the extension follows the last `.` of the
        // last component, unless that `.` starts the component or ends the path.
        let u = source.utf8
        if u.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let bytes = Array(u)
            let componentStart = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
            guard let dot = bytes[componentStart...].lastIndex(of: 0x2E), dot != componentStart, dot != bytes.count - 1 else {
                return source
            }
            return String(decoding: bytes[..<dot], as: UTF8.self)
        }
        let ns = source as NSString
        let ext = ns.pathExtension
        guard !ext.isEmpty else { return source }
        return String(source.dropLast(ext.count + 1))
    }

    static func realPath(_ p: String) -> String? {
        guard let r = realpath(p, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    static func walk(dir: String, relative: String, realRoot: String, followSymlinks: Bool,
                     into found: inout [(path: String, source: String, stamp: FileStamp?)], notes: inout [DiscoveryNote]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            notes.append(DiscoveryNote(path: dir, message: "directory cannot be listed; skipped"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = dir + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            var mode = st.st_mode & S_IFMT
            if mode == S_IFLNK {
                guard let target = realPath(path) else {
                    // A broken link: keep it as an input so it fails with a clear diagnostic.
                    found.append((path, rel, nil))
                    continue
                }
                let inside = target == realRoot || target.hasPrefix(realRoot + "/")
                if !inside && !followSymlinks {
                    notes.append(DiscoveryNote(path: path, message: "symbolic link to \(target), outside the input root; not followed (use --follow-symlinks)"))
                    continue
                }
                var tst = stat()
                guard stat(path, &tst) == 0 else { continue }
                mode = tst.st_mode & S_IFMT
                st = tst
                if mode == S_IFDIR {
                    notes.append(DiscoveryNote(path: path, message: "symbolic link to a directory; not followed"))
                    continue
                }
            }
            if mode == S_IFDIR {
                walk(dir: path, relative: rel, realRoot: realRoot, followSymlinks: followSymlinks, into: &found, notes: &notes)
            } else if mode == S_IFREG {
                found.append((path, rel, stamp(st)))
            } else {
                notes.append(DiscoveryNote(path: path, message: "not a regular file; skipped"))
            }
        }
    }
}
