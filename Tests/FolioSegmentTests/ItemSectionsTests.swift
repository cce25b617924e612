import Foundation
import FolioTestSupport
import Testing
import FolioModel
@testable import FolioSegment

/// Item sections of SEC forms: recognition of `PART`/`Item` headings, and the full Item list
/// with extents on filings of different eras (shared corpus; skipped when absent).
@Suite struct ItemSectionsTests {
    func item(_ t: String) -> String? {
        guard let c = ItemSections.candidate(t, LineClassifier.words(t)) else { return nil }
        return "\(c.style == .part ? "part" : "item") \(c.number ?? "")"
    }

    @Test("Item and Part heading forms, and lines that are not Item headings")
    func forms() {
        #expect(item("ITEM 1A. RISK FACTORS") == "item 1A")
        #expect(item("Item 7.") == "item 7")
        #expect(item("Items 1 and 2. Business and Properties") == "item 1")
        #expect(item("ITEMS 10, 11, 12 AND 13") == "item 10")
        #expect(item("Item No. 3 Legal Proceedings") == "item 3")
        #expect(item("Item 2.02 Results of Operations and Financial Condition.") == "item 2.02")
        #expect(item("Item 9.01. Financial Statements and Exhibits.") == "item 9.01")
        #expect(item("PART II") == "part II")
        #expect(item("PART 1") == "part I")
        #expect(item("ITEM 9.01(d). Exhibits") == "item 9.01")
        #expect(item("ITEM 9A(T). CONTROLS AND PROCEDURES") == "item 9A")
        #expect(item("Item 16.B. Item 16.B. Code of Ethics.") == "item 16.B")
        #expect(item("Item 16.H. H. Mine Safety") == "item 16.H")
        #expect(item("Item 16.H. G. Mine Safety") == nil)
        #expect(item("Part I - Financial Information") == "part I")
        #expect(item("Item 7 of this report describes our results. See below.") == nil)
        #expect(item("Items in transit were counted at year end") == nil)
        // Prose naming an Item is no contents line, though `Item 10` reads like `Title 10`.
        #expect(TOCDetector.entries("The information required by this Item 10 will be supplied by a Schedule 14A filing, no later than April 30, 2010.") == nil)
        #expect(TOCDetector.entries("Executive Compensation 61") != nil)
        #expect(ItemSections.numbers(LineClassifier.words("ITEMS 10, 11, 12 AND 13. DIRECTORS")) == ["10", "11", "12", "13"])
    }

    @Test("an Item number glued to its title by its period (`Item 6.Exhibits`), not a 20-F or 8-K number")
    func gluedTitle() {
        #expect(item("Item 6.Exhibits") == "item 6")
        #expect(item("Item 3.Quantitative and Qualitative Disclosures About Market Risk") == "item 3")
        #expect(item("ITEM 1A.RISK FACTORS") == "item 1A")
        #expect(ItemSections.numbers(LineClassifier.words("Item 6.Exhibits")) == ["6"])
        #expect(item("Item 16.B. Code of Ethics") == "item 16.B")
        #expect(item("Item 2.02 Results of Operations") == "item 2.02")
        #expect(item("Item 6.exhibits are filed herewith") == nil)
    }

    /// Headings of the Items (and Parts) of a segmented text.
    func itemHeadings(_ text: String) -> [String] {
        Segmenter.segment(Array(text.utf8)).sections.map(\.heading).filter { h in
            ItemSections.candidate(h, LineClassifier.words(h)) != nil
        }
    }

    @Test("Part and Item headings inside a run of lines (no blank line around them), not a cross-reference wrapped to a line start")
    func itemHeadingsInRun() {
        let text = """
        PART I
        Item 1. Business.
        OVERVIEW
        The Company sells tools and building materials to customers in many markets.
        Our results depend on the risks described in Part I,
        Item 1A. Risk Factors, and in our other filings with the Commission from time to time.
        Item 1A. Risk Factors.
        Our business faces many risks, and you should read them with care before investing.
        Item 2.        Properties
        We lease our offices and own our distribution centers in several states.
        PART II
        Item 6.Exhibits
        The exhibits are listed in the index below and are filed with this report.

        """
        #expect(itemHeadings(text) == ["PART I", "Item 1. Business.", "Item 1A. Risk Factors.", "Item 2. Properties", "PART II", "Item 6.Exhibits"])
    }

