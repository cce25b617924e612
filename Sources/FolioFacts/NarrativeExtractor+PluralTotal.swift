import FolioModel

/// `total` as the verb of a plural subject.
extension NarrativeExtractor {
    /// **pluralTotal.** `total` after a plural noun is the verb of its statement, present
    /// tense (`The development contract and the authorized production lots total approximately
    /// $29 billion as of June 30, 2025.`, `Our purchase obligations total $4.2 billion as of
    /// December 31, 2024.`): the noun phrase before it is the metric, as before `totaled`.
    /// Whether `ctx[vi]` (the last word before the figure that is no modifier) is such a noun
    /// with `total` right after it: a lower-case word ending in `s` (no article before `total`:
    /// `a total of`), and the sentence states a period of its own (a present tense sentence
    /// with none is dated by nothing sure: a paragraph's earlier date is another figure's).
    static func isPluralTotal(_ t: [UInt8], _ ctx: [Word], _ vi: Int, from a: Int, sentence r: Range<Int>) -> Bool {
        guard vi + 1 < ctx.count, ctx[vi + 1].text == "total", let last = ctx[vi].text.utf8.last, last == UInt8(ascii: "s"),
              ctx[vi].text.utf8.count > 3, !pluralTotalStops.contains(ctx[vi].text) else { return false }
        // (`ctx` offsets are from `a`: the noun printed in lower case, one space before `total`.)
        let s = a + ctx[vi].start, e = a + ctx[vi].end
        guard s >= 0, e + 1 == a + ctx[vi + 1].start, e < t.count, t[s] >= 0x61, t[s] <= 0x7A, t[e] == 0x20 else { return false }
        return PeriodParser.find(t, r, base: nil) != nil
    }

    /// Words ending in `s` that are no plural noun before `total` (`isPluralTotal`).
    static let pluralTotalStops: Set<String> = ["this", "thus", "plus", "less", "was", "has", "its", "is", "as", "his", "hers",
                                                "ours", "theirs", "yours", "whereas", "unless", "across", "always", "perhaps"]
}
