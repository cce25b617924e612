import Testing
import FolioModel
@testable import FolioFacts

/// The byte-range forms the narrative side uses must read the same as the `String` forms.
@Suite("Facts: byte-range forms equal the String forms")
struct ByteFormsTests {
    static let texts: [String] = [
        "Total net revenue was RMB4,495.5 million (US$633.2 million), compared to RMB3,906.6 million in the same period of 2022.",
        "Fourth Quarter 2023 Financial Results", "in the prior quarter", "a year ago", "Year ago, revenue rose.",
        "for the three months ended December 31, 2023", "Six months ended June 30 of fiscal 2024", "as at Sept 30, 2023",
        "Q4 2023 and FY2022 and FY 2022", "1st half 2023", "the 2nd quarter", "full year", "Full Year 2023 Net Income",
        "December 31, 2022 RMB", "March 3 2023", "in 20235 and 1999x", "up 15.4% from 2022", "of 2023", "in 2101",
        "net revenues—2023 was up", "Résumé for 2023 — ended", "营业收入 2023年 in 2023", "", "   ", "2023", "12 months ended May 5",
        "compared with the fourth quarter of 2022, representing an increase of 5%", "versus 2021 and from 2020",
    ]

    @Test("PeriodParser.find on a byte range equals find on the decoded text, with and without a base")
    func periodRanges() {
        let base = PeriodParser.find(in: "fourth quarter of 2023")
        for s in Self.texts {
            let t = Array(s.utf8)
            for b in [nil, base] {
                for bare in [false, true] {
                    let want = PeriodParser.find(in: s, base: b, bareDates: bare)
                    #expect(PeriodParser.find(t, 0..<t.count, base: b, bareDates: bare) == want, "\(s)")
                }
            }
            // Every sub-range, including ones cutting a character (decoded as before).
            for lo in stride(from: 0, to: t.count, by: 3) {
                for hi in stride(from: lo, through: t.count, by: 5) {
                    let want = PeriodParser.find(in: String(decoding: t[lo..<hi], as: UTF8.self), base: base)
                    #expect(PeriodParser.find(t, lo..<hi, base: base) == want, "\(s) \(lo)..<\(hi)")
                }
            }
        }
    }

    @Test("a text without four digits starting with 1 or 2 names no period unless there is a base")
    func yearPrefilter() {
        for s in ["the same period last year", "in the prior quarter", "Q4", "as of December 31", "0999 and 3000"] {
            var c = s
            #expect(c.withUTF8 { PeriodParser.mayHaveYear($0) } == false)
            #expect(PeriodParser.find(in: s) == nil)
        }
        var y = "in 2023"
        #expect(y.withUTF8 { PeriodParser.mayHaveYear($0) })
    }

    @Test("comparison cuts on bytes end where the String cuts end")
    func cuts() {
        for s in Self.texts + ["a up compared b", "x, representing from y", "up  down up down "] {
            let t = Array(s.utf8)
            let r = cutComparison(t, 0..<t.count)
            #expect(String(decoding: t[r], as: UTF8.self) == cutComparison(s), "\(s)")
        }
    }

    @Test("the last words of a text, read backwards, are the last words split reads")
    func tail() {
        for s in Self.texts + ["was approximately about nearly RMB", "a—b–c “d” e’s", "x\u{2014}"] {
            let t = Array(s.utf8)
            let all = Words.split(s)
            for n in [1, 2, 4, 100] {
                let got = Words.tail(t, 0, t.count) { $0.count >= n }
                #expect(got.map(\.text) == all.suffix(n).map(\.text), "\(s) \(n)")
                #expect(got.map(\.start) == all.suffix(n).map(\.start))
            }
        }
    }

    @Test("a curly quote, a dash or a bullet is passed over whole: no word starts at one of its continuation bytes")
    func punctuationPassedOverWhole() {
        let s = "\u{201C}Intel creates\u{201D} and\u{2014}more \u{2022}growth, e\u{2019}s"
        let want = ["intel", "creates", "and", "more", "growth", "e\u{2019}s"]
        #expect(Words.split(s).map(\.text) == want)
        let t = Array(s.utf8)
        #expect(Words.ranges(t[...]).map { String(decoding: t[$0], as: UTF8.self).lowercased() } == want)
        #expect(Words.tail(t, 0, t.count) { _ in false }.map(\.text) == want)
        #expect(CellMatcher.tokens("\u{201C}Operating income\u{201D}") == CellMatcher.tokens("Operating income"))
    }

