/// The terms an agreement already made fixes, stated with `will`.
extension FactAdmission {
    /// **agreementTerms.** A sentence that opens by saying it states what an agreement
    /// provides states the agreement's terms, figures of the filing, though they are put with
    /// `will` (a fine agreed is owed, not planned):
    ///
    ///     Under the terms of the settlement agreement, Acme will pay a penalty of $132 million.
    ///         -> `Penalty under the settlement agreement` 132 million
    ///     Pursuant to the plea agreement, Acme will pay a fine of $75 million.
    ///         -> `Fine under the plea agreement` 75 million
    ///
    /// The shape (`agreementOpening`): the sentence opens with `Under the terms of` or
    /// `Pursuant to`, names an agreement or a settlement (`agreement`, `settlement`) within
    /// seven words, closes that phrase with a comma, and a subject of one to four words stands
    /// between the comma and `will` (at `words[k]`). That `will` then starts no plan
    /// (`forwardLooking`); a later modal or word of a plan still does. A plan stays a plan:
    /// `We will pay $50 million under the agreement`, `Acme will pay a fine of $50 million`,
    /// `Under the agreement, we expect to pay ...` (no such opening, or another word of a
    /// plan): the line is whether the sentence says it states what the agreement provides.
    static func isAgreementTerm(_ t: [UInt8], _ words: [Range<Int>], _ k: Int) -> Bool {
        guard k < words.count, Words.equal(t, words[k], willWord), let o = agreementOpening(t, words) else { return false }
        return (1...4).contains(k - o.subject) && !(o.subject..<(k - 1)).contains { comma(t, words, after: $0) }
    }

    /// `agreementTerms`' opening in `words` (a sentence's): where the agreement's phrase
    /// starts (after `of` or `to`), the agreement word's index and where the subject after
    /// the comma starts; nil when the sentence opens otherwise.
    static func agreementOpening(_ t: [UInt8], _ words: [Range<Int>]) -> (phrase: Int, agreement: Int, subject: Int)? {
        func word(_ i: Int, _ w: [UInt8]) -> Bool { i < words.count && Words.equal(t, words[i], w) }
        let open: Int
        if word(0, underWord), word(1, theWord), word(2, termsWord), word(3, ofWord) {
            open = 4
        } else if word(0, pursuantWord), word(1, toWord) {
            // (`Pursuant to the terms of the ...`: the phrase after `of`.)
            open = word(2, theWord) && word(3, termsWord) && word(4, ofWord) ? 5 : 2
        } else {
            return nil
        }
        let end = min(open + 7, words.count - 1)
        guard open < end, var a = (open..<end).first(where: { agreementWords.contains(t, words[$0]) }) else { return nil }
        // (`the settlement agreement`: the phrase ends at the last of them.)
        while a + 1 < end, agreementWords.contains(t, words[a + 1]) { a += 1 }
        guard comma(t, words, after: a), !(open..<a).contains(where: { comma(t, words, after: $0) }) else { return nil }
        return (open, a, a + 1)
    }

    /// **agreementTermsName.** The agreement a fact of an `agreementTerms` sentence is a term
    /// of: its phrase as the sentence names it (`the non-prosecution agreement`), nil when
    /// the sentence has no such opening or names only `the agreement` (no word before it).
    static func agreementName(_ t: [UInt8], sentence r: Range<Int>) -> String? {
        let lo = max(0, min(r.lowerBound, t.count)), hi = max(lo, min(r.upperBound, t.count))
        // (Cheap first: the sentence's first letter.)
        guard let first = t[lo..<hi].first(where: { Words.isAlnum($0) }), Words.lower(first) == UInt8(ascii: "u") || Words.lower(first) == UInt8(ascii: "p")
        else { return nil }
        let words = Words.ranges(t[lo..<min(hi, lo + 160)])
        // (`the agreement` alone names no agreement the metric does not know.)
        guard let o = agreementOpening(t, words), o.agreement - o.phrase >= 2 else { return nil }
        return String(decoding: t[words[o.phrase].lowerBound..<words[o.agreement].upperBound], as: UTF8.self)
    }

    static func comma(_ t: [UInt8], _ words: [Range<Int>], after i: Int) -> Bool {
        i + 1 < words.count && t[words[i].upperBound..<words[i + 1].lowerBound].contains(UInt8(ascii: ","))
    }

    static let willWord = Array("will".utf8), underWord = Array("under".utf8), theWord = Array("the".utf8),
               termsWord = Array("terms".utf8), ofWord = Array("of".utf8), pursuantWord = Array("pursuant".utf8)
    static let agreementWords = ByteWords(["agreement", "settlement"])
}

extension NarrativeExtractor {
    /// `agreementTermsName`: each fact of a sentence that opens by naming the agreement it
    /// states the terms of is named a term of it (`Fine` -> `Fine under the settlement
    /// agreement`), unless its name already names an agreement or a settlement.
    static func withAgreementName(_ facts: [NarrativeFact], _ t: [UInt8], sentence r: Range<Int>) -> [NarrativeFact] {
        guard !facts.isEmpty, let name = FactAdmission.agreementName(t, sentence: r) else { return facts }
        let phrase = singleSpaced(Array(name.utf8), 0, name.utf8.count)
        return facts.map { f in
            let m = f.metric.lowercased()
            guard !m.contains("agreement"), !m.contains("settlement") else { return f }
            var g = f
            g.metric = f.metric + " under " + phrase
            return g
        }
    }
}
