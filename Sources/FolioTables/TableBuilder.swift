public import FolioModel

/// What the text around a table says about it.
public struct TableContext: Sendable, Hashable {
    public var title: String?
    public var units: StatedUnits
    /// The sentence printed right above the table (`Lookback.leadInSentence`), which the
    /// period resolver reads for a date nothing in the table states.
    public var leadIn: String?
    public init(title: String? = nil, units: StatedUnits = StatedUnits(), leadIn: String? = nil) {
        self.title = title
        self.units = units
        self.leadIn = leadIn
    }
}

/// A table built from grid rows, with what the builder noticed.
public struct BuiltTable: Sendable {
    public var table: Table
    /// (severity, code, message, span)
    public var notes: [(Severity, String, String, Span?)]
    /// Header texts as printed (for recognising a continuation with repeated headers).
    public var headerKey: [[String]]
    /// The units the table was built with: its context's, or its header cells'.
    public var stated: StatedUnits = StatedUnits()
}

/// One data row after label repair.
struct DataRow {
    var label: String
    var path: [String]
    var cells: [Int: GridCell]
    var numbers: [Int: ParsedNumber]
    var span: Span
    var isTotal: Bool
    /// Ids of the groups open over this row, outermost first.
    var groups: [Int]
    /// The group this total row closes.
    var closes: Int?
    var unlabeled: Bool
    /// The rule that put the row under its path's headings (`cells.row_path_rule`).
    var pathRule: RowPathRule = .topLevel
    /// How its label was joined from lines (`cells.label_rule`); nil for one line.
    var labelRule: LabelRule? = nil
    /// Its figures are percentages marked on its group's first row (`percentOnFirstRow`).
    var percentMarkedAbove = false
}

/// Turns grid rows into a `Table`: header rows and spanning headers, row labels and groups,
/// typed cells, then arithmetic checks.
public enum TableBuilder {
    /// **Label continued under its figures.** A fixed-width row whose label is printed on
    /// its figures' line and goes on, indented deeper, on the lines below it:
    ///
    ///     Common stock, $0.01 par value; 500 shares authorized; 230 and        2        2
    ///        228 shares issued and outstanding, respectively
    ///     Treasury stock, at cost                                            (40)     (35)
    ///
    /// Row `i` (a label without figures) continues the label `above` of the data row printed
    /// just over it (at indentation `aboveIndent`) when it is indented deeper than that label
    /// and the label goes on into it (`LabelText.wraps`: ends with a comma or a connector,
    /// or row `i` starts in lowercase). Printed at the label's own indentation, it continues
    /// it only when it starts in lowercase or with `$` (no row label or heading does), or
    /// when the label above is plainly cut (`LabelText.goesOn`: it ends with a comma or a
    /// connector word):
    ///
    ///     Amount excluded from assessment of effectiveness
    ///     and recognized in earnings based on amortization        —       (14,802)
    ///     approach
    ///
    ///     Net change, net of income tax benefit of $272 million,   (913,035)    98,011
    ///     $(29) million, respectively
    ///     Total amounts presented in the                          $ 11,079   $ 5,325
    ///     Consolidated Statements of Operations
    ///
    /// It is instead the first line of a later row's
    /// wrapped label (`FixedWidth.isWrappedLabel`) when it and the label-only lines after
    /// it go on, each at its indentation or deeper, into a row with figures; a heading
    /// ending in `:` continues nothing.
    static func continuesLabel(_ above: String, aboveIndent: Int, _ rows: [GridRow], _ i: Int) -> Bool {
        let r = rows[i]
        guard !above.isEmpty, let indent = r.indent,
              indent > aboveIndent || (indent == aboveIndent && (LabelText.isLowerStart(r.label) || r.label.hasPrefix("$") || LabelText.goesOn(above))),
              !r.blankBefore,
              !r.label.hasSuffix(":"), LabelText.wraps(above, into: r.label) else { return false }
        var k = i
        while k + 1 < rows.count, !rows[k + 1].blankBefore, let ni = rows[k + 1].indent, ni >= indent,
              LabelText.wraps(rows[k].label, into: rows[k + 1].label) {
            if !rows[k + 1].dataColumns.isEmpty { return false }
            k += 1
        }
        return true
    }

    /// **Heading over rows one column in.** A label-only line whose next line is printed one
    /// column deeper is the first line of a label with a hanging indent, or a heading over
    /// rows a converter indented by one column (`pdftotext -layout` keeps the HTML's small
    /// indents as one space):
    ///
    ///     Treasury shares issued for other share-        wrapped: the label goes on
    ///      based plans, net                       (6)    22
    ///
    ///     Liabilities and equity                        a heading, then a heading
    ///      Current liabilities
    ///      Current portion of long-term debt     6,804   7,191
    ///
    /// The line below goes on from `label` unless it starts a name of its own among
    /// siblings: it starts with a capitalized word (`Current liabilities`, `Operating`) and
    /// the line after it is printed at its indentation (`nextHasSibling`: the heading's next
    /// row, or a heading under it). A label's later line begins in lowercase, with a figure,
    /// a parenthesis or an ALL CAPS word (`OCI into income`), or, in a Title Case label, with
    /// a capitalized word that the label's next row does not follow at its indentation:
    ///
    ///       Total Domestic Retail
    ///        Stores                     1,996    2,191
    ///
    /// A heading ending in `:` and an ALL CAPS heading go on into nothing this way.
    ///
    /// **Sentence-case heading over one row.** A label in sentence case (a lowercase word
    /// after its first, `LabelText.isSentenceCase`) that does not go on (`LabelText.wraps`:
    /// no comma, connector or open parenthesis at its end) is whole; a capitalized line one
    /// column deeper is a row under it, though no sibling follows:
    ///
    ///     Accrued expenses and other current liabilities
    ///      Cash flow hedges                              $    913   $    584
    ///
    /// A Title Case label (`Total Domestic Retail` + `Stores`) or one that goes on (`Net
    /// earnings attributable to` + `Parent Inc.`) still takes the line.
    static func hangingContinues(_ label: String, into next: String, nextHasSibling: Bool) -> Bool {
        guard !label.hasSuffix(":"), !LabelText.isAllCaps(label) else { return false }
        guard LabelText.startsCapitalizedWord(next) else { return true }
        return !nextHasSibling && (LabelText.wraps(label, into: next) || !LabelText.isSentenceCase(label))
    }

    /// **A label cut at the label column's width.** A converter wraps a row label where its
    /// next word would not fit the label column, and prints the rest on the next line at the
    /// same indentation, capitalized or not:
    ///
    ///     Corporate debt securities                    $  4,809   $  —    $ (12)
    ///     Debt securities issued by the United States
    ///     Treasury                                        4,185       1     (44)
    ///     Debt securities issued by United States
    ///     government agencies                             1,836       —      (2)
    ///
    /// A label-only line is the first line of the row below when the first word of that row,
    /// after a space, would run past the widest label line of the table (`width`,
    /// indentation included): no line of the column is that long, so the label was cut there.
    /// Only at the same indentation, with no blank line between, into a row with figures, and
    /// for a line that is no heading form (ending in `:`, ALL CAPS) nor an item of a
    /// computation (`Less: ...`). A heading keeps its rows: when the row below is followed by
    /// a sibling with figures (`Amounts recognized on the consolidated balance sheets` over
    /// `Other assets`, `Accounts payable ...`), the line heads them, however wide, unless a
    /// name was cut (`nameCutAtWidth`).
    static func cutAtWidth(_ label: String, indent: Int?, next: GridRow, after: GridRow?, width: Int) -> Bool {
        guard let indent, let ni = next.indent, ni == indent, !next.blankBefore, !label.hasSuffix(":"),
              !LabelText.isAllCaps(label), !next.label.isEmpty, !next.dataColumns.isEmpty else { return false }
        // A heading has rows: the line's one row is followed by no sibling with figures.
        if let after, !after.blankBefore, after.indent == indent, !after.dataColumns.isEmpty,
           !nameCutAtWidth(label, into: next.label) { return false }
        // An item of a computation (`Less: earnings available to participating securities`
        // over `Net loss available to common shareholders`) is a row of its own, its figures
        // left blank.
        if ["less:", "add:", "plus:", "deduct:"].contains(LabelText.firstWord(label).lowercased()) { return false }
        return indent + label.count + 1 + LabelText.firstWord(next.label).count > width
    }

    /// **A name cut at the label column's width** (`nameCutAtWidth`, in `cutAtWidth`). A
    /// label cut at the width may be a table's first row, or be followed by rows of its
    /// siblings, so a heading's test (its one row followed by a sibling with figures) does
    /// not tell them apart; the words do when the cut falls inside a proper name:
    ///
    ///     Debt securities issued by the United States      ← a sentence-case label whose
    ///     Treasury                      2,444     (21)       last word is capitalized
    ///     Corporate debt securities     1,188      (7)     ← a sibling with figures
    ///
    /// The line is in sentence case (`LabelText.isSentenceCase`), so a capitalized last word
    /// is a name's (`United States`, not a heading's common noun: `Amounts recognized on the
    /// consolidated balance sheets`), and the row below starts with a capitalized word
    /// (`Treasury`, `States government agencies`): the name goes on there.
    static func nameCutAtWidth(_ label: String, into next: String) -> Bool {
        LabelText.isSentenceCase(label) && LabelText.startsCapitalizedWord(LabelText.lastWord(label))
            && LabelText.startsCapitalizedWord(next)
    }

