import FolioModel

/// An expiry clause between a changed object and its link word.
extension NarrativeExtractor {
    /// **objectBeforeExpiry.** The object of a change (`changedObject`, read by `objectFromTo`
    /// and `objectChangeBy`) may carry a clause saying when it expires or matures before its
    /// link word: the object ends before it, and its words are not counted as the object's:
    ///
    ///     ... and lowering the commitments under the 364-day revolving facility that is
    ///     scheduled to expire in June 2026 from $2.5 billion to $1.5 billion.
    ///         -> `Commitments under the 364-day revolving facility` 1.5 billion
    ///     In March 2025, we increased the receivables facility expiring in 2027 from $600
    ///     million to $800 million.          -> `Receivables facility` 800 million
    ///
    /// The clause opens with `that` or `which` (`is` or `was` after it) and a word of expiry
    /// (`scheduled`, `expiring`, `maturing`, ...), or with that word alone, and ends with a
    /// year right before the link word (`words[link]`), at most ten words in all. The index
    /// in `words` where the clause starts, or nil.
    static func expiryClauseStart(_ words: [Word], before link: Int) -> Int? {
        guard link >= 3, link <= words.count, words[link - 1].text.utf8.count == 4, let y = Int(words[link - 1].text),
              (1900...2199).contains(y) else { return nil }
        var k = link - 2
        while k >= max(1, link - 10) {
            if expiryOpeners.contains(words[k].text) {
                var s = k
                if s >= 1, ["is", "was", "are", "were"].contains(words[s - 1].text) { s -= 1 }
                if s >= 1, ["that", "which"].contains(words[s - 1].text) { s -= 1 }
                return s
            }
            k -= 1
        }
        return nil
    }

    /// The words that open a clause of expiry after an object (`objectBeforeExpiry`).
    static let expiryOpeners: Set<String> = ["scheduled", "expiring", "expires", "maturing", "matures", "due"]
}
