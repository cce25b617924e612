import FolioModel

/// **acquisitionDatePeriod.** An acquisition note prints the purchase price allocation at the
/// date the deal closed, then explains it in sentences that name that date without printing
/// it:
///
/// ```
/// The following table summarizes the fair value of assets acquired and liabilities assumed
/// as of the acquisition date:                     <- an allocation table, dated August 1, 2024
/// ...
/// The fair value of the related financing liability was $246 million as of the acquisition date.
/// For the period from the acquisition date through December 31, 2024, net revenues
/// attributable to Example Bio were $578 million and operating losses were $682 million.
/// ```
///
/// The date is the tables stage's decision (`Lookback.acquisitionDate`, recorded on the
/// allocation table's cells as period reason `acquisition_date`), read, not found again: the
/// nearest such table above the sentence in the same section. A sentence saying `as of`,
/// `at` or `on the acquisition date` puts its figures at that instant; `from the acquisition
/// date through <date>`, over the days from that date to the stated one. Only figures whose
/// sentence states no period of its own (theirs is the paragraph's or the filing's) move;
/// without a dated table above in the section, the sentence is left as read.
struct AcquisitionDates {
    /// The period reason the tables stage records on the cells it dates at an acquisition
    /// (`PeriodReason.acquisitionDate`).
    static let reason = "acquisition_date"

    /// Each dated allocation table: its section, where it ends, its date, and where the next
    /// table of the document (any table) starts (`Int.max`: none); in document order.
    let tables: [(section: Int?, end: Int, date: CalendarDate, nextTable: Int)]

    init(_ tables: [Table]) {
        var out: [(section: Int?, end: Int, date: CalendarDate, nextTable: Int)] = []
        let starts = tables.map(\.span.start).sorted()
        for t in tables {
            for c in t.cells where c.periodReason == Self.reason {
                if case let .instant(d)? = c.period {
                    let next = starts.first { $0 >= t.span.end } ?? Int.max
                    out.append((t.sectionId, t.span.end, d, next))
                    break
                }
            }
        }
        self.tables = out.sorted { $0.end < $1.end }
    }

    /// **allocationParagraph.** The prose printed right under an allocation table explains its
    /// rows, and states the amounts recognized at the date the deal closed without naming it:
    ///
    /// ```
    /// <allocation table, dated August 1, 2024>
    /// Intangible assets relate to $8.1 billion of acquired in-process research and development.
    /// The current portion of long-term debt assumed consists of $345 million of 2.5% notes.
    /// Other noncurrent assets primarily consist of $250 million of deferred tax assets.
    /// ```
    ///
    /// A figure whose sentence, paragraph and section state no period (its period is the
    /// filing's, assumed: `filingPeriod`) and whose metric names no flow (`MetricKinds
    /// .flowWords`: an expense or revenue after the closing is of the year), in the same
    /// section as the nearest dated table above it and before the next table of the document,
    /// is at that table's date, an event's (compared with no cell, as `eventInstant`); an
    /// amount the deal pays or raises (`eventFlow`) is the flow of that day. A figure further
    /// on, past another table or in another section, is left as read.
    func allocationParagraph(_ facts: inout [NarrativeFact], at offset: Int, section: Int?, filingPeriod: StatedPeriod?) {
        guard let filingPeriod, facts.contains(where: { $0.period == filingPeriod }),
              let table = tables.last(where: { $0.section == section && $0.end <= offset }),
              table.nextTable > offset else { return }
        let d = table.date
        let instant = StatedPeriod.event(d, phrase: "the acquisition date (\(d.iso)) of the allocation table above")
        for k in facts.indices where facts[k].period == filingPeriod {
            let metric = facts[k].metric.lowercased()
            guard !MetricKinds.containsWord(metric, MetricKinds.flowWords) else { continue }
            facts[k].period = instant.flow(of: facts[k].metric) ?? instant
        }
    }

    /// The date of the nearest dated table ending at or before `offset` in `section`.
    func date(before offset: Int, section: Int?) -> CalendarDate? {
        tables.last { $0.section == section && $0.end <= offset }?.date
    }

    /// Moves the figures of the sentence `s` whose period is `base` (the sentence states none)
    /// to the acquisition date (`acquisitionDatePeriod`).
    func apply(_ t: [UInt8], sentence s: Range<Int>, _ facts: inout [NarrativeFact], base: StatedPeriod?, section: Int?) {
        guard !facts.isEmpty, facts.contains(where: { $0.period == base }),
              let period = Self.period(t, sentence: s, date: { date(before: s.lowerBound, section: section) }) else { return }
        for k in facts.indices where facts[k].period == base { facts[k].period = period }
    }

    /// The period a sentence states by the acquisition date (`date`, read only when the
    /// sentence names it): `as of`/`at`/`on the acquisition date`, an instant; `from the
    /// acquisition date through <date>`, a duration. Nil otherwise.
    static func period(_ t: [UInt8], sentence s: Range<Int>, date: () -> CalendarDate?) -> StatedPeriod? {
        let lo = max(0, min(s.lowerBound, t.count)), hi = max(lo, min(s.upperBound, t.count))
        return t.withUnsafeBufferPointer { all -> StatedPeriod? in
            guard let base = all.baseAddress else { return nil }
            let sent = UnsafeBufferPointer(start: base + lo, count: hi - lo)
            guard let at = ByteSearch.firstIndex(of: "the acquisition date", in: sent, foldingASCII: true) else { return nil }
            let after = at + 20
            if at >= 5, ByteSearch.hasPrefixFolded(UnsafeBufferPointer(rebasing: sent[(at - 5)...]), "from "),
               hi - lo >= after + 9, ByteSearch.hasPrefixFolded(UnsafeBufferPointer(rebasing: sent[after...]), " through "),
               let start = date(),
               let through = PeriodParser.find(t, (lo + after + 9)..<min(hi, lo + after + 9 + 40), bareDates: true),
               through.kind == .instant,
               let end = CalendarDate(year: through.year, month: through.month, day: through.day), start < end {
                let days = end.dayNumber - start.dayNumber + 1
                let months = max(1, Int((Double(days) / (365.25 / 12)).rounded()))
                var p = StatedPeriod(kind: .duration(months: months), year: end.year, month: end.month, day: end.day,
                                     text: "from the acquisition date (\(start.iso)) through \(through.text)")
                p.start = start
                return p
            }
            for word in ["as of ", "at ", "on "] {
                let n = word.utf8.count
                guard at >= n else { continue }
                let w = UnsafeBufferPointer(rebasing: sent[(at - n)..<at])
                if ByteSearch.withBytes(word, { nd in ByteSearch.firstIndex(of: nd, in: w, foldingASCII: true) == 0 }),
                   at == n || !ByteClass.isLetter(sent[at - n - 1]), let d = date() {
                    return StatedPeriod(kind: .instant, year: d.year, month: d.month, day: d.day,
                                        text: "\(word)the acquisition date (\(d.iso))")
                }
            }
            return nil
        }
    }
}
