import Testing
import FolioModel
import FolioNormalize
import FolioRead

/// One test per repair, with the cases it must leave alone.
@Suite struct LineEndTests {
    @Test func crlfAndCRBecomeLF() throws {
        let doc = try normalized("First line.\r\nSecond line.\rThird line.\r\n")
        #expect(doc.normalizedText == "First line.\nSecond line.\nThird line.\n")
    }

    @Test func trailingSpacesTrimmedAndBlankRunsCollapsed() throws {
        let doc = try normalized("Alpha.   \n\n\n\n\nBeta.  \n\n\n")
        #expect(doc.normalizedText == "Alpha.\n\nBeta.\n")
    }

    @Test func leadingBlankLinesDropped() throws {
        let doc = try normalized("\n\n\nTitle\n")
        #expect(doc.normalizedText == "Title\n")
    }

    @Test func emptyAndBlankDocuments() throws {
        #expect(try normalized("").text.isEmpty)
        #expect(try normalized("   \n\n \t\n").text.isEmpty)
    }
}

@Suite struct JoinTests {
    @Test func brokenLinesJoined() throws {
        let doc = try normalized("The company reported revenue that\nrose in the quarter.\n")
        #expect(doc.normalizedText == "The company reported revenue that rose in the quarter.\n")
    }

    @Test func wrappedFixedWidthParagraphJoinedWithIndentDropped() throws {
        let text = """
                HOFFMAN ESTATES, Ill., July 22 -- The company today reported net income
            of $53 million, or $0.24 per share on an average base of 216.5 million common
            equivalent shares, for the second quarter.

                Domestic

            """
        let doc = try normalized(text)
        #expect(doc.lines[0] == "HOFFMAN ESTATES, Ill., July 22 -- The company today reported net income of $53 million, or $0.24 per share on an average base of 216.5 million common equivalent shares, for the second quarter.")
        #expect(doc.lines[2] == "Domestic")
    }

    @Test func headingsAreNotJoined() throws {
        let doc = try normalized("ANNUAL REPORT\nshareholders may obtain a copy.\n02 Analysis of Material ESG Issues\nthe company has identified issues.\n")
        #expect(doc.lines == ["ANNUAL REPORT", "shareholders may obtain a copy.", "02 Analysis of Material ESG Issues", "the company has identified issues.", ""])
    }

    @Test func shortLinesBeforeCapitalisedLinesStay() throws {
        let doc = try normalized("Suitability\nThe company has the right to\nadjust the plan.\n")
        #expect(doc.lines == ["Suitability", "The company has the right to adjust the plan.", ""])
    }

    @Test func listItemsStartTheirOwnLine() throws {
        let doc = try normalized("Highlights include:\n- Revenue grew\n- Costs fell and\nmargins widened\n1. First resolution\n2. Second resolution\n")
        #expect(doc.lines == ["Highlights include:", "- Revenue grew", "- Costs fell and margins widened", "1. First resolution", "2. Second resolution", ""])
    }

    @Test func tableLinesNeverJoined() throws {
        let text = "Cash and cash equivalents\t7,165,584\t4,177,890\nrestricted cash\t3,346,779\t3,381,107\n"
        let doc = try normalized(text)
        #expect(doc.normalizedText == text)
        let fixed = "    Net sales           $8,700  $ 8,851\n     revenues                 81    1,345\n"
        #expect(try normalized(fixed).normalizedText == fixed)
    }

    /// The table test reads eight bytes at a time where they hold no tab and no double space:
    /// a gap or a tab at any offset from the line's start, across two such steps or in the
    /// bytes left over, still makes the line a table (never joined to the next).
    @Test func tableGapsAtEveryOffset() throws {
        for k in 1..<20 {
            let head = String(repeating: "w", count: k)
            for line in [head + "   figures here", head + "  one  two", head + "\tfigures", "wide " + head + "   x"] {
                let text = line + "\nand the next line continues.\n"
                #expect(try normalized(text).normalizedText == text, "\(line.debugDescription)")
            }
        }
        // The same line without the gap is prose, joined to its continuation.
        let prose = try normalized("The company reported figures here\nand the next line continues.\n")
        #expect(prose.normalizedText == "The company reported figures here and the next line continues.\n")
    }

