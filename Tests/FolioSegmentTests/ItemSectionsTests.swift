import Foundation
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
        #expect(item("Part I - Financial Information") == "part I")
        #expect(item("Item 7 of this report describes our results. See below.") == nil)
        #expect(item("Items in transit were counted at year end") == nil)
        #expect(ItemSections.numbers(LineClassifier.words("ITEMS 10, 11, 12 AND 13. DIRECTORS")) == ["10", "11", "12", "13"])
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
            "II/7 | Item 7: Managements Discussion ... Report to Shareholders.",
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
    ]

    @Test("the full Item list with extents on 10-K (1999, 2023), 10-Q (2025) and 8-K (1998 SGML, 2016) filings",
          .enabled(if: corpusPresent, "shared corpus absent (../shared/corpus): skipped"))
    func itemLists() throws {
        for (folder, name, expected) in Self.expected {
            let doc = try segmentFile(sharedCorpus.appendingPathComponent(folder).appendingPathComponent(name))
            let got = Self.describe(doc)
            #expect(got == expected, "\(name):\n\(got.joined(separator: "\n"))")
        }
    }
}
