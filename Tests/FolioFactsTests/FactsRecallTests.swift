import Testing
import FolioModel
@testable import FolioFacts

/// A text document of `lines` joined by blank lines, each line's span, and the text's end:
/// the facts tests' small filings, their sections and blocks set by each test.
func linesDocument(_ id: String, _ lines: [String]) -> (doc: WorkingDocument, spans: [Span], end: Int) {
    let prose = lines.joined(separator: "\n\n")
    var doc = WorkingDocument(docId: id, source: id + ".txt", bytes: Array(prose.utf8))
    doc.setText(Array(prose.utf8), map: OffsetMap())
    var spans: [Span] = []
    var at = 0
    for l in lines {
        spans.append(Span(start: at, end: at + l.utf8.count))
        at += l.utf8.count + 2
    }
    return (doc, spans, at)
}

/// The recall rules of issue #20, each on small hand-written text: negative amounts in
/// parentheses, balances at a date, a section's units line for its prose, and the filing's own
/// period for figures whose text names none.
@Suite("Facts: recall of prose figures")
struct FactsRecallTests {
    func figures(_ s: String) -> [String] { FactsUnitTests().figures(s) }

    @Test("negativeInParentheses: `$(12.7) billion` always, `($1.7) million` only with a scale word after it")
    func negativeInParentheses() {
        #expect(figures("a valuation gain (loss) of $(12.7) billion, $797 million and $(1.6) billion") ==
                ["$(12.7) billion=-12.7x1000000000 USD", "$797 million=797.0x1000000 USD", "$(1.6) billion=-1.6x1000000000 USD"])
        #expect(figures("net of taxes of ($1.7) million and $0.4 million") ==
                ["$1.7) million=-1.7x1000000 USD", "$0.4 million=0.4x1000000 USD"])
        // The same amount in another currency, and a bracketed aside, stay positive.
        #expect(figures("was RMB6.88 (US$0.96) per share") == ["RMB6.88=6.88x1 RMB", "US$0.96=0.96x1 USD"])
        #expect(figures("was $8.7 billion ($8.3 billion, net of cash)") ==
                ["$8.7 billion=8.7x1000000000 USD", "$8.3 billion=8.3x1000000000 USD"])
        // An unclosed parenthesis is no figure.
        #expect(figures("of $(12.7 billion") == [])
    }

    @Test("a list with negative amounts takes its list of years")
    func negativeList() {
        let s = "The Company recorded gains (losses) of $386 million, $(329) million, and $413 million in 2022, 2023 and 2024."
        let t = Array(s.utf8)
        let got = NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).map { "\($0.figure.value) \($0.period?.factPeriod.end ?? "nil")" }
        #expect(got == ["386.0 2022-12-31", "-329.0 2023-12-31", "413.0 2024-12-31"])
    }

    @Test("balances at a date: each figure of a comparison takes its own `at <date>`")
    func balancesAtADate() {
        let s = "The accumulated benefit obligations were $8.1 billion at December 31, 2024 and $8.6 billion at December 31, 2023."
        let t = Array(s.utf8)
        let got = NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).map { "\($0.figure.value) \($0.role) \($0.period?.factPeriod.instant ?? "nil")" }
        #expect(got == ["8.1 current 2024-12-31", "8.6 comparative 2023-12-31"])
    }

    /// A notes section whose units line sits under its heading, then a note with prose
    /// figures; the filing reports on the first quarter of 2025 (`Q1`, ending March 31) or the
    /// second (`Q2`, ending June 30).
    func notesDoc(units: String, next: BlockKind = .heading, quarter: String = "Q1") -> WorkingDocument {
        let lines = ["Notes to the Financial Statements", units, "Note 1 - Goodwill",
                     "The reporting unit had goodwill of $1,295 at June 30, 2025. The merger price was $37.25 per share.",
                     "The fair value of the consideration transferred was $8.7 billion."]
        var (doc, spans, at) = linesDocument("n", lines)
        doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: lines[0], span: Span(start: 0, end: at)),
                        Section(id: 2, parentId: 1, level: 2, heading: lines[2], span: Span(start: spans[2].start, end: at))]
        doc.blocks = [Block(id: 1, sectionId: 1, kind: .heading, text: lines[0], span: spans[0]),
                      Block(id: 2, sectionId: 1, kind: .caption, text: lines[1], span: spans[1]),
                      Block(id: 3, sectionId: 2, kind: next, text: lines[2], span: spans[2]),
                      Block(id: 4, sectionId: 2, kind: .paragraph, text: lines[3], span: spans[3]),
                      Block(id: 5, sectionId: 2, kind: .paragraph, text: lines[4], span: spans[4])]
        doc.metadata.periodEnd = quarter == "Q1" ? "2025-03-31" : "2025-06-30"
        doc.metadata.fiscalPeriod = quarter
        doc.metadata.fiscalYear = 2025
        return doc
    }

    @Test("proseScales: a units line under a heading scales its sections' unscaled amounts, not unit prices")
    func sectionUnits() throws {
        var doc = notesDoc(units: "(Dollars in millions, except per share amounts)")
        try FactsStage(options: StageOptions()).process(&doc)
        let got = doc.facts.map { "\($0.metric) \($0.value ?? 0)x\($0.scale)" }
        #expect(got == ["Goodwill 1295.0x1000000", "Merger price 37.25x1", "Fair value of the consideration transferred 8.7x1000000000"])
        // `Tabular amounts` are the tables' only.
        var tabular = notesDoc(units: "(Tabular amounts in millions)")
        try FactsStage(options: StageOptions()).process(&tabular)
        #expect(tabular.facts.first?.scale == 1)
        // A units line above a table is the table's.
        var table = notesDoc(units: "(Dollars in millions)", next: .table)
        try FactsStage(options: StageOptions()).process(&table)
        #expect(table.facts.first?.scale == 1)
    }

    @Test("titledUnitsLine: a title paragraph whose last line is the units line scales its sections' prose; a paragraph ending in prose does not")
    func titledUnits() throws {
        var doc = notesDoc(units: "Northwind Corporation and Subsidiaries\nNotes to the Consolidated Financial Statements\n(Dollars in millions, except per share amounts)")
        try FactsStage(options: StageOptions()).process(&doc)
        #expect(doc.facts.map { "\($0.value ?? 0)x\($0.scale)" } == ["1295.0x1000000", "37.25x1", "8.7x1000000000"])
        var prose = notesDoc(units: "Northwind Corporation\nThe table below shows goodwill by unit (in millions).")
        try FactsStage(options: StageOptions()).process(&prose)
        #expect(prose.facts.first?.scale == 1)
        #expect(FactsStage.unitsLine("(In millions,\nexcept per share data)") != nil)
    }

    @Test("pairedDurations: two figures for `the six and three months ended <date>` take the six and the three months")
    func sixAndThree() {
        let got = facts("The non-operating pension income was $85 million and $42 million for the six and three months ended June 30, 2025.")
        #expect(got == ["Non-operating pension income 85.0x1000000 six and three months ended June 30, 2025 current",
                        "Non-operating pension income 42.0x1000000 three months ended June 30, 2025 comparative"])
        let lead = facts("Share-based plans expense for the six and three months ended June 30, 2025, was $51 million and $21 million.")
        #expect(lead.first?.hasPrefix("Share-based plans expense 51.0x1000000 six and three months") == true)
        #expect(lead.count == 2 && lead[1].contains("21.0x1000000 three months ended June 30, 2025"))
    }

    @Test("pairedDurations: `the three- and six-month periods ended <date>`, a count suspended before the second, takes both")
    func suspendedCounts() {
        let got = facts("The fair value of vested units was $906 million and $1.3 billion for the three- and six-month periods ended March 29, 2025, respectively.")
        #expect(got.count == 2)
        #expect(got.first?.contains("906.0x1000000 three- and six-month periods ended March 29, 2025") == true)
        #expect(got.last?.contains("1.3x1000000000 six-month periods ended March 29, 2025") == true)
    }

    @Test("the filing's own period for a figure whose text names none, marked as such; none without metadata")
    func filingPeriod() throws {
        var doc = notesDoc(units: "(Dollars in millions)")
        try FactsStage(options: StageOptions()).process(&doc)
        let fair = doc.facts.first { $0.metric.hasPrefix("Fair value") }
        #expect(fair?.period?.end == "2025-03-31")
        #expect(fair?.period?.start == "2025-01-01")
        #expect(fair?.period?.text == "Q1 2025 (the filing's period)")
        // A stated period wins over it.
        #expect(doc.facts.first?.period?.instant == "2025-06-30")
        var bare = notesDoc(units: "(Dollars in millions)")
        bare.metadata.fiscalPeriod = nil
        try FactsStage(options: StageOptions()).process(&bare)
        #expect(!bare.facts.contains { $0.metric.hasPrefix("Fair value") })
        let fy = DocumentMetadata()
        #expect(StatedPeriod.reported(by: fy) == nil)
    }

    @Test("undatedInterimFlows: past an interim year's first quarter an undated flow and its comparatives are dropped; stated periods and balances stay")
    func undatedInterimFlows() throws {
        // Second quarter: `The fair value ... was $8.7 billion.` may be the quarter's or the half's.
        var q2 = notesDoc(units: "(Dollars in millions)", quarter: "Q2")
        try FactsStage(options: StageOptions()).process(&q2)
        #expect(!q2.facts.contains { $0.metric.hasPrefix("Fair value") })
        #expect(q2.facts.first { $0.metric == "Goodwill" }?.period?.instant == "2025-06-30")
        // The rule on a sentence's facts: the flow and its comparative go, a balance, a stated
        // period and a first quarter's or an annual report's flows stay.
        func periods(_ s: String, _ fp: String) -> [String] {
            let t = Array(s.utf8)
            let months = fp == "FY" ? 12 : 3
            let filing = StatedPeriod(kind: .duration(months: months), year: 2025, month: 3, day: 31, text: "\(fp) 2025 (the filing's period)")
            var facts = NarrativeExtractor.extract(t, sentence: 0..<t.count, base: filing)
            StatedPeriod.balances(&facts, filingPeriod: filing)
            StatedPeriod.undatedInterimFlows(&facts, filingPeriod: filing, fiscalPeriod: fp)
            return facts.map { "\($0.figure.value) \($0.period?.factPeriod.instant ?? $0.period?.factPeriod.start ?? "nil")" }
        }
        let undated = "Net sales for the period were $63.4 billion, compared to $63.5 billion in the prior year period."
        #expect(periods(undated, "Q3") == ["63.4 nil", "63.5 nil"])
        #expect(periods(undated, "Q1").first == "63.4 2025-01-01")
        #expect(periods(undated, "FY").first == "63.4 2024-04-01")
        #expect(periods("Investing activities used $2.8 billion of cash fiscal year to date.", "Q3") == ["2.8 nil"])
        #expect(periods("Net sales for the nine months ended March 31, 2025 were $63.4 billion.", "Q3") == ["63.4 2024-07-01"])
        #expect(periods("The company also had foreign loss carryforwards of $33.3 billion.", "Q3") == ["33.3 2025-03-31"])
    }

    @Test("eventList: the items of a list after a paragraph dating its event are of the event; a later paragraph's are not")
    func eventList() throws {
        let lines = ["Senior Notes", "In June 2024, we issued nine tranches of senior notes.",
                     "The first tranche consisted of $600 million of floating rate senior notes due 2025.",
                     "The second tranche consisted of $900 million of senior notes due 2026.",
                     "The company also had purchase obligations of $3.1 billion."]
        var (doc, spans, at) = linesDocument("e", lines)
        doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: lines[0], span: Span(start: 0, end: at))]
        let kinds: [BlockKind] = [.heading, .paragraph, .listItem, .listItem, .paragraph]
        doc.blocks = lines.indices.map { Block(id: $0 + 1, sectionId: 1, kind: kinds[$0], text: lines[$0], span: spans[$0]) }
        doc.metadata.periodEnd = "2025-02-02"
        doc.metadata.fiscalPeriod = "FY"
        doc.metadata.fiscalYear = 2024
        try FactsStage(options: StageOptions()).process(&doc)
        let got = doc.facts.map { "\($0.value ?? 0) \($0.period?.instant ?? $0.period?.end ?? "nil")" }
        // The undated balance of the last paragraph is at the year end (`balanceAtPeriodEnd`).
        #expect(got == ["600.0 2024-06-30", "900.0 2024-06-30", "3.1 2025-02-02"])
    }

    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    @Test("metric phrases: a participle qualifying its noun, a list of years, `gain`, a long trailing period phrase")
    func metricPhraseShapes() {
        // reducedRelative: `recognized for` qualifies `expense`; a list of years is no `, and` clause.
        #expect(facts("The expense recognized for the plans was $42 million in 2024, $39 million in 2023 and $47 million in 2022.") ==
                ["Expense recognized for the plans 42.0x1000000 2024 current", "Expense recognized for the plans 39.0x1000000 2023 comparative",
                 "Expense recognized for the plans 47.0x1000000 2022 comparative"])
        #expect(facts("Depreciation of leased assets for fiscal years 2023, 2022, and 2021 was $69 million, $56 million, and $61 million, respectively.") ==
                ["Depreciation of leased assets 69.0x1000000 fiscal years 2023 current", "Depreciation of leased assets 56.0x1000000 fiscal 2022 comparative",
                 "Depreciation of leased assets 61.0x1000000 fiscal 2021 comparative"])
        #expect(facts("The gain on the sale of the plant was $46 million in 2024.") == ["Gain on the sale of the plant 46.0x1000000 2024 current"])
        #expect(facts("Cash paid for leased equipment during the six months ended June 30, 2025 and 2024, was $212 million and $129 million.") ==
                ["Cash paid for leased equipment 212.0x1000000 six months ended June 30, 2025 current",
                 "Cash paid for leased equipment 129.0x1000000 2024 comparative"])
        // A clause that names a period is no trailing period phrase: the figure is not the subject's.
        #expect(!facts("The net cash used in investing activities during fiscal 2025 was primarily related to net outflows for acquisitions of $2.7 billion.")
            .contains { $0.hasPrefix("Net cash used in investing activities ") })
        #expect(facts("Net cash used in financing activities during fiscal 2025 was primarily related to $7.8 billion used for repurchases of stock.")
            .allSatisfy { !$0.hasPrefix("Net cash used in financing activities ") })
        // An aside goes; a first predicate of two leaves its subject.
        #expect(facts("Royalty expense, which was recorded in cost of revenue, was $25 million in fiscal 2024.") ==
                ["Royalty expense 25.0x1000000 fiscal 2024 current"])
        #expect(facts("Liabilities for returns are included in accrued expenses and were $1.3 billion as of December 31, 2024.") ==
                ["Liabilities for returns 1.3x1000000000 as of December 31, 2024 current"])
        // A subject and its verb still go: the verb's object is the metric.
        #expect(facts("In 2024, we recognized impairment charges of $30 million.") == ["Impairment charges 30.0x1000000 2024 current"])
    }

    @Test("amountOfNoun: `<amount> of <noun phrase>` names its metric; not a unit or a bound")
    func amountOfNoun() {
        #expect(facts("As of September 30, 2024, there was $79 million of total unrecognized compensation cost related to unvested awards.") ==
                ["Total unrecognized compensation cost related to unvested awards 79.0x1000000 As of September 30, 2024 current"])
        #expect(facts("At June 30, 2025, we had approximately $404 million of capitalized costs and $144 million of potential termination liabilities to suppliers.") ==
                ["Capitalized costs 404.0x1000000 At June 30, 2025 current", "Potential termination liabilities 144.0x1000000 At June 30, 2025 current"])
        #expect(facts("$61.0 million of revenue was recognized during the three months ended June 30, 2025.") ==
                ["Revenue 61.0x1000000 three months ended June 30, 2025 current"])
        // A compound word is one word of the phrase (`compoundJoint`); other punctuation ends it.
        #expect(facts("At June 30, 2025, we had $15.9 billion of short-term investments.") ==
                ["Short-term investments 15.9x1000000000 At June 30, 2025 current"])
        #expect(facts("At June 30, 2025, we had $640 million of U.S. federal loss carryforwards.") ==
                ["U.S. federal loss carryforwards 640.0x1000000 At June 30, 2025 current"])
        #expect(facts("At June 30, 2025, we had $5 million of cash - restricted.") ==
                ["Cash 5.0x1000000 At June 30, 2025 current"])
        #expect(facts("In 2024, each $1,000 of principal amount of the notes was convertible into 3.5 shares.") == [])
        // (`in addition to` adds an amount: no bound, `inAdditionTo`.)
        #expect(facts("Money market funds were included in cash equivalents in addition to $3.4 billion of time deposits, as of June 30, 2025.") ==
                ["Time deposits 3.4x1000000000 as of June 30, 2025 current"])
        // (A bound is a maximum, named as one: `maximumUpTo`.)
        #expect(facts("In 2024, the partner could receive payments of up to $95 million of milestones.") ==
                ["Maximum milestones 95.0x1000000 2024 current"])
        // A list whose last amount names the metric, for a list of dates (`amountsOfNoun`).
        #expect(facts("The facility was backed by $1.7 billion and $1.6 billion of receivables at June 30, 2025, and December 31, 2024, respectively.") ==
                ["Receivables 1.7x1000000000 at June 30, 2025 current", "Receivables 1.6x1000000000 December 31, 2024 comparative"])
    }

    @Test("years: `fiscal years 2024, 2023` and `the years ended December 31, 2024, 2023` name their first year")
    func pluralYears() {
        #expect(PeriodParser.find(in: "for fiscal years 2024, 2023 and 2022")?.factPeriod.end == "2024-12-31")
        #expect(PeriodParser.find(in: "for the years ended December 31, 2024, 2023 and 2022")?.factPeriod.start == "2024-01-01")
        #expect(facts("Revenue for the years ended December 31, 2024, 2023 and 2022 was $5.1 billion, $4.2 billion and $3.6 billion, respectively.") ==
                ["Revenue 5.1x1000000000 years ended December 31, 2024 current", "Revenue 4.2x1000000000 2023 comparative",
                 "Revenue 3.6x1000000000 2022 comparative"])
    }

    @Test("a list of negative amounts in parentheses is one list, not amounts in another currency")
    func negativeParenthesesList() {
        #expect(facts("For fiscal 2024, 2023 and 2022, net hedge results were ($32) million, ($44) million and $84 million, respectively.") ==
                ["Net hedge results -32.0x1000000 fiscal 2024 current", "Net hedge results -44.0x1000000 fiscal 2023 comparative",
                 "Net hedge results 84.0x1000000 fiscal 2022 comparative"])
    }

    @Test("FiscalYear.naming: the filer's metadata says which calendar year a `fiscal <year>` ends in")
    func fiscalNaming() throws {
        func md(_ end: String, _ fy: Int?, _ fp: String) -> DocumentMetadata {
            var m = DocumentMetadata()
            m.periodEnd = end
            m.fiscalYear = fy
            m.fiscalPeriod = fp
            return m
        }
        let stated = try #require(PeriodParser.find(in: "in fiscal 2023"))
        // A year ending early in the next calendar year, named by the year it starts in.
        let retailer = try #require(FiscalYear.naming(md("2025-02-02", 2024, "FY"), yearEnd: nil))
        #expect(retailer.month == 2 && retailer.day == 2 && retailer.offset == 1)
        #expect(FiscalYear.adjust(stated, naming: retailer).factPeriod.end == "2024-02-02")
        // ... and one named by the year it ends in.
        let january = try #require(FiscalYear.naming(md("2025-01-31", 2025, "FY"), yearEnd: nil))
        #expect(FiscalYear.adjust(stated, naming: january).factPeriod.end == "2023-01-31")
        #expect(FiscalYear.adjust(stated, naming: january).factPeriod.start == "2022-02-01")
        // An interim report: the year end from the statements, the first after its period end.
        let interim = try #require(FiscalYear.naming(md("2025-03-31", 2025, "Q3"), yearEnd: (6, 30)))
        #expect(interim.offset == 0 && interim.month == 6)
        #expect(FiscalYear.naming(md("2025-03-31", 2025, "Q3"), yearEnd: nil) == nil)
        #expect(FiscalYear.naming(md("2025-03-31", nil, "FY"), yearEnd: nil) == nil)
        // A year without `fiscal`, or a December year end, is left as stated.
        let plain = try #require(PeriodParser.find(in: "in 2023"))
        #expect(FiscalYear.adjust(plain, naming: retailer).factPeriod.end == "2023-12-31")
        let december = try #require(FiscalYear.naming(md("2024-12-31", 2024, "FY"), yearEnd: nil))
        #expect(FiscalYear.adjust(stated, naming: december).factPeriod.end == "2023-12-31")
        // relativeFiscalYear: `a year ago` of a stated fiscal year is the fiscal year before.
        let fy25 = try #require(PeriodParser.find(in: "in fiscal 2025"))
        let ago = try #require(PeriodParser.find(in: "a year ago", base: fy25))
        #expect(FiscalYear.adjust(ago, naming: january, ofFiscal: true).factPeriod.end == "2024-01-31")
        #expect(FiscalYear.adjust(ago, naming: january).factPeriod.end == "2024-12-31")
    }

    @Test("nounBeforeAmount: the noun phrase before `of`/`totaling` where the clause is no metric statement")
    func nounBeforeAmount() {
        #expect(facts("At June 30, 2025, the receivables were reduced by allowances of $70 million and $69 million at December 31, 2024.")
            .first == "Allowances 70.0x1000000 At June 30, 2025 current")
        #expect(facts("As of November 29, 2024, we continue to maintain a valuation allowance of $725 million.") ==
                ["Valuation allowance 725.0x1000000 As of November 29, 2024 current"])
        #expect(facts("In fiscal 2021 the pro forma results excluded the inventory step-up expense of $161 million.") ==
                ["Inventory step-up expense 161.0x1000000 fiscal 2021 current"])
        // A figure after a comparison is the comparative's, not a level of its own.
        #expect(facts("For fiscal 2025, diluted net income per share was $6.36 as compared to diluted net income per share of $4.20 from a year ago.")
            .allSatisfy { !$0.contains("4.2x1 fiscal 2025") })
        // A change is no level; a lone `total` names nothing.
        #expect(facts("In 2024, we saw an increase of $5 million.") == [])
        #expect(facts("In 2024, we issued a total of $4 billion.") == [])
        // A noun phrase beside the amount names it less surely than a statement's subject.
        func stated(_ s: String) -> [Bool] {
            let t = Array(s.utf8)
            return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).map(\.stated)
        }
        #expect(stated("As of November 29, 2024, we continue to maintain a valuation allowance of $725 million.") == [false])
        #expect(stated("As of December 31, 2024, there was $79 million of unrecognized cost.") == [false])
        #expect(stated("Revenue was $5 million in 2024.") == [true])
        // The figure after `as compared to` is a comparative: dropped (`FactAdmission`) or, when
        // read, never a statement of its own (it may agree, never disagree).
        let compared = Array("In fiscal 2025, EPS was $6.36 </b> as compared to diluted net income per share of $4.20 from a year ago.".utf8)
        #expect(NarrativeExtractor.extract(compared, sentence: 0..<compared.count, base: nil)
            .allSatisfy { $0.figure.value != 4.2 || !$0.stated })
        // A participle before a verb of its own qualifies the subject; `aggregated` states a figure.
        #expect(facts("In 2024, debt issuance costs incurred totaled $99 million.") == ["Debt issuance costs incurred 99.0x1000000 2024 current"])
        #expect(facts("Letters of credit aggregated approximately $2,976 million as of June 30, 2025.") ==
                ["Letters of credit 2976.0x1000000 as of June 30, 2025 current"])
    }

    @Test("ISO currency codes before an amount")
    func isoCodes() {
        #expect(figures("SEK 1.4 billion, CAD 500 million and INR 22.7 billion") ==
                ["SEK 1.4 billion=1.4x1000000000 SEK", "CAD 500 million=500.0x1000000 CAD", "INR 22.7 billion=22.7x1000000000 INR"])
        #expect(figures("CADENCE 5 and GBPX 3") == [])
    }

    @Test("respectivelyAgain: a second list in a sentence takes the first list's periods")
    func respectivelyAgain() {
        let got = facts("During fiscal 2024, 2023 and 2022, the intrinsic value of options exercised was $185 million, $134 million and $56 million, respectively, and the tax benefit realized was $28 million, $27 million and $11 million, respectively.")
        #expect(got.suffix(3) == ["Tax benefit realized 28.0x1000000 fiscal 2024 current", "Tax benefit realized 27.0x1000000 fiscal 2023 comparative",
                                  "Tax benefit realized 11.0x1000000 fiscal 2022 comparative"])
        // Not when the counts differ.
        #expect(facts("In 2024 and 2023, the value was $18 million and $13 million, and the benefit was $2 million, $2 million and $1 million.")
            .filter { $0.hasPrefix("Benefit") }.count <= 1)
    }

    /// Each fact as `value start..end role` (an instant's end alone).
    func periods(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).map {
            let p = $0.period?.factPeriod
            return "\($0.figure.value) \(p?.start ?? "")..\(p?.end ?? p?.instant ?? "nil") \($0.role)"
        }
    }

    @Test("recordDate: `holders of record as of <date>` is no period of the dividend")
    func recordDate() {
        #expect(PeriodParser.find(in: "payable on May 9, 2025 to holders of record as of April 9, 2025") == nil)
        #expect(PeriodParser.find(in: "to stockholders of record at March 1, 2025") == nil)
        #expect(PeriodParser.find(in: "the balance as of April 9, 2025")?.factPeriod.instant == "2025-04-09")
    }

    @Test("comparedCount: a count after `compared with` takes the period stated after it, or is no fact")
    func comparedCount() {
        let got = periods("Net income was $53 million on an average base of 216.5 million shares for the second quarter of 2004, compared with net income of $309 million on an average base of 298.0 million shares in the second quarter of 2003.")
        #expect(got.contains("298.0 2003-04-01..2003-06-30 comparative"))
        #expect(got.allSatisfy { !$0.hasPrefix("298.0 2004") })
        #expect(periods("Revenue was $5 million in 2024, compared with 2.1 million customers.").allSatisfy { !$0.hasPrefix("2.1 ") })
    }

    @Test("comparativeList: a second list after `, and` takes the periods listed after it, in order")
    func comparativeList() {
        #expect(periods("The expense was $81 million and $153 million for the three and six months ended June 30, 2025, respectively, and $69 million and $145 million for the three and six months ended June 30, 2024, respectively.") ==
                ["81.0 2025-04-01..2025-06-30 current", "153.0 2025-01-01..2025-06-30 comparative",
                 "69.0 2024-04-01..2024-06-30 comparative", "145.0 2024-01-01..2024-06-30 comparative"])
        #expect(periods("Losses were $1 million and $4 million for the three months ended June 30, 2025 and 2024, respectively, and $2 million and $5 million for the six months ended June 30, 2025 and 2024, respectively.").suffix(2) ==
                ["2.0 2025-01-01..2025-06-30 comparative", "5.0 2024-01-01..2024-06-30 comparative"])
        // A list of comparatives with no periods of its own keeps the reading one by one.
        #expect(periods("Sales were $30 million in 2024, compared to $90 million and $18 million.").count <= 3)
    }
}

