import FolioModel
import FolioPipeline
import Testing

/// Inline XBRL facts checked against the table cells printed at the same bytes.
@Suite struct XBRLReconcilerTests {
    static let xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance">
        <body><div style="display:none"><ix:header><ix:resources>
        <xbrli:context id="Q1"><xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-03-31</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:context id="Q0"><xbrli:period><xbrli:startDate>2023-01-01</xbrli:startDate><xbrli:endDate>2023-03-31</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
        </ix:resources></ix:header></div>
        <p>CONDENSED STATEMENTS OF OPERATIONS</p>
        <p>(In millions)</p>
        <table>
        <tr><td></td><td colspan="2">Three Months Ended</td><td colspan="2">Three Months Ended</td></tr>
        <tr><td></td><td colspan="2">March 31, 2024</td><td colspan="2">March 31, 2023</td></tr>
        <tr><td>Net sales</td><td>$</td><td><ix:nonFraction name="us-gaap:Revenues" contextRef="Q1" unitRef="usd" scale="6" decimals="-6">68,714</ix:nonFraction></td><td>$</td><td><ix:nonFraction name="us-gaap:Revenues" contextRef="Q0" unitRef="usd" scale="6" decimals="-6">66,886</ix:nonFraction></td></tr>
        <tr><td>Other expense</td><td></td><td>(<ix:nonFraction name="us-gaap:OtherExpense" contextRef="Q1" unitRef="usd" scale="6" decimals="-6" sign="-">50</ix:nonFraction></td><td>)</td><td>(<ix:nonFraction name="us-gaap:OtherExpense" contextRef="Q0" unitRef="usd" scale="6" decimals="-6" sign="-">393</ix:nonFraction></td><td>)</td></tr>
        <tr><td>Net income</td><td>$</td><td><ix:nonFraction name="us-gaap:NetIncomeLoss" contextRef="Q1" unitRef="usd" scale="6" decimals="-6">68,664</ix:nonFraction></td><td>$</td><td><ix:nonFraction name="us-gaap:NetIncomeLoss" contextRef="Q0" unitRef="usd" scale="3" decimals="-3">66,493</ix:nonFraction></td></tr>
        </table></body></html>
        """

    @Test func taggedValuesAgreeWithTheirOwnCellsAndAMismatchIsReported() throws {
        let pipeline = Pipeline(try DefaultPipeline.definition())
        let (doc, failed) = pipeline.process(docId: "x", source: "x.htm", bytes: Array(Self.xhtml.utf8), sha256: "")
        #expect(!failed)
        let tagged = doc.facts.filter { $0.origin == .ixbrl }
        #expect(tagged.count == 6)
        // Each fact sits on its own cell: the `$` cells joined to their numbers do not shift it.
        let byValue = Dictionary(uniqueKeysWithValues: tagged.compactMap { f in f.value.map { ($0, f) } })
        #expect(byValue[68714]?.cell?.col == 0)
        #expect(byValue[66886]?.cell?.col == 1)
        #expect(byValue[68714]?.check == .agrees)
        #expect(byValue[66886]?.check == .agrees)
        #expect(byValue[-50]?.check == .agrees)
        #expect(byValue[-393]?.check == .agrees)
        #expect(byValue[68664]?.check == .agrees)
        // Tagged in thousands (scale 3) where the table prints millions: the filer's tag and the
        // printed figure disagree, and the diagnostic names both.
        #expect(byValue[66493]?.check == .disagrees)
        #expect(doc.diagnostics.contains { $0.code == "facts.xbrl_disagrees" && $0.message.contains("us-gaap:NetIncomeLoss is tagged 66493000.0") })
        #expect(doc.diagnostics.contains { $0.code == "facts.xbrl_summary" && $0.message == "6 inline XBRL facts in tables: 5 agree with their cell, 1 disagree, 0 not found as a cell" })
    }

    @Test("a range printed in one cell (`—%-4.6%`) matches the facts tagged on its bounds; `—%` is zero percent")
    func rangeCellBoundsAgree() throws {
        let html = """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance">
            <body><div style="display:none"><ix:header><ix:resources>
            <xbrli:context id="Y1"><xbrli:period><xbrli:startDate>2022-01-01</xbrli:startDate><xbrli:endDate>2022-12-31</xbrli:endDate></xbrli:period></xbrli:context>
            <xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>
            </ix:resources></ix:header></div>
            <p>The fair value was estimated with the following assumptions:</p>
            <table>
            <tr><td></td><td>2022</td><td>2021</td></tr>
            <tr><td>Risk-free interest rate</td><td><ix:nonFraction name="a:RateMin" contextRef="Y1" unitRef="pure" scale="-2" format="ixt:fixed-zero">&#8212;</ix:nonFraction>%-<ix:nonFraction name="a:RateMax" contextRef="Y1" unitRef="pure" scale="-2" decimals="3">4.6</ix:nonFraction>%</td><td>0.1%-1.6%</td></tr>
            <tr><td>Dividend yield</td><td><ix:nonFraction name="a:Yield" contextRef="Y1" unitRef="pure" scale="-2" decimals="3">0.1</ix:nonFraction>%</td><td>0.1%</td></tr>
            <tr><td>Tax credit</td><td><ix:nonFraction name="a:Credit" contextRef="Y1" unitRef="pure" scale="-2" format="ixt:fixed-zero">&#8212;</ix:nonFraction>%</td><td>(2.5)%</td></tr>
            </table></body></html>
            """
        let pipeline = Pipeline(try DefaultPipeline.definition())
        let (doc, failed) = pipeline.process(docId: "x", source: "x.htm", bytes: Array(html.utf8), sha256: "")
        #expect(!failed)
        let tagged = Dictionary(uniqueKeysWithValues: doc.facts.filter { $0.origin == .ixbrl }.map { ($0.metric, $0) })
        #expect(tagged.count == 4)
        for name in ["a:RateMin", "a:RateMax", "a:Yield", "a:Credit"] {
            #expect(tagged[name]?.check == .agrees, "\(name)")
        }
        #expect(tagged["a:RateMax"]?.comparedValue == 4.6)
        #expect(tagged["a:RateMin"]?.cell == tagged["a:RateMax"]?.cell)
        let cells = try #require(doc.tables.first?.cells)
        #expect(cells.first { $0.rowLabel == "Risk-free interest rate" && $0.col == 0 }?.value == nil)
        #expect(cells.first { $0.rowLabel == "Tax credit" && $0.col == 0 }.map { ($0.value, $0.unit) } ?? (nil, nil) == (0, "percent"))
    }

    @Test func rangeBounds() {
        #expect(PrintedRange.bounds(Array("0.1%-1.6%".utf8)) == [0.1, 1.6])
        #expect(PrintedRange.bounds(Array("—%-4.6%".utf8)) == [0, 4.6])
        #expect(PrintedRange.bounds(Array("$10 – $20".utf8)) == [10, 20])
        #expect(PrintedRange.bounds(Array("2 to 5".utf8)) == [2, 5])
        // A sign one space from its figure, as fixed-width text prints it.
        #expect(PrintedRange.bounds(Array("33 - 36 %".utf8)) == [33, 36])
        #expect(PrintedRange.bounds(Array("$ 10 - $ 20".utf8)) == [10, 20])
        #expect(PrintedRange.located(Array("33 - 36 %".utf8))?.map(\.bytes) == [0..<2, 5..<7])
        #expect(PrintedRange.bounds(Array("-5".utf8)) == nil)
        #expect(PrintedRange.bounds(Array("1,234".utf8)) == nil)
        #expect(PrintedRange.bounds(Array("3-5 years".utf8)) == nil)
    }
}
