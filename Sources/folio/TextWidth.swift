/// Terminal display width: East Asian wide and fullwidth characters take two columns,
/// combining marks and zero-width characters none, so tables with CJK labels stay aligned.
extension String {
    var terminalWidth: Int {
        var w = 0
        for c in self { w += c.terminalWidth }
        return w
    }

    /// The longest prefix that fits in `width` columns.
    func prefix(width: Int) -> String {
        var out = ""
        var w = 0
        for c in self {
            let cw = c.terminalWidth
            if w + cw > width { break }
            out.append(c)
            w += cw
        }
        return out
    }
}

extension Character {
    var terminalWidth: Int {
        guard let s = unicodeScalars.first else { return 0 }
        let v = s.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
        if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }
}
