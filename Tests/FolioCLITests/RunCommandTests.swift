import Foundation
import Testing

/// End-to-end behaviour of `folio run` over the seed filings, through the real binary.
@Suite("folio run", .serialized)
struct RunCommandTests {
    static let recordFiles = ["documents", "sections", "blocks", "tables", "cells", "footnotes", "facts", "diagnostics"].map { $0 + ".jsonl" }

    @Test("first run writes v000001 with every record file and CURRENT names it")
    func firstRun() throws {
        let s = try Scratch()
        try s.copySeeds()
        let r = try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Wrote ds/versions/v000001"))
        #expect(try s.text("ds/CURRENT") == "v000001\n")
        for file in Self.recordFiles + ["manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: s.path + "/ds/versions/v000001/" + file), "\(file)")
        }
        let m = try s.manifest("ds", "v000001")
        #expect(m["schema_version"] as? String == "1")
        #expect(m["parent"] is NSNull)
        #expect((m["inputs"] as? [Any])?.count == 3)
        #expect((m["outputs"] as? [Any])?.count == 8)
        let pipeline = m["pipeline"] as? [String: Any]
        #expect((pipeline?["sha256"] as? String)?.count == 64)
        let docs = try s.text("ds/versions/v000001/documents.jsonl").split(separator: "\n")
        #expect(docs.count == 3)
        #expect(docs.allSatisfy { $0.hasPrefix(#"{"doc_id":"seeds/"#) })
        let verify = try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path)
        #expect(verify.status == 0 && verify.stdout == "v000001: ok\n", "\(verify.stdout)")
    }

    @Test("an unchanged re-run makes no version; an edited seed is the only one reprocessed")
    func incremental() throws {
        let s = try Scratch()
        try s.copySeeds()
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path).status == 0)
        let again = try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path)
        #expect(again.status == 0)
        #expect(again.stdout.contains("up to date"))
        #expect(!FileManager.default.fileExists(atPath: s.path + "/ds/versions/v000002"))

        // Edit one seed: only it is processed, the others reused; parent links back.
        let edited = "Corpus/seeds/000_8c057db36f5667ab.txt"
        var text = try s.text(edited)
        text += "\nAn added closing paragraph.\n"
        try s.write(edited, text)
        let third = try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path)
        #expect(third.status == 0)
        #expect(try s.text("ds/CURRENT") == "v000002\n")
        #expect(try s.statuses("ds", "v000002") == [
            "seeds/000_8c057db36f5667ab": "processed",
            "seeds/003_05f12aa528e47d2d": "reused",
            "seeds/004_1ba0498fe219ff30": "reused",
        ])
        #expect(try s.manifest("ds", "v000002")["parent"] as? String == "v000001")

        // Reused records are byte-identical to a fresh full run of the same inputs.
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "fresh"], in: s.path).status == 0)
        for file in Self.recordFiles {
            #expect(try s.read("ds/versions/v000002/" + file) == s.read("fresh/versions/v000001/" + file), "\(file)")
        }
        #expect(try s.manifest("ds", "v000002")["content_sha256"] as? String
            == s.manifest("fresh", "v000001")["content_sha256"] as? String)

        // A removed document gives a new version without it.
        try FileManager.default.removeItem(atPath: s.path + "/" + edited)
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path).status == 0)
        #expect(try s.statuses("ds", "v000003") == [
            "seeds/003_05f12aa528e47d2d": "reused",
            "seeds/004_1ba0498fe219ff30": "reused",
        ])
        let versions = try FolioProcess.run(["versions", "ds"], in: s.path)
        #expect(versions.stdout.contains("v000003*"))
    }

    @Test("--jobs 1 and --jobs 2 give byte-identical record files and content hash")
    func determinism() throws {
        let s = try Scratch()
        try s.copySeeds()
        // More documents than jobs, so scheduling really varies.
        for i in 0..<6 {
            try s.copySeeds(to: "Corpus/copy\(i)")
        }
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "one", "--jobs", "1"], in: s.path).status == 0)
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "two", "--jobs", "2"], in: s.path).status == 0)
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "many", "--jobs", "7"], in: s.path).status == 0)
        for file in Self.recordFiles {
            let one = try s.read("one/versions/v000001/" + file)
            #expect(one == (try s.read("two/versions/v000001/" + file)), "\(file)")
            #expect(one == (try s.read("many/versions/v000001/" + file)), "\(file)")
        }
        let hash = try s.manifest("one", "v000001")["content_sha256"] as? String
        #expect(hash != nil)
        #expect(hash == (try s.manifest("two", "v000001")["content_sha256"] as? String))
    }

    @Test("the default command runs Corpus/ into Datasets/corpus with Pipelines/default.yml or the built-in one")
    func defaults() throws {
        let s = try Scratch()
        try s.copySeeds()
        let r = try FolioProcess.run([], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try s.text("Datasets/corpus/CURRENT") == "v000001\n")
    }
}
