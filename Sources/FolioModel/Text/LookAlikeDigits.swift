/// Characters printed or extracted in place of digits. Two layouts need them:
/// - figures whose digits a converter or a typist replaced by letters that look the same
///   (`1O5` for 105, `l,234`, Cyrillic `б` for 6): `table`, which the number parser repairs
///   with (only next to real digits unless the column is numeric);
/// - chapter numbers of PDF-extracted reports damaged by OCR (`O`, `U/`, `UÖ` for `0`, `01`):
///   the ASCII letters of `table` and `ocrDamage`, which the heading detector accepts as a
///   short number token.
public enum LookAlikeDigits {
    /// (UTF-8 bytes of the look-alike, the ASCII digit it stands for): Latin `O`, `o`, Greek
    /// `Ο`, Cyrillic `О`, `о` for 0; `l`, `I`, `|` for 1; Cyrillic `б` for 6; Cyrillic `З`, `з`
    /// for 3.
    public static let table: [([UInt8], UInt8)] = [
        ([0x4F], 0x30), ([0x6F], 0x30), ([0xCE, 0x9F], 0x30), ([0xD0, 0x9E], 0x30), ([0xD0, 0xBE], 0x30),
        ([0x6C], 0x31), ([0x49], 0x31), ([0x7C], 0x31),
        ([0xD0, 0xB1], 0x36), ([0xD0, 0x97], 0x33), ([0xD0, 0xB7], 0x33),
    ]

    /// The ASCII letters of `table`: `O`, `o`, `l`, `I`.
    public static let asciiLetters: Set<Character> = Set(table.compactMap { bytes, _ in
        bytes.count == 1 && ByteClass.isLetter(bytes[0]) ? Character(Unicode.Scalar(bytes[0])) : nil
    })

    /// What OCR makes of digits in short numbers beside the letters: `U`, `Ö`, `/`.
    public static let ocrDamage: Set<Character> = ["U", "Ö", "/"]
}
