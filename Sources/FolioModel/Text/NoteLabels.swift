/// Footnote labels, as markers and definitions print them: `1`, `12`, `a`, `*`, `**`, `†`.
/// One grammar of what a label is, read by the normalize stage's inline marker repair and by
/// the footnotes stage's marker scanner and definition-label parser; where a marker may
/// stand (after a word, not at a line start, not in a table line) stays with each scanner.
///
/// - A label is up to three ASCII digits, one ASCII letter, or up to three note symbols
///   (`*`, `†`, `‡`, `§`, `¶`, `#`).
/// - A caret marker's braces hold labels separated by commas, each optionally after stars
///   (`^{*1}` → `1`, `^{1,2}` → `1`, `2`), with LaTeX symbol commands (`^{\dagger}` → `†`).
/// - Superscript digits spell a label in ASCII digits (`¹³` → `13`), at most three.
/// - Raised digits after a unit word (`m²`, `km³`) or after the number 10 (`10⁶`, `10^{12}`)
///   are exponents, not labels (`isExponent`).
public enum NoteLabels {
    /// The most digits a numeric label has (`123`), and the most symbols a symbol label has.
    public static let maxLength = 3

    /// Footnote symbol scalars beyond ASCII: `†`, `‡`, `§`, `¶`.
    @inlinable @inline(__always)
    public static func isSymbol(_ v: UInt32) -> Bool {
        v == 0x2020 || v == 0x2021 || v == 0x00A7 || v == 0x00B6
    }

    /// The symbols a symbol label is made of.
    static let labelSymbols: Set<Character> = ["*", "†", "‡", "§", "¶", "#"]

    /// Whether `s` is a label a footnote may have: up to three digits, one letter, or up to
    /// three note symbols.
    public static func isValid(_ s: String) -> Bool {
        if s.isEmpty { return false }
        if s.utf8.count <= maxLength, s.utf8.allSatisfy(ByteClass.isDigit) { return true }
        if s.utf8.count == 1, let c = s.utf8.first, ByteClass.isLetter(c) { return true }
        return s.count <= maxLength && s.allSatisfy { labelSymbols.contains($0) }
    }

    /// The label spelled by the superscript digits at `i` of `b` (at most three), in ASCII
    /// digits, and the offset after them; nil when no superscript digit stands at `i`.
    @inlinable
    public static func superscriptLabel<C: RandomAccessCollection<UInt8>>(in b: C, at i: Int, end: Int) -> (label: String, end: Int)? where C.Index == Int {
        var k = i
        var digits: [UInt8] = []
        while digits.count < maxLength, let d = Superscripts.digit(in: b, at: k, end: end) {
            digits.append(0x30 + d.value)
            k += d.length
        }
        return digits.isEmpty ? nil : (String(decoding: digits, as: UTF8.self), k)
    }

    /// LaTeX commands a caret marker may print its symbol with.
    static let latexSymbols: [(String, String)] = [("\\ddagger", "‡"), ("\\dagger", "†"), ("\\ast", "*"), ("\\star", "*"),
                                                   ("\\S", "§"), ("\\P", "¶"), ("\\#", "#")]

    /// The labels a caret marker's content spells: `*1` → `1`, `1,2` → `1`, `2`, `\dagger` →
    /// `†`, `**` → `**`; nil when a part is not a label (`^{12a}`, `^{x+y}`).
    public static func caretLabels(_ content: some Sequence<UInt8>) -> [String]? {
        var text = String(decoding: Array(content), as: UTF8.self)
        for (command, symbol) in latexSymbols { text = text.replacing(command, with: symbol) }
        text = text.replacing(" ", with: "")
        var labels: [String] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            var p = String(part)
            let rest = p.drop { $0 == "*" }
            if rest.count < p.count, !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                p = String(rest)
            }
            guard isValid(p) else { return nil }
            labels.append(p)
        }
        return labels.isEmpty ? nil : labels
    }

    /// Unit words after which `²` and `³` (or `^{2}`, `^{3}`) are exponents: `m²`, `km³`, `m/s²`.
    public static let exponentUnits: Set<String> = ["m", "cm", "mm", "km", "dm", "nm", "ft", "in", "yd", "mi", "sq", "s"]

    /// **Exponent, not a label.** Raised digits are a power, not a footnote marker, after a
    /// unit word or after the number 10:
    ///
    ///     5,000 m²   12 km³   9.8 m/s²      `²` or `³` after a whole word of `exponentUnits`
    ///     10⁶ tonnes   10^{12} joules        any digits after `10` (not the end of a longer number)
    ///
    /// `label` is the raised digits in ASCII (`NoteLabels.superscriptLabel`, `caretLabels`),
    /// `i` where the raised form starts in `b`; nothing before `lineStart` is read. The one
    /// rule the normalize stage's marker repair and the footnotes stage's marker scanner read.
    public static func isExponent<C: RandomAccessCollection<UInt8>>(_ label: String, at i: Int, in b: C, lineStart: Int) -> Bool where C.Index == Int {
        guard !label.isEmpty, label.utf8.allSatisfy(ByteClass.isDigit) else { return false }
        if followsTen(b, i, lineStart: lineStart) { return true }
        return (label == "2" || label == "3") && followsUnitWord(b, i, lineStart: lineStart)
    }

    /// A whole word of `exponentUnits` right before `i` (`5 m`, `m/s`; not the end of `team`).
    public static func followsUnitWord<C: RandomAccessCollection<UInt8>>(_ b: C, _ i: Int, lineStart: Int) -> Bool where C.Index == Int {
        var j = i
        while j > lineStart, i - j < 3, ByteClass.isLetter(b[j - 1]) { j -= 1 }
        guard j < i, j == lineStart || !ByteClass.isLetter(b[j - 1]) else { return false }
        return exponentUnits.contains(String(decoding: b[j..<i], as: UTF8.self))
    }

    /// The number `10` right before `i`, not the end of a longer number (`10^{12}`, `10⁶` are
    /// powers; `2010²` is not).
    public static func followsTen<C: RandomAccessCollection<UInt8>>(_ b: C, _ i: Int, lineStart: Int) -> Bool where C.Index == Int {
        i - 2 >= lineStart && b[i - 2] == 0x31 && b[i - 1] == 0x30 && (i - 3 < lineStart || !ByteClass.isDigit(b[i - 3]))
    }
}
