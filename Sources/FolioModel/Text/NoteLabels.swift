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
/// - `²` and `³` after a unit word (`m²`, `km³`) are exponents, not labels.
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
}
