import FolioModel
@testable import FolioTables
import FolioTestSupport
import Testing

/// The byte rules for row labels (`WordFacts`, the simple-string paths of `LabelText`) give
/// the answers of the `Character` rules they replace, on written labels (mixed case,
/// punctuation, non-ASCII, CJK) and on every row label and row path of the seeds' tables.
@Suite struct WordFactsTests {
    /// The rules as they were before the byte paths (the reference).
    enum Reference {
        /// The `Character` rules kept for other strings are the rules as they were.
        static func words(_ s: String) -> [String] { LabelText.characterWords(s) }

        static func groupKey(_ s: String) -> String { LabelText.characterGroupKey(s) }

        static func isTotalLabel(_ s: String) -> Bool {
            let l = s.lowercased()
            return (l.hasPrefix("total") || l.hasPrefix("totals")) && !words(l).contains("per")
        }

        static func phrase(_ w: [String], _ p: [String]) -> Bool { LabelText.containsPhrase(w, p) }

        static let shareWords: Set<String> = ["shares", "share", "ads", "adss", "units", "rsus", "psus", "options", "awards"]
        static let securityWords: Set<String> = ["awards", "options", "securities", "shares", "units", "rsus", "psus", "warrants", "stock"]

        static func isShareCount(_ text: String) -> Bool {
            let l = text.lowercased()
            if l.contains("par value") || l.contains("$") || l.contains("authorized") || l.contains("designated") { return false }
            let w = words(text)
            if w.count >= 2 && w[0] == "weighted" && w[1] == "average" {
                let head = w.prefix { $0 != "per" }
                // A price or fair value is an amount per share, never a count.
                return head.contains { shareWords.contains($0) || $0 == "number" }
                    && !w.contains("price") && !phrase(w, ["fair", "value"])
            }
            for p in [["number", "of", "shares"], ["shares", "outstanding"], ["shares", "used"], ["ads", "used"], ["adss", "used"],
                      ["shares", "issued"], ["number", "of", "ads"], ["number", "of", "adss"]] where phrase(w, p) { return true }
            return isDilutionCount(w)
        }

        static func isDilutionCount(_ w: [String]) -> Bool {
            guard w.contains(where: securityWords.contains) else { return false }
            if w.contains("antidilutive") || phrase(w, ["anti", "dilutive"]) { return true }
            if w.contains("dilutive"), !w.contains("per") { return true }
            return false
        }

        static func isPerShare(_ text: String) -> Bool {
            let w = words(LabelText.withoutFigureParentheses(text))
            if isDilutionCount(w) { return false }
            if w.contains("eps") { return true }
            for i in 0..<w.count where w[i] == "per" && i + 1 < w.count {
                if ["share", "ordinary", "ads", "diluted", "basic", "common", "class", "unit", "adr", "rsu", "psu", "option", "award"].contains(w[i + 1]) { return true }
            }
            if phrase(w, ["weighted", "average"]), w.contains("price") || phrase(w, ["fair", "value"]),
               !w.contains("total"), !w.contains("aggregate") {
                return true
            }
            return false
        }
    }

    static let labels: [String] = [
        "", " ", "Total", "TOTAL", "Totals", "total's", "Subtotal", "Total assets", "TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY",
        "Total stockholders’ equity", "Total GHG emissions per employee", "Totalled", "Total—net revenues", "Net revenues",
        "Weighted average shares", "Weighted-average number of shares outstanding — diluted", "Weighted average price per share",
        "Weighted Average Grant-Date Fair Value", "Weighted average exercise price (in $)", "Weighted average aggregate fair value",
        "Common stock, $.001 par value: 12,000,000 shares authorized", "Preferred stock, 5,000 shares DESIGNATED",
        "Shares used in computing net income per share", "ADSs used in per ADS calculation", "Number of ADSs", "number  of   SHARES",
        "Shares issued", "Shares Outstanding (in millions)", "Effect of dilutive share-based awards", "Dilutive stock options",
        "Equity awards excluded from diluted net income per share because their effect would have been anti-dilutive",
        "Antidilutive securities", "Warrants (anti dilutive)", "Dilutive effect per share",
        "Cash dividends declared ($0.16 per common share)", "Cash dividends declared (per common share)", "Dividends (0.16) per share",
        "EPS", "Diluted EPS (1)", "Net income per share: basic", "Net income per ADS", "Earnings per Class A share",
        "Per unit", "per", "Revenue per employee", "Fair value per RSU", "Value (per (2) share)", "Value (per (share)",
        "Unclosed (per share", "Closed) per share", "((nested (1)) per share)", "Net loss per ordinary share—basic and diluted",
        "Gross margin", "GAAP operating margin", "Income from operations", "Net sales", "REVENUES (Note 9)", "Total net revenues",
        "Stockholders' equity", "O'Reilly's total", "Total 2023", "Q4'23 revenue", "Cost of revenue\r\nother", "Tab\tseparated label",
        "Line 1\nline 2", "a\u{00A0}non-breaking space", "Balance • end of year", "Other … items", "Revenue (€ millions)",
        "Net sales (£)", "Goodwill ™ and © items ®", "Interest rate ± 1%", "Temperature 20°", "Section § 12",
        "Café revenue", "CAFÉ REVENUE", "Straße", "Résumé per share", "naïve shares outstanding", "e\u{0301}quity per share",
        "Total\u{0301} assets", "\u{212A}elvin shares outstanding", "TOTAL \u{212A}", "营业收入", "每股收益 per share", "总计 Total",
        "净利润（亿元）", "Ａｓｓｅｔｓ", "ＴＯＴＡＬ", "¹ footnote", "Revenue²", "Ⅻ shares", "ª per share", "İstanbul shares",
        "Tax — 2023 – 2022", "‘quoted’ “double”", "† dagger ‡", "-diluted", "(1)", "()", ")(", "$", "$$ par  value",
        "PAR VALUE", "par\u{00A0}value", "authorised", "Authorized shares", "Designated preferred",
    ]

