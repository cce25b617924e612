import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Reuse checks what it copies: records of the parent version that were damaged after it was
/// committed never land in a new version; the documents concerned are reprocessed from their
/// inputs, the run says so, and the new version equals a fresh run.
@Suite("reuse of a damaged parent", .serialized)
struct ReuseCheckTests {
    /// The seeds and a few small filings (so the version has several parts).
    func corpus(_ s: Scratch) throws {
        try s.copySeeds()
        for i in 0..<8 {
            try s.write("Corpus/small/note\(i).txt", "Note \(i)\n\nRevenue was RMB\(i + 1),000 million in 2023.\n")
        }
    }

    /// The record file (a single file, or the part) holding the earnings seed's cells.
    func cellsFile(_ s: Scratch, _ version: String) throws -> String {
        let dir = s.path + "/ds/versions/\(version)"
        var candidates = [dir + "/cells.jsonl"]
        if let parts = try? FileManager.default.contentsOfDirectory(atPath: dir + "/cells") {
            candidates = parts.sorted().map { dir + "/cells/" + $0 }
        }
        let id = #"{"doc_id":"seeds/003_05f12aa528e47d2d""#
        for path in candidates {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.contains(id) { return path }
        }
        throw TestSetupError("no record file holds the seed's cells in \(dir)")
    }

    func contentHash(_ s: Scratch, _ dataset: String, _ version: String) throws -> String? {
        try s.manifest(dataset, version)["content_sha256"] as? String
    }

    /// Rewrites a file in place (same inode: hard-linked copies see it too, as bit rot would).
    func damage(_ path: String, _ change: (inout [UInt8]) -> Void) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        change(&bytes)
        let fd = open(path, O_WRONLY | O_TRUNC)
        #expect(fd >= 0)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    static let damages = ["flipped byte", "truncated", "broken line"]

    @Test("a damaged parent record file is detected, its documents reprocessed, the new version verifies", arguments: damages)
    func damagedParent(kind: String) throws {
        let s = try Scratch()
        try corpus(s)
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path).status == 0)
        let file = try cellsFile(s, "v000001")
        try damage(file) { bytes in
            switch kind {
            case "flipped byte":
                // A digit of the first value: the JSON stays valid, only the number changes.
                let key = Array(#""value":"#.utf8)
                if let i = (0..<(bytes.count - key.count)).first(where: { bytes[$0..<($0 + key.count)].elementsEqual(key) }) {
                    let d = i + key.count
                    bytes[d] = bytes[d] == UInt8(ascii: "9") ? UInt8(ascii: "8") : UInt8(ascii: "9")
                }
            case "truncated":
                bytes.removeLast(bytes.count / 2)
            default:
                // Two records run together on one line.
                if let nl = bytes.firstIndex(of: 0x0A) { bytes.remove(at: nl) }
            }
        }
        #expect(try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path).status == 4)
        // Another filing changes: the next run reuses the rest of the parent.
        try s.write("Corpus/small/note3.txt", "Note 3, revised\n\nRevenue was RMB4,100 million in 2023.\n")
        let r = try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("v000001: cells/") || r.stderr.contains("v000001: cells.jsonl"), "\(r.stderr)")
        #expect(r.stdout.contains("repaired: "), "\(r.stdout)")
        let verify = try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path)
        #expect(verify.status == 0, "\(verify.stdout)")
        // The new version is what a fresh run of the same inputs writes.
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "fresh"], in: s.path).status == 0)
        #expect(try contentHash(s, "ds", "v000002") == contentHash(s, "fresh", "v000001"))
        #expect(try s.text("ds/versions/v000002/cells.jsonl") == s.text("fresh/versions/v000001/cells.jsonl"))
    }

    @Test("--rehash repairs a damaged CURRENT even when no input changed")
    func rehashRepairs() throws {
        let s = try Scratch()
        try corpus(s)
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path).status == 0)
        try damage(try cellsFile(s, "v000001")) { bytes in bytes.removeLast(bytes.count / 3) }
        let r = try FolioProcess.run(["run", "Corpus", "--out", "ds", "--rehash"], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Wrote ds/versions/v000002"), "\(r.stdout)")
        #expect(try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path).status == 0)
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "fresh"], in: s.path).status == 0)
        #expect(try contentHash(s, "ds", "v000002") == contentHash(s, "fresh", "v000001"))
        // Repaired: the next --rehash finds nothing to do.
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds", "--rehash"], in: s.path).stdout.contains("up to date"))
    }

    @Test("a changed inputs.idx is detected: the run says so and hashes every input")
    func changedInputIndex() throws {
        let s = try Scratch()
        try corpus(s)
        // Schema 1: the manifest also lists the inputs, so the run falls back on it (a
        // schema-2 dataset's damaged index is SchemaTwoTests').
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds", "--schema", "1"], in: s.path).status == 0)
        // Record a wrong hash for one input: trusted, the file would be taken as changed. The
        // index is a root listing its pages (`folio-pages`, the index's header, a line per
        // page); the input's line is in the first page.
        let dir = s.path + "/ds/versions/v000001/"
        let root = try String(contentsOfFile: dir + "inputs.idx", encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(root.count >= 3 && root[0] == "folio-pages\t1" && root[1] == "folio-inputs\t1", "\(root)")
        let page = dir + "pages/" + (root.dropFirst(2).first?.prefix(64) ?? "")
        let text = try String(contentsOfFile: page, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fields = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        try #require(fields.count >= 10)
        fields[2] = String(repeating: "0", count: 64)
        lines[0] = fields.joined(separator: "\t")
        try lines.joined(separator: "\n").write(toFile: page, atomically: false, encoding: .utf8)
        let r = try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("inputs.idx was changed or damaged"), "\(r.stderr)")
        // Nothing changed in the inputs: the manifest's hashes say so.
        #expect(r.stdout.contains("up to date"), "\(r.stdout)")
        #expect(try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path).stdout.contains("inputs.idx"))
    }
}
