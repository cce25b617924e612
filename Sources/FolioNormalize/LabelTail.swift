import FolioModel

/// **A label's tail under its figures.** A statement wraps a long row label after the row's
/// figures: the figures stand on the label's first line, the rest of the label on the lines
/// below, inside the label column:
///
///     Net change in unrealized gains (losses) on available-for-sale      (699)     (2,511)
///     securities, net of income tax benefit of $0.2 million, $0, $1 million,
///     and $0, respectively
///     Cash flow hedges:
///     Total amounts presented in the           $ 11,079,166   $ 5,325,311
///     Consolidated Statements of Operations
///
/// The tail holds no gap of columns, may be long and may print figures of its own (the tax
/// amounts), so it read as prose: its lines were joined into one long line, which segment
/// took for a paragraph, cutting the statement in two (the later part losing its title and
/// units). A line right under a
/// fixed-width table line is such a tail when it lies inside the label column of the nearest
/// row above that prints a second cell (at most `reach` table lines up): it starts no further
/// left than that row's label and ends before the row's second cell; and it reads as a
/// label's continuation: it starts with a lower-case letter or `$`, or the line above it ends
/// its first cell with a comma or a word no label ends with (`isOpenEnd`). Prose after a
/// table reaches into the figures' columns, or starts a sentence.
/// Normalize keeps such a line as a table line (`Normalizer.markLabelTails`): never joined,
/// it stays a line of the table for segment and tables, which read it as the row label's
/// continuation (`TableBuilder.continuesLabel`).
enum LabelTail {
    /// Table lines above a tail its row may be (the tail's own earlier lines between).
    static let reach = 3

    /// Whether `line` is the tail of the label of `row` (raw lines, from their first byte);
    /// `above` is the line right above `line` (the row itself or an earlier line of the tail).
    static func isTail(line: UnsafeBufferPointer<UInt8>, row: UnsafeBufferPointer<UInt8>, above: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let second = secondCellStart(row) else { return false }
        let indent = leadingSpaces(line)
        var end = line.count
        while end > indent, line[end - 1] == 0x20 { end -= 1 }
        guard end > indent, indent >= leadingSpaces(row), end < second else { return false }
        let first = line[indent]
        if ByteClass.isLower(first) || first == 0x24 { return true }
        return isOpenEnd(above)
    }

    /// Where a raw line's second cell starts (after a run of two spaces or more past its
    /// first cell), nil when the line prints one cell.
    static func secondCellStart(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = leadingSpaces(b)
        var spaces = 0
        while i < b.count {
            if b[i] == 0x20 {
                spaces += 1
            } else {
                if spaces >= 2 { return i }
                spaces = 0
            }
            i += 1
        }
        return nil
    }

    static func leadingSpaces(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while i < b.count, b[i] == 0x20 { i += 1 }
        return i
    }

    /// Whether a line's first cell ends open: with a comma, or with a word that cannot end a
    /// sentence, nor a label (`NormalizeTables.functionWords`: `Total amounts presented in
    /// the`).
    static func isOpenEnd(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let s0 = leadingSpaces(b)
        var e = secondCellStart(b) ?? b.count
        while e > s0, b[e - 1] == 0x20 { e -= 1 }
        guard e > s0 else { return false }
        if b[e - 1] == 0x2C { return true }
        var s = e
        while s > s0, b[s - 1] != 0x20 { s -= 1 }
        guard e - s <= 5 else { return false }
        return NormalizeTables.functionWords.contains(String(decoding: b[s..<e].map(ByteSearch.lowerASCII), as: UTF8.self))
    }
}
