import FolioModel
@testable import FolioRead
import Testing

/// The HTML reader's byte scans that jump ahead (`memchr`) or read bytes in place give the
/// answers of a walk over every byte.
@Suite struct ByteScanTests {
    /// `Renderer.markupEnd` as a walk over every byte: a quote opens a value only after `=`
    /// (spaces between), and the value ends at the next quote of its kind.
    static func refMarkupEnd(_ s: [UInt8], at p: Int) -> Int? {
        let n = s.count
        guard p + 1 < n else { return nil }
        let c = s[p + 1]
        let letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
        guard letter || c == 0x2F || c == 0x21 || c == 0x3F else { return nil }
        if c == 0x21, p + 3 < n, s[p + 2] == 0x2D, s[p + 3] == 0x2D {
            var i = p + 4
            while i + 2 < n {
                if s[i] == 0x2D, s[i + 1] == 0x2D, s[i + 2] == 0x3E { return i + 3 }
                i += 1
            }
            return n
        }
        var i = p + 2
        var quote: UInt8 = 0
        var afterEquals = false
        while i < n {
            let b = s[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x3E {
                return i + 1
            } else if afterEquals && (b == 0x22 || b == 0x27) {
                quote = b
                afterEquals = false
            } else if b == 0x3D {
                afterEquals = true
            } else if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 {
                afterEquals = false
            }
            i += 1
        }
        return n
    }

    @Test("a tag ends where the byte walk ends it: quoted values holding `>` and the other quote, unterminated values, quotes not after `=`")
    func markupEndIsTheByteWalks() {
        let tags = [
            #"<span style="font-family:'Times New Roman';font-size:10pt">x"#,
            #"<a title='1 > 0 "quoted"' href = "b>c">x"#,
            #"<td class=x data-v="unterminated>x<b>y"#,
            #"<p "loose" quote>x"#,
            #"<p a="x"="y>z" b='>'>w"#,
            #"<p a= \n "v>" >end"#,
            #"<!-- a > b --><p>"#,
            #"</td >"#,
            #"<br/>"#,
            #"< not a tag"#,
            #"<p a='never closed"#,
            #"<p a=""#,
            #"<p "=" x>y"#,
            #"<p a=x"y>z" b>w"#,
            "<p a=\t'say \"hi\" > there' b=\"c\">d",
            "<p a=\r\n\"v > w\" data-long-attribute-name-here = 'x' >text",
            #"<p a="x=" "y>z">w"#,
            #"<div><span>"#,
        ]
        // Quotes and `>` at every offset of the eight-byte reads.
        var all = tags
        for pad in 0..<17 {
            let name = String(repeating: "n", count: pad)
            all.append("<p \(name)=\"v>\(name)\" \(name)>t")
            all.append("<p \(name) \"q\" =\(name)'v'>t")
            all.append("<p\(name)>t")
        }
        for tag in all {
            let s = Array(tag.utf8)
            for p in s.indices where s[p] == 0x3C {
                let got = s.withUnsafeBufferPointer { Renderer.markupEnd($0, at: p) }
                #expect(got == Self.refMarkupEnd(s, at: p), "\(tag) at \(p)")
            }
        }
    }

    @Test("white space at a text's ends: space, line feed, tab, carriage return, no-break space; not a dagger's last byte")
    func spaceAtTheEnds() {
        for (text, starts, ends) in [(" a", true, false), ("a ", false, true), ("\u{A0}a\u{A0}", true, true), ("\na\t", true, true),
                                     ("\ra\r", true, true), ("a", false, false), ("", false, false), ("\u{2020}", false, false),
                                     ("\u{C2}", false, false), ("\u{0C}a", false, false)] {
            #expect(Renderer.startsWithSpace(text) == starts, "\(Array(text.utf8))")
            #expect(Renderer.endsWithSpace(text) == ends, "\(Array(text.utf8))")
        }
    }
}

/// `Renderer.match` takes eight bytes a step while text and source agree on plain ASCII
/// (`plainRun`): what it finds must be what the byte-by-byte step finds, wherever a reference,
/// a character beyond ASCII, a dropped `\r` or a mismatch falls in or after such a run.
@Suite struct MatchRunTests {
    static func match(_ text: String, _ source: String, at start: Int = 0) -> Span? {
        var t = text, s = source
        return t.withUTF8 { tb in s.withUTF8 { sb in Renderer.match(tb, in: sb, at: start) } }
    }

