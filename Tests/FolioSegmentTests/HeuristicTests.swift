import Testing
import FolioModel
@testable import FolioSegment

/// Each heuristic on its own, with lines from at least two documents (the seeds, the PDF
/// sustainability reports, the EDGAR plain-text releases) and synthetic cases.
@Suite struct LineTests {
    @Test func splitterHandlesLineEndsAndPageBreaks() {
        let lines = LineSplitter.split(Array("a\r\nb\n\u{0C}c\rd\n".utf8))
        #expect(lines.count == 5)
        #expect(lines.map(\.afterPageBreak) == [false, false, false, true, false])
        let text = Array("a\r\nb\n\u{0C}c\rd\n".utf8)
        #expect(lines.filter { !$0.isBlank }.map { String(decoding: text[$0.contentStart..<$0.contentEnd], as: UTF8.self) } == ["a", "b", "c", "d"])
        #expect(LineSplitter.split([]).isEmpty)
    }

    @Test func tabularLines() {
        // TAB rows (earnings release statements, ESG data tables)
        #expect(LineClassifier.isTabular("Cash and cash equivalents\t7,165,584\t4,177,890\t588,443"))
        #expect(LineClassifier.isTabular("Gasoline\tMWh\t52.2"))
        // fixed-width rows (EDGAR plain-text releases)
        #expect(LineClassifier.isTabular("   Retail Business                                  $  128         $   90       $ 1,292"))
        #expect(LineClassifier.isTabular("     Interest, net                          68      287       144       566"))
        // Markdown pipe rows and rules
        #expect(LineClassifier.isTabular("| Metric | 2023 | 2022 |"))
        #expect(LineClassifier.isTabular("                                                    ------         ------"))
        // prose is not tabular, even with two spaces after a period
        #expect(!LineClassifier.isTabular("second quarter of 2003.  The prior year results include the results of the"))
        #expect(!LineClassifier.isTabular("Total net revenue was RMB4,495.5 million (US\\$633.2 million), compared to RMB3,906.6 million."))
        #expect(LineClassifier.isMultiCell("                            Domestic        Sears Canada      Consolidated"))
        #expect(!LineClassifier.isMultiCell("Domestic and Sears Canada"))
    }

    @Test func listMarkers() {
        #expect(LineClassifier.listMarkerLength("- Total net revenue was RMB4,495.5 million") == 2)
        #expect(LineClassifier.listMarkerLength("• Promote double-sided printing of documents") == 2)
        #expect(LineClassifier.listMarkerLength("1. As an ordinary resolution, THAT, Deloitte") == 3)
        #expect(LineClassifier.listMarkerLength("(a) the policies; and") == 4)
        #expect(LineClassifier.listMarkerLength("(1) These items relate to") == nil)
        #expect(LineClassifier.listMarkerLength("2023 was a year") == nil)
        #expect(LineClassifier.isGlyphBulletRow("\\square\tAwarded the \"Best Credit Project in China\" in the 2023 China Awards"))
        #expect(LineClassifier.isGlyphBulletRow("₽\tRecognized as the \"Qifu Financial Big Model\" in the annual"))
        #expect(!LineClassifier.isGlyphBulletRow("Gasoline\tMWh\t52.2"))
    }

    @Test func footnoteLabels() {
        #expect(LineClassifier.footnoteLabel("1 Refers to the total principal amount of loans facilitated") == "1")
        #expect(LineClassifier.footnoteLabel("13 \"Day-1 delinquency rate\" is defined as (i) the total") == "13")
        #expect(LineClassifier.footnoteLabel("(1) These items relate to the Company's initiatives to streamline") == "1")
        #expect(LineClassifier.footnoteLabel("¹ In 2024, the TCFD monitoring responsibilities were transferred") == "1")
        #expect(LineClassifier.footnoteLabel("200 thousand Customer Rights Protection") == nil)
        #expect(LineClassifier.footnoteLabel("2023 Total Loans") == nil)
        #expect(LineClassifier.footnoteLabel("(123) Refers to the loans facilitated") == nil, "a printed note number has at most two digits")
        #expect(LineClassifier.footnoteLabel("123 Refers to the loans facilitated") == nil)
        #expect(LineClassifier.footnoteLabel("¹²³ Refers to the loans facilitated") == "123", "raised labels may have three digits")
        #expect(LineClassifier.footnoteLabel("¹²³⁴ Refers to the loans facilitated") == nil, "a label has at most three digits")
        #expect(LineClassifier.footnoteLabel("¹In 2024, the TCFD monitoring responsibilities were transferred") == "1")
    }

