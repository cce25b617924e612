import FolioModel
import FolioRead
import Testing

/// EDGAR layout habits the HTML reader repairs, each on a small document: whole outputs.
@Suite struct HTMLRepairTests {
    func render(_ html: String, xhtml: Bool = false) throws -> (String, HTMLReader.Rendered) {
        let r = try HTMLReader.render(Array(html.utf8), xhtml: xhtml)
        return (String(decoding: r.text, as: UTF8.self), r)
    }

    @Test("an Item heading set in a one-row layout table becomes a paragraph line; a data table stays a table")
    func layoutTables() throws {
        let (text, r) = try render("""
            <html><body><table><tr><td>ITEM 1.</td><td>BUSINESS</td></tr></table>
            <p>We make things.</p>
            <table><tr><td>A.</td><td>Selected Financial Data</td></tr><tr><td>B.</td><td>Capitalization</td></tr></table>
            <table><tr><td>Revenue</td><td>1,234</td></tr><tr><td>Sean Keohane</td><td>Chief Executive Officer</td></tr></table>
            </body></html>
            """)
        #expect(text == "ITEM 1. BUSINESS\n\nWe make things.\n\nA. Selected Financial Data\n\nB. Capitalization\n\nRevenue\t1,234\nSean Keohane\tChief Executive Officer\n")
        #expect(r.tables == 1)
    }

    @Test("inline XBRL formats: a fixed-zero fact is 0, a comma-decimal fact reads its comma as the decimal point")
    func factFormats() throws {
        let (_, r) = try render("""
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>
            <p>Paid <ix:nonFraction name="us-gaap:A" format="ixt:fixed-zero" unitRef="usd">nil</ix:nonFraction> and
            <ix:nonFraction name="us-gaap:B" format="ixt:num-comma-decimal" unitRef="usd">1.234,5</ix:nonFraction> and
            <ix:nonFraction name="us-gaap:C" format="ixt:num-dot-decimal" unitRef="usd">1,234.5</ix:nonFraction>.</p>
            <p>x</p><p>y</p><p>z</p></body></html>
            """, xhtml: true)
        #expect(r.facts.map(\.metric) == ["us-gaap:A", "us-gaap:B", "us-gaap:C"])
        #expect(r.facts.map(\.value) == [0, 1234.5, 1234.5])
    }

    @Test("no-break spacer cells collapse away; a units note printed in the grid becomes the table's caption")
    func unitsNoteAndSpacers() throws {
        let (text, _) = try render("""
            <html><body><table>
            <tr><td>&#160;</td><td colspan="2">Year Ended</td></tr>
            <tr><td>Revenue:</td><td colspan="2">(In millions)</td></tr>
            <tr><td>Taiwan</td><td>$</td><td>6,986</td></tr>
            <tr><td>Other</td><td>&#160;</td><td>&#8212;</td></tr>
            </table></body></html>
            """)
        #expect(text == "(In millions)\n\n\tYear Ended\nRevenue:\t\nTaiwan\t$6,986\nOther\t—\n")
    }

    @Test("an inline XBRL fact written only as a character reference is located at its own cell's bytes")
    func factLocatedByItsTag() throws {
        let html = """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>
            <table><tr><td>Dividend yield</td><td>$</td><td><ix:nonFraction name="a:X" contextRef="c" unitRef="u" format="ixt:fixed-zero">&#8212;</ix:nonFraction></td>
            <td><ix:nonFraction name="a:Y" contextRef="c" unitRef="u" scale="6">1,234</ix:nonFraction></td></tr></table></body></html>
            """
        let (_, r) = try render(html, xhtml: true)
        let source = Array(html.utf8)
        #expect(r.facts.count == 2)
        let spans = r.facts.compactMap(\.sourceSpan)
        #expect(spans.map { String(decoding: source[$0.start..<$0.end], as: UTF8.self) } == ["&#8212;", "1,234"])
        #expect(r.facts.map(\.value) == [0, 1234])
        #expect(r.factRowLabels == [0: "Dividend yield", 1: "Dividend yield"])
    }

    @Test("a cell's text is located in text content, not in a tag's attribute printing the same digits")
    func cellLocatedOutsideMarkup() throws {
        let html = """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>
            <table><tr><td>Commercial paper</td><td style="padding:2px">2</td><td style="padding:0 2px">&#8212;</td>
            <td style="padding:2px"><ix:nonFraction name="a:X" contextRef="c" unitRef="u" scale="6">2</ix:nonFraction></td></tr></table></body></html>
            """
        let (text, r) = try render(html, xhtml: true)
        #expect(text == "Commercial paper\t2\t—\t2\n")
        let source = Array(html.utf8)
        // Each cell's source bytes start at its text.
        var starts: [Int] = []
        for (k, b) in r.text.enumerated() where b != 0x09 && b != 0x0A && (k == 0 || r.text[k - 1] == 0x09) {
            starts.append(r.map.originStart(of: k))
        }
        #expect(starts.map { String(decoding: source[$0..<min(source.count, $0 + 1)], as: UTF8.self) } == ["C", "2", "&", "2"])
        let fact = try #require(r.facts.first?.sourceSpan)
        #expect(fact.start == starts[3])
    }

