import FolioModel
@testable import FolioTables
import Testing

/// Small hand-written inputs for each structural rule; each test can fail on its own.
@Suite struct RegionFinderTests {
    @Test func tabRunSpansABlankLine() {
        let text = Array("Title\n\nA\t1\t2\nB\t3\t4\n\nC\t5\t6\nprose after\nD\t7\t8\n".utf8)
        let regions = TableRegionFinder.find(in: text)
        #expect(regions.count == 2)
        #expect(regions.first?.layout == .tabs)
        #expect(regions.first?.lines.count == 4)   // A, B, blank, C
        #expect(regions.last?.lines.count == 1)
    }

    @Test func pipeRows() {
        let text = Array("| a | b |\n|---|---|\n| x | 1 |\n\nnot | a table\n".utf8)
        let regions = TableRegionFinder.find(in: text)
        #expect(regions.count == 1)
        #expect(regions.first?.layout == .pipes)
    }

    @Test func fixedWidthNeedsTwoDataLines() {
        let one = Array("Revenue          1,234      1,100\n\nSome prose here.\n".utf8)
        #expect(TableRegionFinder.find(in: one).isEmpty)
        let two = Array("                 2005       2004\nRevenue          1,234      1,100\nCosts              900        800\n".utf8)
        let r = TableRegionFinder.find(in: two)
        #expect(r.count == 1)
        #expect(r.first?.layout == .fixedWidth)
        #expect(r.first?.lines.count == 3)
    }

    @Test func proseWithDoubleSpacesIsNotFixedWidth() {
        let text = Array("    The company anticipates earnings per share to be between\n$0.00 and  $0.10, including $0.03 to $0.05 per share.  Sales rose.\nIt employs  640 people  in three countries.\n".utf8)
        #expect(TableRegionFinder.find(in: text).isEmpty)
    }
}

@Suite struct RegionFilterTests {
    func rows(_ s: String) -> [GridRow] {
        let text = Array(s.utf8)
        return GridReader.tabRows(text, TableRegionFinder.lines(text))
    }

    @Test func tableOfContentsIsRejected() {
        let r = rows("01\tCompany Overview\tIntroduction Honors\t05 07\n02\tAnalysis of Issues\tStakeholders\t11 12\n03\tSpecial Report\tHighlights\t15 17 19\n")
        #expect(RegionFilter.rejection(r) == .tableOfContents)
    }

    @Test func bulletsAreRejected() {
        let r = rows("\\square\tAwarded the Consumer Rights Protection Award for outstanding cases.\n\\square\tRanked on the Double 50 list by KPMG for five consecutive years.\n")
        #expect(RegionFilter.rejection(r) == .bulletList)
    }

    @Test func splitWordsAreRejected() {
        let r = rows("h\tndex\nG\tender\nFe\temale\n")
        #expect(RegionFilter.rejection(r) != nil)
    }

    @Test func figuresWithoutLabelsAreRejected() {
        let r = rows("2023\t2022\n19%\t19%\n20%\t18%\n")
        #expect(RegionFilter.rejection(r) != nil)
    }

    @Test("one row of figures under a label is a table when markup set it as one, not in text")
    func oneRowMarkupTable() {
        let one = rows("Total stockholders' equity\t5,230\t4,100\n")
        #expect(RegionFilter.rejection(one) == .singleLine)
        #expect(RegionFilter.rejection(one, markup: true) == nil)
        let headed = rows("\t2024\t2023\nDividends declared per share\t$0.25\t$0.24\n")
        #expect(RegionFilter.rejection(headed) != nil)
        #expect(RegionFilter.rejection(headed, markup: true) == nil)
        // Still not a table: a label without figures, or figures without a label.
        #expect(RegionFilter.rejection(rows("Signature\tTitle\n"), markup: true) != nil)
        #expect(RegionFilter.rejection(rows("\t5,230\t4,100\n"), markup: true) != nil)
    }

    @Test func yearLabelsAreLabels() {
        let r = rows("\tCommitments\nFiscal Year:\t\n2024\t$5,230\n2025\t983\n2026\t679\n2027\t622\n2029 and thereafter\t253\nTotal\t$8,063\n")
        #expect(RegionFilter.rejection(r) == nil)
        // Figures under a row of years, without labels, stay rejected.
        #expect(RegionFilter.rejection(rows("2023\t2022\n1,200\t1,100\n900\t800\nTotal\t3\n")) != nil)
    }

