import Foundation
import FolioTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Inputs real feeds send: odd names, clashing ids, binary and broken files, huge lines and
/// tables, pathological markup and XML attacks. They go through ONE batch run together with
/// two ordinary filings; each hostile document gets its own clear outcome, and the ordinary
/// filings' records are byte-identical to a run without the hostile ones.
@Suite("hostile inputs", .serialized)
struct HostileInputTests {
    struct Records {
        /// doc_id → that document's lines, per record file.
        var byDoc: [String: [String: [String]]] = [:]
    }

    func records(_ s: Scratch, _ dataset: String) throws -> Records {
        var result = Records()
        let dir = s.path + "/\(dataset)/versions/v000001"
        #expect(FileManager.default.fileExists(atPath: dir + "/manifest.json"))
        for file in RunCommandTests.recordFiles {
            for line in try s.text("\(dataset)/versions/v000001/\(file)").split(separator: "\n") {
                guard let data = String(line).data(using: .utf8),
                      let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                      let id = obj["doc_id"] as? String else { continue }
                result.byDoc[id, default: [:]][file, default: []].append(String(line))
            }
        }
        return result
    }

    func diagnostics(_ r: Records, _ docId: String) -> [String] {
        r.byDoc[docId]?["diagnostics.jsonl"] ?? []
    }

    /// A TCP listener on 127.0.0.1 that never answers: after the run, `connected` says whether
    /// anything connected to it (an external entity that was fetched would have).
    final class Listener {
        let fd: Int32
        let port: UInt16

        init?() {
            let sock = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard sock >= 0 else { return nil }
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            addr.sin_port = 0
            var len = socklen_t(MemoryLayout<sockaddr_in>.size)
            let ok = withUnsafeMutablePointer(to: &addr) { p in
                p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sp in
                    bind(sock, sp, len) == 0 && listen(sock, 16) == 0 && getsockname(sock, sp, &len) == 0
                }
            }
            guard ok else { close(sock); return nil }
            _ = fcntl(sock, F_SETFL, fcntl(sock, F_GETFL) | O_NONBLOCK)
            fd = sock
            port = UInt16(bigEndian: addr.sin_port)
        }

        deinit { close(fd) }

