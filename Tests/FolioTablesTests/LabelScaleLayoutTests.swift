import FolioModel
@testable import FolioTables
import Testing

/// Row labels printed in a later column, and rows that repeat another table's figures
/// (issue #14). Each input is written for its rule.
@Suite struct LabelScaleLayoutTests {
    func rows(_ s: String) -> [GridRow] {
        let b = Array(s.utf8)
        var spans: [Span] = [], start = 0
        for (i, c) in b.enumerated() where c == 0x0A { spans.append(Span(start: start, end: i)); start = i + 1 }
        return GridReader.tabRows(b, spans)
    }

    /// One HTML page of paragraphs and tables: each table a list of rows, cells split at tabs.
    func html(_ parts: [(String, String)]) -> String {
        var out = "<html><body>\n"
        for (caption, table) in parts {
            out += "<p>\(caption)</p><table>\n"
            for line in table.split(separator: "\n") {
                out += "<tr>" + line.split(separator: "\t", omittingEmptySubsequences: false).map { "<td>\($0)</td>" }.joined() + "</tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</body></html>\n"
    }

    // MARK: label printed in a later column

    @Test("a row printing its label in a text column, nothing in the label column, takes it as its label")
    func labelInTextColumn() {
        let input = rows("x\t2024\t2023\tLocation\t2024\nInterest rate\t161\t41\tNet revenue\t8\n\t\t\tGeneral and administrative\t177\nCommodity\t5\t6\tCost of sales\t9\n")
        let out = LabelColumns.foldSecondLabelColumn(input)
        #expect(out[2].label == "General and administrative")
        #expect(out[2].text(3) == "General and administrative")
        #expect(out[2].text(4) == "177")
        #expect(out[2].labelPath == ["Interest rate", "General and administrative"])
        // The rows that print their own label keep it and their text column.
        #expect(out[1].label == "Interest rate" && out[1].text(3) == "Net revenue")
    }

    @Test("a date printed where the label would go on labels its row")
    func dateInSecondColumn() {
        let out = LabelColumns.foldSecondLabelColumn(rows("x\t\tShares\t2025\t2024\nCommon stock – shares issued –\tMarch 2025\t4,009.2\t\t\n\tJune 2024\t4,009.2\t4,009\t4,009\nAdditional paid-in capital\t\t\t68,615\t67,684\n"))
        #expect(out[2].label == "June 2024")
        #expect(out[2].labelPath == ["Common stock – shares issued –", "June 2024"])
    }

    @Test("no label from a figure, a year, a cell right of a figure, a header row or a row without figures")
    func laterLabelLimits() {
        // A year is the period rules' (and `labelYearRows`'), not a label.
        let year = rows("x\t\tSales\nBeauty\tUnited\t5\n\t2024\t6\n")
        #expect(LabelColumns.foldSecondLabelColumn(year)[2].label.isEmpty)
        // Words after a figure are a remark, not the row's label.
        let remark = rows("x\t2024\tNote\nRevenue\t5\tok\n\t6\tsee below\n")
        #expect(LabelColumns.foldSecondLabelColumn(remark)[2].label.isEmpty)
        // Words with no figure after them: a heading row, left to the group rules.
        let heading = rows("x\t2024\tNote\nRevenue\t5\t\n\tForeign\t\n")
        #expect(LabelColumns.foldSecondLabelColumn(heading)[2].label.isEmpty)
        // Above the first row with figures: the header.
        let header = rows("\tLocation\t2024\nRevenue\tOhio\t5\n")
        #expect(LabelColumns.foldSecondLabelColumn(header)[0].label.isEmpty)
        // The row above is a heading without figures: no item carried.
        let underHeading = rows("x\t\t2024\nDerivatives:\t\t\nForeign exchange\t\t5\nInterest rate\t\t6\nOther:\t\t\n\tGeneral and administrative\t177\n")
        let out = LabelColumns.foldSecondLabelColumn(underHeading)
        #expect(out[5].label == "General and administrative" && out[5].labelPath == nil)
        // A period heading over the columns, its date broken across cells, below the first
        // rows of a fixed-width table: a header, not a row.
        let header2 = rows("x\t2025\t2024\nRevenue\t5\t6\nCosts\t3\t4\n\tSix months ended June\t30\n")
        #expect(LabelColumns.foldSecondLabelColumn(header2)[3].label.isEmpty)
        // Fewer than two rows labelled in the first column: `FIELD: value` lines, no table.
        let fields = rows("FILER:\t\t\n\tCENTRAL INDEX KEY:\t0001018724\n\tIRS NUMBER:\t911646860\n")
        #expect(LabelColumns.labelLaterCells(fields, firstFigure: 1) == fields)
    }

    @Test("HTML: the row's label from its text column, under the item of the row above")
    func htmlLabelInTextColumn() throws {
        let doc = try processed(text: html([("Gains reclassified (in millions):", """
            \t2024\t2023\tLocation\t2024\t2023
            Foreign exchange contracts\t$161\t$(41)\tNet revenue\t$8\t$(29)
            \t\t\tGeneral and administrative\t$177\t$—
            Interest rate contracts\t$—\t$—\tInterest expense\t$(7)\t$(7)
            """)]))
        let t = try #require(doc.tables.first)
        let ga = try #require(t.cells.first { $0.value == 177 })
        #expect(ga.rowLabel == "General and administrative")
        #expect(ga.rowPath.suffix(2) == ["Foreign exchange contracts", "General and administrative"])
        #expect(ga.scale == 1_000_000)
    }

    // MARK: restated rows

    /// Prose far longer than a units note's reach (`TablesStage.unitsNoteReach`), so the
    /// table after it takes no units from the table before.
    static let filler = String(repeating: "The company reports its results in two segments and discusses them below. ", count: 30) + "</p><p>"

    @Test("a table stating no units takes the scale of the statement rows it repeats")
    func restatedRowsTakeTheStatementsScale() throws {
        let doc = try processed(text: html([
            ("(In thousands, except per share data)", """
            \tThree months 2025\tThree months 2024
            Revenue\t$760,866\t$616,424
            Net loss\t$(3,258)\t$(14,435)
            Weighted average common shares used in computing net loss per share\t52,696\t51,005
            Net loss per share\t$(0.06)\t$(0.28)
            """),
            (Self.filler + "A reconciliation of the denominator is as follows:", """
            \tThree months 2025\tThree months 2024
            Net loss\t$(3,258)\t$(14,435)
            Weighted-average common shares outstanding — basic\t52,696\t51,005
            Dilutive effect of share equivalents\t—\t—
            Net loss per share, basic and diluted\t$(0.06)\t$(0.28)
            Employees at the end of the period\t8,246\t7,663
            """),
        ]))
        try #require(doc.tables.count == 2)
        let note = doc.tables[1]
        #expect(note.units.scale == nil)
        let loss = try #require(note.cells.first { $0.rowLabel == "Net loss" && $0.col == 0 })
        #expect(loss.scale == 1000 && loss.scaleReason == .restated)
        let shares = try #require(note.cells.first { $0.rowLabel.hasPrefix("Weighted-average") && $0.col == 1 })
        #expect(shares.scale == 1000 && shares.scaleReason == .restated)
        // Rows repeating nothing, and the per-share row, keep their scale.
        #expect(note.cells.first { $0.rowLabel == "Employees at the end of the period" }?.scale == 1)
        #expect(note.cells.first { $0.rowLabel.hasPrefix("Net loss per share") }?.scale == 1)
        #expect(note.cells.first { $0.rowLabel.hasPrefix("Dilutive") }?.scale == 1)
        // The statement's own cells are untouched.
        #expect(doc.tables[0].cells.allSatisfy { $0.scaleReason != .restated })
    }

    @Test("restated rows: small figures, figures of two scales, a table with units of its own decide nothing")
    func restatedRowsLimits() throws {
        func cell(_ row: Int, _ col: Int, _ v: Double, scale: Int) -> Cell {
            Cell(row: row, col: col, rowLabel: "r\(row)", rowPath: ["r\(row)"], columnPath: [], raw: "\(v)", value: v, scale: scale, unit: "USD")
        }
        func table(_ id: Int, scale: Int?, _ cells: [Cell]) -> Table {
            Table(id: id, units: TableUnits(scale: scale), span: Span(start: id * 10, end: id * 10 + 5), cells: cells)
        }
        var tables = [
            table(1, scale: 1000, [cell(0, 0, 12, scale: 1000), cell(0, 1, 15, scale: 1000),
                                   cell(1, 0, 500, scale: 1000), cell(1, 1, 600, scale: 1000)]),
            table(2, scale: 1_000_000, [cell(0, 0, 500, scale: 1_000_000), cell(0, 1, 600, scale: 1_000_000)]),
            table(3, scale: nil, [cell(0, 0, 12, scale: 1), cell(0, 1, 15, scale: 1),
                                  cell(1, 0, 500, scale: 1), cell(1, 1, 600, scale: 1)]),
            table(4, scale: 1, [cell(0, 0, 12, scale: 1), cell(0, 1, 15, scale: 1)]),
        ]
        RestatedRows.adoptScales(&tables)
        // 12 and 15 are too small to say; 500 and 600 are printed at two scales.
        #expect(tables[2].cells.allSatisfy { $0.scale == 1 && $0.scaleReason == nil })
        #expect(tables[3].cells.allSatisfy { $0.scale == 1 })
        // With one scale for 500 and 600, the unscaled table takes it.
        tables.remove(at: 1)
        RestatedRows.adoptScales(&tables)
        #expect(tables[1].cells.filter { $0.row == 1 }.allSatisfy { $0.scale == 1000 && $0.scaleReason == .restated })
        #expect(tables[1].cells.filter { $0.row == 0 }.allSatisfy { $0.scale == 1 })
    }
}
