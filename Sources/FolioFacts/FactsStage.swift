public import FolioModel

/// Reads the figures a document states in prose and bullet lists (`Total net revenue was
/// RMB4,495.5 million (US$633.2 million), compared to RMB3,906.6 million in the same period
/// of 2022`) as narrative facts, and checks each one against the statements' table cells.
///
/// One fact per stated figure: the metric phrase, the value as printed with its scale and
/// unit, and the period, read from the sentence or else from the section heading
/// (`Fourth Quarter 2023 Financial Results`). Figures in another currency in parentheses
/// restate the same period; figures after `compared to`, `from`, `and` are comparatives for
/// the period they name (`the same period of 2022`, `the prior quarter`, `2022`); percent
/// changes (`an increase of 13.8%`) become `<metric> change` facts in percent.
///
/// Cross-check: a fact with a cell of the same metric (word overlap of metric and row
/// label), period (the cell's, as the tables stage resolved it) and currency is compared
/// within printed rounding; `CrossCheck` decides whether a figure that does not agree is a
/// disagreement or a comparison too unsure to say (`unmatched`). A figure is a fact only
/// with a period and a metric that is a noun phrase (`admitted`).
public struct FactsStage: Stage {
    public static let name = "facts"
    public static let summary = "read figures stated in prose as facts and check them against table cells"
    public static let options: [OptionSpec] = [Option.crossCheck, Option.tolerance, Option.matchThreshold]

    /// The stage's options, each declared once with its type, default and help.
    public enum Option {
        public static let crossCheck = OptionSpec("cross_check", .bool, default: .bool(true),
            help: "compare each narrative fact with the matching table cell")
        public static let tolerance = OptionSpec("tolerance", .int(min: 1, max: 100), default: .int(1),
            help: "how many half-units of a fact's last printed digit it may differ from the cell")
        public static let matchThreshold = OptionSpec("match_threshold", .int(min: 1, max: 100), default: .int(50),
            help: "least share (in percent) of a metric's words a row label must have")
    }

    let crossCheck: Bool
    let tolerance: Int
    let threshold: Double

    public init(options: StageOptions) {
        crossCheck = options.bool(FactsStage.Option.crossCheck)
        tolerance = options.int(FactsStage.Option.tolerance)
        threshold = Double(options.int(FactsStage.Option.matchThreshold)) / 100
    }

