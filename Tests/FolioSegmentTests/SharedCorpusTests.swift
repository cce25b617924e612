import Foundation
import FolioTestSupport
import Testing
import FolioModel
@testable import FolioSegment

let corpusPresent = TestPaths.sharedHas("pdf-text")

/// The same code on the ESG texts extracted from PDF and the plain-text EDGAR releases. Skipped
/// when ../shared/corpus is absent. `FOLIO_PRINT_OUTLINE=1 swift test --filter OutlineDump`
/// prints the outlines for reading.
@Suite(.enabled(if: corpusPresent, TestPaths.sharedAbsent("pdf-text")))
struct SharedCorpusTests {
    /// Minimum sections a reader would expect for each file (by the size of the document).
    static func minimumSections(_ doc: WorkingDocument) -> Int {
        doc.text.count > 200_000 ? 40 : doc.text.count > 20_000 ? 8 : 1
    }

    @Test func pdfTextOutlines() throws {
        let files = sharedFiles("pdf-text", ext: "txt")
        #expect(files.count >= 2)
        for url in files {
            let doc = try segmentFile(url)
            check(doc, url.lastPathComponent)
            #expect(doc.metadata.formType == "esg_report", "\(url.lastPathComponent)")
            #expect(doc.metadata.title != nil)
            // A TOC is found, is not sectioned, and most of its entries are found as headings.
            #expect(doc.blocks.contains { $0.kind == .toc }, "\(url.lastPathComponent): no toc block")
            let raws = LineSplitter.split(doc.text).map { String(decoding: doc.text[$0.start..<$0.end], as: UTF8.self) }
            let entries = TOCDetector.detect(raws).flatMap(\.entries).filter { !$0.isRun }
            let headings = doc.sections.map { TOCIndex.key($0.heading) }
            let found = entries.filter { e in headings.contains { $0 == TOCIndex.key(e.title) || $0.hasSuffix(" " + TOCIndex.key(e.title)) } }
            #expect(entries.count >= 20)
            #expect(found.count * 10 >= entries.count * 7, "\(url.lastPathComponent): \(found.count) of \(entries.count) TOC entries are headings")
            if ProcessInfo.processInfo.environment["FOLIO_MISSED"] != nil {
                for e in entries where !found.contains(where: { $0.title == e.title }) { print("MISSED", url.lastPathComponent, e.title) }
            }
        }
    }

    @Test func plainTextReleaseOutlines() throws {
        let files = sharedFiles("earnings-releases", ext: "txt")
        #expect(!files.isEmpty)
        for url in files {
            let doc = try segmentFile(url)
            check(doc, url.lastPathComponent)
            #expect(doc.metadata.formType == "earnings_release", "\(url.lastPathComponent)")
            #expect(doc.blocks.contains { $0.kind == .table }, "\(url.lastPathComponent): no table block")
        }
    }

    func check(_ doc: WorkingDocument, _ name: String) {
        #expect(structuralProblems(doc) == [], "\(name)")
        #expect(doc.sections.count >= Self.minimumSections(doc), "\(name): \(doc.sections.count) sections")
        for s in doc.sections {
            #expect(s.heading.count <= 120 || s.id == 1, "\(name): long heading \(s.heading)")
            #expect(s.heading.contains { $0.isLetter }, "\(name): numeric heading \(s.heading)")
            #expect(!badHeading(s.heading), "\(name): bad heading \(s.heading)")
        }
    }
}
