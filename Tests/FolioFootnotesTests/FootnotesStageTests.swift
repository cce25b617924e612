import Testing
import FolioModel
import FolioPipeline
import FolioFootnotes

@Suite struct FootnotesStageTests {
    /// Read, normalize markers, segment: what the pipeline does before this stage.
    static func prepared(_ text: String, markFootnotes: Bool = false) -> WorkingDocument {
        var doc = TestDoc.read(text)
        TestDoc.normalizeMarkers(&doc)
        TestDoc.segment(&doc, markFootnotes: markFootnotes)
        return doc
    }

    /// Tables for the table blocks: one row a line, cells split at tabs, the first column
    /// being the row label (what the tables stage does, in miniature).
    static func addTables(_ doc: inout WorkingDocument) {
        var tables: [Table] = []
        for i in doc.blocks.indices where doc.blocks[i].kind == .table {
            let span = doc.blocks[i].span
            var cells: [Cell] = []
            var row = 0
            var lineStart = span.start
            while lineStart < span.end {
                var lineEnd = lineStart
                while lineEnd < span.end, doc.text[lineEnd] != 0x0A { lineEnd += 1 }
                row += 1
                var col = 0
                var fieldStart = lineStart
                var label = ""
                var k = lineStart
                while k <= lineEnd {
                    if k == lineEnd || doc.text[k] == 0x09 {
                        let s = Span(start: fieldStart, end: k)
                        if col == 0 { label = doc.string(s) } else {
                            cells.append(Cell(row: row, col: col, rowLabel: label, rowPath: [label], columnPath: [],
                                              raw: doc.string(s), value: nil, scale: 0, unit: nil, span: s))
                        }
                        col += 1
                        fieldStart = k + 1
                    }
                    k += 1
                }
                lineStart = lineEnd + 1
            }
            let id = tables.count + 1
            doc.blocks[i].tableId = id
            tables.append(Table(id: id, nRows: row, nCols: 3, span: span, cells: cells))
        }
        doc.tables = tables
    }

    @Test("numbering restarts per table; table markers carry table, row and column")
    func tables() {
        var doc = Self.prepared("""
            Summary of items:(1)

            Revenue(2)\t100\t200
            Costs\t50\t60^{3}

            (1) These items relate to A.

            (2) Represents B,

            continued here.

            (3) Costs exclude C.

            Second summary:(1)

            Revenue\t10\t20

            (1) Second table note.
            """)
        Self.addTables(&doc)
        #expect(doc.tables.count == 2)
        TestDoc.runFootnotes(&doc)
        let notes = doc.footnotes
        #expect(notes.map(\.label) == ["1", "2", "3", "1"])
        #expect(notes.map(\.text) == ["These items relate to A.", "Represents B,\n\ncontinued here.", "Costs exclude C.", "Second table note."])
        #expect(notes.allSatisfy { $0.references.count == 1 })
        guard notes.count == 4, notes.allSatisfy({ $0.references.count == 1 }) else { return }
        #expect(TestDoc.block(doc, notes[0].references[0].blockId)?.text == "Summary of items:")
        #expect(TestDoc.block(doc, notes[3].references[0].blockId)?.text == "Second summary:")
        let r2 = notes[1].references[0]
        #expect(r2.tableId == 1 && r2.row == 1 && r2.col == nil) // on the row label
        let r3 = notes[2].references[0]
        #expect(r3.tableId == 1 && r3.row == 2 && r3.col == 2) // on a value
        #expect(TestDoc.block(doc, r3.blockId)?.kind == .table)
        #expect(notes[0].references[0].tableId == nil)
    }

    @Test("markers in table headers get the column below them, tabbed or fixed-width")
    func headerMarkers() {
        var doc = Self.prepared("""
            Segment\t2004\t2003^{*}
            Revenue\t10\t20

            * Restated.
            """)
        Self.addTables(&doc)
        // The first line is the header: no cells there.
        doc.tables[0].cells.removeAll { $0.row == 1 }
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.map(\.label) == ["*"])
        let r = doc.footnotes.first?.references.first
        #expect(r?.tableId == 1 && r?.row == nil && r?.col == 2)

