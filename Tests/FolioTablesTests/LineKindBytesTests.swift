import Foundation
import FolioModel
@testable import FolioTables
import FolioTestSupport
import Testing

/// The region finder's line tests, made cheaper for speed, give the answers of the code they
/// replace (kept here as the reference): `TableRegionFinder.classify` (one pass over a line,
/// stopping at a tab), `FixedWidth.ruleOrRow` (a line cut into tokens once for the rule and
/// row tests) and `FixedWidth.isRow` (each token read as a figure at most once).
@Suite struct LineKindBytesTests {
    /// `classify` before: every byte counted, then the decisions.
    static func refClassify(_ text: [UInt8], _ line: Span) -> TableRegionFinder.LineKind {
        var nonSpace = 0, tabs = 0, pipes = 0
        var firstNonSpace: UInt8?
        var lead = 0
        var gap = false, spaceAfterText = false
        for i in line.range {
            let c = text[i]
            if c == 0x09 { tabs += 1; spaceAfterText = false; continue }
            if c == 0x20 {
                if spaceAfterText { gap = true }
                spaceAfterText = firstNonSpace != nil
                if firstNonSpace == nil { lead += 1 }
                continue
            }
            spaceAfterText = false
            if firstNonSpace == nil { firstNonSpace = c }
            nonSpace += 1
            if c == 0x7C { pipes += 1 }
        }
        if nonSpace == 0 { return .blank }
        if tabs > 0 { return .tab }
        if firstNonSpace == 0x7C && pipes >= 2 { return .pipe }
        if let f = firstNonSpace, f != 0x2D && f != 0x3D && f != 0x5F && f != 0x3C && lead < 16 {
            if !gap { return .other }
        }
        return refIsRule(text, line) ? .fixedRule : refIsRow(text, line) ? .fixed : .other
    }

    static func refIsRule(_ text: [UInt8], _ line: Span) -> Bool {
        var dashes = 0, other = 0
        for i in line.range {
            let c = text[i]
            if c == 0x2D || c == 0x3D || c == 0x5F { dashes += 1 } else if c != 0x20 && c != 0x09 { other += 1 }
        }
        if dashes >= 3 && other == 0 { return true }
        let t = FixedWidth.tokens(text, line)
        if let f = t.first, f.text.hasPrefix("<"), t.allSatisfy({ $0.text.hasPrefix("<") && $0.text.hasSuffix(">") }) {
            let l = f.text.uppercased()
            return l == "<S>" || l == "<C>" || l == "<CAPTION>" || l == "<TABLE>" || l == "</TABLE>" || l == "<PAGE>"
        }
        return false
    }

    static func refIsRow(_ text: [UInt8], _ line: Span) -> Bool {
        let t = FixedWidth.tokens(text, line)
        guard t.count >= 2 else { return false }
        let figures = t.dropFirst().filter { FixedWidth.isFigure($0.text) }.count
        // A long cell of a text column: the line ends in two figures.
        let endsInFigures = t.count >= 4 && FixedWidth.isFigure(t[t.count - 1].text) && FixedWidth.isFigure(t[t.count - 2].text)
        if figures >= 1 && t.dropFirst().allSatisfy({ FixedWidth.isFigure($0.text) || $0.text.utf8.count <= 20 || endsInFigures }) { return true }
        if let f = t.first, f.x0 >= 16, t.allSatisfy({ $0.text.utf8.count <= 30 }) { return true }
        return false
    }

    static let samples = """
    Net sales                                   $ 1,234      $   987
      Cost of sales                                 (567)        (432)
                                                  2024         2023
    ---------------------------------------   ----------   ----------
    =====  =====
    <TABLE>
    <S>                                  <C>          <C>
    </TABLE>
    <PAGE>
    | Metric | 2023 | 2022 |
    |---|---:|---:|
    |x
    Revenue grew by 4% in 2023 and the board approved a dividend.
    Gas\t MWh \t\t52.2
    \tIndented by a tab
      \t
    Segment  A very long cell of words that is not a figure at all    1,234
                     Domestic    Sears Canada    Consolidated
    Total operating expenses      12,345,678,901,234,567,890,123      5
    Accounts receivable, net of allowance of $12 and $10      1,234      1,100
    Coût des ventes  €1 234   €1 100
    — —   —
    - 12  - 14
    """

