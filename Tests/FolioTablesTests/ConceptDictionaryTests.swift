import FolioModel
@testable import FolioTables
import Testing

/// Line-item concepts (issue #19): the label key, the lookup order, which cells get one.
@Suite("Concept dictionary")
struct ConceptDictionaryTests {
    @Test func labelKeysReadWordingVariantsAsOne() {
        #expect(ConceptDictionary.labelKey("Net sales") == "net revenue")
        #expect(ConceptDictionary.labelKey("Total Revenues") == "total revenue")
        #expect(ConceptDictionary.labelKey("Net earnings") == ConceptDictionary.labelKey("Net income"))
        #expect(ConceptDictionary.labelKey("Total shareholders’ equity") == "total stockholders equity")
        // numbers (share counts, note references) and `note` are not part of a label
        #expect(ConceptDictionary.labelKey("Commercial paper (Note 14)") == "commercial paper")
        #expect(ConceptDictionary.labelKey("Class B-2 common stock") == "class b common stock")
    }

    @Test func attributableToTheFilerIsParent() {
        #expect(ConceptDictionary.labelKey("Net earnings attributable to AbbVie Inc.") == "net income attributable to parent")
        #expect(ConceptDictionary.labelKey("Net loss attributable to Boeing Common Shareholders")
                == "net loss attributable to parent")
        #expect(ConceptDictionary.labelKey("Net income attributable to noncontrolling interests")
                == "net income attributable to noncontrolling interests")
    }

    static let data = """
        income_statement\ttotal revenue\tus-gaap:Revenues\t3\t
        income_statement\ttotal revenue\tus-gaap:RevenueFromContractWithCustomerExcludingAssessedTax\t2\t
        income_statement\tnet income\tus-gaap:NetIncomeLoss\t5\t
        cash_flow\tnet income\tus-gaap:ProfitLoss\t1\t
        balance_sheet\ttotal current asset\tus-gaap:AssetsCurrent\t4\tdebit
        balance_sheet\taccounts payable\tus-gaap:AccountsPayableCurrent\t4\tcredit
        """

    @Test func lookupOrder() {
        let index = ConceptDictionary.Index(data: Self.data)
        // (statement, key): the concept most filings give
        #expect(index.lookup(statement: "income_statement", key: "total revenue") == "us-gaap:Revenues")
        #expect(index.lookup(statement: "cash_flow", key: "net income") == "us-gaap:ProfitLoss")
        // the key in any statement
        #expect(index.lookup(statement: "equity", key: "net income") == "us-gaap:NetIncomeLoss")
        // the closest key of the same statement, by shared words (`total`, `net` do not count)
        #expect(index.lookup(statement: "balance_sheet", key: ConceptDictionary.labelKey("Accounts payable, trade"))
                == "us-gaap:AccountsPayableCurrent")
        // too few words in common
        #expect(index.lookup(statement: "balance_sheet", key: ConceptDictionary.labelKey("Accrued payroll and benefits")) == nil)
        #expect(index.lookup(statement: "balance_sheet", key: "") == nil)
    }

    /// Content words cut on bytes, as `split(separator: 0x20)` cuts them, stop words left out.
    @Test func contentWordsAreTheSpaceSeparatedNonStopWords() {
        for key in ["", " ", "net income", "  cash  and cash equivalent ", "total revenue", "the of and", "a", "café au lait"] {
            var words: [String] = []
            ConceptDictionary.forEachContentWord(key) { words.append($0) }
            let expected = key.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
                .filter { !ConceptDictionary.stopWords.contains($0) }
            #expect(words == expected, "\(key)")
        }
        var words: [String] = []
        ConceptDictionary.forEachContentWord("  net  cash   from operating activity ") { words.append($0) }
        #expect(words == ["cash", "operating", "activity"])
    }

    @Test func dataLinesAreCutAtTabsKeepingEmptyFields() {
        #expect(ConceptDictionary.Index.fields("a\tb\t\tc\t\n\nd\te") == [["a", "b", "", "c", ""], ["d", "e"]])
        #expect(ConceptDictionary.Index.fields("").isEmpty)
        #expect(ConceptDictionary.Index.fields("\n\n").isEmpty)
    }

    static func table(_ statement: TableStatement, _ cells: [Cell]) -> Table {
        var t = Table(id: 1, nRows: cells.count, nCols: 2, span: Span(start: 0, end: 1), cells: cells)
        t.statement = statement
        return t
    }

    static func cell(_ label: String, _ value: Double?, concept: String? = nil) -> Cell {
        var c = Cell(row: 0, col: 0, rowLabel: label, rowPath: [label], columnPath: ["2024"], raw: value.map { "\($0)" } ?? "—",
                     value: value, scale: 1, unit: "USD", concept: concept)
        if concept != nil { c.conceptSource = .tagged }
        return c
    }

    @Test func onlyUntaggedValueCellsOfPrimaryStatements() {
        var tables = [
            Self.table(.balanceSheet, [Self.cell("Total assets", 10), Self.cell("Total assets", nil),
                                       Self.cell("Total assets", 10, concept: "co:Assets")]),
            Self.table(.other, [Self.cell("Total assets", 10)]),
        ]
        ConceptDictionary.assignAll(&tables)
        #expect(tables[0].cells[0].conceptSource == .dictionary)
        #expect(tables[0].cells[0].concept == "us-gaap:Assets")
        #expect(tables[0].cells[1].concept == nil)             // no value
        #expect(tables[0].cells[2].concept == "co:Assets")      // the filer's tag stays
        #expect(tables[0].cells[2].conceptSource == .tagged)
        #expect(tables[1].cells[0].concept == nil)             // a note's table
        #expect(tables[1].cells[0].conceptSource == nil)
    }
}
