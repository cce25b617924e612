import Foundation
import Testing
@testable import FolioSegment
import FolioModel

/// The byte-level line helpers added for speed give the answers of the `String` and
/// `Character` code they stand for, on ASCII, accented, CJK, emoji and combining-mark lines.
@Suite struct LineBytesTests {
    static let lines: [String] = [
        "", " ", "\t", "Revenue", "  Net income   1,234    (567) ", "Item 7. Management's Discussion",
        "Business ......... 3", "Risk Factors 12 Properties 25", "..12 Title", "…7 Overview", "Title …\u{301}12",
        "Title .\u{301}12", "... 1234 ..…5 .", "x …… 999 …\u{20DD}7", "1.2 Scope", "12 Title", "2023 was a year", "Page 3 of 10", "Gas\t MWh \t\t52.2",
        "Coût  €1,2", "営業収益  1,234  5,678", "第3四半期の業績 12", "Résumé: détails", "a \u{301} b", "Note:\u{301} x",
        "\u{0600}: prepend", "Case: Rural Assistance Plan", "ST: Illinois", "😀 Emoji: 42 items", "x\r\ny 1",
        "word  double  space", "no-digits-here", "tab\there", "ends with colon:", ":leading", "１２３ full-width 7",
        "The Board approved 3 items in 2024 and 1,250 shares.", "  LEADING and trailing  ",
        "Form 10-K", "form 8-k annual", "FORM", "<type>10-K", "<TYPE>\u{301}8-K", "ſchedule 14A", "Q4-2023 Full-Year",
        "Conformed Submission Type: 10-Q", "SHANGHAI, China, March 12, 2024 -- Qifu", "a b c d e f March 12, 2024",
        "a b c d e March 12, 2024", "one two three four five six 2024-03-12", "x 12 March 2024 and 2023-01-02", "\\square Text", "x\\y", "Straße GmbH",
    ]

    /// The old `Character`/`UTF8View` versions.
    static func refHasDoubleSpace(_ t: String) -> Bool {
        var prev: UInt8 = 0
        for b in t.utf8 {
            if b == 0x20, prev == 0x20 { return true }
            prev = b
        }
        return false
    }

    static func refPageToken(_ t: String) -> Bool {
        LineClassifier.words(t).contains { w in
            let bare = w.drop(while: { $0 == "." || $0 == "…" })
            return TOCDetector.page(bare.isEmpty ? w : bare) != nil
        }
    }

    static func refIsFigure(_ w: Substring) -> Bool {
        guard LineClassifier.isNumericCell(String(w)) else { return false }
        if w.contains(",") || w.contains("%") { return true }
        if let dot = w.firstIndex(of: "."), w.index(after: dot) < w.endIndex, w[w.index(after: dot)].isNumber { return true }
        return false
    }

    static func refIsTitleCase(_ ws: [Substring]) -> Bool {
        var caps = 0
        var lower = 0
        for (i, w) in ws.enumerated() {
            let core = w.drop(while: { !$0.isLetter && !$0.isNumber })
            guard let c = core.first else { continue }
            if c.isNumber { continue }
            if c.isUppercase { caps += 1; continue }
            if i > 0, HeadingDetector.smallWords.contains(core.lowercased()) { continue }
            lower += 1
        }
        guard caps >= 1 else { return false }
        return lower == 0 || (ws.count >= 6 && lower == 1)
    }

    static func refIsDateLine(_ t: String) -> Bool {
        guard t.utf8.count <= 80 else { return false }
        let ws = LineClassifier.words(t)
        guard ws.count <= 4 else { return false }
        return DateParser.firstDate(in: t) != nil && ws.count >= 1 && (ws.count <= 3 || DateParser.firstDate(in: t)?.wordIndex == 0)
    }

