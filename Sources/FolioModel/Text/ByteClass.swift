/// Classes of ASCII bytes, for the hand-written UTF-8 scanners of every stage. Each class is
/// one function here; a scanner names the class it means instead of listing bytes.
///
/// - `isBlank`: space and tab, the blanks inside a line (`"  1,234\t"`).
/// - `isWhiteSpace`: C's `isspace` (space, tab, LF, VT, FF, CR): any white space of plain
///   text. Inside one line (split at LF, CR and FF) it is space, tab and vertical tab.
/// - `isHTMLWhiteSpace`: HTML's ASCII white space (space, tab, LF, FF, CR; not VT), for
///   comparing the HTML reader's text with the markup.
/// - `isLineBreak`: LF, CR and FF (the page break), which end a line.
public enum ByteClass {
    @inlinable @inline(__always)
    public static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    @inlinable @inline(__always)
    public static func isWhiteSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    @inlinable @inline(__always)
    public static func isHTMLWhiteSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }

    @inlinable @inline(__always)
    public static func isLineBreak(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D || b == 0x0C }

    @inlinable @inline(__always)
    public static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inlinable @inline(__always)
    public static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    @inlinable @inline(__always)
    public static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    @inlinable @inline(__always)
    public static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }

    @inlinable @inline(__always)
    public static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
}
