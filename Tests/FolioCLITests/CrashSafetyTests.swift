import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A run killed with SIGKILL at any moment leaves CURRENT naming a complete version (or no
/// CURRENT on a first run), and the next run completes normally.
@Suite("crash safety", .serialized)
struct CrashSafetyTests {
    @Test("SIGKILL at random moments never leaves a broken CURRENT")
    func killLoop() throws {
        let s = try Scratch()
        // A corpus big enough that a run takes a while: the seeds, many times, varied.
        let seeds = FolioProcess.packageRoot + "/Corpus/seeds"
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.map { try String(contentsOfFile: seeds + "/" + $0, encoding: .utf8) }
        for i in 0..<120 {
            try s.write("Corpus/d\(i / 40)/doc\(i).txt", texts[i % texts.count] + "\nDocument \(i).\n")
        }
        // Time one full run to spread the kills over it.
        let t0 = Date()
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "timing"], in: s.path).status == 0)
        let full = max(0.05, Date().timeIntervalSince(t0))

        var generator = SystemRandomNumberGenerator()
        var killedMidRun = 0
        var committedSoFar: String? = nil
        for round in 0..<10 {
            // Change a document each round, and process everything (--force): every run does
            // the full work the kill delays are scaled to, so most kills land mid-run (an
            // incremental run would often finish before the kill).
            try s.write("Corpus/d0/doc\(round).txt", texts[round % texts.count] + "\nRevision \(round).\n")
            let p = try FolioProcess.start(["run", "Corpus", "--out", "ds", "--jobs", "2", "--force"], in: s.path)
            let delay = Double.random(in: 0...(full * 0.95), using: &generator)
            usleep(useconds_t(delay * 1_000_000))
            kill(p.process.processIdentifier, SIGKILL)
            p.process.waitUntilExit()
            if p.process.terminationReason == .uncaughtSignal { killedMidRun += 1 }

            let currentPath = s.path + "/ds/CURRENT"
            if FileManager.default.fileExists(atPath: currentPath) {
                let current = try s.text("ds/CURRENT").trimmingCharacters(in: .whitespacesAndNewlines)
                let verify = try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path)
                #expect(verify.status == 0, "round \(round): CURRENT=\(current): \(verify.stdout)")
                if let before = committedSoFar { #expect(current >= before) }
                committedSoFar = current
            } else {
                #expect(committedSoFar == nil, "CURRENT disappeared after \(committedSoFar ?? "")")
            }
        }
        // Whatever was killed, the next run completes and the result verifies.
        let final = try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path)
        #expect(final.status == 0, "\(final.stderr)")
        let verifyAll = try FolioProcess.run(["verify", "--dataset", "ds", "--all"], in: s.path)
        #expect(verifyAll.status == 0, "\(verifyAll.stdout)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: s.path + "/ds/versions").filter { $0.hasPrefix(".staging") }
        #expect(leftovers.isEmpty)
        #expect(killedMidRun > 0, "no run was actually killed mid-way; the corpus is too small to test this")
    }
}