        // Fixed width: cells found by position (as a tables stage would for EDGAR text).
        var fixed = Self.prepared("""
            Results

            Segment        2004     2003^{*}
            Revenue          10       20
            Costs             5        7

            * Restated.
            """)
        let text = fixed.text
        let tableStart = text.firstIndex(of: 0x53) ?? 0 // "Segment"
        func find(_ needle: String, after: Int) -> Span {
            let n = Array(needle.utf8)
            var i = after
            while i + n.count <= text.count, Array(text[i..<(i + n.count)]) != n { i += 1 }
            return Span(start: i, end: i + n.count)
        }
        let r1 = find("Revenue", after: tableStart).start, r2 = find("Costs", after: tableStart).start
        let cells = [
            Cell(row: 1, col: 1, rowLabel: "Revenue", rowPath: [], columnPath: [], raw: "10", value: 10, scale: 0, unit: nil, span: find("10", after: r1)),
            Cell(row: 1, col: 2, rowLabel: "Revenue", rowPath: [], columnPath: [], raw: "20", value: 20, scale: 0, unit: nil, span: find("20", after: r1)),
            Cell(row: 2, col: 1, rowLabel: "Costs", rowPath: [], columnPath: [], raw: "5", value: 5, scale: 0, unit: nil, span: find("5", after: r2)),
            Cell(row: 2, col: 2, rowLabel: "Costs", rowPath: [], columnPath: [], raw: "7", value: 7, scale: 0, unit: nil, span: find("7", after: r2)),
        ]
        let end = find("7", after: r2).end
        fixed.tables = [Table(id: 1, span: Span(start: tableStart, end: end), cells: cells)]
        TestDoc.runFootnotes(&fixed)
        let rf = fixed.footnotes.first?.references.first
        #expect(rf?.tableId == 1 && rf?.row == nil && rf?.col == 2)
    }

    @Test("numbering restarts per section; notes in one block; definitions after their section's prose")
    func sections() {
        var doc = Self.prepared("""
            Results

            Revenue¹ rose and margin² fell.

            ¹ Revenue excludes X.
            ² Margin is Y.

            Outlook

            We expect growth¹.

            ¹ Guidance is not a promise.
            """)
        TestDoc.runFootnotes(&doc)
        let notes = doc.footnotes
        #expect(notes.map(\.label) == ["1", "2", "1"])
        #expect(notes.map(\.text) == ["Revenue excludes X.", "Margin is Y.", "Guidance is not a promise."])
        #expect(notes.map { $0.references.count } == [1, 1, 1])
        let blocks = notes.map { TestDoc.block(doc, $0.references.first?.blockId)?.text ?? "" }
        #expect(blocks == ["Revenue rose and margin fell.", "Revenue rose and margin fell.", "We expect growth."])
        // The notes block holding two definitions: two spans inside it.
        if notes.count == 3 {
            #expect(doc.string(notes[0].span ?? Span(start: 0, end: 0)) == "¹ Revenue excludes X.")
            #expect(doc.string(notes[1].span ?? Span(start: 0, end: 0)) == "² Margin is Y.")
        }
    }

    @Test("a marker with no definition and a definition never referenced are diagnostics")
    func diagnostics() {
        var doc = Self.prepared("""
            Revenue^{1} rose. Costs^{2} fell.

            1 Revenue note.

            3 Orphan note.
            """)
        // The segment stage marked both definition paragraphs.
        for i in doc.blocks.indices where doc.blocks[i].text.hasPrefix("3 ") || doc.blocks[i].text.hasPrefix("1 ") {
            doc.blocks[i].kind = .footnote
        }
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.map(\.label) == ["1", "3"])
        #expect(doc.footnotes.map { $0.references.count } == [1, 0])
        let unresolved = doc.diagnostics.filter { $0.code == "footnotes.unresolved_marker" }
        #expect(unresolved.count == 1)
        #expect(unresolved.first?.severity == .warning)
        if let s = unresolved.first?.sourceSpan {
            #expect(String(decoding: doc.bytes[s.range], as: UTF8.self) == "^{2}")
        }
        let unreferenced = doc.diagnostics.filter { $0.code == "footnotes.unreferenced" }
        #expect(unreferenced.count == 1)
        #expect(unreferenced.first?.message.contains("\"3\"") ?? false)
        if let s = unreferenced.first?.sourceSpan {
            #expect(String(decoding: doc.bytes[s.range], as: UTF8.self) == "3 Orphan note.")
        }
        #expect(doc.diagnostics.contains { $0.code == "footnotes.summary" && $0.severity == .info
            && $0.message == "2 footnote(s), 1 reference(s), 1 unresolved marker(s), 1 unreferenced definition(s)" })
    }

    @Test("a definition printed before its marker is found for a footnote block")
    func definitionBefore() {
        var doc = Self.prepared("""
            1 Defined first.

            Later text^{1} uses it.
            """)
        doc.blocks[0].kind = .footnote
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.map(\.text) == ["Defined first."])
        #expect(doc.footnotes.first?.references.first?.blockId == 2)
    }

    @Test("continuation: only paragraphs that carry a note on")
    func continuation() {
        var doc = Self.prepared("""
            Alpha^{1} and beta^{2} and gamma^{3}.

            1 First note ends here.

            2 Second note continues in the next paragraph, which

            explains it further.

            3 Third note.

            Body text that is not part of the third note.

            More body text.
            """)
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.map(\.text) == ["First note ends here.",
                                              "Second note continues in the next paragraph, which\n\nexplains it further.",
                                              "Third note."])
        #expect(doc.blocks.filter { $0.kind == .footnote }.count == 4)
        #expect(doc.blocks.last?.kind == .paragraph)
    }

    @Test("footnote blocks without a label continue the note before them")
    func segmentMarkedContinuation() {
        var doc = Self.prepared("""
            Alpha^{1} and beta^{2}.

            1 First note.

            It goes on here.

            And here, as the segment stage says.

            2 Second note.

            Unlabeled footnote text standing alone.
            """)
        for i in doc.blocks.indices where i > 0 { doc.blocks[i].kind = .footnote }
        // Marker labels come bare from normalize (`NoteLabels`): the stage reads them as they are.
        #expect(doc.markers.map(\.label) == ["1", "2"])
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.map(\.label) == ["1", "2"])
        #expect(doc.footnotes.map(\.text) == ["First note.\n\nIt goes on here.\n\nAnd here, as the segment stage says.",
                                              "Second note.\n\nUnlabeled footnote text standing alone."])
        #expect(doc.footnotes.allSatisfy { $0.references.count == 1 })
    }

    @Test("a notes block opened by `Notes:`")
    func notesIntro() {
        var doc = Self.prepared("""
            Revenue\t10\t20
            Costs (1)\t5\t7
            Margin (2)\t5\t13

            Notes:
            (1) Excludes one-off items.
            (2) Gross margin.
            """)
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.map(\.label) == ["1", "2"])
        #expect(doc.footnotes.map(\.text) == ["Excludes one-off items.", "Gross margin."])
        #expect(doc.footnotes.allSatisfy { $0.references.count == 1 && TestDoc.block(doc, $0.references[0].blockId)?.kind == .table })
    }

    @Test("a paragraph with a marker in it ends a note")
    func continuationStopsAtMarker() {
        var doc = Self.prepared("""
            Alpha^{1} rose.

            1 First note, open

            but this paragraph cites^{2} another.

            2 Second.
            """)
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.map(\.text) == ["First note, open", "Second."])
    }

    @Test("symbols, letters and star runs")
    func symbols() {
        var doc = Self.prepared("""
            Net sales† rose; costs‡ fell.

            † Restated for X.

            ‡ Excludes Y.

            Segment\t2004\t2003*

            * Restated.

            Gross margin a)

            a) Excluding Z.
            """)
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.map(\.label) == ["†", "‡", "*", "a"])
        #expect(doc.footnotes.map(\.text) == ["Restated for X.", "Excludes Y.", "Restated.", "Excluding Z."])
        #expect(doc.footnotes.allSatisfy { $0.references.count == 1 })
        #expect(!doc.diagnostics.contains { $0.severity == .warning })
    }

    @Test("numbered paragraphs without markers are not footnotes")
    func numberedLists() {
        var doc = Self.prepared("""
            AGENDA

            1 To receive the audited accounts.

            2 To re-elect the directors.

            12 months ended December 31, 2023.
            """)
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.isEmpty)
        #expect(!doc.blocks.contains { $0.kind == .footnote })
    }

    @Test("the AGM and ESG seeds have no footnotes", arguments: ["000_8c057db36f5667ab.txt", "004_1ba0498fe219ff30.txt"])
    func seedsWithoutFootnotes(_ name: String) throws {
        var doc = try #require(TestDoc.file(TestDoc.seedsDir + "/" + name))
        TestDoc.segment(&doc)
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.isEmpty, "\(doc.footnotes.map { "\($0.label) \($0.text.prefix(40))" })")
        #expect(!doc.diagnostics.contains { $0.code == "footnotes.unreferenced" })
    }

    @Test("a flattened note number confirmed by its definition on the same page")
    func flattened() {
        var doc = TestDoc.read("""
            We report under the framework of the IFRS
            Foundation.1 In 2023, we continued to report.
            1 In 2024, the monitoring moved to the ISSB.
            \u{0C}2 Next page header line
            and text ending in a sentence.2 Then more.
            """)
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.map(\.label) == ["1"])
        #expect(doc.footnotes.first?.text == "In 2024, the monitoring moved to the ISSB.")
        #expect(doc.footnotes.first?.references.count == 1)
        // The unconfirmed `.2` is not a marker at all: no warning about it.
        #expect(!doc.diagnostics.contains { $0.code == "footnotes.unresolved_marker" })
    }

    @Test("bad spans and positions do not crash the stage")
    func robustness() {
        var doc = TestDoc.read("Revenue rose.\n\n1 Note.")
        doc.markers = [Marker(label: "1", position: 10_000, sourceSpan: Span(start: 0, end: 1)),
                       Marker(label: "1", position: 3, sourceSpan: Span(start: 3, end: 4))]
        doc.blocks = [Block(id: 1, kind: .paragraph, text: "x", span: Span(start: 0, end: 50_000)),
                      Block(id: 2, kind: .footnote, text: "", span: Span(start: 60_000, end: 70_000))]
        doc.tables = [Table(id: 1, span: Span(start: 0, end: 99_999), cells: [
            Cell(row: 1, col: 1, rowLabel: "", rowPath: [], columnPath: [], raw: "", value: nil, scale: 0, unit: nil, span: Span(start: 90_000, end: 95_000)),
        ])]
        TestDoc.runFootnotes(&doc)
        var empty = TestDoc.read("")
        TestDoc.runFootnotes(&empty)
        #expect(empty.footnotes.isEmpty)
    }

    @Test("the stage is registered with its options")
    func registered() {
        #expect(StageRegistry.stage(named: "footnotes") == FootnotesStage.self)
        #expect(FootnotesStage.options.map(\.name) == ["scan_markers", "max_continuation", "weak_marker_reach"])
        for o in FootnotesStage.options { #expect(o.accepts(o.defaultValue)) }
    }
}

