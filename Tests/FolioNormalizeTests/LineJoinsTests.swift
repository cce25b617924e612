import FolioModel
import FolioNormalize
import Testing

/// Normalization records where it joined two printed lines into one (`WorkingDocument.lineJoins`),
/// and a later stage asks `joinsLines` rather than deciding again from the text (#17: a
/// statement's band may end at a row label printed over two lines).
@Suite struct LineJoinsTests {
    /// The span of the first line of the normalized text holding `needle`.
    static func lineSpan(_ doc: WorkingDocument, _ needle: String) throws -> Span {
        let text = doc.normalizedText
        let r = try #require(text.range(of: needle))
        let start = text[..<r.lowerBound].lastIndex(of: "\n").map { text.utf8.distance(from: text.startIndex, to: $0) + 1 } ?? 0
        let end = text[r.lowerBound...].firstIndex(of: "\n").map { text.utf8.distance(from: text.startIndex, to: $0) } ?? text.utf8.count
        return Span(start: start, end: end)
    }

    /// A row label printed over two lines (the second in lower case) is joined, and its line
    /// is known as joined; the labels printed on one line are not.
    @Test func aRowLabelOverTwoLinesIsKnownAsJoined() throws {
        let doc = try normalized("""
            Service cost
            Foreign currency translation and other
            adjustments
            End of year

            1,000
            50

            """)
        #expect(doc.lines.contains("Foreign currency translation and other adjustments"))
        #expect(doc.joinsLines(try Self.lineSpan(doc, "Foreign currency translation")))
        #expect(!doc.joinsLines(try Self.lineSpan(doc, "Service cost")))
        #expect(!doc.joinsLines(try Self.lineSpan(doc, "End of year")))
        #expect(doc.lineJoins.count == 1)
    }

    /// A paragraph's wrapped lines are joined, and no join of theirs is recorded (no later
    /// stage asks); a later rewrite of the text empties the joins (their positions would be
    /// stale).
    @Test func aParagraphsJoinsAreNotRecorded() throws {
        let text = """
            The Company sponsors defined benefit plans that cover most of its employees in the
            United States and abroad, and it funds them as the law requires in each country
            where the plans are held.

            Service cost
            Foreign currency translation and other
            adjustments
            End of year

            1,000
            50

            """
        let doc = try normalized(text)
        #expect(doc.lines.contains { $0.hasPrefix("The Company sponsors") && $0.hasSuffix("where the plans are held.") })
        #expect(!doc.joinsLines(try Self.lineSpan(doc, "The Company sponsors")))
        #expect(doc.joinsLines(try Self.lineSpan(doc, "Foreign currency translation")))
        #expect(doc.lineJoins.count == 1)
        #expect(doc.lineJoins.allSatisfy { doc.text[$0] == 0x20 })
        let off = try normalized(text, options: ["join_lines": .bool(false)])
        #expect(off.lineJoins.isEmpty)
        var rewritten = doc
        rewritten.rewriteText(doc.text, map: .identity(length: doc.text.count))
        #expect(rewritten.lineJoins.isEmpty)
    }
}
