/// Tiny PDFs written byte by byte for the tests: objects, a correct cross-reference table and
/// trailer, text in the standard Helvetica fonts (no font files needed). Shared by the PDF
/// reader's tests, the record schema's and the hostile-input batch.
public struct TinyPDF {
    public var objects: [String] = []
    public var trailerExtra = ""

    public init() {}

    /// A document of `pages`, each a list of (x, y from the bottom, size, bold, text) runs.
    public static func text(pages: [[Run]], encrypt: Bool = false) -> [UInt8] {
        var pdf = TinyPDF()
        // 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, then page/content pairs.
        let kids = pages.indices.map { "\(5 + 2 * $0) 0 R" }.joined(separator: " ")
        pdf.objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        pdf.objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        pdf.objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        pdf.objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>")
        for (i, runs) in pages.enumerated() {
            var stream = ""
            for r in runs {
                stream += "BT /\(r.bold ? "F2" : "F1") \(r.size) Tf \(r.x) \(r.y) Td (\(r.text)) Tj ET\n"
            }
            pdf.objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents \(6 + 2 * i) 0 R >>")
            pdf.objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)endstream")
        }
        if encrypt {
            // A standard security handler whose user password is not empty: the O and U
            // strings are arbitrary, so the empty password fails the check.
            let o = String(repeating: "A", count: 32)
            let u = String(repeating: "B", count: 32)
            pdf.objects.append("<< /Filter /Standard /V 1 /R 2 /O (\(o)) /U (\(u)) /P -4 >>")
            pdf.trailerExtra = " /Encrypt \(pdf.objects.count) 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]"
        }
        return pdf.bytes()
    }

    /// A document of one page per content stream (US Letter; Helvetica is `/F1`, Courier
    /// `/F3`). Pages with equal streams share one stream object, so thousands of equal pages
    /// stay small (a 10,000-page document is under 2 MB).
    public static func pages(_ contents: [String]) -> [UInt8] {
        var pdf = TinyPDF()
        var unique: [String: Int] = [:]
        var streams: [String] = []
        for c in contents where unique[c] == nil {
            unique[c] = streams.count
            streams.append(c)
        }
        // 1 catalog, 2 pages, 3 Helvetica, 4 Courier, then the streams, then the pages.
        let firstPage = 5 + streams.count
        let kids = contents.indices.map { "\(firstPage + $0) 0 R" }.joined(separator: " ")
        pdf.objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        pdf.objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(contents.count) >>")
        pdf.objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        pdf.objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
        for st in streams { pdf.objects.append("<< /Length \(st.utf8.count) >>\nstream\n\(st)endstream") }
        for c in contents {
            let stream = 5 + (unique[c] ?? 0)
            pdf.objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F3 4 0 R >> >> /Contents \(stream) 0 R >>")
        }
        return pdf.bytes()
    }

    /// A content stream that sets every glyph of `lines` in its own text object (`BT ... ET`),
    /// Courier 10 pt (6 pt a glyph), lines 14 pt apart from y 740: the text layer of converters
    /// that position each glyph on its own.
    public static func glyphPerObject(_ lines: [String]) -> String {
        var stream = ""
        for (i, line) in lines.enumerated() {
            let y = 740 - 14 * i
            for (k, c) in line.enumerated() where c != " " {
                let glyph = c == "(" || c == ")" || c == "\\" ? "\\\(c)" : String(c)
                stream += "BT /F3 10 Tf \(72 + 6 * k) \(y) Td (\(glyph)) Tj ET\n"
            }
        }
        return stream
    }

    /// A run of text: x and y of its baseline's start from the page's bottom-left corner, in points.
    public typealias Run = (x: Double, y: Double, size: Double, bold: Bool, text: String)

    /// A small income statement over two pages (US Letter, 612 x 792 pt) for the provenance
    /// tests: on page 1 a bold title, a units line, a table of two year columns (figures set at
    /// x 300 and 400, rows 15 pt apart from y 665) and a paragraph; on page 2 a heading and a
    /// paragraph. Helvetica 10 pt: "1,234" is 25.02 pt wide.
    public static let statementPages: [[Run]] = [
        [
            (72, 720, 14, true, "Consolidated Statement of Income"),
            (72, 700, 10, false, "(in thousands of US dollars)"),
            (300, 680, 10, false, "2024"), (400, 680, 10, false, "2023"),
            (72, 665, 10, false, "Revenue"), (300, 665, 10, false, "1,234"), (400, 665, 10, false, "1,000"),
            (72, 650, 10, false, "Costs"), (300, 650, 10, false, "(234)"), (400, 650, 10, false, "(200)"),
            (72, 635, 10, false, "Profit"), (300, 635, 10, false, "1,000"), (400, 635, 10, false, "800"),
            (72, 600, 10, false, "Revenue was $1,234 thousand in 2024, up from $1,000 thousand in 2023."),
        ],
        [
            (72, 720, 14, true, "Notes to the Statement"),
            (72, 700, 10, false, "The company reports one segment."),
        ],
    ]

    /// `statementPages` as PDF bytes.
    public static var statement: [UInt8] { text(pages: statementPages) }

    /// Serialises the objects with a cross-reference table.
    public func bytes() -> [UInt8] {
        var out: [UInt8] = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n\(o)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for off in offsets {
            let s = String(off)
            out += Array((String(repeating: "0", count: 10 - s.count) + s + " 00000 n \n").utf8)
        }
        out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(trailerExtra) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }
}
