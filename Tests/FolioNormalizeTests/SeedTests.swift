import Foundation
import Testing
import FolioModel
import FolioNormalize

/// What normalization must achieve on each of the three seed documents.
@Suite struct SeedTests {
    static let seedPrefixes = ["000_", "003_", "004_"]
    static let residue = ["\\$", "^{", "_{", "\\square", "\\mathbf", "\\checkmark", "\\sum", "**", "[%]"]

    @Test(arguments: seedPrefixes)
    func noResidueLeft(_ prefix: String) throws {
        let doc = try normalizedFile(try Paths.seed(prefix))
        let text = doc.normalizedText
        for r in Self.residue {
            #expect(!text.contains(r), "\(prefix): residue \(r) left in the normalized text")
        }
        #expect(!text.contains("\r") && !text.contains("\u{0C}"))
        #expect(!text.contains("\n\n\n"))
        for line in doc.lines {
            #expect(!line.hasSuffix(" "), "trailing space: \(line)")
            // No page-number-only lines (`7`, `07/08`) outside tables.
            if !line.contains("\t") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let digits = trimmed.split(separator: "/", omittingEmptySubsequences: false)
                let isNumber = !trimmed.isEmpty && digits.count <= 2
                    && digits.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
                #expect(!isNumber, "\(prefix): page number line \(line) left")
            }
        }
    }

    @Test func earningsReleaseMarkers() throws {
        let doc = try normalizedFile(try Paths.seed("003_"))
        #expect(doc.markers.map(\.label) == (1...15).map(String.init))
        var last = -1
        for m in doc.markers {
            let printed = String(decoding: doc.bytes[m.sourceSpan.range], as: UTF8.self)
            let label = Int(m.label) ?? 0
            if label == 13 || label == 14 {
                #expect(printed.hasPrefix("*") && !printed.contains("^{"), "marker \(label) printed as \(printed)")
            } else {
                #expect(printed == "^{*\(label)}")
            }
            #expect(m.position > last)
            last = m.position
            // The marker stood right after a word or number.
            let before = doc.text[m.position - 1]
            #expect((before >= 0x61 && before <= 0x7A) || (before >= 0x41 && before <= 0x5A) || (before >= 0x30 && before <= 0x39),
                    "marker \(label) not after a word")
        }
        let text = doc.normalizedText
        #expect(text.contains("Loan Volume of RMB475.8 Billion"))
        #expect(text.contains("other technology solutions, representing 57.3%"))
        #expect(text.contains("Day-1 delinquency rate was 5.0%"))
        #expect(doc.diagnostics.contains { $0.code == "normalize.marker" && $0.message.hasPrefix("15 ") })
    }

    @Test func earningsReleaseStructure() throws {
        let doc = try normalizedFile(try Paths.seed("003_"))
        let lines = doc.lines
        // Footnote definitions keep their own paragraph, a definition split by a blank line is one.
        #expect(lines.contains("5 Refers to cumulative registered users across our platform."))
        #expect(lines.contains { $0.hasPrefix("9 \"Total outstanding loan balance\"") && $0.contains("at the end of each period, including loan balance") })
        // A quote split by a blank line is rejoined.
        #expect(lines.contains { $0.hasPrefix("\"We are pleased to report") && $0.contains("financial positions not only allow us") })
        // Bullets stay list items, headings stay alone.
        #expect(lines.contains("Fourth Quarter 2023 Business Highlights"))
        #expect(lines.filter { $0.hasPrefix("- ") }.count >= 25)
        // Real compounds keep their hyphen.
        #expect(doc.normalizedText.contains("year-over-year"))
        #expect(doc.normalizedText.contains("Non-GAAP"))
        // Tab-separated statements are unchanged.
        let source = String(decoding: doc.bytes, as: UTF8.self)
        let tableLines = source.split(separator: "\n").filter { $0.contains("\t") }.map(String.init)
        #expect(tableLines.count > 100)
        let out = Set(lines)
        for l in tableLines where !l.contains("^{") {
            #expect(out.contains(l), "table line changed: \(l)")
        }
    }

    @Test func esgReportRepairs() throws {
        let doc = try normalizedFile(try Paths.seed("004_"))
        let lines = doc.lines
        let text = doc.normalizedText
        #expect(lines.contains("- Awarded the \"Consumer Rights Protection Award\" for outstanding cases of inclusive finance by People's Daily Online in 2023."))
        #expect(lines.contains("- Winner of the \"Annual Generative AI Innovation Enterprise\" award by Huaxia Times."))
        #expect(lines.contains("- Named one of the top 100 enterprises in the Shanghai software and information technology service industry in 2023."))
        #expect(text.contains("artificial intelligence application cases"))
        #expect(lines.contains("0.9 Above"))
        #expect(lines.contains("93.1%"))
        #expect(lines.contains("27 sessions / 42 issues"))
        #expect(lines.contains("Above age 50\t6\t6"))
        #expect(lines.contains("C\thina"))
        #expect(lines.contains("M\tiddle management"))
        #expect(lines.contains("02 Analysis of Material ESG Issues"))
        #expect(text.contains("green-house") == false && text.contains("greenhouse gas discharge"))
        #expect(text.contains("non-hazardous"))
        let pageNumbers = doc.removals.filter { $0.kind == "page_number" }.map(\.text)
        #expect(pageNumbers.contains("07/08"))
        #expect(pageNumbers.contains("7"))
        #expect(doc.removals.contains { $0.kind == "icon" && $0.text == "\\checkmark" })
        #expect(doc.diagnostics.contains { $0.code == "normalize.homoglyph" })
        // Table rows keep their tabs.
        #expect(lines.contains("Resource Consumption Category\tUnit\tTotal"))
        #expect(lines.contains("Total Water Consumption\tTonnes\t62,634"))
    }

    @Test func agmNoticeStructure() throws {
        let doc = try normalizedFile(try Paths.seed("000_"))
        let lines = doc.lines
        #expect(doc.normalizedText.contains("US$0.00001"))
        #expect(lines.contains("SHARE RECORD DATE AND ADS RECORD DATE"))
        #expect(lines.contains("NOTICE OF ANNUAL GENERAL MEETING"))
        for k in 1...3 {
            #expect(lines.contains { $0.hasPrefix("\(k). As an ordinary resolution, THAT,") })
        }
        // The address block keeps its lines.
        #expect(lines.contains("PO Box 309, Uglan House,"))
        #expect(lines.contains("Grand Cayman, KY1-1104"))
    }
}
