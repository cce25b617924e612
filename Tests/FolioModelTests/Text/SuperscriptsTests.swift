import FolioModel
import Testing

@Suite struct SuperscriptsTests {
    @Test("the ten superscript digits, from Latin-1 and from Superscripts and Subscripts")
    func scalars() {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        #expect(digits.map { Superscripts.digit($0) } == (0...9).map { UInt8($0) })
        #expect(Superscripts.digit(0x2071) == nil, "ⁱ is not a digit")
        #expect(Superscripts.digit(0x2072) == nil)
        #expect(Superscripts.digit(Character("1")) == nil)
        #expect(Superscripts.digit(Character("¹\u{301}")) == nil, "a digit with a combining mark is not one scalar")
    }

    @Test("bytes: the value and length at an offset, bounded by end")
    func bytes() {
        let b = Array("x¹²⁴⁰".utf8)
        #expect(Superscripts.digit(in: b, at: 0, end: b.count) == nil)
        #expect(Superscripts.digit(in: b, at: 1, end: b.count).map { [$0.value, UInt8($0.length)] } == [1, 2])
        #expect(Superscripts.digit(in: b, at: 3, end: b.count).map { [$0.value, UInt8($0.length)] } == [2, 2])
        #expect(Superscripts.digit(in: b, at: 5, end: b.count).map { [$0.value, UInt8($0.length)] } == [4, 3])
        #expect(Superscripts.digit(in: b, at: 8, end: b.count).map { [$0.value, UInt8($0.length)] } == [0, 3])
        #expect(Superscripts.digit(in: b, at: 8, end: 10) == nil, "a digit cut by end is not read")
        let notDigit = Array("ⁱ".utf8)
        #expect(Superscripts.digit(in: notDigit, at: 0, end: notDigit.count) == nil)
    }

    @Test("a word of superscript digits spells its number")
    func decimal() {
        #expect(Superscripts.decimal("¹²") == "12")
        #expect(Superscripts.decimal("⁽¹⁾") == nil)
        #expect(Superscripts.decimal("1") == nil)
        #expect(Superscripts.decimal("") == nil)
    }
}
