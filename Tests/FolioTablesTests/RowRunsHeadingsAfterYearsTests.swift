import FolioModel
@testable import FolioTables
import Testing

/// Reading-order schedules printed row by row whose header prints the years, then the later
/// columns' one-word headings, the first row's label before the header
/// (`RowRuns.headingsAfterYears`, #17). Inputs written for them (a made-up company).
@Suite struct RowRunsHeadingsAfterYearsTests {
    static func schedule(above: String, thereafter: String = "Thereafter") -> String {
        """
        Commitments as of December 31, 2030 were as follows (in millions):
        \(above)

        2031

        2032

        2033

        \(thereafter)

        Total

        $ 500

        $ 400

        $ 300

        $ 900

        $ 2,100

        Operating lease liabilities

        120

        110

        100

        300

        630

        Purchase obligations

        80

        70

        60

        50

        260

        """
    }

    static func row(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }.map { $0.columnPath.joined(separator: " ") + "=" + $0.raw }
    }

    /// The header's years and later headings head the columns; the label printed before
    /// the header labels the first row.
    @Test func labelBeforeTheHeader() throws {
        let doc = try processed(text: Self.schedule(above: "Year Ended December 31,\n\nDebt principal and interest"))
        let t = try #require(doc.tables.first)
        #expect(Self.row(t, "Debt principal and interest") == ["2031=$ 500", "2032=$ 400", "2033=$ 300", "Thereafter=$ 900", "Total=$ 2,100"])
        #expect(Self.row(t, "Purchase obligations") == ["2031=80", "2032=70", "2033=60", "Thereafter=50", "Total=260"])
        #expect(Self.row(t, "Total").isEmpty)
    }

    /// A period line right above the years is the header's, not a label: the first row
    /// keeps its figures under the header and takes no label.
    @Test func periodLineAboveTheYears() throws {
        let doc = try processed(text: Self.schedule(above: "Year Ended December 31,"))
        let t = try #require(doc.tables.first)
        #expect(Self.row(t, "Year Ended December 31,").isEmpty)
        #expect(Self.row(t, "Total").isEmpty)
        #expect(Self.row(t, "Operating lease liabilities") == ["2031=120", "2032=110", "2033=100", "Thereafter=300", "Total=630"])
    }

    /// Guard: headings of several words after the years are no one-word column headings:
    /// the rows are read as before.
    @Test func wordsOfSeveralWordsAreNoHeadings() throws {
        let doc = try processed(text: Self.schedule(above: "Debt principal and interest", thereafter: "After that year"))
        let t = try #require(doc.tables.first)
        #expect(!t.cells.contains { $0.columnPath.contains("2031") })
    }
}
