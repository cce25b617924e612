import FolioModel

extension ColumnRuns {
    /// Most digits of a page number (`runsBeforeTheColumns`).
    static let maxPageNumberDigits = 3
    /// Most footnote markers printed under a label run (`runsBeforeTheColumns`).
    static let maxFootnoteMarkers = 9

    /// **Runs printed before the columns.** Between a statement's label run and its first
    /// column the converter may print lines of figures that belong to no column: the page's
    /// number (the statement's first column sits on the page below its footer, kept among
    /// the figures by the normalizer), or the footnote markers of the label column, `(1)`,
    /// `(2)`, ... one a line, read as figures (minus one, minus two):
    ///
    /// ```
    /// Tax at the statutory rate              Service revenue
    /// Tax credits                            Other revenue
    /// Other                                  Net revenue
    ///                                        (1)          ← the label column's markers
    /// $                                      (2)
    /// Provision for income taxes ← apart
    /// $                                      $
    /// 77                  ← the page number  16,114 $     ← the first column
    /// 1,456 $             ← the first column 3,197
    /// (198)                                  35,926 $
    /// ...
    /// ```
    ///
    /// How many of the first runs (`runs`, after the label run ending at line `labelsEnd`)
    /// are such runs: the first runs while their figure lines are markers numbered from 1 in
    /// order (`(1)` to `(9)`, every line of a run; a later run with no header pieces), or else
    /// a first run of one figure that is a page number (digits alone, three at most, no
    /// leading zero). 0 when neither. `read` leaves them out only when the runs do not
    /// reconcile with them and do without: a run of a column that holds one such figure
    /// alone would leave the others short of one. `shape` takes a region whose first run is
    /// one such figure when two runs at least follow it (a statement of two columns).
    static func runsBeforeTheColumns(_ text: [UInt8], _ lines: [Span], _ runs: [(pieces: [Int], figures: [Int])]) -> Int {
        var next = 1
        var k = 0
        markers: while k < runs.count, k == 0 || runs[k].pieces.isEmpty {
            for line in runs[k].figures {
                guard footnoteMarker(text, lines[line]) == next else { break markers }
                next += 1
            }
            k += 1
        }
        if k > 0 { return k < runs.count ? k : 0 }
        if runs.count >= 2, runs[0].figures.count == 1, let line = runs[0].figures.first, isPageNumber(text, lines[line]) { return 1 }
        return 0
    }

    /// The number of a footnote marker line (`(1)` to `(9)`: one digit, not zero, in
    /// parentheses, `maxFootnoteMarkers`), or nil.
    static func footnoteMarker(_ text: [UInt8], _ line: Span) -> Int? {
        let r = GridReader.trim(text, line.range)
        guard r.count == 3, text[r.lowerBound] == 0x28, text[r.upperBound - 1] == 0x29 else { return nil }
        let d = text[r.lowerBound + 1]
        guard d >= 0x31, d <= 0x30 + UInt8(maxFootnoteMarkers) else { return nil }
        return Int(d - 0x30)
    }

    /// **Footnote letters under the labels.** The label column's footnote markers may be
    /// letters, `(a)`, `(b)`, ... printed one a line right under the last label (the
    /// footnotes' own markers, set in the label column below the table); having a letter,
    /// they are read as label lines, one row too many for every run:
    ///
    /// ```
    /// Beginning balance
    /// Additions(a)
    /// Payments
    /// Ending balance
    /// (a)                   ← the label column's footnote letter, no row
    ///
    /// 2030
    /// 100
    /// 20
    /// (15)
    /// 105
    /// ```
    ///
    /// How many of the last labels (`labels`) are such letters: a letter or two alone in
    /// parentheses each (`isFootnoteLetter`), lettered from `a` in order (case aside), two
    /// labels at least above them; 0 when none. `read` leaves them out only when the runs
    /// do not reconcile with them (as `runsBeforeTheColumns` does the markers in figures).
    static func lettersUnderTheLabels(_ labels: [Label]) -> Int {
        var n = 0
        while n < labels.count, isFootnoteLetter(labels[labels.count - 1 - n].text) { n += 1 }
        guard n > 0, n <= maxFootnoteMarkers, labels.count - n >= 2 else { return 0 }
        let letters = labels.suffix(n).map { $0.text.lowercased() }
        let expected = (0..<n).map { "(" + String(UnicodeScalar(UInt8(0x61 + $0))) + ")" }
        return letters == expected ? n : 0
    }

