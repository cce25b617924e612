import FolioModel
@testable import FolioSegment
import Testing

/// Filing metadata (issue #19): the cover page of an SEC form, the address-line title rule,
/// and the trust order of sources.
@Suite("Filing metadata")
struct FilingMetadataTests {
    static let cover10K = """
        UNITED STATES
        SECURITIES AND EXCHANGE COMMISSION
        Washington, D.C. 20549

        FORM 10-K

        ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
        For the fiscal year ended February 2, 2025

        Commission File Number 1-8207

        ACME WIDGETS, INC.
        (Exact name of registrant as specified in its charter)

        PART I

        Item 1. Business

        In fiscal 2024 we sold widgets. Fiscal 2024 was a 52-week year; fiscal 2025 will be too.
        """

    @Test func formLineGivesFormAndTitle() {
        #expect(CoverPage.formLine("FORM 10-K") == "10-K")
        #expect(CoverPage.formLine("# **Form 10-Q**") == "10-Q")
        #expect(CoverPage.formLine("Form10-K") == "10-K")
        #expect(CoverPage.formLine("Form 10-K filed last year") == nil)
        #expect(CoverPage.formLine("Formal 10-K") == nil)
    }

    @Test("a caption glued before the registrant's name is left out")
    func captionBeforeName() {
        #expect(CoverPage.withoutLeadingCaption("(Commission file number) EXAMPLE HOLDINGS CORPORATION") == "EXAMPLE HOLDINGS CORPORATION")
        #expect(CoverPage.withoutLeadingCaption("(Dollars) 12") == "(Dollars) 12")
        #expect(CoverPage.withoutLeadingCaption("EXAMPLE HOLDINGS (DELAWARE) INC.") == "EXAMPLE HOLDINGS (DELAWARE) INC.")
        let top = ["FORM 10-K", "FOR THE YEAR ENDED DECEMBER 31, 2024", "1-2360",
                   "(Commission file number) EXAMPLE HOLDINGS CORPORATION", "(Exact name of registrant as specified in its charter)"]
        let r = CoverPage.read(top: top, text: Array(top.joined(separator: "\n").utf8))
        #expect(r?.registrant == "EXAMPLE HOLDINGS CORPORATION")
        #expect(r?.periodEnd == "2024-12-31")
        #expect(r?.fiscalYear == 2024)
    }

    @Test func periodEndPhrases() {
        #expect(CoverPage.periodEnd("For the fiscal year ended December 31, 2024") == "2024-12-31")
        #expect(CoverPage.periodEnd("**For the Quarterly Period Ended March 31, 2025**") == "2025-03-31")
        #expect(CoverPage.periodEnd("For the transition period from to") == nil)
        // Non-ASCII lines take the `String` path, ASCII lines without a key stop early.
        #expect(CoverPage.periodEnd("Rapport annuel — for the fiscal year ended December 31, 2024") == "2024-12-31")
        #expect(CoverPage.periodEnd("FOR THE PERIOD ENDED JUNE 30, 2025 — UNAUDITED") == "2025-06-30")
        #expect(CoverPage.periodEnd("Commission file number 001-12345") == nil)
        // An annual cover without `fiscal`, in capitals.
        #expect(CoverPage.periodEnd("FOR THE YEAR ENDED DECEMBER 31, 2024") == "2024-12-31")
    }

    @Test func quarterFromYearToDateColumns() {
        #expect(CoverPage.quarter(Array("Three Months Ended  Nine Months Ended".utf8)) == "Q3")
        #expect(CoverPage.quarter(Array("Three Months Ended  Six Months Ended".utf8)) == "Q2")
        #expect(CoverPage.quarter(Array("Thirteen weeks ended  26 Weeks Ended".utf8)) == "Q2")
        #expect(CoverPage.quarter(Array("Three Months Ended March 31".utf8)) == "Q1")
    }

    @Test func fiscalYearAsTheFilerNamesIt() {
        // A year ended early in 2025 that the text calls fiscal 2024.
        #expect(CoverPage.fiscalYear(periodEndYear: 2025, text: Array("fiscal 2024 and fiscal year 2024, not fiscal 2025".utf8)) == 2024)
        // Named for the year it ends in.
        #expect(CoverPage.fiscalYear(periodEndYear: 2025, text: Array("fiscal 2025 revenue; fiscal 2025".utf8)) == 2025)
        // Nothing named: the period end's year; a longer number is no year.
        #expect(CoverPage.fiscalYear(periodEndYear: 2024, text: Array("fiscal 20245 and 2023".utf8)) == 2024)
    }

