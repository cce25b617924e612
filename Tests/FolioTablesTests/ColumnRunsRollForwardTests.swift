import FolioModel
import FolioNormalize
import FolioRead
@testable import FolioTables
import FolioTestSupport
import Testing

/// A pension note's schedule printed in reading order (#17): two roll-forwards each under a
/// heading without a colon over a bare opening row (`ColumnRuns.headsARollForward`), a row
/// label printed over two lines that normalization joins (`WorkingDocument.joinsLines`: a band
/// may end at it), a third heading the bands place (`headingByBands`) once a net may close a
/// band (`netClosesABand`, checked by `netsAddUp`). Inputs written for them (a made-up company).
@Suite struct ColumnRunsRollForwardTests {
    /// Read, normalize and tables: the label joined from two printed lines is known as such
    /// only through normalization's record of its joins.
    static func doc(_ text: String) throws -> WorkingDocument {
        try TestPipeline.run([ReadStage(options: StageOptions()), NormalizeStage(options: StageOptions()),
                              TablesStage(options: StageOptions())], text: text)
    }

    static func row(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }.map(\.raw)
    }

    /// The schedule's labels; `net` is the label of the balance sheet amounts' net.
    static func labels(net: String = "Net amount recognized") -> String {
        """
        Retirement Plans
        (in millions)
        Benefit obligation
        Beginning of year
        Service cost
        Interest cost
        Actuarial (gain) loss
        Benefits paid
        Foreign currency translation and other
        adjustments
        End of year
        Plan assets
        Beginning of year
        Actual return on plan assets
        Employer contributions
        Benefits paid
        Currency translation and other
        changes
        End of year
        Funded status, end of year
        Amounts recognized in the balance sheet
        Noncurrent assets
        Current liabilities
        Noncurrent liabilities
        \(net)
        Net actuarial loss
        Prior service cost
        Accumulated other comprehensive loss

        """
    }

    /// The runs, band by band, each band column by column; `net2031` is the net's first
    /// figure (`(65)` adds up).
    static func runs(net2031: String = "(65)") -> String {
        """
        2031
        $
        1,000
        50
        40
        (30)
        (60)

        2030
        $
        980
        45
        38
        20
        (55)

        10
        1,010

        (28)
        1,000

        900
        80
        20
        (60)

        850
        60
        40
        (55)

        5
        945
        (65)

        5
        900
        (100)

        15
        (10)
        (70)
        \(net2031)

        10
        (12)
        (98)
        (100)

        120
        5
        125

        150
        6
        156

        See accompanying notes.

        """
    }

    @Test func pensionScheduleReadWhole() throws {
        let doc = try Self.doc(Self.labels() + "\n" + Self.runs())
        let t = try #require(doc.tables.first { !Self.row($0, "Employer contributions").isEmpty })
        #expect(t.nRows == 21)
        #expect(Self.row(t, "Service cost") == ["50", "45"])
        #expect(Self.row(t, "Foreign currency translation and other adjustments") == ["10", "(28)"])
        #expect(Self.row(t, "Currency translation and other changes") == ["5", "5"])
        #expect(Self.row(t, "Actual return on plan assets") == ["80", "60"])
        #expect(Self.row(t, "Funded status, end of year") == ["(65)", "(100)"])
        #expect(Self.row(t, "Noncurrent liabilities") == ["(70)", "(98)"])
        #expect(Self.row(t, "Net amount recognized") == ["(65)", "(100)"])
        #expect(Self.row(t, "Accumulated other comprehensive loss") == ["125", "156"])
        // The headings take no figure.
        for heading in ["Benefit obligation", "Plan assets", "Amounts recognized in the balance sheet"] {
            #expect(Self.row(t, heading).isEmpty)
        }
    }

    /// Guard: the net does not add up in one column (`(75)` where the rows above sum to
    /// `(65)`, beyond the figures' rounding): no band may end after it, and the schedule stays
    /// text rather than be read on a guess.
    @Test func aNetThatDoesNotAddUpClosesNoBand() throws {
        let doc = try Self.doc(Self.labels() + "\n" + Self.runs(net2031: "(75)"))
        #expect(!doc.tables.contains { !Self.row($0, "Employer contributions").isEmpty })
        #expect(doc.diagnostics.contains { $0.code == "tables.column_runs_unreconciled" })
    }

    /// Guard: the same figures under a last row that is no net (`Amount recognized`) close no
    /// band after it either.
    @Test func aRowThatIsNoNetClosesNoBand() throws {
        let doc = try Self.doc(Self.labels(net: "Amount recognized") + "\n" + Self.runs())
        #expect(!doc.tables.contains { !Self.row($0, "Employer contributions").isEmpty })
    }

    @Test func bareOpeningRows() {
        for s in ["Beginning of period", "Beginning of year", "Balance at beginning of year", "Beginning balances",
                  "Opening balance", "Balance, beginning of the fiscal year"] {
            #expect(ColumnRuns.isBareOpening(s), "\(s)")
        }
        for s in ["Cash and equivalents, beginning of year", "End of period", "Balance at end of year", "Beginning",
                  "Benefit obligation at beginning of year", "Opening remarks"] {
            #expect(!ColumnRuns.isBareOpening(s), "\(s)")
        }
    }

    static func labelled(_ texts: [String]) -> [ColumnRuns.Label] {
        texts.map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) }
    }

    @Test func headingsOverRollForwards() {
        let l = Self.labelled(["Benefit obligation", "Beginning of year", "Service cost", "End of year",
                               "Net change in cash", "Cash, beginning of year", "Cash, end of year",
                               "Total liabilities", "Beginning of year", "End of year"])
        #expect(l.indices.filter { ColumnRuns.headsARollForward(l, $0) } == [0])
        // No closing row later: no roll-forward.
        let open = Self.labelled(["Plan assets", "Beginning of year", "Actual return on plan assets"])
        #expect(!ColumnRuns.headsARollForward(open, 0))
    }

    @Test func netsCloseBandsExceptOverPerShareRows() {
        let l = Self.labelled(["Net sales", "Other assets", "Other liabilities", "Net asset (obligation)", "Net actuarial loss",
                               "Revenue", "Costs", "Net income", "Basic earnings per share",
                               "Revenue", "Costs", "Net income", "Weighted-average shares outstanding",
                               "Revenue", "Network costs", "Net loss", "Total", "Net sales"])
        #expect(l.indices.filter { ColumnRuns.netClosesABand(l, $0) } == [3, 15])
    }
}