    /// Line ends are found eight bytes at a time: a `\n` or `\r\n` at every offset from the
    /// line's start ends the line there.
    @Test func lineEndsAtEveryOffset() throws {
        // Table rows (never joined): each line stands as it is.
        let lines = (0..<20).map { String(repeating: "x", count: $0) + "\t12" }
        for separator in ["\n", "\r\n"] {
            let doc = try normalized(lines.joined(separator: separator) + separator)
            #expect(doc.lines == lines + [""], "\(separator.debugDescription)")
        }
    }

    @Test func paragraphSplitByBlankLineRejoined() throws {
        let long = "During the quarter, we generated approximately RMB2.35 billion cash from operations, a record high. Our strong"
        let doc = try normalized(long + "\n\nfinancial positions allow us to execute.\n\nNext paragraph.\n")
        #expect(doc.lines[0] == long + " financial positions allow us to execute.")
        #expect(doc.lines[2] == "Next paragraph.")
    }

    @Test func paragraphSplitByPageBreakRejoined() throws {
        let doc = try normalized("The results were affected by\n\u{0C}the weaker demand in June.\n\u{0C}New Section\n")
        #expect(doc.lines == ["The results were affected by the weaker demand in June.", "", "New Section", ""])
    }

    @Test func joinSwitchedOff() throws {
        let doc = try normalized("revenue that\nrose.\n\u{0C}the end\n", options: ["join_lines": .bool(false)])
        #expect(doc.normalizedText == "revenue that\nrose.\n\nthe end\n")
    }
}

@Suite struct HyphenationTests {
    @Test func lineEndHyphenationUndone() throws {
        let doc = try normalized("Revenue in the fourth quar-\nter of 2023 rose.\n")
        #expect(doc.normalizedText == "Revenue in the fourth quarter of 2023 rose.\n")
    }

    @Test func realCompoundsKeepTheirHyphen() throws {
        let doc = try normalized("We also report non-\nGAAP measures and the year-over-\nyear change, on- and off-balance sheet loans.\n")
        #expect(doc.normalizedText == "We also report non-GAAP measures and the year-over-year change, on- and off-balance sheet loans.\n")
    }

    @Test func compoundWrittenElsewhereKeepsHyphen() throws {
        let doc = try normalized("The capital-light model grew. Loans under the capital-\nlight model rose.\n")
        #expect(doc.normalizedText == "The capital-light model grew. Loans under the capital-light model rose.\n")
    }

    @Test func hyphenationInsideJoinedLineUndone() throws {
        let doc = try normalized("Recognized in the annual artificial intelligence applica- tion cases.\n")
        #expect(doc.normalizedText == "Recognized in the annual artificial intelligence application cases.\n")
    }

    @Test func urlsKeepTheirHyphen() throws {
        let doc = try normalized("go directly to http://example.com/phoenix?p=irol-\neventDetails&c=1 now.\n")
        #expect(doc.normalizedText == "go directly to http://example.com/phoenix?p=irol-eventDetails&c=1 now.\n")
    }

    @Test func switchedOffKeepsTheHyphen() throws {
        let doc = try normalized("the fourth quar-\nter and applica- tion\n", options: ["dehyphenate": .bool(false)])
        #expect(doc.normalizedText == "the fourth quar-ter and applica- tion\n")
    }
}

@Suite struct ResidueTests {
    @Test func escapedSymbols() throws {
        let doc = try normalized("A par value of US\\$0.00001 each and 10\\% off \\& more.\n")
        #expect(doc.normalizedText == "A par value of US$0.00001 each and 10% off & more.\n")
    }

    @Test func subscriptsBracketsAndBold() throws {
        let doc = try normalized("0.9_{Above}\n\n93.1[%]\n\n27_{sessions} / 42_{issues}\n\nCO_{2} and 8 sessions **Compliance Promotion** 6,600+\n")
        #expect(doc.lines == ["0.9 Above", "", "93.1%", "", "27 sessions / 42 issues", "", "CO2 and 8 sessions Compliance Promotion 6,600+", ""])
    }