    @Test func fieldListIsRejected() {
        let r = rows("ACCESSION NUMBER:\t0000891020-98-001352\nPERIOD OF REPORT:\t19980827\nFILED AS OF DATE:\t19980828\n")
        #expect(RegionFilter.rejection(r) == .listOfFields)
    }

    @Test func textTableIsKept() {
        let r = rows("Name\tAge\tGender\tPosition\nZhou\t53\tMale\tChairman\nWu\t41\tMale\tDirector\n")
        #expect(RegionFilter.rejection(r) == nil)
    }
}

@Suite struct BuilderTests {
    func table(_ s: String) throws -> Table {
        let doc = try processed(text: s)
        return try #require(doc.tables.first)
    }

    @Test func brokenSpanningHeaderIsRepaired() throws {
        let t = try table("\tThree months ended December 31,\t\tYear ended December 3\t\ter 31,\t\n\t2022\t2023\t2023\t2022\t2023\t2023\n\tRMB\tRMB\tUSD\tRMB\tRMB\tUSD\nNet cash\t1\t2\t3\t4\t5\t6\nOther\t1\t2\t3\t4\t5\t6\n")
        #expect(t.header.first == ["", "Three months ended December 31,", "Three months ended December 31,", "Three months ended December 31,",
                                   "Year ended December 31,", "Year ended December 31,", "Year ended December 31,"])
        #expect(t.cells.first { $0.col == 5 }?.columnPath == ["Year ended December 31,", "2023", "USD"])
        #expect(t.cells.first { $0.col == 5 }?.unit == "USD")
        #expect(t.cells.first { $0.col == 0 }?.unit == "RMB")
        #expect(t.units.currency == nil)
    }

    @Test func labelPiecesAcrossTabStopsAreJoined() throws {
        let t = try table("\t2022\t2023\nNet income per ordinary share attributable to ordinary sha\tareholders of Qi\tfu Technology,\tInc.\nBasic\t2.76\t3.51\nDiluted\t2.69\t3.44\n")
        #expect(t.cells.first?.rowPath == ["Net income per ordinary share attributable to ordinary shaareholders of Qifu Technology, Inc.", "Basic"])
        // With `shareholders` printed elsewhere in the table, the doubled letter goes.
        let t2 = try table("\t2022\t2023\nNet income to shareholders\t1\t2\nNet income per share to ordinary sha\tareholders of Qi\tfu\nBasic\t2.76\t3.51\nDiluted\t2.69\t3.44\n")
        #expect(t2.cells.first { $0.rowLabel == "Basic" }?.rowPath == ["Net income per share to ordinary shareholders of Qifu", "Basic"])
        #expect(t.cells.first?.scale == 1)
    }

    @Test func wrappedLabelsAndGroups() throws {
        let t = try table("\t2023\t2022\nASSETS\t\t\nCurrent assets:\t\t\nCash\t10\t8\nLoans\t5\t4\nTotal current assets\t15\t12\nGoodwill\t1\t1\nTOTAL ASSETS\t16\t13\nNet income attributable to shareholders of\t\t\nthe Company\t7\t6\n")
        let paths = Dictionary(grouping: t.cells, by: \.row).mapValues { $0[0].rowPath }
        #expect(paths[0] == ["ASSETS", "Current assets", "Cash"])
        #expect(paths[2] == ["ASSETS", "Current assets", "Total current assets"])
        #expect(paths[3] == ["ASSETS", "Goodwill"])
        #expect(paths[4] == ["ASSETS", "TOTAL ASSETS"])
        #expect(paths[5] == ["Net income attributable to shareholders of the Company"])
        #expect(t.checks.filter { $0.outcome == .pass }.count == 4)
        #expect(t.checks.allSatisfy { $0.outcome == .pass })
    }

    @Test func failedTotalBecomesADiagnosticAndKeepsValues() throws {
        let doc = try processed(text: "(In thousands of U.S. dollars)\n\n\t2023\t2022\nCurrent assets:\t\t\nCash\t10\t8\nLoans\t5\t4\nTotal current assets\t18\t12\n")
        let t = try #require(doc.tables.first)
        #expect(t.checks.contains { $0.outcome == .fail && $0.col == 0 && $0.expected == 18 && $0.actual == 15 })
        #expect(t.cells.first { $0.rowLabel == "Total current assets" && $0.col == 0 }?.value == 18)
        #expect(doc.diagnostics.contains { $0.code == "tables.check_failed" })
        #expect(doc.diagnostics.contains { $0.code == "tables.summary" && $0.message.hasPrefix("1 tables, 6 cells, checks 1/2 passed") })
    }

    @Test func unlabeledAndZeroRowsAreFlagged() throws {
        let doc = try processed(text: "\t2023\t2022\nRevenue\t10\t8\n\t1\t2\nUnused line\t0\t-\nCosts\t5\t4\n")
        let t = try #require(doc.tables.first)
        #expect(t.cells.contains { $0.rowLabel == "" && $0.raw == "1" })
        #expect(doc.diagnostics.contains { $0.code == "tables.row_unlabeled" })
        #expect(doc.diagnostics.contains { $0.code == "tables.row_zero" })
    }

    @Test func captionScaleAndShareExemption() throws {
        let t = try table("Statements of Operations\n\n(Amounts in thousands of Renminbi (\"RMB\") and U.S. dollars (\"USD\") except for number of shares and per share data)\n\n\t2023\t2023\n\tRMB\tUSD\nNet income\t1,107,688\t156,015\nNet income per ADS\t\t\nBasic\t7.02\t0.98\nWeighted average shares used\t\t\nBasic\t316,325,750\t316,325,750\nNet income margin\t24.6%\t\n")
        #expect(t.title == "Statements of Operations")
        #expect(t.units.scale == 1000 && t.units.currency == nil)
        #expect(t.units.source?.kind == .caption)
        let byRow = Dictionary(grouping: t.cells, by: \.row)
        #expect(byRow[0]?.map(\.scale) == [1000, 1000])
        #expect(byRow[0]?.map(\.unit) == ["RMB", "USD"])
        #expect(byRow[1]?.map(\.scale) == [1, 1])
        #expect(byRow[2]?.map(\.unit) == ["shares", "shares"])
        #expect(byRow[2]?.map(\.scale) == [1, 1])
        #expect(byRow[3]?.first?.unit == "percent")
        #expect(byRow[3]?.first?.scale == 1)
    }

    @Test func unitColumnGivesRowUnits() throws {
        let t = try table("Resource Consumption Category\tUnit\tTotal\nGasoline\tMWh\t52.2\nWater\tTonnes per person\t24.21\n")
        #expect(t.cells.filter { $0.col == 1 }.map(\.unit) == ["MWh", "Tonnes per person"])
        #expect(t.cells.filter { $0.col == 0 }.map(\.value) == [nil, nil])
        #expect(t.cells.filter { $0.col == 0 }.map(\.raw) == ["MWh", "Tonnes per person"])
    }

    @Test func twoStatementsInOneRegionAndContinuation() throws {
        // Two periods one after the other: two tables; a repeated header after a page
        // number: one table.
        let doc = try processed(text: "Title\n\n\tQ4\tQ3\nA\t1\t2\nB\t3\t4\n\n\tYear\tYear\nA\t5\t6\nB\t7\t8\n\nNext\n\n\tX\tY\nC\t1\t2\nE\t1\t2\n\n12\n\n\tX\tY\nD\t3\t4\nF\t3\t4\n")
        try #require(doc.tables.count == 3)
        #expect(doc.tables[1].title == "Title")
        #expect(doc.tables[1].header == [["", "Year", "Year"]])
        #expect(doc.tables[2].nRows == 4)
        #expect(doc.tables[2].title == "Next")
        #expect(doc.diagnostics.contains { $0.code == "tables.continuation" })
    }

    @Test func segmentBlocksAreUsedAndProseBlocksDemoted() throws {
        let text = "Intro paragraph.\n\nA\t1\t2\nB\t3\t4\n\n\\square\tAwarded the Consumer Rights Protection Award for outstanding cases.\n\\square\tRanked on the Double 50 list by KPMG for five consecutive years.\n"
        var doc = WorkingDocument(docId: "t", source: "t.txt", bytes: Array(text.utf8))
        try ReadStageShim.read(&doc)
        let b = Array(doc.text)
        let lines = TableRegionFinder.lines(b)
        doc.blocks = [
            Block(id: 1, kind: .paragraph, text: "Intro paragraph.", span: lines[0]),
            Block(id: 2, kind: .table, text: "", span: Span(start: lines[2].start, end: lines[3].end)),
            Block(id: 3, kind: .table, text: "", span: Span(start: lines[5].start, end: lines[6].end)),
        ]
        try TablesStage(options: StageOptions()).process(&doc)
        #expect(doc.tables.count == 1)
        #expect(doc.blocks[1].tableId == 1)
        #expect(doc.blocks[2].kind == .paragraph)
        #expect(doc.blocks[2].tableId == nil)
    }

    @Test func cellSpansPointAtTheRawText() throws {
        let doc = try processed(text: "\t2023\t2022\nRevenue\t(1,234)\t—\nCosts\t5\t4\n")
        let t = try #require(doc.tables.first)
        for c in t.cells {
            let span = try #require(c.span)
            #expect(doc.string(span) == c.raw)
        }
        #expect(t.cells.first?.value == -1234)
        #expect(t.cells[1].value == 0)
        #expect(t.cells[1].raw == "—")
    }
}