    /// A footnote letter alone: `(a)`, `(B)` (one ASCII letter in parentheses).
    static func isFootnoteLetter(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 3, b[0] == 0x28, b[2] == 0x29 else { return false }
        return ByteClass.isLetter(b[1])
    }

    /// A page number: digits alone, `maxPageNumberDigits` at most, no leading zero.
    static func isPageNumber(_ text: [UInt8], _ line: Span) -> Bool {
        let r = GridReader.trim(text, line.range)
        guard !r.isEmpty, r.count <= maxPageNumberDigits, text[r.lowerBound] != 0x30 else { return false }
        return r.allSatisfy { ByteClass.isDigit(text[$0]) }
    }

    /// The runs without the first `count` (`runsBeforeTheColumns`). Their header pieces go
    /// with them (a page's footer printed with its number: `Fiscal 2024 Form 10-K`), except a
    /// row printed apart (`rowPrintedApart`): a first piece that is a label line after a lone
    /// `$` line below the label run (the total's sign, printed with the labels), which then
    /// heads the first run kept, where `rowPrintedApart` looks for it.
    static func withoutRunsBeforeTheColumns(_ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])], count: Int,
                                            labelsEnd: Int) -> [(pieces: [Int], figures: [Int])] {
        guard count > 0, count < runs.count else { return runs }
        var kept = Array(runs[count...])
        if let p = runs[0].pieces.first, kinds[p] == .label, labelsEnd < p,
           kinds[(labelsEnd + 1)..<p].contains(.currencySign) {
            kept[0].pieces.insert(p, at: 0)
        }
        return kept
    }
}

extension ColumnRuns {
    /// **A year left over.** Header pieces printed where the text flow put them can give a
    /// column the year of the column beside it, and leave another column none:
    ///
    /// ```
    /// For the Years Ended
    /// September 30,
    /// 2029                  ← the second column's year, above the labels
    ///
    /// 2030                  ← the first column's
    /// Expected term
    /// ...
    /// 4.23  ...             ← the 2030 column
    /// 2028                  ← printed before the 2029 column's run
    /// 4.17  ...             ← the 2029 column
    /// 4.11  ...             ← the 2028 column: no piece of its own
    /// ```
    ///
    /// The columns' years (the year each column's last piece ends with) read `2030`, `2028`,
    /// none: a column has no year, and a year printed among the table's header lines
    /// (`printed`) that no column took lies between the years of two columns side by side,
    /// where no column is left for it. Neither column can then be told its own year: `read`
    /// gives the columns no header (no period is better than a wrong one, `yearsOutOfOrder`).
    /// Years `2030`, none, `2028` over `2029` left over are in order: the column between
    /// may be the year between.
    static func yearLeftOver(_ heads: [[GridCell]], printed: [Int]) -> Bool {
        let years = heads.map { $0.last.flatMap { yearEnding($0.text) } }
        guard years.contains(nil) else { return false }
        let taken = years.compactMap { $0 }
        let left = printed.filter { !taken.contains($0) }
        guard !left.isEmpty else { return false }
        // Two columns side by side: a column without a year between two others may be the
        // year between theirs (`2030`, none, `2028`).
        return zip(years, years.dropFirst()).contains { a, b in
            guard let a, let b else { return false }
            return left.contains { y in min(a, b) < y && y < max(a, b) }
        }
    }

    /// Fewest columns for `lastColumnLeftBare`.
    static let minColumnsLeftBare = 3

    /// **The last column left bare.** A converter that follows the page's text flow may
    /// print each column's header pieces before the run of the column left of it (the first
    /// column's own above the labels, or stacked with the next one's), leaving the last
    /// column none:
    ///
    /// ```
    /// Fiscal                ← the first column's header, where the reader does not look
    /// 2030
    /// Revenue
    /// Cost
    /// Fiscal 2029           ← the second column's, before the first column's run
    /// 100  60
    /// Fiscal 2028           ← the third column's, before the second column's run
    /// 90  55
    /// 80  50                ← the last column: no piece of its own
    /// ```
    ///
    /// Whether every column but the last has header pieces and the last, of
    /// `minColumnsLeftBare` columns or more, has none: each column would take the header of
    /// the column right of it. `read` then gives the columns no header (no period is better
    /// than a wrong one), keeping a units caption printed among the pieces for every column.
    static func lastColumnLeftBare(_ heads: [[GridCell]]) -> Bool {
        guard heads.count >= minColumnsLeftBare, let last = heads.last else { return false }
        return last.isEmpty && heads.dropLast().allSatisfy { !$0.isEmpty }
    }

