import FolioModel
@testable import FolioTables
import Testing

/// A row printed with whole rows of other figures after its own, whose labels no run of
/// labels pairs, keeps its own figures (`carrierKeepsItsFigures`).
@Suite struct RowRunsCarrierKeepsItsFiguresTests {
    static func labelsAndFigures(_ s: String) -> [String: [String]] {
        let text = Array(s.utf8)
        var out: [String: [String]] = [:]
        for region in TableRegionFinder.find(in: text, readingOrder: true) where region.layout == .rowRuns {
            for row in RowRuns.read(text, region.lines) {
                out[row.label] = row.cells.dropFirst().compactMap { $0?.text }
            }
        }
        return out
    }

    /// One row of figures after the carrier's, its label never printed: the carrier keeps
    /// its first two figures; the others are no row.
    @Test func theCarrierKeepsItsFirstFigures() {
        let s = """
            Payroll
            410
            380
            Rent
            95
            90
            Utilities
            31
            28
            Travel
            17
            22
            553
            520

            The board approved the budget in March.
            """
        let rows = Self.labelsAndFigures(s)
        #expect(rows["Payroll"] == ["410", "380"])
        #expect(rows["Utilities"] == ["31", "28"])
        #expect(rows["Travel"] == ["17", "22"])
        #expect(!rows.values.contains { $0.contains("553") })
    }

    /// More rows of figures after the carrier's than a chain waits with (`maxWaiting`):
    /// the carrier keeps its own two, and the chain ends after it.
    @Test func tooManyWaitingRowsStillLeaveTheCarriersOwn() {
        let s = """
            Seeds
            12
            14
            Fertiliser
            40
            44
            Fuel
            (8)
            (9)
            5
            6
            1
            2
            9
            9
            4
            4
            """
        let rows = Self.labelsAndFigures(s)
        #expect(rows["Seeds"] == ["12", "14"])
        #expect(rows["Fuel"] == ["(8)", "(9)"])
        #expect(rows.count == 3)
    }

    /// A carrier after a single row may head a table of its own whose rows carry more
    /// figures: the chain ends before it, as without the rule, and no chain of two rows
    /// takes its first figures.
    @Test func aCarrierAfterOneRowIsNotTaken() {
        let s = """
            Share of sales
            18 %
            15 %
            Share of earnings
            20 %
            17 %
            21 %
            16 %
            """
        let rows = Self.labelsAndFigures(s)
        #expect(rows["Share of earnings"] != ["20 %", "17 %"])
    }
}
