import Foundation
import Testing

/// Inputs real feeds send: odd names, clashing ids, broken encodings, huge lines and tables.
/// Each yields a clear outcome for that document and nothing else in the batch changes.
@Suite("hostile inputs", .serialized)
struct HostileInputTests {
    func docIds(_ s: Scratch, _ dataset: String) throws -> [String] {
        try s.text("\(dataset)/versions/v000001/documents.jsonl").split(separator: "\n").compactMap { line in
            guard let data = String(line).data(using: .utf8),
                  let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            return obj["doc_id"] as? String
        }
    }

    @Test("file names with spaces, quotes and non-ASCII keep exact ids")
    func oddNames() throws {
        let s = try Scratch()
        try s.write("In/annual report 2023.txt", "Annual report.\n")
        try s.write("In/the \"best\" 'filing'.txt", "Quoted.\n")
        try s.write("In/rapport-annuel-été-年报.txt", "Non-ASCII.\n")
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try docIds(s, "ds") == ["annual report 2023", "rapport-annuel-été-年报", "the \"best\" 'filing'"])
        let show = try FolioProcess.run(["show", "the \"best\" 'filing'", "--dataset", "ds"], in: s.path)
        #expect(show.status == 0)
    }

    @Test("two inputs that would share a doc_id are both kept, disambiguated and diagnosed")
    func clashingIds() throws {
        let s = try Scratch()
        try s.write("In/report.txt", "Text version.\n")
        try s.write("In/report.htm", "<html><body><p>HTML version.</p></body></html>")
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try docIds(s, "ds") == ["report", "report~txt"])
        let diags = try s.text("ds/versions/v000001/diagnostics.jsonl")
        #expect(diags.contains(#"{"doc_id":"report~txt","stage":"read","severity":"warning","code":"read.doc_id_collision","message":"'report.htm' and 'report.txt' would have the same doc_id; this one was given 'report~txt'""#))
    }

    @Test("invalid UTF-8 is read as Windows-1252 with a diagnostic")
    func invalidUTF8() throws {
        let s = try Scratch()
        try s.write("In/old.txt", Data([0x93]) + Data("Quoted".utf8) + Data([0x94, 0x20, 0x80, 0x35, 0x0A]))
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 0)
        let docs = try s.text("ds/versions/v000001/documents.jsonl")
        #expect(docs.contains(#""encoding":"windows-1252""#))
        #expect(docs.contains("\u{201C}Quoted\u{201D} \u{20AC}5"))
    }

    @Test("a 50 MB single line, a 20,000-column table and 100,000-deep HTML each finish alone")
    func huge() throws {
        let s = try Scratch()
        var line = [UInt8]()
        line.reserveCapacity(50_000_000)
        let word = Array("revenue 1,234 ".utf8)
        while line.count < 50_000_000 { line.append(contentsOf: word) }
        line.append(0x0A)
        try s.write("In/one-line.txt", Data(line))
        var wide = "Label"
        for i in 0..<20_000 { wide += "\t\(i)" }
        wide += "\nTotal"
        for i in 0..<20_000 { wide += "\t\(i * 2)" }
        try s.write("In/wide.txt", "Wide table\n\n" + wide + "\n")
        try s.write("In/deep.htm", String(repeating: "<div>", count: 100_000) + "deep" + String(repeating: "</div>", count: 100_000))
        try s.write("In/normal.txt", "A normal filing.\n")
        let t0 = Date()
        let r = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        #expect(Date().timeIntervalSince(t0) < 600)
        let statuses = try s.statuses("ds", "v000001")
        #expect(statuses["normal"] == "processed")
        #expect(statuses.count == 4)
    }
}
