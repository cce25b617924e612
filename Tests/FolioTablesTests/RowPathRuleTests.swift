import FolioModel
@testable import FolioTables
import Testing

/// Each cell records the rule that put its row under the headings of its row path
/// (`Cell.rowPathRule`, `cells.row_path_rule`) and how its label was joined
/// (`Cell.labelRule`), named where the tables stage groups rows. One small input a rule.
@Suite struct RowPathRuleTests {
    /// The first cell of each row, by label.
    func rows(_ s: String) throws -> [String: Cell] {
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        var out: [String: Cell] = [:]
        for c in t.cells where out[c.rowLabel] == nil { out[c.rowLabel] = c }
        return out
    }

    @Test("under a heading row, a total closing the group it names, a row at the top level")
    func headingRowAndTotal() throws {
        let r = try rows("(In millions)\n\n\t2024\t2023\nRevenues:\t\t\nProducts\t100\t90\nServices\t50\t40\nTotal revenues\t150\t130\nNet income\t20\t10\n")
        #expect(r["Products"]?.rowPathRule == .headingRow)
        #expect(r["Products"]?.rowPath == ["Revenues", "Products"])
        #expect(r["Total revenues"]?.rowPathRule == .closesGroup)
        #expect(r["Net income"]?.rowPathRule == .topLevel)
        #expect(r["Products"]?.labelRule == nil)
    }

    @Test("under an ALL CAPS heading row")
    func capsHeading() throws {
        let r = try rows("(In millions)\n\n\t2024\t2023\nOPERATING ACTIVITIES\t\t\nNet income\t20\t10\nDepreciation\t5\t4\n")
        #expect(r["Depreciation"]?.rowPathRule == .capsHeading)
    }

    @Test("under a subtotal printed above its components, as the sum checks found")
    func subtotalAbove() throws {
        let r = try rows("(In millions)\n\n\t2024\t2023\nCredit driven services\t100\t80\nLoan facilitation\t60\t50\nPost-facilitation\t40\t30\nPlatform services\t20\t10\nTotal net revenue\t120\t90\n")
        #expect(r["Loan facilitation"]?.rowPathRule == .subtotalAbove)
        #expect(r["Loan facilitation"]?.rowPath == ["Credit driven services", "Loan facilitation"])
        #expect(r["Platform services"]?.rowPathRule == .topLevel)
    }

    @Test("fixed-width: under the heading printed at a lesser indentation; labels wrapped above or continued under their figures")
    func indentationAndJoinedLabels() throws {
        let r = try rows("""
                                                                              2025          2024
            Other comprehensive income (loss):
                Foreign currency translation adjustments, net of tax         97,341      (75,246)
                of $21 million and $1 million, respectively
                Unrealized gains (losses) on marketable securities and privately
                held debt securities                                           (699)          —
                Other                                                             12            4
            Total other comprehensive income (loss)                           (818,933)     22,765
            """)
        #expect(r["Other"]?.rowPathRule == .indentation)
        #expect(r["Other"]?.labelRule == nil)
        #expect(r["Foreign currency translation adjustments, net of tax of $21 million and $1 million, respectively"]?.labelRule == .continued)
        #expect(r["Unrealized gains (losses) on marketable securities and privately held debt securities"]?.labelRule == .wrapped)
    }
}