    @Test("plainRun: eight ASCII bytes without `&`, nothing else")
    func plainRun() {
        func word(_ s: String) -> UInt64 {
            var x: UInt64 = 0
            for (k, b) in s.utf8.prefix(8).enumerated() { x |= UInt64(b) << (8 * UInt64(k)) }
            return x
        }
        #expect(Renderer.plainRun(word("Revenues")))
        #expect(Renderer.plainRun(word("a < b\r\n ")))
        #expect(!Renderer.plainRun(word("R&D cost")))
        #expect(!Renderer.plainRun(word("cost of&")))
        #expect(!Renderer.plainRun(word("caf\u{E9} co")))
    }

    @Test("long texts match as they did byte by byte: references, non-ASCII, dropped \\r, mismatches")
    func longRuns() throws {
        let plain = "Total revenues increased compared with the prior year"
        #expect(Self.match(plain, plain) == Span(start: 0, end: plain.utf8.count))
        #expect(Self.match(plain, "  " + plain + "<b>") == Span(start: 2, end: 2 + plain.utf8.count))
        // A reference just after a run of eight, and the `&` the text holds as `&amp;`.
        let amp = "Research and development &amp; other costs rose"
        #expect(Self.match("Research and development & other costs rose", amp) == Span(start: 0, end: amp.utf8.count))
        let dash = "Operating expenses, net&#8212;of which most were one time"
        #expect(Self.match("Operating expenses, net\u{2014}of which most were one time", dash) == Span(start: 0, end: dash.utf8.count))
        #expect(Self.match("Operating expenses, net-of which most were one time", dash) == nil)
        // Beyond ASCII, after and inside runs.
        let accented = "Expenses of the caf\u{E9} division rose sharply this year"
        #expect(Self.match(accented, accented) == Span(start: 0, end: accented.utf8.count))
        // A `\r` the parser dropped, after a run; one the text keeps is a byte like the rest.
        let crlf = "line number one\r\nline number two"
        #expect(Self.match("line number one\nline number two", crlf) == Span(start: 0, end: crlf.utf8.count))
        #expect(Self.match(crlf, crlf) == Span(start: 0, end: crlf.utf8.count))
        // A mismatch in the middle or the last byte of an eight-byte step.
        #expect(Self.match("Revenues total 1234567", "Revenues tota1 1234567") == nil)
        #expect(Self.match("Revenues total 1234567", "Revenues total 1234568") == nil)
        // The source ends before the text.
        #expect(Self.match("Revenues total 1234567", "Revenues total") == nil)
        // A text shorter than eight bytes and one whose tail is shorter.
        #expect(Self.match("Net", "Net loss") == Span(start: 0, end: 3))
        #expect(Self.match("Net loss for ye", "Net loss for year") == Span(start: 0, end: 15))
    }
}

/// `Renderer.styleFlags(style:)` looks for the `e` of `none` and `page` eight bytes a step:
/// its flags must be those of the byte-by-byte test, wherever the word falls.
@Suite struct StyleFlagsTests {
    static func reference(_ style: String) -> (Bool, Bool, Bool) {
        let b = Array(style.utf8)
        var maybe = false
        var i = 2
        while i < b.count {
            if b[i] | 0x20 == 0x65, (b[i - 1] | 0x20 == 0x6E && b[i - 2] | 0x20 == 0x6F) || (b[i - 1] | 0x20 == 0x67 && b[i - 2] | 0x20 == 0x61) {
                maybe = true
            }
            i += 1
        }
        guard maybe else { return (false, false, false) }
        let compact = String(decoding: b.filter { $0 != 0x20 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        return (compact.contains("display:none"),
                compact.contains("page-break-before:always") || compact.contains("break-before:page"),
                compact.contains("page-break-after:always") || compact.contains("break-after:page"))
    }

    @Test("display:none and page breaks found at every offset, in any case; other styles say nothing")
    func everyOffset() {
        var styles: [String] = []
        for k in 0..<20 {
            let pad = String(repeating: "x", count: k)
            styles += [pad + "display:none", pad + "DISPLAY: NONE;font-size:10pt", "font-size:10pt;" + pad + "page-break-before:always",
                       pad + "break-after:page", pad + "font-family:Times New Roman;text-align:center", pad + "one", pad + "AGE", pad + "e"]
        }
        for style in styles {
            var s = style
            let f = s.withUTF8 { Renderer.styleFlags(style: $0) }
            let r = Self.reference(style)
            #expect(f.hidden == r.0 && f.breakBefore == r.1 && f.breakAfter == r.2, "\(style)")
        }
        let none = "xxxxxxxxxxdisplay:none"
        #expect(Array(none.utf8).withUnsafeBufferPointer { Renderer.styleFlags(style: $0).hidden })
        #expect(!Renderer.styleFlags(style: nil).hidden)
    }
}
