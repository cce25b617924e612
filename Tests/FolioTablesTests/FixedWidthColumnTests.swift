import FolioModel
@testable import FolioTables
import Testing

/// A line of a fixed-width table: the label at `indent`, then each figure printed so that
/// its last character is at the column given with it (counted in characters).
private func line(_ label: String, indent: Int = 0, _ figures: [(String, Int)]) -> String {
    var out = String(repeating: " ", count: indent) + label
    for (figure, end) in figures {
        let start = end - figure.count
        out += String(repeating: " ", count: max(2, start - out.count)) + figure
    }
    return out
}

private func gridRows(_ lines: [String]) -> [GridRow] {
    let text = Array(lines.joined(separator: "\n").utf8)
    return FixedWidth.read(text, TableRegionFinder.lines(text)).rows.filter { !$0.label.isEmpty }
}

/// The columns of a fixed-width table are counted in characters (`FixedWidth.tokens`,
/// `displayColumns`), whatever the bytes of each character.
@Suite struct FixedWidthCharacterColumnTests {
    @Test func aTokenIsPlacedByTheCharactersBeforeIt() {
        let s = "Net loss   —   —   (21,793)"
        let text = Array(s.utf8)
        let t = FixedWidth.tokens(text, Span(start: 0, end: text.count))
        #expect(t.map(\.text) == ["Net loss", "—", "—", "(21,793)"])
        // Each em dash is three bytes and one character.
        #expect(t.map(\.x0) == [0, 11, 15, 19])
        #expect(t.map(\.x1) == [8, 12, 16, 27])
        // The byte offsets stay byte offsets.
        #expect(t[3].start == 23)
        #expect(String(decoding: text[t[3].start..<t[3].end], as: UTF8.self) == "(21,793)")
    }

    @Test func aCurrencySignOfSeveralBytesIsOneColumn() {
        let s = "Revenue   €    1,250"
        let text = Array(s.utf8)
        let t = FixedWidth.lineTokens(text, [Span(start: 0, end: text.count)])[0].1
        #expect(t.map(\.text) == ["Revenue", "€    1,250"])
        #expect(FixedWidth.alignedExtent(t[1]) == (15, 20))
    }