    /// Every figure the prose states, sentence by sentence, with its period (a heading's, a
    /// sentence's carried to the rest of its paragraph, an event's, or the filing's own) and
    /// section scale; `link`: the index of the current fact a comparative goes with;
    /// `assumed`: whether the period is the filing's, assumed rather than stated.
    static func statedFacts(_ doc: WorkingDocument) -> (found: [NarrativeFact], link: [Int?], assumed: [Bool]) {
        let t = doc.text
        var headingPeriod: [Int: StatedPeriod] = [:]
        var parent: [Int: Int] = [:]
        for s in doc.sections {
            if let p = PeriodParser.heading(s.heading) { headingPeriod[s.id] = p }
            if let pid = s.parentId { parent[s.id] = pid }
        }
        /// What a section or the nearest section above it states (`map`).
        func inherited<T>(_ map: [Int: T], _ id: Int?) -> T? {
            var cur = id
            var guardCount = 0
            while let c = cur, guardCount < 64 {
                if let p = map[c] { return p }
                cur = parent[c]
                guardCount += 1
            }
            return nil
        }
        // The filing's own period, for figures whose text names none (`StatedPeriod.reported`).
        let filingPeriod = StatedPeriod.reported(by: doc.metadata)
        let sectionScale = Self.proseScales(doc)
        let runs = Self.runningUnitsRuns(doc.tables)
        let acquisitions = AcquisitionDates(doc.tables)
        var found: [NarrativeFact] = []
        /// For each found fact, the index in `found` of the current fact it goes with.
        var link: [Int?] = []
        /// For each found fact, whether its period is the filing's, assumed rather than stated.
        var assumed: [Bool] = []
        // **eventList.** The event of the paragraph a list follows, in the same section: its
        // items are the event's parts (`In June 2024, we issued nine tranches of senior
        // notes.` then `• The first tranche consisted of $600 million ...`).
        var listEvent: (section: Int?, period: StatedPeriod)?
        for b in doc.blocks where b.kind == .paragraph || b.kind == .listItem || b.kind == .footnote {
            let lo = max(0, min(b.span.start, t.count)), hi = max(lo, min(b.span.end, t.count))
            let heading = inherited(headingPeriod, b.sectionId)
            let base = heading ?? filingPeriod
            // (A document has a few runs at most: `runningUnitsProse`.)
            let scale = inherited(sectionScale, b.sectionId) ?? runs.first(where: { $0.span.contains(lo) })?.scale
            // A sentence without figures that names a period (`... results for its third
            // quarter ended June 26, 2004.`) sets it for the rest of its paragraph.
            var running = base
            // The date of an event the paragraph states (`eventInstant`), for its figures
            // that state no period of their own.
            var event: StatedPeriod? = b.kind == .listItem && listEvent?.section == b.sectionId ? listEvent?.period : nil
            // The periods of the last list of a clause that ended with a semicolon
            // (`clauseAfterSemicolon`) or of a sentence that said `respectively` (`listAfterSentence`).
            var carried: [StatedPeriod]?
            /// The sentence before and the base it was read with (`continuedPeriod`).
            var previous: (sentence: Range<Int>, base: StatedPeriod?)?
            for s in NarrativeExtractor.sentences(t, lo..<hi) {
                // (A heading that names the filing's own period, `Fiscal Year 2024`, is the same.)
                if let fp = filingPeriod, running?.sameDates(fp) == true, let (date, phrase) = PeriodParser.eventDate(t, s) {
                    event = StatedPeriod.event(date, phrase: phrase)
                }
                let handed = NarrativeExtractor.carried(carried, into: t, s)
                var listed = handed
                // (`continuedPeriod`: the duration the sentence before opened with, handed on.)
                let continued = event == nil ? NarrativeExtractor.continuedPeriod(t, s, previous: previous, base: running) : nil
                previous = (s, event ?? running)
                var facts = NarrativeExtractor.extract(t, sentence: s, base: event ?? continued ?? running, listed: &listed)
                if let handed { StatedPeriod.handedMonthFlows(&facts, handed: handed) }
                carried = NarrativeExtractor.carried(listed, after: t, s)
                PeriodParser.scheduleAsOf(t, sentence: s, &facts, base: event ?? running)
                // **laterEndInEventSentence.** (A year after the event the sentence opens with
                // names when something ends, `through the end of the original lease maturity in
                // 2030`, not the period of the paragraph's figures: the event stays.)
                if facts.isEmpty, let p = PeriodParser.find(t, s), !Self.endsAfterEvent(p, t, sentence: s, filingPeriod: filingPeriod) {
                    running = p
                    event = nil
                }
                // (Amounts stated as none, `there were no borrowings`, after the figures: `noneStated`.)
                // (Their comparatives name their current fact by its place among them: moved.)
                let offset = facts.count
                facts += NarrativeExtractor.noneStated(t, sentence: s, base: base).map { n in
                    var n = n
                    n.of = n.of.map { $0 + offset }
                    return n
                }
                // (One figure for two dates: `oneFigureTwoDates`.)
                PeriodParser.twoDates(t, sentence: s, &facts)
                if let scale {
                    for k in facts.indices { facts[k].figure = Self.withSectionScale(facts[k].figure, scale, t) }
                }
                let base0 = found.count
                for n in facts {
                    link.append(n.of.map { base0 + $0 })
                    assumed.append(filingPeriod != nil && (n.period == filingPeriod || event.map { n.period == $0 } == true)
                                   || n.periodFromCurrent && n.of.map { base0 + $0 < assumed.count && assumed[base0 + $0] } == true)
                }
                // (`as of the acquisition date`: the date of the allocation table above.)
                if !acquisitions.tables.isEmpty {
                    acquisitions.apply(t, sentence: s, &facts, base: event ?? running, section: b.sectionId)
                    // (The prose right under an allocation table: `allocationParagraph`.)
                    acquisitions.allocationParagraph(&facts, at: s.lowerBound, section: b.sectionId, filingPeriod: filingPeriod)
                }
                StatedPeriod.eventFlows(&facts, event: event)
                StatedPeriod.balances(&facts, filingPeriod: filingPeriod)
                StatedPeriod.balancesUnderHeading(t, sentence: s, &facts, headingPeriod: heading)
                StatedPeriod.balancesAtStatedEnd(t, sentence: s, &facts, filingPeriod: filingPeriod,
                                                 fiscalYear: doc.metadata.fiscalYear)
                StatedPeriod.undatedInterimFlows(&facts, filingPeriod: filingPeriod,
                                                 fiscalPeriod: doc.metadata.fiscalPeriod)
                found += facts
            }
            if b.kind != .listItem { listEvent = event.map { (b.sectionId, $0) } }
        }
        return (found, link, assumed)
    }

