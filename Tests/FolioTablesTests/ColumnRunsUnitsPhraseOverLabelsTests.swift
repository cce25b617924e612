import FolioModel
@testable import FolioTables
import Testing

/// Reading-order tables whose units are stated by a phrase that does not open as a caption
/// line (`shares in millions`, `Millions`), printed between the header and the labels
/// (`ColumnRuns.isUnitsPhraseLine`, in `linesAboveLabels`, #17). Inputs written for them (a
/// made-up company).
@Suite struct ColumnRunsUnitsPhraseOverLabelsTests {
    static func columns(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }
            .map { $0.columnPath.joined(separator: " ") }
    }

    static func rollForward(units: String) -> String {
        """
        The following table presents a reconciliation of our shares outstanding:
        Fiscal
        2031

        \(units)

        Common stock:
        Shares at beginning of year
        Shares issued under stock plans
        Shares at end of year

        $

        Fiscal
        2030

        Fiscal
        2029

        1,500
        6
        1,506

        1,497
        3
        1,500

        1,495
        2
        1,497

        """
    }

    /// The first column's year above the phrase, the others' before the first run: each
    /// column takes its year, and the table its scale.
    @Test func unitsPhraseBetweenTheHeaderAndTheLabels() throws {
        for units in ["shares in millions", "Millions"] {
            let doc = try processed(text: Self.rollForward(units: units))
            let t = try #require(doc.tables.first)
            #expect(Self.columns(t, "Shares issued under stock plans") == ["Fiscal 2031", "Fiscal 2030", "Fiscal 2029"])
            #expect(t.units.scale == 1_000_000)
        }
    }

    /// Guard: a short line that states no units there is no caption: the year above it is not
    /// the first column's, and the columns take no year from it.
    @Test func aLineThatStatesNoUnitsIsNoCaption() throws {
        let doc = try processed(text: Self.rollForward(units: "shares outstanding"))
        let t = try #require(doc.tables.first)
        #expect(!Self.columns(t, "Shares issued under stock plans").contains("Fiscal 2031"))
    }
}
