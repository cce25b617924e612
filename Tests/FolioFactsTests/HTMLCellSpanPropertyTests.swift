import Foundation
import FolioTestSupport
import Testing
import FolioModel

/// The provenance property over every HTML file of the shared corpus: each figure cell's
/// `source_span` covers exactly the bytes its figure is printed in. The bytes at the span, with
/// markup removed and character references decoded (by this test's own decoder, not the
/// reader's), read as the cell's `raw`, white space aside.
@Suite struct HTMLCellSpanPropertyTests {
    static let root = TestPaths.sharedCorpus

    static func htmlFiles() -> [String] {
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let p = e.nextObject() as? String {
            if p.hasSuffix(".htm") || p.hasSuffix(".html") { out.append(root + "/" + p) }
        }
        return out.sorted()
    }

    static let present = !htmlFiles().isEmpty

    /// The text of an HTML fragment: tags and comments dropped, references decoded, white
    /// space (and no-break spaces) removed.
    static func printed(_ b: ArraySlice<UInt8>) -> String {
        let utf8 = String(validating: b, as: UTF8.self) != nil
        var scalars = String.UnicodeScalarView()
        var i = b.startIndex
        func add(_ v: UInt32) {
            if let s = Unicode.Scalar(v), !s.properties.isWhitespace, v != 0xA0 { scalars.append(s) }
        }
        while i < b.endIndex {
            let c = b[i]
            if c == 0x3C {
                if let close = b[i...].firstIndex(of: 0x3E) { i = close + 1; continue }
                break
            }
            if c == 0x26, let semi = b[i...].prefix(12).firstIndex(of: 0x3B) {
                let name = String(decoding: b[(i + 1)..<semi], as: UTF8.self)
                var v: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") { v = UInt32(name.dropFirst(2), radix: 16) }
                else if name.hasPrefix("#") { v = UInt32(name.dropFirst()) }
                else { v = ["nbsp": 0xA0, "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "mdash": 0x2014, "ndash": 0x2013][name] }
                if var v {
                    let cp1252: [UInt32: UInt32] = [0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x96: 0x2013, 0x97: 0x2014, 0x80: 0x20AC]
                    v = cp1252[v] ?? v
                    add(v)
                    i = semi + 1
                    continue
                }
            }
            if c >= 0x80 && utf8 {
                let w = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                let end = min(b.endIndex, i + w)
                for s in String(decoding: b[i..<end], as: UTF8.self).unicodeScalars { add(s.value) }
                i = end
                continue
            }
            add(UInt32(c))
            i += 1
        }
        return String(scalars)
    }

    static func squeezed(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace && $0.value != 0xA0 }))
    }

    @Test(.enabled(if: present, TestPaths.sharedCorpusAbsent))
    func everyFigureCellSpanCoversItsFigure() throws {
        var checked = 0
        for path in Self.htmlFiles() {
            guard let data = FileManager.default.contents(atPath: path), let doc = try FactsTestSupport.run(path) else { continue }
            let bytes = [UInt8](data)
            var wrong: [String] = []
            var cells = 0
            for t in doc.tables {
                for c in t.cells where c.value != nil {
                    guard let span = c.span else { continue }
                    cells += 1
                    let s = doc.sourceSpan(of: span)
                    let at = Self.printed(bytes[max(0, min(s.start, bytes.count))..<max(0, min(s.end, bytes.count))])
                    if at != Self.squeezed(c.raw) { wrong.append("table \(t.id) '\(c.rowLabel.prefix(40))' raw '\(c.raw)' source \(s.start)..<\(s.end) reads '\(at.prefix(60))'") }
                }
            }
            checked += cells
            let name = (path as NSString).lastPathComponent
            #expect(wrong.isEmpty, "\(name): \(wrong.count) of \(cells) figure cells off their bytes, e.g. \(wrong.prefix(3).joined(separator: "; "))")
        }
        #expect(checked > 10_000)
    }
}
