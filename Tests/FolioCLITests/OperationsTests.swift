import Foundation
import FolioTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What an operator running folio unattended relies on (docs/operations.md): outputs only
/// where they belong, guards against a failed mount or a shrunken input, distinct exit
/// statuses, the lock and `--wait`, `FOLIO_DATASET`, summaries of a bounded size.
@Suite("operations")
struct OperationsTests {
    func errorLine(_ r: FolioProcess.Result) -> String {
        r.stderr.split(separator: "\n").first.map(String.init) ?? ""
    }

    func smallCorpus(_ s: Scratch, _ n: Int = 10) throws {
        for i in 0..<n { try s.write("In/doc\(i).txt", "Filing number \(i).\n") }
    }

    @Test("--out empty or inside an input is refused before anything is written")
    func datasetOutGuards() throws {
        let s = try Scratch()
        try smallCorpus(s)
        let empty = try FolioProcess.run(["run", "In", "--out", ""], in: s.path)
        #expect(empty.status == 2, "\(empty.stderr)")
        #expect(empty.stderr.contains("--out is empty"))
        #expect(!FileManager.default.fileExists(atPath: s.path + "/CURRENT"))
        let inside = try FolioProcess.run(["run", "In", "--out", "In/ds"], in: s.path)
        #expect(inside.status == 2)
        #expect(errorLine(inside) == "folio: error: --out In/ds is inside the input In: the next run would read the dataset as input; put the dataset outside the input folders")
        #expect(!FileManager.default.fileExists(atPath: s.path + "/In/ds"))
        // The same place spelled differently is still inside.
        let dotted = try FolioProcess.run(["run", "In", "--out", "./In/../In/sub/ds"], in: s.path)
        #expect(dotted.status == 2 && dotted.stderr.contains("is inside the input In"))
        let holding = try FolioProcess.run(["run", "ds/In", "--out", "ds"], in: s.path)
        #expect(holding.status == 2 && holding.stderr.contains("the input ds/In is inside the dataset ds"), "\(holding.stderr)")
    }

    @Test("report and export --out equal to, above or inside the dataset are refused, even with --force")
    func readerOutGuards() throws {
        let s = try Scratch()
        try smallCorpus(s)
        try FileManager.default.createDirectory(atPath: s.path + "/data", withIntermediateDirectories: true)
        #expect(try FolioProcess.run(["run", "In", "--out", "data/ds"], in: s.path).status == 0)
        let cases: [[String]] = [
            ["report", "--dataset", "data/ds", "--out", "data/ds", "--force"],
            ["report", "--dataset", "data/ds", "--out", "data", "--force"],
            ["report", "--dataset", "data/ds", "--out", "data/ds/versions", "--force"],
            ["report", "--dataset", "data/ds", "--out", "", "--force"],
            ["export", "sqlite", "--dataset", "data/ds", "--out", "data/ds/CURRENT", "--force"],
            ["export", "sqlite", "--dataset", "data/ds", "--out", "data/ds", "--force"],
            ["export", "sqlite", "--dataset", "data/ds", "--out", "", "--force"],
        ]
        for c in cases {
            let r = try FolioProcess.run(c, in: s.path)
            #expect(r.status == 2, "\(c): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(c): \(r.stderr)")
        }
        #expect(try s.text("data/ds/CURRENT") == "v000001\n")
        let verify = try FolioProcess.run(["verify", "--dataset", "data/ds"], in: s.path)
        #expect(verify.status == 0)
        // Beside the dataset is fine.
        #expect(try FolioProcess.run(["report", "--dataset", "data/ds", "--out", "data/site"], in: s.path).status == 0)
    }

