import FolioModel
import Testing
@testable import FolioFacts

/// An approximate prose figure is read as rounded at its last non-zero digit
/// (`Figure.roundingUnit`, `NarrativeExtractor.saysApproximate`).
@Suite struct ApproximateRoundingTests {
    func figure(_ value: Double, decimals: Int = 0, scale: Int = 1) -> Figure {
        Figure(start: 0, end: 0, value: value, decimals: decimals, scale: scale, unit: "USD")
    }

    @Test func anApproximateFigureIsRoundedAtItsLastNonZeroDigit() {
        #expect(figure(37_000).roundingUnit(approximate: true) == 1_000)
        #expect(figure(183_000).roundingUnit(approximate: true) == 1_000)
        // Two significant digits at the coarsest.
        #expect(figure(70_000).roundingUnit(approximate: true) == 1_000)
        #expect(figure(300, scale: 1_000_000).roundingUnit(approximate: true) == 10)
        #expect(figure(5, scale: 1_000_000_000).roundingUnit(approximate: true) == 1)
        // Decimals printed say the rounding themselves.
        #expect(figure(4.2, decimals: 1).roundingUnit(approximate: true) == 0.1)
        // Not said to be approximate: exact as printed.
        #expect(figure(37_000).roundingUnit(approximate: false) == 1)
    }

    @Test func theWordBeforeTheFigureSaysItIsApproximate() {
        func says(_ s: String) -> Bool {
            let t = Array(s.utf8)
            let at = t.firstIndex(of: UInt8(ascii: "$")) ?? t.count
            return NarrativeExtractor.saysApproximate(t, before: at)
        }
        #expect(says("the purchase of finance leases of approximately $37,000"))
        #expect(says("distributions of about $183,000"))
        #expect(says("fees of approx. $12,000"))
        #expect(!says("the purchase of finance leases of $37,000"))
        #expect(!says("fees of unaboutish $12,000"))
    }

    /// A paragraph stating `stated` and a statement row of `printed` dollars for 2015.
    func doc(_ stated: String, printed: Double) -> WorkingDocument {
        let prose = "Liquidity\n\nNet cash used in investing activities was \(stated) for the year ended December 31, 2015.\n\n"
        var doc = WorkingDocument(docId: "t", source: "t.txt", bytes: Array(prose.utf8))
        doc.setText(Array(prose.utf8), map: OffsetMap())
        doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: "Liquidity", span: Span(start: 0, end: prose.utf8.count))]
        doc.blocks = [Block(id: 1, sectionId: 1, kind: .heading, text: "", span: Span(start: 0, end: 9)),
                      Block(id: 2, sectionId: 1, kind: .paragraph, text: "", span: Span(start: 11, end: prose.utf8.count - 2))]
        let year = CalendarDate(year: 2015, month: 12, day: 31).flatMap { Period.ending($0, months: 12) }
        let cell = Cell(row: 0, col: 1, rowLabel: "Net cash used in investing activities", rowPath: ["Net cash used in investing activities"],
                        columnPath: ["2015"], raw: String(printed), value: printed, scale: 1, unit: "USD", period: year)
        doc.tables = [Table(id: 1, span: Span(start: 0, end: 0), cells: [cell])]
        return doc
    }

    @Test func anApproximateFigureAgreesWithTheLineItRounds() throws {
        var rounded = doc("approximately $37,000", printed: -36_795)
        try FactsStage(options: StageOptions()).process(&rounded)
        #expect(rounded.facts.map(\.check) == [.agrees])
        // Printed as exact, the same figure disagrees.
        var exact = doc("$37,000", printed: -36_795)
        try FactsStage(options: StageOptions()).process(&exact)
        #expect(exact.facts.map(\.check) == [.disagrees])
        // Approximate to two significant digits, not to any: 31,000 is not about 37,000.
        var far = doc("approximately $37,000", printed: -31_000)
        try FactsStage(options: StageOptions()).process(&far)
        #expect(far.facts.map(\.check) == [.disagrees])
    }
}

/// A period in a clause giving a cause after the figure is the cause's (`cutCause`).
@Suite struct CauseAfterTheFigureTests {
    func periods(_ s: String, base: StatedPeriod?) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: base).map { n in
            "\(n.metric) \(n.figure.value) \(n.period?.text ?? "nil")"
        }
    }

    @Test func aPeriodInTheCauseIsNotTheFigures() {
        let year = StatedPeriod.year(2020, text: "Year Ended December 31, 2020")
        #expect(periods("Filing fees of $77,919 were lower due to the listing fees incurred last year.", base: year)
            == ["Filing fees 77919.0 Year Ended December 31, 2020"])
        #expect(periods("Filing fees of $77,919 were lower because listing fees were paid in 2019.", base: year)
            == ["Filing fees 77919.0 Year Ended December 31, 2020"])
        // Before the cause, the period is the figure's.
        #expect(periods("Filing fees of $77,919 in 2021 were lower due to the listing fees incurred last year.", base: year)
            == ["Filing fees 77919.0 2021"])
    }
}