    @Test func mathIconsAndSymbols() throws {
        let doc = try normalized("Rate $\\mathbf{x}$ is 5 \\times 3 and \\leq 4.\n\nSecurity\" $\\overline{\\heartsuit}$\n")
        #expect(doc.lines[0] == "Rate x is 5 × 3 and ≤ 4.")
        #expect(doc.lines[2] == "Security\"")
    }

    @Test func iconOnlyLineRemovedAndRecorded() throws {
        let doc = try normalized("- Reviewing policies\n\n\\checkmark\n\nManagement Team\n")
        #expect(doc.lines == ["- Reviewing policies", "", "Management Team", ""])
        #expect(doc.removals.map(\.kind) == ["icon"])
        #expect(doc.removals.first?.text == "\\checkmark")
    }

    @Test func bulletGlyphsBecomeListItems() throws {
        let text = "\\square\tAwarded the prize.\n\u{20BD}\tRecognized as leader.\n$\\mathbf{\\nabla}$\tWinner of the award.\n\\sum\tNamed one of the top 100.\n• Plain bullet\n\u{F0B7} Private-use bullet\n– Promote printing\n"
        let doc = try normalized(text)
        #expect(doc.lines == ["- Awarded the prize.", "- Recognized as leader.", "- Winner of the award.", "- Named one of the top 100.",
                              "- Plain bullet", "- Private-use bullet", "- Promote printing", ""])
    }

    /// `Normalizer.isNilFigureOpeningRow`: a row of figures opening with a nil figure keeps its
    /// columns; a dash before words is still a list item.
    @Test func aDashOpeningARowOfFiguresIsNoBullet() throws {
        let rows = [
            "Conversion, stock option exercises,",
            "                           -       0.2         -        36        -       51",
            "forfeitures, ESPP, and other [b]",
            "                   \u{2014}     (111)      \u{2014}      (111)",
            "-   $ 1,200    $ (45)",
        ]
        let doc = try normalized(rows.joined(separator: "\n") + "\n")
        #expect(doc.lines == rows + [""])
        #expect(!doc.diagnostics.contains { $0.code == "normalize.bullet" })
        // A list item prints words, or no gap after its dash.
        let items = try normalized("-   2,000 new stores opened\n- 45\n")
        #expect(items.lines == ["- 2,000 new stores opened", "- 45", ""])
    }

    @Test func markdownHeadingsAndEscapes() throws {
        let doc = try normalized("## Financial Highlights\nRevenue rose 5\\% \\(see note\\) and \\*adjusted\\* EPS.\n# of employees grew.\n")
        #expect(doc.lines == ["Financial Highlights", "Revenue rose 5% (see note) and *adjusted* EPS.", "# of employees grew.", ""])
    }

    @Test("ATX headings whose title is in emphasis or underline tags lose their marks and are headings")
    func markdownHeadingsInEmphasis() throws {
        let doc = try normalized("### **Item 1. Financial Statements** \nThe statements follow.\n#### <u>Product Pipeline</u>\n# **<u>PART I. FINANCIAL INFORMATION</u>**\n")
        #expect(doc.lines == ["Item 1. Financial Statements", "The statements follow.", "Product Pipeline", "PART I. FINANCIAL INFORMATION", ""])
    }

    @Test func residueSwitchedOff() throws {
        let text = "US\\$5 and 93.1[%] and 27_{sessions}\n"
        #expect(try normalized(text, options: ["latex_residue": .bool(false)]).normalizedText == text)
    }
}

@Suite struct MarkerTests {
    @Test func latexSuperscriptMarker() throws {
        let doc = try normalized("Loan Volume^{*1} of RMB475.8 Billion\n")
        #expect(doc.normalizedText == "Loan Volume of RMB475.8 Billion\n")
        #expect(doc.markers == [Marker(label: "1", position: 11, sourceSpan: Span(start: 11, end: 16))])
    }

    @Test("a caret marker's labels are the footnotes stage's: two labels, LaTeX symbols")
    func caretLabelsAsTheFootnotesStageReadsThem() throws {
        let doc = try normalized("Revenue^{1,2} and cost^{\\dagger} rose\n")
        #expect(doc.normalizedText == "Revenue and cost rose\n")
        #expect(doc.markers.map(\.label) == ["1", "2", "†"])
        #expect(doc.markers.map(\.position) == [7, 7, 16])
    }

