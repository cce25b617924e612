import FolioModel
import Testing

@Suite struct ByteClassTests {
    static let all: [UInt8] = Array(0...255)

    func members(_ test: (UInt8) -> Bool) -> [UInt8] { Self.all.filter(test) }

    @Test("blank: space and tab")
    func blank() { #expect(members(ByteClass.isBlank) == [0x09, 0x20]) }

    @Test("white space: C's isspace (tab, LF, VT, FF, CR, space)")
    func whiteSpace() { #expect(members(ByteClass.isWhiteSpace) == [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20]) }

    @Test("HTML white space: no vertical tab")
    func htmlWhiteSpace() { #expect(members(ByteClass.isHTMLWhiteSpace) == [0x09, 0x0A, 0x0C, 0x0D, 0x20]) }

    @Test("line breaks: LF, FF, CR")
    func lineBreak() { #expect(members(ByteClass.isLineBreak) == [0x0A, 0x0C, 0x0D]) }

    @Test("digits, letters and alphanumerics are ASCII only")
    func asciiClasses() {
        #expect(members(ByteClass.isDigit) == Array(0x30...0x39))
        #expect(members(ByteClass.isUpper) == Array(0x41...0x5A))
        #expect(members(ByteClass.isLower) == Array(0x61...0x7A))
        #expect(members(ByteClass.isLetter) == Array(0x41...0x5A) + Array(0x61...0x7A))
        #expect(members(ByteClass.isAlphanumeric).count == 62)
        #expect(!ByteClass.isLetter(0xC3), "a UTF-8 lead byte is not a letter")
    }
}
