import Foundation
import Testing

/// History is never lost: no run removes a committed version, whatever `CURRENT` says; an
/// unreadable `CURRENT` stops the run with the repair named; ids are never reused; `folio
/// repair` points `CURRENT` at the newest intact version (docs/operations.md).
@Suite("history")
struct HistoryTests {
    /// Two committed versions of two small documents (v000002 changes one).
    func twoVersions(_ s: Scratch) throws {
        try s.write("In/a.txt", "First filing.\n")
        try s.write("In/b.txt", "Second filing.\n")
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 0)
        try s.write("In/a.txt", "First filing, revised.\n")
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 0)
        #expect(try s.text("ds/CURRENT") == "v000002\n")
    }

    func versionFolders(_ s: Scratch) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: s.path + "/ds/versions").filter { !$0.hasPrefix(".") }.sorted()
    }

    static let unreadable: [(name: String, bytes: Data?)] = [
        ("empty", Data()),
        ("garbage", Data("nonsense\n".utf8)),
        ("short id", Data("v1\n".utf8)),
        ("byte-order mark", Data([0xEF, 0xBB, 0xBF]) + Data("v000002\n".utf8)),
        ("a missing version", Data("v000007\n".utf8)),
        ("missing", nil),
    ]

    @Test("an unreadable CURRENT stops the run, names the repair and removes nothing", arguments: 0..<unreadable.count)
    func unreadableCurrent(_ k: Int) throws {
        let (name, bytes) = Self.unreadable[k]
        let s = try Scratch()
        try twoVersions(s)
        let manifests = try ["v000001", "v000002"].map { try s.read("ds/versions/\($0)/manifest.json") }
        if let bytes { try s.write("ds/CURRENT", bytes) } else { try FileManager.default.removeItem(atPath: s.path + "/ds/CURRENT") }
        try s.write("In/b.txt", "Second filing, revised.\n")

        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 4, "\(name): \(r.stderr)")
        #expect(r.stderr.contains("folio repair --dataset ds"), "\(name): \(r.stderr)")
        #expect(r.stderr.contains("No version was removed"))
        #expect(try versionFolders(s) == ["v000001", "v000002"], "\(name)")
        #expect(try ["v000001", "v000002"].map { try s.read("ds/versions/\($0)/manifest.json") } == manifests)
        // verify --all does not say ok over an unreadable CURRENT.
        let verify = try FolioProcess.run(["verify", "--all", "--dataset", "ds"], in: s.path)
        #expect(verify.status == 4, "\(name): \(verify.stdout)")
        #expect(verify.stdout.contains("v000001: ok") && verify.stdout.contains("v000002: ok"))
        // Readers refuse too, naming the repair.
        let show = try FolioProcess.run(["show", "a", "--dataset", "ds"], in: s.path)
        #expect(show.status == 4 && show.stderr.contains("folio repair"), "\(name): \(show.stderr)")

        let repair = try FolioProcess.run(["repair", "--dataset", "ds"], in: s.path)
        #expect(repair.status == 0, "\(name): \(repair.stdout) \(repair.stderr)")
        #expect(repair.stdout.contains("Pointing CURRENT at v000002, the newest intact version."))
        #expect(try s.text("ds/CURRENT") == "v000002\n")
        let again = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try versionFolders(s) == ["v000001", "v000002", "v000003"])
        #expect((try s.manifest("ds", "v000003")["parent"] as? String) == "v000002")
    }

    @Test("CURRENT set back to an older version: the newer ones are kept and their ids never reused")
    func currentSetBack() throws {
        let s = try Scratch()
        try twoVersions(s)
        let v2 = try s.read("ds/versions/v000002/manifest.json")
        try s.write("ds/CURRENT", "v000001\n")
        try s.write("In/b.txt", "Second filing, revised.\n")
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("kept v000002, newer than the CURRENT this run built on (v000001)"), "\(r.stderr)")
        #expect(r.stdout.contains("Wrote ds/versions/v000003 (parent: v000001)"), "\(r.stdout)")
        #expect(try versionFolders(s) == ["v000001", "v000002", "v000003"])
        #expect(try s.read("ds/versions/v000002/manifest.json") == v2)
        let verify = try FolioProcess.run(["verify", "--all", "--dataset", "ds"], in: s.path)
        #expect(verify.status == 0 && verify.stdout == "v000001: ok\nv000002: ok\nv000003: ok\n", "\(verify.stdout)")
    }

    @Test("repair skips damaged versions, keeps them, and says what it does first")
    func repairSkipsDamaged() throws {
        let s = try Scratch()
        try twoVersions(s)
        // The version's first documents part (a new file in v000002: its documents changed).
        let part = "ds/versions/v000002/documents/part-000000.jsonl"
        var documents = try s.read(part)
        documents[documents.count / 2] ^= 0x01
        try s.replace(part, documents)
        try s.write("ds/CURRENT", "")
        let dry = try FolioProcess.run(["repair", "--dataset", "ds", "--dry-run"], in: s.path)
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("v000002: damaged (documents/part-000000.jsonl: sha256"), "\(dry.stdout)")
        #expect(dry.stdout.contains("Would point CURRENT at v000001"))
        #expect(try s.text("ds/CURRENT") == "")
        let r = try FolioProcess.run(["repair", "--dataset", "ds"], in: s.path)
        #expect(r.status == 0)
        #expect(try s.text("ds/CURRENT") == "v000001\n")
        #expect(try versionFolders(s) == ["v000001", "v000002"])
        // The next version is v000003: the damaged v000002 keeps its id.
        #expect(try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path).status == 0)
        #expect(try s.text("ds/CURRENT") == "v000003\n")
        // An intact CURRENT is left alone.
        let noop = try FolioProcess.run(["repair", "--dataset", "ds"], in: s.path)
        #expect(noop.status == 0 && noop.stdout.contains("v000003 is intact; nothing to repair."), "\(noop.stdout)")
    }

    @Test("export, report, diff and show refuse a damaged version (exit 4) unless --allow-damaged")
    func readersRefuseDamage() throws {
        let s = try Scratch()
        try twoVersions(s)
        // A flipped letter inside a block's text: still valid JSON, so only the hash tells.
        let part = "ds/versions/v000002/blocks/part-000000.jsonl"
        let blocks = try s.text(part)
        #expect(blocks.contains("First filing"))
        try s.replace(part, Data(blocks.replacingOccurrences(of: "First filing", with: "Farst filing").utf8))
        let commands: [[String]] = [
            ["export", "sqlite", "--dataset", "ds", "--out", "out.sqlite"],
            ["report", "--dataset", "ds", "--out", "site", "--sources", "In"],
            ["diff", "--dataset", "ds"],
            ["show", "a", "--dataset", "ds"],
        ]
        for c in commands {
            let r = try FolioProcess.run(c, in: s.path)
            #expect(r.status == 4, "\(c): \(r.stderr)")
            #expect(r.stderr.hasPrefix("folio: error: version v000002 of ds is damaged: blocks/part-000000.jsonl: sha256"), "\(c): \(r.stderr)")
            #expect(r.stderr.contains("--allow-damaged"))
            let allowed = try FolioProcess.run(c + ["--allow-damaged"], in: s.path)
            #expect(allowed.status == 0, "\(c): \(allowed.stderr)")
        }
        // The intact older version is still readable as it is.
        #expect(try FolioProcess.run(["show", "a", "--dataset", "ds", "--version", "v000001"], in: s.path).status == 0)
        #expect(try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path).status == 4)
    }
}
