extension NarrativeExtractor {
    /// **coordinatedSubject.** A second clause joined by `and` repeats the shape of an amount
    /// opening its clause as the subject of a passive verb (`amountAsSubject`): `$1.52 billion
    /// is attributable to the State of Oregon and may be carried over indefinitely and $97
    /// million is attributable to various other states and will begin to expire in fiscal year
    /// 2027` -> `Amount attributable to various other states`, the second amount named by its
    /// own participle and place, of the first's period. True when the word right before
    /// figure `k` (spaces only between) is `and`, after a space or a comma, and the figure before
    /// it in the sentence (`k - 1`) opens its own clause as such a subject, so a list's later
    /// amount or an object (`recorded $40 in other assets and $15 was ...`) never counts.
    static func coordinatedSubject(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>) -> Bool {
        guard k >= 1, k < figures.count, figures[k - 1].start >= r.lowerBound else { return false }
        var i = figures[k].start
        while i > r.lowerBound, t[i - 1] == 0x20 { i -= 1 }
        guard i - 4 > figures[k - 1].end, t[i - 3] == UInt8(ascii: "a"), t[i - 2] == UInt8(ascii: "n"),
              t[i - 1] == UInt8(ascii: "d"), t[i - 4] == 0x20 || t[i - 4] == UInt8(ascii: ",") else { return false }
        return amountAsSubject(t, figures, k - 1, sentence: r) != nil
    }
}