    /// A stated fiscal year named as the filer names its years (`FiscalYear`).
    static func nameFiscalYears(_ found: inout [NarrativeFact], link: [Int?], _ doc: WorkingDocument) {
        // A stated fiscal year ends where the statements' years end.
        // (The filer's metadata says how its years are named, any month: `FiscalYear.naming`.)
        let yearEnd = FiscalYear.end(of: doc.tables)
        if let naming = FiscalYear.naming(doc.metadata, yearEnd: yearEnd) {
            for k in found.indices {
                guard let p = found[k].period else { continue }
                let ofFiscal = link[k].map { FiscalYear.mentionsFiscal(found[$0].period?.text ?? "") } ?? false
                found[k].period = FiscalYear.adjust(p, naming: naming, ofFiscal: ofFiscal)
            }
        } else if let yearEnd {
            for k in found.indices {
                if let p = found[k].period { found[k].period = FiscalYear.adjust(p, yearEnd: yearEnd) }
            }
        }
    }

    public func process(_ doc: inout WorkingDocument) throws(DocumentFailure) {
        let t = doc.text
        var (found, link, assumed) = Self.statedFacts(doc)
        Self.nameFiscalYears(&found, link: link, doc)
        // The filer's tags first: cells learn their concept and context, and prose figures
        // printed inside a tag are known (`FilerTags`).
        if crossCheck { _ = XBRLReconciler.reconcile(&doc) }
        let tags = FilerTags(doc)
        // Built on the first fact to check: documents without one never index their cells.
        var matcher: CellMatcher?
        var nextId = (doc.facts.map(\.id).max() ?? 0) + 1
        var matched = 0, agree = 0, disagree = 0, narrative = 0
        var idOf: [Int: Int] = [:]
        for (index, stated) in found.enumerated() {
            guard let n = admitted(stated) else { continue }
            let f = n.figure
            let span = Span(start: f.start, end: f.end)
            idOf[index] = nextId
            var fact = Fact(id: nextId, origin: .narrative, metric: n.metric, value: f.value, scale: f.scale,
                            unit: f.unit, period: n.period?.factPeriod, span: span,
                            role: n.role, comparativeOf: link[index].flatMap { idOf[$0] })
            nextId += 1
            narrative += 1
            if crossCheck, n.role != "change", let p = n.period, !p.isEvent {
                let stated = f.value * Double(f.scale)
                let unit = f.roundingUnit(approximate: NarrativeExtractor.saysApproximate(t, before: f.start))
                let tol = 0.5 * unit * Double(f.scale) * Double(tolerance) * (1 + 1e-9)
                func agrees(_ c: Cell) -> Bool {
                    guard let v = c.value else { return false }
                    let cv = v * Double(c.scale)
                    // Statements print deductions (expenses, taxes) in parentheses; prose states them
                    // unsigned, and a loss printed `$(12.7) billion` may sit on a row of losses.
                    if cv < 0 && stated > 0 { return abs(-cv - stated) <= tol }
                    if cv > 0 && stated < 0 { return abs(cv + stated) <= tol }
                    return abs(cv - stated) <= tol
                }
                if case .none = matcher { matcher = CellMatcher(tables: doc.tables) }
                if let (tableId, cell) = matcher?.match(metric: n.metric, period: p, unit: f.unit, agrees: agrees, threshold: threshold),
                   let v = cell.value {
                    let tag = tags.tag(within: doc.sourceSpan(of: span))
                    var outcome = CrossCheck.outcome(metric: n.metric, tag: tag, cell: cell, stated: stated, agrees: agrees(cell))
                    if outcome == .disagrees, matcher?.lastAmbiguous == true { outcome = .unmatched }
                    // A period the text does not state (the filing's, assumed), or a metric read from
                    // a noun phrase beside the amount (`NarrativeFact.stated`), makes no disagreement.
                    if outcome == .disagrees, assumed[index] || !n.stated { outcome = .unmatched }
                    // A comparative whose year the text names but whose period is its current's,
                    // assumed (`bracketedComparative`), says too little of its period to agree.
                    if n.periodFromCurrent, assumed[index] { outcome = .unmatched }
                    if outcome != .unmatched {
                        matched += 1
                        fact.cell = FactCell(tableId: tableId, row: cell.row, col: cell.col)
                        fact.comparedValue = v * Double(cell.scale)
                        fact.check = outcome
                    }
                    if outcome == .agrees { agree += 1 }
                    if outcome == .disagrees {
                        disagree += 1
                        let table = doc.tables.first { $0.id == tableId }
                        let src = doc.sourceSpan(of: span)
                        let cellSrc = cell.span.map { doc.sourceSpan(of: $0) }
                        doc.diagnose(Self.name, .warning, "facts.disagrees",
                                     "\(n.metric) (\(p.text)) is stated as \(NarrativeExtractor.str(t, f.start, f.end)) = \(format(stated)) at source bytes \(src.start)..<\(src.end), but table \(tableId)\(table?.title.map { " '\($0)'" } ?? "") row '\(cell.rowLabel)' column '\(cell.columnPath.joined(separator: " "))' prints \(cell.raw) = \(format(v * Double(cell.scale)))\(cellSrc.map { " at source bytes \($0.start)..<\($0.end)" } ?? "")",
                                     span: span)
                    }
                }
            }
            doc.facts.append(fact)
        }
        if narrative > 0 {
            doc.diagnose(Self.name, .info, "facts.summary",
                         "\(narrative) narrative facts, \(matched) matched to cells: \(agree) agree, \(disagree) disagree")
        }
    }

