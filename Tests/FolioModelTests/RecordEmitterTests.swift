@testable import FolioModel
import Foundation
import Testing

/// A small document with one of everything. The text has non-ASCII characters (so code point
/// spans differ from byte spans) and the map is shifted by a 3-byte BOM (so source spans differ
/// from both).
///
/// Text bytes: "Über" 0..<5, "\n" 5, "Sales 10" 6..<14, "\n" 14, "1 Note é" 15..<24, "\n" 24.
private func sampleDocument() -> WorkingDocument {
    let text = Array("Über\nSales 10\n1 Note é\n".utf8)
    var doc = WorkingDocument(docId: "co/report", source: "co/report.txt", bytes: [0xEF, 0xBB, 0xBF] + text, sha256: "abc123")
    doc.format = .text
    doc.encoding = "utf-8"
    doc.setText(text, map: .identity(length: text.count, originOffset: 3))
    doc.metadata = DocumentMetadata(title: "Über", issuer: nil, formType: "esg_report", period: "FY 2023", date: "2024-03-12")
    doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: "Über", span: Span(start: 0, end: 25), headingRule: .item)]
    doc.blocks = [
        Block(id: 1, sectionId: 1, kind: .heading, text: "Über", span: Span(start: 0, end: 5)),
        Block(id: 2, sectionId: 1, kind: .table, text: "Sales 10", span: Span(start: 6, end: 14), tableId: 1),
        Block(id: 3, sectionId: 1, kind: .footnote, text: "1 Note é", span: Span(start: 15, end: 24)),
    ]
    doc.tables = [
        Table(id: 1, sectionId: 1, title: "Sales", units: TableUnits(scale: 1000, currency: "EUR", source: UnitsSource(kind: .caption, text: "Über", span: Span(start: 0, end: 5))),
              header: [["", "FY 2023"]], nRows: 1, nCols: 2, span: Span(start: 6, end: 14),
              checks: [
                  TableCheck(kind: "sum", target: "Sales", col: 1, expected: 10, actual: 10, outcome: .pass),
                  TableCheck(kind: "ratio", target: "margin", col: nil, expected: 2.76, actual: nil, outcome: .fail),
              ],
              cells: [
                  Cell(row: 1, col: 1, rowLabel: "Sales", rowPath: ["Sales"], columnPath: ["FY 2023"], raw: "10",
                       value: 10, scale: 1000, unit: "EUR", span: Span(start: 12, end: 14),
                       period: Period.ending(CalendarDate(year: 2023, month: 12, day: 31)!, months: 12),
                       concept: "ifrs-full:Revenue", context: "c-1"),
                  Cell(row: 1, col: 2, rowLabel: "Sales", rowPath: ["Group", "Sales"], columnPath: [], raw: "n/a",
                       value: nil, scale: 1, unit: nil, span: nil, periodReason: "no_date", scaleReason: .printed),
                  Cell(row: 2, col: 1, rowLabel: "Cash", rowPath: ["Cash"], columnPath: ["At 31 December 2023"], raw: "4",
                       value: 4, scale: 1000, unit: "EUR", span: nil, period: .instant(CalendarDate(year: 2023, month: 12, day: 31)!)),
              ]),
    ]
    doc.footnotes = [
        Footnote(id: 1, label: "1", text: "Note é", sectionId: 1, span: Span(start: 15, end: 24),
                 references: [FootnoteReference(blockId: 2, span: Span(start: 14, end: 14), sourceSpan: Span(start: 17, end: 22),
                                                tableId: 1, row: 1, col: 1)]),
        Footnote(id: 2, label: "*", text: "Orphan \"quoted\"", sectionId: nil, span: nil),
    ]
    doc.facts = [
        Fact(id: 1, origin: .narrative, metric: "revenue", value: 10, scale: 1000, unit: "EUR",
             period: FactPeriod(start: "2023-01-01", end: "2023-12-31", text: "FY 2023"), span: Span(start: 12, end: 14),
             cell: FactCell(tableId: 1, row: 1, col: 1), check: .agrees, comparedValue: 10),
        Fact(id: 2, origin: .xbrl, metric: "us-gaap:Assets", value: -0.5, scale: 1, unit: nil,
             period: FactPeriod(instant: "2023-12-31"), span: nil, sourceSpan: Span(start: 0, end: 2)),
    ]
    doc.removals = [Removal(kind: "page_number", text: "07/08", sourceSpan: Span(start: 100, end: 105))]
    doc.diagnose("tables", .warning, "tables.check_failed", "check \"margin\" failed", span: Span(start: 6, end: 14))
    doc.diagnose("read", .info, "read.encoding", "read as utf-8\twith tab")
    return doc
}

