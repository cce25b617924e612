import Foundation
import Testing

/// Bad input never crashes: a clear one-line error (exit 2) for what stops a run before it
/// starts, a per-document diagnostic (exit 1, the rest lands) for a bad document.
@Suite("errors")
struct ErrorTests {
    func errorLine(_ r: FolioProcess.Result) -> String {
        r.stderr.split(separator: "\n").first.map(String.init) ?? ""
    }

    @Test("unknown stage: file, line, column and the stages expected")
    func unknownStage() throws {
        let s = try Scratch()
        try s.copySeeds()
        try s.write("bad.yml", "name: bad\nstages:\n  - read\n  - normalise\n")
        let r = try FolioProcess.run(["run", "Corpus", "--pipeline", "bad.yml", "--out", "ds"], in: s.path)
        #expect(r.status == 2)
        #expect(errorLine(r) == "folio: error: pipeline bad.yml:4:5: unknown stage 'normalise'; expected one of read, normalize, segment, tables, footnotes, facts")
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: s.path + "/ds/CURRENT"))
    }

    @Test("bad option value and unknown option")
    func badOption() throws {
        let s = try Scratch()
        try s.copySeeds()
        try s.write("bad.yml", "name: bad\nstages:\n  - read:\n      max_bytes: lots\n")
        let r = try FolioProcess.run(["run", "Corpus", "--pipeline", "bad.yml", "--out", "ds"], in: s.path)
        #expect(r.status == 2)
        #expect(errorLine(r).hasPrefix("folio: error: pipeline bad.yml:4:18: option 'max_bytes' of stage 'read' must be an integer"))
        try s.write("bad2.yml", "name: bad\nstages:\n  - read:\n      colour: blue\n")
        let r2 = try FolioProcess.run(["run", "Corpus", "--pipeline", "bad2.yml", "--out", "ds"], in: s.path)
        #expect(r2.status == 2)
        #expect(errorLine(r2).hasPrefix("folio: error: pipeline bad2.yml:4:7: unknown option 'colour' for stage 'read'; expected one of max_bytes"))
    }

    @Test("YAML syntax error and missing pipeline file")
    func yamlErrors() throws {
        let s = try Scratch()
        try s.copySeeds()
        try s.write("bad.yml", "name: x\nstages: [read\n")
        let r = try FolioProcess.run(["run", "Corpus", "--pipeline", "bad.yml"], in: s.path)
        #expect(r.status == 2)
        #expect(errorLine(r).hasPrefix("folio: error: pipeline bad.yml:3:1: invalid YAML"))
        let r2 = try FolioProcess.run(["run", "Corpus", "--pipeline", "nope.yml"], in: s.path)
        #expect(r2.status == 2)
        #expect(errorLine(r2) == "folio: error: pipeline nope.yml: no such pipeline definition")
    }

    @Test("missing input")
    func missingInput() throws {
        let s = try Scratch()
        let r = try FolioProcess.run(["run", "Nowhere", "--out", "ds"], in: s.path)
        #expect(r.status == 2)
        #expect(errorLine(r) == "folio: error: input 'Nowhere' does not exist")
    }

    @Test("binary, unreadable and empty documents fail alone, with diagnostics; the rest lands")
    func badDocuments() throws {
        let s = try Scratch()
        try s.copySeeds(to: "In")
        try s.write("In/scan.pdf", Data("%PDF-1.7\n%\u{00E2}\u{00E3}\n1 0 obj".utf8) + Data([0, 1, 2, 3]))
        try s.write("In/logo.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
        try s.write("In/nul.txt", Data("text with a NUL\u{0000} inside".utf8))
        try s.write("In/empty.txt", Data())
        try FileManager.default.createSymbolicLink(atPath: s.path + "/In/gone.txt", withDestinationPath: s.path + "/no-such-file")
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 1)
        #expect(r.stdout.contains("documents: 8 (processed 8, reused 0, failed 4)"), "\(r.stdout)")
        let statuses = try s.statuses("ds", "v000001")
        #expect(statuses["scan"] == "failed")
        #expect(statuses["logo"] == "failed")
        #expect(statuses["nul"] == "failed")
        #expect(statuses["gone"] == "failed")
        #expect(statuses["empty"] == "processed")
        #expect(statuses["003_05f12aa528e47d2d"] == "processed")
        let diags = try s.text("ds/versions/v000001/diagnostics.jsonl")
        #expect(diags.contains(#"{"doc_id":"scan","stage":"read","severity":"error","code":"read.pdf_damaged","message":"the PDF is damaged or truncated"#))
        #expect(diags.contains(#"{"doc_id":"logo","stage":"read","severity":"error","code":"read.binary","message":"not a text document: looks like a PNG image"#))
        #expect(diags.contains(#"{"doc_id":"nul","stage":"read","severity":"error","code":"read.binary","message":"not a text document: NUL byte at offset 15""#))
        #expect(diags.contains(#"{"doc_id":"gone","stage":"read","severity":"error","code":"read.io_error","message":"cannot read: broken symbolic link""#))
        #expect(diags.contains(#"{"doc_id":"empty","stage":"read","severity":"warning","code":"read.empty""#))
        #expect(r.stdout.contains("FAILED scan: the PDF is damaged or truncated"))
        // A second run over the same bad inputs is up to date (the failures are recorded, not retried).
        let again = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(again.stdout.contains("up to date"))
    }

    @Test("symbolic links that leave the input root are not followed")
    func symlinkOutside() throws {
        let s = try Scratch()
        try s.write("outside/secret.txt", "SECRET\n")
        try s.write("In/a.txt", "A filing.\n")
        try FileManager.default.createSymbolicLink(atPath: s.path + "/In/link.txt", withDestinationPath: s.path + "/outside/secret.txt")
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 0)
        #expect(r.stderr.contains("In/link.txt: symbolic link to"))
        #expect(r.stderr.contains("outside the input root; not followed"))
        #expect(!(try s.text("ds/versions/v000001/documents.jsonl")).contains("SECRET"))
    }

    @Test("show: unknown document and missing dataset are one clear line")
    func showErrors() throws {
        let s = try Scratch()
        let r = try FolioProcess.run(["show", "abc", "--dataset", "none"], in: s.path)
        #expect(r.status == 2)
        #expect(errorLine(r) == "folio: error: no dataset at none (run `folio run`, or pass --dataset or set FOLIO_DATASET)")
        try s.copySeeds()
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path).status == 0)
        let r2 = try FolioProcess.run(["show", "zzz", "--dataset", "ds"], in: s.path)
        #expect(r2.status == 2)
        #expect(errorLine(r2).hasPrefix("folio: error: no document matching 'zzz' in v000001"))
        try s.write("Two/a/x.txt", "One.\n")
        try s.write("Two/b/x.txt", "Two.\n")
        #expect(try FolioProcess.run(["run", "Two", "--out", "two"], in: s.path).status == 0)
        let r3 = try FolioProcess.run(["show", "x", "--dataset", "two"], in: s.path)
        #expect(r3.status == 2)
        #expect(errorLine(r3) == "folio: error: 'x' is ambiguous in v000001: a/x, b/x")
        let r4 = try FolioProcess.run(["show", "a/x", "--dataset", "two"], in: s.path)
        #expect(r4.status == 0)
        #expect(r4.stdout.hasPrefix("a/x  (text, 5 bytes, ok)"))
    }
}