    @Test func coverPageRead() throws {
        let lines = Self.cover10K.split(separator: "\n", omittingEmptySubsequences: true).map { String($0).trimmingCharacters() }
        let r = try #require(CoverPage.read(top: lines, text: Array(Self.cover10K.utf8)))
        #expect(r.formType == "10-K")
        #expect(r.title == "Form 10-K")
        #expect(r.registrant == "ACME WIDGETS, INC.")
        #expect(r.periodEnd == "2025-02-02")
        #expect(r.fiscalPeriod == "FY")
        #expect(r.fiscalYear == 2024)
        #expect(CoverPage.read(top: ["Acme Reports First Quarter Results", "Cupertino, California 95014"], text: []) == nil)
        // A rule line between the name and its caption; a December year end is its own year
        // whatever later years the text names.
        let ruled = ["FORM 20-F", "For the fiscal year ended December 31, 2015", "ACME N.V.", "- ---------------",
                     "(Exact name of Registrant as specified in its charter)"]
        let r2 = try #require(CoverPage.read(top: ruled, text: Array("fiscal 2016 plans; fiscal 2016".utf8)))
        #expect(r2.registrant == "ACME N.V.")
        #expect(r2.fiscalYear == 2015)
    }

    @Test func segmentedCoverGivesMetadataWithSources() {
        let md = Segmenter.segment(Array(Self.cover10K.utf8)).metadata
        #expect(md.title == "Form 10-K")
        #expect(md.issuer == "ACME WIDGETS, INC.")
        #expect(md.formType == "10-K")
        #expect(md.periodEnd == "2025-02-02")
        #expect(md.sources[.title] == .coverPage)
        #expect(md.sources[.issuer] == .coverPage)
    }

    @Test func addressLinesAreNoTitles() {
        #expect(TitleDetector.isAddressLine("Washington, D.C. 20549"))
        #expect(TitleDetector.isAddressLine("WASHINGTON, D. C. 20549"))
        #expect(TitleDetector.isAddressLine("One Main Street, Springfield, IL 62701-1234"))
        #expect(!TitleDetector.isAddressLine("Acme Reports First Quarter Results"))
        #expect(!TitleDetector.isAddressLine("Revenue grew 12% to 20549"))
        #expect(!TitleDetector.canBeTitle("Washington, D.C. 20549"))
        let text = "Washington, D.C. 20549\n\nAcme Reports Record Fourth Quarter Results\n\nAcme today reported results.\n"
        #expect(Segmenter.segment(Array(text.utf8)).metadata.title == "Acme Reports Record Fourth Quarter Results")
    }

    @Test func moreTrustedSourceWins() {
        var md = DocumentMetadata()
        let r1 = md.propose(.issuer, "Acme Widgets", from: .text)
        #expect(r1)
        let r2 = md.propose(.issuer, "ACME WIDGETS, INC.", from: .coverPage)
        #expect(r2)
        let r3 = md.propose(.issuer, "Someone Else", from: .text)
        #expect(!r3)
        let r4 = md.propose(.issuer, "ACME WIDGETS INC", from: .sgmlHeader)
        #expect(r4)
        let r5 = md.propose(.issuer, "Acme Widgets, Inc.", from: .ixbrlDEI)
        #expect(!r5)
        #expect(md.issuer == "ACME WIDGETS INC")
        #expect(md.sources[.issuer] == .sgmlHeader)
        let r6 = md.propose(.cik, "   ", from: .ixbrlDEI)
        #expect(!r6)
        let r7 = md.propose(.fiscalYear, "FY2024", from: .ixbrlDEI)
        #expect(!r7)
        let r8 = md.propose(.fiscalYear, "2024", from: .ixbrlDEI)
        #expect(r8)
        #expect(md.fiscalYear == 2024)
    }

    @Test func submissionHeader() throws {
        let header = """
            <SEC-DOCUMENT>0000891020-98-001352.txt : 19980828
            <SEC-HEADER>0000891020-98-001352.hdr.sgml : 19980828
            ACCESSION NUMBER:\t\t0000891020-98-001352
            CONFORMED SUBMISSION TYPE:\t8-K
            CONFORMED PERIOD OF REPORT:\t19980812
            FILED AS OF DATE:\t\t19980827
            FILER:
            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\tAMAZON COM INC
            \t\tCENTRAL INDEX KEY:\t\t\t0001018724
            SUBJECT COMPANY:
            \t\tCOMPANY CONFORMED NAME:\t\t\tOTHER CO
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>8-K
            """
        let h = try #require(SubmissionHeader.read(Array(header.utf8)))
        #expect(h.accessionNumber == "0000891020-98-001352")
        #expect(h.formType == "8-K")
        #expect(h.periodEnd == "1998-08-12")
        #expect(h.filingDate == "1998-08-27")
        #expect(h.companyName == "AMAZON COM INC")
        #expect(h.cik == "0001018724")
        #expect(SubmissionHeader.read(Array("no header here\n<DOCUMENT>\n".utf8)) == nil)
        #expect(SubmissionHeader.isoDate("19981332") == nil)
        var md = DocumentMetadata()
        h.apply(to: &md, partType: "EX-99.1")
        #expect(md.formType == "EX-99.1")
        #expect(md.sources[.accessionNumber] == .sgmlHeader)
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
