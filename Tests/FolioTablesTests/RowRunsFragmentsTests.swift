import FolioModel
@testable import FolioTables
import Testing

/// Reading-order statements printed row by row (#17, #19) whose pairing stops where the
/// converter printed a row's label or figures elsewhere: the chains of rows after it are the
/// same statement (`TablesStage.rowRunsFragment`). A made-up company.
@Suite struct RowRunsFragmentsTests {
    /// A cash flow statement: a first chain under the title, lines the reader cannot pair (a
    /// row followed by the figures of a total whose label comes later, labels printed in one
    /// run), then a later chain.
    static let cashFlow = """
        CONSOLIDATED STATEMENTS OF CASH FLOWS
        (in millions)
        OPERATING ACTIVITIES:
        Net income
        500
        400
        Depreciation
        120
        110
        Stock-based compensation
        60
        50
        Accrued expenses and other
        (20)
        15
        Unearned revenue
        30
        25
        690
        600
        Net cash provided by operating activities
        INVESTING ACTIVITIES:
        Purchases of property and equipment
        Net cash used in investing activities
        (90)
        (80)
        FINANCING ACTIVITIES:
        Repayments of long-term debt
        (40)
        (35)
        Dividends paid
        (25)
        (20)
        Principal repayments of finance leases
        (7)
        (6)
        Net cash used in financing activities
        (72)
        (61)
        """

    @Test func aLaterChainOfAStatementJoinsIt() throws {
        let doc = try processed(text: Self.cashFlow)
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        #expect(t.title == "CONSOLIDATED STATEMENTS OF CASH FLOWS")
        #expect(t.cells.filter { $0.rowLabel == "Depreciation" }.map(\.value) == [120, 110])
        #expect(t.cells.filter { $0.rowLabel == "Dividends paid" }.map(\.value) == [-25, -20])
        #expect(t.cells.filter { $0.rowLabel == "Dividends paid" }.map(\.scale) == [1_000_000, 1_000_000])
        // The row keeps its own figures (`carrierKeepsItsFigures`); the total's printed
        // after them, its label among the labels of a run, are not paired.
        #expect(t.cells.filter { $0.rowLabel == "Unearned revenue" }.map(\.value) == [30, 25])
        #expect(!t.cells.contains { $0.value == 690 })
    }

    /// The note under a statement (a line ending with a period) or the next statement's title
    /// ends the statement: the next chain is another table.
    @Test func aChainAfterTheNoteUnderAStatementIsAnotherTable() throws {
        let text = Self.cashFlow.replacingOccurrences(of: "INVESTING ACTIVITIES:\n",
                                                      with: "See accompanying notes.\n")
        #expect(try processed(text: text).tables.count == 2)
        let titled = Self.cashFlow.replacingOccurrences(of: "INVESTING ACTIVITIES:\n",
                                                        with: "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME\n")
        #expect(try processed(text: titled).tables.count == 2)
    }

    /// A later chain is not put under a group the chain above left open (`Changes in
    /// operating assets and liabilities:` over financing rows): the parts stay apart.
    @Test func aChainAfterAnOpenGroupStaysApart() throws {
        let text = Self.cashFlow.replacingOccurrences(of: "Accrued expenses and other\n",
                                                      with: "Changes in operating assets and liabilities:\nAccrued expenses and other\n")
        let doc = try processed(text: text)
        #expect(doc.tables.count == 2)
        #expect(doc.tables.last?.cells.filter { $0.rowLabel == "Dividends paid" }.map(\.rowPath) == [["FINANCING ACTIVITIES", "Dividends paid"], ["FINANCING ACTIVITIES", "Dividends paid"]])
    }

    /// Chains under a title that names no statement (a note's table) stay apart.
    @Test func chainsUnderANoteTitleStayApart() throws {
        let text = Self.cashFlow.replacingOccurrences(of: "CONSOLIDATED STATEMENTS OF CASH FLOWS\n",
                                                      with: "Supplemental cash flow information\n")
        #expect(try processed(text: text).tables.count == 2)
    }
}
