import Testing
import FolioModel
import FolioNormalize

/// Bad input never crashes and the map holds on it: random mixes of the characters every
/// repair reacts to.
@Suite struct RobustnessTests {
    static let pieces: [String] = [
        "a", "word", "Revenue", " ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", "\r", "\u{0C}", "-", "- ", "quar-", "ter",
        "^{", "^{*1}", "^{2}", "}", "{", "_{", "_{x}", "\\", "\\$", "\\square", "\\mathbf{", "$", "$\\nabla$", "**", "*",
        "*¹³", "¹", "²", "m", "(", "(3)", ")", "[", "[2]", "]", "[%]", "O", "l", "1", "2O2", "7", "07/08", "Page 2 of 5",
        "\u{00A0}", "\u{200B}", "\u{00AD}", "\u{0301}", "е", "б", "Μ", "•", "\u{F0B7}", "–", "ALL CAPS", "1. ", "(i) ", "é", "😀",
    ]

    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
    }

    @Test func randomMixesNeverCrashAndKeepTheMap() throws {
        var g = Generator(state: 42)
        for round in 0..<400 {
            var s = ""
            let count = Int(g.next() % 80)
            for _ in 0..<count { s += Self.pieces[Int(g.next() % UInt64(Self.pieces.count))] }
            let doc = try normalized(s)
            let size = doc.bytes.count
            var last = 0
            for p in 0..<doc.text.count {
                let o = doc.textMap.originStart(of: p)
                #expect(o >= last && o <= size, "round \(round): position \(p) maps to \(o) in \(s.debugDescription)")
                last = o
            }
            for m in doc.markers {
                #expect(m.position <= doc.text.count && m.sourceSpan.end <= size)
            }
            #expect(!String(decoding: doc.text, as: UTF8.self).contains("\n\n\n"))
        }
    }

    @Test func everySwitchOffAlsoSafe() throws {
        var g = Generator(state: 7)
        for name in NormalizeStage.options.map(\.name) {
            for _ in 0..<40 {
                var s = ""
                for _ in 0..<Int(g.next() % 60) { s += Self.pieces[Int(g.next() % UInt64(Self.pieces.count))] }
                let doc = try normalized(s, options: [name: .bool(false)])
                #expect(doc.textMap.targetLength == doc.text.count)
            }
        }
    }
}

@Suite struct PathologicalInputTests {
    /// Long lines full of repair triggers are read whole and keep the map (each repair would be
    /// quadratic without its bounds; that they stay linear is measured by `scripts/bench`'s
    /// `patho` section, not timed here).
    @Test func longTriggerLinesKeepTheMap() throws {
        let unit = ["**x ", "1l", "е", "a- b ", "^{", "\\mathbf{", "$\\"]
        for u in unit {
            let s = String(repeating: u, count: 40_000) + "\n"
            let doc = try normalized(s)
            #expect(!doc.text.isEmpty, "\(u.debugDescription) x 40000 gave no text")
            #expect(doc.textMap.targetLength == doc.text.count)
            #expect(doc.textMap.originStart(of: doc.text.count - 1) <= doc.bytes.count)
        }
    }
}
