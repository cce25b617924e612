import FolioModel
import Testing
@testable import FolioFacts

/// **balanceUnderHeadingPeriod**: a balance dated only by its section's heading is held at the
/// end of the heading's period; the section's flows keep the heading's period.
@Suite struct BalanceUnderHeadingTests {
    /// The facts of one paragraph under one heading, `value period` each (an instant's date,
    /// else `start..end`), from the facts stage as a document runs it.
    func facts(heading: String, _ paragraph: String) throws -> [String] {
        let lines = [heading, paragraph]
        var (doc, spans, at) = linesDocument("h", lines)
        doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: heading, span: Span(start: 0, end: at))]
        let kinds: [BlockKind] = [.heading, .paragraph]
        doc.blocks = lines.indices.map { Block(id: $0 + 1, sectionId: 1, kind: kinds[$0], text: lines[$0], span: spans[$0]) }
        try FactsStage(options: StageOptions()).process(&doc)
        return doc.facts.map { f in
            "\(f.value ?? 0) " + (f.period?.instant ?? "\(f.period?.start ?? "nil")..\(f.period?.end ?? "nil")")
        }
    }

    @Test("balances under a heading's year or quarter: the instant it ends on; the flows beside them keep the period")
    func balancesAtTheHeadingsEnd() throws {
        #expect(try facts(heading: "Results of Operations - Year Ended June 30, 2025",
                          "Revenue was $812,400 and sales tax receivable was $4,317.")
                == ["812400.0 2024-07-01..2025-06-30", "4317.0 2025-06-30"])
        #expect(try facts(heading: "Liquidity - Three Months Ended March 31, 2024",
                          "Accounts payable were $3.1 billion and income taxes paid were $0.4 billion.")
                == ["3.1 2024-03-31", "0.4 2024-01-01..2024-03-31"])
    }

    @Test("a flow word, a booking or a change keeps the heading's period")
    func flowsUnderTheHeading() throws {
        // A held word with a flow word: the period's expense.
        #expect(try facts(heading: "Fourth Quarter 2023 Results", "Provision for loans receivable was $639.9 million.")
                == ["639.9 2023-10-01..2023-12-31"])
        // A balance booked during the year: what the year added.
        #expect(try facts(heading: "Year Ended December 31, 2023",
                          "We recognized definite-lived intangible assets of $469 million.")
                == ["469.0 2023-01-01..2023-12-31"])
    }
}
