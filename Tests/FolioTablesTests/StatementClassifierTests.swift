import FolioModel
@testable import FolioTables
import Testing

/// Statement kind (issue #19): titles, rows, sizes.
@Suite("Statement kind")
struct StatementClassifierTests {
    /// A table of `labels`, one value each, under `title`.
    static func table(_ title: String?, _ labels: [String], header: [String] = ["", "2024"]) -> Table {
        var t = Table(id: 1, title: title, header: [header], nRows: labels.count, nCols: 2, span: Span(start: 0, end: 1))
        t.cells = labels.enumerated().map { i, l in
            Cell(row: i, col: 0, rowLabel: l, rowPath: [l], columnPath: ["2024"], raw: "1", value: 1, scale: 1, unit: nil)
        }
        return t
    }

    static let filler = (1...12).map { "Line item \($0)" }

    @Test func titlesNameStatements() {
        #expect(StatementClassifier.fromTitle("CONSOLIDATED BALANCE SHEETS") == .balanceSheet)
        #expect(StatementClassifier.fromTitle("Condensed Consolidated Statements of Cash Flows (Unaudited)") == .cashFlow)
        #expect(StatementClassifier.fromTitle("Consolidated Statements of Operations and Comprehensive Loss") == .incomeStatement)
        #expect(StatementClassifier.fromTitle("Consolidated Statements of Comprehensive Income") == .comprehensiveIncome)
        #expect(StatementClassifier.fromTitle("Consolidated Statements of Shareholders’ Equity") == .equity)
        #expect(StatementClassifier.fromTitle("Results of Operations") == nil)
    }

    @Test func leadInSentencesAreNoTitles() {
        #expect(StatementClassifier.isSentence("Lease cost recognized in our consolidated statements of operations was as follows:"))
        #expect(!StatementClassifier.isSentence("Condensed Consolidated Statements of Cash Flows (Unaudited)"))
        #expect(StatementClassifier.fromTitle("Lease cost recognized in our consolidated statements of operations") == nil)
        let titled = Self.table("CONSOLIDATED BALANCE SHEETS", Self.filler)
        #expect(StatementClassifier.classify(titled) == .balanceSheet)
    }

    @Test func rowsShowStatements() {
        let bs = Self.table(nil, Self.filler + ["Total assets", "Total Liabilities, Redeemable Non-controlling Interests and Equity"])
        #expect(StatementClassifier.classify(bs) == .balanceSheet)
        let cf = Self.table(nil, Self.filler + ["Net cash provided by operating activities", "Net cash used in investing activities",
                                                "Net cash used in financing activities", "Cash and cash equivalents, end of period"])
        #expect(StatementClassifier.classify(cf) == .cashFlow)
        let inc = Self.table(nil, ["Net sales", "Cost of sales", "Operating income", "Net income", "Basic", "Diluted"])
        #expect(StatementClassifier.classify(inc) == .incomeStatement)
        let eq = Self.table(nil, ["Balance at December 31, 2023", "Net income", "Dividends", "Balance at December 31, 2024"],
                            header: ["", "Common Stock", "Retained Earnings"])
        #expect(StatementClassifier.classify(eq) == .equity)
        let oci = Self.table(nil, ["Net income", "Other comprehensive income, net of tax", "Comprehensive income"])
        #expect(StatementClassifier.classify(oci) == .comprehensiveIncome)
    }

    @Test func summariesStayNotes() {
        // MD&A's cash flow summary: the three activities, too short for a statement.
        let summary = Self.table("Cash Flows", ["Net cash provided by operating activities", "Net cash used in investing activities",
                                                "Net cash used in financing activities", "Cash, end of period"])
        #expect(StatementClassifier.classify(summary) == .other)
        // A share-count roll-forward: balances of common stock, no net income.
        let shares = Self.table(nil, ["Balance at December 31, 2023", "Issued", "Repurchased", "Balance at December 31, 2024"],
                                header: ["", "Common Stock"])
        #expect(StatementClassifier.classify(shares) == .other)
        // An EPS note: net income and per-share figures, no revenue.
        let eps = Self.table(nil, ["Net income", "Weighted-average shares", "Basic earnings per share", "Diluted earnings per share",
                                   "Dilutive effect", "Shares"])
        #expect(StatementClassifier.classify(eps) == .other)
        #expect(StatementClassifier.classify(Self.table("Revenue by segment", ["Americas", "Europe"])) == .segment)
    }
}