@Suite("Facts: a list of amounts whose periods open the sentence (openingPeriodList)")
struct OpeningPeriodListTests {
    func facts(_ s: String) -> [String] { FactsRecallTests().facts(s) }

    @Test("openingPeriodList: each amount of a list named after it takes its own period from the sentence's opening list")
    func openingList() {
        // (`and $4,318 and $4,122 of ...` after another list: a list of its own, no comparative of the one before.)
        #expect(facts("At June 30, 2025 and December 31, 2024, inventory included the following amounts related to the program: $4,883 and $3,476 of work in process (including deferred costs of $1,072 and $0) and $4,318 and $4,122 of unamortized tooling.")
                == ["Work in process 4883.0x1 At June 30, 2025 current", "Work in process 3476.0x1 December 31, 2024 comparative",
                    "Deferred costs 1072.0x1 At June 30, 2025 current", "Deferred costs 0.0x1 December 31, 2024 comparative",
                    "Unamortized tooling 4318.0x1 At June 30, 2025 current", "Unamortized tooling 4122.0x1 December 31, 2024 comparative"])
        #expect(facts("At June 30, 2025 and December 31, 2024, the Company held $1.2 billion and $1.1 billion of marketable securities.")
                == ["Marketable securities 1.2x1000000000 At June 30, 2025 current",
                    "Marketable securities 1.1x1000000000 December 31, 2024 comparative"])
    }

    @Test("listTailAlone: an opening list of another length is not the amounts' list, and the second amount takes no first period alone")
    func otherLength() {
        #expect(facts("At June 30, 2025, December 31, 2024 and December 31, 2023, the Company held $1.2 billion and $1.1 billion of marketable securities.")
                == [])
    }
}