    static func lines() throws -> [[UInt8]] {
        var texts = [Array(samples.utf8)]
        let seeds = TestPaths.seeds
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds).sorted() {
            if let d = FileManager.default.contents(atPath: seeds + "/" + name) { texts.append(Array(d)) }
        }
        for path in TestPaths.sharedFiles("pdf-text", extensions: ["txt"]) + TestPaths.sharedFiles("earnings-releases", extensions: ["txt"]) {
            if let d = FileManager.default.contents(atPath: path) { texts.append(Array(d)) }
        }
        return texts
    }

    /// The backward walk cuts the lines `lines(_:in:)` cuts, last first, on every range of
    /// short texts with each terminator (and on ranges of the samples), and stops when asked.
    @Test func backwardLinesAreTheLinesReversed() throws {
        var texts: [[UInt8]] = ["", "a", "\n", "\r\n", "a\r\nb", "a\rb\n", "\n\r\n", "\r\r\n", "ab\u{0C}cd\n\ne", "x\r", "\ry", "a\n\n"].map { Array($0.utf8) }
        texts.append(Array(Self.samples.utf8))
        for text in texts {
            let n = text.count
            let step = max(1, n / 40)
            for lo in stride(from: 0, through: n, by: step) {
                for hi in stride(from: lo, through: n + 1, by: step) {
                    var back: [Span] = []
                    TableRegionFinder.forEachLineBackward(text, in: lo..<hi) { back.append($0); return true }
                    #expect(back == Array(TableRegionFinder.lines(text, in: lo..<hi).reversed()), "\(lo)..<\(hi) of \(text)")
                }
            }
        }
        var seen = 0
        TableRegionFinder.forEachLineBackward(Array("a\nb\nc\nd".utf8), in: 0..<7) { _ in seen += 1; return seen < 2 }
        #expect(seen == 2)
    }

    /// `lines(_:in:)` as a byte-by-byte walk: each `\n`, `\r`, `\r\n` or form feed ends a line.
    static func refLines(_ text: [UInt8], in r: Range<Int>) -> [Span] {
        var out: [Span] = []
        var start = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            let c = text[i]
            if c == 0x0A || c == 0x0D || c == 0x0C {
                out.append(Span(start: start, end: i))
                if c == 0x0D && i + 1 < r.upperBound && text[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < r.upperBound { out.append(Span(start: start, end: r.upperBound)) }
        return out
    }

    /// The lines cut eight bytes at a time are those of the byte-by-byte walk: each
    /// terminator (and bytes below 0x0E that end no line: tab, NUL, vertical tab) at every
    /// offset of a long run, on ranges starting and ending anywhere.
    @Test func linesAreTheByteWalksLines() {
        let run = Array("Revenue, net of returns and allowances   1,234   5,678".utf8)
        var texts: [[UInt8]] = []
        for stop: [UInt8] in [[0x0A], [0x0D], [0x0D, 0x0A], [0x0C], [0x09], [0x00], [0x0B], [0x0A, 0x0A], [0x0D, 0x0D, 0x0A]] {
            for at in 0...20 {
                var t = Array(run.prefix(at)) + stop + run
                t += stop + Array(run.prefix(at + 3))
                texts.append(t)
            }
        }
        for text in texts {
            for lo in 0..<min(10, text.count) {
                for hi in [text.count, text.count - 1, text.count / 2 + lo] where hi >= lo {
                    #expect(TableRegionFinder.lines(text, in: lo..<hi) == Self.refLines(text, in: lo..<hi), "\(lo)..<\(hi) of \(text)")
                }
            }
        }
    }

    /// `tabAndGap` eight bytes at a time answers as a walk over every byte: a tab or two
    /// spaces at every offset of a run (across the words' edges), on ranges starting anywhere
    /// (`gap` is read only when there is no tab).
    @Test func tabAndGapIsTheByteWalks() {
        func reference(_ b: [UInt8], _ lo: Int, _ hi: Int) -> (tab: Bool, gap: Bool) {
            var gap = false
            for i in lo..<hi {
                if b[i] == 0x09 { return (true, gap) }
                if b[i] == 0x20, i > lo, b[i - 1] == 0x20 { gap = true }
            }
            return (false, gap)
        }
        let run = Array("Total revenue, net of returns and allowances 1,234 5,678".utf8)
        var texts: [[UInt8]] = [run]
        for insert: [UInt8] in [[0x09], [0x20], [0x20, 0x20], [0x20, 0x09], [0xC2, 0xA0, 0x20], [0x20, 0x20, 0x20]] {
            for at in 0...run.count { texts.append(Array(run[..<at]) + insert + Array(run[at...])) }
        }
        texts.append([UInt8](repeating: 0x20, count: 20))
        texts.append(Array("a b c d e f g h i j k l m n o p q r s t".utf8))
        for text in texts {
            for lo in 0..<min(9, text.count) {
                for hi in [text.count, max(lo, text.count - 5), min(text.count, lo + 9)] {
                    let got = text.withUnsafeBufferPointer { TableRegionFinder.tabAndGap($0, lo, hi) }
                    let want = reference(text, lo, hi)
                    #expect(got.tab == want.tab && (got.tab || got.gap == want.gap), "\(lo)..<\(hi) of \(String(decoding: text, as: UTF8.self))")
                }
            }
        }
    }

    @Test func lineKindsMatchTheReference() throws {
        var kinds: Set<TableRegionFinder.LineKind> = []
        for text in try Self.lines() {
            for line in TableRegionFinder.lines(text) {
                let k = TableRegionFinder.classify(text, line)
                kinds.insert(k)
                #expect(k == Self.refClassify(text, line), "\(String(decoding: text[line.range], as: UTF8.self))")
                #expect(FixedWidth.isRule(text, line) == Self.refIsRule(text, line))
                #expect(FixedWidth.isRow(text, line) == Self.refIsRow(text, line))
            }
        }
        // Every kind is met, so each path was compared.
        #expect(kinds == [.blank, .tab, .pipe, .fixed, .fixedRule, .other])
    }
}
