import FolioModel
import Testing
@testable import FolioSegment

/// The byte versions of the line tests give the answers of the `Character` versions they
/// replaced, including where they hand over to the `Character` path (a blank next to a
/// combining mark, non-ASCII letters).
@Suite struct ByteScanTests {
    @Test func trimKeepsCharacterBoundaries() {
        #expect(LineClassifier.trim("  Revenue\t ") == "Revenue")
        #expect(LineClassifier.trim("Revenue") == "Revenue")
        #expect(LineClassifier.trim(" \t ") == "")
        // A space carrying a combining mark is one character that is not a space.
        #expect(LineClassifier.trim(" \u{301}a ") == " \u{301}a")
        #expect(LineClassifier.trim("  Résumé  ") == "Résumé")
    }

    @Test func cellsOnBytesAndCharacters() {
        #expect(LineClassifier.cells("  Net income   1,234    (567) ") == ["Net income", "1,234", "(567)"])
        #expect(LineClassifier.cells("a b  c") == ["a b", "c"])
        #expect(LineClassifier.cells("Gas\t MWh \t\t52.2") == ["Gas", "MWh", "", "52.2"])
        #expect(LineClassifier.cells("x\t") == ["x", ""])
        #expect(LineClassifier.cells("") == [])
        // A combining mark on a space: that space is content, not a gap.
        #expect(LineClassifier.cells("a \u{301} b") == ["a \u{301} b"])
        #expect(LineClassifier.cells("Coût  €1,2") == ["Coût", "€1,2"])
    }

    @Test func numericCells() {
        for yes in ["1,234", "(4,984)", "$ 128", "27.9%", "-", "—", "–", "--", "N/A", "nm", "US$0.96", "RMB 5", "€12", "1—2", "  42 "] {
            #expect(LineClassifier.isNumericCell(yes), "\(yes)")
        }
        for no in ["", "Revenue", "12 months", "5\u{301}", "$\u{301}5", "—\u{301}", "NİL", "US$", "1,234a"] {
            #expect(!LineClassifier.isNumericCell(no), "\(no)")
        }
    }

    @Test func captionsAndAddresses() {
        #expect(LineClassifier.isUnitsCaption("(In thousands, except per share data)"))
        #expect(LineClassifier.isUnitsCaption("(Unaudited)"))
        #expect(LineClassifier.isUnitsCaption("IN MILLIONS OF DOLLARS"))
        #expect(!LineClassifier.isUnitsCaption("In millions of dollars."))
        #expect(!LineClassifier.isUnitsCaption("(Revenue rose. In thousands of cases)"))
        #expect(LineClassifier.hasURLOrEmail("Visit WWW.Example.com"))
        #expect(LineClassifier.hasURLOrEmail("ir@example.com"))
        #expect(LineClassifier.hasURLOrEmail("see HTTPS://x.y"))
        #expect(!LineClassifier.hasURLOrEmail("World wide web"))
    }

    @Test func pageNumbersAndListMarkers() {
        #expect(LineClassifier.isPageNumber("47 / 48"))
        #expect(LineClassifier.isPageNumber("— 3 —"))
        #expect(LineClassifier.isPageNumber("Page 3 of 10"))
        #expect(!LineClassifier.isPageNumber("Revenue 3"))
        #expect(!LineClassifier.isPageNumber("12345678901234567"))
        #expect(LineClassifier.listMarkerLength("• Growth") == 2)
        #expect(LineClassifier.listMarkerLength("a. Growth") == 3)
        #expect(LineClassifier.listMarkerLength("(iv) Growth") == 5)
        #expect(LineClassifier.listMarkerLength("12) Growth") == 4)
        #expect(LineClassifier.listMarkerLength("Growth of") == nil)
        #expect(LineClassifier.listMarkerLength("A. Growth") == nil)
    }

    @Test func capsDatesAndNumbers() {
        #expect(HeadingDetector.isAllCaps("SHARE RECORD DATE"))
        #expect(HeadingDetector.isAllCaps("RÉSUMÉ DES RÉSULTATS"))
        #expect(!HeadingDetector.isAllCaps("Fourth Quarter"))
        #expect(!HeadingDetector.isAllCaps("ABC"))
        #expect(DateParser.firstDate(in: "March 12, 2024")?.iso == "2024-03-12")
        #expect(DateParser.firstDate(in: "12 Sept. 2024")?.iso == "2024-09-12")
        #expect(DateParser.firstDate(in: "As of 2024-03-12")?.iso == "2024-03-12")
        #expect(DateParser.firstDate(in: "Máy 12, 2024") == nil)
        #expect(DateParser.number("1,234") == 1234)
        #expect(DateParser.number("12345678901234567890") == nil)
        #expect(DateParser.number("１２") == nil)
        #expect(DateParser.month("DEC.") == 12)
        #expect(DateParser.month("Decade") == nil)
        #expect(TOCDetector.page("07") == 7)
        #expect(TOCDetector.page("1234") == nil)
        #expect(TOCDetector.page("7\u{301}") == nil)
    }

    @Test func byteSearch() {
        ByteScan.withBytes("Net Sales") { b in
            #expect(ByteScan.containsLowered(b, "net sales"))
            #expect(ByteScan.hasPrefixLowered(b, "net"))
            #expect(!ByteScan.contains(b, "net"))
            #expect(ByteScan.contains(b, "t S"))
        }
        #expect(ByteScan.contains(" a b c ", " b "))
        #expect(!ByteScan.contains(" a b", " b "))
    }
}
