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
        // Every record kind is a folder of parts (one document a part: a kind without records
        // for a document has no file in its part, so look for any part).
        for file in ["manifest.json", "parts.idx", "inputs.idx", "pages"] {
            #expect(FileManager.default.fileExists(atPath: s.path + "/ds/versions/v000001/" + file), "\(file)")
        }
        for folder in Self.recordFiles.map({ String($0.dropLast(".jsonl".count)) }) {
            let parts = (try? FileManager.default.contentsOfDirectory(atPath: s.path + "/ds/versions/v000001/" + folder)) ?? []
            #expect(parts.contains { $0.hasPrefix("part-") && $0.hasSuffix(".jsonl") }, "\(folder)")
        }
        let m = try s.manifest("ds", "v000001")
        // A new dataset is schema 2: the inputs are in inputs.idx only.
        #expect(m["schema_version"] as? String == "2")
        #expect(m["parent"] is NSNull)
        #expect(m["inputs"] == nil && (m["inputs_index_sha256"] as? String)?.count == 64)
        #expect(s.inputs("ds", "v000001").count == 3)
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

        // A removed document gives a new version without it (1 of 3 is over the 20% share, but
        // within the removal floor of 2 inputs, so the guard lets it through: docs/operations.md).
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

@Suite("folio run: EDGAR submissions")
struct SubmissionRunTests {
    @Test("a submission becomes one document per readable part, with stable ids; binaries are skipped with a diagnostic")
    func submission() throws {
        let s = try Scratch()
        let text = """
            <SEC-DOCUMENT>0000000000-99-000001.txt
            <DOCUMENT>
            <TYPE>8-K
            <SEQUENCE>1
            <TEXT>
            Main body of the report.
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-99.1
            <SEQUENCE>2
            <FILENAME>ex99.htm
            <TEXT>
            <html><body><p>Press release text.</p></body></html>
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>GRAPHIC
            <SEQUENCE>3
            <FILENAME>logo.jpg
            <TEXT>
            begin 644 logo.jpg
            M_]C_X``02D9)1@`!`0$`8`!@``#_VP!#``@&!@<&!0@'!P<)"0@*#!0-#`L+
            end
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>

            """
        try s.write("In/sub/0000000000-99-000001.txt", text)
        try s.write("In/single.htm", "<DOCUMENT>\n<TYPE>6-K\n<TEXT>\n<html><body><p>Only part.</p></body></html>\n</TEXT>\n</DOCUMENT>\n")
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        let docs = try s.text("ds/versions/v000001/documents.jsonl").split(separator: "\n").map(String.init)
        let ids = docs.compactMap { line -> String? in
            guard let r = line.range(of: #"{"doc_id":""#), let e = line[r.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(line[r.upperBound..<e])
        }
        #expect(ids == ["single", "sub/0000000000-99-000001#8-k", "sub/0000000000-99-000001#ex99-1"])
        #expect(docs[0].contains(#""format":"html""#))
        #expect(docs[0].contains(#""text":"Only part.\n""#))
        #expect(docs[2].contains(#""part":{"type":"EX-99.1","sequence":2,"filename":"ex99.htm","description":null}"#))
        #expect(docs[2].contains(#""text":"Press release text.\n""#))
        let diags = try s.text("ds/versions/v000001/diagnostics.jsonl")
        #expect(diags.contains(#""code":"read.skipped_binary","message":"skipped GRAPHIC document 'logo.jpg' (uuencoded"#))
        let sub = s.inputs("ds", "v000001").first { $0.source == "sub/0000000000-99-000001.txt" }
        #expect(sub?.documents == ["sub/0000000000-99-000001#8-k", "sub/0000000000-99-000001#ex99-1"])
        // Unchanged: up to date; the parts are reused as a unit.
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).stdout.contains("up to date"))
        // A source span of a part points into the whole file.
        let blocksOrDocs = docs[1]
        #expect(blocksOrDocs.contains(#""sha256":""#))
    }
}