        var connected: Bool {
            let c = accept(fd, nil, nil)
            if c >= 0 { close(c); return true }
            return false
        }
    }

    @Test("one batch of hostile inputs: each gets its own clear outcome, the rest is unchanged")
    func hostileBatch() throws {
        let s = try Scratch()
        let listener = try #require(Listener(), "cannot open a local TCP listener")
        let url = "http://127.0.0.1:\(listener.port)/entity"
        let secret = "SECRET-OUTSIDE-THE-ROOT-\(UUID().uuidString)"
        try s.write("outside/secret.txt", secret + "\n")

        // Two ordinary filings, alone in Control/ and among the hostile ones in In/.
        let seeds = TestPaths.seeds
        let seed = try #require(try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted().first)
        let ordinary: [(String, Data)] = [
            ("ordinary-seed.txt", try Data(contentsOf: URL(fileURLWithPath: seeds + "/" + seed))),
            ("ordinary-table.htm", Data("<html><body><p>Revenue (in thousands)</p><table><tr><td></td><td>2023</td><td>2022</td></tr><tr><td>Revenue</td><td>1,234</td><td>1,000</td></tr><tr><td>Costs</td><td>(234)</td><td>(200)</td></tr><tr><td>Profit</td><td>1,000</td><td>800</td></tr></table></body></html>".utf8)),
        ]
        for (name, data) in ordinary {
            try s.write("Control/" + name, data)
            try s.write("In/" + name, data)
        }

        // Empty, binary, and broken text.
        try s.write("In/empty.txt", Data())
        try s.write("In/scan.pdf", Data("%PDF-1.7\n%\u{00E2}\u{00E3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8) + Data([0, 1, 2, 3]))
        try s.write("In/logo.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))
        try s.write("In/archive.zip", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]) + Data("word/document.xml".utf8))
        try s.write("In/invalid-utf8.txt", Data([0x93]) + Data("Quoted".utf8) + Data([0x94, 0x20, 0x80, 0x35, 0xC3, 0x28, 0xFF, 0x0A]))
        // Hostile PDFs (written here, byte by byte): encrypted, truncated before its trailer, a
        // page tree that loops, 10,000 pages (over read.pdf_max_pages), and a text layer of
        // one glyph per text object, which reads like any other.
        try s.write("In/pdf-encrypted.pdf", Data(TinyPDF.text(pages: [[(72, 700, 10, false, "Secret")]], encrypt: true)))
        try s.write("In/pdf-truncated.pdf", Data(TinyPDF.statement.prefix(TinyPDF.statement.count * 6 / 10)))
        var loop = TinyPDF()
        loop.objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"]
        try s.write("In/pdf-page-loop.pdf", Data(loop.bytes()))
        let tinyPage = "BT /F1 10 Tf 72 700 Td (Page) Tj ET\n"
        try s.write("In/pdf-10000-pages.pdf", Data(TinyPDF.pages(Array(repeating: tinyPage, count: 10_000))))
        let glyphLines = (1...40).map { "Line \($0): revenue 1,234 and costs (987)" }
        try s.write("In/pdf-glyph-objects.pdf", Data(TinyPDF.pages([TinyPDF.glyphPerObject(glyphLines), TinyPDF.glyphPerObject(glyphLines)])))
        // Huge: a 50 MB line, a 20,000-column table as text and as HTML, HTML nested 100,000 deep.
        var line = [UInt8]()
        line.reserveCapacity(50_000_016)
        let word = Array("revenue 1,234 ".utf8)
        while line.count < 50_000_000 { line.append(contentsOf: word) }
        line.append(0x0A)
        try s.write("In/one-line.txt", Data(line))
        let columns = 20_000
        var wide = "Wide table\n\nLabel"
        for i in 0..<columns { wide += "\t\(2000 + i)" }
        wide += "\nRevenue"
        for i in 0..<columns { wide += "\t\(i * 2)" }
        try s.write("In/wide-text.txt", wide + "\n")
        var wideHTML = "<html><body><table><tr><td>Label</td>"
        for i in 0..<columns { wideHTML += "<td>\(2000 + i)</td>" }
        wideHTML += "</tr><tr><td>Revenue</td>"
        for i in 0..<columns { wideHTML += "<td>\(i * 2)</td>" }
        try s.write("In/wide-html.htm", wideHTML + "</tr></table></body></html>")
        try s.write("In/deep.htm", String(repeating: "<div>", count: 100_000) + "deep" + String(repeating: "</div>", count: 100_000))
        // Unclosed tags everywhere (and stray closers).
        var unclosed = "<html><head><title>Unclosed</title>"
        for i in 0..<500 { unclosed += "<table><tr><td><div><p><b><i><span><a href='x\(i)'>cell \(i)</td></b><ul><li>item \(i)" }
        try s.write("In/unclosed.htm", unclosed + "</p></tr></html></body>")
        try s.write("In/unclosed-script.htm", "<html><head><title>Report</title><script>var x = 1;<body><p>Everything is in the script.</p></body></html>")
        // XML attacks, as an XBRL instance and as inline XBRL (which libxml2's XML parser reads).
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE xbrl [\n<!ENTITY lol \"lol\">\n"
        laughs += "<!ENTITY lol1 \"" + String(repeating: "&lol;", count: 10) + "\">\n"
        for i in 2...9 { laughs += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">\n" }
        laughs += "]>\n"
        let ixHead = "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\"><head><title>t</title></head><body><div><ix:header></ix:header></div>"
        let ixBody = "<p>Net sales</p><p>1</p><p>2</p><p>3</p><p>4</p><p>5</p>"
        try s.write("In/laughs.xml", laughs + "<xbrl>&lol9;</xbrl>\n")
        try s.write("In/laughs-ix.xhtml", laughs + ixHead + ixBody + "<p>&lol9;</p></body></html>\n")
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xbrl [ <!ENTITY passwd SYSTEM \"file:///etc/passwd\"> <!ENTITY secret SYSTEM \"file://\(s.path)/outside/secret.txt\"> <!ENTITY net SYSTEM \"\(url)\"> <!ENTITY % remote SYSTEM \"\(url)/dtd\"> %remote; ]>\n"
        try s.write("In/xxe.xml", xxe + "<xbrl><a>&passwd;</a><b>&secret;</b><c>&net;</c></xbrl>\n")
        try s.write("In/xxe-ix.xhtml", xxe + ixHead + ixBody + "<p>&passwd;</p><p>&secret;</p><p>&net;</p></body></html>\n")
        try s.write("In/xxe-html.htm", "<!DOCTYPE html [ <!ENTITY secret SYSTEM \"file://\(s.path)/outside/secret.txt\"> ]><html><body><p>&secret;</p><img src=\"\(url)/img\"><iframe src=\"file://\(s.path)/outside/secret.txt\"></iframe></body></html>")
        // A symbolic link out of the input root; two inputs that would share a doc_id; odd names.
        try FileManager.default.createSymbolicLink(atPath: s.path + "/In/link.txt", withDestinationPath: s.path + "/outside/secret.txt")
        try s.write("In/report.txt", "Text version.\n")
        try s.write("In/report.htm", "<html><body><p>HTML version.</p></body></html>")
        try s.write("In/annual report 2023.txt", "Annual report.\n")
        try s.write("In/the \"best\" 'filing'.txt", "Quoted.\n")
        try s.write("In/rapport-annuel-été-年报.txt", "Non-ASCII.\n")

        let control = try FolioProcess.run(["run", "Control", "--out", "control"], in: s.path)
        #expect(control.status == 0, "\(control.stderr)")
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("documents: 28 (processed 28, reused 0, failed 8)"), "\(r.stdout)")
        #expect(!listener.connected, "something fetched \(url)")

        let statuses = try s.statuses("ds", "v000001")
        let failed = statuses.filter { $0.value == "failed" }.keys.sorted()
        #expect(failed == ["archive", "deep", "logo", "pdf-10000-pages", "pdf-encrypted", "pdf-page-loop", "pdf-truncated", "scan"])
        #expect(statuses.count == 28)
        let recs = try records(s, "ds")
        let all = try RunCommandTests.recordFiles.map { try s.text("ds/versions/v000001/" + $0) }.joined()

        // Ordinary filings: byte-identical records with and without the hostile batch around them.
        let controlRecs = try records(s, "control")
        for id in ["ordinary-seed", "ordinary-table"] {
            #expect(recs.byDoc[id] != nil)
            #expect(recs.byDoc[id] == controlRecs.byDoc[id], "\(id) changed next to the hostile inputs")
        }
        // One diagnostic line per outcome, for that document.
        func expectDiagnostic(_ id: String, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(diagnostics(recs, id).contains { $0.contains(fragment) }, "\(id): \(diagnostics(recs, id))", sourceLocation: sourceLocation)
        }
        expectDiagnostic("empty", #""severity":"warning","code":"read.empty","message":"document is empty""#)
        expectDiagnostic("scan", #""severity":"error","code":"read.pdf_damaged","message":"the PDF is damaged or truncated"#)
        expectDiagnostic("pdf-encrypted", #""severity":"error","code":"read.pdf_encrypted","message":"the PDF is encrypted"#)
        expectDiagnostic("pdf-truncated", #""severity":"error","code":"read.pdf_damaged","message":"the PDF is damaged or truncated"#)
        expectDiagnostic("pdf-page-loop", #""severity":"error","code":"read.pdf_damaged","message":"the PDF has no readable page"#)
        expectDiagnostic("pdf-10000-pages", #""severity":"error","code":"read.pdf_too_many_pages","message":"the PDF has 10000 pages, over the limit of 5000"#)
        #expect(statuses["pdf-glyph-objects"] == "processed")
        let glyphText = recs.byDoc["pdf-glyph-objects"]?["documents.jsonl"]?.first ?? ""
        #expect(glyphText.contains("Line 40: revenue 1,234 and costs (987)"), "\(glyphText.prefix(300))")
        #expect(recs.byDoc["pdf-glyph-objects"]?["blocks.jsonl"]?.allSatisfy { $0.contains("\"source_box\":{\"page\":") } == true)
        expectDiagnostic("logo", #""severity":"error","code":"read.binary","message":"not a text document: looks like a PNG image"#)
        expectDiagnostic("archive", #""severity":"error","code":"read.binary","message":"not a text document: looks like a ZIP archive"#)
        expectDiagnostic("invalid-utf8", #""code":"read.encoding","message":"read as windows-1252""#)
        #expect(recs.byDoc["invalid-utf8"]?["documents.jsonl"]?.first?.contains("\u{201C}Quoted\u{201D} \u{20AC}5") == true)
        expectDiagnostic("wide-text", #""severity":"warning","code":"tables.too_large","message":"table region of 20001 columns, over tables.max_columns (1000); left as text""#)
        expectDiagnostic("wide-html", #""severity":"warning","code":"tables.too_large","message":"table region of 20001 columns, over tables.max_columns (1000); left as text""#)
        expectDiagnostic("deep", #""severity":"error","code":"read.too_deep","message":"markup is nested 100002 elements deep, over the limit of 10000 (read.max_depth)""#)
        #expect(recs.byDoc["one-line"]?["blocks.jsonl"]?.isEmpty == false)
        #expect(recs.byDoc["unclosed"]?["blocks.jsonl"]?.contains { $0.contains("cell 499") } == true)
        expectDiagnostic("unclosed-script", #""severity":"warning","code":"read.no_text","message":"the HTML renders to no text"#)
        // Nothing expanded, nothing read from outside, nothing fetched.
        #expect(!all.contains("lollollollollol"))
        #expect(!all.contains(secret))
        #expect(!all.contains("root:x:0"))
        for id in ["laughs", "laughs-ix", "xxe", "xxe-ix", "xxe-html"] {
            #expect(statuses[id] == "processed", "\(id)")
        }
        // The link is reported and skipped; the clashing ids are both kept and diagnosed.
        #expect(r.stderr.contains("In/link.txt: symbolic link to"))
        #expect(r.stderr.contains("outside the input root; not followed"))
        #expect(statuses["link"] == nil)
        #expect(statuses["report"] == "processed" && statuses["report~txt"] == "processed")
        expectDiagnostic("report~txt", #""severity":"warning","code":"read.doc_id_collision","message":"'report.htm' and 'report.txt' would have the same doc_id; this one was given 'report~txt'""#)
        for id in ["annual report 2023", "the \"best\" 'filing'", "rapport-annuel-été-年报"] {
            #expect(statuses[id] == "processed", "\(id)")
        }
        let show = try FolioProcess.run(["show", "the \"best\" 'filing'", "--dataset", "ds"], in: s.path)
        #expect(show.status == 0)
    }
}