    /// **Units stated for a section's prose.** A units line printed under a heading rather than
    /// above a table states the scale of every amount in its section and the sections under it,
    /// prose included:
    ///
    ///     Notes to the Financial Statements
    ///     (Dollars in millions, except per share amounts)
    ///     Note 1 - Goodwill
    ///     The reporting unit had goodwill of $1,295 at June 30, 2025.      <- $1,295 million
    ///
    /// A units line followed (after other caption lines) by a table is that table's; `Tabular
    /// amounts in millions` names the tables only. The first such line of a section counts.
    ///
    /// **Units line under a title** (`titledUnitsLine`). A text rendition joins the title lines
    /// printed at the top of each page into one paragraph, the units line their last:
    ///
    ///     Northwind Corporation and Subsidiaries
    ///     Notes to the Consolidated Financial Statements
    ///     (Dollars in millions, except per share amounts)
    ///
    /// That paragraph (up to six lines) states the units as the line alone would.
    static func proseScales(_ doc: WorkingDocument) -> [Int: Int] {
        var out: [Int: Int] = [:]
        let blocks = doc.blocks
        for (i, b) in blocks.enumerated() where b.kind == .caption || b.kind == .paragraph {
            guard let sid = b.sectionId, out[sid] == nil, b.textBytes.count <= 600, let line = unitsLine(b.text),
                  ByteSearch.withBytes(line, { ByteSearch.firstIndex(of: "tabular", in: $0, foldingASCII: true) }) == nil,
                  let scale = UnitsParser.parse(line).scale, scale > 1 else { continue }
            var j = i + 1
            while j < blocks.count, blocks[j].kind == .caption { j += 1 }
            guard j < blocks.count, [.heading, .paragraph, .listItem].contains(blocks[j].kind) else { continue }
            out[sid] = scale
        }
        return out
    }

    /// **runningUnitsProse.** A units statement printed at the top of the pages of a notes
    /// section (`(Dollars in millions, except per share amounts or as otherwise stated)`,
    /// `Amounts in millions of dollars except per share amounts`) states the scale of the prose
    /// on those pages as it does of their tables:
    ///
    ///     Amounts in millions of dollars except per share amounts or as otherwise specified.
    ///     <table: Amortization expense ...>
    ///     Amortization expense for the three months ended March 31, 2025 was $78.   <- $78 million
    ///     <table: Goodwill ...>
    ///
    /// The tables stage decides which tables such a statement covers (`UnitsSourceKind
    /// .runningHeader`); this reads that decision and nothing else: the text from the first to
    /// the last table read under one statement (the same words, the same scale), in text order,
    /// is in its force. A table that states units of its own does not end the run; a table read
    /// under another running statement does. (Sections whose own units line states a scale,
    /// `proseScales`, keep it.)
    static func runningUnitsRuns(_ tables: [Table]) -> [(span: Range<Int>, scale: Int)] {
        var out: [(span: Range<Int>, scale: Int)] = []
        var text: String?
        for table in tables.sorted(by: { $0.span.start < $1.span.start }) {
            guard let source = table.units.source, source.kind == .runningHeader, let scale = table.units.scale, scale > 1,
                  table.span.end > table.span.start else { continue }
            if let last = out.last, text == source.text, last.scale == scale {
                out[out.count - 1].span = last.span.lowerBound..<max(last.span.upperBound, table.span.end)
            } else {
                out.append((table.span.start..<table.span.end, scale))
                text = source.text
            }
        }
        return out
    }

