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

    @Test("statement titles in sentence case name their statements")
    func sentenceCaseTitles() {
        #expect(StatementClassifier.fromTitle("Interim condensed consolidated statement of financial position") == .balanceSheet)
        #expect(StatementClassifier.fromTitle("Interim condensed consolidated statement of changes in equity") == .equity)
        #expect(StatementClassifier.fromTitle("Condensed consolidated balance sheets (unaudited)") == .balanceSheet)
        // A sentence that mentions a statement is still no title.
        #expect(StatementClassifier.fromTitle("Total equity in the consolidated statement of financial position was restated as follows") == nil)
        #expect(!StatementClassifier.opensWithStatementName("Consolidated results of operations of the group segments"))
    }

    @Test func leadInSentencesAreNoTitles() {
        #expect(StatementClassifier.isSentence("Lease cost recognized in our consolidated statements of operations was as follows:"))
        #expect(!StatementClassifier.isSentence("Condensed Consolidated Statements of Cash Flows (Unaudited)"))
        #expect(StatementClassifier.fromTitle("Lease cost recognized in our consolidated statements of operations") == nil)
        // A reading-order title printed on one line with its units and period phrase.
        let combined = "Condensed Consolidated Statements of Income (Unaudited) Millions, except per share amounts, for the three months ended June 30,"
        #expect(!StatementClassifier.isSentence(combined))
        #expect(StatementClassifier.fromTitle(combined) == .incomeStatement)
        #expect(StatementClassifier.fromTitle("Cash flows for the six months ended June 30 were reported in our statements of cash flows") == nil)
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

    @Test("titledStatementPart: six rows or more under a statement's own title are that statement; fewer are not")
    func titledStatementParts() {
        let part = Self.table("CONSOLIDATED BALANCE SHEETS December 31,", Array(Self.filler.prefix(8)))
        #expect(StatementClassifier.classify(part) == .balanceSheet)
        let cf = Self.table("Condensed Consolidated Statements of Cash Flows (Unaudited)", Array(Self.filler.prefix(6)))
        #expect(StatementClassifier.classify(cf) == .cashFlow)
        let tiny = Self.table("Consolidated Statements of Cash Flows", Array(Self.filler.prefix(5)))
        #expect(StatementClassifier.classify(tiny) == .other)
    }

    /// A table of `labels`, one value each, every row under `heading`.
    static func section(_ heading: String, _ labels: [String]) -> Table {
        var t = table(nil, labels)
        for i in t.cells.indices { t.cells[i].rowPath = [heading, t.cells[i].rowLabel] }
        return t
    }

    @Test("cashFlowSection: a statement's investing or financing section cut off under its heading, ending in its total")
    func cashFlowSections() {
        let financing = Self.section("Financing activities:", ["Payments for dividends", "Repurchases of common stock",
                                                                "Proceeds from issuance of term debt", "Repayments of term debt",
                                                                "Repayments of commercial paper, net", "Other",
                                                                "Cash used in financing activities"])
        #expect(StatementClassifier.classify(financing) == .cashFlow)
        // The heading's own words repeated as the section's total.
        let investing = Self.section("Cash flows from investing activities", ["Acquisition of businesses", "Other acquisitions",
                                                                              "Acquisitions of property and equipment",
                                                                              "Purchases of investment securities",
                                                                              "Sales of investment securities", "Other, net",
                                                                              "Cash flows from investing activities"])
        #expect(StatementClassifier.classify(investing) == .cashFlow)
        // A note's noncash activities under such a heading print no section total.
        let noncash = Self.section("Noncash investing and financing activities:", ["Right-of-use assets obtained",
                                                                                   "Property acquired on credit", "Debt assumed",
                                                                                   "Shares issued in acquisition", "Other",
                                                                                   "Total noncash activities"])
        #expect(StatementClassifier.classify(noncash) == .other)
        // MD&A's summary prints the totals without the sections' headings.
        let summary = Self.table(nil, ["Net cash provided by operating activities", "Net cash used in investing activities",
                                       "Net cash used in financing activities", "Effect of exchange rates",
                                       "Net change in cash", "Cash, end of period"])
        #expect(StatementClassifier.classify(summary) == .other)
        // Too short for a statement's part.
        let short = Self.section("Financing activities:", ["Dividends", "Cash used in financing activities"])
        #expect(StatementClassifier.classify(short) == .other)
    }

    @Test("noteNumberedTitle: a note's numbered title names no statement")
    func noteNumberedTitles() {
        #expect(StatementClassifier.fromTitle("5. Property and Equipment, Net and Other Balance Sheet Accounts") == nil)
        #expect(StatementClassifier.fromTitle("Note 12 Supplemental Statement of Cash Flows Information") == nil)
        #expect(StatementClassifier.fromTitle("12. Statements of Cash Flows Supplemental Data") == nil)
        let note = Self.table("7. Other Balance Sheet Components", Array(Self.filler.prefix(8)))
        #expect(StatementClassifier.classify(note) == .other)
        // A statement's title with a year or a page number is no note's.
        #expect(StatementClassifier.fromTitle("2024 Consolidated Balance Sheets") == .balanceSheet)
        #expect(StatementClassifier.fromTitle("Notes 12 Consolidated Balance Sheets") == .balanceSheet)
    }

    @Test("balance sheet rows: the liabilities-and-equity side alone, or both sides cut before that line")
    func balanceSheetParts() {
        // The liabilities and equity side, cut from the assets at a page break.
        let liabilities = Self.table("CURRENT ASSETS", Self.filler + ["Total liabilities", "TOTAL LIABILITIES AND SHAREHOLDERS’ EQUITY"])
        #expect(StatementClassifier.classify(liabilities) == .balanceSheet)
        // Assets and liabilities, cut before the equity lines.
        let cut = Self.table(nil, Self.filler + ["Total current assets", "Total assets", "Total current liabilities", "Total liabilities"])
        #expect(StatementClassifier.classify(cut) == .balanceSheet)
        // An investee's summarized balance sheet (a note): no current subtotals.
        let investee = Self.table(nil, Self.filler + ["Current assets", "Total assets", "Current liabilities", "Total liabilities"])
        #expect(StatementClassifier.classify(investee) == .other)
        // A segment's assets: total assets alone.
        #expect(StatementClassifier.classify(Self.table(nil, Self.filler + ["Total assets"])) == .other)
    }

    @Test("equity rows: balances and net income with the owners' transactions when the header is lost")
    func equityWithoutHeader() {
        let noHeader = Self.table(nil, ["Balance at January 1, 2024", "Net loss", "Other comprehensive loss, net of tax",
                                        "Share-based compensation", "Treasury shares issued for 401(k) contribution",
                                        "Balance at June 30, 2024"], header: [])
        #expect(StatementClassifier.classify(noHeader) == .equity)
        // The first balance row wrapped and read as the title (`Balance at December 31,` over `2021`).
        let wrapped = Self.table("Balance at December 31,", ["2021", "Net earnings attributable to the Company", "Dividends declared",
                                                              "Purchases of treasury stock", "Balance at December 31, 2022"], header: [])
        #expect(StatementClassifier.classify(wrapped) == .equity)
        // An accumulated other comprehensive income roll-forward: no net income.
        let aoci = Self.table(nil, ["Balance at January 1, 2025", "Other comprehensive income before reclassifications",
                                    "Amounts reclassified", "Balance at June 30, 2025"], header: [])
        #expect(StatementClassifier.classify(aoci) == .other)
        // A roll-forward with net income but none of the owners' transactions (a redeemable
        // noncontrolling interest): not an equity statement.
        let redeemable = Self.table(nil, ["Balance at January 1, 2024", "Net income", "Distributions", "Balance at December 31, 2024"],
                                    header: [])
        #expect(StatementClassifier.classify(redeemable) == .other)
    }

    @Test("a statement's name above the entity line is the title")
    func statementOverEntity() {
        let lines = ["Northwind Freight Corporation and Subsidiary Companies",
                     "Condensed Consolidated Statements of Financial Position (Unaudited)", "Table of Contents"]
        #expect(Lookback.statementOverEntity(lines[0], lines: lines, at: 0) == lines[1])
        // The entity line above a note's heading: the heading stays the title.
        #expect(Lookback.statementOverEntity("AbbVie Inc. and Subsidiaries", lines: ["AbbVie Inc. and Subsidiaries", "Inventories"], at: 0) == nil)
        // A title that is no entity line keeps its place whatever is above it.
        #expect(Lookback.statementOverEntity("Accrued liabilities", lines: ["Accrued liabilities", "Consolidated Balance Sheets"], at: 0) == nil)
        let text = Array("Condensed Consolidated Statements of Financial Position (Unaudited)\nNorthwind Freight Corporation and Subsidiary Companies\n\n".utf8)
        #expect(Lookback.context(text, before: text.count).context.title == "Condensed Consolidated Statements of Financial Position (Unaudited)")
    }

    @Test("a title read on its bytes is a sentence exactly when read Character by Character")
    func sentenceOnBytesIsSentenceOnCharacters() {
        let titles = [
            "Lease cost recognized in our consolidated statements of operations was as follows:",
            "Condensed Consolidated Statements of Cash Flows (Unaudited)",
            "CONSOLIDATED BALANCE SHEETS", "", " ", "  of  the  and ", "the following table presents revenue by segment",
            "(in millions, except per share data)", "amounts in thousands, except share data", "a b c", "x y z w",
            "Total\r\nrevenue grew in each region", "1 apple 2 pears 3 plums", "The Company's results were as follows",
            "revenue\tby\tsegment was as follows", "Statements of operations (Unaudited) for the three months ended",
        ]
        var sentences = 0
        for t in titles {
            #expect(StatementClassifier.isSentence(t) == StatementClassifier.isSentenceByCharacters(t), "\(t)")
            if StatementClassifier.isSentence(t) { sentences += 1 }
        }
        // Both answers are met.
        #expect(sentences > 0 && sentences < titles.count)
        // Beyond ASCII the Character reading answers.
        #expect(StatementClassifier.isSentence("état des résultats consolidés était présenté ainsi") == true)
    }
}

