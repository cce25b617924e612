import FolioModel
@testable import FolioRead
import Foundation
import Testing

/// HTML tables whose `colspan`/`rowspan` claim far more grid than their cells fill: the grid
/// must cost what the cells present cost (sizes are checked, not time). Before, every span
/// was stored column by column and row by row: `colspan="1000000"` and `rowspan="65534"`
/// tables took 1.3 to 2.9 GB.
@Suite("Span grids bounded by the cells present")
struct SpanGridTests {
    func cell(_ text: String, colspan: Int = 1, rowspan: Int = 1) -> Renderer.GridCell {
        Renderer.GridCell(text: text, span: Span(start: 0, end: 0), colspan: colspan, rowspan: rowspan)
    }

    @Test("rowspans are held as one interval each while they cover rows")
    func rowspanIntervals() {
        // 1,500 rows of 8 cells, each cell spanning 1,000 rows (the read clamp) and 1,000 columns.
        let rows = (0..<1500).map { r in (0..<8).map { c in cell("r\(r)c\(c)", colspan: 1000, rowspan: 1000) } }
        let placed = Renderer.placeCells(rows)
        let cells = rows.reduce(0) { $0 + $1.count }
        #expect(placed.peakSpans <= cells)
        // Spans from earlier rows push each row's cells right, but at most the 8 cells of each
        // of the 999 rows above (and this one's) can be open at once.
        #expect(placed.peakSpans <= 8 * 1000)
        #expect(placed.origins.reduce(0) { $0 + $1.count } == cells)
        let (anchored, columns) = Renderer.anchorCells(placed.origins, width: placed.width)
        #expect(columns.count <= cells + 1)
        #expect(anchored.reduce(0) { $0 + $1.count } <= cells)
    }

    @Test("placement is HTML's: cells skip columns a rowspan from above covers")
    func placementMatchesHTML() {
        let rows = [
            [cell("a", rowspan: 2), cell("b"), cell("c", colspan: 2)],
            [cell("d"), cell("e", rowspan: 3)],
            [cell("f"), cell("g"), cell("h")],
        ]
        let placed = Renderer.placeCells(rows)
        #expect(placed.origins[0].keys.sorted() == [0, 1, 2])
        #expect(placed.origins[1].keys.sorted() == [1, 2])   // column 0 covered by `a`
        #expect(placed.origins[2].keys.sorted() == [0, 1, 3]) // column 2 covered by `e`
        #expect(placed.width == 4)
    }

    func render(_ html: String) throws -> HTMLReader.Rendered {
        try HTMLReader.render(Array(html.utf8))
    }

    @Test("colspan=1000000 and rowspan=65534 render to text the size of the HTML")
    func hugeSpansRenderSmall() throws {
        var html = "<html><body><table>"
        for r in 0..<300 {
            html += "<tr><td colspan=\"1000000\">label \(r)</td>"
            for c in 0..<20 { html += "<td rowspan=\"65534\" colspan=\"1000000\">\(r * 20 + c)</td>" }
            html += "</tr>"
        }
        html += "</table></body></html>"
        let out = try render(html)
        #expect(out.text.count <= 8 * html.utf8.count, "\(out.text.count) bytes of text from \(html.utf8.count) of HTML")
        #expect(String(decoding: out.text, as: UTF8.self).contains("5999"))
    }

    @Test("a staircase of rowspans (each row one column further right) is written sparse")
    func staircaseIsSparse() throws {
        // Row k's cell lands right of the rowspans of the 999 rows above: ~1,000 columns for
        // 3,000 cells. Aligned, that is 3 million tab-separated positions.
        var html = "<html><body><table>"
        for r in 0..<3000 { html += "<tr><td rowspan=\"1000\">x\(r)</td></tr>" }
        html += "</table></body></html>"
        let out = try render(html)
        #expect(Renderer.isSparseGrid(rows: 3000, columns: 1000, cells: 3000))
        #expect(out.text.count <= 4 * html.utf8.count, "\(out.text.count) bytes of text from \(html.utf8.count) of HTML")
        #expect(String(decoding: out.text, as: UTF8.self).contains("x2999"))
    }

    @Test("a dense statement is not sparse")
    func denseIsNotSparse() {
        #expect(!Renderer.isSparseGrid(rows: 200, columns: 12, cells: 2400))
        #expect(!Renderer.isSparseGrid(rows: 100_000, columns: 10, cells: 900_000))
        #expect(Renderer.isSparseGrid(rows: Int.max, columns: 2, cells: 1))
    }
}
