import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where outputs may go. Every check compares absolute paths with symbolic links resolved (as
/// far as the path exists), so `./ds`, `ds/` and a link to it are the same place.
///
/// - A dataset (`run --out`) must not be empty (`""` would write `versions/` into `/`), and
///   must not be inside an input root or hold one: a dataset inside the folder it reads is
///   read back as input by the next run, and grows every night.
/// - A reader's output (`report --out`, `export --out`) must not be empty, nor equal to, above
///   or inside the dataset it reads: with `--force` it replaces what is there.
public enum PathGuard {
    /// `path` made absolute and standardized, with the symbolic links of its longest existing
    /// prefix resolved.
    public static func canonical(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
        var components = (absolute as NSString).standardizingPath.split(separator: "/").map(String.init)
        var tail: [String] = []
        while true {
            let head = "/" + components.joined(separator: "/")
            if let real = realpath(head, nil) {
                defer { free(real) }
                let resolved = String(cString: real)
                return tail.isEmpty ? resolved : (resolved == "/" ? "" : resolved) + "/" + tail.reversed().joined(separator: "/")
            }
            guard let last = components.popLast() else { return absolute }
            tail.append(last)
        }
    }

    /// Whether `inner` is `outer` or inside it (both canonical).
    static func within(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer + "/")
    }

    /// Refuses a dataset folder that is empty, inside an input root or holding one.
    public static func checkDatasetOut(_ out: String, inputs: [String]) throws(StoreError) {
        guard !out.isEmpty else { throw StoreError("--out is empty; give the dataset folder (e.g. Datasets/corpus)", kind: .usage) }
        let o = canonical(out)
        for input in inputs {
            let i = canonical(input)
            if within(o, i) {
                throw StoreError("--out \(out) is inside the input \(input): the next run would read the dataset as input; "
                    + "put the dataset outside the input folders", kind: .usage)
            }
            if within(i, o) {
                throw StoreError("the input \(input) is inside the dataset \(out); put the dataset outside the input folders", kind: .usage)
            }
        }
    }

    /// Refuses a reader's output path that is empty, or equal to, above or inside `dataset`.
    public static func checkReaderOut(_ out: String, dataset: String) throws(StoreError) {
        guard !out.isEmpty else { throw StoreError("--out is empty; give the file or folder to write", kind: .usage) }
        let o = canonical(out)
        let d = canonical(dataset)
        if within(d, o) {
            throw StoreError("--out \(out) is \(o == d ? "the dataset" : "a folder holding the dataset") \(dataset); "
                + "writing there would replace it. Choose another path", kind: .usage)
        }
        if within(o, d) {
            throw StoreError("--out \(out) is inside the dataset \(dataset); choose a path outside it", kind: .usage)
        }
    }
}
