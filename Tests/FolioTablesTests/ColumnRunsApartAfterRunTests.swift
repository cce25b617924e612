import FolioModel
@testable import FolioTables
import Testing

/// Reading-order text: a statement's last row printed apart after the first column's run,
/// over the next column's header pieces (`ColumnRuns.rowApartAfterARun`), and a net after a
/// `Less` row (`ColumnRuns.netAfterLessRow`).
@Suite struct ColumnRunsApartAfterRunTests {
    /// A property schedule: its net printed after the first column's run and its `$`, right
    /// over the second column's date; the net is the cost less the accumulated depreciation.
    static let netApartAfterRun = """
        Property and equipment consisted of the following:
        in millions

        January 31,
        2030

        Land
        Buildings and improvements
        Furniture and equipment
        Property and equipment, at cost
        Less: accumulated depreciation

        $

        1,200
        4,500
        2,300
        8,000
        3,100
        4,900

        $

        Net property and equipment

        January 31,
        2029

        $

        1,150
        4,300
        2,050
        7,500
        2,800
        4,700
        """

    @Test func aNetPrintedAfterTheFirstRunIsTheLastRow() throws {
        let doc = try processed(text: Self.netApartAfterRun)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        let net = t.cells.filter { $0.rowLabel == "Net property and equipment" }
        #expect(net.map(\.value) == [4900, 4700])
        #expect(net.map { $0.columnPath.last } == ["2030", "2029"])
        #expect(t.cells.filter { $0.rowLabel == "Land" }.map(\.value) == [1200, 1150])
        #expect(!t.cells.contains { $0.columnPath.contains { $0.contains("Net property") } })
    }

    /// A total printed after the first column's run, over the second column's header pieces,
    /// the first column's header above the labels.
    static let totalApartAfterRun = """
        The components of income before taxes were as follows:
        in millions

        Fiscal
        2030

        Domestic
        Foreign

        $

        1,800
        1,200
        3,000

        $

        Total

        Fiscal
        2029

        $

        1,700
        1,100
        2,800

        Fiscal
        2028

        $

        1,600
        900
        2,500
        """

    @Test func aTotalPrintedAfterTheFirstRunIsTheLastRow() throws {
        let doc = try processed(text: Self.totalApartAfterRun)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 4)
        let total = t.cells.filter { $0.rowLabel == "Total" }
        #expect(total.map(\.value) == [3000, 2800, 2500])
        #expect(total.map { $0.columnPath.last } == ["2030", "2029", "2028"])
    }

    /// The same shape whose row apart is neither the total nor a net of the rows above: the
    /// labels and figures may be out of step, the region stays text.
    static let notATotal = """
        The components of income before taxes were as follows:
        in millions

        Fiscal
        2030

        Domestic
        Foreign

        $

        1,800
        1,200
        3,100

        $

        Other

        Fiscal
        2029

        $

        1,700
        1,100
        2,900
        """

    @Test func aRowApartThatDoesNotAddUpLeavesText() throws {
        let doc = try processed(text: Self.notATotal)
        #expect(!doc.tables.contains { t in t.cells.contains { $0.value == 1800 } })
    }

    /// A one-column lease schedule ending with a net after its `Less` row adds up.
    @Test func aNetAfterALessRowAddsUp() {
        let text = Array("""
            Total lease payments
            Less: imputed interest
            Present value of lease liabilities
            10,929
            2,022
            8,907
            (2,022)
            """.utf8)
        let lines = TableRegionFinder.lines(text, in: nil)
        func label(_ i: Int) -> ColumnRuns.Label {
            let r = GridReader.trim(text, lines[i].range)
            return ColumnRuns.Label(text: String(decoding: text[r], as: UTF8.self), span: Span(r))
        }
        let labels = (0..<3).map(label)
        #expect(ColumnRuns.netAfterLessRow(text, lines, labels: labels, figures: [[3, 4, 5]]))
        // The amount taken off printed negative.
        #expect(ColumnRuns.netAfterLessRow(text, lines, labels: labels, figures: [[3, 6, 5]]))
        // Not a `Less` row over the last: no net.
        var other = labels
        other[1].text = "Imputed interest"
        #expect(!ColumnRuns.netAfterLessRow(text, lines, labels: other, figures: [[3, 4, 5]]))
        #expect(ColumnRuns.startsWithLess("LESS accumulated depreciation"))
        #expect(!ColumnRuns.startsWithLess("Lessee obligations"))
    }

    /// A segment schedule: its first group closed by a subtotal not labelled `Total`, its last
    /// row printed apart the subtotal and the rows after it (`ColumnRuns.subtotalByFigures`).
    static let subtotalByFigures = """
        Net sales by segment were as follows:
        in millions

        Building supplies
        Garden
        Primary segment net sales
        Other net sales

        $

        Net sales

        2030

        300
        200
        500
        40
        540

        2029

        280
        190
        470
        —
        470
        """

    @Test func aRowApartAddsUpFromASubtotalToldByItsFigures() throws {
        let doc = try processed(text: Self.subtotalByFigures)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        let net = t.cells.filter { $0.rowLabel == "Net sales" }
        #expect(net.map(\.value) == [540, 470])
        #expect(net.map { $0.columnPath.last } == ["2030", "2029"])
    }

    @Test func aSubtotalIsTheLastRowAddingUpTheRowsAboveIt() {
        let text = Array("300\n200\n500\n40\n540\n301\n".utf8)
        let lines = TableRegionFinder.lines(text, in: nil)
        #expect(ColumnRuns.subtotalByFigures(text, lines, [[0, 1, 2, 3, 4]], rows: 5) == 2)
        // The subtotal off by more than its rounding: none.
        #expect(ColumnRuns.subtotalByFigures(text, lines, [[0, 1, 5, 3, 4]], rows: 5) == nil)
    }

    /// A lease schedule whose net's label is printed over the second column's header pieces
    /// with no year (`Finance` / `Leases`): not the shape `rowApartAfterARun` takes, and the
    /// net after its `Less` row is no evidence for a total without a label (the label would
    /// head the column). The region stays text.
    static let netOverNamesWithoutYear = """
        Operating
        Leases

        in millions

        Fiscal 2030
        Fiscal 2031
        Fiscal 2032
        Thereafter
        Total lease payments
        Less: imputed interest

        $

        1,600
        1,500
        1,400
        4,000
        8,500
        2,000
        6,500

        $

        Present value of lease liabilities

        Finance
        Leases

        $

        380
        370
        340
        2,000
        3,090
        680
        2,410
        """

    @Test func aNetOverNamesWithoutAYearTakesNoUnlabelledTotal() throws {
        let doc = try processed(text: Self.netOverNamesWithoutYear)
        #expect(!doc.tables.contains { t in t.cells.contains { $0.value == 6500 } })
    }
}
