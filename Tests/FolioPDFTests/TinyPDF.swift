/// Tiny PDFs written byte by byte for the tests: objects, a correct cross-reference table and
/// trailer, text in the standard Helvetica fonts (no font files needed).
struct TinyPDF {
    var objects: [String] = []
    var trailerExtra = ""

    /// A document of `pages`, each a list of (x, y from the bottom, size, bold, text) runs.
    static func text(pages: [[(x: Double, y: Double, size: Double, bold: Bool, text: String)]], encrypt: Bool = false) -> [UInt8] {
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

    /// Serialises the objects with a cross-reference table.
    func bytes() -> [UInt8] {
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
