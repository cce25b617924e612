import FolioModel

/// Amounts a board authorizes beyond `up to $X` (`authorizedUpTo`): an additional amount, and
/// an aggregate amount named after the action it allows.
extension NarrativeExtractor {
    /// **authorizedAdditional.** An amount a word of authority adds to what was authorized
    /// before, printed `an additional $X`, is a figure of the filing as much as the first:
    ///
    ///     In March 2024, the Board authorized an additional $5.0 billion in repurchases
    ///     under the program.                 -> `Additional amount authorized for repurchases`
    ///     As of June 30, 2025, we were authorized to repurchase an additional $2.1 billion
    ///     of shares through June 2026.       -> `Additional amount authorized to repurchase shares`
    ///     In May 2025, the Board increased the share repurchase authorization by an
    ///     additional $3 billion.             -> `Additional share repurchase authorization`
    ///
    /// The amount, in a currency, follows `an additional`, and a word of authority
    /// (`authorized`, `authorization`, ...) stands before it in the sentence. The metric is
    /// named by the action right before (`to repurchase an additional $X of <noun>`), else by
    /// the noun after `in` (`authorized an additional $X in repurchases`), else by the
    /// authorization `by` raises (`increased the <noun> authorization by an additional $X`).
    /// Any other `an additional $X` (`will invest an additional $2.7 billion`) is not this
    /// reader's.
    static func authorizedAdditional(_ t: [UInt8], _ f: Figure, ctx: [Word], nextStart: Int, sentence r: Range<Int>) -> String? {
        guard ctx.last?.text == "additional" else { return nil }
        let w = ctx.suffix(4).map(\.text)
        guard f.hasCurrency, f.value > 0, w.count >= 3, w[w.count - 2] == "an",
              r.lowerBound < f.start else { return nil }
        let before = Words.split(t[r.lowerBound..<f.start])
        guard before.contains(where: { $0.text.hasPrefix("authori") }) else { return nil }
        let end = min(nextStart, r.upperBound)
        let link = f.end + 4 <= end && t[f.end] == 0x20 ? Words.split(t[f.end..<min(end, f.end + 4)]).first?.text : nil
        let noun: String? = (link == "of" || link == "in")
            ? Words.split(t[f.end..<end]).first.flatMap { nounPhrase(t, from: $0.end, to: end) } : nil
        switch w[w.count - 3] {
        case "repurchase", "purchase", "issue":
            guard link == "of", let n = noun else { return nil }
            return "Additional amount authorized to \(w[w.count - 3]) " + (n.hasPrefix("our ") ? String(n.dropFirst(4)) : n)
        case "by":
            // `increased the share repurchase authorization by an additional $3 billion`
            guard before.count >= 4, before[before.count - 4].text == "authorization" else { return nil }
            var s = before.count - 4
            while s > 0, before.count - 4 - s < 3, !determiners.contains(before[s - 1].text), Words.isAlnum(t[before[s - 1].start]),
                  (before[s - 1].end..<before[s].start).allSatisfy({ t[$0] == 0x20 }) { s -= 1 }
            guard s < before.count - 4 else { return nil }
            return "Additional " + singleSpaced(t, before[s].start, before[before.count - 4].end)
        default:
            guard w[w.count - 3].hasPrefix("authori"), link == "in", let n = noun else { return nil }
            return "Additional amount authorized for " + n
        }
    }

