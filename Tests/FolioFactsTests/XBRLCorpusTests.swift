import Foundation
import FolioTestSupport
import Testing
import FolioModel
import FolioRead

/// The inline XBRL acceptance metric on the shared corpus: of the `ix:nonFraction` facts printed
/// inside an HTML table row, how many the pipeline recovers as a table cell with the same
/// `|value x scale|` and the row label the HTML shows for that row. Each miss is listed with
/// its category, so the remaining ones can be explained (run with `--filter XBRLCorpus`).
@Suite("Inline XBRL facts recovered as table cells (shared corpus)",
       .enabled(if: TestPaths.sharedHas("edgar-html"), TestPaths.sharedAbsent("edgar-html")))
struct XBRLCorpusTests {
    struct Miss {
        var category: String
        var line: String
    }

    struct Outcome {
        var inTables = 0
        var recovered = 0
        /// Facts tagged in a row's label text (`$0.001 par value; 8,000 shares authorized`):
        /// prose, not table values; counted apart, not in `inTables`.
        var inLabels = 0
        var misses: [Miss] = []
        var rate: Double { inTables == 0 ? 1 : Double(recovered) / Double(inTables) }
    }

    /// Letters and digits, lower case: the label as words, without markup, footnote marks or colons.
    static func labelKey(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }.map(Character.init))
    }

    static func isPowerOfTen(_ r: Double) -> Bool {
        guard r > 0, r.isFinite else { return false }
        let l = log10(r)
        return abs(l - l.rounded()) < 1e-9 && l.rounded() != 0
    }

    static func measure(_ path: String) throws -> Outcome? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        let rendered = try HTMLReader.render(bytes, xhtml: true)
        let doc = try #require(try FactsTestSupport.run(path), "pipeline failed on \(path)")
        let tagged = doc.facts.filter { $0.origin == .ixbrl }
        #expect(tagged.count == rendered.facts.count)
        let tables = Dictionary(uniqueKeysWithValues: doc.tables.map { ($0.id, $0) })
        var o = Outcome()
        for (k, f) in tagged.enumerated() {
            if rendered.factsInRowLabels.contains(k) { o.inLabels += 1; continue }
            guard let label = rendered.factRowLabels[k], f.value != nil else { continue }
            o.inTables += 1
            let printed = f.sourceSpan.map { String(decoding: bytes[$0.start..<min(bytes.count, max($0.start, $0.end))], as: UTF8.self) } ?? ""
            let what = "\(f.metric) '\(printed.prefix(30))' x\(f.scale) row '\(label.prefix(60))'"
            guard let fc = f.cell, let cell = tables[fc.tableId]?.cells.first(where: { $0.row == fc.row && $0.col == fc.col }) else {
                let inTable = doc.tables.contains { t in
                    let s = doc.sourceSpan(of: t.span)
                    return f.sourceSpan.map { s.start <= $0.start && $0.start < s.end } ?? false
                }
                o.misses.append(Miss(category: inTable ? "no cell at the fact's bytes" : "table not recovered as a table", line: what))
                continue
            }
            let cellText = "cell '\(cell.raw)' x\(cell.scale) row '\(cell.rowLabel.prefix(60))'"
            if f.check != .agrees {
                let tv = abs((f.value ?? 0) * Double(f.scale)), cv = abs((cell.value ?? 0) * Double(cell.scale))
                let cat = Self.isPowerOfTen(tv / cv) ? "scale differs" : "value differs"
                o.misses.append(Miss(category: cat, line: "\(what): \(cellText)"))
                continue
            }
            let key = Self.labelKey(label)
            if key != Self.labelKey(cell.rowLabel) {
                o.misses.append(Miss(category: "row label differs", line: "\(what): \(cellText)"))
                continue
            }
            o.recovered += 1
        }
        return o
    }

    /// Floors: the figures achieved (recovered / facts in table rows); a regression fails.
    static let floors: [String: Double] = [
        "AAPL_10-Q_2025-05_aapl-20250329.htm": 626.0 / 626,
        "IBM_10-K_2025-02_ibm-20241231.htm": 60.0 / 60,
        "NVDA_10-K_2023-02_nvda-20230129.html": 1048.0 / 1048,
        "CABOT_DEF14A_FY2023_cbt.html": 84.0 / 84,
    ]

    static func ixbrlFiles() -> [String] {
        let dir = TestPaths.sharedCorpus + "/edgar-html"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return names.sorted().filter { name in
            guard let d = FileManager.default.contents(atPath: dir + "/" + name) else { return false }
            return d.range(of: Data("ix:nonFraction".utf8)) != nil
        }.map { dir + "/" + $0 }
    }

    @Test("every inline XBRL filing: >= the floor of tagged table facts recovered with value and row label")
    func recovery() throws {
        let files = Self.ixbrlFiles()
        #expect(!files.isEmpty, "no inline XBRL filing in ../shared/corpus/edgar-html")
        for path in files {
            let name = (path as NSString).lastPathComponent
            let o = try #require(try Self.measure(path))
            var counts: [String: Int] = [:]
            for m in o.misses { counts[m.category, default: 0] += 1 }
            print("XBRL \(name): \(o.recovered)/\(o.inTables) recovered (\(String(format: "%.2f", 100 * o.rate))%), \(o.inLabels) in row-label text; misses: "
                  + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            for m in o.misses { print("  MISS [\(m.category)] \(m.line)") }
            let floor = try #require(Self.floors[name], "no floor for \(name)")
            #expect(o.rate >= floor - 1e-9, "\(name): \(o.recovered)/\(o.inTables)")
        }
    }
}
