import FolioModel
@testable import FolioTables
import Testing

/// The date an acquisition closed, read from the sentence opening its note
/// (`Lookback.acquisitionDate`), and the purchase price allocation below it dated by it
/// (`PeriodResolver.acquisitionDateColumns`).
@Suite("Acquisition date")
struct AcquisitionDateTests {
    private func date(_ text: String) -> String? {
        let b = Array(text.utf8)
        return Lookback.acquisitionDate(b, from: 0, before: b.count).map { "\($0)" }
    }

    @Test("the sentence opening the note dates the deal: `On <date>,` or `In <month> <year>,`")
    func sentence() {
        #expect(date("""
        Acquisition of Example Therapeutics
              On August 1, 2024, Example Inc. completed its previously announced acquisition of Example
        Therapeutics. The total fair value of the consideration transferred was $8.7 billion.

              The following table summarizes the fair value of assets acquired and liabilities assumed as of the
        acquisition date:

        """) == "2024-08-01")
        #expect(date("On May 1, 2025, the Company acquired all outstanding shares of Example Labs, Inc. (\"Labs\").\n\nThe following table summarizes the preliminary fair value:\n") == "2025-05-01")
        // A month and year: the month's last day.
        #expect(date("Example Data Ltd.\n       In November 2024, the Company acquired all outstanding stock of Example Data Ltd. The\ntable below:\n") == "2024-11-30")
    }

    @Test("a date inside a sentence, or a sentence that acquires nothing, does not date the deal")
    func notADeal() {
        // The nearest dated sentence only says when the valuation was finalized; the deal's
        // own sentence above it still wins.
        #expect(date("""
        On February 12, 2024, Example Inc. completed its acquisition of Example Bio.
        The valuation of assets acquired and liabilities assumed was finalized during the three months ended December 31, 2024.
        The following table summarizes the final fair value:
        """) == "2024-02-12")
        #expect(date("The valuation of assets acquired was finalized on December 31, 2024.\nThe following table:\n") == nil)
        #expect(date("On March 3, 2025, the Board declared a quarterly dividend of $0.50 per share.\nThe following table:\n") == nil)
        #expect(date("In fiscal 2024, the Company acquired two businesses.\nThe following table:\n") == nil)
        // Mid-sentence `on` is not an opening.
        #expect(date("Goodwill was recognized on August 1, 2024 when the Company acquired Example.\n") == nil)
    }

    @Test("the document: an undated allocation takes the date, a dated table keeps its own")
    func document() throws {
        let text = """
        Note 5 Acquisitions

              On August 1, 2024, Example Inc. completed its acquisition of Example Therapeutics for $45.00 per
        share in cash.

              The following table summarizes the fair value of assets acquired and liabilities assumed as of the
        acquisition date:

        (in millions)
        Cash and equivalents                                         $       1,020
        Intangible assets                                                    6,500
        Goodwill                                                             3,810
        Accounts payable                                                      (250)
        Net assets acquired                                          $      11,080

              The following table summarizes intangible assets:

                                              December 31, 2024     December 31, 2023
        Developed product rights              $          6,400      $          5,900
        License agreements                                 900                   800
        Total intangible assets               $          7,300      $          6,700

        """
        let doc = try processed(text: text)
        let tables = doc.tables
        try #require(tables.count == 2)
        #expect(Set(tables[0].cells.map(show)) == ["@2024-08-01"])
        #expect(tables[0].cells.allSatisfy { $0.periodReason == "acquisition_date" })
        #expect(Set(tables[1].cells.map(show)) == ["@2024-12-31", "@2023-12-31"])
    }

    @Test("the consideration, then its allocation: both under the sentence that dates the deal")
    func twoTablesOfOneNote() throws {
        let text = """
        Example Data Ltd.

               In November 2024, the Company acquired all outstanding stock of Example Data Ltd., a provider of
        data services. The acquisition date fair value of the consideration transferred was approximately $2.1 billion,
        which consisted of the following (in millions):

                                                                   Fair Value
            Cash                                                 $      1,931
            Fair value of pre-existing relationship                       212
        Total purchase consideration                             $      2,143

               The following table summarizes the preliminary fair value of assets acquired and liabilities assumed
        as of the date of acquisition (in millions):

                                                                   Fair Value
            Cash and cash equivalents                            $         84
            Intangible assets                                             610
            Goodwill                                                    1,559
            Unearned revenue                                             (110)
        Net assets acquired                                      $      2,143

        """
        let tables = try processed(text: text).tables
        try #require(tables.count == 2)
        #expect(Set(tables[0].cells.map(show)) == ["@2024-11-30"])
        #expect(Set(tables[1].cells.map(show)) == ["@2024-11-30"])
    }

    @Test("only a wholly undated table about an acquisition takes the date")
    func resolverRule() throws {
        let d = try #require(CalendarDate(year: 2025, month: 5, day: 1))
        func table(_ title: String, columns: [[String]]) -> Table {
            var t = Table(id: 1, title: title, span: Span(start: 0, end: 0))
            for (r, label) in ["Cash", "Goodwill", "Net assets acquired"].enumerated() {
                for (c, path) in columns.enumerated() {
                    t.cells.append(Cell(row: r, col: c, rowLabel: label, rowPath: [label], columnPath: path,
                                        raw: "1", value: 1, scale: 1, unit: "USD"))
                }
            }
            PeriodResolver.resolve(&t, filing: FilingPeriods())
            return t
        }
        var undated = table("Purchase price allocation", columns: [["Fair value"]])
        PeriodResolver.acquisitionDateColumns(&undated, date: d, leadIn: nil)
        #expect(undated.cells.map(show) == ["@2025-05-01", "@2025-05-01", "@2025-05-01"])
        // A column dated by its header: the table keeps its periods.
        var dated = table("Purchase price allocation", columns: [["Fair value"], ["December 31, 2024"]])
        let before = dated.cells.map(show)
        PeriodResolver.acquisitionDateColumns(&dated, date: d, leadIn: nil)
        #expect(dated.cells.map(show) == before)
    }
}
