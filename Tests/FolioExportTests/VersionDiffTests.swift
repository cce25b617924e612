import FolioDataset
@testable import FolioExport
import FolioModel
import Foundation
import Testing

@Suite("version diff")
struct VersionDiffTests {
    static let seed = "seeds/003_05f12aa528e47d2d"

    @Test("one edited cell in one filing is exactly one changed cell, old and new")
    func oneCellEdit() throws {
        let w = try CorpusWorkspace()
        let first = try #require(w.store.currentVersion())
        // The balance sheet's first cell (Cash and cash equivalents, December 31, 2022, RMB).
        try w.edit("seeds/003_05f12aa528e47d2d.txt", replacing: "7,165,584", with: "7,165,585")
        let second = try #require(try w.run())
        let diff = try VersionDiff.compute(store: w.store, from: first, to: second)

        #expect(diff.added.isEmpty && diff.removed.isEmpty)
        #expect(diff.changed.map(\.docId) == [Self.seed])
        // Every other filing of the corpus is unchanged.
        let filings = (FileManager.default.enumerator(atPath: w.corpus)?.allObjects as? [String] ?? [])
            .filter { !$0.hasPrefix(".") && !$0.contains("/.") && ["txt", "md", "htm", "html"].contains(($0 as NSString).pathExtension) }
        #expect(filings.count > 2)
        #expect(diff.unchanged == filings.count - 1)
        let doc = try #require(diff.changed.first)
        #expect(doc.fields.map(\.field) == ["sha256", "text_sha256"])
        #expect(doc.sections.isEmpty && doc.tables.isEmpty && doc.footnotes.isEmpty && doc.changedFootnotes.isEmpty)
        #expect(doc.blocks.isEmpty, "only the table's text changed")
        #expect(doc.changedTables.count == 1)
        let table = try #require(doc.changedTables.first)
        #expect(table.table == "Unaudited Condensed Consolidated Balance Sheets")
        #expect(table.fields.isEmpty)
        #expect(table.cells == [CellChange(
            rowPath: ["ASSETS", "Current assets", "Cash and cash equivalents"], columnPath: ["December 31,", "2022", "RMB"],
            old: CellValue(raw: "7,165,584", value: 7165584, scale: 1000, unit: "RMB"),
            new: CellValue(raw: "7,165,585", value: 7165585, scale: 1000, unit: "RMB"))])

        // The readable form names the cell with both values; JSON carries the same.
        let text = diff.text()
        #expect(text.contains("documents: 1 changed, 0 added, 0 removed, \(filings.count - 1) unchanged\n"))
        #expect(text.contains("~ cell [ASSETS > Current assets > Cash and cash equivalents] [December 31, > 2022 > RMB]: 7,165,584 (7165584 x1000 RMB) -> 7,165,585 (7165585 x1000 RMB)\n"))
        let decoded = try JSONDecoder.snake.decode(VersionDiff.self, from: Data(try diff.json().utf8))
        #expect(decoded == diff)
        // Deterministic: computing again gives the same bytes.
        #expect(try VersionDiff.compute(store: w.store, from: first, to: second).json() == (try diff.json()))
    }

    @Test("added and removed documents, and a version compared with itself")
    func addedRemoved() throws {
        let w = try CorpusWorkspace()
        let first = try #require(w.store.currentVersion())
        try FileManager.default.removeItem(atPath: w.corpus + "/samples/markdown-table.md")
        try "New filing\n\nRevenue was USD 5 million in 2024.\n".write(toFile: w.corpus + "/samples/new.txt", atomically: true, encoding: .utf8)
        let second = try #require(try w.run())
        let diff = try VersionDiff.compute(store: w.store, from: first, to: second)
        #expect(diff.added == ["samples/new"])
        #expect(diff.removed == ["samples/markdown-table"])
        #expect(diff.changed.isEmpty)
        #expect(diff.text().contains("+ samples/new\n- samples/markdown-table\n"))
        let same = try VersionDiff.compute(store: w.store, from: second, to: second)
        #expect(same.isEmpty)
        // Empty lists print as `[]` on one line, and the JSON still decodes to the same diff.
        let json = try same.json()
        #expect(json.contains("\"added\" : [],\n") && json.contains("\"changed\" : [],\n"))
        #expect(!json.contains("[\n"), "no empty array spread over lines: \(json)")
        #expect(try JSONDecoder.snake.decode(VersionDiff.self, from: Data(json.utf8)) == same)
    }

    @Test("empty containers collapse only where a newline follows the bracket")
    func emptyContainers() {
        let pretty = "{\n  \"a\" : [\n\n  ],\n  \"b\" : \"[  ]\",\n  \"c\" : {\n\n  },\n  \"d\" : [\n    1\n  ]\n}"
        let out = String(decoding: VersionDiff.collapsingEmptyContainers(Data(pretty.utf8)), as: UTF8.self)
        #expect(out == "{\n  \"a\" : [],\n  \"b\" : \"[  ]\",\n  \"c\" : {},\n  \"d\" : [\n    1\n  ]\n}")
    }

    @Test("keys repeat with an occurrence number; multiset differences keep order")
    func keys() {
        #expect(VersionDiff.keyed(["a", "b", "a", "a"]) == ["a", "b", "a #2", "a #3"])
        let d = VersionDiff.multisetDiff(["x", "y", "x"], ["y", "x", "z"])
        #expect(d.added == ["z"] && d.removed == ["x"])
    }
}

extension JSONDecoder {
    static var snake: JSONDecoder {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        return d
    }
}
