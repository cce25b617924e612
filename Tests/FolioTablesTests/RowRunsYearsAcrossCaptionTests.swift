import FolioModel
@testable import FolioTables
import Testing

/// Reading-order statements printed row by row whose header's dates are printed on both sides
/// of the units caption (`RowRuns.yearsAcrossCaption`, #17). Inputs written for them (a
/// made-up company).
@Suite struct RowRunsYearsAcrossCaptionTests {
    static func columns(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }.map { $0.columnPath.joined(separator: " ") }
    }

    /// Short month names: `Mar. 31,` / `2031` over the caption, `Dec. 31,` / `2030` under it.
    /// Each column takes its date and year, and the table keeps the caption's scale.
    @Test func shortMonthDatesOnBothSides() throws {
        let text = """
            Statements of Financial Position (Unaudited)
            Northwind Rail Company
            Mar. 31,
            2031

            Millions, except share amounts

            Dec. 31,
            2030

            Assets
            Current assets:
            Cash and cash equivalents

            $

            1,060 $

            1,016

            Receivables, net

            1,915

            1,894

            Materials and supplies

            774

            769

            Total current assets

            3,749

            3,679

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Receivables, net") == ["Mar. 31, 2031", "Dec. 31, 2030"])
        #expect(t.units.scale == 1_000_000)
        let cash = t.cells.filter { $0.rowLabel == "Cash and cash equivalents" && $0.value != nil }.sorted { $0.col < $1.col }
        let march = try #require(CalendarDate(year: 2031, month: 3, day: 31))
        let december = try #require(CalendarDate(year: 2030, month: 12, day: 31))
        #expect(cash.map(\.period) == [.instant(march), .instant(december)])
    }

    /// Full month names and three columns: one year over the caption, two under it. The first
    /// row's one-word label (`Inventories`, right under a year) is no change column's heading
    /// (`headingAfterYears`): the header names every column.
    @Test func threeColumnsOneOverTheCaption() throws {
        let text = """
            Balance Sheets
            December 31,
            2032

            (in thousands)

            December 31,
            2031

            December 31,
            2030

            Inventories

            410

            395

            380

            Prepaid expenses

            55

            61

            48

            Total

            465

            456

            428

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Prepaid expenses") == ["December 31, 2032", "December 31, 2031", "December 31, 2030"])
        #expect(Self.columns(t, "Inventories").count == 3)
        #expect(t.units.scale == 1_000)
    }

    /// Guard: a date over only some of the years tells no column's date, and years out of
    /// column order are no header: the columns stay without one, as before.
    @Test func unevenDatesOrYearsOutOfOrderGiveNoHeader() throws {
        let uneven = """
            Balance Sheets
            Mar. 31,
            2031

            (in millions)

            2030

            Raw materials

            410

            395

            Prepaid expenses

            55

            61

            Total

            465

            456

            """
        let outOfOrder = uneven.replacingOccurrences(of: "2031", with: "2030")
            .replacingOccurrences(of: "(in millions)\n\n2030", with: "(in millions)\n\nDec. 31,\n2030")
        for text in [uneven, outOfOrder] {
            let doc = try processed(text: text)
            let t = try #require(doc.tables.first)
            #expect(Self.columns(t, "Raw materials") == ["", ""])
        }
    }
}
