import FolioModel

/// The date of an event one sentence states, handed on to the sentence after it that tells
/// more of the same event.
extension NarrativeExtractor {
    /// **continuedEvent.** A sentence that points back to the event the sentence before it
    /// dated (`eventInstant`: the paragraph's event, `base`), opening with `This` or `These`
    /// (`This reduction included ...`) or with the amount itself after `The` (`The $2.0
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
    /// event's instant, and only while the sentence names no period before the amount (the
    /// readers look there first). Not for what the sentence ends (`terminating the $1.0
    /// billion facility`: its size at the end of the event's month was no longer that).
    /// The event's period, or nil.
    static func continuedEvent(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>, base: StatedPeriod?) -> StatedPeriod? {
        guard let b = base, b.isEvent, case .instant = b.kind, r.lowerBound < f.start, f.start <= t.count else { return nil }
        let ws = Words.split(t[r.lowerBound..<f.start])
        guard let first = ws.first, continuingOpeners.contains(first.text) || ws.count == 1 && first.text == "the",
              ws.last(where: { endingVerbs.contains($0.text) || keepingVerbs.contains($0.text) })
                .map({ !endingVerbs.contains($0.text) }) ?? true else { return nil }
        return b
    }

    /// The first words of a sentence that points back to the event before it (`continuedEvent`).
    static let continuingOpeners: Set<String> = ["this", "these"]

    /// Verbs that keep what they act on (`continuedEvent`): the nearest verb before the amount
    /// decides, `terminating the $1.0 billion facility ... and reducing the commitments under
    /// another from $3.5 billion to $2.0 billion`.
    static let keepingVerbs: Set<String> = levelVerbs.union(["entered", "included", "added", "provided", "amended", "extended"])

    /// Verbs that end what they act on (`continuedEvent`): a size is no longer held after them.
    static let endingVerbs: Set<String> = ["terminating", "terminated", "terminate", "cancelling", "canceling", "cancelled",
                                           "canceled", "retiring", "retired", "repaying", "repaid", "extinguishing"]
}
