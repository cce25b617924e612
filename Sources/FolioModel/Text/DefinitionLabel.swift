/// The label that opens a footnote definition line: `1 Refers to`, `(1) These`, `¹ Based`,
/// `* Domestic`, `† Excludes`, `a) Net`, `[2] See`, `^{1} Refers`, `1. Refers`.
///
/// The one grammar of a definition's label and where its text starts. Two stages read it: the
/// segment stage, whose line classifier calls a block a footnote when it opens with a label of
/// a form lists do not use (`number`, `parenthesized` number, `superscript`) and prose of its
/// own shape follows (`LineClassifier.footnoteLabel`), and the footnotes stage, which finds the
/// definitions of every form in footnote, paragraph and list blocks. A printed note number has
/// at most `MarkerGrammar.maxNoteNumberDigits` digits (`(123) Refers` and `123 Units` are
/// figures); raised labels (`¹²³`, `^{123}`) follow `NoteLabels`.
public struct DefinitionLabel: Sendable, Hashable {
    public enum Form: String, Sendable, Hashable {
        /// `1 Refers to ...`
        case number
        /// `1. Refers to ...` (also how numbered lists look: only taken from footnote blocks)
        case numberDot
        /// `1) ...`
        case numberParen
        /// `(1) ...`, `(a) ...`
        case parenthesized
        /// `[1] ...`
        case bracketed
        /// `¹ ...`, `^{1} ...`, `*¹ ...`
        case superscript
        /// `* ...`, `** ...`, `† ...`
        case symbol
        /// `a) ...`
        case letter
    }

    /// The label without decoration (`1`, `*`, `a`).
    public var label: String
    public var form: Form
    /// Byte offset (in the buffer parsed) where the definition's text starts.
    public var contentStart: Int

    public init(label: String, form: Form, contentStart: Int) {
        self.label = label
        self.form = form
        self.contentStart = contentStart
    }

    /// Parses a label at `start` of `bytes` (blanks before it are skipped), up to `end`.
    public static func parse(_ bytes: [UInt8], at start: Int, end: Int? = nil) -> DefinitionLabel? {
        let hi = min(end ?? bytes.count, bytes.count)
        guard start >= 0, start < hi else { return nil }
        return bytes.withUnsafeBufferPointer { parse($0, start, hi) }
    }

    /// Parses a label at the start of `string`; `contentStart` is a UTF-8 offset into it.
    public static func parse(_ string: String) -> DefinitionLabel? {
        ByteSearch.withBytes(string) { parse($0, 0, $0.count) }
    }

