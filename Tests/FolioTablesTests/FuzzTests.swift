import FolioModel
import FolioTables
import Testing

/// Random documents built from table-like pieces: the stage must never trap, and every
/// cell it emits must point inside the text.
@Suite struct StageFuzzTests {
    static let pieces: [String] = [
        "\t", "\t", "  ", "    ", "          ", "\n", "\n", "\n\n", "|", "| ", " |", "---", "====", "<TABLE>", "</TABLE>", "<S>", "<C>",
        "1,234", "(5,678)", "-", "—", "12.5%", "$", "$ 9", "RMB", "USD", "2023", "2022", "N/A", "Total", "Total assets",
        "ASSETS", "Current assets:", "Cash", "Net income per share", "Basic", "Diluted", "of", "the Company", "er 31,",
        "Year ended December 3", "Three months ended December 31,", "(In millions)", "(Amounts in thousands of RMB)",
        "Unit", "MWh", "б", "1O5", "\u{00A0}", "\u{FFFD}", "é", "Less allowance", "\u{0C}", "\r\n", "#", "**x**", "-diluted",
    ]

    @Test func randomDocumentsNeverTrap() throws {
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<400 {
            var s = ""
            let n = 20 + next() % 300
            for _ in 0..<n { s += Self.pieces[next() % Self.pieces.count] }
            let doc = try processed(text: s)
            for t in doc.tables {
                for c in t.cells {
                    if let span = c.span { #expect(span.start >= 0 && span.end <= doc.text.count) }
                    if let v = c.value { #expect(v.isFinite) }
                }
            }
        }
    }
}
