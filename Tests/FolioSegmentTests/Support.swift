import Foundation
import FolioModel
import FolioNormalize
import FolioRead
import FolioSegment
import FolioTestSupport

/// The seeds and the shared corpus as URLs (paths from FolioTestSupport).
let seedsDir = URL(fileURLWithPath: TestPaths.seeds)
let sharedCorpus = TestPaths.sharedCorpusURL

enum Seed: String {
    case agm = "000_8c057db36f5667ab.txt"
    case release = "003_05f12aa528e47d2d.txt"
    case esg = "004_1ba0498fe219ff30.txt"
}

/// Reads, normalizes and segments a file, as the pipeline does.
func segmentFile(_ url: URL) throws -> WorkingDocument {
    let bytes = try [UInt8](Data(contentsOf: url))
    return try TestPipeline.run([ReadStage(options: StageOptions()), NormalizeStage(options: StageOptions()),
                                 SegmentStage(options: StageOptions())],
                                bytes: bytes, docId: url.deletingPathExtension().lastPathComponent, source: url.lastPathComponent)
}

func segmentSeed(_ seed: Seed) throws -> WorkingDocument {
    try segmentFile(seedsDir.appendingPathComponent(seed.rawValue))
}

func segmentString(_ s: String) -> WorkingDocument {
    var doc = WorkingDocument(docId: "t", source: "t.txt", bytes: Array(s.utf8))
    doc.setText(Array(s.utf8), map: OffsetMap.identity(length: s.utf8.count))
    try? SegmentStage(options: StageOptions()).process(&doc)
    return doc
}

/// `(level, heading)` pairs.
func outline(_ doc: WorkingDocument) -> [(Int, String)] {
    doc.sections.map { ($0.level, $0.heading) }
}

func outlineText(_ doc: WorkingDocument) -> String {
    doc.sections.map { String(repeating: "  ", count: $0.level - 1) + "\($0.level) \($0.heading)" }.joined(separator: "\n")
}

/// Files of the shared corpus in `folder` with extension `ext`; empty when the corpus is absent.
func sharedFiles(_ folder: String, ext: String) -> [URL] {
    TestPaths.sharedFiles(folder, extensions: [ext]).map { URL(fileURLWithPath: $0) }
}

/// Structural checks every segmentation must pass.
func structuralProblems(_ doc: WorkingDocument) -> [String] {
    var problems: [String] = []
    let text = doc.text
    var lastEnd = 0
    for (i, b) in doc.blocks.enumerated() {
        if b.id != i + 1 { problems.append("block \(i) has id \(b.id)") }
        if b.span.start < lastEnd { problems.append("block \(b.id) overlaps the previous one") }
        lastEnd = b.span.end
        if b.span.end > text.count { problems.append("block \(b.id) span out of range"); continue }
        if String(decoding: text[b.span.start..<b.span.end], as: UTF8.self) != b.text { problems.append("block \(b.id) text differs from its span") }
        if b.text.isEmpty { problems.append("block \(b.id) is empty") }
    }
    for (i, s) in doc.sections.enumerated() {
        if s.id != i + 1 { problems.append("section \(i) has id \(s.id)") }
        if let p = s.parentId {
            guard p >= 1, p <= doc.sections.count else { problems.append("section \(s.id) bad parent"); continue }
            let parent = doc.sections[p - 1]
            if parent.level != s.level - 1 { problems.append("section \(s.id) level \(s.level) under level \(parent.level)") }
            if !(parent.span.start <= s.span.start && s.span.end <= parent.span.end) { problems.append("section \(s.id) not inside its parent") }
        } else if s.level != 1 {
            problems.append("section \(s.id) at level \(s.level) has no parent")
        }
    }
    // Every non-blank line is covered by a block.
    var covered = [Bool](repeating: false, count: text.count)
    for b in doc.blocks { for k in b.span.start..<min(b.span.end, text.count) { covered[k] = true } }
    for (k, byte) in text.enumerated() where !covered[k] && byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0x0C {
        problems.append("byte \(k) not in any block")
        break
    }
    return problems
}

/// A heading that is a sentence, a number, a bullet or a table row.
func badHeading(_ h: String) -> Bool {
    let words = h.split(separator: " ")
    if h.hasSuffix(".") && words.count > 6 { return true }
    if h.contains("\t") { return true }
    if h.hasPrefix("- ") || h.hasPrefix("• ") { return true }
    let letters = h.filter(\.isLetter).count
    return letters < 3
}