    /// The footnote-block test reads `DefinitionLabel`'s grammar and keeps the forms lists do
    /// not use: the two stages cannot disagree on a label or on where its text starts.
    @Test func footnoteLabelIsTheDefinitionGrammar() {
        for line in ["1. Refers to the total principal amount", "1) Refers to the total principal amount",
                     "(a) Refers to the total principal amount", "a) Refers to the total principal amount",
                     "* Refers to the total principal amount", "† Refers to the total principal amount"] {
            #expect(DefinitionLabel.parse(line) != nil, "\(line)")
            #expect(LineClassifier.footnoteLabel(line) == nil, "a list's form: \(line)")
        }
        for line in ["1 Refers to the total principal amount", "(12) Refers to the total principal amount",
                     "¹² Refers to the total principal amount", "07 Refers to the total principal amount",
                     "1 refers to the total principal amount", "1 Refers to"] {
            let label = LineClassifier.footnoteLabel(line)
            if let label { #expect(DefinitionLabel.parse(line)?.label == label, "\(line)") }
            #expect((label != nil) == (line.hasPrefix("1 R") && line.count > 12 || line.hasPrefix("(12)") || line.hasPrefix("¹²")), "\(line)")
        }
    }

    @Test func pageNumbersAndCaptions() {
        for p in ["7", "07/08", "47 / 48", "- 3 -", "Page 12", "Page 3 of 10"] { #expect(LineClassifier.isPageNumber(p), "\(p)") }
        for p in ["2023 Annual Report", "Page layout", "RMB"] { #expect(!LineClassifier.isPageNumber(p), "\(p)") }
        #expect(LineClassifier.isUnitsCaption("(Amounts in thousands of Renminbi (\"RMB\") and U.S. dollars (\"USD\") except for number of shares and per share data, or otherwise noted)"))
        #expect(LineClassifier.isUnitsCaption("(In Millions of Dollars Except Earnings Per Share)"))
        #expect(LineClassifier.isUnitsCaption("($ in millions, except earnings per share)"))
        #expect(LineClassifier.isUnitsCaption("(In millions, except per share data)"))
        #expect(!LineClassifier.isUnitsCaption("(NASDAQ: QFIN and HKEX: 3660)"))
        #expect(!LineClassifier.isUnitsCaption("(or any adjourned or postponed meeting thereof)"))
    }

    @Test func dates() {
        #expect(DateParser.firstDate(in: "March 12, 2024")?.iso == "2024-03-12")
        #expect(DateParser.firstDate(in: "SHANGHAI, China, March 12, 2024 (GLOBE NEWSWIRE)")?.iso == "2024-03-12")
        #expect(DateParser.firstDate(in: "published on 19 March 2024")?.iso == "2024-03-19")
        #expect(DateParser.firstDate(in: "filed 2024-02-01")?.iso == "2024-02-01")
        #expect(DateParser.firstDate(in: "July 22 /PRNewswire-FirstCall/") == nil)
        #expect(LineClassifier.isDateLine("May 12, 2023"))
        #expect(!LineClassifier.isDateLine("to be held on June 30, 2023"))
    }
}

@Suite struct HeadingDetectorTests {
    func style(_ s: String) -> HeadingStyle? { HeadingDetector.candidate(s)?.style }

    @Test func numberedChapters() {
        #expect(style("02 Analysis of Material ESG Issues") == .numbered(depth: 1, value: 2))
        #expect(style("07 People-oriented Approach") == .numbered(depth: 1, value: 7))
        #expect(style("O Company Overview") == .numbered(depth: 1, value: nil))
        #expect(style("000 Proud of Green") == .numbered(depth: 1, value: 0))
        #expect(style("1.2 Reporting Boundaries") == .numbered(depth: 2, value: 1))
        #expect(style("3. Business Ethics and Transparency") == .numbered(depth: 1, value: 3))
        #expect(HeadingDetector.candidate("O Company Overview")?.title == "Company Overview")
    }

    @Test func secFilingPatterns() {
        #expect(style("PART II") == .part)
        #expect(style("PART I — FINANCIAL INFORMATION") == .part)
        #expect(style("Item 7.") == .item)
        #expect(style("ITEM 1A. RISK FACTORS") == .item)
        #expect(style("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations") == .item)
        #expect(style("Item 7 of this report describes our results.") == nil)
    }

    @Test func capsTitleCaseAndLabels() {
        #expect(style("SHARE RECORD DATE AND ADS RECORD DATE") == .allCaps)
        #expect(style("CONSOLIDATED INCOME") == .allCaps)
        #expect(style("Fourth Quarter 2023 Business Highlights") == .titleCase)
        #expect(style("Significant Developments") == .titleCase)
        #expect(style("Use of Non-GAAP Financial Measures Statement") == .titleCase)
        #expect(style("New US\\$350 Million Share Repurchase Plan of 2024") == .titleCase)
        #expect(style("Unaudited Condensed Consolidated Balance Sheets") == .titleCase)
        #expect(style("Case: Rural Assistance Plan") == .label)
        #expect(style("Case: \"Micro Light\" Handicapped Assistance Program") == .label)
    }

    @Test func neverHeadings() {
        let not = [
            "Operating margin was 28.5%. Non-GAAP operating margin was 29.4%.",  // sentences
            "The company conducts instant incentive activities quarterly.",
            "22.14 billion", "4.5 million", "07/08", "2023",  // numbers
            "- Responsible for assessing and identifying ESG-related risks",  // bullets
            "• Promote double-sided printing of documents",
            "Cash and cash equivalents\t7,165,584\t4,177,890",  // table rows
            "Domestic        Sears Canada      Consolidated",
            "(In Millions of Dollars Except Earnings Per Share)",  // captions
            "(or any adjourned or postponed meeting thereof)",
            "March 12, 2024", "Registered Office:", "For more information, please contact:",
            "Registration Link: https://register.vevent.com/register/x", "Qifu Technology E-mail: ir@360shuke.com",
            "\\square", "$\\mathbf{\\nabla}$", "ST:  Illinois", "#PoweringProgress",
            "Intel Pride ERG commemorated Transgender Day of Visibility with", "2 Including Scope 1 and Scope 2 market-",
            "in terms of computing engine optimization",
            "Target Target Target Target Target Target", "Target Ambition Target Ambition",
            "Source: Company Data", "Note: Figures Restated",
        ]
        for s in not { #expect(HeadingDetector.candidate(s) == nil, "\(s)") }
    }
}

@Suite struct TOCTests {
    @Test func tabSeparatedChapterRows() {
        let lines = [
            "01\tCompany Overview\tQiFu Technology Introduction The honors received by Qifu Technology in 2023\t05 07",
            "02\tAnalysis of Material ESG Issues\tIdentification, Evaluation, and Prioritization of Material Issues Stakeholder Communication\t11 12",
            "03\tSpecial Report\tHighlights of 2023 Data Finance for Charity\t15 17 19",
            "",
            "05\tResponsibility Operation\tInnovation and Research Data Governance Intelligent Risk Control\t31 37 40",
            "07\tPeople-oriented\tDiverse Compensation and Benefits System\t74",
            "U/\tApproach\tHealth and Safety Focus\t79",
        ]
        let regions = TOCDetector.detect(lines)
        #expect(regions.count == 1)
        #expect(regions.first?.firstLine == 0 && regions.first?.lastLine == 6)
        let index = TOCIndex(regions)
        #expect(index.isChapter("Special Report"))
        #expect(index.chapterNumber("Special Report") == 3)
        #expect(index.isChapter("People-oriented Approach"))
        #expect(index.level(of: "Data Governance") == 2)
        #expect(index.level(of: "The honors received by Qifu Technology in 2023") == 2)
        #expect(index.level(of: "Emergency Response") == nil)
    }

    @Test func pageFirstAndPageLastForms() {
        // page number first, two columns (a sustainability report)
        let a = ["Contents", "02 Letter from the CEO 50 Our approach to powering lives", "04 Powering Progress 50 Providing access to energy",
                 "05 Our approach to sustainability 51 Working with our suppliers", "Our values", "08 About this report 53 Contributing to communities",
                 "11 Business ethics and transparency", "14 Safety"]
        let ra = TOCDetector.detect(a)
        #expect(ra.count == 1)
        #expect(ra.first?.firstLine == 0)
        #expect(TOCIndex(ra).level(of: "Letter from the CEO") == 1)
        // page number last, several entries per line (another report), and dot leaders (a 10-K)
        let b = ["Letter From Our CEO 3 Inclusive 55 Performance Data Summary 108", "Letter From Our CPO 4 Inclusive: Our Approach 56",
                 "A Year in Review 5 Inclusive Workforce 57", "Our Business 13 Sustainable 71", "Company Profile 14 Sustainable: Our Approach 72"]
        #expect(TOCDetector.detect(b).count == 1)
        let c = ["Item 1. Business .......... 3", "Item 1A. Risk Factors .......... 12", "Item 2. Properties .......... 25", "Item 3. Legal Proceedings .......... 26"]
        let rc = TOCDetector.detect(c)
        #expect(rc.count == 1)
        #expect(TOCIndex(rc).level(of: "Item 1A. Risk Factors") == 1)
    }

    @Test func dataTablesAreNotTOCs() {
        let rows = ["Female\t1,283\t946", "Male\t1,838\t1,253", "Full-time\t3,118\t2,195", "Part-time\t3\t4", "Below age 30\t1,410\t1,100"]
        #expect(TOCDetector.detect(rows).isEmpty)
        let people = ["Zhou Hongyi\t53\tMale\tChairman of the Board", "Wu Haisheng\t41\tMale\tChief Executive Officer and Director",
                      "Xu Zuoli\t55\tMale\tChief Financial Officer & Director", "Chen Xiaohuan\t42\tMale\tIndependent Director"]
        #expect(TOCDetector.detect(people).isEmpty)
        let footnotes = ["1 Refers to the total principal amount of loans.", "2 Non-GAAP income from operations is a measure.",
                         "3 Includes the value of actual dividend distribution.", "4 Aggregate value of ADSs repurchased."]
        #expect(TOCDetector.detect(footnotes).isEmpty)
        // A one-column table of amounts whose small figures look like page numbers: they fall.
        let amounts = ["Prepaid expenses and other current assets\t9", "Property and equipment, net\t25", "Investments\t121",
                       "Intangible assets, net\t8,100", "Other noncurrent assets\t31"]
        #expect(TOCDetector.detect(amounts).isEmpty)
        let reserved = ["Options outstanding\t8", "Restricted stock units outstanding\t26", "Stock available for future grant:\t",
                        "2013 Equity Incentive Plan\t73", "2014 Inducement Plan\t1", "2004 Employee Stock Purchase Plan\t13", "\t121"]
        #expect(TOCDetector.detect(reserved).isEmpty)
        // A short contents page whose numbers never fall is one.
        let contents = ["Consolidated Balance Sheets\t54", "Consolidated Statements of Income\t55",
                        "Consolidated Statements of Cash Flows\t58", "Notes to Consolidated Financial Statements\t59"]
        #expect(TOCDetector.detect(contents).count == 1)
    }
}

@Suite struct LevelAssignerTests {
    func levels(_ roles: [HeadingInput]) -> [Int] { LevelAssigner.assign(roles).map(\.level) }

    @Test func chaptersListedPlainAndLabels() {
        let r: [HeadingInput] = [
            .init(role: .title), .init(role: .chapter(depth: 1)), .init(role: .listed(level: 2)), .init(role: .plain),
            .init(role: .label), .init(role: .plain), .init(role: .listed(level: 2)), .init(role: .label), .init(role: .chapter(depth: 1)),
        ]
        #expect(levels(r) == [1, 1, 2, 3, 4, 3, 2, 3, 1])
        let parents = LevelAssigner.assign(r).map(\.parent)
        #expect(parents == [nil, nil, 1, 2, 3, 2, 1, 6, nil])
    }

    @Test func flatDocumentsStayFlat() {
        #expect(levels([.init(role: .title), .init(role: .plain), .init(role: .plain), .init(role: .plain)]) == [1, 1, 1, 1])
    }

    @Test func partsAndItems() {
        let r: [HeadingInput] = [.init(role: .part), .init(role: .item), .init(role: .plain), .init(role: .item), .init(role: .part), .init(role: .item)]
        #expect(levels(r) == [1, 2, 3, 2, 1, 2])
        #expect(levels([.init(role: .item), .init(role: .plain), .init(role: .item)]) == [1, 2, 1])
    }

    @Test func plainHeadingDirectlyFollowedByAnotherContainsTheRun() {
        // "About The Report" then "Reporting Period" ... before the TOC; then chapters.
        let r: [HeadingInput] = [
            .init(role: .title), .init(role: .plain, followedByPlainHeading: true), .init(role: .plain), .init(role: .plain),
            .init(role: .chapter(depth: 1), afterTOC: true), .init(role: .plain),
        ]
        #expect(levels(r) == [1, 2, 3, 3, 1, 2])
    }

    @Test func levelsNeverSkip() {
        #expect(levels([.init(role: .plain), .init(role: .chapter(depth: 1)), .init(role: .listed(level: 2))]) == [1, 1, 2])
        #expect(levels([.init(role: .chapter(depth: 3))]) == [1])
    }
}

@Suite struct MetadataTests {
    @Test("the fiscal year end a cover states, found in any case among non-ASCII separators")
    func fiscalYearEndOnCover() {
        #expect(MetadataExtractor.fiscalYearEnd(in: "FORM 10-K ¶ FOR THE FISCAL YEAR ENDED FEBRUARY 2, 2025 ¶ Commission file") == "2025-02-02")
        #expect(MetadataExtractor.fiscalYearEnd(in: "Annual Report ¶ For the fiscal year ending December 31, 2024 ¶") == "2024-12-31")
        // `ended` is looked for first, wherever `ending` is.
        #expect(MetadataExtractor.fiscalYearEnd(in: "fiscal year ending June 30, 2023 ¶ Fiscal Year Ended September 28, 2024") == "2024-09-28")
        // The date must follow the phrase (within a word).
        #expect(MetadataExtractor.fiscalYearEnd(in: "For the fiscal year ended ¶ Commission file number 1-234 ¶ December 31, 2024") == nil)
        #expect(MetadataExtractor.fiscalYearEnd(in: "Quarterly report for the period ended March 31, 2025") == nil)
        #expect(MetadataExtractor.fiscalYearEnd(in: "Fiscal year ended") == nil)
    }

    @Test func issuer() {
        #expect(MetadataExtractor.isCompanyNameLine("QIFU TECHNOLOGY, INC."))
        #expect(MetadataExtractor.isCompanyNameLine("Shell plc"))
        #expect(MetadataExtractor.isCompanyNameLine("Southern Company"))
        #expect(!MetadataExtractor.isCompanyNameLine("NOTICE OF ANNUAL GENERAL MEETING"))
        #expect(MetadataExtractor.companyName(in: "SHANGHAI, China, March 12, 2024 (GLOBE NEWSWIRE) -- Qifu Technology, Inc. (NASDAQ: QFIN; HKEx: 3660)") == "Qifu Technology, Inc.")
        #expect(MetadataExtractor.companyName(in: "HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears, Roebuck and Co. (NYSE: S) today reported") == "Sears, Roebuck and Co.")
    }

    @Test func formTypes() {
        #expect(MetadataExtractor.formType(title: "NOTICE OF ANNUAL GENERAL MEETING", top: "") == "agm_notice")
        #expect(MetadataExtractor.formType(title: "Sears Reports Second Quarter 2004 Results", top: "") == "earnings_release")
        #expect(MetadataExtractor.formType(title: "ENVIRONMENTAL, SOCIAL, AND GOVERNACE REPORT", top: "") == "esg_report")
        #expect(MetadataExtractor.formType(title: "Sustainability Report 2023", top: "") == "esg_report")
        #expect(MetadataExtractor.formType(title: "2023 Annual Report", top: "") == "annual_report")
        #expect(MetadataExtractor.formType(title: nil, top: "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", topLines: ["UNITED STATES", "FORM 10-K"]) == "10-K")
        #expect(MetadataExtractor.formType(title: nil, top: "", topLines: ["FORM 10-Q"]) == "10-Q")
        // A form cited in prose does not make the document that form.
        #expect(MetadataExtractor.formType(title: "2023-24 Corporate Responsibility Report", top: "our 2023 Annual Report on Form 10-K",
                                           topLines: ["information in our 2023 Annual Report on Form 10-K and 2024"]) == "esg_report")
    }

    @Test func periods() {
        #expect(MetadataExtractor.period(in: "Qifu Technology Announces Fourth Quarter and Full Year 2023 Unaudited Financial Results") == "fourth quarter and full year 2023")
        #expect(MetadataExtractor.period(in: "Sears Reports Second Quarter 2004 Results") == "second quarter 2004")
        #expect(MetadataExtractor.period(in: "Apple Reports First Quarter Results for fiscal 2024") == "fiscal 2024")
        #expect(MetadataExtractor.period(in: "Results for the third quarter of fiscal 2023") == "third quarter of fiscal 2023")
        #expect(MetadataExtractor.period(in: "NOTICE OF ANNUAL GENERAL MEETING") == nil)
        // The phrases `ReportPeriods` reads (the facts stage's `PeriodParser` reads the same ones,
        // PeriodParserTests.reportPeriods); a title's word is cut at spaces, a span is a year,
        // a word joined by hyphens is read a part at a time and returned as printed.
        #expect(MetadataExtractor.period(in: "Q4 2023 Earnings Call") == "q4 2023")
        #expect(MetadataExtractor.period(in: "First Half 2024 Results") == "first half 2024")
        #expect(MetadataExtractor.period(in: "Full Year 2023 Highlights") == "full year 2023")
        #expect(MetadataExtractor.period(in: "FY 2024 Results") == "fy 2024")
        #expect(MetadataExtractor.period(in: "Annual Report for fiscal 2023-24") == "fiscal 2023-24")
        #expect(MetadataExtractor.period(in: "Q4 and Full Year 2023 Results") == "q4 and full year 2023")
        #expect(MetadataExtractor.period(in: "Q4-2023 Full-Year") == "q4-2023")
        #expect(MetadataExtractor.period(in: "Results for Q4-2023") == "q4-2023")
        #expect(MetadataExtractor.period(in: "Fourth-Quarter and Full-Year 2023 Results") == "fourth-quarter and full-year 2023")
        #expect(MetadataExtractor.period(in: "FY-2024 Results") == "fy-2024")
        #expect(MetadataExtractor.period(in: "Report for fiscal 2023-2024") == "fiscal 2023-2024")
        #expect(MetadataExtractor.period(in: "Year-End Q4 Review") == nil)
        #expect(MetadataExtractor.period(in: "Third Half 2023") == nil)
        #expect(MetadataExtractor.year(in: "Sustainability Report 2023") == "2023")
        #expect(MetadataExtractor.year(in: "2023-24 Corporate Responsibility Report") == "2023-24")
    }
}

@Suite struct MoreHeuristicTests {
    @Test func companyNamesInListsAndTitles() {
        #expect(MetadataExtractor.companyName(in: "Independent Limited Assurance Statement 103") == nil)
        #expect(MetadataExtractor.companyName(in: "DATA: COMPANY CONFORMED NAME: AMAZON COM INC") == "AMAZON COM INC")
        #expect(HeadingDetector.candidate("ASM International N.V. FormFactor, Inc. Marvell Technology, Inc. SUMCO Corporation") == nil)
        #expect(HeadingDetector.candidate("About Qifu Technology") != nil)
    }

    @Test func damagedBulletGlyphsAmongBullets() {
        #expect(LineClassifier.isDamagedBulletRow("2\tSelected as a co-drafting unit for the China Technology Market Association."))
        #expect(!LineClassifier.isDamagedBulletRow("5\tImprove the salary system"))
        #expect(!LineClassifier.isDamagedBulletRow("Female\t1,283\t946"))
        // Among glyph bullets they are list items; alone they stay table rows.
        let doc = segmentString("Awards\n\n\\square\tWon the first prize for the best annual report of the year.\no\tWon the second prize for the best website of the whole year.\n\\square\tWon the third prize for the best app of the whole year.\n")
        #expect(doc.blocks.map(\.kind) == [.heading, .listItem, .listItem, .listItem])
        let alone = segmentString("Targets\n\n1\tReduce emissions by half before the end of the decade.\n2\tReduce water use by a third before the end of the decade.\n")
        #expect(alone.blocks.map(\.kind) == [.heading, .table])
    }

    @Test func submissionHeaders() {
        #expect(MetadataExtractor.formType(title: nil, top: "", topLines: ["CONFORMED SUBMISSION TYPE:\t8-K"]) == "8-K")
        #expect(MetadataExtractor.formType(title: nil, top: "", topLines: ["<TYPE>10-Q"]) == "10-Q")
        #expect(!TitleDetector.canBeTitle("Proc-Type: 2001,MIC-CLEAR"))
        #expect(!TitleDetector.canBeTitle("MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjlWyK3XmZv3dTINen"))
        #expect(TitleDetector.canBeTitle("NOTICE OF ANNUAL GENERAL MEETING"))
        #expect(TitleDetector.canBeTitle("Sears Reports Second Quarter 2004 Results"))
        #expect(!TitleDetector.canBeTitle("QIFU TECHNOLOGY, INC."))
        #expect(!TitleDetector.canBeTitle("Exhibit 99"))
    }
}

@Suite struct PipeRowsAreNotTOCTests {
    @Test func pipeTableRowsWithFiguresAreNotATableOfContents() {
        let lines = ["| Scope | Unit | 2024 H1 | 2023 H1 |", "|-------|------|--------:|--------:|",
                     "| Scope 1 | tCO2e | 18,420 | 19,105 |", "| Scope 2 | tCO2e | 6,310 | 7,002 |",
                     "| Scope 3 | tCO2e | 88,100 | 91,240 |", "| Water | m3 | 12,400 | 12,950 |"]
        #expect(TOCDetector.detect(lines).isEmpty)
    }
}

@Suite struct DecimalFiguresAreNotSectionNumbersTests {
    @Test func decimalFigureLinesAreNotHeadings() {
        // A figure with its caption word (ESG highlight pages), not a numbered section.
        #expect(HeadingDetector.candidate("0.9 Above") == nil)
        #expect(HeadingDetector.candidate("0.25 Million") == nil)
        // Real numbered sections still are.
        #expect(HeadingDetector.candidate("1.2 Scope of the Report") != nil)
        #expect(HeadingDetector.candidate("02 Analysis of Material ESG Issues") != nil)
    }
}

@Suite struct FiguresAreNotFootnotesTests {
    @Test func figureWithCaptionIsNotAFootnoteDefinition() {
        #expect(LineClassifier.footnoteLabel("5 U million+ Personalized Knowledge Education Audience Reach") == nil)
        #expect(LineClassifier.footnoteLabel("12 billion Loans facilitated for small enterprises") == nil)
        #expect(LineClassifier.footnoteLabel("3 Million+ Users reached in rural areas") == nil)
        // Real definitions still are.
        #expect(LineClassifier.footnoteLabel("1 Refers to the total principal amount of loans facilitated") == "1")
        #expect(LineClassifier.footnoteLabel("12 \"Repeat borrower contribution\" for a given period refers to") == "12")
    }
}