    @Test func nilFiguresBeforeAFigureDoNotChainTwoColumns() {
        // Counted in bytes, `(21,793)` would sit four places right of its column and
        // overlap the `Total` column's figures: the two columns would read as one.
        let rows = gridRows([
            line("Balance at start", [("512", 34), ("$ 5", 44), ("(99,809)", 60), ("1,908,286", 70)]),
            line("Net loss", [("—", 34), ("—", 44), ("(21,793)", 60), ("(21,793)", 70)]),
            line("Balance at end", [("512", 34), ("$ 5", 44), ("(121,602)", 60), ("1,886,493", 70)]),
        ])
        #expect(rows.count == 3)
        for r in rows { #expect(r.dataColumns == [1, 2, 3, 4]) }
        #expect(rows[1].text(3) == "(21,793)")
        #expect(rows[1].text(4) == "(21,793)")
        #expect(rows[2].text(4) == "1,886,493")
    }

    @Test func aCurlyQuoteInALabelDoesNotMoveItsFigures() {
        let rows = gridRows([
            line("Total assets", [("9,120", 40), ("8,455", 47)]),
            line("Owners’ and partners’ equity", [("4,010", 40), ("3,876", 47)]),
            line("Total liabilities", [("5,110", 40), ("4,579", 47)]),
        ])
        // Counted in bytes, the second line's `4,010` would overlap the second column.
        #expect(rows.count == 3)
        for r in rows { #expect(r.dataColumns == [1, 2]) }
        #expect(rows[1].label == "Owners’ and partners’ equity")
        #expect(rows[1].text(2) == "3,876")
    }
}

/// A line's figures each take a column of their own, in order (`FixedWidth.oneFigureAColumn`).
@Suite struct FixedWidthOneFigureAColumnTests {
    @Test func aSqueezedRowSpreadsOverItsColumns() {
        let rows = gridRows([
            line("Operating income", [("13,774", 40), ("12,602", 52), ("17,121", 64), ("15,235", 76)]),
            line("Interest expense", indent: 2, [("(182)", 40), ("(167)", 47), ("(366)", 54), ("(341)", 61)]),
            line("Income before income taxes", [("13,631", 40), ("12,513", 52), ("16,845", 64), ("15,128", 76)]),
        ])
        // Unchanged, `(167)` and `(366)` overlap the second column and `(341)` the third.
        #expect(rows.count == 3)
        #expect(rows[1].dataColumns == rows[0].dataColumns)
        #expect(rows[0].dataColumns.count == rows[1].dataColumns.count)
        let columns = rows[1].dataColumns
        #expect(columns.map { rows[1].text($0) ?? "" } == ["(182)", "(167)", "(366)", "(341)"])
        #expect(columns.map { rows[2].text($0) ?? "" } == ["13,631", "12,513", "16,845", "15,128"])
    }

    @Test func linesWhoseFiguresFallInDistinctColumnsKeepTheirPlaces() {
        let a = FixedWidth.Token(start: 0, end: 3, x0: 30, x1: 33, text: "120")
        let b = FixedWidth.Token(start: 10, end: 12, x0: 50, x1: 52, text: "45")
        let cols = [(28, 33), (38, 42), (48, 52)]
        // An empty middle column stays empty.
        #expect(FixedWidth.oneFigureAColumn([a, b], placed: [1, 3], cols: cols) == [1, 3])
    }

    @Test func twoFiguresInOneColumnAreSpreadInOrder() {
        let a = FixedWidth.Token(start: 0, end: 3, x0: 36, x1: 39, text: "120")
        let b = FixedWidth.Token(start: 10, end: 12, x0: 44, x1: 46, text: "45")
        let cols = [(28, 33), (36, 46), (48, 52)]
        // Both overlap the middle column; the second is nearer the last than the first.
        #expect(FixedWidth.oneFigureAColumn([a, b], placed: [2, 2], cols: cols) == [2, 3])
    }

    @Test func aFootnoteMarkerBesideItsFigureIsNoSecondFigure() {
        let a = FixedWidth.Token(start: 0, end: 3, x0: 36, x1: 39, text: "978")
        let m = FixedWidth.Token(start: 5, end: 8, x0: 41, x1: 44, text: "(1)")
        let cols = [(28, 33), (36, 44), (48, 52)]
        #expect(FixedWidth.oneFigureAColumn([a, m], placed: [2, 2], cols: cols) == [2, 2])
    }

    @Test func moreCellsThanColumnsAreLeftAsPlaced() {
        let toks = (0..<3).map { FixedWidth.Token(start: $0 * 4, end: $0 * 4 + 2, x0: 30 + $0 * 3, x1: 32 + $0 * 3, text: "1\($0)") }
        let cols = [(28, 40), (44, 50)]
        #expect(FixedWidth.oneFigureAColumn(toks, placed: [1, 1, 1], cols: cols) == [1, 1, 1])
    }
}

/// Columns measured without the rows that chain them (`FixedWidth.columnsApart`).
@Suite struct FixedWidthColumnsApartTests {
    let normal = [
        line("Balance at start", [("$ 24,028,073", 40), ("$ 21,365,410", 56), ("$ 24,743,567", 72), ("$ 20,588,313", 88)]),
        line("Issuance of stock", indent: 2, [("174,497", 40), ("121,445", 56), ("527,863", 72), ("389,778", 88)]),
        line("Balance at end", [("$ 24,202,570", 40), ("$ 21,486,855", 56), ("$ 25,271,430", 72), ("$ 20,978,091", 88)]),
    ]
    // Squeezed: each figure overlaps the column of the one before and the next.
    let squeezed = line("Treasury balance", [("$(16,754,929)", 40), ("$ (8,934,056)", 54), ("$(13,171,638)", 68), ("$ (6,922,200)", 82)])

    @Test func aSqueezedRowDoesNotChainTheColumnsOfTheOthers() {
        let rows = gridRows(normal + [squeezed])
        #expect(rows.count == 4)
        for r in rows { #expect(r.dataColumns == [1, 2, 3, 4]) }
        #expect(rows[3].text(2) == "$ (8,934,056)")
        #expect(rows[3].text(3) == "$(13,171,638)")
        #expect(rows[3].text(4) == "$ (6,922,200)")
        #expect(rows[2].text(3) == "$ 25,271,430")
    }

    @Test func aRowPushedRightByItsLabelDoesNotChainTheColumns() {
        // The last row is printed off the others' grid: its first figure sits across two of
        // their columns. Once merged, every other row puts two figures into one column; the
        // off-grid row is the one measured apart.
        let rows = gridRows([
            line("Net income", [("19,743", 40), ("17,273", 51), ("14,957", 62)]),
            line("Share-based compensation", indent: 2, [("850", 40), ("765", 51), ("602", 62)]),
            line("Deferred income taxes", indent: 2, [("(100)", 40), ("(483)", 51), ("(336)", 62)]),
            line("Increase in cash", [("(12,227)", 46), ("1,613", 58), ("578", 62)]),
        ])
        #expect(rows.count == 4)
        for r in rows.prefix(3) { #expect(r.dataColumns == [1, 2, 3]) }
        #expect(rows[1].text(2) == "765")
        #expect(rows[3].dataColumns.count == 3)
        let lines = [
            FixedWidth.FigureLine(figures: [(34, 40), (45, 51), (56, 62)], markers: [], dashes: []),
            FixedWidth.FigureLine(figures: [(37, 40), (48, 51), (59, 62)], markers: [], dashes: []),
            FixedWidth.FigureLine(figures: [(49, 58), (64, 70), (72, 75)], markers: [], dashes: []),
        ]
        #expect(FixedWidth.bridgingLines(lines) == [false, false, true])
    }

    @Test func columnsStayMergedWhenEveryRowChainsThem() {
        // Nothing to measure the columns on: they are left as merged.
        let lines = [FixedWidth.FigureLine(figures: [(30, 40), (43, 56), (55, 68)], markers: [], dashes: [])]
        #expect(FixedWidth.columnsApart(lines).count == 2)
    }

    @Test func aFootnoteMarkerPrintedApartChainsNothing() {
        let lines = [
            FixedWidth.FigureLine(figures: [(30, 40), (50, 55), (56, 59)], markers: [2], dashes: []),
            FixedWidth.FigureLine(figures: [(30, 40), (52, 58)], markers: [], dashes: []),
        ]
        #expect(FixedWidth.columnsApart(lines).count == 2)
    }
}

/// Columns of words among the columns of figures (`FixedWidth.wordColumns`).
@Suite struct FixedWidthWordColumnTests {
    func notes(_ n: Int) -> [String] {
        let dates = [("October 2017", "April 2028"), ("April 2018", "November 2028"), ("May 2019", "June 2030"), ("August 2024", "August 2034")]
        return (0..<n).map { i in
            let (issued, due) = dates[i % dates.count]
            // Dates centred in their columns, as a converter prints them.
            var s = line("Senior Notes \(i + 1)", [("1,\(600 + i)", 34), ("1,\(500 + i)", 46)])
            let pad1 = 60 - issued.count / 2 - s.count
            s += String(repeating: " ", count: pad1) + issued
            let pad2 = 78 - due.count / 2 - s.count
            s += String(repeating: " ", count: pad2) + due
            let fig = "1,\(700 + i)"
            s += String(repeating: " ", count: 96 - fig.count - s.count) + fig
            return s
        }
    }

    @Test func datesBetweenFiguresAreColumnsOfTheirOwn() {
        let rows = gridRows(notes(4))
        #expect(rows.count == 4)
        for r in rows { #expect(r.dataColumns == [1, 2, 3, 4, 5]) }
        #expect(rows[0].text(2) == "1,500")
        #expect(rows[0].text(3) == "October 2017")
        #expect(rows[1].text(4) == "November 2028")
        #expect(rows[3].text(5) == "1,703")
    }

    @Test func wordsOnFewerLinesStayWithTheirCells() {
        // Two lines of three with figures are no column: their words are placed as before.
        let rows = gridRows(notes(2) + [line("Senior Notes 9", [("1,650", 34), ("1,550", 46), ("1,750", 96)])])
        #expect(rows.count == 3)
        #expect(!rows[0].dataColumns.contains(5))
    }

    @Test("a table of two lines with words between figures on both has a column of words")
    func wordsOnBothLinesOfATwoLineTable() {
        let rows = gridRows(notes(2))
        #expect(rows.count == 2)
        #expect(rows[0].dataColumns == [1, 2, 3, 4, 5])
        #expect(rows[0].text(3) == "October 2017")
        #expect(rows[1].text(5) == "1,701")
    }
}

/// Footnote markers printed a few places after their figures, a nil figure's too, make no
/// column (`FixedWidth.markersBesideFigures`, `NumberParser.markedDash`).
@Suite struct FixedWidthMarkerColumnTests {
    @Test("a column of markers after figures joins them; a column of small negatives stays")
    func markersJoinTheirFigures() {
        let rows = gridRows([
            line("Series A preferred", [("—", 34), ("(2)", 40), ("100.0000", 52), ("9", 64)]),
            line("Series B preferred", [("2", 34), ("1.0030", 52), ("2", 64)]),
            line("Class B common", [("5", 34), ("1.5653", 52), ("(3)", 57), ("8", 64)]),
            line("Class C common", [("10", 34), ("4.0000", 52), ("39", 64)]),
        ])
        #expect(rows.count == 4)
        for r in rows { #expect(r.dataColumns.allSatisfy { $0 <= 3 }) }
        #expect(rows[0].text(1) == "— (2)")
        #expect(rows[0].text(2) == "100.0000")
        #expect(rows[2].text(2) == "1.5653 (3)")
        #expect(rows[2].text(3) == "8")
        // `(2)` among other figures of its column is a figure.
        let negatives = gridRows([
            line("Other gains", [("15", 34), ("(2)", 40), ("13", 52)]),
            line("Other losses", [("4", 34), ("7", 40), ("11", 52)]),
            line("Other items", [("3", 34), ("(9)", 40), ("(6)", 52)]),
        ])
        #expect(negatives[0].text(2) == "(2)")
        #expect(negatives.allSatisfy { $0.dataColumns == [1, 2, 3] })
    }
}

/// A label-zone text column whose cells end right where the first column's currency signs
/// start (`FixedWidth.labelZoneTextColumn`: cells ending at the label zone's edge are in it).
@Suite struct TextColumnAtTheLabelEdgeTests {
    @Test("a text cell ending where the first column's currency sign starts is the text column's")
    func textCellEndingAtTheSigns() throws {
        let doc = try processed(text: """
            The following table summarizes the amounts and location of derivative instruments:

                                                                Derivatives in asset position                        Derivatives in liability position
                                                         Balance sheet                                         Balance sheet
            as of December 31 (in millions)                 caption                2024         2023              caption                   2024          2023
            Foreign currency forward exchange
            contracts
                                                       Prepaid expenses and                                 Accounts payable and
                 Designated as cash flow hedges                       other $         119 $            12       accrued liabilities $              5 $           32
                                                       Prepaid expenses and                                 Accounts payable and
                 Designated as net investment hedges                  other               4            13       accrued liabilities                —             66
                                                                                                                 Other long-term
                 Designated as net investment hedges            Other assets          148              —                liabilities                —             69
                                                       Prepaid expenses and                                 Accounts payable and
                Not designated as hedges                               other              42           41       accrued liabilities                30            36
            Interest rate swap contracts
                                                                                                                  Other long-term
                 Designated as fair value hedges                Other assets              —            —                 liabilities              231            293
            Total derivatives                                                  $      313 $            66                              $          266 $          496


            """)
        expectTextColumnRead(doc)
    }

    /// The same table read from the PDF by word positions: the total's `$` a place left of the
    /// other rows' signs, so the text cells end a place past the zone's edge.
    @Test("a text cell ending a place past the first column's leftmost currency sign is the text column's")
    func textCellEndingAPlacePastTheSigns() throws {
        let doc = try processed(text: """
            The following table summarizes the amounts and location of derivative instruments:

                                                      Derivatives in asset position            Derivatives in liability position
                                                 Balance sheet                            Balance sheet
            as of December 31 (in millions)         caption        2024       2023           caption        2024       2023
            Foreign currency forward exchange
            contracts
                                               Prepaid expenses and                     Accounts payable and
               Designated as cash flow hedges               other $    119 $       12       accrued liabilities $  5 $      32
                                               Prepaid expenses and                     Accounts payable and
               Designated as net investment hedges          other        4         13       accrued liabilities  —          66
                                                                                             Other long-term
               Designated as net investment hedges    Other assets     148         —              liabilities    —          69
                                               Prepaid expenses and                     Accounts payable and
               Not designated as hedges                     other       42         41       accrued liabilities  30         36
            Interest rate swap contracts
                                                                                             Other long-term
               Designated as fair value hedges        Other assets      —          —              liabilities   231        293
            Total derivatives                                   $      313 $       66                    $      266 $      496


            """)
        expectTextColumnRead(doc)
    }

    func expectTextColumnRead(_ doc: WorkingDocument, sourceLocation: SourceLocation = #_sourceLocation) {
        let cells = doc.tables.flatMap(\.cells)
        let labels = Set(cells.filter { $0.value != nil }.map(\.rowLabel))
        #expect(labels.contains("Designated as cash flow hedges"), sourceLocation: sourceLocation)
        #expect(labels.contains("Designated as net investment hedges"), sourceLocation: sourceLocation)
        #expect(labels.contains("Not designated as hedges"), sourceLocation: sourceLocation)
        #expect(!labels.contains { $0.hasSuffix(" other") || $0.hasSuffix("Other assets") }, sourceLocation: sourceLocation)
        #expect(cells.contains { $0.rowLabel == "Designated as net investment hedges" && $0.value == 148 }, sourceLocation: sourceLocation)
    }
}

/// Dashes and `n/a` printed for a value are nil figures (`FixedWidth.isNilFigure`): centred
/// in their column, they place no column edge, and left of the first column's figures they
/// are still a cell of the row, not the end of its label.
@Suite struct FixedWidthNilFigureTests {
    @Test func aDashLeftOfTheFirstColumnsFiguresIsACellNotLabel() {
        // The dash ends two characters left of the first column's figures.
        let rows = gridRows([
            line("Cash and cash equivalents", [("1,247,613", 44), ("1,137,141", 58)]),
            line("Other borrowings", [("—", 33), ("125,000", 58)]),
            line("Total", [("1,247,613", 44), ("1,262,141", 58)]),
        ])
        #expect(rows.count == 3)
        for r in rows { #expect(r.dataColumns.allSatisfy { $0 <= 2 }) }
        #expect(rows[1].label == "Other borrowings")
        #expect(rows[1].text(1) == "—")
        #expect(rows[1].text(2) == "125,000")
        #expect(rows[0].text(1) == "1,247,613")
    }

    @Test func aColumnOfDashesKeepsItsColumnBesideASqueezedRowsFigure() {
        // The third row's fair value is printed three characters right of the losses' dashes.
        let rows = gridRows([
            line("Cash", [("4,866,753", 20), ("—", 34), ("4,866,753", 50), ("4,864,207", 64)]),
            line("Funds", [("2,676,314", 20), ("—", 34), ("2,676,314", 50), ("2,676,256", 64)]),
            line("Deposits", [("301,374", 20), ("—", 34), ("301,374", 44), ("264,270", 64)]),
        ])
        #expect(rows.count == 3)
        for r in rows { #expect(r.dataColumns == [1, 2, 3, 4]) }
        #expect(rows[2].text(2) == "—")
        #expect(rows[2].text(3) == "301,374")
        #expect(rows[1].text(3) == "2,676,314")
    }

    @Test func dashesOpenAColumnOnlyWhereTheyOutnumberTheFiguresNearThem() {
        // One dash left of a column of figures: no column of its own.
        #expect(FixedWidth.placedDashes([(47, 48)], among: [(51, 56), (52, 56)]).count == 2)
        // A column of three dashes with one figure drifting near it: a column of its own.
        #expect(FixedWidth.placedDashes([(33, 34), (33, 34), (33, 34)], among: [(37, 44)]).count == 4)
        #expect(FixedWidth.isNilFigure(FixedWidth.Token(start: 0, end: 3, x0: 0, x1: 1, text: "—")))
        #expect(FixedWidth.isNilFigure(FixedWidth.Token(start: 0, end: 3, x0: 0, x1: 3, text: "n/a")))
        #expect(!FixedWidth.isNilFigure(FixedWidth.Token(start: 0, end: 3, x0: 0, x1: 3, text: "125")))
    }
}

/// Rows that each print one figure a column, drifted apart line by line
/// (`FixedWidth.sameCountColumns`).
@Suite struct FixedWidthSameCountColumnsTests {
    /// Each line set on a pitch of its own: the further right, the further a row's figures
    /// drift from the others', until the measured columns are more than the rows print.
    let drifted = [
        line("", [("Three Months Ended", 60), ("Six Months Ended", 92)]),
        line("", [("2025", 50), ("2024", 62), ("2025", 80), ("2024", 94)]),
        line("Revenues", [("$ 11,079", 52), ("$ 9,559", 64), ("$ 21,621", 82), ("$ 18,929", 96)]),
        line("Interest expense", indent: 2, [("(182)", 50), ("(167)", 57), ("(366)", 64), ("(341)", 71)]),
        line("Net income", [("3,125", 51), ("2,147", 60), ("6,015", 70), ("4,479", 80)]),
        line("Diluted shares", [("434", 53), ("439", 66), ("435", 84), ("440", 98)]),
    ]

    @Test func driftedRowsKeepOneFigureAColumn() {
        let text = Array(drifted.joined(separator: "\n").utf8)
        let rows = FixedWidth.read(text, TableRegionFinder.lines(text)).rows
        let data = rows.filter { !$0.label.isEmpty }
        #expect(data.count == 4)
        for r in data { #expect(r.dataColumns == [1, 2, 3, 4]) }
        #expect(data[1].text(3) == "(366)")
        #expect(data[2].text(2) == "2,147")
        #expect(data[3].text(4) == "440")
        // The years head one column each, in order.
        let years = rows.first { $0.label.isEmpty && $0.text(1) == "2025" }
        #expect(years?.text(2) == "2024")
        #expect(years?.text(3) == "2025")
        #expect(years?.text(4) == "2024")
    }

    @Test func rowsFillingDifferentColumnsOfAWiderHeaderKeepTheirColumns() {
        // Each row prints two figures, but the header names four columns: the rows fill
        // different columns of the table, not one figure a column each.
        let rows = gridRows([
            line("", [("Notional", 40), ("Fair value", 54), ("Notional", 68), ("Fair value", 82)]),
            line("Swaps", [("1,200", 40), ("15", 54)]),
            line("Forwards", [("800", 40), ("7", 54)]),
            line("Options", [("300", 68), ("4", 82)]),
            line("Caps", [("250", 68), ("2", 82)]),
        ])
        #expect(rows.count == 4)
        #expect(rows[0].dataColumns == [1, 2])
        #expect(rows[2].dataColumns == [3, 4])
        #expect(rows[3].text(3) == "250")
    }

    @Test func theOrdinalColumnsNeedAHeaderNamingThem() {
        let lines = [
            FixedWidth.FigureLine(figures: [(30, 36), (40, 44)], markers: [], dashes: []),
            FixedWidth.FigureLine(figures: [(33, 39), (45, 49)], markers: [], dashes: []),
            FixedWidth.FigureLine(figures: [(36, 42), (50, 54)], markers: [], dashes: []),
        ]
        let measured = [(30, 39), (40, 44), (45, 54)]
        #expect(FixedWidth.sameCountColumns(measured, lines, header: [[(32, 36), (48, 52)]]).count == 2)
        #expect(FixedWidth.sameCountColumns(measured, lines, header: []).count == 3)
        #expect(FixedWidth.sameCountColumns(measured, lines, header: [[(30, 33), (38, 41), (50, 53)]]).count == 3)
    }
}

/// Spanning period headings read over the column names below them, not over the figures
/// (`FixedWidth.headingsOverNamedColumns`).
@Suite struct FixedWidthHeadingsOverNamedColumnsTests {
    func header(_ lines: [String]) -> [GridRow] {
        let text = Array(lines.joined(separator: "\n").utf8)
        return FixedWidth.read(text, TableRegionFinder.lines(text)).rows.filter { $0.label.isEmpty }
    }

    @Test func aHeadingHeadsTheColumnsWhoseNamesItHolds() {
        // The figures drift right of the header: by the figures' centres the second column is
        // nearer `Six Months Ended`, by its year it is under `Three Months Ended`.
        let rows = header([
            line("", [("Three Months Ended June 30,", 91), ("Six Months Ended June 30,", 124)]),
            line("", [("2025", 70), ("2024", 87), ("2025", 106), ("2024", 121)]),
            line("Contractual interest expense", [("$              140", 81), ("$              430", 102), ("$           284", 120), ("$               861", 138)]),
            line("Amortization of issuance costs", [("77", 81), ("502", 102), ("577", 120), ("1,002", 138)]),
            line("Total interest expense", [("$              217", 81), ("$              932", 102), ("$           861", 120), ("$             1,863", 138)]),
        ])
        let top = rows.first
        #expect(top?.text(1) == "Three Months Ended June 30,")
        #expect(top?.spanEnds?[1] == 2)
        #expect(top?.text(3) == "Six Months Ended June 30,")
        #expect(top?.spanEnds?[3] == 4)
    }

    @Test func headingsHoldingSomeNamesOnlyKeepTheirColumns() {
        // `2024 vs. 2023` heads one change column each; the amounts' years stand apart, under
        // no heading.
        func tok(_ s: String, _ x0: Int) -> FixedWidth.Token {
            FixedWidth.Token(start: x0, end: x0 + s.utf8.count, x0: x0, x1: x0 + s.count, text: s)
        }
        let units = [
            [tok("2024", 80), tok("2023", 96)],
            [tok("2024", 32), tok("2023", 48), tok("2022", 64), tok("2023", 80), tok("2022", 96)],
        ]
        var spans = [[(4, 4), (5, 5)], [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]]
        FixedWidth.headingsOverNamedColumns(units, &spans, columns: 5)
        #expect(spans[0].map(\.0) == [4, 5] && spans[0].map(\.1) == [4, 5])
        // Held, the names go to their headings.
        let held = [[tok("Three Months Ended", 30), tok("Six Months Ended", 60)],
                    [tok("2025", 32), tok("2024", 44), tok("2025", 62), tok("2024", 72)]]
        var heldSpans = [[(1, 1), (2, 4)], [(1, 1), (2, 2), (3, 3), (4, 4)]]
        FixedWidth.headingsOverNamedColumns(held, &heldSpans, columns: 4)
        #expect(heldSpans[0].map(\.0) == [1, 3] && heldSpans[0].map(\.1) == [2, 4])
    }
}
