import FolioModel
@testable import FolioTables
import Testing

/// Row-path rules and repairs added for the ESG seed, the SGML exhibit and the samples; each
/// input is written for the rule, not copied from a corpus file.
@Suite struct GroupRuleTests {
    func tables(_ s: String) throws -> [Table] { try processed(text: s).tables }

    func paths(_ t: Table) -> [String] {
        var out: [String] = []
        for c in t.cells where c.col == 0 { out.append(c.rowPath.joined(separator: " > ")) }
        return out
    }

    @Test func percentageRowAfterCountsLeavesTheGroup() throws {
        let t = try #require(try tables("Item\t2023\t2022\nStaff by site\t\t\nNorth\t10\t12\nSouth\t5\t4\nAttrition rate\t12%\t9%\n").first)
        #expect(paths(t) == ["Staff by site > North", "Staff by site > South", "Attrition rate"])
    }

    @Test func countRowAfterPercentagesLeavesTheGroup() throws {
        let t = try #require(try tables("Item\t2023\t2022\nAttrition by site\t\t\nNorth\t12%\t9%\nSouth\t5%\t4%\nDays lost\t0\t3\n").first)
        #expect(paths(t) == ["Attrition by site > North", "Attrition by site > South", "Days lost"])
    }

    /// `percentOnFirstRow`: MD&A prints `%` on a block's first row only, as a statement prints
    /// `$`; the plain rows below are the block's percentages, not amounts in the table's scale.
    @Test func percentOnFirstRowMarksTheBlock() throws {
        let text = """
        (in millions)\t2024\t2023
        Operating costs:\t\t
        Materials\t$ 1,200\t$ 1,100
        Freight\t340\t310
        Growth over prior year:\t\t
        Materials\t9 %\t4 %
        Freight\t10\t(2)
        Labor\t3\t5
        """
        let t = try #require(try tables(text).first)
        let growth = t.cells.filter { $0.rowPath.first == "Growth over prior year" }
        #expect(growth.count == 6)
        #expect(growth.allSatisfy { $0.unit == "percent" && $0.scale == 1 })
        #expect(t.cells.filter { $0.rowPath.first == "Operating costs" }.allSatisfy { $0.unit == "USD" && $0.scale == 1_000_000 })
    }

    /// The same in a Markdown pipe table, the block closed by a total and followed by a second
    /// block that marks its own first row with one decimal place.
    @Test func percentOnFirstRowInPipeTable() throws {
        let text = """
        | (Dollars in thousands) | 2024 | 2023 |
        |---|---|---|
        | Revenue mix: | | |
        | Licenses | 61 % | 58 % |
        | Services | 30 | 33 |
        | Hardware | 9 | 9 |
        | Percent of revenue: | | |
        | Cost of revenue | 42.5 % | 44.0 % |
        | Selling | 12.1 | 11.8 |
        | Research | 8.0 | 7.5 |
        """
        let t = try #require(try tables(text).first)
        let mix = t.cells.filter { $0.rowPath.first == "Revenue mix" }
        let share = t.cells.filter { $0.rowPath.first == "Percent of revenue" }
        #expect(mix.count == 6 && share.count == 6)
        #expect((mix + share).allSatisfy { $0.unit == "percent" && $0.scale == 1 })
    }

    /// Not the rule: one plain row after one percentage row is another measure, and rows printed
    /// past ±100 or to other decimal places are not the block's percentages.
    @Test func percentOnFirstRowNeedsABlockOfLikeFigures() throws {
        let single = try #require(try tables("Item\t2023\t2022\nHeadcount\t450\t430\nSafety\t\t\nIncident rate\t12%\t9%\nDays lost\t4\t3\n").first)
        #expect(paths(single) == ["Headcount", "Safety > Incident rate", "Days lost"])
        #expect(single.cells.filter { $0.rowLabel == "Days lost" }.allSatisfy { $0.unit != "percent" })
        let wide = try #require(try tables("Item\t2023\t2022\nStaff\t\t\nAttrition\t12%\t9%\nHeadcount\t450\t430\nSites\t4\t3\n").first)
        #expect(wide.cells.filter { $0.rowLabel != "Attrition" }.allSatisfy { $0.unit != "percent" })
    }

    @Test func totalPrintedFirstHeadsItsGroup() throws {
        let t = try #require(try tables("Index\t2023\t2022\nEmissions\t\t\nTotal emissions (tons)\t30\t20\nScope 1\t10\t5\nScope 2\t20\t15\nTotal waste (tons)\t4\t3\nTotal emissions per employee (tons/employee)\t0.3\t0.2\n").first)
        #expect(paths(t).allSatisfy { $0.hasPrefix("Emissions > ") })
        #expect(t.checks.contains { $0.target == "Total emissions (tons)" && $0.outcome == .pass })
    }

