import Testing
import FolioModel
import FolioFootnotes

/// The acceptance test of the footnotes issue: the earnings-release seed has 15 footnotes,
/// each referenced once; 8 and 9 run on into a second paragraph; 13 and 14 are defined
/// mid-document right after the paragraph that uses them.
@Suite struct EarningsSeedTests {
    struct Expected {
        var label: String
        var prefix: String
        var suffix: String
        /// The words printed right before the marker.
        var before: String
        /// A phrase from a continuation paragraph, if the note has one.
        var continuation: String?
    }

    static let expected: [Expected] = [
        Expected(label: "1", prefix: "Refers to the total principal amount of ", suffix: "technology solutions.", before: "Origination Loan Volume"),
        Expected(label: "2", prefix: "Non-GAAP income from operations, Non-GAA", suffix: "of this press release.", before: "RMB4.3 Billion and Non-GAAP"),
        Expected(label: "3", prefix: "Includes the value of actual dividend di", suffix: "on April 15, 2024.", before: "Dividends for Full Year 2023"),
        Expected(label: "4", prefix: "\"Aggregate value of ADSs repurchased\" re", suffix: "2023 to March 12, 2024.", before: "Aggregate Value of ADSs Repurchased"),
        Expected(label: "5", prefix: "Refers to cumulative registered users ac", suffix: "across our platform.", before: "235.4 million consumers"),
        Expected(label: "6", prefix: "\"Users with approved credit lines\" refer", suffix: "the end of each period.", before: "users with approved credit lines"),
        Expected(label: "7", prefix: "Including 4,667,384 loans across \"V-pock", suffix: "across other products.", before: "19,458,549 loans"),
        Expected(label: "8", prefix: "\"ICE\" is an open platform on our \"360 Ji", suffix: "fourth quarter of 2023.", before: "ICE\") and other technology solutions",
                 continuation: "\n\nUnder other technology solutions, we offer financial institutions on-premise deployed"),
        Expected(label: "9", prefix: "\"Total outstanding loan balance\" refers ", suffix: "for more than 180 days.", before: "Total outstanding loan balance",
                 continuation: "at the end of each period,\n\nincluding loan balance for \"ICE\" and other technology solutions"),
        Expected(label: "10", prefix: "Outstanding loan balance for \"ICE\" and o", suffix: "as of December 31, 2023.", before: "\"ICE\" and other technology solutions"),
        Expected(label: "11", prefix: "\"90 day+ delinquency rate\" refers to the", suffix: "delinquency rate calculation.", before: "90 day+ delinquency rate"),
        Expected(label: "12", prefix: "\"Repeat borrower contribution\" for a giv", suffix: "platform during that period.", before: "Repeat borrower contribution"),
        Expected(label: "13", prefix: "\"Day-1 delinquency rate\" is defined as (", suffix: "as of such specified date.", before: "Day-1 delinquency rate"),
        Expected(label: "14", prefix: "\"30 day collection rate\" is defined as (", suffix: "as of such specified date.", before: "30-day collection rate"),
        Expected(label: "15", prefix: "\"Financing income\" is generated from loa", suffix: "and interests from borrowers.", before: "Financing income"),
    ]

    static func seed() -> WorkingDocument? {
        TestDoc.file(TestDoc.seedsDir + "/003_05f12aa528e47d2d.txt")
    }

