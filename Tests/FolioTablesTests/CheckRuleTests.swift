import FolioModel
@testable import FolioTables
import Testing

/// The arithmetic checks' rules (`TableChecks`): checks follow the table's structure, and a
/// failing check is a real inconsistency of the printed table. Each input is written for its
/// rule.
@Suite struct CheckRuleTests {
    func table(_ s: String) throws -> Table { try #require(try processed(text: s).tables.first) }

    func outcomes(_ t: Table, _ target: String) -> [CheckOutcome] {
        t.checks.filter { $0.target == target }.map(\.outcome)
    }

    @Test func maturityBucketIsAddedNotDeducted() throws {
        let t = try table("(In millions)\n\n\t2024\t2023\nLess than one year\t$9,738\t$9,000\nDue in 1 - 5 years\t3,374\t3,000\nTotal\t$13,112\t$12,000\n")
        #expect(outcomes(t, "Total") == [.pass, .pass])
        #expect(t.checks.first { $0.target == "Total" }?.rows == [2, 0, 1])
    }

    @Test func deductionPrintedPositiveIsSubtracted() throws {
        let t = try table("(In millions)\n\n\t2024\t2023\nProperty and equipment, gross\t500\t400\nLess accumulated depreciation\t200\t150\nTotal property and equipment, net\t300\t250\n")
        #expect(outcomes(t, "Total property and equipment, net") == [.pass, .pass])
    }

    @Test func totalWithoutStatedComponentsIsSkippedNotFailed() throws {
        // `Total non-operating income (expense)` printed alone among other measures: nothing in
        // the table states what it sums.
        let t = try table("(In millions)\n\n\t2024\t2023\nNet sales\t500\t400\nOperating expenses\t450\t390\nOperating income\t50\t10\nTotal non-operating income (expense)\t(18)\t7\nNet income\t32\t17\n")
        let k = t.checks.filter { $0.target == "Total non-operating income (expense)" }
        #expect(!k.isEmpty && k.allSatisfy { $0.outcome == .skipped && $0.reason != nil })
        #expect(!t.checks.contains { $0.outcome == .fail })
    }

    @Test func totalOfAStatedGroupThatDoesNotAddUpFails() throws {
        let t = try table("(In thousands)\n\n\t2023\t2022\nCurrent assets:\t\t\nCash\t10\t8\nLoans\t5\t4\nTotal current assets\t18\t12\n")
        #expect(outcomes(t, "Total current assets") == [.fail, .pass])
        #expect(t.checks.first { $0.outcome == .fail }?.rows == [2, 0, 1])
    }

    @Test func totalMayEqualItsOnlyRow() throws {
        let t = try table("(In thousands)\n\n\tLevel 1\tLevel 2\nAssets:\t\t\nCommercial paper\t3\t3,715\nCorporate bonds\t5\t287\nTotal assets\t8\t4,002\nLiabilities:\t\t\nForeign currency derivative liabilities\t0\t913\nTotal liabilities\t0\t913\n")
        #expect(outcomes(t, "Total liabilities").allSatisfy { $0 == .pass })
        #expect(!t.checks.contains { $0.outcome == .fail })
    }

    @Test func subtotalIsCountedOnce() throws {
        let t = try table("(In millions)\n\n\t2024\t2023\nCurrent liabilities:\t\t\nAccounts payable\t100\t90\nAccrued expenses\t50\t40\nTotal current liabilities\t150\t130\nLong-term debt\t300\t200\nTotal liabilities\t450\t330\n")
        #expect(outcomes(t, "Total liabilities") == [.pass, .pass])
        #expect(t.checks.first { $0.target == "Total liabilities" }?.rows == [4, 2, 3])
    }

    @Test func shareCountLineInsideEquityIsPassedOver() throws {
        let t = try table("(In millions)\n\n\t2024\t2023\nShareholders' equity:\t\t\nPreferred stock\t781\t790\nShares issued (in millions)\t4,009.2\t4,009.2\nCommon stock\t4,009\t4,009\nRetained earnings\t1,000\t900\nTotal shareholders' equity\t5,790\t5,699\n")
        #expect(outcomes(t, "Total shareholders' equity") == [.pass, .pass])
    }

    @Test func sectionTotalSumsRowsAcrossHeadingsInsideItsSection() throws {
        let t = try table("(In millions)\n\n\t2024\t2023\nCash flows from operating activities:\t\t\nNet loss\t(643)\t(100)\nAdjustments to reconcile net loss to net cash used by operating activities:\t\t\nDepreciation\t926\t800\nChanges in inventories\t(683)\t(50)\nNet cash used by operating activities\t(400)\t650\n")
        #expect(outcomes(t, "Net cash used by operating activities") == [.pass, .pass])
    }

    @Test func balanceWithMezzanineBetweenSectionsIsSkipped() throws {
        let t = try table("(In millions)\n\n\t2024\nAssets:\t\nCash\t100\nTotal assets\t100\nLiabilities:\t\nPayables\t60\nTotal liabilities\t60\nRedeemable non-controlling interests\t10\nEquity:\t\nCommon stock\t30\nTotal equity\t30\n")
        let b = t.checks.filter { $0.kind == "balance" }
        #expect(!b.isEmpty && b.allSatisfy { $0.outcome == .skipped })
    }

    @Test func balanceOfAdjacentSectionsIsChecked() throws {
        let t = try table("(In millions)\n\n\t2024\nAssets:\t\nCash\t100\nTotal assets\t100\nLiabilities:\t\nPayables\t60\nTotal liabilities\t60\nEquity:\t\nCommon stock\t40\nTotal equity\t40\n")
        #expect(t.checks.filter { $0.kind == "balance" }.map(\.outcome) == [.pass])
    }

    @Test func resultPrintedBelowIsNoComponentOfTheRowAbove() throws {
        // `Net change` sums the two rows above it; read the other way round the first row
        // would be `Net change` less the deduction, and the group total would count the
        // first row instead of `Net change`.
        let t = try table("(In millions)\n\n\t2024\t2023\nOther comprehensive income (loss):\t\t\nForeign currency translation adjustments\t(2,586)\t1,027\nAvailable-for-sale debt securities:\t\t\n  Change in net unrealized gains (losses)\t(823)\t366\n  Less: reclassification adjustment for losses (gains)\t298\t50\n      Net change\t(525)\t416\nOther, net of tax\t—\t4\nTotal other comprehensive income (loss)\t(3,111)\t1,447\n")
        #expect(!t.checks.contains { $0.outcome == .fail })
        #expect(outcomes(t, "Total other comprehensive income (loss)") == [.pass, .pass])
        #expect(outcomes(t, "Change in net unrealized gains (losses)").isEmpty)
    }

    @Test func averageAndPercentColumnsAreNotSummed() throws {
        let t = try table("(In millions)\n\n\tGross\tWeighted-Average Remaining Life\nMarketing-related\t16\t16.8\nContract-based\t10\t10.9\nTotal finite-lived intangible assets\t26\t11.0\n")
        #expect(t.checks.filter { $0.col == 1 }.isEmpty)
        #expect(outcomes(t, "Total finite-lived intangible assets") == [.pass])
        let p = try table("\t2024\t2023\nSubscription and support\t94%\t93%\nProfessional services and other\t6\t7\nTotal revenues\t100\t100\n")
        #expect(!p.checks.contains { $0.outcome == .fail })
    }

    @Test func columnWithAMissingFigureIsSkipped() throws {
        let t = try table("(In millions)\n\n\t2024\t2023\nIncome:\t\t\nTranslation\t623\t100\nHedges\t\t4\nPensions\t(37)\t(10)\nTotal income\t590\t94\n")
        #expect(outcomes(t, "Total income") == [.skipped, .pass])
    }

    @Test func deductionMarkers() {
        func row(_ label: String, path: [String] = []) -> DataRow {
            DataRow(label: label, path: path + [label], cells: [:], numbers: [:], span: Span(start: 0, end: 0),
                    isTotal: false, groups: [], closes: nil, unlabeled: false)
        }
        #expect(TableChecks.deductionMarked(row("Less: accumulated depreciation")))
        #expect(TableChecks.deductionMarked(row("Less accumulated depreciation")))
        #expect(TableChecks.deductionMarked(row("Accumulated depreciation", path: ["Less"])))
        #expect(!TableChecks.deductionMarked(row("Less than one year")))
        #expect(!TableChecks.deductionMarked(row("Lessor income")))
        #expect(!TableChecks.deductionMarked(row("Cost of revenue")))
    }
}
