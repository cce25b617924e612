import FolioNormalize
import Testing

/// Reading-order text: a statement printed column by column (row labels one a line, then
/// each column's figures one a line, currency signs on lines of their own).
@Suite struct StatementColumnsTests {
    /// A long row label among short ones is not a paragraph line: the label under it stays a
    /// line of its own; a label's lower-case continuation, or the line under a label ending
    /// with a comma, is still joined to it.
    @Test func longRowLabelsAreNotJoined() throws {
        let text = """
            Balance Sheet
            (in millions)

            Common stock, $0.01 par value, 900,000,000 shares authorized, 500,000,000 shares
            issued as of December 31, 2030 and 480,000,000 shares as of December 31, 2029
            Common stock held in treasury, at cost, 20,000 shares as of December 31, 2030
            Additional paid-in capital of the company and of its consolidated subsidiaries
            Cash flow hedging activities, net of tax expense (benefit) of $16 in 2030,
            $(19) in 2029 and $5 in 2028
            Retained earnings
            Treasury stock
            Accumulated deficit
            Other reserves
            Noncontrolling interest
            Total equity

            $

            1,234

            5,678

            """
        let doc = try normalized(text)
        #expect(doc.lines.contains("Common stock, $0.01 par value, 900,000,000 shares authorized, 500,000,000 shares issued as of December 31, 2030 and 480,000,000 shares as of December 31, 2029"))
        #expect(doc.lines.contains("Common stock held in treasury, at cost, 20,000 shares as of December 31, 2030"))
        #expect(doc.lines.contains("Additional paid-in capital of the company and of its consolidated subsidiaries"))
        #expect(doc.lines.contains("Cash flow hedging activities, net of tax expense (benefit) of $16 in 2030, $(19) in 2029 and $5 in 2028"))
    }

    /// The same long lines in a paragraph (followed by text, ending with a full stop, or
    /// running to the margin line after line, as one broken at a page's foot, or printed right
    /// over a run of labels) are still joined.
    @Test func proseBeforeFiguresStillJoined() throws {
        let text = """
            The company repurchased shares of its common stock during the year under the program
            Approved by the board in the prior year, which allows further repurchases at any time.

            1,234

            5,678

            The company repurchased shares of its common stock during the year under the program
            Approved by the board in the prior year, which allows further repurchases at any time

            More text follows here.

            The company repurchased shares of its common stock during the year under the program
            Approved by the board in the prior year, which allows further repurchases at any time
            Of its choosing and in the amounts it decides, subject to the limits of the program
            And of the law, the company said in its report on the program for the year

            9,876

            Intangible assets are valued by using discounted cash flows. These assets are included within
            “Other assets” on the balance sheets and consist of the following (in millions):
            Customer relationships
            Technology and patents
            Total

            1,234

            """
        let doc = try normalized(text)
        let joined = "The company repurchased shares of its common stock during the year under the program Approved by the board in the prior year, which allows further repurchases at any time"
        #expect(doc.lines.filter { $0.hasPrefix(joined) }.count == 3)
        #expect(doc.lines.contains("Intangible assets are valued by using discounted cash flows. These assets are included within “Other assets” on the balance sheets and consist of the following (in millions):"))
    }
}

extension FurnitureTests {
    /// A figure printed under or over its currency sign alone is no page number; a page number
    /// printed between a statement's columns, continuing the page numbering, still is.
    @Test func figuresByTheirCurrencySignAreNoPageNumbers() throws {
        let text = """
            Text of page eleven ends here.

            11

            Cash paid for interest
            Cash paid for taxes

            $

            143

            $

            106

            Text of page twelve ends here.

            12

            $

            778

            $

            779

            Text of page thirteen ends here.

            13

            """
        let doc = try normalized(text)
        #expect(doc.removals.map(\.text) == ["11", "12", "13"])
        #expect(doc.lines.contains("143") && doc.lines.contains("106") && doc.lines.contains("778") && doc.lines.contains("779"))
    }
}

extension StatementColumnsTests {
    /// The note under the statement and the first column's header, printed between the label
    /// run and the figures, do not make the labels a paragraph: the long labels stay lines of
    /// their own.
    @Test func longRowLabelsBeforeANoteAndAHeaderAreNotJoined() throws {
        let text = """
            Balance Sheet
            (in millions)

            Preferred stock, $0.01 par value; 5 shares authorized and none issued and outstanding
            Common stock, $0.01 par value; 900 shares authorized, 500 shares issued and outstanding
            Additional paid-in capital
            Retained earnings
            Treasury stock
            Accumulated deficit
            Other reserves
            Total equity
            $

            See accompanying notes.

            January 31, 2030

            1,234

            5,678

            """
        let doc = try normalized(text)
        #expect(doc.lines.contains("Preferred stock, $0.01 par value; 5 shares authorized and none issued and outstanding"))
        #expect(doc.lines.contains("Common stock, $0.01 par value; 900 shares authorized, 500 shares issued and outstanding"))
    }
}

extension StatementColumnsTests {
    /// The last row printed apart, after the label run's `$` (a total longer than a header
    /// piece, no sentence end), does not make the labels a paragraph either.
    @Test func longRowLabelsBeforeARowPrintedApartAreNotJoined() throws {
        let text = """
            Dividends to shareholders
            Additions to short-term debt with original maturities of more than three months
            Reductions in short-term debt with original maturities of more than three months
            Additions to long-term debt
            Reductions in long-term debt
            TOTAL FINANCING ACTIVITIES
            $

            CASH, CASH EQUIVALENTS AND RESTRICTED CASH, END OF PERIOD

            $

            9,482

            """
        let doc = try normalized(text)
        #expect(doc.lines.contains("Additions to short-term debt with original maturities of more than three months"))
        #expect(doc.lines.contains("Reductions in short-term debt with original maturities of more than three months"))
    }
}