    /// The units line a caption or paragraph block is (`UnitsParser.isCaptionLine`), or the
    /// last line of a title paragraph of at most six lines that is one (`titledUnitsLine`).
    static func unitsLine(_ text: String) -> String? {
        if text.utf8.count <= 300, UnitsParser.isCaptionLine(text) { return text }
        guard let line = lastOfFewLines(text) else { return nil }
        return line.utf8.count <= 300 && UnitsParser.isCaptionLine(line) ? line : nil
    }

    /// The last of two to six lines (empty ones not counted), without its leading and trailing
    /// spaces; nil for one line or more than six. Read on UTF-8 bytes, as the `Character`s
    /// read it: a line feed is a character of its own except after a CR (CR LF is one
    /// character, no line break); a space next to a non-ASCII byte may be part of a character
    /// (a combining mark after it), so such a line is trimmed by `Character`s.
    static func lastOfFewLines(_ text: String) -> String? {
        let b = Array(text.utf8)
        var count = 0, last = 0..<0, s = 0
        for i in 0...b.count where i == b.count || b[i] == 0x0A && (i == 0 || b[i - 1] != 0x0D) {
            if i > s {
                count += 1
                if count > 6 { return nil }
                last = s..<i
            }
            s = i + 1
        }
        guard count > 1 else { return nil }
        var lo = last.lowerBound, hi = last.upperBound
        while lo < hi, b[lo] == 0x20 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 { hi -= 1 }
        if lo > last.lowerBound && lo < hi && b[lo] >= 0x80 || hi < last.upperBound && hi > lo && b[hi - 1] >= 0x80 {
            let line = String(decoding: b[last], as: UTF8.self)
            return String(line.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        }
        return String(decoding: b[lo..<hi], as: UTF8.self)
    }

    /// An amount printed without a scale word in a section whose units line states one
    /// (`proseScales`) takes that scale, except a unit price: `$37.25 per share`, or an amount
    /// printed to the cent (`a floor of $149.00`), which the line's `except per share amounts`
    /// leaves unscaled.
    static func withSectionScale(_ f: Figure, _ scale: Int, _ t: [UInt8]) -> Figure {
        guard f.hasCurrency, f.scale == 1, f.decimals < 2 else { return f }
        let per = Array(" per ".utf8)
        if f.end + per.count <= t.count, Array(t[f.end..<(f.end + per.count)]) == per { return f }
        var g = f
        g.scale = scale
        return g
    }

    /// A fact is a figure of the filing: a metric in words that is a noun phrase (trimmed to
    /// it: `FactAdmission.nounPhrase`), a value and a period (stated in its sentence, its
    /// paragraph or its section, else the filing's own period). A figure with no period at all
    /// (`a $4 billion program` in a document that states none) is not a fact. Nil when it is none.
    func admitted(_ n: NarrativeFact) -> NarrativeFact? {
        guard n.metric.contains(where: \.isLetter), n.period != nil, let m = FactAdmission.nounPhrase(n.metric) else { return nil }
        var a = n
        a.metric = m
        return a
    }

    func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }
}

extension FactsStage {
    /// Whether the period `p` a sentence names starts after the filing's period ends and after
    /// the event the sentence opens with (`laterEndInEventSentence`: `In December 2022, ...
    /// through the end of the lease term in 2031`). (The filing's period first: the event is
    /// looked for only in the few sentences that name a later period.)
    static func endsAfterEvent(_ p: StatedPeriod, _ t: [UInt8], sentence s: Range<Int>, filingPeriod: StatedPeriod?) -> Bool {
        guard let first = p.period.map({ $0.start ?? $0.end }), let filingEnd = filingPeriod?.period?.end, first > filingEnd,
              let (date, _) = PeriodParser.eventDate(t, s) else { return false }
        return first > date
    }
}
