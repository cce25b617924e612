import FolioModel
@testable import FolioTables
import Testing

/// Reading-order tables under a lead-in sentence that ends with the units note, joined with
/// the rest of its paragraph into one long line (`ColumnRuns.leadInAbove`, #17). Inputs
/// written for them (a made-up company).
@Suite struct ColumnRunsLeadInAboveTests {
    static let paragraph = """
        Segment assets exclude corporate assets, such as cash, marketable securities and tax \
        assets. Technology assets are allocated among the segments based on usage. Total segment \
        assets reconciled to consolidated amounts are as follows (in millions):
        """

    /// A table printed row by row, its first row's label apart from its figures.
    static let rows = """
        December 31,
        2029

        North

        $

        2030

        1,268

        $

        1,029

        $

        1,120

        South

        666

        718

        687

        West

        891

        533

        953

        Central

        1,250

        1,574

        1,334

        Consolidated

        $

        4,075

        $

        3,854

        $

        4,094

        """

    /// The note at the end of the long paragraph line scales the rows below it.
    @Test func noteEndingTheParagraphScalesTheTable() throws {
        let doc = try processed(text: Self.paragraph + "\n" + Self.rows)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        #expect(t.cells.contains { $0.rowLabel == "West" && $0.value == 533 })
    }

    /// The note in thousands over a table printed row by row under its header's years; and
    /// (guard) over a table printed column by column, whose lead-in the lookback above the
    /// labels reads as before.
    @Test func leadInInThousands() throws {
        let long = """
            Deposits are held with our landlords and returned at the end of each lease. Deferred \
            costs are amortized over the term of the contracts they relate to. Other assets \
            consisted of the following (in thousands):
            """
        let rows = """
            2030

            Deposits

            $

            1,200

            2029

            $

            1,100

            Prepaid software

            3,400

            3,000

            Deferred costs

            2,100

            1,900

            Total other assets

            6,700

            6,000

            """
        let columns = """
            Deposits
            Prepaid software
            Deferred costs
            Total other assets

            June 30,
            2030

            1,200
            3,400
            2,100
            6,700

            December 31,
            2029

            1,100
            3,000
            1,900
            6,000

            """
        for body in [rows, columns] {
            let doc = try processed(text: long + "\n\n" + body)
            let t = try #require(doc.tables.first)
            #expect(t.units.scale == 1_000)
            #expect(t.cells.contains { $0.rowLabel == "Deferred costs" && $0.value == 1_900 })
        }
    }

    /// Guard: a paragraph that ends with a sentence, or with a parenthesis that states no
    /// units (`(see Note 5):`), still ends the search: the table states no scale.
    @Test func paragraphWithoutANoteStatesNoScale() throws {
        let sentence = Self.paragraph.replacingOccurrences(of: " are as follows (in millions):", with: " are shown below.")
        let reference = Self.paragraph.replacingOccurrences(of: "(in millions):", with: "(see Note 5):")
        for above in [sentence, reference] {
            let doc = try processed(text: above + "\n" + Self.rows)
            let t = try #require(doc.tables.first)
            #expect(t.units.scale == nil)
        }
    }
}

/// Reading-order tables under the header's period line that holds the units note among its
/// words (`ColumnRuns.periodLineNote`, #17). Inputs written for them (a made-up company).
@Suite struct ColumnRunsPeriodLineNoteTests {
    /// A cash flow statement's later section read row by row, its first row printed apart
    /// (`$` lines, years) between the period line and the rows paired.
    static func statement(_ periodLine: String) -> String {
        """
        Statements of Cash Flows
        \(periodLine)
        Cash flows from financing activities
        Proceeds from borrowings

        2031

        $

        900

        2030

        $

        —

        Repayments of borrowings

        (400)

        (250)

        Dividends paid

        (120)

        (110)

        Purchases of treasury stock

        (75)

        (60)

        Net cash used in financing activities

        305

        (420)

        """
    }

    /// `years ended December 31 (in millions) (brackets denote cash outflows)`: the note
    /// among the words, a remark after it.
    @Test func periodLineWithARemarkScalesTheRows() throws {
        let doc = try processed(text: Self.statement("years ended December 31 (in millions) (brackets denote cash outflows)"))
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        #expect(t.cells.contains { $0.rowLabel == "Dividends paid" && $0.value == -110 })
    }

    /// `as of December 31 (in thousands, except share data) (unaudited)`: the line opens with
    /// `as of`, a remark after the note.
    @Test func asOfLineInThousands() throws {
        let doc = try processed(text: Self.statement("as of December 31 (in thousands, except share data) (unaudited)"))
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000)
    }

    /// Guard: a period line whose parentheses state no units (`(unaudited)`, `(restated)`)
    /// states no scale, and neither does a line naming no period (`Cash flows (in millions) (see
    /// Note 4)` is a row's label as often as a header).
    @Test func noNoteOrNoPeriodStatesNoScale() throws {
        for line in ["years ended December 31 (unaudited) (restated)", "Cash flows (in millions) (see Note 4)"] {
            let doc = try processed(text: Self.statement(line))
            let t = try #require(doc.tables.first)
            #expect(t.units.scale == nil)
        }
    }
}

/// Bytes that are no UTF-8 in a lead-in line: its note's offset would not be a byte offset,
/// so the line is no caption (no span past the line; `ColumnRuns.leadInAbove`).
@Suite struct ColumnRunsCaptionAboveBadBytesTests {
    @Test func badBytesGiveNoCaption() {
        let text = Array("Net sales by region are as follows ".utf8) + [0xFF, 0xFE, 0xFD] + Array(" (in millions):".utf8)
        #expect(ColumnRuns.leadInAbove(text, 0..<text.count) == nil)
        let good = Array("Net sales by region are as follows (in millions):".utf8)
        let note = ColumnRuns.leadInAbove(good, 0..<good.count)
        #expect(note?.text == "(in millions)")
        #expect(note.map { Array(good[$0.span.range]) } == Array("(in millions):".utf8))
    }
}