    /// **Label above its figures.** A row label printed on the line above its figures, the
    /// figures' line printing no label of its own (a converter centring a row's figures
    /// on a label of two lines whose second line it lost or printed elsewhere):
    ///
    ///     Net income                                       1,200        1,100
    ///     Stock-based compensation expense, net of
    ///                                                        310          290
    ///     Depreciation                                       100           90
    ///
    /// The label-only line (with the lines it goes on from) labels the row of figures under
    /// it when it plainly goes on (`LabelText.goesOn`: a comma, a connector, an open
    /// parenthesis at its end) and no blank line comes between. A heading that does not go
    /// on (`Investing Activities`, `Operating expenses:`) stays a heading over an unlabelled
    /// row (a subtotal) under it. The label's second line printed under the figures is
    /// `FixedWidth.joinLabelsAroundFigures`' case.
    ///
    /// **The first row's label above its figures** (`firstRow`: no row of figures and no
    /// heading before it). A label printed whole on the line above the table's first row of
    /// figures, that line printing none (a narrow label column: the converter set the label
    /// on a line of its own, the figures on the next):
    ///
    ///                     Balance at      Additions      Balance at
    ///                    Dec 31, 2024                   Dec 31, 2025
    ///     Foreign tax credit carryforward 1
    ///                    $       333      $      12      $      345
    ///     Net operating losses  82             23             105
    ///
    /// labels that row though it does not go on: above the first figures no group has
    /// begun, so it heads no rows (a heading is followed by its rows, not by an unlabelled
    /// subtotal). A heading form (ending in `:`, ALL CAPS) stays a heading.
    static func labelsFiguresBelow(_ label: String, _ next: GridRow, firstRow: Bool = false) -> Bool {
        !next.blankBefore && next.label.isEmpty
            && (LabelText.goesOn(label) || (firstRow && !label.hasSuffix(":") && !LabelText.isAllCaps(label)))
            && next.dataColumns.contains { next.text($0).map(isFigure) ?? false }
    }

    // MARK: Header detection