    @Test func furnitureKeysMatchCharacters() {
        let more = ["NVIDIA Corporation | 2023 Form 10-K", "Intel’s “Corporate” Responsibility — 2023 • Page 12",
                    "Tesla – Impact Report… 2023", "ESG ‒ Report ‧ 7", "Straße 12", "Ünïcode Page 3", "x’\u{301}y",
                    "‘Quoted’ ‐ ‑ ‒ – — ― ‖ ‗ † ‡ • ‣ ․ ‥ … ‧", "e\u{2028}f", "\u{200B}zero width"]
        for t in Self.lines + more {
            var expected = ""
            for ch in t.lowercased() where !ch.isNumber && ch != " " && ch != "\t" { expected.append(ch) }
            #expect(Segmenter.furnitureKey(t) == expected, "\(t)")
        }
    }

    @Test func headingWordTests() {
        let more = ["Fourth Quarter 2023 Business Highlights", "Results of Operations", "results of the Year", "Report of the Board",
                    "(a) Overview", "“Quoted” Title Here", "Über uns", "ärger Im Büro", "Item 7. MD&A", "The 12 Days", "March 12, 2024",
                    "12 March 2024", "2024-03-12", "As of March 12, 2024", "Dated: March 12, 2024 at noon", "--Risk Factors"]
        for t in Self.lines + more {
            let ws = LineClassifier.words(t)
            #expect(HeadingDetector.isTitleCase(ws) == Self.refIsTitleCase(ws), "\(t)")
            #expect(LineClassifier.isDateLine(t) == Self.refIsDateLine(t), "\(t)")
        }
    }

    @Test func byteTestsMatchStringTests() {
        for t in Self.lines {
            #expect(LineClassifier.hasTab(t) == t.utf8.contains(0x09), "\(t)")
            #expect(LineClassifier.hasDigit(t) == t.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }, "\(t)")
            #expect(LineClassifier.hasDoubleSpace(t) == Self.refHasDoubleSpace(t), "\(t)")
            let ws = LineClassifier.words(t)
            #expect(LineClassifier.wordCount(t) == ws.count, "\(t)")
            for limit in 1...5 {
                #expect(LineClassifier.wordCount(t, limit: limit) == min(ws.count, limit), "\(t)")
                #expect(LineClassifier.words(t, limit: limit) == Array(ws.prefix(limit)), "\(t)")
            }
            #expect(LineClassifier.firstColon(t) == t.firstIndex(of: ":"), "\(t)")
            #expect(TOCDetector.hasPageToken(t) == Self.refPageToken(t), "\(t)")
            for w in LineClassifier.words(t) {
                let bare = w.drop(while: { $0 == "." || $0 == "…" })
                #expect(TOCDetector.leaderPage(w) == TOCDetector.page(bare.isEmpty ? w : bare), "\(w)")
                // A word that is not all leaders keeps a character through `strippedLeaders`.
                if !TOCDetector.isLeaderOnly(w) {
                    #expect(LineClassifier.wordCount(TOCDetector.strippedLeaders("x " + String(w))) == 2, "\(w)")
                }
                #expect(TOCDetector.isFigure(w) == Self.refIsFigure(w), "\(w)")
            }
            #expect(TOCIndex.key(t) == TOCIndex.characterKey(t), "\(t)")
            #expect(DateParser.firstDate(in: t, startingBy: 5) == DateParser.firstDate(in: t).flatMap { $0.wordIndex <= 5 ? $0 : nil }, "\(t)")
            for k in 0...5 {
                #expect(LineClassifier.hasLetters(Substring(t), atLeast: k) == (t.filter(\.isLetter).count >= k), "\(t)")
            }
            #expect(MetadataExtractor.periodWord(Substring(t)) == t.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" }, "\(t)")
            for prefix: StaticString in ["FORM ", "<TYPE>", "CONFORMED SUBMISSION TYPE:"] {
                if let fast = MetadataExtractor.upperHasPrefix(t, prefix) {
                    #expect(fast == t.uppercased().hasPrefix(prefix.description), "\(t)")
                }
            }
        }
    }