    @Test func markerAfterSpaceTakesTheSpaceAlong() throws {
        let doc = try normalized("other technology solutions ^{*8}, representing 57.3%\n")
        #expect(doc.normalizedText == "other technology solutions, representing 57.3%\n")
        #expect(doc.markers.first?.label == "8")
        #expect(doc.markers.first?.position == 26)
    }

    @Test("an exponent is kept, read by the one rule the marker scanner reads (NoteLabels.isExponent)")
    func exponentsAreNotMarkers() throws {
        let doc = try normalized("Emissions of 10⁶ tonnes over 5 km² (m²) and energy 10^{12} joules; sales^{2} rose.\n")
        #expect(doc.normalizedText == "Emissions of 10⁶ tonnes over 5 km² (m²) and energy 10¹² joules; sales rose.\n")
        #expect(doc.markers.map(\.label) == ["2"])
        // The footnotes stage's scanner reads the same text the same way (MarkerScannerTests.exponents).
    }

    @Test func unicodeSuperscriptMarkers() throws {
        let doc = try normalized("Day-1 delinquency rate*¹³ was 5.0% and income¹ rose; area 5,000 m² kept.\n")
        #expect(doc.normalizedText == "Day-1 delinquency rate was 5.0% and income rose; area 5,000 m² kept.\n")
        #expect(doc.markers.map(\.label) == ["13", "1"])
        let first = try #require(doc.markers.first)
        #expect(String(decoding: doc.bytes[first.sourceSpan.range], as: UTF8.self) == "*¹³")
    }

    @Test func parenthesisAndBracketMarkers() throws {
        let doc = try normalized("As stated in the Form 10-K(3), results[2] were good.\n")
        #expect(doc.normalizedText == "As stated in the Form 10-K, results were good.\n")
        #expect(doc.markers.map(\.label) == ["3", "2"])
    }

    /// In a table line a parenthesised marker stays in the row label; its marker records the
    /// bytes it still occupies, so a reference's span is the printed `(1)`, not an empty place.
    @Test("a marker kept in a table line keeps its span")
    func keptTableMarkerSpan() throws {
        let text = "Statement of Operations\n\nPayments to merchants(1), net      1,234      1,100\nTotal revenue                   5,678      5,432\n"
        let doc = try normalized(text)
        let m = try #require(doc.markers.first)
        #expect(m.label == "1" && m.keptLength == 3)
        #expect(String(decoding: Array(doc.normalizedText.utf8)[m.span.range], as: UTF8.self) == "(1)")
        let removed = try normalized("Revenue^{1} rose\n").markers.first
        #expect(removed?.keptLength == 0 && removed?.span.isEmpty == true)
    }

    @Test func enumerationsAndCitationsAreNotMarkers() throws {
        let text = "(i) the principal amount, see (3) below, Section 501(c)(3) and items 1. and [4] apply.\n1. First\n"
        let doc = try normalized(text)
        #expect(doc.markers.isEmpty)
        #expect(doc.normalizedText == text)
    }

    @Test("markers in table rows: a parenthesised one is recorded for the footnotes stage but stays in the label")
    func markersInTableRows() throws {
        let doc = try normalized("Financing income^{*15}\t1,002,080\t1,485,446\nIncome(3)\t1\t2\n")
        #expect(doc.normalizedText == "Financing income\t1,002,080\t1,485,446\nIncome(3)\t1\t2\n")
        #expect(doc.markers.map(\.label) == ["15", "3"])
        #expect(doc.markers.map(\.position) == [16, 43])
    }

    @Test("every strong form of MarkerGrammar is removed: symbols, ⁽ⁿ⁾, a star run, after `:` and quotes")
    func grammarForms() throws {
        let doc = try normalized("Net sales† rose, costs‡ fell, margin⁽⁵⁾ held, sales** and Items:(1) and “Core”(2) grew.\n")
        #expect(doc.normalizedText == "Net sales rose, costs fell, margin held, sales and Items: and “Core” grew.\n")
        #expect(doc.markers.map(\.label) == ["†", "‡", "5", "**", "1", "2"])
        #expect(doc.markersDecided)
    }