    @Test("a lone parenthesis between spaces and commas, and single spacing, on bytes")
    func smallForms() {
        for (s, want) in [(" ( ", true), (", (", true), ("(", true), ("((", false), ("( a", false), ("\r\n(", false), ("", false)] {
            let t = Array(s.utf8)
            #expect(isOpenParenthesis(t, 0, t.count) == want, "\(s)")
        }
        for s in ["  Net   revenue\n of\tthe year ", "Caf\u{E9}  revenue", "a \u{301} b", "x\r\ny", "one"] {
            let t = Array(s.utf8)
            let want = s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            #expect(NarrativeExtractor.singleSpaced(t, 0, t.count) == want, "\(s)")
        }
    }

    @Test("word ranges are split's words, and ByteWords answers as a Set of the words' text does")
    func byteWords() {
        let set = FactAdmission.forwardWords.union(FactAdmission.relativePronouns).union(["by", "a", "x"])
        let words = ByteWords(set)
        for s in Self.texts + ["We WILL target By 2030, which Would", "Would-be goals; expects: AIM aimS", "wills targeted targetting—goal"] {
            let t = Array(s.utf8)
            for lo in [0, min(3, t.count)] {
                let split = Words.split(t[lo...])
                #expect(Words.ranges(t[lo...]) == split.map { $0.start..<$0.end }, "\(s)")
                for w in split {
                    #expect(words.contains(t, w.start..<w.end) == set.contains(w.text), "\(s): \(w.text)")
                }
            }
        }
    }

    @Test("sentence marks on bytes are those read from split's words")
    func sentenceMarks() {
        for s in Self.texts + ["Our goal is to save 60 billion gallons by 2030 and by 2031.", "benefits that would impact the rate",
                               "which WILL be by 1899; by 20301, by 2040x, By 2050", "We expect nothing", "by"] {
            let t = Array(s.utf8)
            let m = FactAdmission.marks(t, 0..<t.count)
            let w = Words.split(s)
            let forward = w.indices.first { k in
                FactAdmission.forwardWords.contains(w[k].text) && (k == 0 || !FactAdmission.relativePronouns.contains(w[k - 1].text))
            }.map { w[$0].start }
            let byYears = w.indices.dropLast().compactMap { k in
                w[k].text == "by" ? Years.fourDigit(w[k + 1].text).map { (w[k].start, $0) } : nil
            }
            #expect(m.forward == forward, "\(s)")
            #expect(m.byYears.map(\.at) == byYears.map(\.0) && m.byYears.map(\.year) == byYears.map(\.1), "\(s)")
        }
    }

    @Test("scale and currency words after a number are matched on bytes, case folded, whole words only")
    func figureWords() {
        func figures(_ s: String) -> [String] {
            let t = Array(s.utf8)
            return FigureScanner.scan(t, 0..<t.count).map { f in
                "\(String(decoding: t[f.start..<f.end], as: UTF8.self))=\(f.value)x\(f.scale) \(f.unit ?? "nil")"
            }
        }
        #expect(figures("420 million yuan, 5 euros and 12 Renminbi") ==
                ["420 million yuan=420.0x1000000 RMB", "5 euros=5.0x1 EUR", "12 Renminbi=12.0x1 RMB"])
        #expect(figures("US$5m, $5 m, 3 dollarsy, 7 thousandths, 8 Billion") ==
                ["US$5m=5.0x1000000 USD", "$5=5.0x1 USD", "8 Billion=8.0x1000000000 nil"])
        #expect(figures("$1,234.50 billion and $(12.7) billion") ==
                ["$1,234.50 billion=1234.5x1000000000 USD", "$(12.7) billion=-12.7x1000000000 USD"])
    }

    @Test("the last of a few lines, cut and trimmed on bytes, is the line the Characters give")
    func lastOfFewLines() {
        func byCharacters(_ text: String) -> String? {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            guard let last = lines.last, lines.count > 1, lines.count <= 6 else { return nil }
            return String(last.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        }
        let texts = ["Revenue\n  (in millions)  ", "one line", "\n\nA\n\nB \n", "a\r\nb", "a\r\nb\nc", "1\n2\n3\n4\n5\n6",
                     "1\n2\n3\n4\n5\n6\n7", "x\n   ", "x\n \u{301}(in millions) ", "x\n(in millions) \u{600} ", "x\n \u{301}",
                     "Caf\u{E9}\n  R\u{E9}sum\u{E9} \u{2014} in millions  ", "\n", "", "x\n\r\n y"]
        for t in texts {
            #expect(FactsStage.lastOfFewLines(t) == byCharacters(t), "\(t.debugDescription)")
        }
    }
}
