import Testing
import FolioModel
import FolioFootnotes

@Suite struct MarkerScannerTests {
    /// Labels and strength of every marker in `s`.
    static func found(_ s: String, weak: Bool = true) -> [String] {
        MarkerScanner.scan(s, includeWeak: weak).map { ($0.isStrong ? "" : "~") + $0.labels.joined(separator: ",") }
    }

    @Test("every printed form is found with its label")
    func forms() {
        #expect(Self.found("Loan Volume^{*1} of RMB475.8 Billion") == ["1"])
        #expect(Self.found("solutions ^{*10}, an increase") == ["10"])
        #expect(Self.found("income^{1} rose") == ["1"])
        #expect(Self.found("income^{a} rose") == ["a"])
        #expect(Self.found("income^{\\dagger} rose") == ["†"])
        #expect(Self.found("income^{1,2} rose") == ["1,2"])
        #expect(Self.found("income$^{3}$ rose") == ["3"])
        #expect(Self.found("income^4 rose") == ["4"])
        #expect(Self.found("delinquency rate*¹³ was 5.0%") == ["13"])
        #expect(Self.found("Net income¹ and revenue²³ and 2023⁴.") == ["1", "23", "4"])
        #expect(Self.found("margin⁽⁵⁾ was") == ["5"])
        #expect(Self.found("Revenue*1 was") == ["1"])
        #expect(Self.found("2004     2003*    2004") == ["*"])
        #expect(Self.found("2004    2003**    2004") == ["**"])
        #expect(Self.found("Net sales† rose, costs‡ fell") == ["†", "‡"])
        #expect(Self.found("Adjusted EBITDA(1) was") == ["1"])
        #expect(Self.found("Summary of Certain Significant Items:(1)\n") == ["1"])
        #expect(Self.found("as reported[2] by") == ["2"])
    }

    @Test("weak forms are only found when asked for")
    func weakForms() {
        #expect(Self.found("Summary of Certain Significant Items: (1)\n") == ["~1"])
        #expect(Self.found(" change (2)                       -         -") == ["~2"])
        #expect(Self.found("Net sales a)\n") == ["~a"])
        #expect(Self.found("the IFRS Foundation.1 In 2023, we") == ["~1"])
        #expect(Self.found("previous generation.2\nin-vehicle") == ["~2"])
        #expect(Self.found("Summary of Certain Significant Items: (1)\n", weak: false).isEmpty)
        #expect(Self.found("the IFRS Foundation.1 In 2023, we", weak: false).isEmpty)
    }

    @Test("an exponent is no marker, by the one rule normalize reads (NoteLabels.isExponent; RepairTests.exponentsAreNotMarkers)")
    func exponents() {
        #expect(Self.found("Emissions of 10⁶ tonnes over 5 km² (m²) and energy 10^{12} joules; sales^{2} rose.") == ["2"])
    }

    @Test("things that look like markers but are not")
    func negatives() {
        #expect(Self.found("43.8 million m³ withdrawn, 12 km² of land, 5 m^{3}").isEmpty)
        #expect(Self.found("energy (10^12) MJ and 10⁶ tonnes").isEmpty)
        #expect(Self.found("tax expense                     (32)    (186)").isEmpty)
        #expect(Self.found("Total   $99   $(219)   $(0.46)").isEmpty)
        #expect(Self.found("this is **bold** and *emphasis* here").isEmpty)
        #expect(Self.found("under § 12 of the Act").isEmpty)
        #expect(Self.found("RMB4.3 Billion and 1.5 million, version 2.1 The").isEmpty)
        #expect(Self.found("defined as (i) the total amount, divided by (ii) the total").isEmpty)
        #expect(Self.found("organizations such as 501(c)(4) and 501(c)(6) organizations").isEmpty)
        #expect(Self.found("the following (1) first item and (2) second item").isEmpty)
        #expect(Self.found("see [link](http://x) and [T13] and [1]: def").isEmpty)
        #expect(Self.found("3 * 4 = 12 and 5*3").isEmpty)
        #expect(Self.found("Price*1,000 and rate*1.5").isEmpty)
        #expect(Self.found("e.g.1 See and p.2 The").isEmpty)
        // A label at the start of a line is a definition, not a marker.
        #expect(Self.found("^{1} Refers to\n(2) Represents\n* Domestic\n¹ Based").isEmpty)
    }

    @Test("marker removal: text, spaces, map and source spans")
    func removal() {
        let text = "Volume^{*1} of RMB; solutions ^{*8}, representing; rate*¹³ was."
        let r = MarkerScanner.removingMarkers(from: Array(text.utf8))
        let out = String(decoding: r.text, as: UTF8.self)
        #expect(out == "Volume of RMB; solutions, representing; rate was.")
        #expect(r.markers.map(\.label) == ["1", "8", "13"])
        let bytes = Array(text.utf8)
        for m in r.markers {
            let printed = String(decoding: bytes[m.sourceSpan.range], as: UTF8.self)
            #expect(printed.contains(m.label) || printed == "*¹³")
        }
        #expect(String(decoding: bytes[r.markers[2].sourceSpan.range], as: UTF8.self) == "*¹³")
        // Positions point where the marker stood in the new text.
        #expect(String(decoding: r.text[..<r.markers[0].position], as: UTF8.self) == "Volume")
        #expect(String(decoding: r.text[..<r.markers[1].position], as: UTF8.self) == "Volume of RMB; solutions")
        // The map takes text after a removal back to the right source byte.
        let p = out.utf8.count - 4 // "was."
        #expect(r.map.originStart(of: p) == text.utf8.count - 4)
        #expect(MarkerScanner.stripped(text) == out)
    }

    @Test("removeMarkers on a document keeps source spans in the original file")
    func removeFromDocument() {
        var doc = TestDoc.read("\u{FEFF}Revenue^{1} rose.\n\n1 Refers to revenue.\n")
        MarkerScanner.removeMarkers(from: &doc)
        #expect(doc.string(Span(start: 0, end: doc.text.count)) == "Revenue rose.\n\n1 Refers to revenue.\n")
        #expect(doc.markers.count == 1)
        let m = doc.markers[0]
        #expect(String(decoding: doc.bytes[m.sourceSpan.range], as: UTF8.self) == "^{1}")
    }

    @Test("no crash on odd bytes")
    func robustness() {
        let samples: [[UInt8]] = [
            [], [0x5E], [0x5E, 0x7B], [0x2A], [0xE2], [0xE2, 0x81], [0xC2], Array("x^{".utf8), Array("x(".utf8),
            Array("x(1".utf8), Array("x[".utf8), Array("a.1".utf8), [0x61, 0xE2, 0x80], [0x61, 0xC2, 0xB9],
            Array(repeating: 0x2A, count: 50), Array(repeating: 0x5E, count: 50),
        ]
        for s in samples {
            _ = MarkerScanner.scan(s)
            _ = MarkerScanner.removingMarkers(from: s, includeWeak: true)
        }
        #expect(Self.found("a\u{00B9}") == ["1"])
    }
}