@Suite struct OptionTests {
    @Test func perShareUnitOption() throws {
        let text = "\t2023\t2023\n\tRMB\tUSD\nNet income\t1,107\t156\nNet income per share\t\t\nBasic\t7.02\t0.98\n"
        var doc = WorkingDocument(docId: "t", source: "t.txt", bytes: Array(text.utf8))
        try ReadStageShim.read(&doc)
        try TablesStage(options: StageOptions(specs: TablesStage.options, given: ["per_share_unit": .string("null")])).process(&doc)
        let basic = doc.tables.first?.cells.filter { $0.rowLabel == "Basic" } ?? []
        #expect(basic.map(\.unit) == [nil, nil])
        #expect(basic.map(\.scale) == [1, 1])
        let doc2 = try processed(text: text)
        #expect(doc2.tables.first?.cells.filter { $0.rowLabel == "Basic" }.map(\.unit) == ["RMB", "USD"])
    }

    /// Tables over `max_rows`, `max_columns` or `max_cells` are left as text with a warning.
    @Test func dimensionLimits() throws {
        let text = "\t2023\t2022\t2021\nRevenue\t1,107\t156\t90\nCosts\t(900)\t(100)\t(80)\nProfit\t207\t56\t10\n"
        func run(_ given: [String: OptionValue]) throws -> WorkingDocument {
            var doc = WorkingDocument(docId: "t", source: "t.txt", bytes: Array(text.utf8))
            try ReadStageShim.read(&doc)
            try TablesStage(options: StageOptions(specs: TablesStage.options, given: given)).process(&doc)
            return doc
        }
        #expect(try run([:]).tables.count == 1)
        #expect(try run(["max_rows": .int(4), "max_columns": .int(4), "max_cells": .int(16)]).tables.count == 1)
        for (given, reason) in [(["max_rows": OptionValue.int(3)], "4 rows, over tables.max_rows (3)"),
                                (["max_columns": .int(3)], "4 columns, over tables.max_columns (3)"),
                                (["max_cells": .int(15)], "4 x 4 cells, over tables.max_cells (15)")] {
            let doc = try run(given)
            #expect(doc.tables.isEmpty)
            let diagnostic = doc.diagnostics.first { $0.code == "tables.too_large" }
            #expect(diagnostic?.severity == .warning)
            #expect(diagnostic?.message == "table region of \(reason); left as text")
        }
    }
}

