import Foundation
import Testing
import FolioModel
@testable import FolioSegment

/// The seeds, document by document: the full outline a reader sees, the blocks, the metadata.
@Suite struct SeedOutlineTests {
    @Test func agmNoticeOutline() throws {
        let doc = try segmentSeed(.agm)
        let expected: [(Int, String)] = [
            (1, "NOTICE OF ANNUAL GENERAL MEETING"),
            (1, "SHARE RECORD DATE AND ADS RECORD DATE"),
            (1, "ATTENDING THE AGM"),
            (1, "PROXY FORMS AND ADS VOTING CARDS"),
            (1, "ANNUAL REPORT"),
        ]
        #expect(outline(doc).map { "\($0.0) \($0.1)" } == expected.map { "\($0.0) \($0.1)" })
        #expect(structuralProblems(doc) == [])
        // The numbered resolutions are list items, not headings.
        let resolutions = doc.blocks.filter { $0.text.hasPrefix("1. As an ordinary") || $0.text.hasPrefix("2. As an ordinary") }
        #expect(resolutions.count == 2)
        #expect(resolutions.allSatisfy { $0.kind == .listItem })
        // The issuer line and the signature/address lines are not headings.
        for text in ["QIFU TECHNOLOGY, INC.", "Shanghai, China", "Alex Zuoli Xu", "Registered Office:"] {
            #expect(!doc.sections.contains { $0.heading.hasPrefix(text) }, "\(text) is not a heading")
        }
        #expect(doc.metadata.title == "NOTICE OF ANNUAL GENERAL MEETING")
        #expect(doc.metadata.issuer == "QIFU TECHNOLOGY, INC.")
        #expect(doc.metadata.formType == "agm_notice")
        #expect(doc.metadata.date == "2023-05-12")
    }

    @Test func earningsReleaseOutline() throws {
        let doc = try segmentSeed(.release)
        let expected: [(Int, String)] = [
            (1, "Qifu Technology Announces Fourth Quarter and Full Year 2023 Unaudited Financial Results, Declares Semi-Annual Dividend and Announces a New Share Repurchase Plan"),
            (1, "Fourth Quarter 2023 Business Highlights"),
            (1, "Fourth Quarter 2023 Financial Highlights"),
            (1, "Full Year 2023 Operational Highlights"),
            (1, "Full Year 2023 Financial Highlights"),
            (1, "Fourth Quarter 2023 Financial Results"),
            (1, "Full Year 2023 Financial Results"),
            (1, "30 Day+ Delinquency Rate by Vintage and 180 Day+ Delinquency Rate by Vintage"),
            (1, "Semi-Annual Dividend for the Second Half of 2023"),
            (1, "Dividend Policy for 2024"),
            (1, "Update on Share Repurchase Plan of 2023"),
            (1, "New US\\$350 Million Share Repurchase Plan of 2024"),
            (1, "Business Outlook"),
            (1, "Conference Call Preregistration"),
            (1, "About Qifu Technology"),
            (1, "Use of Non-GAAP Financial Measures Statement"),
            (1, "Exchange Rate Information"),
            (1, "Safe Harbor Statement"),
            (1, "Unaudited Condensed Consolidated Balance Sheets"),
            (1, "Unaudited Condensed Consolidated Statements of Operations"),
            (1, "Unaudited Condensed Consolidated Statements of Cash Flows"),
            (1, "Unaudited Condensed Consolidated Statements of Comprehensive Income"),
            (1, "Unaudited Reconciliations of GAAP and Non-GAAP Results"),
        ]
        // `\$` is the extraction's escape of `$` (the normalize stage unescapes it).
        func plain(_ s: String) -> String { s.replacingOccurrences(of: "\\$", with: "$") }
        #expect(outline(doc).map { "\($0.0) \(plain($0.1))" } == expected.map { "\($0.0) \(plain($0.1))" })
        #expect(structuralProblems(doc) == [])

        // Footnote definitions 1..15 are footnote blocks.
        let footnotes = doc.blocks.filter { $0.kind == .footnote }
        let labels = footnotes.compactMap { $0.text.split(separator: " ").first.map(String.init) }
        #expect(labels == (1...15).map(String.init))
        // Bullets are list items.
        #expect(doc.blocks.filter { $0.kind == .listItem }.count == 29)
        // Each statement: heading, units caption, one table, inside the statement's section.
        for caption in ["Unaudited Condensed Consolidated Balance Sheets", "Unaudited Condensed Consolidated Statements of Operations",
                        "Unaudited Condensed Consolidated Statements of Cash Flows",
                        "Unaudited Condensed Consolidated Statements of Comprehensive Income",
                        "Unaudited Reconciliations of GAAP and Non-GAAP Results"] {
            guard let s = doc.sections.first(where: { $0.heading == caption }) else {
                Issue.record("no section \(caption)")
                continue
            }
            let inside = doc.blocks.filter { $0.sectionId == s.id }
            #expect(inside.map(\.kind) == [.heading, .caption, .table], "\(caption)")
            #expect(inside.last.map { s.span.start <= $0.span.start && $0.span.end <= s.span.end } == true)
        }
        // The heading with its units note on the same line is split: heading, then caption.
        let ops = try #require(doc.blocks.firstIndex { $0.text == "Unaudited Condensed Consolidated Statements of Operations" })
        #expect(doc.blocks[ops + 1].text.hasPrefix("(Amounts in thousands of Renminbi"))
        // The balance sheet table covers its lines including the blank line inside it.
        let bs = try #require(doc.blocks.first { $0.kind == .table && $0.text.contains("Cash and cash equivalents\t7,165,584") })
        #expect(bs.text.contains("Deferred tax liabilities"))
        #expect(bs.text.hasPrefix("\tDecember 31,"))

        #expect(doc.metadata.issuer == "Qifu Technology, Inc.")
        #expect(doc.metadata.formType == "earnings_release")
        #expect(doc.metadata.period == "fourth quarter and full year 2023")
        #expect(doc.metadata.date == "2024-03-12")
    }

