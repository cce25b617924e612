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
        let tagged = doc.facts.filter { $0.origin == "ixbrl" }
        #expect(tagged.count == 6)
        // Each fact sits on its own cell: the `$` cells joined to their numbers do not shift it.
        let byValue = Dictionary(uniqueKeysWithValues: tagged.compactMap { f in f.value.map { ($0, f) } })
        #expect(byValue[68714]?.cell?.col == 0)
        #expect(byValue[66886]?.cell?.col == 1)
        #expect(byValue[68714]?.check == "agrees")
        #expect(byValue[66886]?.check == "agrees")
        #expect(byValue[-50]?.check == "agrees")
        #expect(byValue[-393]?.check == "agrees")
        #expect(byValue[68664]?.check == "agrees")
        // Tagged in thousands (scale 3) where the table prints millions: the filer's tag and the
        // printed figure disagree, and the diagnostic names both.
        #expect(byValue[66493]?.check == "disagrees")
        #expect(doc.diagnostics.contains { $0.code == "facts.xbrl_disagrees" && $0.message.contains("us-gaap:NetIncomeLoss is tagged 66493000.0") })
        #expect(doc.diagnostics.contains { $0.code == "facts.xbrl_summary" && $0.message == "6 inline XBRL facts in tables: 5 agree with their cell, 1 disagree, 0 not found as a cell" })
    }
}