    /// The years printed among a table's header lines: the pieces above the labels (`above`)
    /// and the block above those (`headerAbove`), and the runs' header pieces.
    static func yearsPrinted(_ text: [UInt8], _ lines: [Span], _ runs: [(pieces: [Int], figures: [Int])], above: [GridCell]) -> [Int] {
        let higher = above.first.map { headerAbove(text, before: $0.span.start).cells } ?? []
        let pieces = runs.flatMap { $0.pieces.compactMap { GridReader.cell(text, lines[$0].range) } }
        return (higher + above + pieces).compactMap { yearEnding($0.text) }
    }
}

extension ColumnRuns {
    /// **A heading over its rows, first in the run.** A small table's first label line is
    /// often a heading without a colon over the rows (its figures, none: every column's run
    /// holds one figure less than the labels):
    ///
    /// ```
    /// Basic                                        ← a heading: a later row starts with it
    /// Basic weighted average shares outstanding
    /// Less: participating securities
    /// Basic weighted average common shares outstanding
    /// ```
    ///
    /// A row's figure the converter printed elsewhere leaves the runs one short as well, so
    /// the first label is taken for a heading only on its own evidence: no group label nor
    /// total, and a later label starts with its text and a space (case aside). Title case
    /// over rows in sentence case is no such evidence (`Revenue` over `Cost of revenue` is a
    /// row). `read` tries it last, when the runs reconcile in no other way.
    static func headsItsRows(_ labels: [Label]) -> Bool {
        guard let first = labels.first, labels.count >= 3, !first.isGroup, !LabelText.isTotalLabel(first.text) else { return false }
        let own = first.text.lowercased() + " "
        let rest = labels.dropFirst()
        return rest.contains { !$0.isGroup && $0.text.lowercased().hasPrefix(own) }
    }
}

extension ColumnRuns {
    /// **A row printed apart after a run.** A statement's last row set apart on the page (a
    /// total or net under a rule) may be printed by the converter after the first column's
    /// run and its lone `$` line, right over the next column's header pieces, as if it were
    /// the first of them:
    ///
    /// ```
    /// Land
    /// Buildings
    /// Property, at cost
    /// Less: accumulated depreciation
    /// $
    /// 100  900  1,000  400  600   ← the first column: one figure more than the labels
    /// $
    /// Net property        ← apart: the last row
    /// January 31,         ← the next column's header pieces
    /// 2029
    /// 90  850  940  380  560
    /// ```
    ///
    /// The run (`k`, after the first) whose header pieces open with a label line (no group
    /// label, units caption or sentence) printed after a lone `$` line below the run before
    /// it, the other pieces a column's header ending with a year (each a year or a short
    /// label line), when exactly one run is so: that label is the last row and leaves the
    /// pieces. The counts decide as always (`slots`) and the row must be the total or net of
    /// the rows above it (`totalsRowApart`); nil when no run is so.
    static func rowApartAfterARun(_ text: [UInt8], _ lines: [Span], _ kinds: [Line],
                                  _ runs: [(pieces: [Int], figures: [Int])], _ labels: [Label])
        -> (labels: [Label], runs: [(pieces: [Int], figures: [Int])])? {
        func isPiece(_ i: Int) -> Bool {
            kinds[i] == .year || (kinds[i] == .label && GridReader.trim(text, lines[i].range).count <= maxPieceBytes)
        }
        let candidates = runs.indices.dropFirst().filter { k in
            let pieces = runs[k].pieces
            guard pieces.count >= 2, let p = pieces.first, kinds[p] == .label, let last = pieces.last, kinds[last] == .year,
                  let before = runs[k - 1].figures.last, before < p,
                  kinds[(before + 1)..<p].contains(.currencySign) else { return false }
            return pieces.dropFirst().allSatisfy(isPiece)
        }
        guard candidates.count == 1, let k = candidates.first else { return nil }
        let line = lines[runs[k].pieces[0]]
        let r = GridReader.trim(text, line.range)
        guard !r.isEmpty, text[r.upperBound - 1] != 0x3A, !isCaptionOrSentence(text, line) else { return nil }
        var runs = runs
        runs[k].pieces.removeFirst()
        return (labels + [Label(text: String(decoding: text[r], as: UTF8.self), span: Span(r), apart: true)], runs)
    }