    /// Parses a label at `start` of a UTF-8 buffer (blanks before it are skipped), up to `end`.
    public static func parse(_ b: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> DefinitionLabel? {
        let hi = min(end, b.count)
        guard start >= 0, start < hi else { return nil }
        return parse(b, start, hi)
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ hi: Int) -> DefinitionLabel? {
        var i = start
        while i < hi, ByteClass.isBlank(b[i]) { i += 1 }
        guard i < hi else { return nil }
        let c = b[i]

        /// After the label: blanks, then the text (which must start like text).
        func text(after k: Int, needBlank: Bool) -> Int? {
            var j = k
            while j < hi, ByteClass.isBlank(b[j]) { j += 1 }
            if needBlank, j == k { return nil }
            guard j < hi, let s = UTF8Scalars.scalar(b, at: j, end: hi) else { return nil }
            let v = s.value
            if v < 0x80 {
                let a = UInt8(v)
                let parenWord = a == 0x28 && j + 1 < hi && ByteClass.isLetter(b[j + 1])
                guard ByteClass.isLetter(a) || a == 0x22 || a == 0x27 || parenWord else { return nil }
            } else {
                // Letters and opening quotes.
                guard v == 0x201C || v == 0x2018 || (v >= 0x00C0 && !(0x2000...0x206F).contains(v) && Superscripts.digit(v) == nil) else { return nil }
            }
            return j
        }
        func digits(from k: Int, max n: Int) -> (String, Int)? {
            var j = k
            while j < hi, ByteClass.isDigit(b[j]), j - k < n + 1 { j += 1 }
            guard j > k, j - k <= n, b[k] != 0x30 else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: b[k..<j]), as: UTF8.self), j)
        }

        if ByteClass.isDigit(c) {
            guard let (label, j) = digits(from: i, max: MarkerGrammar.maxNoteNumberDigits) else { return nil }
            if j < hi, b[j] == 0x29, let t = text(after: j + 1, needBlank: true) {
                return DefinitionLabel(label: label, form: .numberParen, contentStart: t)
            }
            if j < hi, b[j] == 0x2E, let t = text(after: j + 1, needBlank: true) {
                return DefinitionLabel(label: label, form: .numberDot, contentStart: t)
            }
            if let t = text(after: j, needBlank: true) {
                return DefinitionLabel(label: label, form: .number, contentStart: t)
            }
            return nil
        }
        if c == 0x28 || c == 0x5B { // ( or [
            if let n = MarkerGrammar.enclosedNumber(b, at: i, end: hi), let t = text(after: n.end, needBlank: true) {
                return DefinitionLabel(label: n.label, form: c == 0x28 ? .parenthesized : .bracketed, contentStart: t)
            }
            if c == 0x28, i + 2 < hi, ByteClass.isLower(b[i + 1]), b[i + 2] == 0x29, let t = text(after: i + 3, needBlank: true) {
                return DefinitionLabel(label: String(UnicodeScalar(b[i + 1])), form: .parenthesized, contentStart: t)
            }
            return nil
        }
        if ByteClass.isLower(c), i + 1 < hi, b[i + 1] == 0x29, let t = text(after: i + 2, needBlank: true) {
            return DefinitionLabel(label: String(UnicodeScalar(c)), form: .letter, contentStart: t)
        }
        if c == 0x5E { // ^{1} or ^1 (`MarkerGrammar.caret`)
            guard let caret = MarkerGrammar.caret(in: b, at: i, lineStart: i, end: hi), let labels = caret.labels, labels.count == 1,
                  let t = text(after: caret.range.upperBound, needBlank: false) else { return nil }
            return DefinitionLabel(label: labels[0], form: .superscript, contentStart: t)
        }
        if c == 0x2A { // * ** *** or *¹
            var j = i
            while j < hi, b[j] == 0x2A, j - i < 4 { j += 1 }
            guard j - i <= 3 else { return nil }
            if let sup = NoteLabels.superscriptLabel(in: b, at: j, end: hi), let t = text(after: sup.end, needBlank: false) {
                return DefinitionLabel(label: sup.label, form: .superscript, contentStart: t)
            }
            if j - i == 1, let (label, k2) = digits(from: j, max: MarkerGrammar.maxNoteNumberDigits), let t = text(after: k2, needBlank: true) {
                return DefinitionLabel(label: label, form: .superscript, contentStart: t)
            }
            guard let t = text(after: j, needBlank: true) else { return nil }
            return DefinitionLabel(label: String(repeating: "*", count: j - i), form: .symbol, contentStart: t)
        }
        if let sup = NoteLabels.superscriptLabel(in: b, at: i, end: hi) {
            guard let t = text(after: sup.end, needBlank: false) else { return nil }
            return DefinitionLabel(label: sup.label, form: .superscript, contentStart: t)
        }
        guard let s = UTF8Scalars.scalar(b, at: i, end: hi) else { return nil }
        if NoteLabels.isSymbol(s.value) {
            var label = ""
            var k = i
            while let s2 = UTF8Scalars.scalar(b, at: k, end: hi), s2.value == s.value, label.unicodeScalars.count < 3 {
                if let u = Unicode.Scalar(s.value) { label.unicodeScalars.append(u) }
                k += s2.length
            }
            guard let t = text(after: k, needBlank: false) else { return nil }
            return DefinitionLabel(label: label, form: .symbol, contentStart: t)
        }
        return nil
    }

    /// The label that would follow `label` in a run of notes (`1`→`2`, `a`→`b`, `*`→`**`,
    /// `†`→`‡`), or nil.
    public static func successor(of label: String) -> String? {
        if let n = Int(label) {
            // A label of 19 digits may be `Int.max`: no successor rather than a trap.
            let (next, overflow) = n.addingReportingOverflow(1)
            return overflow ? nil : String(next)
        }
        if label.utf8.count == 1, let c = label.utf8.first, ByteClass.isLetter(c), c != 0x7A, c != 0x5A {
            return String(UnicodeScalar(c + 1))
        }
        if !label.isEmpty, label.allSatisfy({ $0 == "*" }), label.count < 3 { return label + "*" }
        if label == "†" { return "‡" }
        if label == "‡" { return "§" }
        return nil
    }
}
