import Testing
import FolioModel
@testable import FolioFacts

/// The label tokeniser and score on word-stem ids must equal the `Set<String>` form they
/// replaced (kept here as the reference).
@Suite("Cell matcher: token ids against the Set<String> reference")
struct TokenSetTests {
    /// The former `CellMatcher.tokens`: stems of `Words.split` words in a `Set<String>`.
    static func referenceTokens(_ s: String) -> Set<String> {
        var out: Set<String> = []
        for w in Words.split(s) where !CellMatcher.stop.contains(w.text) {
            out.insert(CellMatcher.stem(w.text))
        }
        if out.contains("gaap") && !out.contains("non") { out.remove("gaap") }
        return out
    }

    /// The former `CellMatcher.score` on sets.
    static func referenceScore(_ m: Set<String>, _ l: Set<String>) -> Double {
        let qualifiers = Set(CellMatcher.qualifierWords.map(CellMatcher.stem))
        let measures = Set(CellMatcher.measureWords.map(CellMatcher.stem))
        guard !m.isEmpty, !l.isEmpty else { return 0 }
        if m.intersection(qualifiers) != l.intersection(qualifiers) { return 0 }
        let mm = m.intersection(measures), lm = l.intersection(measures)
        if !mm.isEmpty && !lm.isEmpty && mm.isDisjoint(with: lm) { return 0 }
        // oneSharedWord: one shared word, and each side a word of its own besides the kind words.
        let kind = measures.union(CellMatcher.genericWords.map(CellMatcher.stem))
        if m.intersection(l).count == 1, m.count >= 2, !m.subtracting(l).subtracting(kind).isEmpty,
           !l.subtracting(m).subtracting(kind).isEmpty { return 0 }
        let o = Double(m.intersection(l).count)
        let recall = o / Double(m.count), precision = o / Double(l.count)
        if precision < 0.25 { return 0 }
        return recall + 0.01 * (2 * o / Double(m.count + l.count))
    }

    static let labels: [String] = [
        "Total net revenue", "Net income attributable to ordinary shareholders of the Company",
        "Net income attributed to the Company", "Non-GAAP net income", "GAAP operating margin", "Operating margin",
        "Loan facilitation and servicing fees-capital heavy", "Loan facilitation volume under Platform Services",
        "Deferred revenue", "Provision for contingent liabilities", "Provision for contingent liability",
        "Basic", "Diluted", "Net income per share — basic", "Earnings per ADS, diluted", "Gross profit",
        "Accrued expenses and other current liabilities", "Selling, general and administrative expenses",
        "Sales and marketing", "Cash and cash equivalents, end of year", "Weighted average shares outstanding",
        "Income taxes", "Status of the business", "Bonus payable", "Processes", "Cities", "Lies", "Ties", "Dies",
        "GAAPs", "non-gaap adjusted EBITDA", "Pretax loss", "Comprehensive loss attributable to noncontrolling interests",
        "Unearned premiums", "Prepaid expenses", "Cumulative effect", "Ratio of debt to equity", "Dividends declared",
        "Borrowings", "Bank borrowing", "Earnings", "Assets", "Fees", "Volume", "Costs of revenues", "the of and",
        "", "   ", "2023", "Q4 2023", "10-K", "R&D", "U.S. federal", "Café revenues", "Net revenues — Café",
        "Résumés prepared", "Naïve attributed", "营业收入", "净利润 attributable", "Umsatzerlöse", "Übertragungen",
        "e\u{301}es", "cafe\u{301}s", "Total “adjusted” revenue", "Revenue‘s share", "Revenue’s share",
        "Zürich offices", "ﬁnancing costs", "Ｒｅｖｅｎｕｅ", "RMB’000", "US$ in thousands",
    ]

    @Test("tokens and scores equal the Set<String> reference, ASCII and not")
    func sameAsReference() {
        for a in Self.labels {
            #expect(CellMatcher.tokens(a) == Self.referenceTokens(a), "tokens of \(a)")
        }
        // One vocabulary for all (as in a document), pairs in both orders.
        var v = StemVocabulary()
        let sets = Self.labels.map { v.tokens($0) }
        for (i, a) in Self.labels.enumerated() {
            for (j, b) in Self.labels.enumerated() {
                let want = Self.referenceScore(Self.referenceTokens(a), Self.referenceTokens(b))
                #expect(CellMatcher.score(sets[i], sets[j]) == want, "score of \(a) / \(b)")
            }
        }
    }

    @Test("a token set's ids ascend without repeats; overlap counts shared ids")
    func idsAndOverlap() {
        var v = StemVocabulary()
        let a = v.tokens("Revenue revenues and REVENUE of cost costs")
        #expect(a.ids == a.ids.sorted())
        #expect(a.ids.count == 2)
        let b = v.tokens("Cost of revenues")
        #expect(a.overlap(b) == 2)
        #expect(a.overlap(v.tokens("Net income")) == 0)
        #expect(v.tokens("").ids.isEmpty)
        // Qualifier masks: GAAP alone is no qualifier; non-GAAP is.
        #expect(v.tokens("GAAP margin").qualifiers == v.tokens("margin").qualifiers)
        #expect(v.tokens("non-GAAP margin").qualifiers != v.tokens("margin").qualifiers)
    }

    @Test("the matcher keeps cells of another period or unit out and prefers the agreeing tie")
    func matcherGroups() {
        // Cells carry the period the tables stage resolved; the matcher reads it.
        func cell(_ row: Int, _ label: String, _ year: String, _ v: Double, _ unit: String?) -> Cell {
            let end = Int(year).flatMap { CalendarDate(year: $0, month: 12, day: 31) }
            return Cell(row: row, col: 0, rowLabel: label, rowPath: [label], columnPath: ["Year ended December 31,", year],
                        raw: String(v), value: v, scale: 1, unit: unit, period: end.flatMap { Period.ending($0, months: 12) })
        }
        let table = Table(id: 7, span: Span(start: 0, end: 0), cells: [
            cell(0, "Total revenue", "2022", 1, "USD"), cell(1, "Total revenue", "2023", 2, "RMB"),
            cell(2, "Total revenue", "2023", 3, "USD"), cell(3, "Revenue, total", "2023", 4, "USD"),
        ])
        var m = CellMatcher(tables: [table])
        let y2023 = StatedPeriod.year(2023, text: "2023")
        #expect(m.match(metric: "Total revenue", period: y2023, unit: "USD", agrees: { _ in false }, threshold: 0.5)?.1.value == 3)
        #expect(m.match(metric: "Total revenue", period: y2023, unit: "USD", agrees: { $0.value == 4 }, threshold: 0.5)?.1.value == 4)
        #expect(m.match(metric: "Total revenue", period: y2023, unit: "EUR", agrees: { _ in true }, threshold: 0.5) == nil)
        #expect(m.match(metric: "Net income", period: y2023, unit: "USD", agrees: { _ in true }, threshold: 0.5) == nil)
        // A cell whose period the tables stage could not decide never matches.
        var undecided = table
        for k in undecided.cells.indices { undecided.cells[k].period = nil }
        var n = CellMatcher(tables: [undecided])
        #expect(n.match(metric: "Total revenue", period: y2023, unit: "USD", agrees: { _ in true }, threshold: 0.5) == nil)
    }
}