    /// **A net after a `Less` row.** A schedule may end with a net: a total, then the amount
    /// taken off it in a row labelled `Less` (`Less: accumulated depreciation`, `Less: imputed
    /// interest`), then the net (`Net property and equipment`, `Present value of lease
    /// liabilities`). Whether the last data row is, in every column, the row two above it
    /// less the row right above it (labelled `Less`, printed positive or negative), within
    /// the rounding of the figures (`totalsRowApart`, for a row whose label was printed apart
    /// only: an empty-labelled total read so took the net's label for a column's header).
    static func netAfterLessRow(_ text: [UInt8], _ lines: [Span], labels: [Label], figures: [[Int]]) -> Bool {
        let data = labels.filter { !$0.isGroup }
        let last = data.count - 1
        guard last >= 2, startsWithLess(data[last - 1].text) else { return false }
        func value(_ line: Int) -> (Double, Double)? {
            guard let c = figureCell(text, lines[line]), let p = NumberParser.parse(c.text) else { return nil }
            return (p.kind == .dash ? 0 : (p.value ?? 0), p.roundingTolerance)
        }
        return figures.allSatisfy { column in
            guard column.count == data.count, let x = value(column[last - 2]), let y = value(column[last - 1]),
                  let n = value(column[last]) else { return false }
            return abs(x.0 - abs(y.0) - n.0) <= x.1 + y.1 + n.1
        }
    }

    /// A label opening with the word `Less` (`Less:`, `Less `, any case).
    static func startsWithLess(_ s: String) -> Bool {
        let u = Array(s.utf8.prefix(5))
        guard u.count >= 5, u[0] | 0x20 == 0x6C, u[1] | 0x20 == 0x65, u[2] | 0x20 == 0x73, u[3] | 0x20 == 0x73 else { return false }
        return u[4] == 0x3A || u[4] == 0x20
    }
}

extension ColumnRuns {
    /// Fewest rows a subtotal adds up (`subtotalByFigures`).
    static let minRowsUnderSubtotal = 2
    /// Fewest columns in which a subtotal told by its figures is looked for (`sumsRowApart`).
    static let minColumnsForSubtotal = 2

    /// **A subtotal told by its figures.** A schedule may close a first group with a row that
    /// adds it up without saying `Total` (`Primary segment net sales` under `Building
    /// Materials`, `Décor`, `Hardlines`), then add the rows after it to that subtotal in its
    /// last row (`Net sales`, printed apart):
    ///
    /// ```
    /// Building Materials          100
    /// Décor                        50
    /// Primary segment net sales   150   ← the sum of the rows above it
    /// Other net sales              10
    /// Net sales                   160   ← the subtotal and the rows after it
    /// ```
    ///
    /// The last row `k` above the last (`rows` data rows in each column of `figures`) that is
    /// the sum of the rows above it (`minRowsUnderSubtotal` at least) in every column, within
    /// the rounding of the figures; nil when none is. `sumsRowApart` adds from it, for a row
    /// printed apart under the labels as printed (no heading taken) in
    /// `minColumnsForSubtotal` columns at least, when no row is labelled a total and the last
    /// row is not the sum of every row above.
    static func subtotalByFigures(_ text: [UInt8], _ lines: [Span], _ figures: [[Int]], rows: Int) -> Int? {
        guard rows - 2 >= minRowsUnderSubtotal, figures.allSatisfy({ $0.count == rows }) else { return nil }
        // Each column's values once (a figure that does not parse: no subtotal).
        var values: [[(Double, Double)]] = []
        for column in figures {
            var vs: [(Double, Double)] = []
            for line in column {
                guard let c = figureCell(text, lines[line]), let p = NumberParser.parse(c.text) else { return nil }
                vs.append((p.kind == .dash ? 0 : (p.value ?? 0), p.roundingTolerance))
            }
            values.append(vs)
        }
        for k in stride(from: rows - 2, through: minRowsUnderSubtotal, by: -1) {
            let adds = values.allSatisfy { vs in
                var sum = -vs[k].0, tolerance = vs[k].1
                for i in 0..<k { sum += vs[i].0; tolerance += vs[i].1 }
                return abs(sum) <= tolerance
            }
            if adds { return k }
        }
        return nil
    }
}
