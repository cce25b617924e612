import FolioModel

/// Amounts a text states as a maximum: `up to $X`.
extension NarrativeExtractor {
    /// **maximumUpTo.** An amount after `up to` is the most a facility, a program or an
    /// agreement allows, a figure of the filing as an authorization is (`authorizedUpTo`):
    /// `a senior unsecured term loan of up to $3.5 billion` -> `Maximum senior unsecured term
    /// loan`, `Northwind could make additional payments of up to $1.6 billion upon achievement of
    /// certain milestones` -> `Maximum additional payments`, `we may owe up to $95 million in
    /// future payments` -> `Maximum future payments`, `which allows us to carry up to $47.3
    /// billion of debt` -> `Maximum debt`.
    ///
    /// `up to` stands right before the amount, or before `a total of`, `an additional` or a
    /// word saying the amount is approximate. The noun is the one after the amount (`of` or
    /// `in` and a noun phrase, `amountNoun`), else the one before `of up to` (`nounBeforeAmount`;
    /// words of quantity alone, `an aggregate amount`, name nothing). A modal before it does not
    /// make it a plan (`could make additional payments of up to`: `FigureScreen` lets it pass). Not a change (`may decrease by up
    /// to $50 million`: a possible change, `by` before `up to`), nor a price or a limit for each
    /// (`per` or `each` in the six words after it: `up to $5,000 of donations, per employee`).
    /// Named as every bound is (`boundMetric`); the period is `boundPeriod`'s, an instant. Never
    /// a stated subject: a maximum is compared with no cell.
    static func maximumUpTo(_ t: [UInt8], _ f: Figure, nextStart: Int, sentence r: Range<Int>,
                            base: StatedPeriod?) -> NarrativeFact? {
        // (Most amounts have no `up to` before them: a byte search turns them away first.)
        guard f.hasCurrency, f.value > 0, r.lowerBound < f.start,
              lastIndex(of: upToBytes, in: t, max(r.lowerBound, f.start - 40)..<f.start) != nil else { return nil }
        let ctx = Words.tail(t, r.lowerBound, f.start) { $0.count >= 7 }
        guard let up = upToIndex(ctx) else { return nil }
        if up >= 1, ctx[up - 1].text == "by" { return nil }
        let end = min(nextStart, t.count)
        if f.end < end, Words.split(t[f.end..<min(end, f.end + 48)]).prefix(6).contains(where: { $0.text == "per" || $0.text == "each" }) { return nil }
        // `ctx` offsets are relative to where `Words.tail` started: find `up` in the bytes.
        guard let at = lastIndex(of: Array("up to".utf8), in: t, r.lowerBound..<f.start) else { return nil }
        guard maximumFrame(t, f, sentence: r) else { return nil }
        let verb = ctx[..<up].last?.text
        let after = amountNoun(t, f, end: end).map { noun in
            verb.flatMap { maximumActions[$0] }.map { "\($0) of \(noun.first.map { $0.lowercased() + noun.dropFirst() } ?? noun)" } ?? noun
        }
        guard let noun = after ?? nounBeforeAmount(t, from: r.lowerBound, to: at).flatMap(afterModalVerb) else { return nil }
        // (`an aggregate amount of up to`: words of quantity alone name nothing.)
        guard !Words.split(noun).allSatisfy({ ["aggregate", "amount", "amounts", "total", "sum", "value"].contains($0.text) }) else { return nil }
        let m = boundMetric(.maximum, noun)
        guard FactAdmission.nounPhrase(m) != nil, let p = boundPeriod(t, before: f, sentence: r, base: base) else { return nil }
        return NarrativeFact(metric: m, figure: f, period: p, role: "current", stated: false)
    }

