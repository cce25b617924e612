import FolioModel
@testable import FolioTables
import Testing

/// Per-share amounts, share counts and money rows in tables captioned with a scale: which
/// rows take the caption's scale. Each input is written for the rule.
@Suite struct PerShareRuleTests {
    func table(_ s: String) throws -> Table {
        try #require(try processed(text: s).tables.first)
    }

    func cell(_ t: Table, _ label: String, col: Int = 0) -> Cell? {
        t.cells.first { $0.rowLabel == label && $0.col == col }
    }

    @Test("a column headed 'Weighted-Average Grant-Date Fair Value Per RSU' holds unscaled per-RSU amounts")
    func perRSUColumn() throws {
        let t = try table("""
            RSU activity (in thousands, except per RSU amounts)

            \tNumber of RSUs\tWeighted-Average Grant-Date Fair Value Per RSU
            Balance at start\t163,326\t$158.73
            RSUs granted\t63,378\t$228.10

            """)
        #expect(cell(t, "RSUs granted", col: 1)?.scale == 1)
        #expect(cell(t, "RSUs granted", col: 0)?.scale == 1000)
    }

    @Test("a column headed 'Weighted Average Grant-Date Fair Value' (no 'per') is per share too")
    func weightedAverageFairValueColumn() throws {
        let t = try table("""
            Award activity (In millions)

            \tNumber of Shares\tWeighted Average Grant-Date Fair Value
            Balances, start of year\t46\t$114.19
            Granted\t25\t$183.72

            """)
        #expect(cell(t, "Granted", col: 1)?.scale == 1)
        #expect(cell(t, "Granted", col: 0)?.scale == 1_000_000)
        #expect(cell(t, "Granted", col: 0)?.unit == "shares")
    }

    @Test("'Weighted average price per share' is a per-share amount, 'Weighted average shares' a count")
    func weightedAverageRows() throws {
        let t = try table("""
            Awards (In millions, except per share data)

            \t2023\t2022
            Shares purchased\t3\t5
            Weighted average price per share\t$122.54\t$56.36
            Weighted average grant-date fair value per share\t$51.87\t$23.24
            Weighted average shares used in computing net income per share\t2,487\t2,496

            """)
        #expect(cell(t, "Weighted average price per share")?.scale == 1)
        #expect(cell(t, "Weighted average price per share")?.unit == "USD")
        #expect(cell(t, "Weighted average grant-date fair value per share")?.scale == 1)
        #expect(cell(t, "Weighted average shares used in computing net income per share")?.unit == "shares")
        #expect(cell(t, "Weighted average shares used in computing net income per share")?.scale == 1_000_000)
    }

    @Test("a money row that mentions its per-share rate in parentheses keeps the caption's scale")
    func rateInParentheses() throws {
        let t = try table("""
            Equity (In millions, except per share data)

            \tCommon Stock\tRetained Earnings
            Net income\t—\t4,368
            Cash dividends declared and paid ($0.16 per common share)\t—\t(395)

            """)
        #expect(cell(t, "Cash dividends declared and paid ($0.16 per common share)", col: 1)?.scale == 1_000_000)
    }

    @Test("dilutive and anti-dilutive awards are share counts, not per-share amounts")
    func dilutionCounts() throws {
        let t = try table("""
            Earnings per share (Net income in millions and shares in thousands)

            \t2025\t2024
            Net income\t$24,780\t$23,636
            Weighted-average basic shares outstanding\t14,994,082\t15,405,856
            Effect of dilutive share-based awards\t62,051\t58,853
            Diluted earnings per share\t$1.65\t$1.53
            Equity awards excluded from diluted net income per share because their effect would have been anti-dilutive\t40\t21

            """)
        #expect(cell(t, "Effect of dilutive share-based awards")?.scale == 1000)
        #expect(cell(t, "Effect of dilutive share-based awards")?.unit == "shares")
        #expect(cell(t, "Diluted earnings per share")?.scale == 1)
        let excluded = cell(t, "Equity awards excluded from diluted net income per share because their effect would have been anti-dilutive")
        #expect(excluded?.unit == "shares")
        #expect(excluded?.scale == 1000)
    }

    @Test func labelRules() {
        #expect(LabelText.isPerShare("Weighted-Average Grant-Date Fair Value Per RSU"))
        #expect(LabelText.isPerShare("Weighted average exercise price"))
        #expect(!LabelText.isPerShare("Estimated total grant-date fair value"))
        #expect(!LabelText.isPerShare("Cash dividends declared ($0.16 per common share)"))
        #expect(LabelText.isPerShare("Cash dividends declared per common share"))
        #expect(!LabelText.isShareCount("Weighted average grant-date fair value per share"))
        #expect(LabelText.isShareCount("Weighted average number of common shares outstanding"))
        #expect(LabelText.isShareCount("Dilutive effect of stock options"))
        #expect(!LabelText.isShareCount("Dilutive effect of convertible notes interest"))
    }
}

/// Ranges printed in one cell (`0.1%-1.6%`): figures, not label pieces.
@Suite struct RangeCellTests {
    @Test("a row of ranges stays a data row with its cells; the column stays numeric for its single figures")
    func rangesAreValues() throws {
        let t = try #require(try processed(text: "\t2023\t2022\t2021\nRisk-free interest rate\t—%-4.6%\t—%-0.5%\t0.1%-1.6%\nVolatility\t43%-72%\t20%-58%\t26%-89%\nDividend yield\t0.1%\t0.1%\t0.1%-0.3%\n").tables.first)
        #expect(t.nRows == 3)
        let risk = t.cells.filter { $0.rowLabel == "Risk-free interest rate" }
        #expect(risk.map(\.raw) == ["—%-4.6%", "—%-0.5%", "0.1%-1.6%"])
        #expect(risk.allSatisfy { $0.value == nil })
        let yield = t.cells.filter { $0.rowLabel == "Dividend yield" }
        #expect(yield.map(\.value) == [0.1, 0.1, nil])
        #expect(yield.first?.unit == "percent")
    }
}

/// A scale printed after a figure in its own cell (`$445 M`).
@Suite struct SuffixScaleTests {
    @Test func parsesScaleWords() {
        #expect(NumberParser.parse("$445 M")?.suffixScale == 1_000_000)
        #expect(NumberParser.parse("$445 M")?.value == 445)
        #expect(NumberParser.parse("2.3 billion")?.suffixScale == 1_000_000_000)
        #expect(NumberParser.parse("12 millions")?.suffixScale == 1_000_000)
        #expect(NumberParser.parse("(7)K")?.value == -7)
        #expect(NumberParser.parse("445 Main")?.value == nil)
        #expect(NumberParser.parse("1,234")?.suffixScale == nil)
    }

    @Test("a cell printing its own scale takes it instead of the table's")
    func cellScale() throws {
        let t = try #require(try processed(text: "Year\tTotal Compensation\tNet Income\n2023\t$7,791,510\t$445 M\n2022\t$7,948,029\t$209 M\n").tables.first)
        #expect(t.cells.first { $0.rowLabel == "2023" && $0.col == 1 }.map { ($0.value, $0.scale) } ?? (nil, 0) == (445, 1_000_000))
        #expect(t.cells.first { $0.rowLabel == "2023" && $0.col == 0 }?.scale == 1)
    }
}
