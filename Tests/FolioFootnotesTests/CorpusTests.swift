import Foundation
import FolioTestSupport
import Testing
import FolioModel
import FolioFootnotes

/// The shared corpus (not the seeds): no crash, no footnote without text, and a printed
/// account of what was found. Each test is disabled, with its reason, when its folder is absent.
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

    @Test(.enabled(if: !files("edgar-sgml").isEmpty, "shared corpus edgar-sgml absent"))
    func edgarSubmission() throws { try Self.checkAll("edgar-sgml") }

    @Test("the 2004 fixed-width release: notes under each table, numbering restarting",
          .enabled(if: !files("earnings-releases").isEmpty, "shared corpus earnings-releases absent"))
    func fixedWidthRelease() throws {
        let path = TestDoc.sharedCorpus + "/earnings-releases/SEARS_EX-99_2004-07-22_Q2-2004.txt"
        var doc = try #require(TestDoc.file(path), "shared corpus file absent: skipped")
        TestDoc.normalizeMarkers(&doc)
        TestDoc.segment(&doc)
        TestDoc.runFootnotes(&doc)
        #expect(doc.footnotes.map(\.label) == ["*", "**", "1", "2", "1", "2"])
        #expect(doc.footnotes.allSatisfy { $0.references.count == 1 })
        #expect(doc.footnotes[2].text.hasPrefix("These items relate to the Company's initiatives to streamline its home office and field operations"))
        #expect(doc.footnotes[3].text.hasSuffix("occurred at the beginning of fiscal 2003."))
        // The second "(1)" is the one under the second table, referenced from its title.
        let refs = doc.footnotes.map { f in f.references.first.map { String(decoding: doc.bytes[$0.sourceSpan.range], as: UTF8.self) } ?? "" }
        #expect(refs == ["*", "**", "(1)", "(2)", "(1)", "(2)"])
        #expect(doc.footnotes[2].references[0].sourceSpan.start < doc.footnotes[3].references[0].sourceSpan.start)
        #expect(doc.footnotes[3].references[0].sourceSpan.start < doc.footnotes[4].references[0].sourceSpan.start)
    }

    /// The fixed-width SEARS-style release: `(1)` after a table title and `(2)` after a row
    /// label, defined under each table and restarting with the next one; `*` and `**` in
    /// column headers. Checked on every release of that kind the corpus has.
    @Test(.enabled(if: !files("earnings-releases").isEmpty, "shared corpus earnings-releases absent"))
    func tableNotesRestart() throws {
        for path in Self.files("earnings-releases") {
            guard var doc = TestDoc.file(path) else { continue }
            TestDoc.normalizeMarkers(&doc)
            TestDoc.segment(&doc)
            TestDoc.runFootnotes(&doc)
            // Every definition that is a parenthesized number is referenced exactly once,
            // and by a marker before it.
            for f in doc.footnotes {
                #expect(f.references.count >= 1, "\(doc.docId): footnote \(f.label) unreferenced")
                for r in f.references { #expect(r.span.start < (f.span?.start ?? 0)) }
            }
            let labels = doc.footnotes.map(\.label)
            if labels.contains("1") {
                // Numbering restarts: each "1" is followed by its own "2" before the next "1".
                #expect(labels.filter { $0 == "1" }.count == labels.filter { $0 == "2" }.count)
                #expect(Set(doc.footnotes.flatMap { $0.references.map(\.sourceSpan) }).count == doc.footnotes.flatMap(\.references).count)
            }
        }
    }
}