    /// `isRuling` and `isTabular` as they were before their byte paths (`rulingBytes`,
    /// `quickTabular`), and `words` as it walked the `UTF8View`.
    static func refIsRuling(_ t: String) -> Bool {
        var marks = 0
        for ch in t {
            switch ch {
            case "-", "=", "_", "—": marks += 1
            case " ", "\t", "+", "|": continue
            default: return false
            }
        }
        return marks >= 3
    }

    static func refIsTabular(_ raw: String) -> Bool {
        guard raw.utf8.count <= LineClassifier.maxStructuredLine else { return false }
        let t = LineClassifier.trim(raw)
        if t.isEmpty { return false }
        if LineClassifier.hasTab(raw) { return true }
        if !LineClassifier.hasDoubleSpace(t), t.utf8.first != UInt8(ascii: "|"), !refIsRuling(t) { return false }
        if t.hasPrefix("|"), t.hasSuffix("|"), t.filter({ $0 == "|" }).count >= 2 { return true }
        if refIsRuling(t) { return true }
        let cs = LineClassifier.cells(t)
        return cs.count >= 2 && cs.contains(where: LineClassifier.isNumericCell)
    }

    static func refWords(_ s: String) -> [Substring] {
        var result: [Substring] = []
        let u = s.utf8
        var i = u.startIndex
        var start: String.Index?
        while i != u.endIndex {
            let b = u[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                if let st = start { result.append(s[st..<i]); start = nil }
            } else if start == nil {
                start = i
            }
            u.formIndex(after: &i)
        }
        if let st = start { result.append(s[st..<u.endIndex]) }
        return result
    }

    static let ruleLines: [String] = [
        "---", "———", "— — —", "-\u{301}--", "--\u{301}", "  ----  ====  ", "+---+---+", "- - -", "__ __", "=== \u{2014}",
        "-=_ é", "\t-----", " \t ", "x\t", "| a | b |", "|x", "| 1 |", "||", "  \u{301}abc  12  34", "abc\u{301}  ",
        "\u{301}  12  34", "Total  1,234  5,678", "Revenue 1,234", "  Net sales    $ 1,234    $ 987", "—  —  12", "-- x",
    ]