    @Test("where MarkerGrammar finds no marker, the text stays")
    func grammarNegatives() throws {
        let text = "Section 13(1), Apple Inc.(1) and *emphasis* here, Price*1,000, rate s⁻¹, under § 12.\n"
        let doc = try normalized(text)
        #expect(doc.markers.isEmpty)
        #expect(doc.normalizedText == text)
    }

    @Test func fixedWidthTableMarkerKeepsAlignment() throws {
        let doc = try normalized("                 2004     2003*    2004     2003\n")
        #expect(doc.normalizedText == "                 2004     2003     2004     2003\n")
        #expect(doc.markers.map(\.label) == ["*"])
    }

    @Test func definitionLabelsAreNotMarkers() throws {
        let doc = try normalized("¹ We follow established procedures.\n^{2} Refers to users.\n")
        #expect(doc.normalizedText == "1 We follow established procedures.\n2 Refers to users.\n")
        #expect(doc.markers.isEmpty)
    }

    @Test func markersSwitchedOff() throws {
        let doc = try normalized("Volume^{*1} and rate*¹³ here\n", options: ["markers": .bool(false)])
        #expect(doc.markers.isEmpty)
        #expect(!doc.markersDecided, "the footnotes stage then scans the text itself")
        #expect(doc.normalizedText == "Volume*1 and rate*¹³ here\n")
    }

    @Test func markerPositionsFollowEarlierRepairs() throws {
        // A repair before the marker changes lengths: the position is in the new text.
        let doc = try normalized("Paid US\\$170 Million^{*3} in dividends\n")
        #expect(doc.normalizedText == "Paid US$170 Million in dividends\n")
        let m = try #require(doc.markers.first)
        #expect(m.position == 19)
        #expect(String(decoding: doc.bytes[m.sourceSpan.range], as: UTF8.self) == "^{*3}")
    }
}

@Suite struct CharacterTests {
    @Test func homoglyphsInsideLatinWords() throws {
        // Cyrillic С in "Сompany", Greek Ν in "ΝASDAQ", Cyrillic о in "repоrt".
        let doc = try normalized("The \u{0421}ompany is listed on \u{039D}ASDAQ and filed its rep\u{043E}rt.\n")
        #expect(doc.normalizedText == "The Company is listed on NASDAQ and filed its report.\n")
        #expect(doc.diagnostics.contains { $0.code == "normalize.homoglyph" && $0.message.hasPrefix("3 ") })
    }

    @Test func homoglyphsInNumbers() throws {
        let doc = try normalized("In 2\u{041E}23 revenue was 1O5 million.\nAbove age 50\t6\t\u{0431}\n\u{0412}\telow age 30\n")
        #expect(doc.normalizedText == "In 2023 revenue was 105 million.\nAbove age 50\t6\t6\nB\telow age 30\n")
    }

    /// The look-alikes `l`, `I`, `O` are read only right after a digit (`Normalizer.nextSpecial`
    /// passes over them elsewhere): between digits they are repaired, in words they are not.
    @Test func latinLookalikesOnlyBetweenDigits() throws {
        let doc = try normalized("Fees 1l0 and 2I5 and 3O0, Ill OIL lol, 1l and 4O%\n")
        #expect(doc.normalizedText == "Fees 110 and 215 and 300, Ill OIL lol, 1l and 4O%\n")
    }

    @Test func realCyrillicAndGreekKept() throws {
        let text = "Офис в Москве, μg and Ω, HOLD and lol 2l.\n"
        #expect(try normalized(text).normalizedText == text)
    }

    @Test func oddSpaces() throws {
        let doc = try normalized("RMB\u{00A0}1,000\u{2009}million and\u{200B} more\u{00AD}\n")
        #expect(doc.normalizedText == "RMB 1,000 million and more\n")
    }

    @Test func decomposedAccentsComposed() throws {
        let doc = try normalized("Cafe\u{0301} Nestle\u{0301} Zu\u{0308}rich\n")
        #expect(doc.text == Array("Caf\u{00E9} Nestl\u{00E9} Z\u{00FC}rich\n".utf8))
    }

