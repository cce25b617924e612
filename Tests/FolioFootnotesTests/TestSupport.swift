import Foundation
import FolioModel
import FolioRead
import FolioTestSupport
import FolioFootnotes

/// Builds working documents for footnote tests without the normalize and segment stages.
enum TestDoc {
    static var seedsDir: String { TestPaths.seeds }
    static var sharedCorpus: String { TestPaths.sharedCorpus }

    /// A document from text, run through the read stage.
    static func read(_ text: String, docId: String = "test") -> WorkingDocument {
        read(bytes: Array(text.utf8), docId: docId)
    }

    static func read(bytes: [UInt8], docId: String = "test") -> WorkingDocument {
        (try? TestPipeline.run([ReadStage(options: StageOptions())], bytes: bytes, docId: docId, source: docId + ".txt"))
            ?? WorkingDocument(docId: docId, source: docId + ".txt", bytes: bytes)
    }

    static func file(_ path: String) -> WorkingDocument? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let name = (path as NSString).lastPathComponent
        return read(bytes: [UInt8](data), docId: name)
    }

    /// What normalize does to markers: removes them and records them in `doc.markers`.
    static func normalizeMarkers(_ doc: inout WorkingDocument, includeWeak: Bool = false) {
        MarkerScanner.removeMarkers(from: &doc, includeWeak: includeWeak)
    }

    /// A minimal segmentation: paragraphs between blank lines (and page breaks); `- ` and
    /// `• ` lines are list items; tabbed lines make table blocks; a short line with no end
    /// punctuation, starting with a capital, is a heading. With `markFootnotes`, paragraphs
    /// that open with `N ` / `(N) ` are footnote blocks (what a segment stage would do).
    static func segment(_ doc: inout WorkingDocument, markFootnotes: Bool = false) {
        let text = doc.text
        var blocks: [Block] = []
        var paraStart: Int?
        var paraEnd = 0
        func flush() {
            guard let s = paraStart else { return }
            paraStart = nil
            let span = Span(start: s, end: paraEnd)
            let str = String(decoding: text[span.range], as: UTF8.self)
            var kind: BlockKind = .paragraph
            if str.hasPrefix("- ") || str.hasPrefix("• ") { kind = .listItem }
            else if str.contains("\t") { kind = .table }
            else if str.utf8.count < 90, !str.contains("\n"), let f = str.first, f.isUppercase,
                    let l = str.last, !".,:;!?\")”".contains(l) { kind = .heading }
            if markFootnotes, kind == .paragraph || kind == .heading, let dl = DefinitionLabel.parse(str),
               dl.form == .number || dl.form == .parenthesized,
               doc.markers.contains(where: { $0.label == dl.label && $0.position < s }) { kind = .footnote }
            blocks.append(Block(id: blocks.count + 1, kind: kind, text: str, span: span))
        }
        var i = 0
        let n = text.count
        while i < n {
            var e = i
            while e < n, text[e] != 0x0A, text[e] != 0x0C { e += 1 }
            let line = text[i..<e]
            let blank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if blank {
                flush()
            } else {
                // List items are one a line.
                if line.starts(with: Array("- ".utf8)) { flush() }
                if paraStart == nil { paraStart = i }
                var t = e
                while t > i, text[t - 1] == 0x20 || text[t - 1] == 0x0D || text[t - 1] == 0x09 { t -= 1 }
                paraEnd = t
                if line.starts(with: Array("- ".utf8)) { flush() }
            }
            if e < n, text[e] == 0x0C { flush() }
            i = e + 1
        }
        flush()
        doc.blocks = blocks
    }

    static func runFootnotes(_ doc: inout WorkingDocument, _ options: [String: OptionValue] = [:]) {
        let stage = FootnotesStage(options: StageOptions(specs: FootnotesStage.options, given: options))
        try? stage.process(&doc)
    }

    static func block(_ doc: WorkingDocument, _ id: Int?) -> Block? {
        guard let id else { return nil }
        return doc.blocks.first { $0.id == id }
    }
}
