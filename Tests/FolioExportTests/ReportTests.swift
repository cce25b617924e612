import FolioDataset
@testable import FolioExport
import FolioModel
import Foundation
import Testing

@Suite("HTML report")
struct ReportTests {
    static let seed = "seeds/003_05f12aa528e47d2d"

    static func build() throws -> (CorpusWorkspace, ReportWriter.Summary, String) {
        let w = try CorpusWorkspace()
        // A filing whose text is markup: every byte of it must come out escaped.
        try "Notice <script>alert(\"x\")</script> & 'quotes'\n\nRevenue was USD 5 million in 2024.\n"
            .write(toFile: w.corpus + "/samples/hostile.txt", atomically: true, encoding: .utf8)
        try w.run()
        let out = w.path + "/report"
        let summary = try ReportWriter(store: w.store, version: try #require(w.store.currentVersion()), sourceRoot: w.corpus)
            .write(to: out, force: false)
        return (w, summary, out)
    }

    @Test("index lists every document with counts; a page shows tables beside their source, footnotes linked both ways")
    func site() throws {
        let (w, summary, out) = try Self.build()
        let version = try #require(w.store.currentVersion())
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        let docs = try w.store.records(DocumentRow.self, .documents, version: version)
        #expect(summary.documents == docs.count)
        for d in docs {
            let page = try #require(summary.pages[d.docId])
            #expect(index.contains("<a href=\"\(page)\">\(d.docId)</a>"))
            #expect(FileManager.default.fileExists(atPath: out + "/" + page))
        }
        #expect(index.contains("Failed checks (") && index.contains("Warnings and errors ("))

        let page = try String(contentsOfFile: out + "/" + (try #require(summary.pages[Self.seed])), encoding: .utf8)
        // The balance sheet as a grid, its first cell where it belongs, beside the file's own lines.
        #expect(page.contains("<h3>Table 1: Unaudited Condensed Consolidated Balance Sheets <span class=\"stmt\">balance sheet</span></h3>"))
        #expect(page.contains("<p class=\"statements\">Statements: <a href=\"#table-1\">balance sheet (table 1)</a>"))
        #expect(page.contains("<td class=\"v\" id=\"t1-r0-c0\" title=\"December 31, / 2022 / RMB = 7165584 × 1000 RMB\">7,165,584</td>"))
        #expect(page.contains("source: lines "))
        #expect(page.contains("Cash and cash equivalents"))
        // Every footnote marker links to its footnote and back.
        let footnotes = try w.store.records(FootnoteRow.self, .footnotes, version: version, docId: Self.seed)
        #expect(!footnotes.isEmpty)
        for f in footnotes {
            #expect(page.contains("<li class=\"fn\" id=\"fn-\(f.footnoteId)\">"))
            for i in f.references.indices {
                #expect(page.contains("id=\"ref-\(f.footnoteId)-\(i + 1)\"><a href=\"#fn-\(f.footnoteId)\""), "marker \(i + 1) of footnote \(f.label)")
                #expect(page.contains("<a href=\"#ref-\(f.footnoteId)-\(i + 1)\">↩"), "back link \(i + 1) of footnote \(f.label)")
            }
        }
        // Facts with their cross-check status, linked to the cell they were checked against.
        #expect(page.contains("<td class=\"check-agrees\">agrees</td>"))
        #expect(page.contains("<a href=\"#t2-r26-c4\">table 2 r26 c4</a>"))
        // Outline links to section anchors that exist.
        let sections = try w.store.records(SectionRow.self, .sections, version: version, docId: Self.seed)
        for s in sections.prefix(20) {
            #expect(page.contains("href=\"#sec-\(s.sectionId)\""))
        }
    }

    @Test("everything is escaped and nothing is loaded from elsewhere")
    func escapedAndSelfContained() throws {
        let (w, summary, out) = try Self.build()
        defer { withExtendedLifetime(w) {} }
        let hostile = try String(contentsOfFile: out + "/" + (try #require(summary.pages["samples/hostile"])), encoding: .utf8)
        #expect(!hostile.contains("<script"))
        #expect(hostile.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
        for page in [out + "/index.html"] + summary.pages.values.map({ out + "/" + $0 }) {
            let html = try String(contentsOfFile: page, encoding: .utf8)
            // Text may mention web addresses (escaped); tags and the stylesheet may load nothing.
            for tag in Self.tags(html) {
                let name = tag.prefix { $0 != " " && $0 != ">" }.lowercased()
                #expect(!["<script", "<link", "<img", "<iframe", "<object", "<embed", "<base"].contains(name), "\(page): \(tag)")
                #expect(!tag.contains(" src=") && !tag.contains("href=\"http") && !tag.contains("href=\"//"), "\(page): \(tag)")
            }
            let style = html.components(separatedBy: "<style>").dropFirst().first?.components(separatedBy: "</style>").first ?? ""
            #expect(!style.contains("url(") && !style.contains("@import"))
        }
    }

    @Test("an existing folder needs --force; a refused write leaves it alone")
    func overwrite() throws {
        let (w, _, out) = try Self.build()
        let writer = ReportWriter(store: w.store, version: try #require(w.store.currentVersion()), sourceRoot: nil)
        #expect(throws: StoreError.self) { try writer.write(to: out, force: false) }
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
        _ = try writer.write(to: out, force: true)
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: w.path).allSatisfy { !$0.contains(".tmp-") })
    }

    /// Every tag of a page, `<name ...>`, as written.
    static func tags(_ html: String) -> [Substring] {
        var out: [Substring] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            out.append(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    static let chromium: Bool = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("headless Chromium renders the balance sheet (skipped without chromium: apt-get install -y chromium)",
          .enabled(if: chromium, "chromium is not installed; apt-get install -y chromium to run this test"))
    func browser() throws {
        let (w, summary, out) = try Self.build()
        defer { withExtendedLifetime(w) {} }
        let page = out + "/" + (try #require(summary.pages[Self.seed]))
        let png = out + "/../seed.png", dom = out + "/../seed-dom.html"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CorpusWorkspace.packageRoot + "/scripts/report-screenshot")
        p.arguments = [page, png, dom]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        // The DOM as the browser built it holds the table's cells.
        let rendered = try String(contentsOfFile: dom, encoding: .utf8)
        #expect(rendered.contains("Unaudited Condensed Consolidated Balance Sheets"))
        #expect(rendered.contains(">7,165,584<"))
        #expect(rendered.contains(">Cash and cash equivalents<"))
        // A real picture: a PNG, not a blank page.
        let bytes = try #require(FileManager.default.contents(atPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(bytes.count > 50_000, "a 1280x2000 screenshot of a table is not tiny (got \(bytes.count) bytes)")
    }
}
