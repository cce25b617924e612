import FolioModel
import Testing

@Suite struct NoteLabelsTests {
    @Test("a label: up to three digits, one letter, or up to three note symbols")
    func valid() {
        for label in ["1", "12", "123", "a", "B", "*", "**", "***", "†", "‡‡", "§", "¶", "#"] {
            #expect(NoteLabels.isValid(label), "\(label)")
        }
        for label in ["", "1234", "ab", "1a", "****", "x+y", "(1)", "*1"] {
            #expect(!NoteLabels.isValid(label), "\(label)")
        }
    }

    @Test("the note symbols beyond ASCII")
    func symbols() {
        #expect(["†", "‡", "§", "¶"].allSatisfy { NoteLabels.isSymbol($0.unicodeScalars.first?.value ?? 0) })
        #expect(!NoteLabels.isSymbol(0x2A), "the star is ASCII, read as a byte")
        #expect(!NoteLabels.isSymbol(0x00B9))
    }

    @Test("raised digits after a unit word or after 10 are an exponent, not a label")
    func exponents() {
        func exp(_ before: String, _ label: String) -> Bool {
            let b = Array((before + "^").utf8)
            return NoteLabels.isExponent(label, at: before.utf8.count, in: b, lineStart: 0)
        }
        #expect(exp("5,000 m", "2"))
        #expect(exp("12 km", "3"))
        #expect(exp("9.8 m/s", "2"))
        #expect(exp("area (m", "2"), "a unit word after any non-letter")
        #expect(exp("10", "6"))
        #expect(exp("energy 10", "12"))
        #expect(!exp("10", "a"), "a letter is a label")
        #expect(!exp("km", "4"), "only squares and cubes after a unit")
        #expect(!exp("team", "2"), "the end of a longer word is no unit")
        #expect(!exp("2010", "2"), "the end of a longer number is no 10")
        #expect(!exp("income", "1"))
        #expect(!exp("", "2"))
    }

    @Test("superscript digits spell a label of at most three ASCII digits")
    func superscripts() {
        let b = Array("x¹³ y⁴⁵⁶⁷".utf8)
        let first = NoteLabels.superscriptLabel(in: b, at: 1, end: b.count)
        #expect(first?.label == "13")
        #expect(first?.end == 5)
        #expect(NoteLabels.superscriptLabel(in: b, at: 0, end: b.count) == nil)
        let long = NoteLabels.superscriptLabel(in: b, at: 7, end: b.count)
        #expect(long?.label == "456", "a fourth digit is not part of the label")
        #expect(long?.end == 16)
        #expect(NoteLabels.superscriptLabel(in: b, at: 1, end: 2) == nil, "a digit cut by end is not read")
    }

    @Test("a caret marker's content: stars dropped before a label, commas, LaTeX symbols")
    func caret() {
        func labels(_ s: String) -> [String]? { NoteLabels.caretLabels(Array(s.utf8)) }
        #expect(labels("*1") == ["1"])
        #expect(labels("*12") == ["12"])
        #expect(labels("1") == ["1"])
        #expect(labels("a") == ["a"])
        #expect(labels("*") == ["*"])
        #expect(labels("**") == ["**"])
        #expect(labels("1, 2") == ["1", "2"])
        #expect(labels("\\dagger") == ["†"])
        #expect(labels("\\ddagger") == ["‡"])
        #expect(labels("†") == ["†"])
        #expect(labels("") == nil)
        #expect(labels("12a") == nil)
        #expect(labels("x+y") == nil)
        #expect(labels("1,") == nil, "an empty part is not a label")
    }

    @Test("units before which ² and ³ are exponents")
    func exponentUnits() {
        #expect(["m", "km", "sq", "ft", "s"].allSatisfy(NoteLabels.exponentUnits.contains))
        #expect(!NoteLabels.exponentUnits.contains("income"))
    }
}