    @Test("an Item printed as the running header of its pages is a heading where it is printed first")
    func itemRunningHeaderFirstPrinting() {
        var text = "Item 1B. Unresolved Staff Comments\nItem 1C. Cybersecurity\nItem 2. Properties\n\n"
        text += "We describe our business below, in several parts, with many more words than a heading.\n\n"
        text += "Item 1C. Cybersecurity\n\nWe manage the risks of threats to our systems with care every day.\n\n"
        for p in 1...5 {
            text += "ITEM 1C. CYBERSECURITY\n\nPage \(p) of the Item says more about the risks of threats to our systems.\n\n"
        }
        text += "Item 2. Properties\n\nWe own our headquarters and lease our other offices around the world.\n"
        // The contents list prints it first, among other Items: not the heading. The running
        // headers after the heading stay furniture.
        #expect(itemHeadings(text) == ["Item 1C. Cybersecurity", "Item 2. Properties"])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let firsts = Segmenter.RepeatedLines(lines).itemHeadings
        #expect(firsts.contains(6) && !firsts.contains(1) && lines[6] == "Item 1C. Cybersecurity")
        #expect(!firsts.contains { lines[$0] == "ITEM 1C. CYBERSECURITY" })
        #expect(ItemLines.number("ITEM 1A. RISK FACTORS") == "1a" && ItemLines.number("Items 1 and 2.") == "1")
        #expect(ItemLines.number("Item") == nil && ItemLines.number("Itemized costs") == nil)
    }

    @Test("a contents column of Item lines inside a run of lines is no heading; the body's Items are")
    func contentsColumnInRun() {
        let text = """
        TABLE OF CONTENTS
        PART I
        Item 1.
        Item 1A.
        Item 2.
        Business
        Risk Factors
        Properties
        The Company sells tools and building materials to customers in many markets.
        Item 1.
        Business
        We sell tools to many customers through our stores and our websites every day.
        Item 1A. Risk Factors
        Our business faces many risks, and you should read them with care before investing.

        """
        #expect(itemHeadings(text) == ["Item 1.", "Item 1A. Risk Factors"])
    }