    /// **maximumInModalFrame.** Whether the amount `f` after `up to` is a maximum the company
    /// may pay, owe, borrow or raise: in a sentence with no modal or word of a plan before it
    /// (`could`, `may`, `expect`, `FactAdmission.forwardWords`), any; after one, only where the
    /// modal's verb, or the verb right before `up to`, is
    /// one of what a company transacts (`maximumVerbs`: `Northwind could make additional payments
    /// of up to`, `we may owe up to`, `we may, subject to ..., obtain up to`). A consequence
    /// is a risk, not a figure of the filing (`Non-compliance may result in monetary penalties
    /// of up to €20 million`). `FigureScreen` lets such a maximum pass the plans it turns away.
    static func maximumFrame(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> Bool {
        let lo = max(0, min(r.lowerBound, f.start)), hi = min(f.start, t.count)
        let words = Words.split(t[lo..<hi])
        guard let up = words.lastIndex(where: { $0.text == "up" }) else { return false }
        guard let modal = words[..<up].lastIndex(where: { modalVerbs.contains($0.text) || FactAdmission.forwardWords.contains($0.text) })
        else { return true }
        return (modal + 1 < up && maximumVerbs.contains(words[modal + 1].text)) || (up >= 1 && maximumVerbs.contains(words[up - 1].text))
    }

    /// What a company may transact up to a maximum (`maximumInModalFrame`).
    static let maximumVerbs: Set<String> = ["make", "pay", "owe", "receive", "issue", "borrow", "obtain", "draw", "repurchase",
                                            "purchase", "fund", "provide", "invest", "spend", "incur", "raise", "sell", "acquire"]

    /// The nouns of the verbs before `up to` that name what a maximum allows (`a program to
    /// repurchase up to $1.0 billion of the Company's ordinary shares` -> `Maximum repurchase
    /// of company's ordinary shares`).
    static let maximumActions: [String: String] = ["repurchase": "repurchase", "purchase": "purchase", "issue": "issuance",
                                                "borrow": "borrowings", "acquire": "acquisition", "sell": "sale"]

    /// A noun phrase read back to a modal and its verb without them (`Northwind could make
    /// additional payments` -> `additional payments`); nil when nothing is left.
    static func afterModalVerb(_ phrase: String) -> String? {
        let words = Words.split(phrase)
        guard let j = words.lastIndex(where: { modalVerbs.contains($0.text) }) else { return phrase }
        guard j + 2 < words.count else { return nil }
        let u = Array(phrase.utf8)
        return String(decoding: u[words[j + 2].start..<u.count], as: UTF8.self)
    }

    static let upToBytes = Array("up to ".utf8)

    /// Where `up to` stands in `ctx` (the index of `up`) when only `a total of`, `an
    /// additional` or a word saying the amount is approximate follows it; nil otherwise.
    static func upToIndex(_ ctx: [Word]) -> Int? {
        var i = ctx.count - 1
        while i >= 0, ["a", "an", "total", "of", "additional"].contains(ctx[i].text) || approximators.contains(ctx[i].text) { i -= 1 }
        guard i >= 1, ctx[i].text == "to", ctx[i - 1].text == "up", ctx.count - 1 - i <= 3 else { return nil }
        // (`of` only inside `a total of`.)
        let after = ctx[(i + 1)...].map(\.text)
        guard !after.contains("of") || after.starts(with: ["a", "total", "of"]) else { return nil }
        return i - 1
    }

    /// The noun phrase after `of` or `in` right after the amount `f` (before `end`), capitalized;
    /// nil when another word follows it, or an article or possessive follows `in` (`invest up
    /// to $4.6 billion in an assembly facility`: where it goes, not what it is).
    static func amountNoun(_ t: [UInt8], _ f: Figure, end: Int) -> String? {
        guard f.end < end else { return nil }
        let words = Words.split(t[f.end..<min(end, f.end + 160)])
        guard let link = words.first, link.text == "of" || link.text == "in", link.start == f.end + 1,
              link.text == "of" || words.count < 2 || !(determiners.contains(words[1].text) || objectOpeners.contains(words[1].text)),
              let phrase = nounPhrase(t, from: link.end, to: end) else { return nil }
        return phrase.first.map { $0.uppercased() + phrase.dropFirst() }
    }
}
