import Foundation
import Testing
import FolioModel
@testable import FolioSegment

let corpusPresent = FileManager.default.fileExists(atPath: sharedCorpus.appendingPathComponent("pdf-text").path)

/// The same code on the ESG texts extracted from PDF and the plain-text EDGAR releases. Skipped
/// when ../shared/corpus is absent. `FOLIO_PRINT_OUTLINE=1 swift test --filter OutlineDump`
/// prints the outlines for reading.
@Suite(.enabled(if: corpusPresent, "shared corpus absent (../shared/corpus): skipped"))
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
            // A TOC is found and is not sectioned.
            #expect(doc.blocks.contains { $0.kind == .toc }, "\(url.lastPathComponent): no toc block")
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
