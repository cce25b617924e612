import FolioModel

/// One line of the text: its byte range (without the line break) and the range of its
/// content (without surrounding spaces and tabs).
public struct TextLine: Sendable, Hashable {
    /// First byte of the line.
    public var start: Int
    /// Byte after the last byte of the line, before `\n`, `\r\n` or `\f`.
    public var end: Int
    /// First byte that is not a space or tab.
    public var contentStart: Int
    /// Byte after the last byte that is not a space or tab.
    public var contentEnd: Int
    /// The line follows a form feed (a page break).
    public var afterPageBreak: Bool

    public var isBlank: Bool { contentStart >= contentEnd }
}

/// Splits UTF-8 text into lines by scanning bytes. `\n`, `\r\n`, a lone `\r` and `\f` all end
/// a line; a form feed also marks the next line as starting a page.
public enum LineSplitter {
    public static func split(_ text: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        // A modest guess that grows as needed: reserving one entry per 40 bytes held 40 bytes
        // of `TextLine` per 40 bytes of text (the whole text again) for filings whose lines
        // are far longer.
        lines.reserveCapacity(text.count / 256 + 16)
        text.withUnsafeBufferPointer { text in
            var i = 0
            var lineStart = 0
            var pageBreak = false
            let n = text.count
            func push(_ s: Int, _ e: Int, _ pb: Bool) {
                var cs = s
                while cs < e, ByteClass.isWhiteSpace(text[cs]) { cs += 1 }
                var ce = e
                while ce > cs, ByteClass.isWhiteSpace(text[ce - 1]) { ce -= 1 }
                lines.append(TextLine(start: s, end: e, contentStart: cs, contentEnd: ce, afterPageBreak: pb))
            }
            while i < n {
                let b = text[i]
                if b <= 0x0D, b == 0x0A || b == 0x0D || b == 0x0C {
                    push(lineStart, i, pageBreak)
                    pageBreak = (b == 0x0C)
                    if b == 0x0D, i + 1 < n, text[i + 1] == 0x0A { i += 1 }
                    i += 1
                    lineStart = i
                } else {
                    i += 1
                }
            }
            if lineStart < n { push(lineStart, n, pageBreak) }
        }
        return lines
    }
}
