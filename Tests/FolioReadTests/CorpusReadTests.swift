import FolioModel
import FolioRead
import Foundation
import FolioTestSupport
import Testing

/// Reads every file of the shared corpus (`../shared/corpus`, listed in its SOURCES.tsv) and
/// checks the format it is sniffed as against what SOURCES.tsv says the file is.
@Suite("Read: shared corpus")
struct CorpusReadTests {
    static let corpus = TestPaths.sharedCorpus

    static let available = TestPaths.sharedCorpusPresent

    /// (file, has_ixbrl) from SOURCES.tsv.
    static func entries() -> [(file: String, ixbrl: Bool)] {
        guard let data = FileManager.default.contents(atPath: corpus + "/SOURCES.tsv") else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first, let fileCol = header.firstIndex(of: "file"), let ixCol = header.firstIndex(of: "has_ixbrl") else { return [] }
        return lines.dropFirst().compactMap { row in
            guard row.count > max(fileCol, ixCol) else { return nil }
            return (row[fileCol], row[ixCol] == "yes")
        }
    }

    static func expectedFormat(_ file: String, ixbrl: Bool) -> DocumentFormat? {
        let folder = file.split(separator: "/").first.map(String.init) ?? ""
        let isHTML = file.hasSuffix(".htm") || file.hasSuffix(".html")
        if folder == "edgar-html" || (folder == "earnings-releases" && isHTML) { return ixbrl ? .ixbrl : .html }
        switch folder {
        case "earnings-releases", "pdf-text", "seeds": return .text
        case "edgar-sgml": return .sgml
        case "xbrl": return .xbrl
        default: return nil
        }
    }

    @Test(.enabled(if: available, TestPaths.sharedCorpusAbsent))
    func everyCorpusFileReadsAsItsFormat() throws {
        let entries = Self.entries()
        #expect(entries.count >= 30)
        var formats: [DocumentFormat: Int] = [:]
        for (file, ixbrl) in entries {
            let path = Self.corpus + "/" + file
            guard let data = FileManager.default.contents(atPath: path) else {
                Issue.record("listed in SOURCES.tsv but missing: \(file)")
                continue
            }
            let bytes = [UInt8](data)
            var doc = WorkingDocument(docId: file, source: file, bytes: bytes)
            do {
                try ReadStage(options: StageOptions(specs: ReadStage.options, given: [:])).process(&doc)
            } catch {
                Issue.record("\(file): \(error)")
                continue
            }
            formats[doc.format, default: 0] += 1
            #expect(doc.format == Self.expectedFormat(file, ixbrl: ixbrl), "\(file)")
            #expect(doc.encoding == "utf-8" || doc.encoding == "windows-1252", "\(file): \(doc.encoding ?? "nil")")
            #expect(String(validating: doc.text, as: UTF8.self) != nil, "\(file): text is not valid UTF-8")
            #expect(doc.textMap.targetLength == doc.text.count, "\(file)")
            let whole = doc.sourceSpan(of: Span(start: 0, end: doc.text.count))
            if doc.format == .html || doc.format == .ixbrl {
                // Rendered HTML maps into the file, from the first text to the end.
                #expect(whole.start >= 0 && whole.start < whole.end && whole.end <= bytes.count, "\(file)")
            } else {
                // The whole text maps to the whole file (after a BOM, if any).
                #expect(whole.end == bytes.count, "\(file)")
                #expect(whole.start == 0 || whole.start == 3, "\(file)")
            }
        }
        #expect(formats[.ixbrl, default: 0] >= 5)
        #expect(formats[.xbrl] == 4)
        #expect(formats[.sgml] == 1)
    }
}