    @Test("a contents page printed one cell a line, rows apart (Item, title, page number), is no heading; the body's Items are")
    func contentsRowsApart() {
        let text = """
        TABLE OF CONTENTS

        PART I
        Item 1.

        Business

        3

        Item 1A.

        Risk Factors

        6

        Item 2.

        Properties

        18

        \u{0C}PART I
        Item 1. Business
        We sell tools to many customers through our stores and our websites every day.

        Item 1A. Risk Factors
        Our business faces many risks, and you should read them with care before investing.

        Item 2. Properties
        We own our stores and lease our offices in several cities.

        Item 3. Legal Proceedings

        None

        Item 4. Mine Safety Disclosures

        Not applicable

        19
        \u{0C}PART II
        Item 5. Market for Common Equity

        None

        """
        #expect(itemHeadings(text) == [
            "PART I", "Item 1. Business", "Item 1A. Risk Factors", "Item 2. Properties", "Item 3. Legal Proceedings",
            "Item 4. Mine Safety Disclosures", "PART II", "Item 5. Market for Common Equity",
        ])
    }

    @Test("a contents page printed rows apart whose page numbers were taken out is no heading; body Items with `None` under them are")
    func contentsRowsWithoutPageNumbers() {
        let text = """
        PART I
        Item 1.

        Business

        Item 1A.

        Risk Factors

        Item 2.

        Properties

        Item 3.

        Legal Proceedings

        \u{0C}PART I
        Item 1.

        Business
        We sell tools to many customers through our stores and our websites every day.

        Item 1A. Risk Factors
        Our business faces many risks, and you should read them with care before investing.

        Item 2. Properties

        None

        Item 3. Legal Proceedings

        None

        """
        #expect(itemHeadings(text) == ["PART I", "Item 1.", "Item 1A. Risk Factors", "Item 2. Properties", "Item 3. Legal Proceedings"])
    }

    /// `part/numbers | first words ... last words` of each Item.
    static func describe(_ doc: WorkingDocument) -> [String] {
        ItemSections.items(doc.sections).map { it in
            let words = LineClassifier.words(String(decoding: doc.text[it.span.start..<it.span.end], as: UTF8.self))
            let head = words.prefix(4).joined(separator: " "), tail = words.suffix(3).joined(separator: " ")
            return "\(it.part ?? "-")/\(it.numbers.joined(separator: "+")) | \(head) ... \(tail)"
        }
    }

    /// Each filing's Items: `part/numbers | first four words ... last three words` of its extent.
    static let expected: [(String, String, [String])] = [
        ("edgar-html", "MEDICIS_10-K_1999_0000950153-99-001234.html", [
            "I/1 | Item 1: Business The ... be substantially diminished.",
            "I/2 | Item 2: Properties The ... in April 2000.",
            "I/3 | Item 3: Legal Proceedings ... GenDerm acquisition agreement.",
            "I/4 | Item 4: Submission of ... of fiscal 1999.",
            "II/5 | Item 5: Market for ... Report to Shareholders.",
            "II/6 | Item 6: Selected Financial ... Report to Shareholders.",
            "II/7 | Item 7: Management’s Discussion ... Report to Shareholders.",
            "II/7A | Item 7A: Quantitative and ... Report to Shareholders.",
            "II/8 | Item 8: Financial Statements ... Report to Shareholders.",
            "II/9 | Item 9: Changes in ... Financial Disclosure None.",
            "III/10 | Item 10: Directors and ... of the Registrant",
            "III/11 | Item 11: Executive Compensation ... 11: Executive Compensation",
            "III/12 | Item 12: Security Ownership ... Owners and Management",
            "III/13 | Item 13: Certain Relationships ... to Regulation 14A.",
            "IV/14 | Item 14: Exhibits, Financial ... (17) Filed herewith",
        ]),
        ("edgar-sgml", "AMZN_8-K_1998-08-27_0000891020-98-001352.txt", [
            "-/2 | ITEM 2. ACQUISITION OR ... the Junglee Agreements.",
            "-/7 | ITEM 7. FINANCIAL STATEMENTS, ... -----END PRIVACY-ENHANCED MESSAGE-----",
        ]),
        ("edgar-html", "SOPHIRIS_8-K_2016-03_0001437749-16-028287.html", [
            "-/2.02 | Item 2.02 Results of ... general incorporation language.",
            "-/9.01 | Item 9.01 Financial Statements ... Chief Financial Officer",
        ]),
        ("edgar-html", "NVDA_10-K_2023-02_nvda-20230129.html", [
            "I/1 | ITEM 1. BUSINESS Our ... on Form 10-K.",
            "I/1A | ITEM 1A. RISK FACTORS ... actions they desire.",
            "I/1B | ITEM 1B. UNRESOLVED STAFF ... COMMENTS Not applicable.",
            "I/2 | ITEM 2. PROPERTIES Our ... incorporated by reference.",
            "I/3 | ITEM 3. LEGAL PROCEEDINGS ... our legal proceedings.",
            "I/4 | ITEM 4. MINE SAFETY ... DISCLOSURES Not applicable.",
            "II/5 | ITEM 5. MARKET FOR ... $189.72 $213.63 $181.38",
            "II/6 | ITEM 6. [RESERVED] ... ITEM 6. [RESERVED]",
            "II/7 | ITEM 7. MANAGEMENT’S DISCUSSION ... issued accounting pronouncements.",
            "II/7A | ITEM 7A. QUANTITATIVE AND ... for additional information.",
            "II/8 | ITEM 8. FINANCIAL STATEMENTS ... on Form 10-K.",
            "II/9 | ITEM 9. CHANGES IN ... FINANCIAL DISCLOSURE None.",
            "II/9A | ITEM 9A. CONTROLS AND ... have been detected.",
            "II/9B | ITEM 9B. OTHER INFORMATION ... OTHER INFORMATION None.",
            "II/9C | ITEM 9C. DISCLOSURE REGARDING ... INSPECTIONS Not Applicable.",
            "III/10 | ITEM 10. DIRECTORS, EXECUTIVE ... on Form 10-K.",
            "III/11 | ITEM 11. EXECUTIVE COMPENSATION ... incorporated by reference.",
            "III/12 | ITEM 12. SECURITY OWNERSHIP ... incorporated by reference.",
            "III/13 | ITEM 13. CERTAIN RELATIONSHIPS ... incorporated by reference.",
            "III/14 | ITEM 14. PRINCIPAL ACCOUNTANT ... incorporated by reference.",
            "IV/15 | ITEM 15. EXHIBIT AND ... Clara, CA 95051",
            "IV/16 | ITEM 16. FORM 10-K ... 2023 Mark Stevens",
        ]),
        ("edgar-html", "AAPL_10-Q_2025-05_aapl-20250329.htm", [
            "I/1 | Item 1. Financial Statements ... $27,900 $72,421 $68,273",
            "I/2 | Item 2. Management’s Discussion ... 2024 Form 10-K.",
            "I/3 | Item 3. Quantitative and ... 2024 Form 10-K.",
            "I/4 | Item 4. Controls and ... over financial reporting.",
            "II/1 | Item 1. Legal Proceedings ... materially adversely affected.",
            "II/1A | Item 1A. Risk Factors ... and stock price.",
            "II/2 | Item 2. Unregistered Sales ... the Exchange Act.",
            "II/3 | Item 3. Defaults Upon ... Senior Securities None.",
            "II/4 | Item 4. Mine Safety ... Disclosures Not applicable.",
            "II/5 | Item 5. Other Information ... Trading Arrangements None.",
            "II/6 | Item 6. Exhibits Incorporated ... Chief Financial Officer",
        ]),
        ("edgar-html", "GAINSCO_10-K_2010_0001193125-10-073212.html", [
            "I/1 | ITEM 1. BUSINESS OUR ... collective bargaining agreement.",
            "I/1A | ITEM 1A. RISK FACTORS ... Act of 2002.",
            "I/1B | ITEM 1B. UNRESOLVED STAFF ... COMMENTS Not applicable.",
            "I/2 | ITEM 2. PROPERTIES We ... real estate properties.",
            "I/3 | ITEM 3. LEGAL PROCEEDINGS ... particular reporting period.",
            "I/4 | ITEM 4. RESERVED Not ... RESERVED Not applicable.",
            "II/5 | ITEM 5. MARKET FOR ... regarding Common Stock.",
            "II/6 | ITEM 6. SELECTED FINANCIAL ... DATA Not applicable.",
            "II/7 | ITEM 7. MANAGEMENT’S DISCUSSION ... these forward-looking statements.",
            "II/7A | ITEM 7A. QUANTITATIVE AND ... RISK Not applicable.",
            "II/8 | ITEM 8. FINANCIAL STATEMENTS ... Supplemental Information 123",
            "II/9 | ITEM 9. CHANGES IN ... FINANCIAL DISCLOSURES None.",
            "II/9A | ITEM 9A(T). CONTROLS AND ... over financial reporting.",
            "II/9B | ITEM 9B. OTHER INFORMATION ... OTHER INFORMATION None.",
            "III/10 | ITEM 10. DIRECTORS, EXECUTIVE ... April 30, 2010.",
            "III/11 | ITEM 11. EXECUTIVE COMPENSATION ... April 30, 2010.",
            "III/12 | ITEM 12. SECURITY OWNERSHIP ... April 30, 2010.",
            "III/13 | ITEM 13. CERTAIN RELATIONSHIPS ... April 30, 2010.",
            "III/14 | ITEM 14. PRINCIPAL ACCOUNTANT ... April 30, 2010.",
            "IV/15 | ITEM 15. EXHIBITS AND ... ceding commission income.",
        ]),
        ("edgar-html", "LONCOR_20-F_2016_0001062993-16-008650.html", [
            "I/1 | Item 1. Identity of ... under this item.",
            "I/2 | Item 2. Offer Statistics ... under this item.",
            "I/3 | Item 3. Key Information ... would be accepted.",
            "I/4 | Item 4. Information on ... Company’s mineral projects.",
            "I/4A | Item 4A. Unresolved Staff ... Comments Not applicable.",
            "I/5 | Item 5. Operating and ... Harbor Not applicable.",
            "I/6 | Item 6. Directors, Senior ... as Exhibit 4.1.",
            "I/7 | Item 7. Major Shareholders ... under this item.",
            "I/8 | Item 8. Financial Information ... this Form 20-F.",
            "I/9 | Item 9. The Offer ... under this item.",
            "I/10 | Item 10. Additional Information ... Information Not applicable.",
            "I/11 | Item 11. Quantitative and ... under Item 18.",
            "I/12 | Item 12. Descriptions of ... Securities Not applicable.",
            "II/13 | Item 13. Defaults, Dividend ... Delinquencies. Not applicable.",
            "II/14 | Item 14. Material Modifications ... Proceeds Not applicable.",
            "II/15 | Item 15. Controls and ... not be detected.",
            "II/16.A | Item 16.A. Audit Committee ... MKT Company Guide.",
            "II/16.B | Item 16.B. Item 16.B. ... ethical business conduct.",
            "II/16.C | Item 16.C. Principal Accountant ... the Audit Committee.",
            "II/16.D | Item 16.D. Exemptions from ... Committees Not applicable.",
            "II/16.E | Item 16.E. Purchase of ... December 31, 2015.",
            "II/16.F | Item 16.F. Change in ... Accountant Not applicable.",
            "II/16.G | Item 16.G. Corporate Governance ... Governance Not applicable.",
            "II/16.H | Item 16.H. H. Mine ... Safety Not applicable.",
            "III/17 | Item 17. Financial Statements ... Statements Not applicable.",
            "III/18 | Item 18. Financial Statements ... through F -26.",
            "III/19 | Item 19. Exhibits The ... F-26 of F-26",
        ]),
        ("edgar-html", "COMMONWEALTH-INCOME-GROWTH-FUND-V_10-K_2016_0001376474-16-000635.html", [
            "I/1 | ITEM 1: BUSINESS GENERAL ... December 31, 2015.",
            "I/1A | ITEM 1A: RISK FACTORS ... FACTORS NOT APPLICABLE",
            "I/1B | ITEM 1B: UNRESOLVED STAFF ... STAFF COMMENTS NONE",
            "I/2 | ITEM 2: PROPERTIES NONE ... 2: PROPERTIES NONE",
            "I/3 | ITEM 3: LEGAL PROCEEDINGS ... matter is resolved.",
            "I/4 | ITEM 4: MINE SAFETY ... DISCLOSURES NOT APPLICABLE",
            "II/5 | ITEM 5: MARKET FOR ... corresponding cash distribution.",
            "II/6 | ITEM 6: SELECTED FINANCIAL ... DATA NOT APPLICABLE",
            "II/7 | ITEM 7: MANAGEMENT DISCUSSION ... as discussed above.",
            "II/7A | ITEM 7A: QUANTITATIVE AND ... RISK NOT APPLICABLE",
            "II/8 | ITEM 8: FINANCIAL STATEMENTS ... this annual report.",
            "II/9 | ITEM 9: CHANGES IN ... FINANCIAL DISCLOSURE NONE",
            "II/9A | ITEM 9A: CONTROLS AND ... this annual report.",
            "II/9B | ITEM 9B: OTHER INFORMATION ... OTHER INFORMATION NONE",
            "III/10 | ITEM 10: DIRECTORS AND ... limited business activities.",
            "III/11 | ITEM 11: EXECUTIVE COMPENSATION ... or executive officers.",
            "III/12 | ITEM 12: SECURITY OWNERSHIP ... AND MANAGEMENT NONE",
            "III/13 | ITEM 13: CERTAIN RELATIONSHIPS ... in the Partnership.",
            "III/14 | ITEM 14: PRINCIPAL ACCOUNTANT ... tax compliance services.",
            "IV/15 | ITEM 15: EXHIBITS, FINANCIAL ... tax reporting purposes.",
        ]),
        ("edgar-html", "AEGON_20-F_2001_0000928385-01-500187.html", [
            "-/1 | Item 1. Identity of ... Advisors Not applicable",
            "-/2 | Item 2. Offer Statistics ... Timetable Not applicable",
            "-/3 | Item 3. Key Information ... which to compete.",
            "-/4 | Item 4. Information on ... of its businesses.",
            "-/5 | Item 5. Operating and ... of regulatory bodies.",
            "-/6 | Item 6. Directors, Senior ... geographical area was:",
            "-/7 | Item 7. Major Shareholders ... Transactions Not applicable",
            "-/8 | Item 8. Financial Information ... income per share.",
            "-/9 | Item 9. The Offer ... may be traded.",
            "-/10 | Item 10. Additional Information ... in The Netherlands.",
            "-/11 | Item 11. Quantitative and ... 1 January 2001.",
            "-/12 | Item 12. Description of ... Securities Not applicable",
            "-/13 | Item 13. Defaults, Dividend ... and Delinquencies None",
            "-/14 | Item 14. Material Modifications ... of Proceeds None",
            "-/15 | Item 15. Reserved for ... use Not applicable",
            "-/16 | Item 16. Reserved for ... use Not applicable",
            "-/18 | Item 18. Financial Statements ... accepted accounting principles.",
            "-/19 | Item 19. Financial Statements ... March 28, 2001",
        ]),
        ("edgar-html", "BUCKLE_8-K_2024-11-22_bke-20241122.html", [
            "-/2.02 | ITEM 2.02. Results of ... in such filing.",
            "-/9.01 | ITEM 9.01(d). Exhibits Exhibit ... Inline XBRL document)",
        ]),
        ("edgar-html", "ORCL_8-K_2022-06-13_orcl-8k_20220613.htm", [
            "-/2.02 | Item 2.02 Results of ... to this report.",
            "-/8.01 | Item 8.01 Other Events ... July 12, 2022.",
            "-/9.01 | Item 9.01 Financial Statements ... (Principal Accounting Officer)",
        ]),
    ]

    @Test("the full Item list with extents on 10-K (1999, 2010, 2016, 2023), 10-Q (2025), 20-F (2001 fixed-width text in HTML, 2016) and 8-K (1998 SGML, 2016, 2022, 2024) filings",
          .enabled(if: TestPaths.sharedCorpusPresent, TestPaths.sharedCorpusAbsent))
    func itemLists() throws {
        for (folder, name, expected) in Self.expected {
            let doc = try segmentFile(sharedCorpus.appendingPathComponent(folder).appendingPathComponent(name))
            let got = Self.describe(doc)
            #expect(got == expected, "\(name):\n\(got.joined(separator: "\n"))")
        }
    }

    @Test("item_repeated_below: a Part's own contents list and a banner over an Item are no headings; the Item printed with its text is")
    func partContentsAndBanner() {
        let text = """
        The company files this annual report for the year that ended on the last day of December.

        PART II
        Item 5. Market for the company's common equity and related stockholder
        matters
        Item 6. Reserved
        Item 7. Management's discussion and analysis
        Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent
        Inspections

        PART II
           ITEM 5. MARKET FOR THE COMPANY'S COMMON EQUITY AND RELATED STOCKHOLDER MATTERS


        Item 5. Market for the company's common equity and related stockholder
        matters
        Our common stock trades on a national exchange under a short symbol of three letters.

        Item 6. Reserved

        Item 7. Management's discussion and analysis
        Revenue grew in every region this year, and we expect it to grow again next year.

        Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections
        Not applicable to the company in this year or in any year before it at all.

        """
        // The wrapped end of Item 5's title stays in the text under it (as without this rule).
        #expect(itemHeadings(text) == ["PART II", "PART II", "Item 5. Market for the company's common equity and related stockholder",
                                       "Item 6. Reserved", "Item 7. Management's discussion and analysis",
                                       "Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections"])
    }

    @Test("item_repeated_below leaves an empty Item printed once, and Items of another Part, as headings")
    func emptyItemsKept() {
        let text = """
        The company files this quarterly report for the period that ended on the last day of June.

        PART I

        Item 1. Financial Statements

        Item 2. Management's Discussion and Analysis

        Revenue grew in every region this quarter, and we expect it to grow again next quarter.

        PART II

        Item 1. Legal Proceedings

        We are party to claims that arise in the ordinary course of business from time to time.

        Item 3. Defaults Upon Senior Securities

        Item 4. Mine Safety Disclosures

        Not applicable to this company in the period covered by this report at all.

        """
        #expect(itemHeadings(text) == ["PART I", "Item 1. Financial Statements", "Item 2. Management's Discussion and Analysis", "PART II",
                                       "Item 1. Legal Proceedings", "Item 3. Defaults Upon Senior Securities", "Item 4. Mine Safety Disclosures"])
    }

    @Test("an Item heading set apart by blank lines after a fixed-width table is a heading, not the table's last row")
    func itemAfterFixedWidthTable() {
        let text = """
        The company's directors, their ages and their main occupations are listed below.

        Name                              Age          Position
        Jane A. Doe                        61          Executive Chair
        John B. Roe                        57          President and Chief Executive Officer
        Mary C. Poe                        48          Former Chair, Regional Bank

        Item 1A.         Risk Factors

        Please consider the following factors, events and uncertainties before investing in our shares.

        Item 1B.         Unresolved Staff Comments

        None.

        """
        #expect(itemHeadings(text) == ["Item 1A. Risk Factors", "Item 1B. Unresolved Staff Comments"])
    }

    @Test("an Item heading after a fixed-width table with its text right under it (no blank line) is a heading, not the table's last row")
    func itemAfterTableTextUnder() {
        let text = """
        The company's directors, their ages and their main occupations are listed below.

        Name                              Age          Position
        Jane A. Doe                        61          Executive Chair
        John B. Roe                        57          President and Chief Executive Officer
        Mary C. Poe                        48          Former Chair, Regional Bank

        Item 1A.         Risk Factors
              Please consider the following factors, events and uncertainties before investing in our shares.

        Year                  2023            2024
        Orders                 112             130
        Backlog                 96             101

        Item 9.          Changes in and Disagreements with Accountants
        None.

        """
        #expect(itemHeadings(text) == ["Item 1A. Risk Factors", "Item 9. Changes in and Disagreements with Accountants"])
    }

    @Test("item_repeated_below: a contents group entry over its statements and their pages, and contents lines led by their page numbers, are no headings")
    func contentsEntriesWithPages() {
        let text = """
        TABLE OF CONTENTS

        PART I. FINANCIAL INFORMATION

        Item 1.   Condensed Consolidated Financial Statements:
                     CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)
                       For the three months ended June 30, 2025 and 2024              3

                     CONDENSED CONSOLIDATED STATEMENTS OF FINANCIAL POSITION (Unaudited)
                       At June 30, 2025, and December 31, 2024                        5

        Item 2.   Management's Discussion and Analysis                                 20

        PART II. OTHER INFORMATION

                   Item 1.
                   Item 1A.
                              Legal proceedings
                              Risk factors
             33    Item 2.    Unregistered sales of equity securities
             33    Item 3.    Defaults upon senior securities

        PART I. FINANCIAL INFORMATION

        Item 1. Condensed Consolidated Financial Statements

        Revenue grew in every region this quarter, and we expect it to grow again next quarter.

        Item 2. Management's Discussion and Analysis

        Revenue grew in every region this quarter, and we expect it to grow again next quarter.

        PART II. OTHER INFORMATION

        Item 1. Legal Proceedings

        We are party to claims that arise in the ordinary course of business from time to time.

        Item 1A. Risk Factors

        There have been no material changes to the risk factors we described in our annual report.

        Item 2. Unregistered Sales of Equity Securities

        None.

        Item 3. Defaults Upon Senior Securities

        None.

        """
        #expect(itemHeadings(text).filter { $0.hasPrefix("Item") } == [
            "Item 1. Condensed Consolidated Financial Statements", "Item 2. Management's Discussion and Analysis",
            "Item 1. Legal Proceedings", "Item 1A. Risk Factors", "Item 2. Unregistered Sales of Equity Securities",
            "Item 3. Defaults Upon Senior Securities",
        ])
    }

    @Test("contents lines under an Item line: Item lines, page-first Item lines, entries ending in a page, wrapped title ends")
    func contentsLines() {
        for t in ["Item 1A.   Risk factors", "39    Item 1B.   Unresolved staff comments", "For the six months ended June 30, 2025    4",
                  "matters and issuer purchases of equity", "Risk factors", "Directors, executive officers and corporate governance",
                  "Quantitative and Qualitative Disclosures About Market Risk", "Note 11 - Liabilities, Commitments & Contingencies", "Exhibits and Financial Statement Schedules.",
                  "Market for registrant’s common equity, related stockholder matters and issuer purchases of", "36", ""] {
            #expect(Segmenter.isContentsLine(t), "\(t)")
        }
        for t in ["Our business is subject to many risks.", "We are party to claims that arise in the ordinary course of our business",
                  "Revenue was $4,200 million in 2024", "The Company recorded charges of 2024", "Total revenue  6,154",
                  "Revenue grew in every region this quarter and we expect it to grow", "We are party to claims arising in the ordinary course.",
                  "we are party to claims that arise in the ordinary course of our business", "2024"] {
            #expect(!Segmenter.isContentsLine(t), "\(t)")
        }
    }

    @Test("item_in_run: an Item heading under the Part's name on a line of its own, and under its own banner, inside a run of lines")
    func itemUnderPartNameAndBanner() {
        let text = """
        Our controls were effective at the end of the period covered by this report.

        PART II

        Other Information
        Item 1.     Legal Proceedings
        From time to time we may become involved in legal proceedings arising in the ordinary course.

        ITEM 2. UNREGISTERED SALES OF EQUITY SECURITIES
        Item 2. Unregistered sales of equity securities
        We did not sell any equity securities that were not registered during the quarter.

        """
        #expect(itemHeadings(text) == ["PART II", "Item 1. Legal Proceedings", "Item 2. Unregistered sales of equity securities"])
    }

    @Test("each Part's first printing: a bare Item line printed under both Parts' contents and over both Parts' Items is a heading in each Part")
    func itemFirstPrintingPerPart() {
        var text = "PART I\nItem 1.\nItem 2.\nItem 3.\n\nFinancial Statements\nManagement's Discussion and Analysis\n"
        text += "Controls and Procedures\n\nPART II\nItem 1.\nItem 2.\nItem 3.\n\nLegal Proceedings\n"
        text += "Unregistered Sales of Equity Securities\nDefaults Upon Senior Securities\n"
        text += """
        \u{0C}PART I
        Item 1.

        Financial Statements
        We present the condensed statements of our operations for the quarter in this part of the report.
        Item 2.

        Management's Discussion and Analysis
        Our revenue grew in the quarter because our customers bought more of our products and services.
        Item 3.

        Controls and Procedures
        Our officers concluded that our disclosure controls were effective at the end of the quarter.
        \u{0C}PART II
        Other Information
        Item 1.

        Legal Proceedings
        We are party to claims that arise in the ordinary course of our business in every year.
        Item 2.

        Unregistered Sales of Equity Securities
        We bought back none of our shares in the quarter and sold none of them without registration.
        Item 3.

        Defaults Upon Senior Securities
        We have not defaulted on any of our senior securities in the quarter or at any time before it.

        """
        #expect(itemHeadings(text) == ["PART I", "Item 1.", "Item 2.", "Item 3.", "PART II", "Item 1.", "Item 2.", "Item 3."])
        #expect(ItemLines.part("PART II") == "II" && ItemLines.part("Part I - Financial Information") == "I" && ItemLines.part("PART 2") == "II")
        #expect(ItemLines.part("Part of our revenue comes from services") == nil && ItemLines.part("Partners") == nil)
    }

    @Test("contents_item_apart: a bare Item line the converter printed apart from its contents list is no heading; the Item printed later is")
    func contentsRowPrintedApart() {
        let text = """
        TABLE OF CONTENTS
        PART I
        Item 1.
        Item 1A.
        Item 2.

        Business
        Risk Factors
        Properties

        4
        9
        21

        PART IV
        Item 15.
        Item 16.

        Exhibits, Financial Statement Schedules
        Form 10-K Summary

        PART II
        Item 5.

        Signatures

        Forward-Looking Statements
        This report holds statements about our future results, which depend on many risks we describe below.
        PART I
        ITEM 1. BUSINESS
        We sell tools to many customers through our stores and our websites every day of the year.
        ITEM 1A. RISK FACTORS
        Our business faces many risks, and you should read them with care before investing in us.
        ITEM 2. PROPERTIES
        We own our headquarters and lease our other offices in many cities around the world.
        PART II
        ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY
        Our common stock trades on the stock exchange under a symbol of four letters every day.
        PART IV
        ITEM 15. EXHIBITS, FINANCIAL STATEMENT SCHEDULES
        The exhibits are listed in the index below and are filed with this report or incorporated.
        ITEM 16. FORM 10-K SUMMARY
        None.

        """
        #expect(itemHeadings(text).filter { $0.hasPrefix("I") } == ["ITEM 1. BUSINESS", "ITEM 1A. RISK FACTORS", "ITEM 2. PROPERTIES",
                                                                     "ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY",
                                                                     "ITEM 15. EXHIBITS, FINANCIAL STATEMENT SCHEDULES", "ITEM 16. FORM 10-K SUMMARY"])
    }

    @Test("contents_item_apart leaves a bare body heading on the contents' page whose Item its Part prints nowhere after it")
    func bareBodyItemOnContentsPage() {
        let text = """
        TABLE OF CONTENTS
        PART I
        Item 1.
        Item 2.
        Item 3.

        Financial Statements
        Management's Discussion and Analysis
        Controls and Procedures

        PART I
        Item 1.

        Financial Statements
        We present the condensed statements of our operations for the quarter in this part of the report.
        Item 2. Management's Discussion and Analysis
        Our revenue grew in the quarter because our customers bought more of our products and services.
        \u{0C}PART II
        Item 1. Legal Proceedings
        We are party to claims that arise in the ordinary course of our business in every year.

        """
        #expect(itemHeadings(text).filter { $0.hasPrefix("I") } == ["Item 1.", "Item 2. Management's Discussion and Analysis", "Item 1. Legal Proceedings"])
    }

    @Test("contents_item_apart: contents rows whose first entry lists its statements under it, no page numbers, are no headings; the body's Items are")
    func contentsEntryWithStatementsListed() {
        let text = """
        TABLE OF CONTENTS
        PART I. FINANCIAL INFORMATION
        Item 1.

        Condensed Consolidated Financial Statements:
        CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)
        For the three months ended June 30, 2025 and 2024

        CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)
        For the six months ended June 30, 2025 and 2024

        NOTES TO THE CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (Unaudited)

        Item 2.

        Management's Discussion and Analysis of Financial Condition and Results of Operations

        Item 3.

        Controls and Procedures
        PART II. OTHER INFORMATION

        Item 1.

        Legal Proceedings

        Item 1A.

        Risk Factors

        PART I. FINANCIAL INFORMATION
        Item 1. Condensed Consolidated Financial Statements
        The condensed statements of our operations for the quarter follow, with the notes that are part of them.
        Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations
        Our revenue grew in the quarter because our customers shipped more freight on our lines.
        Item 3. Controls and Procedures
        Our officers concluded that our disclosure controls were effective at the end of the quarter.
        PART II. OTHER INFORMATION
        Item 1. Legal Proceedings
        We are party to claims that arise in the ordinary course of our business in every year.
        Item 1A. Risk Factors
        There have been no material changes in our risk factors since our last annual report.

        """
        #expect(itemHeadings(text).filter { $0.hasPrefix("I") } == [
            "Item 1. Condensed Consolidated Financial Statements", "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations",
            "Item 3. Controls and Procedures", "Item 1. Legal Proceedings", "Item 1A. Risk Factors"])
    }

    @Test("contents rows with a long entry among them, and a Part row printed after the list, are no headings; the body's Items keep their Parts")
    func contentsRowsWithLongEntryAndPartApart() {
        let text = """
        Part I. Financial Information
        Item 1.

        Financial Statements

        Item 2.

        Statements of Operations
        Balance Sheets
        Notes to Financial Statements
        Management's Discussion and Analysis

        Item 3.

        Controls and Procedures

        Item 1.

        Legal Proceedings

        Item 1A.

        Risk Factors

        Item 6.

        Exhibits

        38

        3
        4
        5

        Part II. Other Information

        Signatures

        Item 1. Financial Statements
        The statements of our operations for the quarter follow here, with the notes that are part of them.
        Item 2. Management's Discussion and Analysis
        Our revenue grew in the quarter because more members joined our service in every region.
        Item 3. Controls and Procedures
        Our officers concluded that our disclosure controls were effective at the end of the quarter.
        PART II. OTHER INFORMATION
        Item 1. Legal Proceedings
        We are party to claims that arise in the ordinary course of our business in every year.
        Item 1A. Risk Factors
        There have been no material changes in our risk factors since our last annual report.
        Item 6. Exhibits
        The exhibits are listed in the index below and are filed with this report today.

        """
        #expect(itemHeadings(text) == ["Part I. Financial Information", "Item 1. Financial Statements", "Item 2. Management's Discussion and Analysis",
                                       "Item 3. Controls and Procedures", "PART II. OTHER INFORMATION", "Item 1. Legal Proceedings",
                                       "Item 1A. Risk Factors", "Item 6. Exhibits"])
    }

    @Test("a cross-reference wrapped to a line start (`... included in Part II,` / `Item 8.`) is no first printing of the Item: its running header's first printing is the heading")
    func crossReferenceIsNoFirstPrinting() {
        var text = "Item 7A. Quantitative and Qualitative Disclosures About Market Risk\nItem 8. Financial Statements and Supplementary Data\n"
        text += "Item 9. Changes in and Disagreements with Accountants\n\n"
        text += "We describe the proceedings in Note 21 to the consolidated financial statements included in Part II,\nItem 8.\n\n"
        text += "Our business is regulated in many countries, and we describe the rules in more detail below.\n\n"
        for p in 1...4 {
            text += "ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA\n\nPage \(p) of the statements says more about our results and our financial position.\n\n"
        }
        #expect(itemHeadings(text) == ["ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA"])
        #expect(ItemLines.leavesSentenceOpen("included in Part II,") && ItemLines.leavesSentenceOpen("as described in"))
        #expect(!ItemLines.leavesSentenceOpen("for further discussion.") && !ItemLines.leavesSentenceOpen("PART II"))
        #expect(!ItemLines.leavesSentenceOpen("Other Information") && ItemLines.leavesSentenceOpen("see"))
    }
}
