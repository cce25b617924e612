import Testing
import FolioModel
@testable import FolioSegment

/// Small documents written for one behaviour each: SEC filing structure, edge cases, and the
/// block contract (spans, kinds, coverage).
@Suite struct SyntheticDocumentTests {
    static let tenK = """
    UNITED STATES
    SECURITIES AND EXCHANGE COMMISSION

    FORM 10-K

    ACME WIDGETS, INC.

    TABLE OF CONTENTS

    PART I
    Item 1.    Business                                   3
    Item 1A.   Risk Factors                               9
    PART II
    Item 7.    Management's Discussion and Analysis      21
    Item 8.    Financial Statements                      35

    PART I

    Item 1. Business

    We make widgets. Our widgets are sold in many countries and our customers like them a lot.

    Item 1A. Risk Factors

    Our business is subject to many risks, including the risks described below in some detail.

    PART II

    Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations

    Overview

    Revenue grew in the year because more customers bought more widgets than in the prior year.

    Item 8. Financial Statements

    CONSOLIDATED STATEMENTS OF OPERATIONS
    (In millions, except per share data)

                                   2023        2022
    Revenue                       $ 1,200     $ 1,000
    Net income                        120         100

    """

    @Test func tenKPartsAndItems() {
        let doc = segmentString(Self.tenK)
        #expect(structuralProblems(doc) == [])
        let o = outline(doc).map { "\($0.0) \($0.1)" }
        #expect(o == [
            "1 PART I", "2 Item 1. Business", "2 Item 1A. Risk Factors",
            "1 PART II", "2 Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations",
            "3 Overview", "2 Item 8. Financial Statements", "3 CONSOLIDATED STATEMENTS OF OPERATIONS",
        ])
        #expect(doc.blocks.filter { $0.kind == .toc }.count == 1)
        #expect(doc.blocks.contains { $0.kind == .caption && $0.text == "(In millions, except per share data)" })
        #expect(doc.blocks.contains { $0.kind == .table && $0.text.contains("Net income") })
        #expect(doc.metadata.formType == "10-K")
        #expect(doc.metadata.issuer == "ACME WIDGETS, INC.")
    }

    @Test func tenQWithoutTOC() {
        let doc = segmentString("""
        FORM 10-Q

        PART I — FINANCIAL INFORMATION

        ITEM 2. MANAGEMENT'S DISCUSSION AND ANALYSIS

        Results of Operations

        Net sales increased by ten percent in the quarter compared with the same quarter last year.

        PART II — OTHER INFORMATION

        ITEM 1A. RISK FACTORS

        There have been no material changes to the risk factors disclosed in the annual report.

        """)
        #expect(outline(doc).map { "\($0.0) \($0.1)" } == [
            "1 PART I — FINANCIAL INFORMATION", "2 ITEM 2. MANAGEMENT'S DISCUSSION AND ANALYSIS", "3 Results of Operations",
            "1 PART II — OTHER INFORMATION", "2 ITEM 1A. RISK FACTORS",
        ])
        #expect(doc.metadata.formType == "10-Q")
    }

    @Test func emptyAndBlankTexts() {
        for s in ["", "\n\n\n", "\u{0C}\u{0C}", "   \t  \n"] {
            let doc = segmentString(s)
            #expect(doc.blocks.isEmpty)
            #expect(doc.sections.isEmpty)
        }
    }

    @Test func proseWithoutHeadings() {
        let doc = segmentString("This is a paragraph that says something.\nIt continues here.\n\nAnother paragraph follows it.\n")
        #expect(doc.sections.isEmpty)
        #expect(doc.blocks.map(\.kind) == [.paragraph, .paragraph])
        #expect(doc.blocks.first?.text == "This is a paragraph that says something.\nIt continues here.")
        #expect(doc.blocks.allSatisfy { $0.sectionId == nil })
        #expect(doc.diagnostics.contains { $0.code == "segment.no_headings" })
    }

    @Test func crlfAndFormFeeds() {
        let doc = segmentString("Annual Review\r\n\r\nThe year went well for the company and its many employees around the world.\r\n\u{0C}12\r\nOutlook Ahead\r\n\r\nWe expect the coming year to go at least as well as the year that has just ended.\r\n")
        #expect(structuralProblems(doc) == [])
        #expect(outline(doc).map(\.1) == ["Annual Review", "Outlook Ahead"])
        #expect(doc.blocks.contains { $0.text == "12" && $0.kind == .paragraph })
        #expect(!doc.blocks.contains { $0.text.contains("\r") })
    }

    @Test func blockKinds() {
        let doc = segmentString("""
        Key Figures

        | Metric | 2023 | 2022 |
        | --- | --- | --- |
        | Revenue | 10 | 9 |

        - first point of the list
        - second point of the list
        (a) an item with a letter
        (1) A footnote definition with a number in parentheses.
        ¹ A footnote definition with a superscript label.

        """)
        #expect(structuralProblems(doc) == [])
        #expect(doc.blocks.map(\.kind) == [.heading, .table, .listItem, .listItem, .listItem, .footnote, .footnote])
        #expect(doc.blocks.allSatisfy { $0.sectionId == 1 })
        #expect(doc.sections.first?.span.end == doc.blocks.last?.span.end)
    }

    @Test func tableRunKeepsOneBlankLineAndLeadingTabs() {
        let doc = segmentString("Balance Sheets\n\n\tDecember 31,\tDecember 31,\nCash\t1,000\t2,000\n\nDebt\t300\t400\n\n\nSome closing remarks about the balance sheet that are long enough.\n")
        let tables = doc.blocks.filter { $0.kind == .table }
        #expect(tables.count == 1)
        #expect(tables.first?.text == "\tDecember 31,\tDecember 31,\nCash\t1,000\t2,000\n\nDebt\t300\t400")
    }

    @Test func numberedChaptersNeedAnOrderedRun() {
        // Three numbered headings in order are chapters; a lone "30 Day+ ..." is an ordinary heading.
        let doc = segmentString("""
        01 Introduction

        Some text about the introduction of this report that runs long enough to be prose.

        Scope

        What this report covers and why, explained in a sentence or two of prose.

        02 Governance

        Some text about governance in this report that runs long enough to be prose.

        03 Environment

        Some text about the environment in this report that runs long enough to be prose.

        """)
        #expect(outline(doc).map { "\($0.0) \($0.1)" } == ["1 01 Introduction", "2 Scope", "1 02 Governance", "1 03 Environment"])
        let lone = segmentString("Results\n\nText of the results section that runs long enough to be prose.\n\n30 Day+ Delinquency Rate by Vintage\n\nThe following charts display the historical cumulative rates.\n")
        #expect(outline(lone).map { "\($0.0) \($0.1)" } == ["1 Results", "1 30 Day+ Delinquency Rate by Vintage"])
    }
}