    func expectSame(_ s: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(LabelText.words(s) == Reference.words(s), "words \(s.debugDescription)", sourceLocation: sourceLocation)
        #expect(LabelText.groupKey(s) == Reference.groupKey(s), "groupKey \(s.debugDescription)", sourceLocation: sourceLocation)
        #expect(LabelText.isTotalLabel(s) == Reference.isTotalLabel(s), "isTotalLabel \(s.debugDescription)", sourceLocation: sourceLocation)
        #expect(LabelText.isShareCount(s) == Reference.isShareCount(s), "isShareCount \(s.debugDescription)", sourceLocation: sourceLocation)
        #expect(LabelText.isPerShare(s) == Reference.isPerShare(s), "isPerShare \(s.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test("written labels: the byte rules answer as the Character rules")
    func writtenLabels() {
        for s in Self.labels { expectSame(s) }
        // Each label lowercased, uppercased and glued to the next one.
        for (a, b) in zip(Self.labels, Self.labels.dropFirst()) {
            expectSame(a.lowercased())
            expectSame(a.uppercased())
            expectSame(a + " " + b)
        }
    }

    @Test("the rules see what they should on written labels")
    func answers() {
        #expect(LabelText.isShareCount("Weighted average shares"))
        #expect(!LabelText.isShareCount("Weighted average price per share"))
        #expect(!LabelText.isShareCount("Common stock, $.001 par value: 12,000,000 shares authorized"))
        #expect(LabelText.isPerShare("Weighted Average Grant-Date Fair Value"))
        #expect(!LabelText.isPerShare("Cash dividends declared ($0.16 per common share)"))
        #expect(LabelText.groupKey("TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY") == "liabilities and stockholders' equity")
        #expect(LabelText.groupKey("Total stockholders’ equity") == "stockholders equity")
        #expect(LabelText.isTotalLabel("Totals") && !LabelText.isTotalLabel("Total GHG emissions per employee"))
    }

    @Test("every word the rules name has its spelling, and is found in any ASCII case")
    func spellings() {
        #expect(WordFacts.Word.allCases.count == WordFacts.Word.spellings.count)
        for w in WordFacts.Word.allCases {
            var s = "\(w)".uppercased()
            let found = s.withUTF8 { WordFacts.Word.of($0) }
            #expect(found == w, "\(w)")
        }
        var facts = WordFacts()
        for var w in ["weighted", "average", "number", "of", "shares"] { w.withUTF8 { facts.add($0) } }
        #expect(facts.startsWeightedAverage && facts.shareBeforePer && facts.has(.numberOfShares) && facts.has(.weightedAverage))
    }

    @Test("simple strings: ASCII and a few non-letter marks only")
    func simpleStrings() {
        for s in ["abc", "Stockholders’ equity", "a — b", "€ 5", "™", "a\u{00A0}b", ""] {
            #expect(LabelText.simpleUTF8(s) { _ in true } == true, "\(s.debugDescription)")
        }
        for s in ["Café", "营业收入", "e\u{0301}", "\u{212A}", "ª", "²", "Ａ"] {
            #expect(LabelText.simpleUTF8(s) { _ in true } == nil, "\(s.debugDescription)")
        }
    }

    @Test("every row label and row path of the seeds' tables: the byte rules answer as the Character rules")
    func seedLabels() throws {
        let names = ["000_8c057db36f5667ab.txt", "003_05f12aa528e47d2d.txt", "004_1ba0498fe219ff30.txt"]
        var seen = Set<String>()
        for name in names {
            guard let doc = try pipelined(TestPaths.seeds + "/" + name) else { Issue.record("seed \(name) missing"); continue }
            for t in doc.tables {
                for c in t.cells {
                    for s in [c.rowLabel, c.rowPath.joined(separator: " "), c.rowPath.dropLast().joined(separator: " ")] where seen.insert(s).inserted {
                        expectSame(s)
                    }
                }
                for h in t.header { for s in h where seen.insert(s).inserted { expectSame(s) } }
            }
        }
        #expect(seen.count > 300)
    }
}