    static func isYear(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            // A footnote marker after the year (`2003*`, `2003(1)`).
            var n = b.count
            while n > 0, b[n - 1] == 0x2A { n -= 1 }
            if n > 4, b[n - 1] == 0x29, let open = b[..<n].lastIndex(of: 0x28), open == 4 { n = 4 }
            guard n == 4 else { return false }
            var v = 0
            for k in 0..<4 {
                let c = b[k]
                if c < 0x30 || c > 0x39 { return false }
                v = v * 10 + Int(c - 0x30)
            }
            return v >= 1900 && v <= 2100
        }
    }

    /// A cell that carries a figure (not a year).
    static func isFigure(_ s: String) -> Bool {
        !isYear(s) && NumberParser.parse(s) != nil
    }

    /// A cell printing a figure or a range of figures (`0.1%-1.6%`).
    static func isValueOrRange(_ s: String) -> Bool {
        NumberParser.parse(s) != nil || PrintedRange.bounds(Array(s.utf8)) != nil
    }

    /// A row that reads as a header: no label, some cells, none a figure, unless its small
    /// integers are the days of dates broken across lines (`isDateHeader`).
    static func isHeaderLike(_ row: GridRow) -> Bool {
        if row.label.isEmpty == false { return false }
        let cols = row.dataColumns
        if cols.isEmpty { return false }
        for c in cols {
            if let t = row.text(c), isFigure(t) { return isDateHeader(cols.compactMap { row.text($0) }) }
        }
        return true
    }

    /// **Day numbers of a broken date.** A header line whose dates are broken across lines: a
    /// month name in one cell and day numbers standing alone in others (`Six months ended
    /// June    Three months ended` over `(Dollars in millions)     30      June 30`). Its
    /// small integers are days, not figures: every figure is a plain number of one or two
    /// digits, and a cell names a month. The fixed-width reader reads such a line as a header
    /// line (`FixedWidth.hasFigures`), and the table core keeps it among the header rows.
    static func isDateHeader(_ cells: [String]) -> Bool {
        var month = false
        for c in cells {
            if let n = NumberParser.parse(c), !isYear(c) {
                guard n.kind == .number, c.utf8.count <= 2, c.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
                continue
            }
            if !month {
                for w in c.lowercased().split(separator: " ") where Months.isFullName(String(w.filter { $0 != "," && $0 != "." })) { month = true }
            }
        }
        return month
    }

    /// The row of years under a statement's period headers whose label cell holds the units
    /// note or the name of the first group (`Three Months Ended March 31` over `Amounts in
    /// millions` | `2025` | `2024`; `Fiscal` over `in millions` | `2024` | `2023`): a header
    /// row, though labelled. Every cell it fills is a year. (Header rows go on after a
    /// labelled first header row too: `CONSOLIDATED AMOUNTS` | `Three Months Ended March 31`
    /// over | `2025` | `2024`.)
    static func isLabelledYearRow(_ row: GridRow) -> Bool {
        guard !row.label.isEmpty else { return false }
        let cols = row.dataColumns
        guard cols.count >= 2 else { return false }
        for c in cols {
            guard let t = row.text(c), isYear(t) else { return false }
        }
        return true
    }

    /// **`Year` heading alone on its line.** Under the header, a row printing only the label
    /// column's heading (`Year`, `Fiscal Year`: `PeriodResolver.yearLabelColumn`), over a row
    /// labelled by a year, as a converter sets the stub heading of a pay-versus-performance
    /// reconciliation on a line of its own between the column names and the rows:
    ///
    ///                          Compensation Table     Average Reported
    ///                           Total for Non-CEO      Value of Equity
    ///            Year
    ///     2025               $          2,247,211  $          1,024,885
    ///
    /// is a header row, the label column's heading: the rows are the years the figures cover.
    /// Read as a row, it was dropped, and the table's rows were labels without a period.
    static func isYearStubRow(_ row: GridRow, next: GridRow) -> Bool {
        row.dataColumns.isEmpty && PeriodResolver.yearLabelColumn(row.label) && isYear(next.label)
    }

    /// A first row whose label cell holds the units note and whose other cells name periods
    /// or columns, no figure (`(Dollars in millions)` | `Six months ended June 30` | |
    /// `Three months ended June 30`): the table's first header row, not data, so the header
    /// rows under it do not start a new table.
    static func isLabelledHeader(_ row: GridRow) -> Bool {
        guard !row.label.isEmpty, !row.dataColumns.isEmpty else { return false }
        for c in row.dataColumns { if let t = row.text(c), isFigure(t) { return false } }
        return true
    }

    /// Whether a header text prints a year (`2024`, `December 31, 2024`, `Fiscal 2023`).
    static func namesYear(_ text: String) -> Bool {
        var run = 0, value = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                run += 1
                if run <= 4 { value = value * 10 + Int(b - 0x30) }
                continue
            }
            if run == 4 && value >= 1900 && value <= 2100 { return true }
            run = 0; value = 0
        }
        return run == 4 && value >= 1900 && value <= 2100
    }

    /// **Labelled row of column names.** Under a spanning header row (`Options Outstanding` |
    /// `Options Exercisable`), a row that names the label column and every column below it
    /// (`Range of Exercise Prices` | `Number Outstanding (in millions)` | `Weighted-Average
    /// Exercise Price` | ...): a header row, though labelled. Every one of its data cells is
    /// words starting in a capital (no figure, no year), it fills at least two data columns and at least as many as
    /// the header row above, and the row under it prints figures. Labelled `Year` or `Fiscal
    /// Year` (`PeriodResolver.yearLabelColumn`), its words may start in lowercase: the last
    /// lines of stacked column names (`Granted in Prior Years` / `that Vested in the Year`)
    /// over a pay-versus-performance table's rows of years.
    static func isColumnNamesRow(_ row: GridRow, above: [GridRow], below: ArraySlice<GridRow>) -> Bool {
        guard !row.label.isEmpty, let last = above.last else { return false }
        let cols = row.dataColumns
        guard cols.count >= 2, cols.count >= last.dataColumns.count else { return false }
        // A row labelled as a column of years (`Year`, `Fiscal Year`) names the label column:
        // its pieces are the last lines of stacked column names (`that Vested in the Year`),
        // not a label cut across tab stops.
        let headsYears = PeriodResolver.yearLabelColumn(row.label)
        for c in cols {
            // A piece starting in lowercase continues a label cut across tab stops
            // (`... ordinary sha` | `areholders of Qi` | `fu Technology,`), not a column name,
            // unless it is a whole word under a column name of the header row above
            // (`Foreign` / `Currency` / `and Other`).
            guard let t = row.text(c), !isValueOrRange(t), t.contains(where: \.isLetter),
                  headsYears || !LabelText.isLowerStart(t) || (last.text(c) != nil && LabelText.glueStopwords.contains(LabelText.firstWord(t))) else { return false }
        }
        // The first row under it that fills a column prints figures (group labels between:
        // `Allowance for credit losses` / `2024` over `–Current  $ 431`; and a units note
        // alone on its row, `(In millions)`).
        guard let filled = below.first(where: { !$0.dataColumns.isEmpty && unitsOnlyRow($0) == nil }) else { return false }
        return filled.dataColumns.contains { filled.text($0).map(isFigure) ?? false }
    }

    /// Splits rows where a new block of header rows starts after data rows (two statements
    /// printed one after the other, or a repeated header on a continuation page).
    ///
    /// **A schedule under its own period row.** After data rows, a row of years labelled
    /// with a period (`years ended December 31 | 2024 | 2023 | 2022`), set apart by a blank
    /// line above it or above its heading, starts a schedule of its own, though a label makes
    /// it no header row by the cells alone:
    ///
    ///     Total income tax expense (benefit)        $ (570)   $ 1,377   $ 1,632
    ///
    ///     Effective Tax Rate Reconciliation
    ///     years ended December 31                     2024      2023      2022
    ///     Statutory tax rate                         21.0 %    21.0 %    21.0 %
    ///
    /// Read as one table, the rates took the amounts' title and scale (`21.0` millions).
    public static func splitAtHeaders(_ rows: [GridRow]) -> [[GridRow]] {
        var parts: [[GridRow]] = []
        var cur: [GridRow] = []
        var sawData = false
        for (i, row) in rows.enumerated() {
            let next = i + 1 < rows.count ? rows[i + 1] : nil
            let periodRow = sawData && (row.blankBefore || (cur.last.map { $0.blankBefore && $0.dataColumns.isEmpty } ?? false))
                && isLabelledYearsRow(row) && namesPeriod(row.label)
            if periodRow || isHeaderLike(row) && sawData && (row.dataColumns.count >= 2 || next.map(isHeaderLike) == true) {
                // A heading right above the new header (`Domestic Retail Stores:`) goes with it.
                var heading: [GridRow] = []
                while let l = cur.last, l.dataColumns.isEmpty, !l.label.isEmpty, heading.isEmpty, cur.count > 1,
                      cur[cur.count - 2].dataColumns.isEmpty == false {
                    heading.insert(l, at: 0); cur.removeLast()
                }
                parts.append(cur); cur = heading; sawData = false
            }
            // A header row labelled with the units (`Dollars in millions; shares in thousands` |
            // `Common Stock` | ...) is a header row between header rows, not data.
            if !isHeaderLike(row) && !(cur.isEmpty && isLabelledHeader(row)) && !isUnitsLabelHeader(row) { sawData = true }
            cur.append(row)
        }
        if !cur.isEmpty { parts.append(cur) }
        return parts
    }

    /// Whether a label states a period's length or an instant (`years ended December 31`,
    /// `As of June 30`).
    static func namesPeriod(_ label: String) -> Bool {
        let clues = PeriodClues(label)
        return clues.hasLength || clues.instant
    }

    // MARK: Build

    /// - Parameter perShareCurrency: per-share figures carry their column's currency as unit
    ///   (`RMB` for 2.76 per share); false leaves their unit null.
    public static func build(rows: [GridRow], context: TableContext, id: Int, span: Span, perShareCurrency: Bool = true) -> BuiltTable? {
        var notes: [(Severity, String, String, Span?)] = []
        guard let split = splitHeader(rows) else { return nil }
        var rows = split.body
        let headerRows = split.headerRows, cellUnits = split.cellUnits
        guard let (nData, numericFound) = dataColumns(rows) else { return nil }
        var numericCol = numericFound
        let isNumericTable = numericCol.contains(true)
        let (header, headerKey) = columnHeaders(headerRows, nData: nData, labelHeader: split.labelHeader)
        // Note references are not figures (NoteColumn).
        for c in NoteColumn.columns(header: header, rows: rows, nData: nData) { numericCol[c] = false }
        joinLabelFragments(&rows, nData: nData, numericCol: numericCol, isNumericTable: isNumericTable, notes: &notes)
        repairGluedSuffixes(&rows, notes: &notes)
        rows = rowsOverTwoLines(rows, notes: &notes)

        // Labels, wraps, groups, totals.
        var grouping = RowGrouping(rows: rows, nData: nData, numericCol: numericCol, header: header)
        for i in 0..<rows.count { grouping.take(i) }
        notes += grouping.notes
        var data = grouping.data
        if data.isEmpty { return nil }

        var stated = context.units
        // Units stated in the table's own header cells apply when nothing above it states a scale.
        var adoptedNote: String?
        if stated.scale == nil, let note = cellUnits ?? headerCellUnits(headerRows) {
            stated.adopt(UnitsParser.parse(note.text), source: UnitsSource(kind: .headerCell, text: note.text, span: note.span))
            adoptedNote = note.text
        }
        // **Units note over the columns.** A header row that prints the table's units note
        // across the columns (`(in` | `millions, excep` | `t conversion rate)`, `splitCellNote`),
        // when the note names rows or columns of its own scale, heads no column: the table's
        // units are read from it, with the rows and columns it names (`scopedScale`), not each
        // column's scale or words.
        let columnHeader = headerRows.count == header.count && adoptedNote != nil && !stated.scoped.isEmpty
            ? zip(headerRows, header).filter { splitCellNote($0.0)?.text != adoptedNote }.map(\.1) : header
        let (colCurrency, colScale, unitCol) = columnUnits(header: columnHeader, nData: nData, numericCol: numericCol, data: data)
        let colPercent = percentColumns(data, nData: nData)
        let (headings, colPerShare) = perShareColumns(header: columnHeader, nData: nData,
                                                        unitsNote: stated.source.flatMap { $0.kind == .caption ? $0.text : nil })
        // Columns headed `SHARES` (a statement of equity) count shares.
        var colShares = [Bool](repeating: false, count: nData + 1)
        for c in 1...nData where !colPerShare[c] && colCurrency[c] == nil {
            let w = LabelText.words(headings.map { $0[c] }.joined(separator: " "))
            colShares[c] = w.last == "shares" || w.last == "share"
        }
        let tableCurrency: String? = {
            let cols = (1...nData).filter { numericCol[$0] }
            let set = Set(cols.compactMap { colCurrency[$0] })
            if set.count == 1 && cols.allSatisfy({ colCurrency[$0] != nil }) { return set.first }
            if set.isEmpty && stated.currencies.count == 1 { return stated.currencies[0] }
            return nil
        }()
        // **One column's scale note.** Column headers give the table a scale when every
        // column of amounts states it (`RMB'000` over each), or when the columns that do not
        // are periods (`2023` | `2022` beside `2024 (in millions)`: a note printed over one
        // period, or broken across the header by text extraction). Over columns of other
        // measures, one column's own note (`Aggregate Intrinsic Value (in millions)` beside
        // `Options` and `Weighted-Average Exercise Price`) scales that column only.
        let tableScale: Int? = stated.scale ?? {
            let set = Set((1...nData).compactMap { colScale[$0] })
            guard set.count == 1, let s = set.first else { return nil }
            let others = (1...nData).filter { numericCol[$0] && !colPerShare[$0] && !colPercent[$0] && colScale[$0] == nil }
            return others.allSatisfy { c in header.contains { Self.namesYear($0[c]) } } ? s : nil
        }()

        // Checks (they read values only), run before the cells are written so that a
        // subtotal printed above its components (`Credit driven services`, then the four
        // lines that add up to it) can head their row paths.
        var checkCols = numericCol
        // Per-share, percent (`%` printed on the first row only) and average columns are not
        // summed: the columns' decisions above, read here, not made again.
        for c in 1...nData where colPerShare[c] || colPercent[c] || TableChecks.isAverageColumn(headings.map { $0[c] }) { checkCols[c] = false }
        let checked = TableChecks.run(rows: data, nData: nData, numericCol: checkCols)
        for j in data.indices {
            guard let h = checked.headerOf[j], h < j, !data[h].isTotal, data[h].groups == data[j].groups, !data[j].isTotal else { continue }
            data[j].path.insert(data[h].label, at: data[j].path.count - 1)
            data[j].pathRule = .subtotalAbove
        }

        // Words of each column's headings, for the rows and columns a units statement names.
        let columnWords: [Set<String>] = stated.scoped.isEmpty ? [] : (0...nData).map { c in
            Set(LabelText.words(headings.map { $0[c] }.joined(separator: " ")))
        }

        // Cells.
        let cells = Self.cells(data: data, header: header, nData: nData, numericCol: numericCol, unitCol: unitCol,
                               colCurrency: colCurrency, colScale: colScale, colPerShare: colPerShare, colPercent: colPercent,
                               colShares: colShares, tableCurrency: tableCurrency, tableScale: tableScale, stated: stated,
                               columnWords: columnWords, perShareCurrency: perShareCurrency, notes: &notes)

        // Where the table's units come from: the statement above or in it, else the column
        // headers when they all state one scale, else nothing (the default).
        let source: UnitsSource = {
            if !stated.isEmpty, let s = stated.source { return s }
            if stated.scale == nil, tableScale != nil,
               let c = (1...nData).first(where: { colScale[$0] != nil }) {
                let stating = header.map { $0[c] }.first { UnitsParser.parse($0).scale != nil }
                return UnitsSource(kind: .columnHeaders, text: stating ?? header.map { $0[c] }.last { !$0.isEmpty })
            }
            return UnitsSource(kind: .default)
        }()
        var table = Table(id: id, title: context.title, units: TableUnits(scale: tableScale, currency: tableCurrency, source: source),
                          header: header, nRows: data.count, nCols: nData + 1, span: span)
        table.cells = cells
        table.checks = checked.checks
        return BuiltTable(table: table, notes: notes, headerKey: headerKey, stated: stated)
    }

    /// Each column's currency and scale from the header (else the currency printed on its
    /// figures), and the column naming each row's unit.
    static func columnUnits(header: [[String]], nData: Int, numericCol: [Bool], data: [DataRow])
        -> (colCurrency: [String?], colScale: [Int?], unitCol: Int?) {
        // Units per column from the header.
        var colCurrency = [String?](repeating: nil, count: nData + 1)
        var colScale = [Int?](repeating: nil, count: nData + 1)
        var unitCol: Int?
        for c in 1...nData {
            for h in header {
                if let (cur, sc) = UnitsParser.headerCurrency(h[c]) {
                    colCurrency[c] = cur
                    if let sc { colScale[c] = sc }
                } else {
                    let l = h[c].lowercased()
                    // **Unit column.** A column headed `Unit(s)` / `Unit of measure` whose cells
                    // are words (`tons`, `MWh`) names each row's unit. A numeric column so
                    // headed counts awards (`Units` of an RSU activity table): figures, not units.
                    if l == "unit" || l == "units" || l == "unit of measure", !numericCol[c] { unitCol = c }
                    let s = UnitsParser.parse(h[c])
                    if let sc = s.scale, UnitsParser.isScaleNote(h[c]) || UnitsParser.isUnitsPhrase(h[c]) {
                        colScale[c] = noteExemptsItsColumn(s, header: header, column: c) ?? sc
                    }
                    // `Aggregate intrinsic value (millions)`, `Options (thous.)`: the column's own note.
                    else if let (note, _) = UnitsParser.embeddedCellNote(h[c]), let sc = UnitsParser.parse(note).scale { colScale[c] = sc }
                    if s.currencies.count == 1, h[c].utf8.count < 40, colCurrency[c] == nil, s.scale != nil { colCurrency[c] = s.currencies[0] }
                }
            }
        }
        // A column without a currency in its header takes the one printed on its figures
        // (`$8,700` on the first row, plain figures below).
        for c in 1...nData where colCurrency[c] == nil && numericCol[c] {
            var counts: [String: Int] = [:]
            for r in data { if let cur = r.numbers[c]?.currency { counts[cur, default: 0] += 1 } }
            if counts.count == 1, let cur = counts.keys.first { colCurrency[c] = cur }
        }
        return (colCurrency, colScale, unitCol)
    }

    /// The header rows that name columns (`headings`), and the columns of per-share amounts.
    static func perShareColumns(header: [[String]], nData: Int, unitsNote: String? = nil) -> (headings: [[String]], colPerShare: [Bool]) {
        // Columns headed `Per Share` (or `EPS`) hold per-share amounts.
        func perShareHeader(_ text: String) -> Bool {
            let w = LabelText.words(text)
            return LabelText.isPerShare(text) || w.first == "per" || LabelText.containsPhrase(w, ["per", "share"])
        }
        var colPerShare = [Bool](repeating: false, count: nData + 1)
        // A header row printing the units note over the columns names no column, nor does
        // one printing a piece of the table's units statement (a note under the years, over
        // the figures, going on to a second line: `(in millions, except weighted-average` /
        // `fair value)`; its words would make every column per share, or exempt it).
        let headings = header.filter { !isUnitsNoteRow($0.dropFirst()) && !printsPieceOf(unitsNote, $0.dropFirst()) }
        for c in 1...nData {
            colPerShare[c] = perShareHeader(headings.map { $0[c] }.joined(separator: " "))
        }
        // **Per-share heading over a computation.** A header spanning several columns that
        // says per share (`Basic Earnings Per Share` over `Income Allocation` | `Weighted-Average
        // Shares Outstanding` | `Earnings per Share`) names the computation when a column under
        // it says per share itself: then only that column holds per-share amounts. (Over
        // `2024` | `2023` it marks every column under it.) A column's own heading is every
        // header line under the spanning one, read together: a heading stacked over lines
        // (`Earnings per` / `Share =` / `(A)/(B)`, as a text rendition prints it) says per
        // share though its lowest line does not.
        if headings.count >= 2 {
            for (hi, h) in headings.enumerated().dropLast() {
                let below = headings[(hi + 1)...]
                func ownPerShare(_ k: Int) -> Bool { perShareHeader(below.map { $0[k] }.joined(separator: " ")) }
                var c = 1
                while c <= nData {
                    var e = c
                    while e < nData, h[e + 1] == h[c] { e += 1 }
                    if e > c, !h[c].isEmpty, perShareHeader(h[c]), (c...e).contains(where: ownPerShare) {
                        for k in c...e where !ownPerShare(k) {
                            let others = headings.indices.filter { $0 != hi }.map { headings[$0][k] }
                            if !perShareHeader(others.joined(separator: " ")) { colPerShare[k] = false }
                        }
                    }
                    c = e + 1
                }
                // **Share count under a per-share heading.** A column whose own heading
                // names a count of shares (`Weighted-Average Shares Outstanding`) under a
                // per-share heading (`Diluted Earnings Per Share`, over that column alone or
                // over the computation) counts shares: the heading names the computation.
                for k in 1...nData where colPerShare[k] && !h[k].isEmpty && perShareHeader(h[k]) && !ownPerShare(k) {
                    let own = below.map { $0[k] }.filter { !$0.isEmpty }.joined(separator: " ")
                    let others = headings.indices.filter { $0 != hi }.map { headings[$0][k] }
                    if LabelText.isShareCount(own), !perShareHeader(others.joined(separator: " ")) { colPerShare[k] = false }
                }
            }
        }
        return (headings, colPerShare)
    }

    /// The table's cells, typed by the rows' and columns' decisions above: value, scale, unit.
    static func cells(data: [DataRow], header: [[String]], nData: Int, numericCol: [Bool], unitCol: Int?,
                      colCurrency: [String?], colScale: [Int?], colPerShare: [Bool], colPercent: [Bool],
                      colShares: [Bool], tableCurrency: String?, tableScale: Int?, stated: StatedUnits,
                      columnWords: [Set<String>], perShareCurrency: Bool,
                      notes: inout [(Severity, String, String, Span?)]) -> [Cell] {
        var cells: [Cell] = []
        // The share rules' answers for the group path of the row before (rows of a group
        // share it).
        var lastGroup: (text: String, shareCount: Bool, perShare: Bool)?
        // A column's path (its non-empty header pieces) depends on the column only: made at
        // its first cell, then shared by the column's cells.
        var columnPaths = [[String]?](repeating: nil, count: nData + 1)
        let exemptsRatios = stated.scoped.contains { s in s.scale == 1 && ["ratio", "ratios"].contains(s.noun) }
        for (ri, row) in data.enumerated() {
            rowWarnings(row, index: ri, &notes)
            let groupText = row.path.dropLast().joined(separator: " ")
            let group = lastGroup.flatMap { $0.text == groupText ? $0 : nil }
                ?? (text: groupText, shareCount: LabelText.isShareCount(groupText), perShare: LabelText.isPerShare(groupText))
            lastGroup = group
            // A label that prints figures (`Common stock, $0.001 par value; 4,990,000,000 shares
            // authorized`) describes its row by other quantities: it names no noun of the units
            // statement (`except ... par value`).
            let rowWords: Set<String> = stated.scoped.isEmpty || row.label.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
                ? [] : Set(LabelText.words(row.label))
            let labelPerShare = LabelText.isPerShare(row.label)
            let shareCount = LabelText.isShareCount(row.label) || (!labelPerShare && group.shareCount)
            // **Money rows of a per-share computation.** Under a per-share group heading
            // (`Basic EPS:`, `Basic earnings per share`) the rows that print whole numbers
            // (`Net earnings attributable to Example Inc.` | `$4,278`) are the computation's
            // amounts, scaled as the table; its per-share rows print cents (`$2.39`).
            let wholeNumbers = !row.numbers.isEmpty && row.numbers.values.allSatisfy { $0.kind != .number || $0.fractionDigits == 0 }
                && row.numbers.values.contains { $0.kind == .number }
            let rowPerShare = !shareCount && (labelPerShare || (group.perShare && !wholeNumbers))
            // **Ratios exempted by the units statement** (`Millions, except ratios`): a ratio
            // row (`Debt / net income`, `LabelText.isRatio`) prints neither an amount of the
            // table's scale nor of its currency.
            let ratioRow = exemptsRatios && LabelText.isRatio(row.label)
            let rowUnit: String? = unitCol.flatMap { row.cells[$0]?.text }.map(cleanUnit)
            let labelUnit = parentheticalUnit(row.label)
            let labelScale = labelStatedScale(row.label)
            // The scale the units statement gives this row, or column `c`, by name.
            func namedScale(_ c: Int) -> Int? {
                guard c < columnWords.count else { return nil }
                return scopedScale(stated.scoped, label: rowWords, column: columnWords[c])
            }
            // A share count's scale: its label's own, else the caption's unless the caption
            // exempts share counts (then the scale it states for them, if any).
            func shareScale(_ c: Int) -> Int {
                if let ls = labelScale { return ls }
                if !stated.exceptShares { return colScale[c] ?? namedScale(c) ?? tableScale ?? 1 }
                return stated.shareScale ?? 1
            }
            for c in 1...nData {
                guard let cell = row.cells[c] else { continue }
                // A range printed in the cell is typed as a figure of its column would be.
                let range = row.numbers[c] == nil && numericCol[c] ? rangeBounds(cell) : nil
                let n = row.numbers[c] ?? range.map { ParsedNumber(kind: .number, value: nil, isPercent: $0.percent) }
                var value: Double?
                var scale = 1
                var unit: String?
                var reason: ScaleReason?
                if let n, c != unitCol {
                    value = n.value
                    let perShare = rowPerShare || colPerShare[c]
                    let currency = n.currency ?? colCurrency[c] ?? tableCurrency
                    if n.kind == .notApplicable {
                        unit = nil
                    } else if colShares[c] && !n.isPercent && !colPercent[c] && !row.percentMarkedAbove {
                        unit = "shares"
                        scale = shareScale(c)
                        reason = labelScale != nil ? .rowLabel : .shares
                    } else if n.isPercent || colPercent[c] || row.percentMarkedAbove {
                        unit = "percent"
                        reason = .percent
                    } else if perShare {
                        unit = perShareCurrency ? currency : nil
                        reason = .perShare
                    } else if shareCount {
                        unit = "shares"
                        scale = shareScale(c)
                        reason = labelScale != nil ? .rowLabel : .shares
                    } else if ratioRow {
                        unit = nil
                        reason = .namedInUnits
                    } else if let rowUnit {
                        unit = rowUnit
                        reason = .unitColumn
                    } else if currency == nil, let (lu, ls) = labelUnit {
                        unit = lu
                        scale = ls
                        reason = .rowLabel
                    } else {
                        unit = currency
                        let named = colScale[c] == nil ? namedScale(c) : nil
                        scale = colScale[c] ?? named ?? tableScale ?? 1
                        reason = colScale[c] != nil ? .columnHeader : named != nil ? .namedInUnits : nil
                    }
                    // `$445 M`: the cell prints its own scale.
                    if let own = n.suffixScale, !n.isPercent, !colPercent[c] { scale = own; reason = .printed }
                    if n.repaired {
                        notes.append((.info, "tables.digit_repaired", "look-alike characters read as digits: \(cell.text)", cell.span))
                    }
                    // A span of years (`2025 - 2034`) is neither an amount nor a percentage.
                    if let range, range.years { scale = 1; unit = nil; reason = nil }
                }
                let columnPath: [String]
                if let known = columnPaths[c] { columnPath = known } else {
                    columnPath = header.map { $0[c] }.filter { !$0.isEmpty }
                    columnPaths[c] = columnPath
                }
                var out = Cell(row: ri, col: c - 1, rowLabel: row.label, rowPath: row.path,
                               columnPath: columnPath,
                               raw: cell.text, value: value, scale: scale, unit: unit, span: cell.span,
                               scaleReason: (value != nil || range != nil) && scale != (tableScale ?? 1) ? reason : nil)
                out.bounds = range?.bounds
                out.rowPathRule = row.pathRule
                out.labelRule = row.labelRule
                cells.append(out)
            }
        }
        return cells
    }

    /// **Labels, wraps, groups, totals.** The data rows of a table's grid rows, taken one at a
    /// time: a row without figures is a heading (or a label going on), a row with figures a
    /// member of the open groups, or a total closing one.
    struct RowGrouping {
        let rows: [GridRow]
        let nData: Int
        let numericCol: [Bool]
        var notes: [(Severity, String, String, Span?)] = []
        var data: [DataRow] = []
        var stack: [(id: Int, name: String, level: Int, members: Int)] = []
        var nextGroup = 0
        var pending = ""
        var pendingSpan: Span?
        var pendingIndent: Int?
        var memberIndent: [Int: Int] = [:]
        var lastWasGroup = false
        // Indentation of the label of the data row just above (fixed-width), while the
        // lines after it may continue its label (`continuesLabel`).
        var continuedIndent: Int?
        var groupDecimals: [Int: Set<Int>] = [:]
        var groupPlainCounts: [Int: Int] = [:]
        var groupPercents: [Int: Int] = [:]
        /// The decimal places of a group's first row, where it prints `%` on every figure
        /// (`percentOnFirstRow`), and the groups whose plain rows that `%` marks.
        var groupFirstPercentDigits: [Int: Set<Int>] = [:]
        var groupsMarkedOnFirstRow = Set<Int>()
        var groupLongestMember: [Int: Int] = [:]
        var groupFirstTotal = Set<Int>()
        /// The rule each group heading was opened by: its rows' `pathRule`.
        var groupRule: [Int: RowPathRule] = [:]
        // Money tables (a currency in a header) keep their percentage rows in their groups.
        let colHasNoCurrency: Bool
        /// The widest label line of the table, indentation included (`cutAtWidth`): made
        /// when first asked.
        var labelWidthMade: Int?
        mutating func labelWidth() -> Int {
            if let w = labelWidthMade { return w }
            var w = 0
            for r in rows { if let x = r.indent, !r.label.isEmpty { w = max(w, x + r.label.count) } }
            labelWidthMade = w
            return w
        }

        init(rows: [GridRow], nData: Int, numericCol: [Bool], header: [[String]]) {
            self.rows = rows
            self.nData = nData
            self.numericCol = numericCol
            colHasNoCurrency = !header.contains { h in h.dropFirst().contains { UnitsParser.headerCurrency($0) != nil } }
        }

        /// Grid row `i`.
        /// Its filled data columns (1 through `nData`) are counted first, so a row without
        /// figures allocates nothing and a row with figures sizes its two dictionaries once
        /// (they grew by doubling, a copy per step).
        mutating func take(_ i: Int) {
            let r = rows[i]
            let end = min(r.cells.count, nData + 1)
            var filled = 0
            if end > 1 { for c in 1..<end where r.cells[c] != nil { filled += 1 } }
            if filled == 0 {
                heading(i, r)
                return
            }
            var cells = [Int: GridCell](minimumCapacity: filled)
            var numbers = [Int: ParsedNumber](minimumCapacity: filled)
            for c in 1..<end {
                guard let cell = r.cells[c] else { continue }
                cells[c] = cell
                if numericCol[c], let n = NumberParser.parse(cell.text, lenient: true) { numbers[c] = n }
            }
            member(i, r, cells: cells, numbers: numbers)
        }

        /// A row without figures: a label continued, a label going on, or a group heading.
        mutating func heading(_ i: Int, _ r: GridRow) {
            let label = r.label
            if label.isEmpty { return }
            if pending.isEmpty, let above = continuedIndent, let last = data.indices.last,
               TableBuilder.continuesLabel(data[last].label, aboveIndent: above, rows, i) {
                let joined = LabelText.joinLines(data[last].label, label)
                if data[last].path.last == data[last].label { data[last].path[data[last].path.count - 1] = joined }
                data[last].label = joined
                data[last].labelRule = .continued
                notes.append((.info, "tables.label_continued", "label continued under its figures: \(joined)", r.span))
                return
            }
            continuedIndent = nil
            let next = i + 1 < rows.count ? rows[i + 1].label : ""
            // Hanging indent of one column (fixed-width): the label goes on, unless the line
            // below starts a name of its own (`TableBuilder.hangingContinues`).
            let firstIndent = pending.isEmpty ? r.indent : pendingIndent
            let nextHasSibling = i + 2 < rows.count && !rows[i + 2].blankBefore && rows[i + 2].indent == rows[i + 1].indent
            let hanging = firstIndent != nil && i + 1 < rows.count && rows[i + 1].indent == firstIndent.map { $0 + 1 }
                && TableBuilder.hangingContinues(label, into: next, nextHasSibling: nextHasSibling)
            let sofar = pending.isEmpty ? label : pending + " " + label
            let cut = i + 1 < rows.count && TableBuilder.cutAtWidth(label, indent: r.indent, next: rows[i + 1],
                                                                    after: i + 2 < rows.count ? rows[i + 2] : nil, width: labelWidth())
            if i + 1 < rows.count && !rows[i + 1].blankBefore
                && (hanging || cut || LabelText.wraps(sofar, into: next) || TableBuilder.labelsFiguresBelow(sofar, rows[i + 1], firstRow: data.isEmpty && stack.isEmpty)) {
                if pending.isEmpty { pendingIndent = r.indent }
                pending = LabelText.joinLines(pending, label)
                pendingSpan = pendingSpan.map { $0.union(r.span) } ?? r.span
                return
            }
            if pending.isEmpty, lastWasGroup, label.hasPrefix("("), label.hasSuffix(")"), !stack.isEmpty {
                // `Consolidated Earnings-As Reported` + `(See Notes)`: one heading.
                stack[stack.count - 1].name += " " + label
                return
            }
            let name = LabelText.groupName(LabelText.joinLines(pending, label))
            let indent = pendingIndent ?? r.indent
            pending = ""; pendingSpan = nil; pendingIndent = nil
            let caps = LabelText.isAllCaps(name)
            var level: Int
            if let indent {
                // Indentation gives the hierarchy; an ALL CAPS heading holds the
                // headings printed at its own indentation.
                level = indent * 2 + (caps ? 0 : 1)
            } else if caps { level = 0 } else if lastWasGroup, let top = stack.last { level = top.level + 1 } else if let top = stack.last(where: { $0.level >= 1 }) {
                level = top.level
                // A heading over sub-headings (`Average hours of training` over `Gender`,
                // `Employment category`) ends where a heading starts a run of figures
                // printed unlike its own (whole numbers after two decimals): a new
                // sub-table, not one more breakdown of it.
                if let outer = stack.first(where: { $0.level >= 1 && $0.level < top.level }),
                   let seen = groupDecimals[outer.id], !seen.isEmpty {
                    let ahead = TableBuilder.decimalsAhead(rows, from: i + 1, nData: nData, numericCol: numericCol)
                    if !ahead.isEmpty && ahead.isDisjoint(with: seen) { level = outer.level }
                }
            } else { level = 1 }
            if r.indent == nil, lastWasGroup && caps, let top = stack.last, top.level == 0 { level = 1 }
            while let top = stack.last, top.level >= level { stack.removeLast() }
            nextGroup += 1
            stack.append((nextGroup, name, level, 0))
            groupRule[nextGroup] = indent != nil ? .indentation : caps ? .capsHeading : .headingRow
            lastWasGroup = true
            return
        }

        /// A percentage row after rows of plain counts (`Employee turnover rate` after the
        /// headcounts by `Employment category`), or a row of counts after percentages, is not
        /// one of the open group's members: the group is closed.
        ///
        /// **percentOnFirstRow.** Unless the `%` is printed on the group's first row only, as a
        /// statement prints `$` on its first row: the plain rows after it, their figures within
        /// ±100 and printed to the same decimal places, are percentages of the group (MD&A's
        /// `Year-over-year Percentage Growth:` / `North America 12 %` / `International 11`,
        /// `Percent of Net Sales:` / `Cost of sales 53.0 %` / `Fulfillment 15.8`). The block is
        /// two rows or more after the marked one (a single plain row after one percentage row
        /// is another measure). A row printing `%` again after them starts a block of its own.
        /// Returns the group whose first row marks this row, if any.
        mutating func figuresKind(_ i: Int, _ numbers: [Int: ParsedNumber], allPercent: Bool, plainCount: Bool) -> Int? {
            guard let top = stack.last, top.members > 0 else { return nil }
            let counts = groupPlainCounts[top.id] ?? 0, percents = groupPercents[top.id] ?? 0
            let markedOnFirst = groupsMarkedOnFirstRow.contains(top.id)
            let blockFollows = i + 1 < rows.count && !rows[i + 1].dataColumns.isEmpty
            let marked = plainCount && TableBuilder.continuesPercents(numbers, digits: groupFirstPercentDigits[top.id])
                && (markedOnFirst || (percents == 1 && counts == 0 && top.members == 1 && blockFollows))
            if (allPercent && counts > 0 && (percents == 0 || markedOnFirst)) || (plainCount && percents > 0 && counts == 0 && !marked) {
                stack.removeLast()
                return nil
            }
            return marked ? top.id : nil
        }

        /// A row with figures: its label, the groups it is in, whether it is a total and which
        /// group it closes.
        mutating func member(_ i: Int, _ r: GridRow, cells: [Int: GridCell], numbers: [Int: ParsedNumber]) {
            lastWasGroup = false
            let labelRule: LabelRule? = pending.isEmpty ? nil : .wrapped
            var label = LabelText.joinLines(pending, r.label)
            if let indent = pendingIndent ?? r.indent, !LabelText.isTotalLabel(label) {
                // A row printed at a group's indentation or left of it is outside it.
                while let top = stack.last, top.level >= indent * 2 {
                    let groupIndent = top.level / 2
                    // Same indentation as the group: still inside it unless its rows so far
                    // were indented under it.
                    if groupIndent == indent, let mi = memberIndent[top.id], mi <= indent { break }
                    if groupIndent == indent, memberIndent[top.id] == nil { break }
                    stack.removeLast()
                }
                if let top = stack.last, memberIndent[top.id] == nil { memberIndent[top.id] = indent }
            }
            pending = ""; pendingSpan = nil; pendingIndent = nil
            label = label.trimmingSpaces()
            // `Net cash used in operating activities` under `CASH FLOWS FROM OPERATING
            // ACTIVITIES:`: the total of that section, whatever groups are open inside it.
            var sectionTotal: Int?
            let lw = LabelText.words(label)
            if lw.count >= 4, lw[0] == "net", lw[1] == "cash", lw.last == "activities" {
                let tail = lw.suffix(2).joined(separator: " ")
                sectionTotal = stack.firstIndex { LabelText.groupKey($0.name).hasSuffix(tail) }
            }
            let isTotal = LabelText.isTotalLabel(label) || sectionTotal != nil
            let allPercent = !numbers.isEmpty && numbers.values.allSatisfy { $0.isPercent }
            let plainCount = !numbers.isEmpty && numbers.values.allSatisfy { !$0.isPercent && $0.currency == nil && $0.kind == .number }
                && !cells.keys.contains { !numericCol[$0] } && colHasNoCurrency
            let markedGroup = isTotal ? nil : figuresKind(i, numbers, allPercent: allPercent, plainCount: plainCount)
            // A metric stated as a sentence (`The number of corruption litigation cases filed
            // ...`) after a group of short names (`East China`, `North China`) is not one of them.
            if !isTotal, let top = stack.last, top.members > 0, let longest = groupLongestMember[top.id], longest <= 3,
               lw.count >= 8, lw[0] == "the" || lw[0] == "a" || lw[0] == "an" {
                stack.removeLast()
            }
            // A row named like the open heading (`Aspect B4: Labor Code` under `Aspect B3:
            // Development and Training`) is its sibling, not its member.
            if let top = stack.last, TableBuilder.sameKindOfHeading(top.name, label) { stack.removeLast() }
            // A share count after the per-share rows (`Weighted average number of shares`
            // after `Earnings per share:` / `Basic` / `Diluted`) is not a per-share row.
            if let top = stack.last, top.members > 0, LabelText.isPerShare(top.name), LabelText.isShareCount(label) { stack.removeLast() }
            var closes: Int?
            var groups = stack.map(\.id)
            var path = stack.map(\.name)
            // A total printed first heads its group (`Emission`: `Total greenhouse gas
            // emissions`, then its parts): later totals do not close that group.
            let headedByTotal = stack.last.map { groupFirstTotal.contains($0.id) } ?? false
            if isTotal, let top = stack.last, top.members == 0 { groupFirstTotal.insert(top.id) }
            if let k = sectionTotal {
                closes = stack[k].id
                groups = stack[0...k].map(\.id)
                path = stack[0...k].map(\.name)
                stack.removeSubrange(k...)
            } else if isTotal, !(stack.last.map { $0.members == 0 } ?? false), !headedByTotal {
                let key = LabelText.groupKey(label)
                if let k = stack.lastIndex(where: { g in
                    // `Total net revenues` closes `REVENUES (Note 9):`.
                    let gk = LabelText.groupKey(g.name)
                    if !gk.isEmpty && gk == key { return true }
                    let bare = LabelText.groupKey(LabelText.withoutParentheses(g.name))
                    let bareKey = LabelText.groupKey(LabelText.withoutParentheses(label))
                    return !bare.isEmpty && (bare == bareKey || bareKey.hasSuffix(" " + bare))
                }) {
                    closes = stack[k].id
                    groups = stack[0...k].map(\.id)
                    path = stack[0...k].map(\.name)
                    stack.removeSubrange(k...)
                } else if let top = stack.last, top.level >= 1, top.members > 0 {
                    stack.removeLast()
                    groups = stack.map(\.id)
                    path = stack.map(\.name)
                }
            }
            if let top = stack.last, top.members == 0, allPercent {
                groupFirstPercentDigits[top.id] = Set(numbers.values.map(\.fractionDigits))
            }
            let percentMarkedAbove = markedGroup != nil && stack.last?.id == markedGroup
            if let g = markedGroup, percentMarkedAbove { groupsMarkedOnFirstRow.insert(g) }
            if !stack.isEmpty { stack[stack.count - 1].members += 1 }
            if let top = stack.last, plainCount { groupPlainCounts[top.id, default: 0] += 1 }
            if let top = stack.last, allPercent { groupPercents[top.id, default: 0] += 1 }
            if let top = stack.last { groupLongestMember[top.id] = max(groupLongestMember[top.id] ?? 0, lw.count) }
            if !stack.isEmpty {
                // The row's decimal places, read once for every open group.
                let places = TableBuilder.decimals(numbers)
                for g in stack { groupDecimals[g.id, default: []].formUnion(places) }
            }
            // Two label columns: the item carried down and the row's own label.
            var pathRule: RowPathRule = closes != nil ? .closesGroup : groups.last.flatMap { groupRule[$0] } ?? .topLevel
            if let lp = r.labelPath, lp.contains(label) {
                path += lp
                pathRule = .labelColumns
            } else {
                path.append(label)
            }
            continuedIndent = label.isEmpty ? nil : r.indent
            data.append(DataRow(label: label, path: path, cells: cells, numbers: numbers, span: r.span,
                                isTotal: isTotal, groups: groups, closes: closes, unlabeled: label.isEmpty,
                                pathRule: pathRule, labelRule: labelRule, percentMarkedAbove: percentMarkedAbove))
        }
    }

    /// A data row's warnings: values without a label, only zeros.
    static func rowWarnings(_ row: DataRow, index ri: Int, _ notes: inout [(Severity, String, String, Span?)]) {
        if row.unlabeled {
            notes.append((.warning, "tables.row_unlabeled", "row \(ri) has values but no label: kept with an empty label", row.span))
        }
        if !row.numbers.isEmpty && row.numbers.count == row.cells.count && row.numbers.values.allSatisfy({ $0.value == 0 }) {
            notes.append((.warning, "tables.row_zero", "row \(ri) (\(row.label)) has only zeros", row.span))
        }
    }

    /// The scale a label states in its last parentheses: `Average Shares Outstanding (in
    /// millions)`.
    static func labelStatedScale(_ label: String) -> Int? {
        guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else { return nil }
        let inner = String(label[open...])
        return inner.utf8.count <= 20 ? UnitsParser.parse(inner).scale : nil
    }

    /// **Noun-scoped scale.** The scale a units statement gives a row or column it names
    /// (`UnitsParser.scopedScales`): `(in millions, except conversion rate)` leaves the column
    /// `Conversion Rate Into Class A Common Stock` unscaled, `(in millions, except
    /// weighted-average fair value)` the row `Weighted-average grant-date fair value`,
    /// `(options in thousands, aggregate intrinsic value in millions)` scales the column
    /// `Options` by 1000. A row or column is named when every word of the noun (filler words
    /// such as `number of`, `amounts`, `data` left out) is among the words of its label or of
    /// its column's headings; the row's label is read first. Nil when none names it.
    static func scopedScale(_ scoped: [ScopedScale], label: Set<String>, column: Set<String>) -> Int? {
        let filler: Set<String> = ["number", "numbers", "of", "the", "a", "an", "for", "amounts", "amount", "data", "information", "figures", "and"]
        var byColumn: Int?
        for s in scoped {
            let words = LabelText.words(s.noun).filter { !filler.contains($0) }
            guard !words.isEmpty else { continue }
            if words.allSatisfy(label.contains) { return s.scale }
            if byColumn == nil, words.allSatisfy(column.contains) { byColumn = s.scale }
        }
        return byColumn
    }

    /// **A column's units note that exempts the column.** A units note printed in a column's
    /// header (`Conversion Rate Into Class A Common Stock` over `(in millions, except
    /// conversion rate)`, a PDF's header band read into the column) scales the column, unless
    /// it exempts what the column's other headings name (`scopedScale` on their words): then
    /// the exemption's scale (1). Nil when it exempts nothing the column names.
    static func noteExemptsItsColumn(_ note: StatedUnits, header: [[String]], column c: Int) -> Int? {
        guard !note.scoped.isEmpty else { return nil }
        var words = Set<String>()
        for h in header where c < h.count && !UnitsParser.isScaleNote(h[c]) { words.formUnion(LabelText.words(h[c])) }
        return scopedScale(note.scoped, label: [], column: words)
    }

    /// **Range in one cell.** A cell printing two figures joined by a dash or `to` where one
    /// figure would be (`4.80% - 4.95%`, `33 - 36%`, `$10 - $20`, `2025 - 2034`): a range, whose
    /// two bounds keep their own bytes (`Cell.bounds`). `percent` when either bound prints `%`;
    /// `years` when both are years printed bare (four digits, 1900-2100, no `$`, `%`, comma or
    /// decimals), a span of years rather than amounts. Nil for any other cell.
    static func rangeBounds(_ cell: GridCell) -> (bounds: [CellBound], percent: Bool, years: Bool)? {
        let b = Array(cell.text.utf8)
        guard let located = PrintedRange.located(b) else { return nil }
        // The bounds' bytes, when the cell's text is its bytes as printed.
        let exact = cell.span.end - cell.span.start == b.count
        let bounds = located.map { l in
            CellBound(value: l.value, span: exact ? Span(start: cell.span.start + l.bytes.lowerBound, end: cell.span.start + l.bytes.upperBound) : nil)
        }
        let percent = b.contains(0x25)
        let years = !percent && !b.contains(0x24) && located.allSatisfy { l in
            l.bytes.count == 4 && isYear(String(decoding: b[l.bytes], as: UTF8.self))
        }
        return (bounds, percent, years)
    }

    /// **Units row.** A row above the header whose only text is a units phrase (`in millions`,
    /// `Millions of dollars`, `(In thousands)`), in any column: the table's units, not a row.
    static func unitsOnlyRow(_ row: GridRow) -> (text: String, span: Span)? {
        let filled = row.cells.compactMap { $0 }.filter { !$0.text.isEmpty }
        guard filled.count == 1, let cell = filled.first,
              UnitsParser.isUnitsPhrase(cell.text) || UnitsParser.isCellNote(cell.text) else { return nil }
        return (cell.text, cell.span)
    }

    /// **Percent column marked once.** A column that prints `%` on its first figure only, as
    /// a statement prints `$` on its first row (`$14,046` | `8.8%` over `6,485` | `4.1`): the
    /// whole column is percent. Only when no other figure of the column prints `%` but the
    /// last (its total, `100.0%`) (a column printing it row by row marks each row, and its
    /// plain rows are other measures), none
    /// prints a currency, and every one is within ±100 (a money row under a percent row is not
    /// a percentage).
    static func percentColumns(_ data: [DataRow], nData: Int) -> [Bool] {
        var out = [Bool](repeating: false, count: nData + 1)
        guard nData >= 1 else { return out }
        for c in 1...nData {
            var first: ParsedNumber?
            var count = 0, marked = 0
            var lastMarked = false
            var plausible = true
            for r in data {
                guard let n = r.numbers[c], n.kind == .number, let v = n.value else { continue }
                if first == nil { first = n }
                count += 1
                if n.isPercent { marked += 1 }
                lastMarked = n.isPercent
                if !isPlausiblePercent(n, v) { plausible = false; break }
            }
            // Marked on the first figure, and at most again on the last (the total, `100.0%`).
            let marksOnce = marked == 1 || (marked == 2 && lastMarked && count > 2)
            out[c] = plausible && count >= 2 && first?.isPercent == true && marksOnce
        }
        return out
    }

    /// **Header row labelled with the units.** A row whose label cell is a units phrase and
    /// whose other cells print no figure (`in millions` | `2024` | `2023`, `Millions` |
    /// `Common shares` | `Treasury shares`, `(Dollars in millions, except per share data)` |
    /// `Six months ended June 30`): a header row, wherever it comes among the header rows.
    /// A label cell with a units note among its words (`years ended December 31 (in millions)`
    /// | `Balance sheet caption` | `2024`, `UnitsParser.embeddedCellNote`) is one too.
    static func isUnitsLabelHeader(_ row: GridRow) -> Bool {
        let label = row.label
        guard !label.isEmpty, UnitsParser.isUnitsPhrase(label) || UnitsParser.isCellNote(label)
            || UnitsParser.embeddedCellNote(label) != nil else { return false }
        for c in row.dataColumns { if let t = row.text(c), isFigure(t) { return false } }
        return true
    }

    /// **Units in a header cell.** A header row's label cell that is a units phrase
    /// (`Millions, except per share amounts` over the label column, years over the figures),
    /// or a data-column header cell that is a units phrase and the only text of its row (`in
    /// millions` spanning the columns): the whole table's units. A units phrase among other
    /// headers (`Milestone (in billions)`) scales only its column (`colScale`).
    /// A label cell that holds a units note among other words (`years ended December 31 (in
    /// millions)`, `as of December 31 (in millions, except share data)`): that note
    /// (`UnitsParser.embeddedCellNote`), the first header row holding one.
    static func headerCellUnits(_ headerRows: [GridRow]) -> (text: String, span: Span)? {
        for h in headerRows {
            if let cell = h.cells.first ?? nil, UnitsParser.isUnitsPhrase(cell.text) || UnitsParser.isCellNote(cell.text) {
                return (cell.text, cell.span)
            }
            if let only = unitsOnlyRow(h) { return only }
        }
        for h in headerRows {
            if let cell = h.cells.first ?? nil, let (note, offset) = UnitsParser.embeddedCellNote(cell.text) {
                return (note, noteSpan(cell, offset: offset, length: note.utf8.count))
            }
        }
        for h in headerRows { if let note = splitCellNote(h) ?? cutCellNote(h) { return note } }
        return nil
    }

    /// **Units note cut between two header cells.** A units note a PDF-to-Markdown converter
    /// cut where two columns meet, each piece stacked under the column's own heading:
    ///
    /// ```
    /// ||**June 30, 2025**<br>**(in thou**|**December 31, 2024**<br>**sands)**|
    /// ||**Unrealized Gain**<br>**(Loss)**<br>**(in thousa**|**Derivative**<br>**Instruments**<br>**nds)**|
    /// ```
    ///
    /// A data cell of a header row that leaves a parenthesis open (`... (in thou`) and the
    /// next cell's words that close it (`sands)`) make one note, glued where the cut split a
    /// word (`(in thousands)`), else with a space: the whole table's units, when it is a
    /// header-cell note (`UnitsParser.isCellNote`). Only a note cut inside its scale: the open
    /// piece states none, and the closing piece is the fewest words that give one (a
    /// column's heading words before them stay its own). A note whose open piece states the
    /// scale (`(in millions` | `, except weigh fair value)`) is left to the header rows' own
    /// rules. Words holding a `(` (`(Loss)`) are headings, never part of the note.
    static func cutCellNote(_ h: GridRow) -> (text: String, span: Span)? {
        let cols = h.dataColumns
        for k in cols.indices.dropLast() {
            guard let a = h.cells[cols[k]], let b = h.cells[cols[k + 1]],
                  let open = a.text.lastIndex(of: "("), !a.text[open...].contains(")") else { continue }
            let head = String(a.text[open...])
            guard UnitsParser.parse(head).scale == nil else { continue }
            let words = b.text.split(separator: " ").map(String.init)
            guard let close = words.firstIndex(where: { $0.hasSuffix(")") && !$0.contains("(") }) else { continue }
            var from = close
            while true {
                let tail = words[from...close].joined(separator: " ")
                let glued = head + tail
                let note = UnitsParser.parse(glued).scale != nil ? glued : head + " " + tail
                if UnitsParser.isCellNote(note) { return (note, a.span.union(b.span)) }
                guard from > 0, !words[from - 1].contains("(") else { break }
                from -= 1
            }
        }
        return nil
    }

    /// The bytes of a note printed at `offset` inside a cell, when the cell's text is its bytes
    /// as printed (else the whole cell's).
    static func noteSpan(_ cell: GridCell, offset: Int, length: Int) -> Span {
        guard cell.span.end - cell.span.start == cell.text.utf8.count, offset >= 0, offset + length <= cell.text.utf8.count else {
            return cell.span
        }
        return Span(start: cell.span.start + offset, end: cell.span.start + offset + length)
    }

    /// **Units note split over the column headers.** A header row without label whose data
    /// cells, glued left to right, make one parenthesised units note (`(in millions, exc` |
    /// `ept percentages and` | `per share data)`), as a PDF-to-Markdown converter cuts a note
    /// centred over the columns: the whole table's units, as if printed in one cell.
    static func splitCellNote(_ h: GridRow) -> (text: String, span: Span)? {
        guard h.label.isEmpty else { return nil }
        let cells = h.dataColumns.compactMap { h.cells[$0] }
        guard cells.count >= 2, let first = cells.first, let last = cells.last else { return nil }
        let joined = cells.map(\.text).joined()
        guard UnitsParser.isCellNote(joined) else { return nil }
        return (joined, first.span.union(last.span))
    }

    /// A header row whose every filled data cell prints a piece of `note` (the table's
    /// units caption as read), four bytes at least, a parenthesis of the note among them.
    static func printsPieceOf(_ note: String?, _ cells: ArraySlice<String>) -> Bool {
        guard let note, !note.isEmpty else { return false }
        let filled = cells.filter { !$0.isEmpty }
        return !filled.isEmpty && filled.allSatisfy { $0.utf8.count >= 4 && note.contains($0) }
            && filled.contains { $0.contains("(") || $0.contains(")") }
    }

    /// **Units note across the column headers.** A header row whose data cells, read left to
    /// right, print a parenthesised units note (`(in millions, except per share data)`), as a
    /// converter splits it over the columns (`(in millions, exce` | `pt per share data)`) or
    /// stacks it under the years of a cell (`2024 (in millions, exc` | `2023 ept percentages
    /// and` | `2022 per share data)`): its `per share` and `shares` words are the note's
    /// exemption, not a heading of the columns under it. The note opens with `(`, states a
    /// scale word and names shares before it closes; a column headed `Shares (in millions)`
    /// next to one headed `Price per share` closes its note first, so it is not one.
    static func isUnitsNoteRow(_ cells: ArraySlice<String>) -> Bool {
        // The row's distinct texts glued without separators (the pieces split a word).
        var joined: [UInt8] = []
        var last: String?
        for t in cells where !t.isEmpty && t != last {
            joined += UnitsParser.lowered(t)
            last = t
        }
        var i = 0
        while i < joined.count {
            guard joined[i] == 0x28 else { i += 1; continue }
            var j = i + 1
            while j < joined.count, joined[j] != 0x29 { j += 1 }
            let inner = Array(joined[i..<j])
            let scale = UnitsParser.firstIndex(inner, "million") != nil || UnitsParser.firstIndex(inner, "thousand") != nil
                || UnitsParser.firstIndex(inner, "billion") != nil
            if scale, UnitsParser.firstIndex(inner, "share") != nil { return true }
            i = j
        }
        return false
    }

    /// Two headings of one series: same first word, then a code and a colon inside
    /// (`Aspect B3: ...`, `Aspect B4: ...`).
    static func sameKindOfHeading(_ a: String, _ b: String) -> Bool {
        // Both need a colon (a word ending in `:`).
        guard a.utf8.contains(0x3A), b.utf8.contains(0x3A) else { return false }
        let wa = a.split(separator: " "), wb = b.split(separator: " ")
        guard wa.count >= 3, wb.count >= 3, wa[0] == wb[0], wa[0].utf8.count >= 3,
              wa[1].hasSuffix(":"), wb[1].hasSuffix(":"), wa[1] != wb[1] else { return false }
        return true
    }

    /// Decimal places printed in a row's figures.
    /// A plain figure a `%` printed elsewhere can mark (`percentColumns`, `percentOnFirstRow`):
    /// within ±100, no currency, no scale word (a money row under a percent row is not a
    /// percentage).
    static func isPlausiblePercent(_ n: ParsedNumber, _ value: Double) -> Bool {
        n.currency == nil && n.suffixScale == nil && abs(value) <= 100
    }

    /// `percentOnFirstRow`: a plain row's figures read as the percentages of a group whose
    /// first row printed `%` to the decimal places `digits`: each a number within ±100, no
    /// currency or scale word, printed to one of those places.
    static func continuesPercents(_ numbers: [Int: ParsedNumber], digits: Set<Int>?) -> Bool {
        guard let digits, !numbers.isEmpty else { return false }
        return numbers.values.allSatisfy { n in
            guard n.kind == .number, let v = n.value else { return false }
            return isPlausiblePercent(n, v) && digits.contains(n.fractionDigits)
        }
    }

    static func decimals(_ numbers: [Int: ParsedNumber]) -> Set<Int> {
        Set(numbers.values.filter { $0.kind == .number && !$0.isPercent }.map(\.fractionDigits))
    }

    /// Decimal places of the figures in the rows from `from` up to the next row without
    /// figures (the next heading).
    static func decimalsAhead(_ rows: [GridRow], from: Int, nData: Int, numericCol: [Bool]) -> Set<Int> {
        var out = Set<Int>()
        var i = from
        while i < rows.count {
            var numbers: [Int: ParsedNumber] = [:]
            for c in rows[i].dataColumns where c <= nData && numericCol[c] {
                if let t = rows[i].text(c), let n = NumberParser.parse(t, lenient: true) { numbers[c] = n }
            }
            if rows[i].dataColumns.isEmpty { break }
            out.formUnion(decimals(numbers))
            i += 1
        }
        return out
    }

    /// Rejoins a header cell that extraction split in two (`Year ended December 3` +
    /// `er 31,`), using a sibling header of the same row that prints the same phrase.
    static func repairSplit(_ a: String, _ b: String, siblings: [String]) -> String {
        let ab = Array(a.utf8), bb = Array(b.utf8)
        for s in siblings where s != a && s != b {
            let sb = Array(s.utf8)
            var L = min(ab.count, sb.count)
            while L >= 3 {
                let x = Array(ab[(ab.count - L)...])
                if let p = UnitsParser.firstIndex(sb, String(decoding: x, as: UTF8.self)) {
                    // b must start inside or right after x within s, and reach past it.
                    var q = p
                    while q <= p + L && q + bb.count <= sb.count {
                        if Array(sb[q..<(q + bb.count)]) == bb && q + bb.count >= p + L {
                            return String(decoding: ab[..<(ab.count - L)] + sb[p..<(q + bb.count)], as: UTF8.self)
                        }
                        q += 1
                    }
                }
                L -= 1
            }
        }
        return LabelText.joinFragments(a, b)
    }

    /// A unit word printed in a label's last parentheses: `(tons)`, `(MWh)`, `(tons/employee)`.
    static func parentheticalUnit(_ label: String) -> (String, Int)? {
        guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else { return nil }
        let inner = label[label.index(after: open)..<label.index(before: label.endIndex)]
        if inner.isEmpty || inner.count > 30 || inner.contains(where: { $0.isNumber }) { return nil }
        let words = inner.split(separator: " ")
        if words.count > 4 { return nil }
        let l = inner.lowercased()
        let known = ["ton", "tonne", "kwh", "mwh", "gwh", "gj", "m3", "m³", "litre", "liter", "kg", "hour", "day", "%", "employee", "person", "km", "tco2", "co2"]
        guard known.contains(where: { l.contains($0) }) else { return nil }
        for (prefix, scale) in [("thousands of ", 1000), ("millions of ", 1_000_000), ("thousand ", 1000), ("million ", 1_000_000)] where l.hasPrefix(prefix) {
            return (String(inner.dropFirst(prefix.count)), scale)
        }
        return (String(inner), 1)
    }

    /// A unit cell's text with extraction debris removed (a stray CJK character before Latin).
    static func cleanUnit(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        while let f = scalars.first, f.value > 0x2E7F, scalars.contains(where: { $0.value < 0x80 && $0.properties.isAlphabetic }) {
            scalars.removeFirst()
        }
        var out = String(String.UnicodeScalarView(scalars))
        out = out.trimmingSpaces()
        return out == "%" ? "percent" : out
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
