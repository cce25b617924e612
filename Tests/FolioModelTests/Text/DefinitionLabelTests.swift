import Testing
import FolioModel

/// `DefinitionLabel`: the one grammar of a footnote definition's label (read by segment's
/// footnote-block test and by the footnotes stage).
@Suite struct DefinitionLabelTests {
    static func parse(_ s: String) -> String? {
        DefinitionLabel.parse(s).map { "\($0.label)|\($0.form.rawValue)|" + String(decoding: Array(s.utf8)[$0.contentStart...], as: UTF8.self).prefix(6) }
    }

    @Test("definition labels in every form")
    func forms() {
        #expect(Self.parse("1 Refers to the total") == "1|number|Refers")
        #expect(Self.parse("13 \"Day-1 delinquency\"") == "13|number|\"Day-1")
        #expect(Self.parse("(1) These items relate") == "1|parenthesized|These ")
        #expect(Self.parse("    (2) Represents the") == "2|parenthesized|Repres")
        #expect(Self.parse("1) Net of tax") == "1|numberParen|Net of")
        #expect(Self.parse("1. Refers to") == "1|numberDot|Refers")
        #expect(Self.parse("[3] See the") == "3|bracketed|See th")
        #expect(Self.parse("¹ Based on") == "1|superscript|Based ")
        #expect(Self.parse("¹²Based on") == "12|superscript|Based ")
        #expect(Self.parse("^{*2} Non-GAAP") == "2|superscript|Non-GA")
        #expect(Self.parse("*¹³ Day-1") == "13|superscript|Day-1")
        #expect(Self.parse("* Domestic segment") == "*|symbol|Domest")
        #expect(Self.parse("** Domestic segment") == "**|symbol|Domest")
        #expect(Self.parse("† Restated") == "†|symbol|Restat")
        #expect(Self.parse("a) Excluding") == "a|letter|Exclud")
        #expect(Self.parse("(a) Excluding") == "a|parenthesized|Exclud")
    }

    @Test("lines that do not open with a note label")
    func negatives() {
        for s in ["2023 was a year", "1.5 million loans", "12,000 people", "100 Refers", "0 Refers", "1 2 3",
                  "(32)    (186)", "*bold* text", "- bullet", "Revenue 1 rose", "", "   ", "1", "(1)", "1 ",
                  "10% of loans", "3 - 4"] {
            #expect(Self.parse(s) == nil, "\(s)")
        }
    }

    @Test("successor labels")
    func successors() {
        #expect(DefinitionLabel.successor(of: "9") == "10")
        #expect(DefinitionLabel.successor(of: "a") == "b")
        #expect(DefinitionLabel.successor(of: "*") == "**")
        #expect(DefinitionLabel.successor(of: "†") == "‡")
        #expect(DefinitionLabel.successor(of: "z") == nil)
    }
}