@Suite struct FootnotesPipelineTests {
    @Test("the default stage list runs on the earnings seed and yields its 15 footnotes")
    func pipeline() throws {
        let yaml = "name: test\nstages:\n  - read\n  - normalize\n  - segment\n  - tables\n  - footnotes\n"
        let def = try PipelineDefinition.parse(Array(yaml.utf8), path: "test.yaml")
        let path = TestDoc.seedsDir + "/003_05f12aa528e47d2d.txt"
        let seed = try #require(TestDoc.file(path))
        let (doc, failed) = Pipeline(def).process(docId: "003", source: "003.txt", bytes: seed.bytes, sha256: "")
        #expect(!failed)
        #expect(doc.footnotes.map(\.label) == (1...15).map(String.init))
        #expect(doc.footnotes.allSatisfy { $0.references.count == 1 && !$0.text.isEmpty })
    }
}

extension FootnotesPipelineTests {
    static func run(_ text: String) throws -> WorkingDocument {
        let yaml = "name: test\nstages:\n  - read\n  - normalize\n  - segment\n  - footnotes\n"
        let def = try PipelineDefinition.parse(Array(yaml.utf8), path: "test.yaml")
        let (doc, failed) = Pipeline(def).process(docId: "t", source: "t.txt", bytes: Array(text.utf8), sha256: "")
        #expect(!failed)
        return doc
    }