    @Test("a dash written over several source lines (pretty-printed XHTML) is located at its own bytes")
    func multiLineTextLocated() throws {
        let html = """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>
            <table>
            <tr><td>2022</td><td>$</td><td>4,749,921</td><td>
                    <ix:nonFraction name="a:Pension" contextRef="c" unitRef="u" format="ixt:fixed-zero">
                        &#8212;
                    </ix:nonFraction>
                </td><td>$</td><td>13,961,948</td></tr>
            </table></body></html>
            """
        let (text, r) = try render(html, xhtml: true)
        #expect(text == "2022\t$4,749,921\t—\t$13,961,948\n")
        let source = Array(html.utf8)
        let dash = try #require(r.text.firstIndex(of: 0xE2))
        let start = r.map.originStart(of: dash)
        #expect(String(decoding: source[start..<(start + 7)], as: UTF8.self) == "&#8212;")
        #expect(r.facts.first?.sourceSpan?.start == start)
    }
}

@Suite struct PreformattedHTMLTests {
    @Test("a plain-text filing wrapped in <html><body><div> keeps its lines; ordinary HTML prose does not")
    func plainTextInHTML() throws {
        var body = "                                   FORM 20-F\n\n"
        for k in 1...120 { body += "Item \(k).   Heading number \(k)                                   \(k)\n" }
        let r = try HTMLReader.render(Array("<html><body><div>\(body)</div></body></html>".utf8))
        let text = String(decoding: r.text, as: UTF8.self)
        #expect(text.hasPrefix("                                   FORM 20-F\n\nItem 1.   Heading number 1"))
        #expect(text.split(separator: "\n").count == 121)
        let prose = try HTMLReader.render(Array("<html><body><p>One\nparagraph\nwrapped   in the source.</p></body></html>".utf8))
        #expect(String(decoding: prose.text, as: UTF8.self) == "One paragraph wrapped in the source.\n")
    }
}

/// Table structure decided by the HTML reader, one class of layout each.
@Suite struct HTMLTableStructureTests {
    func render(_ html: String) throws -> (String, HTMLReader.Rendered) {
        let r = try HTMLReader.render(Array(html.utf8))
        return (String(decoding: r.text, as: UTF8.self), r)
    }

    @Test("a table nested in a cell is a table of its own, not its cells run together (Revenue100Cost40)")
    func nestedTable() throws {
        let (text, r) = try render("""
            <html><body><table><tr><td>
            <table><tr><td>Revenue</td><td>100</td></tr><tr><td>Cost</td><td>40</td></tr></table>
            </td></tr></table><p>After.</p></body></html>
            """)
        #expect(text == "Revenue\t100\nCost\t40\n\nAfter.\n")
        #expect(r.tables == 1)
    }

    @Test("a table beside its nested table: the outer rows, then the nested table, each with exact spans")
    func nestedBesideText() throws {
        let html = "<html><body><table><tr><td>Segment A</td><td>5</td></tr><tr><td>Detail</td><td>"
            + "<table><tr><td>Revenue</td><td>100</td></tr><tr><td>Cost</td><td>40</td></tr></table></td></tr>"
            + "<tr><td>Segment B</td><td>7</td></tr></table></body></html>"
        let bytes = Array(html.utf8)
        let r = try HTMLReader.render(bytes)
        let text = String(decoding: r.text, as: UTF8.self)
        #expect(text == "Segment A\t5\nDetail\t\nSegment B\t7\n\nRevenue\t100\nCost\t40\n")
        #expect(r.tables == 2)
        // `100` maps to its own bytes, inside the nested table.
        let at = try #require(text.utf8.firstIndex(of: UInt8(ascii: "1")).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) })
        let s = r.map.origin(of: Span(start: at, end: at + 3))
        #expect(String(decoding: bytes[s.start..<s.end], as: UTF8.self) == "100")
    }

    @Test("a spacer column empty in every row is dropped: the labels are the first column")
    func emptyFirstColumn() throws {
        let (text, _) = try render("""
            <html><body><table>
            <tr><td></td><td>Net sales</td><td>$</td><td>1,234</td></tr>
            <tr><td>&#160;</td><td>Cost of sales</td><td></td><td>(600</td><td>)</td></tr>
            <tr><td></td><td colspan="3">Total</td></tr>
            </table></body></html>
            """)
        #expect(text == "Net sales\t$1,234\nCost of sales\t(600)\nTotal\t\n")
    }
}
