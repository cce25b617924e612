import Foundation
import Testing
import FolioModel
import FolioNormalize
import FolioTestSupport

/// The map from normalized text back to the source holds on every corpus text file.
@Suite struct SourceMapPropertyTests {
    @Test func mapHoldsOnTheSeeds() throws {
        let seeds = Paths.corpusTextFiles().files.filter { $0.path.hasPrefix(Paths.seeds.path) }
        #expect(seeds.count == 3)
        for url in seeds {
            try check(try normalizedFile(url), name: url.lastPathComponent)
        }
    }

    @Test(.enabled(if: TestPaths.sharedCorpusPresent, TestPaths.sharedCorpusAbsent))
    func mapHoldsOnAllSharedCorpusTextFiles() throws {
        let (files, missing) = Paths.corpusTextFiles()
        #expect(missing.isEmpty, "shared corpus text folders missing: \(missing)")
        let shared = files.filter { !$0.path.hasPrefix(Paths.seeds.path) }
        #expect(!shared.isEmpty)
        for url in shared {
            try check(try normalizedFile(url), name: url.lastPathComponent)
        }
    }

    func check(_ doc: WorkingDocument, name: String) throws {
        let text = doc.text
        let size = doc.bytes.count
        #expect(!text.isEmpty, "\(name): nothing left after normalization")
        // Every byte maps into the file, and the map never goes backwards.
        var lastStart = 0
        var lastEnd = 0
        var backwards = 0
        var lineStart = 0
        for i in 0...text.count where i == text.count || text[i] == 0x0A {
            let span = Span(start: lineStart, end: i)
            let src = doc.sourceSpan(of: span)
            #expect(src.start >= 0 && src.end <= size && src.start <= src.end, "\(name): line at \(lineStart) maps outside the file: \(src)")
            if src.start < lastStart || src.end < lastEnd { backwards += 1 }
            lastStart = src.start
            lastEnd = src.end
            // Byte by byte within the line: starts never decrease.
            var prev = src.start
            for p in lineStart..<i {
                let s = doc.textMap.originStart(of: p)
                if s < prev { backwards += 1 }
                prev = s
            }
            lineStart = i + 1
        }
        #expect(backwards == 0, "\(name): \(backwards) positions map backwards")

        // Unchanged ASCII words: where the source range has the word's length, it holds the word.
        var checked = 0
        var sameLength = 0
        var mismatches: [String] = []
        var i = 0
        while i < text.count {
            guard isWordByte(text[i]) else { i += 1; continue }
            var j = i
            while j < text.count, isWordByte(text[j]) { j += 1 }
            if j - i >= 2 {
                checked += 1
                let src = doc.sourceSpan(of: Span(start: i, end: j))
                if src.count == j - i {
                    sameLength += 1
                    if Array(doc.bytes[src.range]) != Array(text[i..<j]) {
                        mismatches.append(String(decoding: text[i..<j], as: UTF8.self))
                    }
                }
            }
            i = j
        }
        #expect(checked > 0)
        #expect(mismatches.isEmpty, "\(name): words whose source differs: \(mismatches.prefix(10))")
        #expect(sameLength * 100 >= checked * 95, "\(name): only \(sameLength) of \(checked) words map to a range of their own length")

        // Markers: in the text, in order, their source inside the file.
        var lastPosition = 0
        for m in doc.markers {
            #expect(m.position >= lastPosition && m.position <= text.count)
            #expect(m.sourceSpan.start >= 0 && m.sourceSpan.end <= size && !m.sourceSpan.isEmpty)
            lastPosition = m.position
        }
        // Removals: the recorded text is what the source holds there.
        for r in doc.removals {
            #expect(r.sourceSpan.end <= size)
            if doc.encoding == "utf-8" {
                #expect(String(decoding: doc.bytes[r.sourceSpan.range], as: UTF8.self) == r.text, "\(name): removal \(r.kind) \(r.text)")
            }
        }
        // The text's own form: LF only, no trailing spaces, no runs of blank lines.
        let s = String(decoding: text, as: UTF8.self)
        #expect(!s.contains("\r") && !s.contains("\u{0C}"), "\(name): CR or FF left")
        #expect(!s.contains("\n\n\n"), "\(name): blank lines not collapsed")
        #expect(!s.contains(" \n"), "\(name): trailing spaces left")
    }

    func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
}