    /// **authorizedAggregate.** `an aggregate amount of up to $X` after a word of authority and
    /// `the repurchase of` (`purchase of`, `issuance of`) and its noun, earlier in the sentence
    /// (`the Board authorized a program for the repurchase of shares of its common stock, in
    /// an aggregate amount of up to $500 million`): the amount authorized for that action, as
    /// `authorizedUpTo` names it (`Amount authorized to repurchase shares`).
    static func authorizedAggregate(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> String? {
        guard r.lowerBound < f.start else { return nil }
        let ws = Words.split(t[r.lowerBound..<f.start])
        guard ws.count >= 8, ws[ws.count - 5].text == "aggregate", ws.contains(where: { $0.text.hasPrefix("authori") }),
              let a = ws.indices.last(where: { $0 + 2 < ws.count - 5 && ws[$0 + 1].text == "of"
                  && ["repurchase", "purchase", "issuance"].contains(ws[$0].text) }) else { return nil }
        // (The noun up to the comma before `in an aggregate amount`.)
        guard let noun = nounPhrase(t, from: ws[a + 1].end, to: ws[ws.count - 6].start) else { return nil }
        let action = ws[a].text == "issuance" ? "issue" : ws[a].text
        return "Amount authorized to \(action) " + (noun.hasPrefix("our ") ? String(noun.dropFirst(4)) : noun)
    }

    /// Where the last `, and ` between `lo` and `hi` ends: a second clause of the sentence
    /// (`authorizedFact` dates an amount in it by its own period first). Nil when none.
    static func lastClauseStart(_ t: [UInt8], _ lo: Int, _ hi: Int) -> Int? {
        var i = min(hi, t.count) - 6
        while i >= lo {
            if t[i] == UInt8(ascii: ","), t[i + 1] == 0x20, t[i + 2] == UInt8(ascii: "a"), t[i + 3] == UInt8(ascii: "n"),
               t[i + 4] == UInt8(ascii: "d"), t[i + 5] == 0x20 { return i + 6 }
            i -= 1
        }
        return nil
    }

    /// **programCapacity.** The size of a borrowing program or facility stated as what it
    /// lets the company issue or borrow, `up to` or `an aggregate of` an amount, is named by the
    /// program, as `standingCap` names `a $575 million commercial paper program`:
    ///
    ///     In September 2023, we established a commercial paper program under which we may
    ///     issue unsecured commercial paper up to a total of $3 billion outstanding at any time.
    ///         -> `Commercial paper program` 3 billion
    ///     As of February 2, 2025, our commercial paper program allowed for an aggregate of
    ///     $7.0 billion in borrowings.   -> `Commercial paper program` 7.0 billion
    ///
    /// The amount, in a currency, follows `up to`, `up to a total of` or `an aggregate of`; before
    /// it in the sentence stand a program's or facility's noun (`program`, `programs`,
    /// `facility`, `facilities`) with at least one word naming it (`commercial paper`,
    /// `back-up credit`: not `the program` alone), then only `under which`, `that`, a subject
    /// pronoun, `may`, `from time to time` and a verb of issuing or allowing (`issue`, `borrow`,
    /// `allowed for`, `allows for`) and its object, or `for` right before `an aggregate of`
    /// (`back-up credit facilities with a consortium of banks for an aggregate of $5.0 billion
    /// in borrowings`), with no other amount, bracket or semicolon between. A program's size
    /// is held at a date: the date the sentence states, else the instant its period ends on.
    static func programCapacity(_ t: [UInt8], _ f: Figure, ctx: [Word], sentence r: Range<Int>) -> String? {
        guard ctx.count >= 2, let lastWord = ctx.last?.text,
              lastWord == "to" && ctx[ctx.count - 2].text == "up"
                || lastWord == "of" && (ctx[ctx.count - 2].text == "aggregate" || ctx[ctx.count - 2].text == "total") else { return nil }
        let w = ctx.suffix(4).map(\.text)
        guard f.hasCurrency, f.value > 0, w.count >= 2, r.lowerBound < f.start else { return nil }
        let aggregate = w.suffix(3) == ["an", "aggregate", "of"]
        guard aggregate || w.suffix(2) == ["up", "to"] || w == ["up", "to", "a", "total"] || w.suffix(3) == ["a", "total", "of"] else { return nil }
        let ws = Words.split(t[max(r.lowerBound, f.start - 240)..<f.start])
        guard let p = ws.indices.last(where: { programNouns.contains(ws[$0].text) }), p >= 1 else { return nil }
        // Between the program and the amount: no bracket, semicolon or other figure.
        guard !(ws[p].end..<f.start).contains(where: { [UInt8(ascii: "("), UInt8(ascii: ";"), UInt8(ascii: "$")].contains(t[$0]) })
        else { return nil }
        let between = ws[(p + 1)...].map(\.text)
        let allows = between.contains(where: { capacityVerbs.contains($0) })
        let forAggregate = aggregate && between.count >= 4 && between[between.count - 4] == "for"
        guard allows || forAggregate, between.count <= 20 else { return nil }
        // The program's name: the words before its noun back to a determiner, a preposition or a verb.
        var s = p
        while s > 0, p - s < 8, programNameWords.contains(ws[s - 1].text) || ws[s - 1].text.contains("-"),
              !(ws[s - 1].end..<ws[s].start).contains(where: { t[$0] == UInt8(ascii: ",") }) { s -= 1 }
        guard s < p else { return nil }
        let name = singleSpaced(t, ws[s].start, ws[p].end)
        guard let c = name.first else { return nil }
        return c.uppercased() + name.dropFirst()
    }

    /// `programCapacity`'s fact. A program's size is held at a date: the one its sentence
    /// states before it (a duration's end, an event's day), else the instant the period the
    /// text is under ends on when it is stated in the present, as `standingCap` has it: not an event's or an instant an earlier
    /// sentence set (`There were no borrowings ... as of December 31, 2023 and 2024.`); `at the
    /// beginning of` a period is the instant before it starts (`PeriodParser`, `beginningOf`).
    /// Nil otherwise.
    static func programCapacityFact(_ t: [UInt8], _ f: Figure, ctx: [Word], sentence r: Range<Int>,
                                    base: StatedPeriod?) -> NarrativeFact? {
        guard let m = programCapacity(t, f, ctx: ctx, sentence: r) else { return nil }
        let stated = PeriodParser.find(t, cutComparison(t, r.lowerBound..<f.start), base: base)
            ?? PeriodParser.eventDate(t, r.lowerBound..<f.start).map { StatedPeriod.event($0.date, phrase: $0.text) }
        let period: StatedPeriod?
        if let q = stated {
            period = q.isEvent || q.kind == .instant ? q : q.endInstant
        } else if let b = base, !b.isEvent, case .duration = b.kind,
                  !Words.split(t[r.lowerBound..<f.start]).contains(where: { pastCapacityVerbs.contains($0.text) }) {
            // (Stated in the present, as `standingCap` has it: `we had ... for an aggregate of
            // $5.0 billion` after `At the beginning of fiscal 2024` is of another date.)
            period = b.endInstant
        } else {
            return nil
        }
        return NarrativeFact(metric: m, figure: f, period: period, role: "current", stated: false)
    }

    /// The verbs of a program's size stated in the past (`programCapacityFact`).
    static let pastCapacityVerbs: Set<String> = ["had", "allowed", "permitted", "established", "entered", "was", "were", "provided"]
    /// The nouns of a borrowing program (`programCapacity`).
    static let programNouns: Set<String> = ["program", "programs", "facility", "facilities"]
    /// The verbs that state what a program lets the company do (`programCapacity`).
    static let capacityVerbs: Set<String> = ["issue", "borrow", "allowed", "allows", "allow", "permits", "permitted"]
    /// The words that name a borrowing program before its noun (`programCapacity`).
    static let programNameWords: Set<String> = ["commercial", "paper", "credit", "revolving", "back", "up", "backup",
                                                "dollar", "euro", "u", "s", "and", "unsecured", "short", "term",
                                                "medium", "notes", "receivables", "securitization", "bank", "line", "lines"]
}
