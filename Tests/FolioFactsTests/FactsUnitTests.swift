import Testing
import FolioModel
@testable import FolioFacts

@Suite("Facts: figures, sentences, metrics, matching")
struct FactsUnitTests {
    func figures(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return FigureScanner.scan(t, 0..<t.count).map { f in
            "\(String(decoding: t[f.start..<f.end], as: UTF8.self))=\(f.value)x\(f.scale) \(f.unit ?? "nil")"
        }
    }

    @Test("figures need a currency, a scale word or a percent sign; years, dates and page numbers are not figures")
    func figureScanner() {
        #expect(figures("Revenue was RMB4,495.5 million (US$633.2 million), up 13.8% in 2023.") ==
                ["RMB4,495.5 million=4495.5x1000000 RMB", "US$633.2 million=633.2x1000000 USD", "13.8%=13.8x1 percent"])
        #expect(figures("On December 31, 2023 we had 157 partners; see page 12 and 07/08.") == [])
        #expect(figures("RMB 29,705 million and HK$2.5 billion, 235.4 million users, 30 percent") ==
                ["RMB 29,705 million=29705.0x1000000 RMB", "HK$2.5 billion=2.5x1000000000 HKD",
                 "235.4 million=235.4x1000000 nil", "30 percent=30.0x1 percent"])
        #expect(figures("Net income per ADS was RMB6.88 (US$0.96).") == ["RMB6.88=6.88x1 RMB", "US$0.96=0.96x1 USD"])
    }

    @Test("sentences split at full stops, not at decimals or abbreviations")
    func sentences() {
        let s = "Operating margin was 28.5%. Non-GAAP operating margin was 29.4%. Qifu Technology, Inc. grew."
        let t = Array(s.utf8)
        let parts = NarrativeExtractor.sentences(t, 0..<t.count).map { String(decoding: t[$0], as: UTF8.self) }
        #expect(parts == ["Operating margin was 28.5%.", "Non-GAAP operating margin was 29.4%.", "Qifu Technology, Inc. grew."])
    }

    @Test("statements, parallel currencies, comparatives and changes")
    func extraction() {
        let s = "Total loan facilitation and origination volume in 2023 was RMB475,831 million, representing an increase of 15.4% from RMB412,361 million in 2022."
        let t = Array(s.utf8)
        let got = NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).map { n in
            "\(n.metric) \(n.figure.value) \(n.role) \(n.period?.factPeriod.end ?? "nil")"
        }
        #expect(got == ["Total loan facilitation and origination volume 475831.0 current 2023-12-31",
                        "Total loan facilitation and origination volume change 15.4 change 2023-12-31",
                        "Total loan facilitation and origination volume 412361.0 comparative 2022-12-31"])
        // A decrease is a negative change; a subject with its verb is not part of the metric.
        let s2 = "In 2023, the Board has approved a dividend of US$0.29, a decrease of 5% from US$0.31 in 2022."
        let t2 = Array(s2.utf8)
        let got2 = NarrativeExtractor.extract(t2, sentence: 0..<t2.count, base: nil).map { "\($0.metric) \($0.figure.value)" }
        #expect(got2 == ["Dividend 0.29", "Dividend change -5.0", "Dividend 0.31"])
        #expect(NarrativeExtractor.extract(t2, sentence: 0..<t2.count, base: nil).map { $0.of } == [nil, 0, 0])
    }

    @Test("metric phrases: opening period phrases, pronoun subjects and note labels")
    func metricPhrases() {
        #expect(NarrativeExtractor.metricPhrase("Full Year 2023 Net Income of")?.0 == "Net Income")
        #expect(NarrativeExtractor.metricPhrase("We generated")?.0 == nil)
        #expect(NarrativeExtractor.metricPhrase("10 Outstanding loan balance for ICE were")?.0 == "Outstanding loan balance for ICE")
        #expect(NarrativeExtractor.metricPhrase("90 day+ delinquency rate was")?.0 == "90 day+ delinquency rate")
    }

    @Test("row labels: word overlap with qualifiers and measures that must agree")
    func matching() {
        func s(_ a: String, _ b: String) -> Double { CellMatcher.score(a, b) }
        #expect(s("Net income attributed to the Company", "Net income attributable to ordinary shareholders of the Company") > 0.9)
        #expect(s("Non-GAAP net income", "Net income") == 0)
        #expect(s("Operating margin", "GAAP operating margin") > 0.9)
        #expect(s("Loan facilitation volume under Platform Services", "Loan facilitation and servicing fees-capital heavy") == 0)
        #expect(s("Revenue", "Deferred revenue") == 0)
        #expect(s("Provision for contingent liability", "Provision for contingent liabilities") > 0.9)
        #expect(s("Net revenue from Platform Services", "Platform services") >= 0.5)
    }

    /// A two-paragraph document with a statement table, built by hand.
    func handDoc(stated: String) -> WorkingDocument {
        let prose = "Full Year 2023 Results\n\nTotal net revenue was \(stated) million, compared to RMB90.0 million in 2022.\n\n"
        var doc = WorkingDocument(docId: "t", source: "t.txt", bytes: Array(prose.utf8))
        doc.setText(Array(prose.utf8), map: OffsetMap())
        let headEnd = 22
        doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: "Full Year 2023 Results", span: Span(start: 0, end: prose.utf8.count))]
        doc.blocks = [Block(id: 1, sectionId: 1, kind: .heading, text: "", span: Span(start: 0, end: headEnd)),
                      Block(id: 2, sectionId: 1, kind: .paragraph, text: "", span: Span(start: headEnd + 2, end: prose.utf8.count - 2))]
        // Each cell with the period the tables stage resolves for its column (the matcher reads it).
        func cell(_ col: Int, _ year: String, _ v: Double) -> Cell {
            let end = Int(year).flatMap { CalendarDate(year: $0, month: 12, day: 31) }
            return Cell(row: 0, col: col, rowLabel: "Total net revenue", rowPath: ["Total net revenue"],
                        columnPath: ["Year ended December 31,", year, "RMB"], raw: String(v), value: v, scale: 1000, unit: "RMB",
                        period: end.flatMap { Period.ending($0, months: 12) })
        }
        doc.tables = [Table(id: 1, span: Span(start: 0, end: 0), cells: [cell(0, "2022", 90_012), cell(1, "2023", 100_049)])]
        doc.facts = [Fact(id: 1, origin: .ixbrl, metric: "us-gaap:Revenues", value: 1, scale: 1, unit: "USD", period: nil, span: nil)]
        return doc
    }

    @Test("within printed rounding agrees; outside it disagrees with a warning; ids follow existing facts")
    func crossCheck() throws {
        var ok = handDoc(stated: "RMB100.0")
        try FactsStage(options: StageOptions()).process(&ok)
        #expect(ok.facts.map(\.id) == [1, 2, 3])
        #expect(ok.facts.dropFirst().map(\.check) == [.agrees, .agrees])
        #expect(ok.facts[1].comparedValue == 100_049_000)

        var bad = handDoc(stated: "RMB100.2")
        try FactsStage(options: StageOptions()).process(&bad)
        #expect(bad.facts.dropFirst().map(\.check) == [.disagrees, .agrees])
        #expect(bad.diagnostics.filter { $0.code == "facts.disagrees" }.count == 1)
        #expect(bad.diagnostics.last?.message == "2 narrative facts, 2 matched to cells: 1 agree, 1 disagree")

        // A looser tolerance (4 half-units = ±0.2 million) accepts it.
        var loose = handDoc(stated: "RMB100.2")
        try FactsStage(options: StageOptions(["tolerance": .int(4)])).process(&loose)
        #expect(loose.facts.dropFirst().map(\.check) == [.agrees, .agrees])

        var off = handDoc(stated: "RMB100.2")
        try FactsStage(options: StageOptions(["cross_check": .bool(false)])).process(&off)
        #expect(off.facts.dropFirst().map(\.check) == [.unmatched, .unmatched])
    }

    /// `sentences` as the byte walk it was before it passed over eight bytes at a time (with
    /// its rule `abbreviationThenOpener`).
    static func referenceSentences(_ t: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let c = t[i]
            if c == 0x0A && i + 1 < range.upperBound && t[i + 1] == 0x0A {
                if i > s { out.append(s..<i) }
                s = i + 1
            } else if c == 0x2E || c == 0x3B || c == 0x21 || c == 0x3F {
                let n = i + 1
                if n >= range.upperBound || t[n] == 0x20 || t[n] == 0x0A {
                    var k = n
                    while k < range.upperBound, t[k] == 0x20 || t[k] == 0x0A { k += 1 }
                    let nextUpper = k >= range.upperBound || !(t[k] >= 0x61 && t[k] <= 0x7A)
                    if c != 0x2E || (nextUpper && (!NarrativeExtractor.isAbbreviation(t, s, i)
                                                   || NarrativeExtractor.opensSentence(t, k, range.upperBound))) {
                        out.append(s..<n)
                        s = k
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        if s < range.upperBound { out.append(s..<range.upperBound) }
        return out
    }

    @Test("sentences passed over eight bytes at a time are the byte walk's: each stop at every offset, ranges starting anywhere")
    func sentencesEightAtATime() {
        let prose = "Revenue was $1.2 billion in fiscal 2024, up from the prior year"
        var texts: [[UInt8]] = []
        for stop in [". The", "; and", "! Then", "? Yes", ".\n\nNext", "\n\n", ". the", " Inc. Its", " U.S. Sales", "."] {
            for at in stride(from: 0, through: prose.utf8.count, by: 3) {
                let p = Array(prose.utf8)
                texts.append(Array(p[..<at]) + Array(stop.utf8) + p[at...])
            }
        }
        for t in texts {
            for lo in [0, 1, 5, 9] where lo <= t.count {
                for hi in [t.count, t.count - 1, min(t.count, lo + 17)] where hi >= lo {
                    #expect(NarrativeExtractor.sentences(t, lo..<hi) == Self.referenceSentences(t, lo..<hi), "\(lo)..<\(hi) of \(String(decoding: t, as: UTF8.self))")
                }
            }
        }
    }
}
