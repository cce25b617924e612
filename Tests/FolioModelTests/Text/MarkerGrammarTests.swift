import FolioModel
import Testing

/// One small input per layout of `MarkerGrammar`, the position grammar normalize and the
/// footnotes stage's scanner both read.
@Suite struct MarkerGrammarTests {
    /// The labels of the strong markers in `s`, `glyph:label`, in text order.
    static func strong(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var out: [String] = []
            var i = 0
            while i < b.count {
                if let f = MarkerGrammar.strongMarker(in: b, at: i, lineStart: 0, end: b.count) {
                    out.append("\(f.glyph.rawValue):\(f.label)")
                    i = f.range.upperBound
                } else {
                    i += 1
                }
            }
            return out
        }
    }

    @Test("superscript digits after a word, a number, a trademark; not an exponent")
    func superscripts() {
        #expect(Self.strong("Revenue¹ rose") == ["superscript:1"])
        #expect(Self.strong("in 2024¹ we") == ["superscript:1"])
        #expect(Self.strong("Brand™¹ sales") == ["superscript:1"])
        #expect(Self.strong("margin⁽⁵⁾ was") == ["superscript:5"])
        #expect(Self.strong("income¹² rose") == ["superscript:12"])
        #expect(Self.strong("10⁶ tonnes").isEmpty)
        #expect(Self.strong("area (m²) and 5 km³").isEmpty)
        #expect(Self.strong("rate s⁻¹ and x¹ⁿ").isEmpty)
        #expect(Self.strong("up 5 ¹ apart").isEmpty)
    }

    @Test("stars and note symbols right after a word or number")
    func symbols() {
        #expect(Self.strong("Total† 1,234") == ["symbol:†"])
        #expect(Self.strong("Net sales† rose, costs‡ fell, tax§ paid") == ["symbol:†", "symbol:‡", "symbol:§"])
        #expect(Self.strong("2004     2003*    2004") == ["symbol:*"])
        #expect(Self.strong("sales** rose") == ["symbol:**"])
        #expect(Self.strong("Revenue*1 was") == ["starDigits:1"])
        #expect(Self.strong("(loss)*2 was") == ["starDigits:2"])
        #expect(Self.strong("delinquency rate*¹³ was") == ["starSuperscript:13"])
        #expect(Self.strong("under § 12 of the Act and Total†x").isEmpty)
        #expect(Self.strong("17CFR§ 240.10A-3 and Code§1001 and Rule¶ 7").isEmpty, "before a number: a section sign")
        #expect(Self.strong("3 * 4 = 12 and 5*3 and Price*1,000 and rate*1.5").isEmpty)
        #expect(Self.strong("this is *emphasis* here").isEmpty)
    }

    @Test("a bracketed or parenthesised number right after a word")
    func enclosed() {
        #expect(Self.strong("Adjusted EBITDA(1) was") == ["paren:1"])
        #expect(Self.strong("Significant Items:(1)\n") == ["paren:1"])
        #expect(Self.strong("the “Adjusted”(2) figure") == ["paren:2"])
        #expect(Self.strong("as reported[2] by 1,234[3]") == ["bracket:2", "bracket:3"])
        #expect(Self.strong("Apple Inc.(1) and x,(2)").isEmpty, "after a full stop or comma: an enumeration")
        #expect(Self.strong("Section 13(1) and 12023(2) and 1,996(3) and 3100(1)").isEmpty, "after a digit: a section or a figure")
        #expect(Self.strong("dated July 24, 1996(11) and 2023(2)") == ["paren:11", "paren:2"], "after a year: its note")
        #expect(Self.strong("Total   $(219) and 501(c)(4) and (loss)(3)").isEmpty)
        #expect(Self.strong("Revenue(123) and Revenue(0) and Revenue(1)a").isEmpty)
        #expect(Self.strong("see [link](http://x) and word[1]: def and [T13]").isEmpty)
    }

    @Test("apart from its word a marker is not strong: `Revenue (1)`, `$ 1,234 (a)`")
    func apart() {
        #expect(Self.strong("Revenue (1) rose").isEmpty)
        #expect(Self.strong("Net sales   $ 1,234 (a)").isEmpty)
        #expect(Self.strong("Revenue ¹ rose").isEmpty)
    }

    @Test("at the start of a line a label opens a definition")
    func lineStart() {
        #expect(Self.strong("¹ Based on\n(2) These\n  † Restated\n* Domestic\n[3] See").isEmpty)
    }

    @Test("weak places: one space after a word, then a clause end")
    func weak() {
        func anchor(_ s: String, _ at: String) -> (Bool, Bool) {
            let b = Array(s.utf8)
            let i = s.utf8.count - (s.range(of: at).map { s[$0.lowerBound...].utf8.count } ?? 0)
            let close = i + at.utf8.count
            return b.withUnsafeBufferPointer {
                (MarkerGrammar.isWeakAnchor($0, i, lineStart: 0), MarkerGrammar.endsClause($0, close, end: $0.count))
            }
        }
        #expect(anchor("Significant Items: (1)\n", "(1)") == (true, true))
        #expect(anchor(" change (2)      -", "(2)") == (true, true))
        #expect(anchor("the following (1) first item", "(1)") == (true, false))
        #expect(anchor("Net sales   $ 1,234 (a)", "(a)") == (true, true))
        #expect(anchor("Revenue  (1)\n", "(1)") == (false, true))
    }

    @Test("the end of a word")
    func wordEnd() {
        for c in ["a", "Z", "7", "%", ")", "]", "\"", "'", ".", ",", ":", "”", "’", "™", "®", "é", "Ж"] {
            #expect(MarkerGrammar.isWordEnd(c.unicodeScalars.first?.value ?? 0), "\(c)")
        }
        for c in [" ", "(", "$", "-", "/", "×", "†", "¹", "—", "*"] {
            #expect(!MarkerGrammar.isWordEnd(c.unicodeScalars.first?.value ?? 0), "\(c)")
        }
    }

    /// The caret form at the first `^` of `s`: `labels|marker|power|lineStart|wrapped text`.
    static func caret(_ s: String) -> String? {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { b in
            guard let i = b.firstIndex(of: 0x5E), let c = MarkerGrammar.caret(in: b, at: i, lineStart: 0, end: b.count) else { return nil }
            let labels = c.labels?.joined(separator: ",") ?? "-"
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[c.wrapped]), as: UTF8.self)
            return "\(labels)|\(c.isMarker ? "marker" : "")|\(c.isPower ? "power" : "")|\(c.atLineStart ? "start" : "")|\(text)"
        }
    }

    @Test("the LaTeX caret form: braced and bare, a marker, a power, a definition's label")
    func caretForm() {
        #expect(Self.caret("Revenue^{*1} rose") == "1|marker|||^{*1}")
        #expect(Self.caret("Revenue^{1,2} rose") == "1,2|marker|||^{1,2}")
        #expect(Self.caret("Revenue^{\\dagger} rose") == "†|marker|||^{\\dagger}")
        #expect(Self.caret("Revenue$^{1}$ rose") == "1|marker|||$^{1}$")
        #expect(Self.caret("Revenue^1 rose") == "1|marker|||^1")
        #expect(Self.caret("Revenue^* rose") == "*|marker|||^*")
        #expect(Self.caret("5,000 m^{2} of space") == "2||power||^{2}")
        #expect(Self.caret("10^{12} joules") == "12||power||^{12}")
        #expect(Self.caret("10^{1,2} joules") == "1,2||power||^{1,2}")
        #expect(Self.caret("10^{*1} joules") == "1|marker|||^{*1}", "a star says note")
        #expect(Self.caret("^{1} Refers to the year") == "1|||start|^{1}")
        #expect(Self.caret("  $^{2}$ Refers") == "2|||start|$^{2}$")
        #expect(Self.caret("the 5^{th} time") == "-||||^{th}", "no label: residue")
        #expect(Self.caret("x^{1\n}") == nil, "braces across a line break")
        #expect(Self.caret("x^{" + String(repeating: "1", count: 21) + "}") == nil, "over maxCaretContent")
        #expect(Self.caret("x^ y") == nil)
        #expect(Self.caret("x^{}") == nil)
    }

    @Test("an enclosed note number: one or two digits, not 0, no word after, no link")
    func enclosedNumber() {
        func read(_ s: String) -> String? {
            Array(s.utf8).withUnsafeBufferPointer { b in
                MarkerGrammar.enclosedNumber(b, at: 0, end: b.count).map { "\($0.label)@\($0.end)" }
            }
        }
        #expect(read("(1) Refers") == "1@3")
        #expect(read("[12] See") == "12@4")
        #expect(read("(123)") == nil)
        #expect(read("(0)") == nil)
        #expect(read("(1)a") == nil)
        #expect(read("(1]") == nil)
        #expect(read("[1](http://x)") == nil)
        #expect(read("[1]: def") == nil)
        #expect(read("(1): def") == "1@3")
    }

    @Test("no crash on odd bytes")
    func robustness() {
        let samples: [[UInt8]] = [[], [0x2A], [0xE2], [0xE2, 0x80], [0xC2], [0x61, 0xC2], [0x61, 0xE2, 0x80, 0xA0], Array("x(1".utf8),
                                  Array("x[".utf8), [0x80, 0x28, 0x31, 0x29], Array(repeating: 0x2A, count: 40),
                                  Array("^".utf8), Array("^{".utf8), Array("$^{1".utf8), Array("^***".utf8)]
        for s in samples {
            s.withUnsafeBufferPointer { b in
                for i in 0..<b.count { _ = MarkerGrammar.strongMarker(in: b, at: i, lineStart: 0, end: b.count) }
                _ = MarkerGrammar.strongMarker(in: b, at: b.count, lineStart: 0, end: b.count)
                for i in 0..<b.count { _ = MarkerGrammar.caret(in: b, at: i, lineStart: 0, end: b.count) }
                for i in 0..<b.count { _ = MarkerGrammar.enclosedNumber(b, at: i, end: b.count) }
            }
        }
    }
}
