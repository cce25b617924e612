/// One line of the text being normalized, with what normalization needs to know about it.
///
/// Its positions are stored in 32 bits (a `Line` takes 36 bytes, not 64: one per line of the
/// text, all held while normalize runs; docs/reliability.md, "Memory on one large document"):
/// `NormalizeStage` hands `Normalizer` only texts of at most `Normalizer.maxTextBytes` bytes
/// (`fitsLineOffsets`), so every position, and the page count, fits.
struct Line {
    enum Kind: UInt8 { case blank, prose, table, removed }

    private var start32: Int32
    private var end32: Int32
    private var next32: Int32
    private var page32: Int32
    private var textStart32: Int32
    private var bulletEnd32: Int32 = -1
    private var markdownHeadingEnd32: Int32 = -1

    init(start: Int, end: Int, next: Int, page: Int, textStart: Int) {
        start32 = Line.stored(start)
        end32 = Line.stored(end)
        next32 = Line.stored(next)
        page32 = Line.stored(page)
        textStart32 = Line.stored(textStart)
    }

    /// A position as stored: exact for texts `Normalizer.fitsLineOffsets` admits (clamped,
    /// never trapping, beyond them).
    @inline(__always)
    static func stored(_ v: Int) -> Int32 { Int32(clamping: v) }

    /// First byte of the line.
    var start: Int { get { Int(start32) } set { start32 = Line.stored(newValue) } }
    /// End of the content: line end with trailing spaces trimmed.
    var end: Int { get { Int(end32) } set { end32 = Line.stored(newValue) } }
    /// First byte of the following line.
    var next: Int { get { Int(next32) } set { next32 = Line.stored(newValue) } }
    /// Page number (form feeds seen before the line).
    var page: Int { get { Int(page32) } set { page32 = Line.stored(newValue) } }
    /// First byte that is not a space or tab.
    var textStart: Int { get { Int(textStart32) } set { textStart32 = Line.stored(newValue) } }
    /// Where the text proper starts after a bullet glyph to rewrite as `- ` (-1: no bullet).
    var bulletEnd: Int { get { Int(bulletEnd32) } set { bulletEnd32 = Line.stored(newValue) } }
    /// Where the text starts after a Markdown heading mark (`## `) to drop (-1: none).
    var markdownHeadingEnd: Int { get { Int(markdownHeadingEnd32) } set { markdownHeadingEnd32 = Line.stored(newValue) } }
    var kind: Kind = .prose
    var listItem = false
    var heading = false
    var startsLower = false
    var endsTerminal = false
    var endsLetterHyphen = false
    var endsComma = false
    /// Where the content of the line starts once its bullet is skipped.
    var bodyStart: Int { bulletEnd >= 0 ? bulletEnd : markdownHeadingEnd >= 0 ? markdownHeadingEnd : textStart }
    var length: Int { end - textStart }
}


/// Decodes the UTF-8 scalar at `i` (the text is valid UTF-8: the read stage made it so).
@inline(__always)
func decodeScalar(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (value: UInt32, length: Int) {
    let c = t[i]
    if c < 0x80 { return (UInt32(c), 1) }
    if c & 0xE0 == 0xC0, i + 1 < end {
        return (UInt32(c & 0x1F) << 6 | UInt32(t[i + 1] & 0x3F), 2)
    }
    if c & 0xF0 == 0xE0, i + 2 < end {
        return (UInt32(c & 0x0F) << 12 | UInt32(t[i + 1] & 0x3F) << 6 | UInt32(t[i + 2] & 0x3F), 3)
    }
    if c & 0xF8 == 0xF0, i + 3 < end {
        return (UInt32(c & 0x07) << 18 | UInt32(t[i + 1] & 0x3F) << 12 | UInt32(t[i + 2] & 0x3F) << 6 | UInt32(t[i + 3] & 0x3F), 4)
    }
    return (0xFFFD, 1)
}

/// The start of the UTF-8 scalar that ends just before `i`.
@inline(__always)
func previousScalarStart(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, floor: Int) -> Int {
    var j = i - 1
    while j > floor, t[j] & 0xC0 == 0x80 { j -= 1 }
    return j
}


enum Scalars {
    @inline(__always) static func isUnicodeSpace(_ v: UInt32) -> Bool {
        v == 0xA0 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F || v == 0x3000
    }
    @inline(__always) static func isZeroWidth(_ v: UInt32) -> Bool {
        v == 0x200B || v == 0x2060 || v == 0xFEFF || v == 0xAD
    }
    @inline(__always) static func isPrivateUse(_ v: UInt32) -> Bool {
        (v >= 0xE000 && v <= 0xF8FF) || (v >= 0xF0000 && v <= 0x10FFFD)
    }
    /// Glyphs used as list bullets.
    @inline(__always) static func isBulletGlyph(_ v: UInt32) -> Bool {
        switch v {
        case 0x2022, 0x25CF, 0x25CB, 0x25E6, 0x25AA, 0x25AB, 0x25A0, 0x25A1, 0x2023, 0x2043, 0x2219,
             0x00B7, 0x25C6, 0x25C7, 0x2756, 0x27A2, 0x2794, 0x25BA, 0x25B6, 0x2713, 0x2714, 0x2610,
             0x2611, 0x2612, 0x20BD, 0x25FE, 0x25FD, 0x29BF, 0x2B9A, 0x27A4, 0x2666, 0x2665, 0xF0B7:
            return true
        default:
            return isPrivateUse(v)
        }
    }
    /// Latin letters, including accented ones (for homoglyph context).
    @inline(__always) static func isLatinLetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7)
    }
}