    @Test func tabularRulingAndWordsMatchTheCharacterVersions() throws {
        for t in try Self.lines + Self.ruleLines + Self.tocLines + Self.corpusLines() {
            #expect(LineClassifier.isRuling(t) == Self.refIsRuling(t), "\(t)")
            #expect(LineClassifier.isTabular(t) == Self.refIsTabular(t), "\(t)")
            let ws = LineClassifier.words(t)
            #expect(ws == Self.refWords(t), "\(t)")
            #expect(ws.map { $0.startIndex } == Self.refWords(t).map { $0.startIndex }, "\(t)")
        }
        // The byte paths decide the common lines themselves.
        func quick(_ t: String) -> Bool? { Array(t.utf8).withUnsafeBufferPointer { LineClassifier.quickTabular($0) } }
        #expect(quick("Revenue grew by 4% in 2023.") == false)
        #expect(quick("  ---- ----") == true)
        #expect(quick("Net sales\t1,234") == true)
        #expect(quick("Net sales    1,234") == nil)
        // Eight bytes a step: a double space across two steps, or in the bytes left over; a
        // tab in a later step or in the bytes left over; long prose and rules without either.
        #expect(quick("Revenue  grew by four percent") == nil)
        #expect(quick("Revenues grew by four percent a  b") == nil)
        #expect(quick("Revenues grew by four percent ab  ") == false)
        #expect(quick("Net sales of goods sold\t1,234") == true)
        #expect(quick("Net sales of goods sold to our customers\t9") == true)
        #expect(quick("Net sales of goods sold to our customers grew by four percent") == false)
        #expect(quick("-------- -------- -------- --------") == true)
        for t in ["Revenue  grew by four percent", "Net sales of goods sold\t1,234", "Revenues grew by four percent a  b",
                  "Net sales of goods sold to our customers grew by four percent", "-------- -------- -------- --------"] {
            if let q = quick(t) { #expect(q == Self.refIsTabular(t), "\(t)") }
        }
    }

    @Test func colonNextToNonASCIIGoesByCharacters() {
        // A combining mark after the colon makes another character: the next colon is the one.
        let t = "Note:\u{301} x: y"
        let i = LineClassifier.firstColon(t)
        #expect(i == t.firstIndex(of: ":"))
        #expect(i.map { String(t[..<$0]) } == "Note:\u{301} x")
        #expect(LineClassifier.firstColon("no colon") == nil)
    }

    /// Lines for the TOC pre-check: contents rows, prose with small numbers, data rows.
    static let tocLines: [String] = lines + [
        "Business ......... 3 Risk Factors ....... 12", "Risk Factors 12 Properties 25 Legal Proceedings 31",
        "In 2023 we opened 12 new stores across the region and hired staff.", "we had 12 stores",
        "(a) Note 4 Revenue", "- item 3 here", "Overview 4 and more words follow here.", "Overview 4 and more words follow here",
        "Overview 4 one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen 9",
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen 9 Next 12",
        "Employees Number 0 2 1 3", "Revenue 12 34", "Ärger 12", "été 12", "e\u{301}te 12 Summary 14", "営業 12 概要 14",
        "Summary 12 Notes 14 x y z w\u{0600}.", "Summary 12 Notes 14 x y z w.", "Summary …12 Notes …14", "Summary ___ 12",
        "Summary .. ___ .. 12", ". 12 x", "A 1", "1", "Contents 3 Letter 5 Review 9 Outlook 12 Governance 20 one two three!",
    ]

    /// Every line of the seeds and of the shared corpus's plain-text filings (none when absent).
    static func corpusLines() throws -> [String] {
        var files = try FileManager.default.contentsOfDirectory(atPath: seedsDir.path).sorted().map { seedsDir.appendingPathComponent($0) }
        files += sharedFiles("pdf-text", ext: "txt") + sharedFiles("earnings-releases", ext: "txt")
        var lines: [String] = []
        for f in files {
            guard let d = FileManager.default.contents(atPath: f.path) else { continue }
            lines += String(decoding: d, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return lines
    }

    /// `mayHoldEntries` says no only where `entries` finds nothing; lines that hold entries
    /// pass it (listed lines and every tab-free line of the seeds and the shared corpus).
    @Test func tocPreCheckKeepsEveryEntryLine() throws {
        let lines = try Self.tocLines + Self.corpusLines()
        var rejected = 0
        var held = 0
        for raw in lines where !LineClassifier.hasTab(raw) {
            let t = LineClassifier.trim(raw)
            guard !t.isEmpty, raw.utf8.count <= LineClassifier.maxStructuredLine else { continue }
            let e = TOCDetector.entries(raw)
            if e != nil { held += 1 }
            if !TOCDetector.mayHoldEntries(t) {
                rejected += 1
                #expect(e == nil, "\(raw)")
            }
        }
        #expect(rejected > 0 && held > 0)
        #expect(TOCDetector.mayHoldEntries("Business ......... 3 Risk Factors ....... 12"))
        #expect(!TOCDetector.mayHoldEntries("we had 12 stores"))
        #expect(!TOCDetector.mayHoldEntries("Revenue 12 34"))
        #expect(!TOCDetector.mayHoldEntries("Overview 4 and more words follow here."))
        #expect(TOCDetector.mayHoldEntries("Overview 4 and more words follow here"))
        #expect(TOCDetector.mayHoldEntries("Summary 12 Notes 14 x y z w\u{0600}."))
        #expect(TOCDetector.mayHoldEntries("é 12"))
    }

    /// The byte forms of the heading-shape word tests give the `String` answers.
    @Test func headingWordBytesMatchStrings() {
        var words: [Substring] = []
        for t in Self.lines + Self.tocLines { words += LineClassifier.words(t) }
        words += ["Inc.", "INC", "inc,", "Corp.,", "S.A.", "ag", "AG,", "Limited", "co", "With", "AND", "ARE", "1st", "12%", "(4,984)", "$", "٣", "Ⅻ", "1\u{301}", "x"]
        for w in words {
            #expect(HeadingDetector.startsWithNumber(w) == (w.first?.isNumber == true), "\(w)")
            #expect(LineClassifier.isNumericCell(w) == LineClassifier.characterIsNumericCell(String(w)), "\(w)")
            if w.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(HeadingDetector.asciiWordIn(w, HeadingDetector.trailingFragmentWordList) == HeadingDetector.trailingFragmentWords.contains(w.lowercased()), "\(w)")
                #expect(HeadingDetector.asciiWordIn(w, HeadingDetector.companySuffixList, droppingComma: true)
                    == HeadingDetector.companySuffixes.contains(w.lowercased().trimmingSuffix(",")), "\(w)")
            }
        }
        // The ASCII small words are exactly the ASCII members of `smallWords`.
        #expect(Set(HeadingDetector.asciiSmallWordList.map(\.description)) == HeadingDetector.smallWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
        for w in ["Of", "THE", "vs.", "Vs", "über", "the,", "-", "&", "de", "Und", "x"] where w.utf8.allSatisfy({ $0 < 0x80 }) {
            let hit = w.utf8.withContiguousStorageIfAvailable { HeadingDetector.asciiBytesIn($0, HeadingDetector.asciiSmallWordList) }
            #expect(hit == HeadingDetector.smallWords.contains(w.lowercased()), "\(w)")
        }
        for t in Self.lines + Self.tocLines + ["Target Target TARGET target", "A a B b C", "Revenue Inc. Acme Corp., Beta"] where t.utf8.allSatisfy({ $0 < 0x80 }) {
            let ws = LineClassifier.words(t)
            #expect(HeadingDetector.asciiDistinctWords(ws) == Set(ws.map { $0.lowercased() }).count, "\(t)")
        }
    }

    /// `HeadingDetector.rejectedEarly` says yes only for lines that no Part or Item word starts
    /// and whose first character is lowercase or last one a sentence mark.
    @Test func headingEarlyRejectionsAreTheCharacterOnes() throws {
        let lines = try Self.lines + Self.tocLines + Self.corpusLines()
            + ["item 7. here.", "part II.", "items 1 and 2,", "partly done.", "Itemized list.", "it is.", "a\u{301}bc", "ab\u{301}.", "ok\u{0600}.", "ab."]
        var rejected = 0
        for raw in lines {
            let t = LineClassifier.trim(raw)
            guard t.utf8.count >= 2, HeadingDetector.rejectedEarly(t) else { continue }
            rejected += 1
            let w0 = LineClassifier.words(t).first.map { $0.lowercased() }
            #expect(w0 != "part" && w0 != "item" && w0 != "items", "\(t)")
            let byFirst = t.first?.isLowercase == true
            let byLast = t.last.map { $0 == "." || $0 == "," || $0 == ";" || $0 == "!" } == true
            #expect(byFirst || byLast, "\(t)")
            #expect(HeadingDetector.candidate(t) == nil, "\(t)")
        }
        #expect(rejected > 0)
        #expect(!HeadingDetector.rejectedEarly("item 7. here."))
        #expect(!HeadingDetector.rejectedEarly("ok\u{0600}."))
        #expect(HeadingDetector.rejectedEarly("ab."))
        #expect(HeadingDetector.rejectedEarly("it is"))
    }

    @Test func pageTokens() {
        #expect(TOCDetector.hasPageToken("Business ......... 3"))
        #expect(TOCDetector.hasPageToken("..12 Title"))
        #expect(TOCDetector.hasPageToken("…7 Overview"))
        #expect(!TOCDetector.hasPageToken("Revenue grew 1,234 in 2023"))
        #expect(!TOCDetector.hasPageToken("Title …\u{301}12"))
        #expect(!TOCDetector.hasPageToken("１２ full-width digits"))
    }

    /// The byte versions added for speed against the calls they stand for.
    @Test func punctuationKeysJoinedWordsAndASCIISearches() {
        let extra = ["Chairman’s Letter – 2024…", "  “Our”\t ‘Approach’ — Overview ", "Café “x”", "Quote’\u{301} mark",
                     "a\r\n’b", "—", "Risk Factors: Market, 5%", "Net, 1,234 (5%)", "Résumé: x", "e\u{301}: x"]
        for t in Self.lines + extra {
            if let fast = TOCIndex.punctuationKey(t) { #expect(fast == TOCIndex.characterKey(t), "\(t)") }
            #expect(TOCIndex.key(t) == TOCIndex.characterKey(t), "\(t)")
            for n in 0...6 { #expect(TOCIndex.hasCharacters(t, n) == (t.count >= n), "\(t)") }
            let ws = LineClassifier.words(t)
            #expect(TOCDetector.joinedWords(ws) == ws.joined(separator: " "), "\(t)")
            #expect(TOCDetector.joinedWords(ws.dropFirst()) == ws.dropFirst().joined(separator: " "), "\(t)")
            let stripped = TOCDetector.strippedLeaders(t)
            #expect(TOCDetector.entryTitleWords(t) == (TOCDetector.isEntryTitle(t) ? LineClassifier.words(stripped).count : nil), "\(t)")
            for (needle, text) in [(":" as StaticString, ":"), (",", ","), ("%", "%"), ("exchange", "exchange")] {
                if let fast = ByteScan.containsASCII(t, needle) { #expect(fast == t.contains(text), "\(t)") }
                if let fast = ByteScan.containsASCII(Substring(t), needle) { #expect(fast == t.contains(text), "\(t)") }
                #expect(ByteScan.contains(t, needle) == t.contains(text), "\(t)")
                #expect(ByteScan.contains(Substring(t), needle) == t.contains(text), "\(t)")
            }
        }
        for t in Self.lines + extra + ["\t", "a\tb\tc", "\t\t", "x\t"] {
            #expect(LineClassifier.hasOneTab(t) == (t.utf8.filter { $0 == 0x09 }.count == 1), "\(t)")
            let bytes = Array(t.utf8)
            bytes.withUnsafeBufferPointer { b in
                for from in 0...(bytes.count + 1) {
                    let expected = from < bytes.count ? bytes[from...].firstIndex(of: 0x09) : nil
                    #expect(ByteSearch.firstIndex(ofByte: 0x09, in: b, from: from) == expected, "\(t) \(from)")
                }
            }
        }
        #expect(TOCIndex.punctuationKey("Chairman’s  Letter – 2024…") == "chairman's letter – 2024…")
        #expect(TOCIndex.punctuationKey("Café") == nil)
        #expect(TOCIndex.punctuationKey("Quote’\u{301}") == nil)
        #expect(ByteScan.containsASCII("Note: x", ":") == true)
        #expect(ByteScan.containsASCII("Résumé x", ":") == false)
        #expect(ByteScan.containsASCII("Résumé: x", ":") == nil)
        #expect(ByteScan.contains("Résumé: x", ":"), "the bytes do not decide: the String search does")
    }

    @Test func asciiKeysAndOthers() {
        #expect(TOCIndex.key("  Risk\t Factors  ") == "risk factors")
        #expect(TOCIndex.asciiKey("“Quoted” Title") == nil)
        #expect(TOCIndex.key("“Quoted” Title") == "\"quoted\" title")
        #expect(TOCIndex.asciiKey("a\r\nb") == nil)
    }
}
