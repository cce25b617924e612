import FolioModel

/// Amounts printed in brackets right after the noun they measure.
extension NarrativeExtractor {
    /// **bracketedAmountsOfNoun.** An amount, or a list of amounts with their periods, in
    /// brackets right after a noun phrase measures it: `This balance includes the current
    /// portion of term loans ($2.1 billion and $1.9 billion as of March 31, 2025 and June 30,
    /// 2024, respectively).` -> `Current portion of term loans` 2.1 and 1.9 billion at the two
    /// dates. The bracket opens after a word (a space between) and closes within 160 bytes
    /// (`bracketClose`) with no bracket inside, holding amounts and words but no noun's `of`
    /// after the first amount (`($5 million of which ...)` names something else); the phrase
    /// runs back from that word to a verb, a determiner or pronoun, a preposition other than
    /// one `of` inside, a number or punctuation (a compound's hyphen joins), at most eight
    /// words, its first a letter, and is the object of a verb of a part or a balance
    /// (`objectVerbs`: `includes`, `had`, `was`, ...; an article between), no preposition's
    /// (`held by the trustee ($45 million)`: nil). A negative amount's bracket is its sign, no such bracket. Nil
    /// for any other shape (read as before).
    static func nounBeforeBracket(_ t: [UInt8], _ f: Figure, from a: Int) -> String? {
        var o = f.start
        while o > a, t[o - 1] == 0x20 { o -= 1 }
        guard f.hasCurrency, f.value >= 0, o - 2 > a, t[o - 1] == UInt8(ascii: "("), t[o - 2] == 0x20,
              let close = bracketClose(t, from: f.end, limit: t.count),
              !Words.split(t[f.end..<close]).prefix(1).contains(where: { $0.text == "of" }) else { return nil }
        let words = Words.tail(t, a, o - 2) { $0.count >= 12 }
        var picked: [Word] = []
        var of = false
        var i = words.count - 1
        while i >= 0 {
            let w = words[i]
            if let n = picked.first, !(a + w.end..<a + n.start).allSatisfy({ t[$0] == 0x20 }),
               !compoundJoint(t, Word(text: w.text, start: a + w.start, end: a + w.end), Word(text: n.text, start: a + n.start, end: a + n.end)) { return nil }
            if w.text == "of", !of, !picked.isEmpty { of = true; picked.insert(w, at: 0); i -= 1; continue }
            if picked.count >= 8 || bracketNounStops.contains(w.text) || verbs.contains(w.text) || determiners.contains(w.text)
                || pronouns.contains(w.text) || Int(w.text) != nil || w.text.first?.isLetter != true { break }
            picked.insert(w, at: 0)
            i -= 1
        }
        // (The object of a verb of a part or a balance, an article allowed between: not a
        // preposition's object, `held by the trustee`.)
        if i >= 1, determiners.contains(words[i].text) { i -= 1 }
        guard i >= 0, objectVerbs.contains(words[i].text) else { return nil }
        while let l = picked.first, l.text == "of" { picked.removeFirst() }
        guard let first = picked.first, let last = picked.last, picked.count >= 2 || first.text.count >= 4 else { return nil }
        let m = singleSpaced(t, a + first.start, a + last.end)
        guard let c = m.first else { return nil }
        return c.uppercased() + m.dropFirst()
    }

    /// The verbs whose object `nounBeforeBracket`'s phrase is.
    static let objectVerbs: Set<String> = ["includes", "include", "included", "including", "has", "have", "had", "was", "were",
                                           "is", "are", "excludes", "excluded", "excluding", "recorded", "recognized"]

    /// The words that end `nounBeforeBracket`'s phrase going back: verbs of a part or a
    /// balance, prepositions, conjunctions.
    static let bracketNounStops: Set<String> = ["includes", "include", "included", "including", "has", "have", "had",
                                                "in", "for", "from", "to", "by", "with", "on", "at", "as", "and", "or",
                                                "under", "into", "than", "excluding", "excludes", "over", "per"]
}