    @Test func headingOverDifferentlyPrintedFiguresStartsASubTable() throws {
        let t = try #require(try tables("Index\t2023\t2022\nAverage hours per employee\t\t\nBy gender\t\t\nFemale\t6.33\t6.03\nMale\t7.01\t5.63\nBy grade\t\t\nSenior\t3.00\t2.22\nSuppliers by region\t\t\nEast\t52\t9\nWest\t28\t7\n").first)
        #expect(paths(t) == ["Average hours per employee > By gender > Female", "Average hours per employee > By gender > Male",
                             "Average hours per employee > By grade > Senior", "Suppliers by region > East", "Suppliers by region > West"])
    }

    @Test func sentenceMetricAfterShortNamesLeavesTheGroup() throws {
        // ESG style: a breakdown by region, then disclosures stated as sentences.
        let esg = try #require(try tables("Index\t2023\t2022\nSuppliers by region\t\t\nEast\t52\t9\nNorth West\t28\t7\nThe number of complaints received about the products sold during the year\t2\t1\n").first)
        #expect(paths(esg) == ["Suppliers by region > East", "Suppliers by region > North West",
                               "The number of complaints received about the products sold during the year"])
        // Statement style: long member labels that do not start like a sentence stay members.
        let st = try #require(try tables("\t2023\t2022\nCurrent assets:\t\t\nCash\t5\t4\nPrepaid expenses and other current assets held for sale by the group\t3\t2\n").first)
        #expect(paths(st) == ["Current assets > Cash", "Current assets > Prepaid expenses and other current assets held for sale by the group"])
    }

    @Test func netCashClosesItsSection() throws {
        let text = """
        \t2023\t2022
        CASH FLOWS FROM OPERATING ACTIVITIES:\t\t
        Net loss\t(100)\t(50)
        Adjustments to reconcile net loss to net cash used in operating activities:\t\t
        Depreciation\t20\t10
        Changes in payables\t5\t(4)
        Net cash used in operating activities\t(75)\t(44)
        CASH FLOWS FROM INVESTING ACTIVITIES:\t\t
        Purchases of equipment\t(30)\t(10)
        Net cash used in investing activities\t(30)\t(10)

        """
        let t = try #require(try tables(text).first)
        #expect(paths(t).contains("CASH FLOWS FROM OPERATING ACTIVITIES > Net cash used in operating activities"))
        #expect(t.checks.filter { $0.target == "Net cash used in operating activities" }.allSatisfy { $0.outcome == .pass })
        #expect(t.checks.contains { $0.target == "Net cash used in operating activities" })
    }

    @Test func shareCountLeavesThePerShareGroup() throws {
        let t = try #require(try tables("(In thousands, except per share data)\n\n\t2023\t2022\nRevenue\t100\t90\nEarnings per share:\nBasic\t0.30\t0.27\nWeighted average number of shares outstanding\t50,210\t50,180\n").first)
        let shares = try #require(t.cells.first { $0.rowLabel.hasPrefix("Weighted") })
        #expect(shares.rowPath == ["Weighted average number of shares outstanding"])
        #expect(shares.unit == "shares")
        #expect(shares.scale == 1000)   // only per-share figures are exempt from the caption's scale
        let eps = try #require(t.cells.first { $0.rowLabel == "Basic" })
        #expect(eps.rowPath == ["Earnings per share", "Basic"])
        #expect(eps.scale == 1)
    }

    @Test func sharesColumnCountsShares() throws {
        let t = try #require(try tables("\tSHARES\tAMOUNT\nIssued for cash\t1,000\t$5,000\nBALANCES\t1,000\t$5,000\n").first)
        #expect(t.cells.first { $0.col == 0 }?.unit == "shares")
        #expect(t.cells.first { $0.col == 1 }?.unit == "USD")
    }

    @Test func wordCutInTextTableIsRejoined() throws {
        let t = try #require(try tables("Aspect\tDescription\tLocation\nAspect C1: Environment and N\tatural Resources\t\nGeneral disclosure\tPolicies on resources.\tPage 4\nC1.1\tTypes of resources used.\tPage 5\n").first)
        #expect(t.cells.first?.rowPath == ["Aspect C1: Environment and Natural Resources", "General disclosure"])
    }
}