    @Test("a symbol marker beside another marker is linked (normalize removed the one and left †‡§: lost before issue #15)")
    func symbolsBesideOtherMarkers() throws {
        let doc = try Self.run("Revenue¹ rose and costs† fell in the year.\n\n¹ Refers to net revenue.\n\n† Excludes restructuring costs.\n")
        #expect(doc.footnotes.map(\.label) == ["1", "†"])
        #expect(doc.footnotes.map(\.references.count) == [1, 1])
        #expect(doc.footnotes.allSatisfy { $0.references.allSatisfy { $0.span.isEmpty } }, "both removed by normalize")
    }

    @Test("once normalize decided, the stage does not decide strong markers again from the text")
    func normalizeDecides() throws {
        // `13(1)` is no marker by the grammar (the old scanner took it): the note below is
        // referenced by nothing.
        let doc = try Self.run("Under Section 13(1) the company reports.\n\n(1) Refers to the Act.\n")
        #expect(doc.markersDecided)
        #expect(doc.footnotes.allSatisfy { $0.references.isEmpty })
    }
}

@Suite struct FootnotesScaleTests {
    /// Thousands of notes, each linked once (that this stays linear is measured by
    /// `scripts/bench`'s `patho` section, not timed here).
    @Test("a large document with many notes links every one")
    func large() {
        var text = ""
        for section in 1...300 {
            text += "Section \(section)\n\n"
            for k in 1...10 { text += "Paragraph \(k) of section \(section) reports revenue^{\(k)} and costs.\n\n" }
            for k in 1...10 { text += "\(k) Note \(k) of section \(section).\n\n" }
        }
        var doc = TestDoc.read(text)
        TestDoc.normalizeMarkers(&doc)
        TestDoc.segment(&doc)
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.count == 3000)
        #expect(doc.footnotes.allSatisfy { $0.references.count == 1 })
        #expect(doc.footnotes.last?.text == "Note 10 of section 300.")

        // The same without normalize: markers read from the text.
        var scanned = TestDoc.read(text)
        TestDoc.segment(&scanned)
        TestDoc.runFootnotes(&scanned)
        #expect(scanned.footnotes.count == 3000)
        #expect(scanned.footnotes.last?.text == "Note 10 of section 300.")
    }
}
