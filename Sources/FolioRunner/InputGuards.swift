import Foundation

/// Checks a run's inputs against the current version before anything is read, so that an
/// operator's slip (a failed mount, a folder moved, other input roots) does not quietly
/// replace the dataset.
enum InputGuards {
    /// No input file at all (an empty folder, a mount that failed): refused, never committed
    /// as an empty version.
    static func checkNotEmpty(_ files: [InputFile], roots: [String]) throws(InputError) {
        guard files.isEmpty else { return }
        throw InputError(message: "no input files under \(roots.joined(separator: ", ")) (an empty folder, or a mount that failed?); "
            + "nothing was written")
    }

    /// A run that would drop more than `maxShare` of the current version's inputs (by
    /// source path) and more than `floor` inputs is refused unless `allow`: a shrinking input
    /// is far more often a partial copy or a wrong folder than a real removal. The floor keeps
    /// the share from tripping on tiny corpora (1 of 3 inputs is 33%); an input folder that
    /// vanished entirely is refused by `checkNotEmpty` whatever its size.
    static func checkRemovals(previous: some Collection<String>, current: Set<String>, maxShare: Double, floor: Int = 2,
                              allow: Bool) throws(InputError) {
        guard !allow, !previous.isEmpty else { return }
        let removed = previous.reduce(0) { $0 + (current.contains($1) ? 0 : 1) }
        let share = Double(removed) / Double(previous.count)
        guard share > maxShare, removed > floor else { return }
        let percent = { (x: Double) in String(format: "%.0f%%", x * 100) }
        throw InputError(message: "this run would remove \(removed) of the current version's \(previous.count) inputs (\(percent(share)), "
            + "more than the \(percent(maxShare)) allowed); check the input folders, or pass --allow-removals "
            + "(or raise --max-removals)")
    }

    /// Inputs whose source path is new but equals an old one with leading folders added or
    /// removed: the input roots changed (`Corpus/seeds Corpus/samples` instead of `Corpus`),
    /// which gives every such document a new `doc_id`. Returns a warning, or nil.
    static func rootChangeWarning(previous: some Collection<String>, current: [String]) -> String? {
        guard !previous.isEmpty else { return nil }
        let old = Set(previous)
        // Every proper suffix of an old path (after a `/`), pointing to the old path.
        var suffixes: [Substring: String] = [:]
        for p in old {
            var rest = Substring(p)
            while let slash = rest.firstIndex(of: "/") {
                rest = rest[rest.index(after: slash)...]
                if suffixes[rest] == nil { suffixes[rest] = p }
            }
        }
        var moved = 0
        var example: (String, String)?
        for c in current where !old.contains(c) {
            var match = suffixes[Substring(c)]
            if match == nil {
                var rest = Substring(c)
                while match == nil, let slash = rest.firstIndex(of: "/") {
                    rest = rest[rest.index(after: slash)...]
                    if old.contains(String(rest)) { match = String(rest) }
                }
            }
            if let match {
                moved += 1
                if example == nil { example = (match, c) }
            }
        }
        guard moved > 0, let (from, to) = example else { return nil }
        return "the input roots differ from the current version's: \(moved) input(s) now have other paths and doc_ids "
            + "(e.g. '\(from)' is now '\(to)'). Pass the same input folders as before to keep the ids"
    }
}