/// `laterEndInEventSentence` (issue #20): a year after the event a sentence opens with is when
/// something ends, not the paragraph's period.
@Suite("Facts: a later year in an event's sentence")
struct LaterEndInEventSentenceTests {
    @Test("laterEndInEventSentence: the event stays the period of the figures after it")
    func laterEnd() throws {
        let lines = ["Leases", "In December 2022, Northwind agreed to sublease part of its head office through the end of the original lease term in 2031. As a result, Northwind recognized an impairment loss on its right-of-use asset of $69 million."]
        var (doc, spans, at) = linesDocument("l", lines)
        doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: lines[0], span: Span(start: 0, end: at))]
        let kinds: [BlockKind] = [.heading, .paragraph]
        doc.blocks = lines.indices.map { Block(id: $0 + 1, sectionId: 1, kind: kinds[$0], text: lines[$0], span: spans[$0]) }
        doc.metadata.periodEnd = "2024-12-31"
        doc.metadata.fiscalPeriod = "FY"
        doc.metadata.fiscalYear = 2024
        try FactsStage(options: StageOptions()).process(&doc)
        #expect(doc.facts.map { "\($0.value ?? 0) \($0.period?.instant ?? $0.period?.end ?? "nil")" } == ["69.0 2022-12-31"])
    }
}
