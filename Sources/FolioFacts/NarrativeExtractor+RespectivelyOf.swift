import FolioModel

/// A list of amounts whose noun is printed after `respectively`.
extension NarrativeExtractor {
    /// **respectivelyOfNoun.** A list of amounts closed by `, respectively,` names its noun after
    /// it with `of`, as `amountsOfNoun` reads one right after the list: `At March 31, 2025 and
    /// December 31, 2024, about $2.3 billion and $2.1 billion, respectively, of our yen notes
    /// were designated as hedges` -> `Yen notes`; `In 2024, 2023 and 2022, domestic income
    /// included $6.2 billion, $5.3 billion and $4.4 billion, respectively, of income earned
    /// abroad` -> `Income earned abroad` (the part the list states, not the subject). The
    /// bytes after the list's last amount `f` are `, respectively, of ` (commas as printed);
    /// the noun phrase runs to `nextStart` as `amountOfNoun`'s does, its owners left off
    /// (`ownersSkipped`: `of the Company's yen notes` -> `Yen notes`). Nil for any other shape.
    static func respectivelyOfNoun(_ t: [UInt8], _ f: Figure, nextStart: Int) -> String? {
        let tail = Array(", respectively, of ".utf8)
        let start = f.end + tail.count
        let end = min(nextStart, t.count)
        guard f.hasCurrency, start < end, tail.indices.allSatisfy({ t[f.end + $0] == tail[$0] }) else { return nil }
        let (held, nounStart) = ownersSkipped(t, from: start, to: end)
        guard let phrase = nounPhrase(t, from: nounStart, to: end) else { return nil }
        let m = (held < nounStart ? singleSpaced(t, held, nounStart) + " " : "") + phrase + (sourceAfter(t, phrase: phrase, from: nounStart, to: end) ?? "")
        guard let c = m.first else { return nil }
        return c.uppercased() + m.dropFirst()
    }

    /// **sourceOfPart.** ` from <words>` right after the phrase `phrase` printed at `start`
    /// (`income from operations outside of the U.S.`): the source names which part of the
    /// noun the amount is, so it stays in the metric. Its words run to punctuation (not a
    /// compound's or an abbreviation's: `U.S.`), a number or a clause word (`which`, `that`,
    /// `and`, `respectively`, a finite verb), at most eight, none a preposition or article at
    /// the end; nil when no `from` follows or it names nothing.
    static func sourceAfter(_ t: [UInt8], phrase: String, from start: Int, to end: Int) -> String? {
        let from = Array(" from ".utf8)
        var i = start
        while i < end, t[i] == 0x20 { i += 1 }
        let p = i + phrase.utf8.count
        guard p + from.count < end, from.indices.allSatisfy({ t[p + $0] == from[$0] }) else { return nil }
        var picked: [Word] = []
        for w in Words.split(t[(p + from.count)..<end]) {
            if let l = picked.last, !(l.end..<w.start).allSatisfy({ t[$0] == 0x20 }), !compoundJoint(t, l, w) { break }
            if picked.count >= 8 || Int(w.text) != nil || finiteVerbs.contains(w.text)
                || ["which", "that", "and", "or", "respectively"].contains(w.text) { break }
            picked.append(w)
        }
        while let l = picked.last, partQualifierTails.contains(l.text) { picked.removeLast() }
        guard let a = picked.first, let b = picked.last, a.text.first?.isLetter == true else { return nil }
        let close = abbreviationClosed(t, picked) ? 1 : 0
        return " from " + singleSpaced(t, a.start, b.end + close)
    }

    /// **ownersSkipped.** Where a noun phrase starts after the owners that open it, at most
    /// two: `the Company's U.S. entities' income` -> `income`. An owner is a few words
    /// (letters, digits, spaces, `.`, `-`, non-ASCII letters) within 40 bytes ending in `'s`
    /// or `s'` (straight or typographic apostrophe) and a space. Returns where the owners
    /// after the first start (the first, the holder, is left off; a second says whose part
    /// it is and stays: `U.S. entities' income`) and where the noun starts; both `start` when
    /// no owner opens it.
    static func ownersSkipped(_ t: [UInt8], from start: Int, to end: Int) -> (held: Int, noun: Int) {
        guard let first = possessiveEnd(t, from: start, to: min(end, start + 40)) else { return (start, start) }
        return (first, possessiveEnd(t, from: first, to: min(end, first + 40)) ?? first)
    }

    /// The byte after the space that follows the first possessive in `t[s..<e]`, when only
    /// an owner's words stand before it (`ownersSkipped`); nil otherwise.
    private static func possessiveEnd(_ t: [UInt8], from s: Int, to e: Int) -> Int? {
        var i = s
        while i < e {
            let b = t[i]
            let mark = b == UInt8(ascii: "'") ? 1 : (b == 0xE2 && i + 2 < e && t[i + 1] == 0x80 && t[i + 2] == 0x99 ? 3 : 0)
            if mark > 0 {
                guard i > s, Words.isAlnum(t[i - 1]) else { return nil }
                let j = i + mark
                if j + 1 < e, t[j] == UInt8(ascii: "s"), t[j + 1] == 0x20 { return j + 2 }
                if j < e, t[i - 1] == UInt8(ascii: "s"), t[j] == 0x20 { return j + 1 }
                return nil
            }
            guard Words.isAlnum(b) || b == 0x20 || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b >= 0x80 else { return nil }
            i += 1
        }
        return nil
    }
}
