import FolioModel
@testable import FolioTables
import Testing

/// **Ratios exempted by the units statement** (`Millions, except ratios`): a ratio row prints
/// neither an amount of the table's scale nor of its currency; the money rows beside it do.
@Suite struct RatioRowTests {
    func cell(_ t: Table, _ label: String, col: Int = 0) -> Cell? {
        t.cells.first { $0.rowLabel == label && $0.col == col }
    }

    @Test func aRatioRowIsOneQuantityOverAnother() {
        #expect(LabelText.isRatio("Debt / net income"))
        #expect(LabelText.isRatio("Adjusted debt / adjusted EBITDA (b/a)"))
        #expect(LabelText.isRatio("Cash conversion (a/b)"))
        #expect(LabelText.isRatio("Leverage ratio"))
        // A slash printed without spaces joins alternatives, not quantities.
        #expect(!LabelText.isRatio("Other comprehensive income/(loss)"))
        #expect(!LabelText.isRatio("Net periodic pension benefit/(costs)"))
        #expect(!LabelText.isRatio("Purchases and/or sales"))
        #expect(!LabelText.isRatio("Net income"))
    }

    @Test func theExemptedNounDropsItsPeriod() {
        #expect(UnitsParser.parse("Millions, except ratios for the trailing twelve months ended").scoped
                == [ScopedScale(noun: "ratios", scale: 1)])
        #expect(UnitsParser.parse("(in millions, except per share amounts and ratios)").scoped
                == [ScopedScale(noun: "ratios", scale: 1)])
    }

    @Test func ratioRowsOfAnHTMLTableAreUnscaledAndHaveNoCurrency() throws {
        var html = "<html><body><table>\n"
        for row in [["Millions, except ratios", "2025", "2024"], ["Debt", "$32,813", "$31,192"], ["Net income/(loss)", "6,935", "6,747"],
                    ["Debt / net income", "4.7", "4.6"]] {
            html += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        html += "</table></body></html>\n"
        let t = try #require(try processed(text: html).tables.first)
        let debt = try #require(cell(t, "Debt"))
        #expect(debt.scale == 1_000_000 && debt.unit == "USD")
        #expect(cell(t, "Net income/(loss)")?.scale == 1_000_000)
        let ratio = try #require(cell(t, "Debt / net income"))
        #expect(ratio.scale == 1 && ratio.unit == nil && ratio.scaleReason == .namedInUnits)
    }

    @Test func aCaptionAboveAFixedWidthTableCarriesItsExemption() throws {
        let text = """
        Leverage

        Millions, except ratios                        Jun. 30,        Dec. 31,
        for the trailing twelve months ended               2025            2024
        Debt                                       $     32,813    $     31,192
        Net income                                        6,935           6,747
        Debt / net income                                   4.7             4.6

        """
        let t = try #require(try processed(text: text).tables.first)
        #expect(cell(t, "Debt")?.scale == 1_000_000)
        let ratio = try #require(cell(t, "Debt / net income"))
        #expect(ratio.scale == 1 && ratio.unit == nil)
        // Without the exemption the same row is an amount of the table's scale.
        let plain = try #require(try processed(text: text.replacingOccurrences(of: "Millions, except ratios", with: "(In millions)          ")).tables.first)
        #expect(cell(plain, "Debt")?.scale == 1_000_000)
        #expect(cell(plain, "Debt / net income")?.scale == 1_000_000)
    }
}
