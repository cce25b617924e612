import FolioModel
@testable import FolioTables
import Testing

/// Reading-order text: a section heading printed without a colon right above a group label
/// (`RowRuns.headingOverGroup`). Each test on inputs written for it.
@Suite struct RowRunsHeadingOverGroupTests {
    /// A heading in capitals opens the statement: the rows under it are read.
    @Test func aHeadingOverTheFirstGroupOpensTheChain() throws {
        let text = """
            HARBOUR TRADING CO.
            STATEMENT OF POSITION
            (in thousands)
            2029
            2030
            RESOURCES
            Short-term resources:
            Cash on hand
            410
            455
            Deposits held
            95
            120
            Total short-term resources
            505
            575
            Vessels
            1,200
            1,150
            See the notes.
            """
        let doc = try processed(text: text)
        let cells = doc.tables.flatMap(\.cells)
        #expect(cells.filter { $0.rowLabel == "Cash on hand" }.map(\.value) == [410, 455])
        #expect(cells.filter { $0.rowLabel == "Deposits held" }.map(\.value) == [95, 120])
        #expect(cells.first { $0.rowLabel == "Cash on hand" }?.rowPath.first == "RESOURCES")
        #expect(cells.filter { $0.rowLabel == "Total short-term resources" }.map(\.value) == [505, 575])
    }

    /// A heading in title case over a group, after a total: the chain goes on through it.
    @Test func aHeadingAfterATotalKeepsTheChain() throws {
        let text = """
            Orchard Cooperative
            (in millions)
            Seeds
            14
            16
            Tools
            6
            9
            Total holdings
            20
            25
            Claims and Members' Funds
            Short-term claims:
            Suppliers owed
            7
            8
            Wages owed
            3
            2
            Total short-term claims
            10
            10
            See the notes.
            """
        let doc = try processed(text: text)
        #expect(doc.tables.count == 1)
        let cells = doc.tables.flatMap(\.cells)
        #expect(cells.filter { $0.rowLabel == "Suppliers owed" }.map(\.value) == [7, 8])
        #expect(cells.filter { $0.rowLabel == "Total short-term claims" }.map(\.value) == [10, 10])
        #expect(cells.filter { $0.rowLabel == "Total holdings" }.map(\.value) == [20, 25])
    }

    /// A total's label, or a row's in sentence case, right above a group label is no heading
    /// (its figures were printed elsewhere), nor is a row with figures.
    @Test func aTotalOverAGroupIsNoHeading() throws {
        let text = """
            Orchard Cooperative
            (in millions)
            Seeds
            14
            16
            Tools
            6
            9
            Total holdings
            Short-term claims:
            Suppliers owed
            7
            8
            Wages owed
            3
            2
            Total short-term claims
            10
            10
            See the notes.
            """
        let bytes = Array(text.utf8)
        let ls = TableRegionFinder.lines(bytes)
        let kinds = ColumnRuns.classifyAll(bytes, ls)
        let at = try #require(ls.firstIndex { String(decoding: bytes[GridReader.trim(bytes, $0.range)], as: UTF8.self) == "Total holdings" })
        #expect(RowRuns.headingOverGroup(bytes, ls, kinds, at: at) == nil)
        let heading = try #require(ls.firstIndex { String(decoding: bytes[GridReader.trim(bytes, $0.range)], as: UTF8.self) == "Tools" })
        #expect(RowRuns.headingOverGroup(bytes, ls, kinds, at: heading) == nil)
        let sentence = Array("Seeds\n14\n16\nFunds held, net of fees\nShort-term claims:\nWages owed\n3\n2\n".utf8)
        let sl = TableRegionFinder.lines(sentence)
        #expect(RowRuns.headingOverGroup(sentence, sl, ColumnRuns.classifyAll(sentence, sl), at: 3) == nil)
        let title = Array("Seeds\n14\n16\nFunds Held\nShort-term claims:\nWages owed\n3\n2\n".utf8)
        let tl = TableRegionFinder.lines(title)
        #expect(RowRuns.headingOverGroup(title, tl, ColumnRuns.classifyAll(title, tl), at: 3) == 4)
    }

    /// A later chain of the statement joins the part above when a total closed the part's
    /// groups (`TablesStage.closesItsGroups`); the part takes its header and title.
    @Test func aLaterChainJoinsAPartWhoseGroupsAreClosed() throws {
        let text = """
            HARBOUR TRADING CO.
            BALANCE SHEETS
            (in thousands)
            2029
            2030
            RESOURCES
            Short-term resources:
            Cash on hand
            410
            455
            Deposits held
            95
            120
            Total short-term resources
            505
            575
            Vessels
            1,200
            1,150
            Total resources
            Moorings
            1,705
            1,725
            Loans payable
            300
            320
            Wages payable
            44
            41
            Leases payable
            16
            19
            See the notes.
            """
        let doc = try processed(text: text)
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Cash on hand" }.map(\.value) == [410, 455])
        #expect(t.cells.filter { $0.rowLabel == "Wages payable" }.map(\.value) == [44, 41])
    }

    /// A heading over the first group and a total's label printed after its figures
    /// (`labelsAfterRows`): the heading takes no figure when the totals are counted.
    @Test func aHeadingTakesNoFigureWhenTotalsTellLabelsAfterRows() throws {
        let text = """
            HARBOUR TRADING CO.
            STATEMENT OF POSITION
            (in thousands)
            2029
            2030
            RESOURCES
            Short-term resources:
            Cash on hand
            410
            455
            Deposits held
            95
            120
            505
            575
            Vessels
            1,200
            1,150
            Total short-term resources
            Moorings
            30
            35
            See the notes.
            """
        let doc = try processed(text: text)
        let cells = doc.tables.flatMap(\.cells)
        #expect(cells.filter { $0.rowLabel == "Total short-term resources" }.map(\.value) == [505, 575])
        #expect(cells.filter { $0.rowLabel == "Moorings" }.map(\.value) == [30, 35])
    }
}
