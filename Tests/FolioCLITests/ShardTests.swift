import Foundation
import Testing

/// The distributed run: shards processed separately, committed into one version equal to a
/// single-machine run.
@Suite("shards", .serialized)
struct ShardTests {
    func corpus(_ s: Scratch) throws {
        try s.copySeeds(to: "In/seeds")
        for i in 0..<5 { try s.write("In/extra/doc\(i).txt", "Filing \(i).\n\nRevenue was RMB\(i),000 million.\n") }
        try s.write("In/sub.txt", "<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nBody.\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nRelease.\n</TEXT>\n</DOCUMENT>\n")
    }

    @Test("N shards then commit equal one single run, byte for byte; an unchanged sharded re-run commits nothing")
    func equalsSingleRun() throws {
        let s = try Scratch()
        try corpus(s)
        #expect(try FolioProcess.run(["run", "In", "--out", "single"], in: s.path).status == 0)
        for i in 0..<3 {
            let r = try FolioProcess.run(["run", "In", "--out", "sharded", "--shard", "\(i)/3"], in: s.path)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("Wrote shard-000\(i) of sharded/shards/"))
        }
        #expect(!FileManager.default.fileExists(atPath: s.path + "/sharded/CURRENT"))
        let c = try FolioProcess.run(["commit", "--dataset", "sharded", "--shards", "3"], in: s.path)
        #expect(c.status == 0, "\(c.stderr)")
        #expect(c.stdout.hasPrefix("Committed sharded/versions/v000001"))
        for file in RunCommandTests.recordFiles {
            #expect(try s.read("single/versions/v000001/" + file) == s.read("sharded/versions/v000001/" + file), "\(file)")
        }
        #expect(try s.manifest("single", "v000001")["content_sha256"] as? String
            == s.manifest("sharded", "v000001")["content_sha256"] as? String)
        #expect(try s.statuses("single", "v000001") == s.statuses("sharded", "v000001"))
        let left = (try? FileManager.default.contentsOfDirectory(atPath: s.path + "/sharded/shards")) ?? []
        #expect(left.isEmpty, "shards are removed once committed")

        // Unchanged inputs: the shards reuse everything and the commit makes no version.
        for i in 0..<2 { _ = try FolioProcess.run(["run", "In", "--out", "sharded", "--shard", "\(i)/2"], in: s.path) }
        let again = try FolioProcess.run(["commit", "--dataset", "sharded"], in: s.path)
        #expect(again.status == 0)
        #expect(again.stdout.contains("up to date"))
        #expect(try s.text("sharded/CURRENT") == "v000001\n")
    }

    @Test("a missing shard is named and nothing is committed; a stale set is refused")
    func missingAndStale() throws {
        let s = try Scratch()
        try corpus(s)
        _ = try FolioProcess.run(["run", "In", "--out", "ds", "--shard", "0/3"], in: s.path)
        _ = try FolioProcess.run(["run", "In", "--out", "ds", "--shard", "2/3"], in: s.path)
        let c = try FolioProcess.run(["commit", "--dataset", "ds"], in: s.path)
        #expect(c.status == 5)
        #expect(c.stderr.contains("shards missing from v000000-"))
        #expect(c.stderr.contains(": 1 of 0..2; run them (folio run --shard I/3) before committing"))
        #expect(!FileManager.default.fileExists(atPath: s.path + "/ds/CURRENT"))

        // A normal run commits v000001 meanwhile: the old set (made against no version) is stale.
        _ = try FolioProcess.run(["run", "In", "--out", "ds", "--shard", "1/3"], in: s.path)
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 0)
        let stale = try FolioProcess.run(["commit", "--dataset", "ds"], in: s.path)
        #expect(stale.status == 5)
        #expect(stale.stderr.contains("the shards were made against an empty dataset, but CURRENT is v000001; run them again"))
    }

    @Test("--shard is validated")
    func validation() throws {
        let s = try Scratch()
        let r = try FolioProcess.run(["run", "In", "--shard", "3/3"], in: s.path)
        #expect(r.status != 0)
        #expect(r.stderr.contains("--shard must be I/N with 0 <= I < N"))
    }
}
