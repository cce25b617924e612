import FolioModel
import FolioRead
import FolioXML
import Foundation
import Testing

@Suite("libxml2 parser")
struct MarkupParserTests {
    @Test("HTML into an arena of value nodes, in document order")
    func html() throws {
        let tree = try MarkupParser.parseHTML(Array("<html><body><p class=x>Hello <b>bold</b> world</p><p>Two</p></body></html>".utf8))
        let root = try #require(tree.root)
        #expect(tree.nodes[root].name == "html")
        let ps = tree.nodes.indices.filter { tree.nodes[$0].name == "p" }
        #expect(ps.count == 2)
        #expect(tree.attribute("class", of: ps[0]) == "x")
        #expect(tree.textContent(of: ps[0]) == "Hello bold world")
        #expect(tree.textContent(of: ps[1]) == "Two")
    }

    @Test("children link in document order; names lowercase; attributes match in any case")
    func linksAndNames() throws {
        let html = "<HTML><Body><DIV Style='x' data-A=\"1\">a<B>b</B>c<I>d</I>e</DIV><p>f</p></Body></HTML>"
        let tree = try MarkupParser.parseHTML(Array(html.utf8))
        let div = try #require(tree.nodes.indices.first { tree.nodes[$0].name == "div" })
        #expect(tree.children(of: div).map { tree.nodes[$0].kind == .text ? tree.nodes[$0].text : tree.nodes[$0].name }
            == ["a", "b", "c", "i", "e"])
        #expect(tree.textContent(of: div) == "abcde")
        #expect(tree.attribute("style", of: div) == "x")
        #expect(tree.attribute("data-a", of: div) == "1")
        #expect(tree.attribute("styl", of: div) == nil)
        var stack: [Int] = []
        tree.pushChildren(of: div, onto: &stack) { $0 }
        #expect(stack.reversed() == tree.children(of: div))
        let xml = try MarkupParser.parseXML(Array("<r xmlns:ix='u'><ix:NonFraction Name='n'>1</ix:NonFraction></r>".utf8))
        let fact = try #require(xml.nodes.indices.first { xml.nodes[$0].kind == .element && xml.nodes[$0].name != "r" })
        #expect(xml.nodes[fact].name == "ix:nonfraction")
        #expect(xml.attribute("name", of: fact) == "n")
    }

    @Test("HTML names come back as written, whatever repeats: short, 16 bytes, longer, uppercase, attributes")
    func repeatedNames() throws {
        // The HTML parser's names are looked up by their bytes (`ShortNameCache`): each
        // element and attribute must get its own name, however many repeat or share a prefix.
        let long16 = "abcdefghijklmnop", long17 = "abcdefghijklmnopq", long15 = "abcdefghijklmno"
        var html = "<html><body>"
        for _ in 0..<3 {
            html += "<\(long16) \(long16)='1'>a</\(long16)><\(long17) \(long17)='2'>b</\(long17)>"
            html += "<\(long15) \(long15)='3'>c</\(long15)>"
        }
        html += "<table><tr><TD COLSPAN='2' RowSpan='3' colspan2='4'>d</TD><td>e</td></tr></table></body></html>"
        let tree = try MarkupParser.parseHTML(Array(html.utf8))
        let elements = tree.nodes.filter { $0.kind == .element }.map(\.name)
        for name in [long16, long17, long15] { #expect(elements.filter { $0 == name }.count == 3) }
        for i in tree.nodes.indices where tree.nodes[i].kind == .element && tree.nodes[i].name.hasPrefix("abc") {
            #expect(tree.attributes(of: i).map(\.name) == [tree.nodes[i].name])
        }
        let tds = tree.nodes.indices.filter { tree.nodes[$0].name == "td" }
        #expect(tds.count == 2)
        #expect(tree.attributes(of: tds[0]).map(\.name) == ["colspan", "rowspan", "colspan2"])
        #expect(tree.attributes(of: tds[0]).map(\.value) == ["2", "3", "4"])
        #expect(tree.attributes(of: tds[1]).isEmpty)
    }

    @Test("attribute values come back as written, whatever repeats: case kept, 16 bytes, longer, both parsers")
    func repeatedValues() throws {
        let values = ["right", "RIGHT", "Right", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmno", "", "2", "right"]
        let cells = values.map { "<td align='\($0)'>x</td>" }.joined()
        let html = "<html><body><table><tr>" + cells + cells + "</tr></table></body></html>"
        let tree = try MarkupParser.parseHTML(Array(html.utf8))
        let tds = tree.nodes.indices.filter { tree.nodes[$0].name == "td" }
        #expect(tds.map { tree.attribute("align", of: $0) ?? "?" } == values + values)
        let facts = values.map { "<f unit='\($0)'/>" }.joined()
        let xml = try MarkupParser.parseXML(Array(("<r>" + facts + facts + "</r>").utf8))
        let fs = xml.nodes.indices.filter { xml.nodes[$0].name == "f" }
        #expect(fs.map { xml.attribute("unit", of: $0) ?? "?" } == values + values)
    }

    @Test("attribute values kept as bytes: read as strings or in place; empty, non-ASCII, references and elements without any")
    func attributeBytes() throws {
        let html = "<html><body><p a='' b='caf\u{E9} &amp; co' c='x'>t</p><i>u</i><p style='display: NONE'>v</p></body></html>"
        let tree = try MarkupParser.parseHTML(Array(html.utf8))
        let ps = tree.nodes.indices.filter { tree.nodes[$0].name == "p" }
        #expect(tree.attributes(of: ps[0]).map(\.value) == ["", "caf\u{E9} & co", "x"])
        #expect(tree.attribute("a", of: ps[0]) == "")
        #expect(tree.withAttributeBytes("b", of: ps[0]) { $0.map { Array($0) } } == Array("caf\u{E9} & co".utf8))
        #expect(tree.withAttributeBytes("style", of: ps[0]) { $0 == nil })
        let i = try #require(tree.nodes.indices.first { tree.nodes[$0].name == "i" })
        #expect(tree.attributes(of: i).isEmpty)
        #expect(tree.attribute("style", of: ps[1]) == "display: NONE")
        // Text nodes have no attributes.
        let text = try #require(tree.nodes[ps[1]].firstChild)
        #expect(tree.attributes(of: text).isEmpty)
        let xml = try MarkupParser.parseXML(Array("<r xmlns:x='u'><f x:a='1 &amp; 2' b='\u{2014}'/></r>".utf8))
        let f = try #require(xml.nodes.indices.first { xml.nodes[$0].name == "f" })
        #expect(xml.attributes(of: f).map(\.name) == ["x:a", "b"])
        #expect(xml.attributes(of: f).map(\.value) == ["1 & 2", "\u{2014}"])
    }

    @Test("Windows-1252's C1 characters replaced wherever they fall; a 0xC2 of another character or at the end kept")
    func windows1252() {
        func shown(_ bytes: [UInt8]) -> [UInt8]? { bytes.withUnsafeBufferPointer { Windows1252.displayedText($0) } }
        #expect(shown(Array("plain text, no C1".utf8)) == nil)
        #expect(shown(Array("caf\u{E9} \u{A0}price".utf8)) == nil)
        #expect(shown([0x61, 0xC2]) == nil)
        #expect(shown([0xC2, 0x81, 0x61]) == nil)  // undefined in the code page
        for k in 0..<12 {
            let pad = [UInt8](repeating: 0x61, count: k)
            // A no-break space (0xC2 0xA0) first, then U+0092 (Windows-1252's right quote).
            #expect(shown(pad + [0xC2, 0xA0, 0x62, 0xC2, 0x92, 0x73]) == pad + [0xC2, 0xA0, 0x62, 0xE2, 0x80, 0x99, 0x73])
        }
    }

    @Test("an attribute read in place by the node's index, in any case; nil when absent")
    func attributeByIndex() throws {
        let tree = try MarkupParser.parseHTML(Array("<html><body><td colspan='2' Style='display:none'>x</td></body></html>".utf8))
        let td = try #require(tree.nodes.indices.first { tree.nodes[$0].name == "td" })
        #expect(tree.attribute("colspan", of: td) == "2")
        #expect(tree.attribute("style", of: td) == "display:none")
        #expect(tree.attribute("rowspan", of: td) == nil)
        let xml = try MarkupParser.parseXML(Array("<r><f Name='n' scale='3'/></r>".utf8))
        let f = try #require(xml.nodes.indices.first { xml.nodes[$0].name == "f" })
        #expect(xml.attribute("name", of: f) == "n")
        #expect(xml.attribute("scale", of: f) == "3")
    }

    @Test("depth is the deepest element, siblings and text nodes at any depth")
    func depthOfBranches() throws {
        let a = try MarkupParser.parseXML(Array("<a><b><c/></b><d/></a>".utf8))
        #expect(a.maxDepth == 3)
        let b = try MarkupParser.parseXML(Array("<a><b/><c><d>t<e/>u</d></c><f>v</f></a>".utf8))
        #expect(b.maxDepth == 4)
        let c = try MarkupParser.parseXML(Array("<a>only text</a>".utf8))
        #expect(c.maxDepth == 1)
        #expect(MarkupTree().maxDepth == 0)
    }

    @Test("unclosed tags everywhere are recovered, never fatal")
    func unclosed() throws {
        let html = String(repeating: "<div><p><b><i><table><tr><td>x", count: 200)
        let tree = try MarkupParser.parseHTML(Array(html.utf8))
        #expect(tree.root != nil)
        #expect(tree.nodes.contains { $0.kind == .text && $0.text == "x" })
    }

    @Test("nesting 100,000 deep does not overflow the stack")
    func deep() throws {
        let html = String(repeating: "<div>", count: 100_000) + "deep" + String(repeating: "</div>", count: 100_000)
        let tree = try MarkupParser.parseHTML(Array(html.utf8))
        #expect(tree.root != nil)
        let rendered = try HTMLReader.render(Array(html.utf8))
        #expect(rendered.text.count < 1000)
    }

    /// Regression: libxml2 stopped at depth 256 and silently dropped the rest of the document.
    @Test("HTML deeper than 256 keeps everything after the deep part; XML that deep is an error")
    func pastDepth256() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 300) + "deep" + String(repeating: "</div>", count: 300)
            + "<p>after</p></body></html>"
        let tree = try MarkupParser.parseHTML(Array(html.utf8))
        #expect(tree.maxDepth == 302)
        #expect(tree.nodes.contains { $0.kind == .text && $0.text == "after" })
        let rendered = try HTMLReader.render(Array(html.utf8))
        #expect(String(decoding: rendered.text, as: UTF8.self).contains("after"))
        let xml = "<x>" + String(repeating: "<y>", count: 300) + String(repeating: "</y>", count: 300) + "<z>after</z></x>"
        #expect(throws: MarkupError.self) { try MarkupParser.parseXML(Array(xml.utf8)) }
        let shallow = "<x>" + String(repeating: "<y>", count: 200) + String(repeating: "</y>", count: 200) + "<z>after</z></x>"
        #expect(try MarkupParser.parseXML(Array(shallow.utf8)).maxDepth == 201)
    }

    @Test("XML: a billion-laughs document is not expanded")
    func billionLaughs() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for i in 2...9 {
            let prev = "&lol\(i - 1);"
            xml += "<!ENTITY lol\(i) \"" + String(repeating: prev, count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>\n"
        let tree = try MarkupParser.parseXML(Array(xml.utf8))
        let text = tree.nodes.map(\.text).joined()
        #expect(text.count < 10_000)
    }

    @Test("XML: external entities (a file, a URL) are never loaded")
    func externalEntity() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE x [ <!ENTITY file SYSTEM "file:///etc/passwd"> <!ENTITY net SYSTEM "http://127.0.0.1:9/x"> ]>
            <x><a>&file;</a><b>&net;</b></x>
            """
        let tree = try MarkupParser.parseXML(Array(xml.utf8))
        let text = tree.nodes.map(\.text).joined()
        #expect(!text.contains("root:"))
        #expect(!text.contains("/bin/"))
    }

    @Test("XML keeps namespace prefixes; names are lowercase")
    func namespaces() throws {
        let xml = #"<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><ix:nonFraction name="us-gaap:Revenues" contextRef="c1">1,234</ix:nonFraction></body></html>"#
        let tree = try MarkupParser.parseXML(Array(xml.utf8))
        let fact = try #require(tree.nodes.firstIndex { $0.name == "ix:nonfraction" })
        #expect(tree.attribute("contextref", of: fact) == "c1")
        #expect(tree.textContent(of: fact) == "1,234")
    }

    @Test("concurrent parses on many threads are independent")
    func concurrent() throws {
        let html = Array("<html><body><table><tr><td>a</td><td>1</td></tr></table></body></html>".utf8)
        DispatchQueue.concurrentPerform(iterations: 200) { _ in
            let t = try? MarkupParser.parseHTML(html)
            #expect(t?.nodes.count ?? 0 > 4)
        }
    }
}

@Suite("HTML reader")
struct HTMLReaderTests {
    func text(_ html: String) throws -> String {
        String(decoding: try HTMLReader.render(Array(html.utf8)).text, as: UTF8.self)
    }

    @Test("paragraphs and headings are blocks separated by blank lines; whitespace collapses")
    func blocks() throws {
        let t = try text("<html><head><title>T</title><style>p{}</style></head><body><h2>Item 7.  Results</h2><p>First\n   paragraph.</p><div>Second</div></body></html>")
        #expect(t == "Item 7. Results\n\nFirst paragraph.\n\nSecond\n")
    }

    @Test("hidden content and ix:header are excluded")
    func hidden() throws {
        let t = try text(#"<html><body><div style="display: none">secret</div><p>shown</p></body></html>"#)
        #expect(t == "shown\n")
    }

    @Test("page breaks become form feeds")
    func pageBreaks() throws {
        let t = try text(#"<html><body><p>one</p><p style="page-break-before:always">two</p><hr/><p>three</p></body></html>"#)
        #expect(t == "one\n\u{0C}\ntwo\n\u{0C}\nthree\n")
    }

    @Test("EDGAR table habits: colspan header, $ and ) in own cells, spacer columns")
    func table() throws {
        let html = """
            <html><body><table>
            <tr><td></td><td colspan="3" style="text-align:center">Three Months Ended</td></tr>
            <tr><td></td><td></td><td>2023</td><td></td><td>2022</td></tr>
            <tr><td>Net sales</td><td>$</td><td>119,575</td><td>$</td><td>117,154</td></tr>
            <tr><td>Other income</td><td></td><td>(50</td><td>)</td><td>(393</td><td>)</td></tr>
            <tr><td></td><td></td><td></td></tr>
            </table></body></html>
            """
        let t = try text(html)
        #expect(t == """
            \tThree Months Ended\t
            \t2023\t2022
            Net sales\t$119,575\t$117,154
            Other income\t(50)\t(393)

            """)
    }

    @Test("every rendered character maps back into the HTML bytes it came from")
    func sourceMap() throws {
        let html = "<html><body><p>Revenue grew</p><table><tr><td>Total</td><td>1,234</td></tr></table></body></html>"
        let bytes = Array(html.utf8)
        let r = try HTMLReader.render(bytes)
        let out = String(decoding: r.text, as: UTF8.self)
        for word in ["Revenue grew", "Total", "1,234"] {
            let range = try #require(out.range(of: word))
            let start = out.utf8.distance(from: out.startIndex, to: range.lowerBound)
            let span = r.map.origin(of: Span(start: start, end: start + word.utf8.count))
            #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == word)
        }
    }

    @Test("inline XBRL facts: concept, value, sign, scale, unit and period from the header")
    func inlineXBRL() throws {
        let xhtml = """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance">
            <body><div style="display:none"><ix:header><ix:resources>
            <xbrli:context id="FY24"><xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
            <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
            </ix:resources></ix:header></div>
            <table><tr><td>Net loss</td><td>$(<ix:nonFraction name="us-gaap:NetIncomeLoss" contextRef="FY24" unitRef="usd" scale="6" decimals="-6" sign="-" format="ixt:num-dot-decimal">1,234.5</ix:nonFraction>)</td></tr></table>
            </body></html>
            """
        let r = try HTMLReader.render(Array(xhtml.utf8), xhtml: true)
        #expect(r.facts.count == 1)
        let f = try #require(r.facts.first)
        #expect(f.metric == "us-gaap:NetIncomeLoss")
        #expect(f.value == -1234.5)
        #expect(f.scale == 1_000_000)
        #expect(f.unit == "USD")
        #expect(f.period == FactPeriod(start: "2024-01-01", end: "2024-12-31"))
        #expect(String(decoding: r.text, as: UTF8.self) == "Net loss\t$(1,234.5)\n")
    }

    @Test("many element and attribute names (more than the name cache's slots), in any case and with prefixes, each read as written")
    func manyNames() throws {
        var html = "<html><body>"
        var xml = "<root xmlns:a=\"urn:a\" xmlns:b=\"urn:b\">"
        for k in 0..<150 {
            html += "<Tag\(k) Attr\(k)=\"v\(k)\" style=\"s\(k)\">t\(k)</Tag\(k)>"
            xml += "<\(k % 2 == 0 ? "a" : "b"):el\(k % 7) \(k % 3 == 0 ? "a:" : "")at\(k % 5)=\"v\(k)\">t</\(k % 2 == 0 ? "a" : "b"):el\(k % 7)>"
        }
        html += "</body></html>"
        xml += "</root>"
        let h = try MarkupParser.parseHTML(Array(html.utf8))
        for k in 0..<150 {
            let node = try #require(h.nodes.indices.first { h.nodes[$0].name == "tag\(k)" })
            #expect(h.attributes(of: node).map(\.name) == ["attr\(k)", "style"])
            #expect(h.attribute("attr\(k)", of: node) == "v\(k)")
        }
        let x = try MarkupParser.parseXML(Array(xml.utf8))
        let elements = x.nodes.indices.filter { x.nodes[$0].kind == .element && x.nodes[$0].name != "root" }
        #expect(elements.count == 150)
        for (k, node) in elements.enumerated() {
            #expect(x.nodes[node].name == "\(k % 2 == 0 ? "a" : "b"):el\(k % 7)")
            #expect(x.attributes(of: node).map(\.name) == ["\(k % 3 == 0 ? "a:" : "")at\(k % 5)"])
            #expect(x.attributes(of: node).first?.value == "v\(k)")
        }
    }
}