    @Test("an empty input folder (a failed mount) is refused, never committed")
    func emptyInput() throws {
        let s = try Scratch()
        try FileManager.default.createDirectory(atPath: s.path + "/Mnt", withIntermediateDirectories: true)
        try s.write("Mnt/.hidden", "not an input\n")
        let r = try FolioProcess.run(["run", "Mnt", "--out", "ds"], in: s.path)
        #expect(r.status == 2)
        #expect(errorLine(r).hasPrefix("folio: error: no input files under Mnt (an empty folder, or a mount that failed?)"))
        #expect(!FileManager.default.fileExists(atPath: s.path + "/ds/CURRENT"))
        // Over an existing dataset too: CURRENT stays.
        try smallCorpus(s)
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 0)
        #expect(try FolioProcess.run(["run", "Mnt", "--out", "ds"], in: s.path).status == 2)
        #expect(try s.text("ds/CURRENT") == "v000001\n")
    }

    @Test("a run that would remove more than --max-removals of the inputs fails unless --allow-removals")
    func removalGuard() throws {
        let s = try Scratch()
        try smallCorpus(s)
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 0)
        for i in 0..<3 { try FileManager.default.removeItem(atPath: s.path + "/In/doc\(i).txt") }
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 2)
        #expect(errorLine(r) == "folio: error: this run would remove 3 of the current version's 10 inputs (30%, more than the 20% allowed); check the input folders, or pass --allow-removals (or raise --max-removals)")
        #expect(try s.text("ds/CURRENT") == "v000001\n")
        #expect(try FolioProcess.run(["run", "In", "--out", "ds", "--max-removals", "0.3"], in: s.path).status == 0)
        for i in 3..<6 { try FileManager.default.removeItem(atPath: s.path + "/In/doc\(i).txt") }
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 2)
        let allowed = try FolioProcess.run(["run", "In", "--out", "ds", "--allow-removals"], in: s.path)
        #expect(allowed.status == 0)
        #expect(allowed.stdout.contains("documents: 4 (processed 0, reused 4, failed 0)"), "\(allowed.stdout)")
        #expect(try FolioProcess.run(["run", "In", "--out", "ds", "--max-removals", "150%"], in: s.path).status == 2)
    }

    @Test("the removal guard does not trip on tiny corpora: removing --removal-floor (2) inputs or fewer is allowed")
    func removalGuardFloor() throws {
        let s = try Scratch()
        try smallCorpus(s, 3)
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 0)
        // 1 of 3 is 33%, over the 20% share, but only one input: allowed (refused before).
        try FileManager.default.removeItem(atPath: s.path + "/In/doc0.txt")
        let one = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(try s.text("ds/CURRENT") == "v000002\n")
        // The floor is a setting: at 0 the share alone decides again.
        try FileManager.default.removeItem(atPath: s.path + "/In/doc1.txt")
        let strict = try FolioProcess.run(["run", "In", "--out", "ds", "--removal-floor", "0"], in: s.path)
        #expect(strict.status == 2)
        #expect(errorLine(strict) == "folio: error: this run would remove 1 of the current version's 2 inputs (50%, more than the 20% allowed); check the input folders, or pass --allow-removals (or raise --max-removals)")
        #expect(try FolioProcess.run(["run", "In", "--out", "ds", "--removal-floor", "-1"], in: s.path).status == 2)
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 0)
        // An input folder that vanished is refused whatever the floor (no input files).
        try FileManager.default.removeItem(atPath: s.path + "/In/doc2.txt")
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 2)
        #expect(try s.text("ds/CURRENT") == "v000003\n")
    }

    @Test("input roots that change doc_ids are named (a warning, and the reason a removal guard fired)")
    func rootChangeWarning() throws {
        let s = try Scratch()
        try s.write("Corpus/seeds/a.txt", "A.\n")
        try s.write("Corpus/samples/b.txt", "B.\n")
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path).status == 0)
        // Two inputs are within the removal floor: the floor is set to 0 so the guard fires.
        let r = try FolioProcess.run(["run", "Corpus/seeds", "Corpus/samples", "--out", "ds", "--removal-floor", "0"], in: s.path)
        #expect(r.status == 2)
        #expect(r.stderr.contains("Note: the input roots differ from the current version's: 2 input(s) now have other paths and doc_ids (e.g. 'seeds/a.txt' is now 'a.txt')"), "\(r.stderr)")
        let allowed = try FolioProcess.run(["run", "Corpus/seeds", "Corpus/samples", "--out", "ds", "--allow-removals"], in: s.path)
        #expect(allowed.status == 0)
        #expect(allowed.stderr.contains("folio: warning: the input roots differ from the current version's"), "\(allowed.stderr)")
        // Back to the original roots: warned the other way round.
        let back = try FolioProcess.run(["run", "Corpus", "--out", "ds", "--allow-removals"], in: s.path)
        #expect(back.stderr.contains("(e.g. 'b.txt' is now 'samples/b.txt')"), "\(back.stderr)")
    }

    @Test("a locked dataset exits 3; --wait waits for the lock; argument errors exit 2")
    func lockAndExitCodes() throws {
        let s = try Scratch()
        try smallCorpus(s, 2)
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 0)
        try s.write("In/doc0.txt", "Changed.\n")
        let fd = open(s.path + "/ds/.lock", O_RDWR)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX) == 0)
        let locked = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(locked.status == 3)
        #expect(errorLine(locked).hasPrefix("folio: error: another folio process is writing to ds; wait for it to finish, or pass --wait"))
        let waited = try FolioProcess.run(["run", "In", "--out", "ds", "--wait", "0.5"], in: s.path)
        #expect(waited.status == 3 && waited.stderr.contains("(waited 0.5 s)"), "\(waited.stderr)")
        #expect(try FolioProcess.run(["repair", "--dataset", "ds"], in: s.path).status == 3)
        // A bare --wait waits until the lock is released.
        let p = try FolioProcess.start(["run", "In", "--out", "ds", "--wait"], in: s.path)
        usleep(700_000)
        #expect(p.process.isRunning)
        flock(fd, LOCK_UN)
        close(fd)
        p.process.waitUntilExit()
        #expect(p.process.terminationStatus == 0)
        #expect(try s.text("ds/CURRENT") == "v000002\n")

        for bad in [["run", "In", "--jobs", "0"], ["run", "--no-such-flag"], ["run", "In", "--wait", "-3"], ["show"]] {
            let r = try FolioProcess.run(bad, in: s.path)
            #expect(r.status == 2, "\(bad): \(r.stderr)")
        }
    }

    @Test("FOLIO_DATASET locates the dataset; a flag wins over it")
    func environmentVariable() throws {
        let s = try Scratch()
        try smallCorpus(s, 2)
        let env = ["FOLIO_DATASET": "envds"]
        #expect(try FolioProcess.run(["run", "In"], in: s.path, environment: env).status == 0)
        #expect(try s.text("envds/CURRENT") == "v000001\n")
        #expect(try FolioProcess.run(["show", "doc1"], in: s.path, environment: env).stdout.hasPrefix("doc1  (text"))
        #expect(try FolioProcess.run(["versions"], in: s.path, environment: env).stdout.contains("v000001*"))
        #expect(try FolioProcess.run(["run", "In", "--out", "flagds"], in: s.path, environment: env).status == 0)
        #expect(FileManager.default.fileExists(atPath: s.path + "/flagds/CURRENT"))
        let show = try FolioProcess.run(["show", "doc1", "--dataset", "nowhere"], in: s.path, environment: env)
        #expect(show.status == 2 && show.stderr.contains("no dataset at nowhere"))
    }

    @Test("--summary-json describes a committed run, an up-to-date run and a refused one")
    func summaryJSON() throws {
        let s = try Scratch()
        try smallCorpus(s, 3)
        func json(_ path: String) throws -> [String: Any] {
            (try JSONSerialization.jsonObject(with: s.read(path)) as? [String: Any]) ?? [:]
        }
        #expect(try FolioProcess.run(["run", "In", "--out", "ds", "--summary-json", "logs/run.json"], in: s.path).status == 0)
        let first = try json("logs/run.json")
        #expect(first["status"] as? String == "committed")
        #expect(first["exit_code"] as? Int == 0)
        #expect(first["version"] as? String == "v000001")
        #expect(first["documents"] as? Int == 3 && first["processed"] as? Int == 3)
        #expect((first["records"] as? [String: Int])?["documents"] == 3)
        #expect((first["content_sha256"] as? String)?.count == 64)
        #expect(try FolioProcess.run(["run", "In", "--out", "ds", "--summary-json", "logs/run.json"], in: s.path).status == 0)
        #expect(try json("logs/run.json")["status"] as? String == "up_to_date")
        try FileManager.default.createDirectory(atPath: s.path + "/Empty", withIntermediateDirectories: true)
        #expect(try FolioProcess.run(["run", "Empty", "--out", "ds", "--summary-json", "logs/run.json"], in: s.path).status == 2)
        let refused = try json("logs/run.json")
        #expect(refused["status"] as? String == "error")
        #expect(refused["exit_code"] as? Int == 2)
        #expect((refused["error"] as? String)?.hasPrefix("no input files under Empty") == true)
    }

    @Test("the human summary lists at most 10 documents per section, only those with a problem, the worst first")
    func boundedSummary() throws {
        let s = try Scratch()
        let seed = try String(contentsOfFile: FolioProcess.packageRoot + "/Corpus/seeds/003_05f12aa528e47d2d.txt", encoding: .utf8)
        // 12 copies of a filing with tables; one with a broken total, so it fails a check.
        for i in 0..<12 { try s.write("In/copy\(i).txt", seed + "\nCopy \(i).\n") }
        let broken = seed.replacingOccurrences(of: "7,165,584", with: "7,965,584")
        #expect(broken != seed)
        try s.write("In/copy7.txt", broken)
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        // 12 documents with checks, one failing: only that one is listed
        let checkLines = lines.filter { $0.hasPrefix("    copy") && !$0.contains("facts") }
        #expect(checkLines.count == 1, "\(r.stdout)")
        #expect(checkLines.first?.hasPrefix("    copy7: ") == true, "\(r.stdout)")
        #expect(lines.contains("    1 document failed a check:"), "\(r.stdout)")
        #expect(!lines.contains { $0.hasPrefix("    ... and") }, "\(r.stdout)")
        #expect(lines.count < 40)
        // 12 documents failing: the 10 with the most failed checks, then the count of the rest
        for i in 0..<12 { try s.write("In2/copy\(i).txt", broken + "\nCopy \(i).\n") }
        let r2 = try FolioProcess.run(["run", "In2", "--out", "ds2"], in: s.path)
        #expect(r2.status == 0, "\(r2.stderr)")
        let lines2 = r2.stdout.split(separator: "\n").map(String.init)
        #expect(lines2.filter { $0.hasPrefix("    copy") && !$0.contains("facts") }.count == 10, "\(r2.stdout)")
        #expect(lines2.contains("    12 documents failed a check; the 10 with the most:"), "\(r2.stdout)")
        #expect(lines2.contains("    ... and 2 more with failed checks"), "\(r2.stdout)")
    }

    @Test("show --table N names the tables that exist when there is no table N")
    func showMissingTable() throws {
        let s = try Scratch()
        try s.copySeeds()
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path).status == 0)
        let r = try FolioProcess.run(["show", "003_05f12aa528e47d2d", "--dataset", "ds", "--table", "999"], in: s.path)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(errorLine(r).hasPrefix("folio: error: seeds/003_05f12aa528e47d2d has no table 999 in v000001; its tables are 1-"), "\(r.stderr)")
        #expect(try FolioProcess.run(["show", "003_05f12aa528e47d2d", "--dataset", "ds", "--table", "1"], in: s.path).status == 0)
    }
}
