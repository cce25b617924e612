import FolioModel
import Testing

@Suite struct LookAlikeDigitsTests {
    @Test("each look-alike stands for one ASCII digit; no digit stands for itself")
    func table() {
        for (bytes, digit) in LookAlikeDigits.table {
            #expect(ByteClass.isDigit(digit))
            #expect(!bytes.allSatisfy(ByteClass.isDigit))
        }
        let byText = Dictionary(uniqueKeysWithValues: LookAlikeDigits.table.map { (String(decoding: $0.0, as: UTF8.self), $0.1) })
        #expect(byText["O"] == 0x30 && byText["Ο"] == 0x30 && byText["о"] == 0x30)
        #expect(byText["l"] == 0x31 && byText["|"] == 0x31)
        #expect(byText["б"] == 0x36 && byText["З"] == 0x33)
    }

    @Test("the heading detector's set: the table's ASCII letters and OCR damage")
    func headingSet() {
        #expect(LookAlikeDigits.asciiLetters == ["O", "o", "l", "I"])
        #expect(LookAlikeDigits.asciiLetters.union(LookAlikeDigits.ocrDamage) == ["O", "o", "U", "Ö", "/", "l", "I"])
    }
}