    @Test func characterSwitchesOff() throws {
        let text = "The \u{0421}ompany 1O5 RMB\u{00A0}1 Cafe\u{0301}\n"
        let doc = try normalized(text, options: ["homoglyphs": .bool(false), "unicode_spaces": .bool(false), "nfc": .bool(false)])
        #expect(doc.text == Array(text.utf8))
    }
}

@Suite struct FurnitureTests {
    @Test func standalonePageNumbersRemoved() throws {
        let doc = try normalized("Winner of the award.\n\n07/08\n\n7\nCompanies in 2023.\n\nPage 2 of 5\n\nMore text.\n")
        #expect(doc.lines == ["Winner of the award.", "", "Companies in 2023.", "", "More text.", ""])
        #expect(doc.removals.map(\.text) == ["07/08", "7", "Page 2 of 5"])
        #expect(doc.removals.allSatisfy { $0.kind == "page_number" })
        let first = try #require(doc.removals.first)
        #expect(String(decoding: doc.bytes[first.sourceSpan.range], as: UTF8.self) == "07/08")
    }

    @Test func numbersInsideTextAndChartsKept() throws {
        let text = "Number per 100 million hours\n2\n1\n0\n14 15 16 17\n"
        #expect(try normalized(text).removals.isEmpty)
    }

    /// Reading-order text: figures one a line set apart by blank lines are a column's
    /// figures, kept; a page number under prose is still removed.
    @Test func figuresOneALineAreNoPageNumbers() throws {
        let text = "Depreciation\n\n613\n\n596\n\nFuel\n\n(576)\n\n25\n\nThe notes are part of these statements.\n\n3\n"
        let doc = try normalized(text)
        #expect(doc.removals.map(\.text) == ["3"])
        #expect(doc.lines.contains("613") && doc.lines.contains("596") && doc.lines.contains("25"))
    }

    @Test func runningHeadersAndFootersOfPagesRemoved() throws {
        var text = ""
        for p in 1...5 {
            text += "Acme Sustainability Report 2023\n"
            text += "Section \(p) heading\n"
            text += "Body text of page \(p) ends with a full stop.\n"
            text += "\(p) Our Business // 2023-24 Acme Responsibility Report\n"
            if p < 5 { text += "\u{0C}" }
        }
        let doc = try normalized(text)
        #expect(doc.removals.filter { $0.kind == "running_header" }.count == 5)
        #expect(doc.removals.filter { $0.kind == "running_footer" }.count == 5)
        #expect(!doc.normalizedText.contains("Acme Sustainability Report"))
        #expect(!doc.normalizedText.contains("Responsibility Report"))
        #expect(doc.normalizedText.contains("Section 3 heading\nBody text of page 3 ends with a full stop."))
    }

    /// The Item a page belongs to printed at the top of each of its pages: its first
    /// printing, where the Item starts, is its heading and stays; the same words again on
    /// that page and on the later pages are running headers.
    @Test func anItemsFirstPrintingAsARunningHeaderStays() throws {
        var text = ""
        for p in 1...6 {
            text += "ITEM 1. BUSINESS\n"
            if p == 1 { text += "Item 1. Business\nOverview\n" }
            text += "Body text of page \(p) ends with a full stop.\n"
            if p < 6 { text += "\u{0C}" }
        }
        let doc = try normalized(text)
        #expect(doc.removals.filter { $0.kind == "running_header" }.map(\.text)
                == ["Item 1. Business"] + Array(repeating: "ITEM 1. BUSINESS", count: 5))
        #expect(doc.normalizedText.hasPrefix("ITEM 1. BUSINESS\nOverview\n"))
        // A running header that opens no Item is removed from its first page too.
        let plain = try normalized((1...6).map { "Acme Annual Report\nBody text of page \($0) ends here.\n" }.joined(separator: "\u{0C}"))
        #expect(plain.removals.filter { $0.kind == "running_header" }.count == 6)
    }

    @Test func pageNumbersAtPageEdges() throws {
        var text = ""
        for p in 1...4 {
            text += "Paragraph on page \(p) which is complete.\n\n\(p)\n\u{0C}"
        }
        let doc = try normalized(text)
        #expect(doc.removals.count == 4)
        #expect(doc.removals.allSatisfy { $0.kind == "page_number" })
    }

    @Test func furnitureSwitchedOff() throws {
        let doc = try normalized("Text.\n\n07/08\n\nMore.\n", options: ["page_furniture": .bool(false)])
        #expect(doc.removals.isEmpty)
        #expect(doc.normalizedText == "Text.\n\n07/08\n\nMore.\n")
    }
}

