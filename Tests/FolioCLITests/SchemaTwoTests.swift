import Foundation
import Testing

/// `folio run --schema 2`: the manifest lists no inputs (they are only in the paged
/// `inputs.idx`, shared between versions page by page), every reader still works, the schema
/// stays with the dataset, and damage to the index is found (docs/dataset.md, "Schema 2").
@Suite("schema 2")
struct SchemaTwoTests {
    @Test("a schema-2 dataset: no inputs in manifest.json, incremental reuse, readers, verify and sticky schema")
    func schemaTwo() throws {
        let s = try Scratch()
        try s.write("In/a.txt", "First filing.\n\nRevenue was $5 million.\n")
        try s.write("In/b.txt", "Second filing.\n")
        let first = try FolioProcess.run(["run", "In", "--out", "ds", "--schema", "2"], in: s.path)
        #expect(first.status == 0, "\(first.stderr)")
        let m1 = try s.text("ds/versions/v000001/manifest.json")
        #expect(m1.contains("\"schema_version\" : \"2\"") && !m1.contains("\"inputs\" :"), "\(m1)")
        #expect(m1.contains("\"inputs_index_sha256\""))

        // Unchanged: nothing to do (the inputs were found in inputs.idx).
        let same = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(same.status == 0 && same.stdout.contains("up to date"), "\(same.stdout) \(same.stderr)")

        // One change, no --schema: the new version keeps schema 2 and reuses b.
        try s.write("In/a.txt", "First filing, revised.\n\nRevenue was $6 million.\n")
        let second = try FolioProcess.run(["run", "In", "--out", "ds", "--summary-json", "sum.json"], in: s.path)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("processed 1, reused 1"), "\(second.stdout)")
        let m2 = try s.text("ds/versions/v000002/manifest.json")
        #expect(m2.contains("\"schema_version\" : \"2\"") && !m2.contains("\"inputs\" :"))

        // Readers work; the versions listing counts the inputs from the index.
        let versions = try FolioProcess.run(["versions", "ds"], in: s.path)
        #expect(versions.status == 0, "\(versions.stderr)")
        let row = versions.stdout.split(separator: "\n").first { $0.hasPrefix("v000002") }?.split(separator: " ").map(String.init) ?? []
        // version, created, parent, then docs, processed, reused, failed.
        #expect(Array(row.dropFirst(3).prefix(4)) == ["2", "1", "1", "0"], "\(versions.stdout)")
        for c in [["show", "a", "--dataset", "ds"], ["diff", "--dataset", "ds"], ["verify", "--all", "--dataset", "ds"],
                  ["export", "sqlite", "--dataset", "ds", "--out", "out.sqlite"],
                  ["report", "--dataset", "ds", "--out", "site", "--sources", "In"]] {
            let r = try FolioProcess.run(c, in: s.path)
            #expect(r.status == 0, "\(c): \(r.stderr)")
        }

        // A changed page of inputs.idx: verify names it (exit 4), and the next run, knowing no
        // input of the damaged version, processes every input again into an intact version.
        let pages = try FileManager.default.contentsOfDirectory(atPath: s.path + "/ds/versions/v000002/pages")
        var damagedOne = false
        for name in pages {
            let path = "ds/versions/v000002/pages/" + name
            let text = try s.text(path)
            guard text.contains("a.txt") else { continue }
            // A page is a hard link shared with other versions: replace it, never edit in place.
            try s.replace(path, Data(text.replacingOccurrences(of: "a.txt", with: "z.txt").utf8))
            damagedOne = true
        }
        #expect(damagedOne)
        let verify = try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path)
        #expect(verify.status == 4 && verify.stdout.contains("inputs.idx"), "\(verify.stdout)")
        let again = try FolioProcess.run(["run", "In", "--out", "ds", "--allow-removals"], in: s.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("inputs.idx"), "\(again.stderr)")
        #expect(again.stdout.contains("processed 2"), "\(again.stdout)")
        #expect(try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path).status == 0)

        // --schema 1 goes back to manifests that list the inputs.
        try s.write("In/b.txt", "Second filing, revised.\n")
        #expect(try FolioProcess.run(["run", "In", "--out", "ds", "--schema", "1"], in: s.path).status == 0)
        #expect(try s.text("ds/versions/v000004/manifest.json").contains("\"inputs\" : ["))
        let bad = try FolioProcess.run(["run", "In", "--out", "ds", "--schema", "3"], in: s.path)
        #expect(bad.status == 2 && bad.stderr.contains("--schema"), "\(bad.stderr)")
    }

    @Test("a new dataset is schema 2 without --schema; an existing schema-1 dataset stays schema 1")
    func defaultSchema() throws {
        let s = try Scratch()
        try s.write("In/a.txt", "First filing.\n")
        try s.write("In/b.txt", "Second filing.\n")
        #expect(try FolioProcess.run(["run", "In", "--out", "new"], in: s.path).status == 0)
        let fresh = try s.text("new/versions/v000001/manifest.json")
        #expect(fresh.contains("\"schema_version\" : \"2\"") && !fresh.contains("\"inputs\" :"), "\(fresh)")
        #expect(s.inputs("new", "v000001").map(\.source) == ["a.txt", "b.txt"])

        // A dataset made with schema 1 (as every dataset before schema 2 was the default)
        // keeps it on runs without --schema.
        #expect(try FolioProcess.run(["run", "In", "--out", "old", "--schema", "1"], in: s.path).status == 0)
        try s.write("In/a.txt", "First filing, revised.\n")
        let next = try FolioProcess.run(["run", "In", "--out", "old"], in: s.path)
        #expect(next.status == 0 && next.stdout.contains("Wrote old/versions/v000002"), "\(next.stdout) \(next.stderr)")
        let kept = try s.text("old/versions/v000002/manifest.json")
        #expect(kept.contains("\"schema_version\" : \"1\"") && kept.contains("\"inputs\" : ["), "\(kept)")
    }
}
