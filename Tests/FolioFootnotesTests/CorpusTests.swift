import Foundation
import Testing
import FolioModel
import FolioFootnotes

/// The shared corpus (not the seeds): no crash, no footnote without text, and a printed
/// account of what was found. Skips when the corpus is absent.
@Suite struct CorpusTests {
    static func files(_ folder: String) -> [String] {
        let dir = TestDoc.sharedCorpus + "/" + folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir + "/" + $0 }
    }

    static func describe(_ doc: WorkingDocument, _ mode: String) {
        let name = doc.docId
        print("[footnotes] \(name) (\(mode)): \(doc.footnotes.count) footnote(s), \(doc.markers.count) normalized marker(s)")
        for f in doc.footnotes {
            let refs = f.references.map { r -> String in
                var s = "block \(r.blockId.map(String.init) ?? "-")"
                if let t = r.tableId { s += " table \(t)" }
                return s
            }
            print("  [\(f.label)] \(f.text.prefix(70).replacingOccurrences(of: "\n", with: " ")) … refs: \(refs)")
        }
        for d in doc.diagnostics where d.stage == FootnotesStage.name {
            print("  \(d.severity.rawValue) \(d.code): \(d.message)")
        }
    }

    static func checkAll(_ folder: String) throws {
        let paths = files(folder)
        try #require(!paths.isEmpty, "shared corpus folder \(folder) is absent: skipped")
        for path in paths {
            guard let base = TestDoc.file(path) else { continue }
            for mode in ["scanned markers + paragraphs", "normalized markers + segmented", "no blocks"] {
                var doc = base
                switch mode {
                case "normalized markers + segmented":
                    TestDoc.normalizeMarkers(&doc)
                    TestDoc.segment(&doc)
                case "scanned markers + paragraphs":
                    TestDoc.segment(&doc)
                default:
                    break
                }
                TestDoc.runFootnotes(&doc)
                describe(doc, mode)
                for f in doc.footnotes {
                    #expect(!f.text.isEmpty, "\(doc.docId): footnote \(f.label) has no text")
                    #expect(!f.label.isEmpty)
                }
                #expect(doc.diagnostics.contains { $0.code == "footnotes.summary" })
            }
        }
    }

    @Test(.enabled(if: !files("pdf-text").isEmpty, "shared corpus pdf-text absent"))
    func pdfText() throws { try Self.checkAll("pdf-text") }

    @Test(.enabled(if: !files("earnings-releases").isEmpty, "shared corpus earnings-releases absent"))
    func earningsReleases() throws { try Self.checkAll("earnings-releases") }
}