@Suite struct OptionTests {
    @Test func everyRepairHasASwitchDefaultingToTrue() {
        let names = Set(NormalizeStage.options.map(\.name))
        for name in ["latex_residue", "markers", "homoglyphs", "unicode_spaces", "nfc", "bullets", "dehyphenate", "join_lines", "page_furniture"] {
            #expect(names.contains(name), "missing option \(name)")
        }
        for spec in NormalizeStage.options where spec.name != "markup" {
            #expect(spec.type == .bool)
            #expect(spec.defaultValue == .bool(true))
        }
    }

    @Test func renderedHTMLIsNormalizedRawMarkupPassesThroughUnlessMarkupIsOn() throws {
        let html = Array("<html><body>\n<p>Revenue^{*1} grew</p>\n\n\n\n7\n</body></html>\n".utf8)
        // Rendered by the read stage (the default): normalized like any text.
        let rendered = try normalized(html, source: "x.htm")
        #expect(rendered.format == .html)
        #expect(rendered.markers.map(\.label) == ["1"])
        #expect(!rendered.diagnostics.contains { $0.code == "normalize.skipped_markup" })
        // Read as raw markup (read.html off): left alone unless normalize.markup is on.
        func raw(_ options: [String: OptionValue]) throws -> WorkingDocument {
            var doc = WorkingDocument(docId: "test", source: "x.htm", bytes: html)
            try ReadStage(options: StageOptions(specs: ReadStage.options, given: ["html": .bool(false)])).process(&doc)
            try NormalizeStage(options: StageOptions(specs: NormalizeStage.options, given: options)).process(&doc)
            return doc
        }
        let off = try raw([:])
        #expect(off.text == html)
        #expect(off.markers.isEmpty)
        #expect(off.diagnostics.contains { $0.code == "normalize.skipped_markup" })
        #expect(try raw(["markup": .bool(true)]).markers.count == 1)
    }

    @Test func bulletsSwitchedOff() throws {
        let text = "• one\n• two\n"
        #expect(try normalized(text, options: ["bullets": .bool(false)]).normalizedText == text)
    }
}

@Suite struct EmptyLineTests {
    @Test func linesThatComeOutEmptyLeaveNoGap() throws {
        let doc = try normalized("First paragraph.\n\n\u{200B}\n\nSecond paragraph.\n-------------------------\n")
        #expect(doc.normalizedText == "First paragraph.\n\nSecond paragraph.\n-------------------------\n")
    }
}

@Suite struct EdgarPageTests {
    @Test func pageTagsAreRemovedAndBreakPages() throws {
        let text = "outstanding at the effective time was assumed. A warrant\nto purchase shares of\n\n\n<PAGE>   3\n\nJunglee Capital Stock was assumed by Amazon.com.\n\n<PAGE>\n\nITEM 7.  FINANCIAL STATEMENTS\n"
        let doc = try normalized(text)
        #expect(doc.lines == ["outstanding at the effective time was assumed. A warrant to purchase shares of Junglee Capital Stock was assumed by Amazon.com.",
                              "", "ITEM 7.  FINANCIAL STATEMENTS", ""])
        #expect(doc.removals.map(\.kind) == ["page_number", "page_break"])
        #expect(doc.removals.first?.text == "<PAGE>   3")
    }

    @Test func pageEndingWithAFullSentenceStaysAParagraphBreak() throws {
        let doc = try normalized("The merger closed.\n\u{0C}Junglee was founded in 1996.\n")
        #expect(doc.lines == ["The merger closed.", "", "Junglee was founded in 1996.", ""])
    }
}
