import FolioModel

/// The periods of a list that one sentence of a paragraph hands on to the next.
extension NarrativeExtractor {
    /// **clauseAfterSemicolon.** A semicolon ends a sentence for the readings (`sentences`), but
    /// the clauses it joins share what the sentence opened with: a list of figures closed by
    /// `respectively` after it takes the periods of the last list before it (`respectivelyAgain`)
    /// as it would after `, and`:
    ///
    ///     As of September 30, 2024 and 2023, income taxes receivable of $211 million and $206
    ///     million, respectively, were included in prepaid expenses; non-current income taxes
    ///     receivable of $442 million and $961 million, respectively, were included in other assets.
    ///
    /// **listAfterSentence.** A full stop hands them on too, when the sentence's list was closed
    /// by `respectively` and the next sentence lists as many figures, closes them by
    /// `respectively` and names no period of its own (`carried(_:into:_:)`): the same things
    /// said again, each of its own period:
    ///
    ///     In April 2021, May 2022 and August 2018, we issued $3.00 billion, $4.00 billion and
    ///     $1.50 billion of senior notes, respectively. The net proceeds from these offerings
    ///     were $2.97 billion, $3.96 billion and $1.48 billion, respectively.
    ///
    /// The counts must match exactly (`listPeriods`' `earlier`); a list of another count, or a
    /// sentence that names a period, keeps its own reading.
    ///
    /// `listed`: on entry the periods of the last list of the clause before (nil: none, or the
    /// sentence before ended otherwise); on return this clause's, for the next. The periods a
    /// clause hands on to the next: when sentence `r` ends with a semicolon, or with a full stop
    /// and says `respectively`; nil otherwise.
    static func carried(_ listed: [StatedPeriod]?, after t: [UInt8], _ r: Range<Int>) -> [StatedPeriod]? {
        guard let listed, r.upperBound > r.lowerBound, r.upperBound <= t.count else { return nil }
        switch t[r.upperBound - 1] {
        case UInt8(ascii: ";"): return listed
        case UInt8(ascii: "."): return firstIndex(of: respectivelyBytes, in: t, r) != nil ? listed : nil
        default: return nil
        }
    }

    /// The periods handed on (`carried(_:after:_:)`) that sentence `r` may read: all after a
    /// semicolon; after a full stop (`listAfterSentence`) only when `r` says `respectively`
    /// and names no period of its own.
    static func carried(_ carried: [StatedPeriod]?, into t: [UInt8], _ r: Range<Int>) -> [StatedPeriod]? {
        guard let carried, r.lowerBound > 0, r.upperBound <= t.count else { return nil }
        var i = r.lowerBound - 1
        while i > 0, t[i] == 0x20 || t[i] == 0x0A { i -= 1 }
        if t[i] == UInt8(ascii: ";") { return carried }
        guard firstIndex(of: respectivelyBytes, in: t, r) != nil, PeriodParser.find(t, r) == nil else { return nil }
        return carried
    }
}

extension NarrativeExtractor {
    /// **conditionalAfterList.** A conditional relative clause printed after a list's
    /// `respectively` (`$2.1 billion, $1.9 billion and $1.5 billion of unrecognized tax benefits,
    /// respectively, that if recognized, would reduce the effective tax rate`) says which part
    /// of the noun the figures are, as it does before the verb (`conditionalInRelative`): the
    /// metric keeps it without its condition (`Unrecognized tax benefits that would reduce the
    /// effective tax rate`). `that` right after the list's `respectively`, `if`, the modal one or two
    /// words on, then at most six words to punctuation or a stop (`qualifierStops`, a year);
    /// nil for any other shape. Only after `respectively` (`trailingQualifier`): the list's
    /// clause is closed there, what follows says what each figure is.
    static func conditionalTrailing(_ t: [UInt8], _ words: [Word], from k: Int) -> String? {
        guard k + 4 < words.count, words[k].text == "that", words[k + 1].text == "if",
              let m = [k + 3, k + 4].first(where: { modalVerbs.contains(words[$0].text) }) else { return nil }
        var last = m
        var j = m + 1
        while j < words.count, j - m <= 6, !qualifierStops.contains(words[j].text), Int(words[j].text) == nil,
              t[words[j - 1].end..<words[j].start].allSatisfy({ $0 == 0x20 || $0 == 0x0A }) {
            last = j
            j += 1
        }
        guard last > m, !FactAdmission.danglingWords.contains(words[last].text) else { return nil }
        return words[k].text + " " + singleSpaced(t, words[m].start, words[last].end)
    }
}

extension StatedPeriod {
    /// **handedMonthFlow.** A flow read with the months a sentence before listed as its events
    /// (`listAfterSentence`: `In April 2021, May 2022 and August 2018, we issued ... The net
    /// proceeds from these offerings were $2.97 billion, $3.96 billion and $1.48 billion,
    /// respectively`) is the flow of each month (`eventFlow`), as in the sentence that names
    /// the month; a balance stays at the month's end. Only a month and a year (`May 2022`, `In
    /// April 2021`: no day) of `handed`.
    static func handedMonthFlows(_ facts: inout [NarrativeFact], handed: [StatedPeriod]) {
        for k in facts.indices {
            guard let p = facts[k].period, p.kind == .instant, handed.contains(p), p.day == daysIn(p.month, p.year),
                  p.text.utf8.filter({ $0 >= 0x30 && $0 <= 0x39 }).count == 4,
                  MetricKinds.namesEventFlow(facts[k].metric.lowercased()) else { continue }
            var f = StatedPeriod(kind: .duration(months: 1), year: p.year, month: p.month, day: p.day, text: p.text)
            f.isEvent = true
            facts[k].period = f
        }
    }
}
