import Foundation
import Testing

/// `folio export sqlite`, `folio diff` and `folio report` through the real binary.
@Suite("folio export, diff, report", .serialized)
struct ExportCLITests {
    @Test("run, edit one seed copy, run again: `folio diff` shows exactly that cell, as text and as JSON")
    func diffAfterEdit() throws {
        let s = try Scratch()
        try s.copySeeds()
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds", "--quiet"], in: s.path).status == 0)
        let file = "Corpus/seeds/003_05f12aa528e47d2d.txt"
        let original = try s.text(file)
        let range = try #require(original.range(of: "3,346,779"))
        try s.write(file, original.replacingCharacters(in: range, with: "3,346,780"))
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds", "--quiet"], in: s.path).status == 0)

        let text = try FolioProcess.run(["diff", "--dataset", "ds"], in: s.path)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "folio diff ds: v000001 -> v000002")
        #expect(lines.contains("documents: 1 changed, 0 added, 0 removed, 2 unchanged"))
        #expect(lines.contains("~ seeds/003_05f12aa528e47d2d"))
        #expect(lines.contains("    ~ table \"Unaudited Condensed Consolidated Balance Sheets\" (table 1)"))
        let cells = lines.filter { $0.contains(" cell [") }
        #expect(cells == ["        ~ cell [ASSETS > Current assets > Restricted cash] [December 31, > 2022 > RMB]: 3,346,779 (3346779 x1000 RMB) -> 3,346,780 (3346780 x1000 RMB)"])

        let json = try FolioProcess.run(["diff", "v000001", "v000002", "--dataset", "ds", "--json"], in: s.path)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["from"] as? String == "v000001" && object["to"] as? String == "v000002")
        let changed = try #require(object["changed"] as? [[String: Any]])
        #expect(changed.count == 1)
        let tables = try #require(changed.first?["changed_tables"] as? [[String: Any]])
        let cellChanges = try #require(tables.first?["cells"] as? [[String: Any]])
        #expect(tables.count == 1 && cellChanges.count == 1)
        #expect((cellChanges.first?["old"] as? [String: Any])?["raw"] as? String == "3,346,779")
        #expect((cellChanges.first?["new"] as? [String: Any])?["raw"] as? String == "3,346,780")
        #expect(cellChanges.first?["row_path"] as? [String] == ["ASSETS", "Current assets", "Restricted cash"])

        // One version compares with CURRENT; a single-version dataset has nothing to compare.
        let same = try FolioProcess.run(["diff", "v000002", "--dataset", "ds"], in: s.path)
        #expect(same.stdout.contains("documents: 0 changed, 0 added, 0 removed, 3 unchanged"))
    }

    @Test("export and report refuse to overwrite without --force and explain errors")
    func exportAndReport() throws {
        let s = try Scratch()
        try s.copySeeds()
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds", "--quiet"], in: s.path).status == 0)
        let export = try FolioProcess.run(["export", "sqlite", "--dataset", "ds", "--out", "out/ds.sqlite"], in: s.path)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("Wrote out/ds.sqlite from ds v000001: documents 3, "))
        let again = try FolioProcess.run(["export", "sqlite", "--dataset", "ds", "--out", "out/ds.sqlite"], in: s.path)
        #expect(again.status == 2 && again.stderr == "folio: error: out/ds.sqlite exists; pass --force to replace it\n")
        #expect(try FolioProcess.run(["export", "sqlite", "--dataset", "ds", "--out", "out/ds.sqlite", "--force"], in: s.path).status == 0)
        let missing = try FolioProcess.run(["export", "sqlite", "--dataset", "nowhere", "--out", "x.sqlite"], in: s.path)
        #expect(missing.status == 2 && missing.stderr.contains("no dataset at nowhere"))
        let badVersion = try FolioProcess.run(["export", "sqlite", "--dataset", "ds", "--version", "v000009", "--out", "x.sqlite"], in: s.path)
        #expect(badVersion.status == 2 && badVersion.stderr.contains("no version 'v000009'"))
        let oneVersion = try FolioProcess.run(["diff", "--dataset", "ds"], in: s.path)
        #expect(oneVersion.status == 2 && oneVersion.stderr.contains("no version before v000001"))

        let report = try FolioProcess.run(["report", "--dataset", "ds", "--out", "site", "--sources", "Corpus"], in: s.path)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout == "Wrote site/index.html and 3 document pages for ds v000001.\n")
        #expect(FileManager.default.fileExists(atPath: s.path + "/site/docs/seeds_003_05f12aa528e47d2d.html"))
        let reportAgain = try FolioProcess.run(["report", "--dataset", "ds", "--out", "site"], in: s.path)
        #expect(reportAgain.status == 2 && reportAgain.stderr.contains("pass --force"))
    }

    @Test("`folio show` aligns a table with wide (CJK) labels, and writes no colour codes into a pipe")
    func showAlignsWideCharacters() throws {
        let s = try Scratch()
        try s.write("in/cjk.md", "# 年度業績 Annual results\n\n(in thousands of RMB)\n\n| 項目 | 2023 | 2022 |\n|---|---:|---:|\n"
            + "| 收入 | 1,000 | 900 |\n| Total revenue | 2,000 | 1,800 |\n")
        #expect(try FolioProcess.run(["run", "in", "--out", "ds", "--quiet"], in: s.path).status == 0)
        let show = try FolioProcess.run(["show", "cjk", "--dataset", "ds", "--table", "1"], in: s.path)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(!show.stdout.contains("\u{1B}["))
        // 項目 and 收入 are two columns wide each: the numbers line up under the headers.
        #expect(show.stdout.contains("""
              項目           2023  2022
              收入          1,000   900
              Total revenue 2,000 1,800

            """))
    }

    @Test("`folio show --why` prints the rule each heading and row path recorded (heading_rule, row_path_rule, label_rule)")
    func showWhy() throws {
        let s = try Scratch()
        try s.write("in/why.txt", "Acme Reports Record Fourth Quarter Results\n\nAcme Corporation today reported results for the fourth quarter, with revenue up ten percent on the year.\n\n"
            + "Fourth Quarter Business Highlights\n\nRevenue grew ten percent in the quarter, driven by strong demand in every region.\n\n"
            + "(In millions)\n\n\t2024\t2023\nRevenues:\t\t\nProducts\t100\t90\nServices\t50\t40\nTotal revenues\t150\t130\nNet income\t20\t10\n")
        #expect(try FolioProcess.run(["run", "in", "--out", "ds", "--quiet"], in: s.path).status == 0)
        let show = try FolioProcess.run(["show", "why", "--dataset", "ds", "--why"], in: s.path)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Acme Reports Record Fourth Quarter Results  [1]  ← title"))
        #expect(show.stdout.contains("Fourth Quarter Business Highlights  [2]  ← title_case"))
        #expect(show.stdout.contains("why row 0 Products: heading_row under Revenues"))
        #expect(show.stdout.contains("why row 2 Total revenues: closes_group under Revenues"))
        #expect(show.stdout.contains("why row 3 Net income: top_level"))
        let plain = try FolioProcess.run(["show", "why", "--dataset", "ds"], in: s.path)
        #expect(!plain.stdout.contains("← title") && !plain.stdout.contains("why row"), "without --why, no rules")
    }
}