@Suite struct SplitLabelTests {
    @Test func labelColumnPrintedApartFromItsFigures() throws {
        let text = """
        Index\t2023\t2022
        Gender\t\t
        Female\t10\t9
        Male\t12\t11
        Age\t\t
        Under 30\t8\t7

        I\tndex
        G\tender
        Fe\temale
        Μ\t1ale
        Training rate\t
        G\tender
        F\temale
        Μ\tale

        Under 30

        2023\t2022
        19%\t18%
        21%\t20%
        90%\t91%
        92%\t93%
        /\t/

        """
        let doc = try processed(text: text)
        #expect(doc.tables.count == 2)
        let t = try #require(doc.tables.last)
        let rows = t.cells.filter { $0.col == 0 }.map { $0.rowPath.joined(separator: " > ") + "=" + $0.raw }
        #expect(rows == ["Gender > Female=19%", "Gender > Male=21%", "Training rate > Gender > Female=90%",
                         "Training rate > Gender > Male=92%", "Training rate > Gender > Under 30=/"])
        #expect(doc.diagnostics.contains { $0.code == "tables.labels_rejoined" })
    }

    @Test func countsThatDoNotAgreeLeaveTheRunsAlone() throws {
        let text = "Index\t2023\nGender\t\nFemale\t10\nMale\t12\n\nG\tender\nFe\temale\nΜ\tale\nO\tther\n\n2023\n19%\n21%\n"
        let doc = try processed(text: text)
        #expect(!doc.diagnostics.contains { $0.code == "tables.labels_rejoined" })
    }

    @Test func garbledLabelMatchesTheDocumentsLabels() {
        var v = SplitLabels.Vocabulary([])
        v.labels = ["Male", "Name", "Female", "Index"]
        #expect(SplitLabels.mend("Ν", "1ale", v) == "Male")
        #expect(SplitLabels.mend("h", "ndex", v) == "Index")
        #expect(SplitLabels.mend("Fe", "emale", v) == "Female")
        #expect(SplitLabels.mend("0", "ut of range", v) == "Out of range")
        #expect(SplitLabels.mend("С", "hina", v) == "China")
    }
}

@Suite struct TitleAndUnitsTests {
    @Test func openParenthesisWithoutItsCloseIsNegativeInANumericColumn() {
        #expect(NumberParser.parse("(3,569", lenient: true)?.value == -3569)
        #expect(NumberParser.parse("(3,569") == nil)
        #expect(NumberParser.parse("(see note", lenient: true) == nil)
    }

    @Test func periodLineJoinsTheStatementName() {
        let text = Array("ACME CORP.\n\nBALANCE SHEETS\nDECEMBER 31, 1997 AND 1996\n".utf8)
        #expect(Lookback.context(text, before: text.count).context.title == "BALANCE SHEETS DECEMBER 31, 1997 AND 1996")
    }

    @Test func exceptPerShareDataKeepsShareCountsScaled() {
        #expect(UnitsParser.parse("(In thousands, except per share data)").exceptShares == false)
        #expect(UnitsParser.parse("(In thousands, except share and per share data)").exceptShares == true)
        #expect(UnitsParser.parse("(Amounts in thousands except for number of shares and per share data)").exceptShares == true)
    }
}

/// A `Note` column of note references between the labels and the figures (NoteColumn).
@Suite struct NoteColumnTests {
    @Test func noteReferencesAreNotFigures() throws {
        let text = """
                                      Note        2024        2023
            Revenue                      4       3,988       3,325
            Cost of revenue            5.1      (2,798)     (2,349)
            Gross profit                         1,190         976

            """
        let t = try #require(try processed(text: text).tables.first)
        let note = t.cells.filter { $0.columnPath.contains("Note") }
        #expect(note.map(\.raw) == ["4", "5.1"])
        #expect(note.allSatisfy { $0.value == nil })
        #expect(t.cells.contains { $0.raw == "3,988" && $0.value == 3988 })
        #expect(t.checks.contains { $0.target == "Gross profit" && $0.outcome == .pass })
    }

    /// A column headed `Note` holding anything but references stays a column of figures.
    @Test func aNoteHeadedColumnOfFiguresStaysNumeric() throws {
        let text = """
                                      Note        2024
            Revenue                  1,250       3,988
            Cost of revenue            (80)     (2,798)

            """
        let t = try #require(try processed(text: text).tables.first)
        #expect(t.cells.contains { $0.raw == "1,250" && $0.value == 1250 })
    }

    @Test func referenceForms() {
        for s in ["4", "12", "4.1", "12a", "12(a)", "4, 5", "4 and 5"] { #expect(NoteColumn.isNoteReference(s), "\(s)") }
        for s in ["1,234", "(4)", "1234", "4.", "$4", "—", "a"] { #expect(!NoteColumn.isNoteReference(s), "\(s)") }
    }
}