/// `TablesStage.cutAfterFirstRows`: a statement whose first row prints fewer columns than
/// the rows below it, a blank line between them.
@Suite struct FirstRowsCutTests {
    @Test("a header and its first row go on with the rows after the blank line")
    func firstRowJoinsTheRest() throws {
        let doc = try processed(text: """
            A reconciliation of the effective income tax rate was as follows:

                                                       2024                          2023                          2022
                                              Amount          Percent       Amount          Percent       Amount          Percent
            Income before income taxes     $  15,254                     $  13,639                     $  11,732

            Federal statutory tax              3,203           21.0 %        2,864           21.0 %        2,464           21.0 %
            Foreign tax effect                  (649)          (4.3)%         (393)          (2.9)%         (347)          (3.0)%
            Income tax expense             $   2,554           16.7 %    $   2,471           18.1 %    $   2,117           18.0 %

            """)
        try #require(doc.tables.count == 1)
        let t = doc.tables[0]
        #expect(t.nRows == 4)
        #expect(doc.diagnostics.contains { $0.code == "tables.continuation" && $0.message.contains("blank line") })
        #expect(!doc.diagnostics.contains { $0.message.contains("next page") })
        let federal = t.cells.filter { $0.rowLabel == "Federal statutory tax" }
        #expect(federal.count == 6)
        #expect(federal.map { PeriodClues($0.columnPath.joined(separator: " ")).allYears } == [[2024], [2024], [2023], [2023], [2022], [2022]])
        #expect(federal.map { $0.columnPath.last } == ["Amount", "Percent", "Amount", "Percent", "Amount", "Percent"])
    }

