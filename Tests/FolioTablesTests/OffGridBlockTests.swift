import FolioModel
@testable import FolioTables
import Testing

/// **A block printed on a grid of its own** (fixed-width text, `FixedWidth.offGridBlocks`): a
/// statement's treasury-stock block set a few places off the other blocks' columns, each of
/// its figures across two of theirs and theirs across two of its.
@Suite struct OffGridBlockTests {
    static let text = """
    Statements of Shareholders' Equity
                                                       (in thousands)
                                                                              Three Months Ended                 Six Months Ended
                                                                             June 30,         June 30,       June 30,        June 30,
                                                                                 2026             2025           2026            2025
    Total equity, beginning balances                                     $ 14,028,073     $ 11,365,410   $ 14,743,567    $ 10,588,313

    Paid-in capital:
     Beginning balances                                                   $ 3,677,469      $ 2,489,850    $ 3,252,126     $ 2,145,172
       Stock-based compensation                                                70,862           58,766        142,839         135,111
     Ending balances                                                      $ 3,758,331      $ 2,558,616    $ 3,404,965     $ 2,290,283

    Treasury stock:
      Beginning balances                                                 $(15,654,929) $ (7,834,056) $(12,071,638) $ (5,822,200)
         Repurchases of common stock                                       (1,538,013)   (1,512,999)   (4,121,304)   (2,524,855)
      Ending balances                                                    $(17,192,942) $(10,346,055) $(17,192,942) $(10,346,055)

    Accumulated other comprehensive income (loss):
     Beginning balances                                                  $    (75,735) $       (101,879) $    352,162 $       (213,945)
        Other comprehensive income (loss)                                    (808,933)           12,765    (1,256,830)         124,831
     Ending balances                                                     $   (884,668) $        (88,114) $ (884,668) $         (88,114)

    Retained earnings:
      Beginning balances                                                 $ 27,105,533     $ 17,810,616   $ 24,662,079    $ 15,365,341
         Net income                                                         2,915,413        1,947,306      5,815,764       3,279,515
     Ending balances                                                     $ 30,230,946     $ 19,957,922   $ 30,677,843    $ 19,844,856

    """

    @Test func theStatementKeepsItsFourColumns() throws {
        // The other-comprehensive-income block is printed a little off too, crossing the
        // treasury block's figures: every line crosses another.
        let doc = try processed(text: Self.text)
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 5)   // the labels and four periods
        let treasury = t.cells.filter { $0.rowLabel == "Beginning balances" && $0.rowPath.first == "Treasury stock" }.sorted { $0.col < $1.col }
        #expect(treasury.map(\.value) == [-15_654_929, -7_834_056, -12_071_638, -5_822_200])
        let income = t.cells.filter { $0.rowLabel == "Net income" }.sorted { $0.col < $1.col }
        #expect(income.map(\.value) == [2_915_413, 1_947_306, 5_815_764, 3_279_515])
        #expect(income.map { $0.period?.months } == [3, 3, 6, 6])
        let oci = t.cells.filter { $0.rowLabel == "Other comprehensive income (loss)" }.sorted { $0.col < $1.col }
        #expect(oci.map(\.value) == [-808_933, 12_765, -1_256_830, 124_831])
    }

    @Test func theLinesCrossingTheMostOthersAreOffTheGrid() {
        // Lines 0, 1 and 3 on one grid; line 2 across two figures of each of them.
        var on = FixedWidth.FigureLine(), off = FixedWidth.FigureLine()
        on.figures = [(10, 20), (25, 35), (40, 50)]
        off.figures = [(12, 27), (30, 44)]
        #expect(FixedWidth.bridgingLines([on, on, off, on]) == [false, false, true, false])
    }
}
