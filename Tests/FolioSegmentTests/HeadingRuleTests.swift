import FolioModel
import FolioSegment
import Testing

/// Each section records the rule that made its heading (`Section.headingRule`,
/// `sections.heading_rule`), named where the segment stage decides it. One small input a rule.
@Suite struct HeadingRuleTests {
    /// The rule of each section, by heading.
    func rules(_ s: String) -> [String: HeadingRule] {
        var out: [String: HeadingRule] = [:]
        for sec in Segmenter.segment(Array(s.utf8)).sections {
            if let r = sec.headingRule { out[sec.heading] = r }
        }
        return out
    }

    @Test("the title line at the top")
    func title() {
        let r = rules("""
        Acme Reports Record Fourth Quarter Results

        Acme Corporation today reported results for the fourth quarter ended December 31, 2023, with revenue up ten percent.
        """)
        #expect(r["Acme Reports Record Fourth Quarter Results"] == .title)
    }

    @Test("Part and Item lines")
    func partAndItem() {
        let r = rules("""
        This annual report describes the business of the company and the risks it faces in the year under review.

        PART I

        Item 1. Business

        We design, make and sell products to customers in many countries around the world, as described below.

        Item 1A. Risk Factors

        Our business is subject to many risks, which we describe in the paragraphs below in some detail.
        """)
        #expect(r["PART I"] == .part)
        #expect(r["Item 1. Business"] == .item)
        #expect(r["Item 1A. Risk Factors"] == .item)
    }

    @Test("numbered chapters in a document that numbers three or more in order")
    func numberedChapters() {
        let r = rules("""
        This report describes how the company manages the environmental and social issues that matter to it.

        01 Introduction

        We publish this report every year to describe our approach to sustainability and our results.

        02 Material Issues

        We assessed the issues that matter most to our stakeholders and to our business this year.

        03 Our Approach

        Our approach combines clear policies, measurable targets and regular reporting to the board.
        """)
        #expect(r["01 Introduction"] == .numberedChapter)
        #expect(r["02 Material Issues"] == .numberedChapter)
        #expect(r["03 Our Approach"] == .numberedChapter)
    }

    @Test("a line alone in title case or capitals, followed by content; a labelled leaf")
    func plainHeadings() {
        // The first heading-like line near the top is the title; the rules below are for the
        // headings after it.
        let r = rules("""
        Acme Reports Record Fourth Quarter Results

        The company reported its results for the quarter today, with revenue and income both up on the year.

        Fourth Quarter Business Highlights

        Revenue grew ten percent in the quarter, driven by strong demand from customers in every region.

        SHARE RECORD DATE

        The record date for shares is set out in this paragraph of the notice to the holders of shares.

        Case: Rural Assistance Plan

        The plan supported farmers in three provinces with training, loans and access to new markets.
        """)
        #expect(r["Acme Reports Record Fourth Quarter Results"] == .title)
        #expect(r["Fourth Quarter Business Highlights"] == .titleCase)
        #expect(r["SHARE RECORD DATE"] == .allCaps)
        #expect(r["Case: Rural Assistance Plan"] == .label)
    }

    @Test("every rule has a name of its own")
    func names() {
        let names = HeadingRule.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        #expect(HeadingRule.numberedChapter.rawValue == "numbered_chapter")
    }
}
