import FolioModel

/// The date of an event one sentence states, handed on to the sentence after it that tells
/// more of the same event.
extension NarrativeExtractor {
    /// **continuedEvent.** A sentence that points back to the event the sentence before it
    /// dated (`eventInstant`: the paragraph's event, `base`), opening with `This`, `These` or
    /// `As part of` (`This reduction included ...`: `pointsBack`) or with the amount itself after `The` (`The $2.0
    /// billion facility also provided that ...`), states no date of its own but is of the
    /// event's date all the same:
    ///
    ///     In March 2025, we lowered our note program and our revolving facilities, each by
    ///     $1.0 billion. This change included lowering the commitments under the 364-day
    ///     revolving facility from $2.5 billion to $1.5 billion.
    ///         -> `Commitments under the 364-day revolving facility` 1.5 billion at March 31, 2025
    ///     In August 2023, we entered into a 364-day $4.0 billion bridge facility. The $4.0
    ///     billion bridge facility also provided that ...
    ///         -> `Bridge facility` 4.0 billion at August 31, 2023
    ///
    /// Read where a facility's size (`amountBeforeNoun`, `modifierPeriod`) or a level after
    /// a change (`objectFromTo`) would otherwise need a date stated in the sentence. Only an
    /// event's period (its instant, or a duration `continuedPeriod` handed on), and only while
    /// the sentence names no period before the amount (the
    /// readers look there first). Not for what the sentence ends (`terminating the $1.0
    /// billion facility`: its size at the end of the event's month was no longer that).
    /// The event's period, or nil.
    static func continuedEvent(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>, base: StatedPeriod?) -> StatedPeriod? {
        guard let b = base, b.isEvent, r.lowerBound < f.start, f.start <= t.count else { return nil }
        let ws = Words.split(t[r.lowerBound..<f.start])
        guard let first = ws.first, pointsBack(t, r) || ws.count == 1 && first.text == "the",
              ws.last(where: { endingVerbs.contains($0.text) || keepingVerbs.contains($0.text) })
                .map({ !endingVerbs.contains($0.text) }) ?? true else { return nil }
        return b
    }

    /// Whether sentence `r` opens with words that point back to what the sentence before told:
    /// `This`, `These` or `As part of` (`continuedEvent`, `continuedPeriod`).
    static func pointsBack(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.lowerBound < r.upperBound, r.upperBound <= t.count else { return false }
        // (Bytes, every sentence comes here: `This `, `These `, `As part of ` in either case.)
        return opensWith(t, r.lowerBound, r.upperBound, "this") || opensWith(t, r.lowerBound, r.upperBound, "these")
            || opensWith(t, r.lowerBound, r.upperBound, "as part of")
    }

    /// Verbs that keep what they act on (`continuedEvent`): the nearest verb before the amount
    /// decides, `terminating the $1.0 billion facility ... and reducing the commitments under
    /// another from $3.5 billion to $2.0 billion`.
    static let keepingVerbs: Set<String> = levelVerbs.union(["entered", "included", "added", "provided", "amended", "extended"])

    /// Verbs that end what they act on (`continuedEvent`): a size is no longer held after them.
    /// (Not a verb the metric names, `repaid`: `modifierAction`, a flow of the event.)
    static let endingVerbs: Set<String> = ["terminating", "terminated", "terminate", "cancelling", "canceling", "cancelled",
                                           "canceled"]
}

extension NarrativeExtractor {
    /// **continuedPeriod.** The span of time a sentence opens with (`During the quarter ended
    /// December 31, 2024, the company refinanced its term loan.`) is the period of the
    /// sentence after it that points back to what it told and names no period of its own,
    /// opening with `This`, `These` or `As part of` (`As part of the refinancing, the company
    /// repaid the existing $2.0 billion term loan and borrowed $2.0 billion under a new term
    /// loan.`): both figures are of that quarter, as an event's date is handed on
    /// (`continuedEvent`). Handed on as an event's period (`isEvent`: compared with no
    /// statement's cell). `previous`: the sentence before and the base it was read with (the
    /// duration it opened with, `openingDuration`, is read only when this one points back).
    /// The period, or nil.
    static func continuedPeriod(_ t: [UInt8], _ s: Range<Int>, previous: (sentence: Range<Int>, base: StatedPeriod?)?,
                                base: StatedPeriod?) -> StatedPeriod? {
        guard let previous, s.lowerBound < s.upperBound, s.upperBound <= t.count, pointsBack(t, s),
              var p = openingDuration(t, previous.sentence, base: previous.base),
              PeriodParser.find(t, s, base: base) == nil else { return nil }
        p.isEvent = true
        return p
    }

    /// Whether `t[a..<b]` opens with the words `w` (lower case; either case in `t`) and a space.
    static func opensWith(_ t: [UInt8], _ a: Int, _ b: Int, _ w: StaticString) -> Bool {
        let n = w.utf8CodeUnitCount
        guard a >= 0, a + n < b, b <= t.count else { return false }
        return w.withUTF8Buffer { u in (0..<n).allSatisfy { Words.lower(t[a + $0]) == u[$0] } } && t[a + n] == 0x20
    }

    /// The duration sentence `s` opens with: `During`, `In` or `For` and a period phrase
    /// within its first 64 bytes (`continuedPeriod`). Nil otherwise.
    static func openingDuration(_ t: [UInt8], _ s: Range<Int>, base: StatedPeriod?) -> StatedPeriod? {
        // (Bytes first, every sentence comes here: `During `, `In `, `For ` in either case.)
        guard s.lowerBound < s.upperBound, s.upperBound <= t.count,
              opensWith(t, s.lowerBound, s.upperBound, "in") || opensWith(t, s.lowerBound, s.upperBound, "for")
                || opensWith(t, s.lowerBound, s.upperBound, "during"),
              let p = PeriodParser.find(t, s.lowerBound..<min(s.upperBound, s.lowerBound + 64), base: base),
              case .duration = p.kind, !p.isEvent else { return nil }
        return p
    }
}
