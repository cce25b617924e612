@testable import FolioTables
import Testing

/// The statement rules' lowered labels: the byte path decides as the `String` path does.
@Suite("Lowered label")
struct LoweredLabelTests {
    @Test func lowersStraightensAndCollapses() {
        let l = LoweredLabel("  Total Stockholders\u{2019}\u{A0}Equity \t\r\n(Deficit) ")
        #expect(l == "total stockholders' equity (deficit)")
        #expect(l.hasPrefix("total stockholders'"))
        #expect(l.contains("equity (deficit)"))
        #expect(!l.contains("equity  ("))
        #expect(!l.contains(""))
        #expect(!l.hasPrefix("equity"))
        #expect(LoweredLabel("").isEmpty && LoweredLabel(" \n ").isEmpty)
    }

    @Test func sameAsStringPath() {
        let labels = ["Net income (loss)", "BASIC", "Diluted ", "Retained   earnings", "Partners\u{2019} capital",
                      "Réserves — total", "Cafe\u{301} sales", "Total assets\u{2028}net", "Revenue\u{2014}net", "\u{212A}elvin"]
        for s in labels {
            let l = LoweredLabel(s)
            let str = LoweredLabel.stringLowered(s)
            #expect(l.utf8 == Array(str.utf8), "\(s)")
            #expect(l.contains("net") == str.contains("net"), "\(s)")
            #expect(l.contains("sales") == str.contains("sales"), "\(s)")
            #expect(l.hasPrefix("total") == str.hasPrefix("total"), "\(s)")
            #expect((l == "basic") == (str == "basic"), "\(s)")
        }
    }
}