private let golden: [RecordKind: String] = [
    .documents: #"""
    {"doc_id":"co/report","source":"co/report.txt","sha256":"abc123","bytes":28,"format":"text","encoding":"utf-8","part":null,"status":"ok","title":"Über","issuer":null,"form_type":"esg_report","period":"FY 2023","date":"2024-03-12","cik":null,"ticker":null,"accession_number":null,"filing_date":null,"period_end":null,"fiscal_year":null,"fiscal_period":null,"metadata_sources":{"title":null,"issuer":null,"cik":null,"ticker":null,"accession_number":null,"form_type":null,"filing_date":null,"period_end":null,"fiscal_year":null,"fiscal_period":null},"counts":{"sections":1,"blocks":3,"tables":1,"footnotes":2,"facts":2},"removed":[{"kind":"page_number","text":"07/08","source_span":{"start":100,"end":105}}],"text_sha256":"a0ad2071da04a3c0209858dd38c465e8d0ca461225a6959b09773d473647631b","text":"Über\nSales 10\n1 Note é\n"}

    """#,
    .sections: #"""
    {"doc_id":"co/report","section_id":1,"parent_id":null,"level":1,"ordinal":1,"heading":"Über","heading_rule":"item","span":{"start":0,"end":23},"source_span":{"start":3,"end":28}}

    """#,
    .blocks: #"""
    {"doc_id":"co/report","block_id":1,"section_id":1,"kind":"heading","table_id":null,"text":"Über","span":{"start":0,"end":4},"source_span":{"start":3,"end":8}}
    {"doc_id":"co/report","block_id":2,"section_id":1,"kind":"table","table_id":1,"text":"Sales 10","span":{"start":5,"end":13},"source_span":{"start":9,"end":17}}
    {"doc_id":"co/report","block_id":3,"section_id":1,"kind":"footnote","table_id":null,"text":"1 Note é","span":{"start":14,"end":22},"source_span":{"start":18,"end":27}}

    """#,
    .tables: #"""
    {"doc_id":"co/report","table_id":1,"section_id":1,"title":"Sales","statement":null,"units":{"scale":1000,"currency":"EUR","source":{"kind":"caption","text":"Über","span":{"start":0,"end":4},"source_span":{"start":3,"end":8}}},"header":[["","FY 2023"]],"n_rows":1,"n_cols":2,"span":{"start":5,"end":13},"source_span":{"start":9,"end":17},"checks":[{"kind":"sum","target":"Sales","col":1,"expected":10,"actual":10,"outcome":"pass","rows":[],"reason":null},{"kind":"ratio","target":"margin","col":null,"expected":2.76,"actual":null,"outcome":"fail","rows":[],"reason":null}]}

    """#,
    .cells: #"""
    {"doc_id":"co/report","table_id":1,"row":1,"col":1,"row_label":"Sales","row_path":["Sales"],"column_path":["FY 2023"],"raw":"10","value":10,"scale":1000,"unit":"EUR","span":{"start":11,"end":13},"source_span":{"start":15,"end":17},"period":{"start":"2023-01-01","end":"2023-12-31"},"period_reason":null,"concept":"ifrs-full:Revenue","concept_source":null,"context":"c-1","scale_reason":null,"bounds":null,"row_path_rule":null,"label_rule":null}
    {"doc_id":"co/report","table_id":1,"row":1,"col":2,"row_label":"Sales","row_path":["Group","Sales"],"column_path":[],"raw":"n/a","value":null,"scale":1,"unit":null,"span":null,"source_span":null,"period":null,"period_reason":"no_date","concept":null,"concept_source":null,"context":null,"scale_reason":"printed","bounds":null,"row_path_rule":null,"label_rule":null}
    {"doc_id":"co/report","table_id":1,"row":2,"col":1,"row_label":"Cash","row_path":["Cash"],"column_path":["At 31 December 2023"],"raw":"4","value":4,"scale":1000,"unit":"EUR","span":null,"source_span":null,"period":{"instant":"2023-12-31"},"period_reason":null,"concept":null,"concept_source":null,"context":null,"scale_reason":null,"bounds":null,"row_path_rule":null,"label_rule":null}

    """#,
    .footnotes: #"""
    {"doc_id":"co/report","footnote_id":1,"label":"1","text":"Note é","section_id":1,"span":{"start":14,"end":22},"source_span":{"start":18,"end":27},"references":[{"block_id":2,"span":{"start":13,"end":13},"source_span":{"start":17,"end":22},"table_id":1,"row":1,"col":1}]}
    {"doc_id":"co/report","footnote_id":2,"label":"*","text":"Orphan \"quoted\"","section_id":null,"span":null,"source_span":null,"references":[]}

    """#,
    .facts: #"""
    {"doc_id":"co/report","fact_id":1,"origin":"narrative","metric":"revenue","value":10,"scale":1000,"unit":"EUR","period":{"start":"2023-01-01","end":"2023-12-31","instant":null,"text":"FY 2023"},"span":{"start":11,"end":13},"source_span":{"start":15,"end":17},"cell":{"table_id":1,"row":1,"col":1},"check":"agrees","compared_value":10,"role":null,"comparative_of":null}
    {"doc_id":"co/report","fact_id":2,"origin":"xbrl","metric":"us-gaap:Assets","value":-0.5,"scale":1,"unit":null,"period":{"start":null,"end":null,"instant":"2023-12-31","text":null},"span":null,"source_span":{"start":0,"end":2},"cell":null,"check":"unmatched","compared_value":null,"role":null,"comparative_of":null}

    """#,
    .diagnostics: #"""
    {"doc_id":"co/report","stage":"tables","severity":"warning","code":"tables.check_failed","message":"check \"margin\" failed","source_span":{"start":9,"end":17}}
    {"doc_id":"co/report","stage":"read","severity":"info","code":"read.encoding","message":"read as utf-8\twith tab","source_span":null}

    """#,
]

@Suite("RecordEmitter")
struct RecordEmitterTests {
    @Test func goldenOutput() {
        let out = RecordEmitter.emit(sampleDocument(), failed: false)
        for kind in RecordKind.allCases {
            let got = String(decoding: out.bytes(kind), as: UTF8.self)
            #expect(got == golden[kind], "\(kind.fileName)")
        }
        let counts = RecordKind.allCases.map { out.count($0) }
        #expect(counts == [1, 1, 3, 1, 3, 2, 2, 2])
    }

    /// `CodePointIndex.scalarStarts` over long ranges (its lanes summed every 16 words) and
    /// from an offset inside a character, against a byte-by-byte count.
    @Test("a long text is streamed to the spill file as it is escaped: the writer never holds it whole")
    func longTextIsStreamedInPieces() throws {
        let dir = FileManager.default.temporaryDirectory.path + "/folio-text-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // 64 KB of lines with escapes and non-ASCII, against a 1 KB threshold.
        let text = Array(String(repeating: "Net \"sales\"\t1,234 é €\n", count: 2_500).utf8)
        var doc = WorkingDocument(docId: "d", source: "d.txt", bytes: text)
        doc.format = .text
        doc.setText(text, map: .identity(length: text.count))
        var r = RecordLines(doc: doc, spillPath: dir + "/spill", spillThreshold: 1024)
        r.begin()
        r.w.key("text")
        r.text()
        #expect(r.w.byteCount < 2 * 1024, "held \(r.w.byteCount) bytes of a \(text.count)-byte text")
        #expect(r.spilledFrom == 0)
        r.w.endObject(); r.w.endLine()
        r.flushPiece()
        r.spill?.close()
        var whole = JSONLineWriter()
        whole.beginObject(written: r.docIdPrefix)
        whole.key("text"); whole.string(decoding: text)
        whole.endObject(); whole.endLine()
        let streamed = try Data(contentsOf: URL(fileURLWithPath: dir + "/spill"))
        #expect(Array(streamed) == whole.bytes)
    }

    @Test func scalarStartsCountsNonContinuationBytes() {
        let bytes = Array(String(repeating: "a€😀é中 b\u{7F}", count: 61).utf8)
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            for (s, e) in [(0, b.count), (1, b.count), (2, 131), (5, 5), (7, 300), (0, 8), (3, 970)] {
                let expected = b[s..<e].filter { $0 & 0xC0 != 0x80 }.count
                #expect(CodePointIndex.scalarStarts(base, s, e) == expected, "\(s)..<\(e)")
            }
        }
    }

    @Test func deterministic() {
        let a = RecordEmitter.emit(sampleDocument(), failed: false)
        let b = RecordEmitter.emit(sampleDocument(), failed: false)
        for kind in RecordKind.allCases { #expect(a.bytes(kind) == b.bytes(kind)) }
    }

    @Test func failedDocumentKeepsOnlyDocumentAndDiagnostics() {
        let out = RecordEmitter.emit(sampleDocument(), failed: true)
        let documents = String(decoding: out.bytes(.documents), as: UTF8.self)
        #expect(documents == #"""
        {"doc_id":"co/report","source":"co/report.txt","sha256":"abc123","bytes":28,"format":"text","encoding":"utf-8","part":null,"status":"failed","title":"Über","issuer":null,"form_type":"esg_report","period":"FY 2023","date":"2024-03-12","cik":null,"ticker":null,"accession_number":null,"filing_date":null,"period_end":null,"fiscal_year":null,"fiscal_period":null,"metadata_sources":{"title":null,"issuer":null,"cik":null,"ticker":null,"accession_number":null,"form_type":null,"filing_date":null,"period_end":null,"fiscal_year":null,"fiscal_period":null},"counts":{"sections":0,"blocks":0,"tables":0,"footnotes":0,"facts":0},"removed":[],"text_sha256":null,"text":null}

        """#)
        for kind in [RecordKind.sections, .blocks, .tables, .cells, .footnotes, .facts] {
            #expect(out.bytes(kind).isEmpty, "\(kind)")
            #expect(out.count(kind) == 0, "\(kind)")
        }
        #expect(String(decoding: out.bytes(.diagnostics), as: UTF8.self) == golden[.diagnostics])
        #expect(out.count(.diagnostics) == 2)
    }

    @Test func roundTripThroughStoredRows() throws {
        let out = RecordEmitter.emit(sampleDocument(), failed: false)
        func rows<T: Decodable>(_ kind: RecordKind, _ type: T.Type) throws -> [T] {
            try StoredRecords.decodeLines(type, from: Data(out.bytes(kind)))
        }
        let id = "co/report"

        #expect(try rows(.documents, DocumentRow.self) == [
            DocumentRow(docId: id, source: "co/report.txt", sha256: "abc123", bytes: 28, format: "text", encoding: "utf-8",
                        status: "ok", title: "Über", issuer: nil, formType: "esg_report", period: "FY 2023", date: "2024-03-12",
                        metadataSources: MetadataSourcesRow(), textSha256: "a0ad2071da04a3c0209858dd38c465e8d0ca461225a6959b09773d473647631b",
                        text: "Über\nSales 10\n1 Note é\n"),
        ])
        #expect(try rows(.sections, SectionRow.self) == [
            SectionRow(docId: id, sectionId: 1, parentId: nil, level: 1, ordinal: 1, heading: "Über", headingRule: "item",
                       span: Span(start: 0, end: 23), sourceSpan: Span(start: 3, end: 28)),
        ])
        #expect(try rows(.blocks, BlockRow.self) == [
            BlockRow(docId: id, blockId: 1, sectionId: 1, kind: "heading", tableId: nil, text: "Über",
                     span: Span(start: 0, end: 4), sourceSpan: Span(start: 3, end: 8)),
            BlockRow(docId: id, blockId: 2, sectionId: 1, kind: "table", tableId: 1, text: "Sales 10",
                     span: Span(start: 5, end: 13), sourceSpan: Span(start: 9, end: 17)),
            BlockRow(docId: id, blockId: 3, sectionId: 1, kind: "footnote", tableId: nil, text: "1 Note é",
                     span: Span(start: 14, end: 22), sourceSpan: Span(start: 18, end: 27)),
        ])
        #expect(try rows(.tables, TableRow.self) == [
            TableRow(docId: id, tableId: 1, sectionId: 1, title: "Sales", units: TableUnits(scale: 1000, currency: "EUR"),
                     header: [["", "FY 2023"]], nRows: 1, nCols: 2, span: Span(start: 5, end: 13), sourceSpan: Span(start: 9, end: 17),
                     checks: [
                         TableCheck(kind: "sum", target: "Sales", col: 1, expected: 10, actual: 10, outcome: .pass),
                         TableCheck(kind: "ratio", target: "margin", col: nil, expected: 2.76, actual: nil, outcome: .fail),
                     ]),
        ])
        #expect(try rows(.cells, CellRow.self) == [
            CellRow(docId: id, tableId: 1, row: 1, col: 1, rowLabel: "Sales", rowPath: ["Sales"], columnPath: ["FY 2023"],
                    raw: "10", value: 10, scale: 1000, unit: "EUR", span: Span(start: 11, end: 13), sourceSpan: Span(start: 15, end: 17),
                    period: CellPeriod(start: "2023-01-01", end: "2023-12-31"), concept: "ifrs-full:Revenue", context: "c-1"),
            CellRow(docId: id, tableId: 1, row: 1, col: 2, rowLabel: "Sales", rowPath: ["Group", "Sales"], columnPath: [],
                    raw: "n/a", value: nil, scale: 1, unit: nil, span: nil, sourceSpan: nil, periodReason: "no_date", scaleReason: "printed"),
            CellRow(docId: id, tableId: 1, row: 2, col: 1, rowLabel: "Cash", rowPath: ["Cash"], columnPath: ["At 31 December 2023"],
                    raw: "4", value: 4, scale: 1000, unit: "EUR", span: nil, sourceSpan: nil, period: CellPeriod(instant: "2023-12-31")),
        ])
        #expect(try rows(.footnotes, FootnoteRow.self) == [
            FootnoteRow(docId: id, footnoteId: 1, label: "1", text: "Note é", sectionId: 1, span: Span(start: 14, end: 22),
                        sourceSpan: Span(start: 18, end: 27),
                        references: [FootnoteReferenceRow(blockId: 2, span: Span(start: 13, end: 13), sourceSpan: Span(start: 17, end: 22),
                                                          tableId: 1, row: 1, col: 1)]),
            FootnoteRow(docId: id, footnoteId: 2, label: "*", text: "Orphan \"quoted\"", sectionId: nil, span: nil,
                        sourceSpan: nil, references: []),
        ])
        #expect(try rows(.facts, FactRow.self) == [
            FactRow(docId: id, factId: 1, origin: .narrative, metric: "revenue", value: 10, scale: 1000, unit: "EUR",
                    period: FactPeriod(start: "2023-01-01", end: "2023-12-31", text: "FY 2023"), span: Span(start: 11, end: 13),
                    sourceSpan: Span(start: 15, end: 17), cell: FactCell(tableId: 1, row: 1, col: 1), check: .agrees, comparedValue: 10),
            FactRow(docId: id, factId: 2, origin: .xbrl, metric: "us-gaap:Assets", value: -0.5, scale: 1, unit: nil,
                    period: FactPeriod(instant: "2023-12-31"), span: nil, sourceSpan: Span(start: 0, end: 2), cell: nil,
                    check: .unmatched, comparedValue: nil),
        ])
        #expect(try rows(.diagnostics, DiagnosticRow.self) == [
            DiagnosticRow(docId: id, stage: "tables", severity: "warning", code: "tables.check_failed",
                          message: "check \"margin\" failed", sourceSpan: Span(start: 9, end: 17)),
            DiagnosticRow(docId: id, stage: "read", severity: "info", code: "read.encoding",
                          message: "read as utf-8\twith tab", sourceSpan: nil),
        ])
    }

    @Test func decodeLinesReportsTheBadLine() {
        let data = Data("{\"start\":1,\"end\":2}\n{\"start\":oops}\n".utf8)
        #expect(throws: DatasetReadError.self) { try StoredRecords.decodeLines(Span.self, from: data) }
        do {
            _ = try StoredRecords.decodeLines(Span.self, from: data)
        } catch let error as DatasetReadError {
            #expect(error.message.hasPrefix("line 2: "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
        let good = try? StoredRecords.decodeLines(Span.self, from: Data("{\"start\":1,\"end\":2}\n\n{\"start\":3,\"end\":3}\n".utf8))
        #expect(good == [Span(start: 1, end: 2), Span(start: 3, end: 3)])
    }
}
