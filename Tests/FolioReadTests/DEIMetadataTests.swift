import FolioModel
@testable import FolioRead
import Testing

/// Filing metadata from inline-XBRL `dei:` facts, hidden or printed.
@Suite("DEI metadata")
struct DEIMetadataTests {
    static let filing = """
        <?xml version="1.0" encoding="utf-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" \
        xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2024">
        <body>
        <div style="display:none"><ix:header><ix:hidden>
        <ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c1">0000012345</ix:nonNumeric>
        <ix:nonNumeric name="dei:DocumentFiscalYearFocus" contextRef="c1">2024</ix:nonNumeric>
        <ix:nonNumeric name="dei:DocumentFiscalPeriodFocus" contextRef="c1">FY</ix:nonNumeric>
        </ix:hidden>
        <ix:resources><xbrli:context id="c1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000012345</xbrli:identifier></xbrli:entity>
        <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context></ix:resources>
        </ix:header></div>
        <p>FORM <ix:nonNumeric name="dei:DocumentType" contextRef="c1">10-K</ix:nonNumeric></p>
        <p>For the fiscal year ended <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c1" format="ixt:date-monthname-day-year-en">December 31, 2024</ix:nonNumeric></p>
        <p><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c1">ACME   WIDGETS, INC.</ix:nonNumeric></p>
        <p>(Exact name of registrant as specified in its charter)</p>
        <p><ix:nonNumeric name="dei:TradingSymbol" contextRef="c1">ACME</ix:nonNumeric></p>
        <p><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c1">Second Name</ix:nonNumeric></p>
        </body></html>
        """

    @Test func hiddenAndPrintedDEIFacts() throws {
        let r = try HTMLReader.render(Array(Self.filing.utf8), xhtml: true)
        let names = r.dei.map(\.name)
        #expect(names.contains("EntityCentralIndexKey"))
        #expect(names.filter { $0 == "EntityRegistrantName" }.count == 1)
        var md = DocumentMetadata()
        DEIMetadata.apply(r.dei, to: &md)
        #expect(md.issuer == "ACME WIDGETS, INC.")
        #expect(md.cik == "0000012345")
        #expect(md.ticker == "ACME")
        #expect(md.formType == "10-K")
        #expect(md.periodEnd == "2024-12-31")
        #expect(md.fiscalYear == 2024)
        #expect(md.fiscalPeriod == "FY")
        #expect(md.sources[.cik] == .ixbrlDEI)
    }

    @Test func deiPrefixOnBytes() {
        #expect(Renderer.isDEI("dei:DocumentType"))
        #expect(Renderer.isDEI("DEI:DocumentType"))
        #expect(!Renderer.isDEI("us-gaap:Assets"))
        #expect(!Renderer.isDEI("dei"))
    }
}