    @Test("a part of more rows, or one whose columns the next does not fill, is a table of its own")
    func notTheFirstRows() throws {
        let head = GridRow(cells: [nil, GridCell(text: "2024", span: Span(start: 0, end: 4)), nil, GridCell(text: "2023", span: Span(start: 5, end: 9))],
                           span: Span(start: 0, end: 9), blankBefore: false)
        func row(_ cols: [Int]) -> GridRow {
            var cells = [GridCell?](repeating: nil, count: 5)
            cells[0] = GridCell(text: "Label", span: Span(start: 10, end: 15))
            for c in cols { cells[c] = GridCell(text: "1,234", span: Span(start: 16 + c, end: 17 + c)) }
            return GridRow(cells: cells, span: Span(start: 10, end: 30), blankBefore: false)
        }
        let later = [row([1, 2, 3, 4]), row([1, 2, 3, 4])]
        #expect(TablesStage.cutAfterFirstRows(later, after: [head, row([1, 3])]))
        #expect(!TablesStage.cutAfterFirstRows(later, after: [head, row([1, 3]), row([1, 3]), row([1, 3])]))
        #expect(!TablesStage.cutAfterFirstRows([row([2, 4])], after: [head, row([1, 3])]))
        #expect(!TablesStage.cutAfterFirstRows(later, after: [row([1, 3])]))
        // Columns added only right of the first rows': no column skipped between theirs.
        #expect(!TablesStage.cutAfterFirstRows([row([1, 2, 3])], after: [head, row([1, 2])]))
    }
}

@Suite struct BlockContinuationTests {
    @Test func continuationBlocksShareTheTable() throws {
        let text = "Balance Sheets\n\n\t2023\t2022\nCash\t1\t2\nLoans\t3\t4\n\n- 7 -\n\n\t2023\t2022\nDebt\t5\t6\nEquity\t7\t8\n"
        var doc = WorkingDocument(docId: "t", source: "t.txt", bytes: Array(text.utf8))
        try ReadStageShim.read(&doc)
        let ls = TableRegionFinder.lines(Array(doc.text))
        doc.blocks = [
            Block(id: 1, kind: .heading, text: "Balance Sheets", span: ls[0]),
            Block(id: 2, kind: .table, text: "", span: Span(start: ls[2].start, end: ls[4].end)),
            Block(id: 3, kind: .paragraph, text: "- 7 -", span: ls[6]),
            Block(id: 4, kind: .table, text: "", span: Span(start: ls[8].start, end: ls[10].end)),
        ]
        try TablesStage(options: StageOptions()).process(&doc)
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.nRows == 4)
        #expect(doc.tables.first?.title == "Balance Sheets")
        #expect(doc.blocks[1].tableId == 1)
        #expect(doc.blocks[3].tableId == 1)
    }
}

@Suite struct BlockCaptionTests {
    @Test func captionInsideATableBlockIsReadAsCaption() throws {
        let text = "Statements of Operations\n(In thousands of U.S. dollars)\n\t2023\t2022\nRevenue\t10\t8\nCosts\t4\t3\n"
        var doc = WorkingDocument(docId: "t", source: "t.txt", bytes: Array(text.utf8))
        try ReadStageShim.read(&doc)
        let ls = TableRegionFinder.lines(Array(doc.text))
        doc.blocks = [
            Block(id: 1, kind: .heading, text: "Statements of Operations", span: ls[0]),
            Block(id: 2, kind: .table, text: "", span: Span(start: ls[1].start, end: ls[4].end)),
        ]
        try TablesStage(options: StageOptions()).process(&doc)
        let t = try #require(doc.tables.first)
        #expect(t.title == "Statements of Operations")
        #expect(t.units.scale == 1000 && t.units.currency == "USD")
        #expect(t.units.source?.text == "(In thousands of U.S. dollars)")
        #expect(t.nRows == 2)
        #expect(doc.blocks[1].tableId == 1)
    }
}