    @Test func esgReportChapters() throws {
        let doc = try segmentSeed(.esg)
        #expect(structuralProblems(doc) == [])
        let chapters = doc.sections.filter { $0.level == 1 }.map(\.heading)
        #expect(chapters == [
            "ENVIRONMENTAL, SOCIAL, AND GOVERNACE REPORT",
            "O Company Overview", "02 Analysis of Material ESG Issues", "05 Special Report",
            "04 Corporate Responsibility Governance", "05 Responsibility Operation", "06 Win-Win Cooperation",
            "07 People-oriented Approach", "000 Proud of Green", "09 Appendix",
        ])
        func children(_ heading: String) -> [String] {
            guard let s = doc.sections.first(where: { $0.heading == heading }) else { return [] }
            return doc.sections.filter { $0.parentId == s.id }.map(\.heading)
        }
        #expect(children("05 Responsibility Operation") == ["Innovation and Research", "Data Governance", "Intelligent Risk Control", "Intellectual Property Protection"])
        #expect(children("000 Proud of Green") == ["Resource Usage", "Resource Usage", "Emission Management", "Green Business"])
        #expect(children("Data Governance") == ["Customer Privacy Protection", "Combatting Illegal Data Activities", "Emergency Response"])
        #expect(children("About The Report").count == 9)
        // Case sub-headings sit below the section they follow.
        let cases = doc.sections.filter { $0.heading.hasPrefix("Case:") }
        #expect(cases.count == 15)
        #expect(cases.allSatisfy { $0.level >= 3 })
        // The table of contents is one toc block, and none of its lines is a section.
        let tocs = doc.blocks.filter { $0.kind == .toc }
        #expect(tocs.count == 1)
        #expect(tocs.first?.text.hasPrefix("01\tCompany Overview") == true)
        #expect(tocs.first?.text.contains("Green Business\t90") == true)
        #expect(!doc.sections.contains { $0.heading.contains("\t") || $0.heading.hasPrefix("01") })
        // Page numbers are not headings; glyph bullets are list items.
        #expect(!doc.sections.contains { $0.heading == "07/08" || $0.heading == "7" })
        let honors = try #require(doc.sections.first { $0.heading == "The honors received by Qifu Technology in 2023" })
        #expect(doc.blocks.filter { $0.kind == .listItem && $0.sectionId == honors.id }.count >= 13)
        #expect(doc.metadata.formType == "esg_report")
        #expect(doc.metadata.period == "2023")
        #expect(doc.metadata.title == "ENVIRONMENTAL, SOCIAL, AND GOVERNACE REPORT")
    }

    @Test(arguments: [Seed.agm, .release, .esg])
    func noSectionIsASentenceOrANumber(_ seed: Seed) throws {
        let doc = try segmentSeed(seed)
        #expect(!doc.sections.isEmpty)
        for s in doc.sections {
            #expect(!badHeading(s.heading), "bad heading: \(s.heading)")
            let block = doc.blocks.first { $0.span.start == s.span.start }
            #expect(block?.kind == .heading)
        }
        // Every block's section encloses it.
        for b in doc.blocks {
            guard let sid = b.sectionId else { continue }
            let s = doc.sections[sid - 1]
            #expect(s.span.start <= b.span.start && b.span.end <= s.span.end, "block \(b.id) outside section \(sid)")
        }
    }
}

/// What the normalize stage will do to the seeds (markers out, escapes and bullet glyphs
/// repaired, page numbers gone) must not change their outlines.
@Suite struct NormalizedSeedTests {
    static func roughlyNormalized(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let r = rest.range(of: "^{") {
            out += rest[..<r.lowerBound]
            rest = rest[r.upperBound...]
            if let close = rest.firstIndex(of: "}") { rest = rest[rest.index(after: close)...] }
        }
        out += rest
        out = out.replacingOccurrences(of: "\\$", with: "$").replacingOccurrences(of: "\\square\t", with: "- ")
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).filter { !LineClassifier.isPageNumber(LineClassifier.trim(String($0))) || $0.isEmpty }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: [Seed.agm, .release, .esg])
    func outlineSurvivesNormalization(_ seed: Seed) throws {
        let raw = try segmentSeed(seed)
        let text = String(decoding: raw.text, as: UTF8.self)
        let normalized = segmentString(Self.roughlyNormalized(text))
        func plain(_ s: String) -> String { s.replacingOccurrences(of: "\\$", with: "$") }
        #expect(outline(normalized).map { "\($0.0) \(plain($0.1))" } == outline(raw).map { "\($0.0) \(plain($0.1))" })
        #expect(structuralProblems(normalized) == [])
    }
}
