import FolioModel
@testable import FolioTables
import Testing

/// A schedule in two bands of one length whose grand total's label is printed apart before a
/// later run (`rowApartBeforeARun`), its runs in neither band-by-band nor column-by-column
/// order: the totals tell the order (`apartTotals`, `byTotals`), #17. Inputs written for it (a
/// made-up company).
@Suite struct ColumnRunsApartTotalsTests {
    static func row(_ t: Table, _ label: String, path: String? = nil) -> [String] {
        t.cells.filter { $0.rowLabel == label && (path == nil || $0.rowPath.first == path) && $0.value != nil }
            .sorted { $0.col < $1.col }.map(\.raw)
    }

    static func taxes(grandTotal2030: String = "180") -> String {
        """
        The income tax expense applicable to income before income taxes consists of the following:
        Year Ended
        December 31,
        2031
        2030
        2029
        (In millions)
        Current income taxes:
        Federal
        State
        Foreign
        Total current
        Deferred taxes:
        Federal
        Foreign
        Total deferred

        $

        1,700
        40
        260
        2,000

        500
        40
        60
        600

        (1,300)
        100
        (1,200)
        800 $

        $

        Income tax expense

        $

        $

        200
        10
        90
        300

        (400)
        (20)
        (420)
        \(grandTotal2030) $

        (250)
        (30)
        (280)
        20

        """
    }

    @Test func bandsOfOneLengthToldByTheGrandTotal() throws {
        let doc = try processed(text: Self.taxes())
        let t = try #require(doc.tables.first { !Self.row($0, "Total deferred").isEmpty })
        #expect(Self.row(t, "Federal", path: "Current income taxes") == ["1,700", "500", "200"])
        #expect(Self.row(t, "Total current") == ["2,000", "600", "300"])
        #expect(Self.row(t, "Federal", path: "Deferred taxes") == ["(1,300)", "(400)", "(250)"])
        #expect(Self.row(t, "Total deferred") == ["(1,200)", "(420)", "(280)"])
        #expect(Self.row(t, "Income tax expense") == ["800", "180", "20"])
    }

    /// A grand total that adds up in no order of one column: the orders tie, the region
    /// stays text.
    @Test func aGrandTotalThatDoesNotAddUpStaysText() throws {
        let doc = try processed(text: Self.taxes(grandTotal2030: "250"))
        #expect(!doc.tables.contains { !Self.row($0, "Total deferred").isEmpty })
    }
}