// MARK: a lead-in ends a sentence (Lookback.leadInSentence)

@Suite struct LeadInSentenceTests {
    @Test("a sentence ending in a colon or a period right above a table is its lead-in")
    func sentences() {
        #expect(Lookback.leadInSentence(["The following table summarizes our leases as of December 31, 2025:"]) != nil)
        // Wrapped over two lines, and with a units caption between it and the table.
        #expect(Lookback.leadInSentence(["(in millions)", "as of December 31, 2025:", "The following table summarizes our leases"])
                == "The following table summarizes our leases as of December 31, 2025:")
        // A period phrase over a heading line.
        #expect(Lookback.leadInSentence(["Gross Amount Not Offset in the", "As of June 30, 2025", "were as follows:"])
                == "As of June 30, 2025 Gross Amount Not Offset in the")
    }

    @Test("a lead-in over the first column's header pieces (reading order) is still the lead-in")
    func overHeaderPieces() {
        let lead = "Investments consisted of the following as of November 29, 2031:"
        #expect(Lookback.leadInSentence(["Cost", "Amortized", lead]) == lead)
        #expect(Lookback.leadInSentence(["(in millions)", "Cost", "Amortized", lead]) == lead)
        // Guards: no lead-in line above the pieces; more pieces than a column's header; a
        // short line with a colon is a group label, no lead-in. (A period line among them reads
        // as before: `sentences`.)
        #expect(Lookback.leadInSentence(["Cost", "Amortized", "Investments"]) == nil)
        #expect(Lookback.leadInSentence(["E", "D", "C", "B", "A", lead]) == nil)
        #expect(Lookback.leadInSentence(["Cost", "Investments:"]) == nil)
    }

    @Test("a reading-order table under such a lead-in takes its date")
    func overHeaderPiecesThroughTheStage() throws {
        let doc = try processed(text: """
            Investments consisted of the following as of November 29, 2031:
            Amortized
            Cost

            (in millions)

            Corporate bonds
            Treasury securities
            Total investments

            $
            100
            50
            150

            Fair Value

            $
            98
            49
            147

            """)
        let t = try #require(doc.tables.first)
        let date = try #require(CalendarDate(year: 2031, month: 11, day: 29))
        #expect(t.cells.filter { $0.value != nil }.count == 6)
        #expect(t.cells.filter { $0.value != nil }.allSatisfy { $0.period == .instant(date) })
    }

    @Test("a title block over a report's signature date is no lead-in")
    func signatureBlock() {
        let lines = ["VALUATION AND QUALIFYING ACCOUNTS AND RESERVES", "EXAMPLE CORPORATION AND SUBSIDIARY COMPANIES",
                     "SCHEDULE II", "February 25, 2026", "Springfield, Illinois", "Example Auditors LLP"]
        #expect(Lookback.leadInSentence(lines) == nil)
        #expect(Lookback.endsSentence("were as follows: ") && Lookback.endsSentence("**as of June 30, 2025:**"))
        #expect(!Lookback.endsSentence("SCHEDULE II"))
    }
}