    /// Checks the whole list against `expected`. `blocks` says whether references must name
    /// a block; `normalized` whether markers were removed from the text.
    static func check(_ doc: WorkingDocument, blocks: Bool, normalized: Bool) {
        let notes = doc.footnotes
        #expect(notes.map(\.label) == expected.map(\.label))
        #expect(notes.map(\.id) == Array(1...15))
        guard notes.count == expected.count else { return }
        let original = doc.bytes
        for (f, e) in zip(notes, expected) {
            #expect(f.text.hasPrefix(e.prefix), "footnote \(e.label) starts \(f.text.prefix(60))")
            #expect(f.text.hasSuffix(e.suffix), "footnote \(e.label) ends \(f.text.suffix(40))")
            #expect(!f.text.hasPrefix(e.label + " "), "label left in footnote \(e.label)")
            if let c = e.continuation {
                #expect(f.text.contains(c), "footnote \(e.label) lacks its continuation paragraph")
            } else {
                #expect(!f.text.contains("\n\n"), "footnote \(e.label) took a paragraph that is not its own")
            }
            #expect(MarkerScanner.scan(f.text, includeWeak: false).isEmpty, "marker left in footnote \(e.label)")
            #expect(f.references.count == 1, "footnote \(e.label) has \(f.references.count) references")
            guard let r = f.references.first else { continue }
            // The text right before the marker ends with the expected words.
            let pos = r.span.start
            let lead = String(decoding: doc.text[max(0, pos - 80)..<pos], as: UTF8.self)
            #expect(lead.hasSuffix(e.before) || lead.hasSuffix(e.before + " "), "footnote \(e.label) referenced after: …\(lead.suffix(40))")
            // The source span is the marker as printed: `^{*N}` or `*N` in superscript.
            let printed = String(decoding: original[r.sourceSpan.range], as: UTF8.self)
            #expect(printed == "^{*\(e.label)}" || printed.hasPrefix("*") && MarkerScanner.scan("x" + printed).first?.labels == [e.label],
                    "footnote \(e.label) source span is \(printed)")
            if normalized { #expect(r.span.isEmpty) } else { #expect(!r.span.isEmpty) }
            if blocks {
                let block = TestDoc.block(doc, r.blockId)
                #expect(block != nil, "footnote \(e.label) reference has no block")
                #expect(block?.text.contains(e.before) ?? false)
                #expect(block.map { $0.span.start <= pos && pos <= $0.span.end } ?? false)
            } else {
                #expect(r.blockId == nil)
            }
            #expect(r.tableId == nil)
        }
        #expect(!doc.diagnostics.contains { $0.code == "footnotes.unresolved_marker" || $0.code == "footnotes.unreferenced" })
        #expect(doc.diagnostics.contains { $0.code == "footnotes.summary" && $0.message.hasPrefix("15 footnote(s), 15 reference(s), 0 unresolved") })
    }

    @Test("normalized markers, plain paragraphs: the stage finds the definitions itself")
    func normalizedParagraphs() throws {
        var doc = try #require(Self.seed())
        TestDoc.normalizeMarkers(&doc)
        #expect(doc.markers.count == 15)
        TestDoc.segment(&doc)
        #expect(!doc.blocks.contains { $0.kind == .footnote })
        TestDoc.runFootnotes(&doc)
        Self.check(doc, blocks: true, normalized: true)
        // No marker left in the prose.
        #expect(MarkerScanner.scan(doc.text, includeWeak: false).isEmpty)
        for b in doc.blocks {
            #expect(!b.text.contains("^{"), "marker left in block \(b.id)")
        }
        // Definitions and their continuation paragraphs are now footnote blocks.
        let footnoteBlocks = doc.blocks.filter { $0.kind == .footnote }
        #expect(footnoteBlocks.count == 17)
        #expect(footnoteBlocks.contains { $0.text.hasPrefix("Under other technology solutions") })
        #expect(footnoteBlocks.contains { $0.text.hasPrefix("including loan balance for") })
        // Each footnote's span covers its definition and continuation.
        let f8 = doc.footnotes[7]
        #expect(doc.string(f8.span ?? Span(start: 0, end: 0)).hasPrefix("8 \"ICE\""))
        #expect(doc.string(f8.span ?? Span(start: 0, end: 0)).contains("Under other technology solutions"))
    }

    @Test("normalized markers, definitions already marked as footnote blocks by segment")
    func normalizedFootnoteBlocks() throws {
        var doc = try #require(Self.seed())
        TestDoc.normalizeMarkers(&doc)
        TestDoc.segment(&doc, markFootnotes: true)
        #expect(doc.blocks.filter { $0.kind == .footnote }.count == 15)
        TestDoc.runFootnotes(&doc)
        Self.check(doc, blocks: true, normalized: true)
    }

    @Test("no normalize stage: markers are found in the text by the fallback scanner")
    func scannedMarkers() throws {
        var doc = try #require(Self.seed())
        TestDoc.segment(&doc)
        TestDoc.runFootnotes(&doc)
        Self.check(doc, blocks: true, normalized: false)
    }

    @Test("neither normalize nor segment: paragraphs and markers found by the stage")
    func noBlocks() throws {
        var doc = try #require(Self.seed())
        TestDoc.runFootnotes(&doc)
        Self.check(doc, blocks: false, normalized: false)
        #expect(doc.blocks.isEmpty)
    }

    @Test("scan_markers off and no markers: no references, every definition unconfirmed")
    func scanOff() throws {
        var doc = try #require(Self.seed())
        TestDoc.segment(&doc)
        TestDoc.runFootnotes(&doc, ["scan_markers": .bool(false)])
        #expect(doc.footnotes.isEmpty)
    }
}
