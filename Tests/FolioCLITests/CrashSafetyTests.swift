import Foundation
import FolioTestSupport
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
        let seeds = TestPaths.seeds
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.map { try String(contentsOfFile: seeds + "/" + $0, encoding: .utf8) }
        // 12 documents: a full run takes a second or two, so 50 rounds stay cheap, yet kills
        // still land in every phase (planning, processing, writing, committing).
        for i in 0..<12 {
            try s.write("Corpus/d\(i / 4)/doc\(i).txt", texts[i % texts.count] + "\nDocument \(i).\n")
        }
        // A first complete run, timed to spread the kills over the next ones. From here on
        // CURRENT exists, so every round checks the version it names.
        let args = ["run", "Corpus", "--out", "ds", "--jobs", "2", "--force"]
        let t0 = Date()
        #expect(try FolioProcess.run(args, in: s.path).status == 0)
        let full = max(0.05, Date().timeIntervalSince(t0))

        var generator = SystemRandomNumberGenerator()
        var killedMidRun = 0
        var verified = 0
        var committedSoFar: String? = "v000001"
        // A kill (SIGKILL: no crash line in the journal) that lands while a document is retried
        // alone does not condemn it; only three such kills in a row on the same document's
        // retry make it poison (taken for the OOM killer), which stays possible, and counted.
        var poisonedByKills = 0
        for round in 0..<50 {
            if round == 25 {
                // Poison-document round: a new document that kills every process that works
                // on it. New, so no earlier kill can have marked it poison already (a kill that
                // lands while a document is retried alone does; then it is never processed).
                try s.write("Corpus/d1/poison.txt", texts[0] + "\nThe poison document.\n")
                let poison = try Self.poisonRound(s, args: args, document: "poison.txt", docId: "d1/poison")
                verified += poison.verified
                poisonedByKills += poison.poisonedByKills
                #expect(poison.current >= (committedSoFar ?? ""))
                committedSoFar = poison.current
                continue
            }
            // Change a document each round, and process everything (--force): every run does
            // the full work the kill delays are scaled to, so most kills land mid-run (an
            // incremental run would often finish before the kill).
            try s.write("Corpus/d0/doc\(round % 4).txt", texts[round % texts.count] + "\nRevision \(round).\n")
            let p = try FolioProcess.start(args, in: s.path)
            // Up to 1.1 full runs: most kills land mid-run, some runs commit first.
            let delay = Double.random(in: 0...(full * 1.1), using: &generator)
            usleep(useconds_t(delay * 1_000_000))
            kill(p.process.processIdentifier, SIGKILL)
            p.process.waitUntilExit()
            if p.process.terminationReason == .uncaughtSignal { killedMidRun += 1 }

            let currentPath = s.path + "/ds/CURRENT"
            if FileManager.default.fileExists(atPath: currentPath) {
                let current = try s.text("ds/CURRENT").trimmingCharacters(in: .whitespacesAndNewlines)
                let verify = try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path)
                #expect(verify.status == 0, "round \(round): CURRENT=\(current): \(verify.stdout)")
                verified += 1
                if let before = committedSoFar { #expect(current >= before) }
                committedSoFar = current
            } else {
                #expect(committedSoFar == nil, "CURRENT disappeared after \(committedSoFar ?? "")")
            }
            if round == 20 || round == 40 { try corruptParentRound(s, round: round, texts: texts) }
        }
        // Whatever was killed, the next run completes and the result verifies. It exits 1 only
        // if a kill landed on a document retried alone (recorded as failed, `run.poison`).
        let final = try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path)
        if final.status != 0, let current = try? s.text("ds/CURRENT").trimmingCharacters(in: .whitespacesAndNewlines) {
            let failed = try s.statuses("ds", current).filter { $0.value == "failed" }
            let diagnostics = try s.text("ds/versions/\(current)/diagnostics.jsonl")
            poisonedByKills += failed.count
            #expect(!failed.isEmpty && failed.keys.allSatisfy { diagnostics.contains("\"doc_id\":\"\($0)\",\"stage\":\"run\"") },
                    "\(final.stderr)")
        }
        #expect(final.status == 0 || poisonedByKills > 0, "\(final.stderr)")
        let verifyAll = try FolioProcess.run(["verify", "--dataset", "ds", "--all"], in: s.path)
        #expect(verifyAll.status == 0, "\(verifyAll.stdout)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: s.path + "/ds/versions").filter { $0.hasPrefix(".staging") }
        #expect(leftovers.isEmpty)
        #expect(killedMidRun > 0, "no run was actually killed mid-way; the corpus is too small to test this")
        #expect(verified >= 50)
        print("kill loop: 50 rounds (one of them the poison-document round), \(killedMidRun) killed mid-run, \(49 - killedMidRun) finished first, CURRENT verified \(verified) times, \(committedSoFar ?? "none") before the last run, \(poisonedByKills) documents marked poison by a kill")
    }

    /// A document that kills every process working on it (the debug build's
    /// `FOLIO_DEBUG_ABORT_ON` hook aborts there): the run that meets it dies, the next one
    /// retries it alone and dies, the one after records it `failed` (`run.poison`) and commits
    /// every other document; CURRENT verifies after each. Returns the version committed and
    /// how many times CURRENT was verified.
    /// Other documents may be failed too, but only as `run.poison`: in the kill loop a random
    /// SIGKILL that lands while a document is retried alone makes it poison (counted in
    /// `poisonedByKills`).
    static func poisonRound(_ s: Scratch, args: [String], document: String,
                            docId: String) throws -> (current: String, verified: Int, poisonedByKills: Int) {
        let env = ["FOLIO_DEBUG_ABORT_ON": document]
        var verified = 0
        func verify(_ what: String) throws -> String {
            let current = try s.text("ds/CURRENT").trimmingCharacters(in: .whitespacesAndNewlines)
            let v = try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path)
            #expect(v.status == 0, "\(what): CURRENT=\(current): \(v.stdout)")
            verified += 1
            return current
        }
        let before = try verify("before the poison")
        let first = try FolioProcess.run(args, in: s.path, environment: env)
        #expect(first.status != 0 && first.status != 1, "the poison document should kill the first run: \(first.status) \(first.stderr)")
        #expect(try verify("after the first death") == before)
        let second = try FolioProcess.run(args, in: s.path, environment: env)
        #expect(second.status != 0 && second.status != 1, "retried alone, it kills the second run: \(second.status) \(second.stderr)")
        #expect(try verify("after the second death") == before)
        let third = try FolioProcess.run(args, in: s.path, environment: env)
        #expect(third.status == 1, "the third run commits without it: \(third.stderr)")
        let current = try verify("after the poison was recorded")
        #expect(current > before)
        let statuses = try s.statuses("ds", current)
        #expect(statuses[docId] == "failed")
        let diagnostics = try s.text("ds/versions/\(current)/diagnostics.jsonl")
        let failed = statuses.filter { $0.value == "failed" }.keys
        for id in failed {
            #expect(diagnostics.contains("\"doc_id\":\"\(id)\",\"stage\":\"run\",\"severity\":\"error\",\"code\":\"run.poison\""),
                    "\(id) failed, but not as poison: \(diagnostics)")
        }
        #expect(!FileManager.default.fileExists(atPath: s.path + "/ds/.inflight"))
        // Without the hook, the next run processes it again (--force) and all is well.
        return (current, verified, failed.count - 1)
    }

    /// The scene of the poison tests: the seeds and `poison.txt` (holding `text`) in `Corpus/`,
    /// and the arguments of the nightly run over them into `ds`.
    static func poisonScene(_ text: String) throws -> (scratch: Scratch, args: [String]) {
        let s = try Scratch()
        try s.copySeeds(to: "Corpus")
        try s.write("Corpus/poison.txt", "Annual Report\n\n\(text)\n")
        return (s, ["run", "Corpus", "--out", "ds", "--jobs", "2"])
    }

    @Test("a poison document: two runs die, the third commits without it; without --force it stays failed")
    func poisonDocument() throws {
        let (s, args) = try Self.poisonScene("A filing that kills the process.")
        // A first clean version, without the hook.
        #expect(try FolioProcess.run(args, in: s.path).status == 0)
        try s.write("Corpus/poison.txt", "Annual Report\n\nA filing that kills the process, revised.\n")
        let round = try Self.poisonRound(s, args: args, document: "poison.txt", docId: "poison")
        #expect(round.poisonedByKills == 0, "no kill here: only the poison document fails")
        // The next nightly run (hook still on) does not die: the document is unchanged and
        // stays failed; nothing is processed.
        let next = try FolioProcess.run(args, in: s.path, environment: ["FOLIO_DEBUG_ABORT_ON": "poison.txt"])
        #expect(next.status == 1, "\(next.stderr)")
        // Changed, it is processed again (here without the hook: it succeeds).
        try s.write("Corpus/poison.txt", "Annual Report\n\nThe corrected filing.\n")
        let fixed = try FolioProcess.run(args, in: s.path)
        #expect(fixed.status == 0, "\(fixed.stderr)")
    }

    @Test("a document in flight when a run is SIGKILLed is not condemned: killed again while retried alone, it is retried again; poison only after 3 such deaths")
    func killedWhileRetriedAlone() throws {
        let s = try Scratch()
        try s.copySeeds(to: "Corpus")
        try s.write("Corpus/innocent.txt", "Annual Report\n\nA filing in flight when the operator kills the run.\n")
        let args = ["run", "Corpus", "--out", "ds", "--jobs", "2"]
        let kill = ["FOLIO_DEBUG_ABORT_ON": "kill:innocent.txt"]
        // The run meets it and is killed (SIGKILL), then the run retrying it alone is killed
        // too: before, that second death made it poison (recorded failed, skipped).
        for n in 1...2 {
            let r = try FolioProcess.run(args, in: s.path, environment: kill)
            #expect(r.status > 1, "run \(n) should be killed: \(r.status) \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: s.path + "/ds/CURRENT"))
        let journal = try s.text("ds/.inflight")
        #expect(journal.contains("retry\tdoc:innocent") && !journal.contains("crash"), "\(journal)")
        // Without the kill: retried alone again, processed, nothing failed.
        let next = try FolioProcess.run(args, in: s.path)
        #expect(next.status == 0, "\(next.stderr)")
        let current = try s.text("ds/CURRENT").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try s.statuses("ds", current)["innocent"] == "processed")
        #expect(!FileManager.default.fileExists(atPath: s.path + "/ds/.inflight"))

        // A document killed every time it is retried alone (the OOM killer) is poison after
        // three deaths alone: four runs die, the fifth commits without it.
        try s.write("Corpus/innocent.txt", "Annual Report\n\nRevised, and now the OOM killer takes it every time.\n")
        for n in 1...4 {
            let r = try FolioProcess.run(args, in: s.path, environment: kill)
            #expect(r.status > 1, "run \(n) should be killed: \(r.status) \(r.stderr)")
        }
        let fifth = try FolioProcess.run(args, in: s.path, environment: kill)
        #expect(fifth.status == 1, "\(fifth.stderr)")
        let after = try s.text("ds/CURRENT").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try s.statuses("ds", after)["innocent"] == "failed")
        #expect(try s.text("ds/versions/\(after)/diagnostics.jsonl").contains("\"code\":\"run.poison\""))
        #expect(try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path).status == 0)
    }

    @Test("--retry-poisoned retries a document the journal holds as poison, alone")
    func retryPoisoned() throws {
        let (s, args) = try Self.poisonScene("A filing that crashes the process.")
        let env = ["FOLIO_DEBUG_ABORT_ON": "poison.txt"]
        #expect(try FolioProcess.run(args, in: s.path, environment: env).status > 1)
        #expect(try FolioProcess.run(args, in: s.path, environment: env).status > 1)
        // Crashed twice, the second time alone: poison.
        #expect(try s.text("ds/.inflight").contains("crash\tsignal"))
        // Still crashing: --retry-poisoned retries it alone, it crashes again and is poison again.
        #expect(try FolioProcess.run(args + ["--retry-poisoned"], in: s.path, environment: env).status > 1)
        // The cause is fixed (here: the hook is off): --retry-poisoned (even with --force) processes it.
        let fixed = try FolioProcess.run(args + ["--retry-poisoned", "--force"], in: s.path)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        let current = try s.text("ds/CURRENT").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try s.statuses("ds", current)["poison"] == "processed")
    }

    @Test("a file whose planning kills the process: recorded failed after the retry alone",
          .enabled(if: FolioProcess.binary != nil, "needs the folio binary"))
    func poisonWhilePlanning() throws {
        let (s, args) = try Self.poisonScene("A filing.")
        let env = ["FOLIO_DEBUG_ABORT_ON": "plan:poison.txt"]
        #expect(try FolioProcess.run(args, in: s.path, environment: env).status > 1)
        #expect(try FolioProcess.run(args, in: s.path, environment: env).status > 1)
        let third = try FolioProcess.run(args, in: s.path, environment: env)
        #expect(third.status == 1, "\(third.stderr)")
        let current = try s.text("ds/CURRENT").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try s.statuses("ds", current)["poison"] == "failed")
        #expect(try s.statuses("ds", current).filter { $0.value == "failed" }.count == 1)
        #expect(try s.text("ds/versions/\(current)/diagnostics.jsonl").contains("run.poison"))
        #expect(try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path).status == 0)
    }

    /// The corrupt-parent round: a byte of CURRENT's records flips between runs (bit rot, a
    /// stray write). The next run detects it, reprocesses the documents of the damaged part
    /// from their inputs and commits a version that verifies; `prune --keep 1` then drops the
    /// damaged history, so the final `verify --all` covers only intact versions.
    func corruptParentRound(_ s: Scratch, round: Int, texts: [String]) throws {
        let current = try s.text("ds/CURRENT").trimmingCharacters(in: .whitespacesAndNewlines)
        let cells = s.path + "/ds/versions/\(current)/cells"
        // The last part: it holds d2/doc8 ... d2/doc11, which no round changes, so the run
        // would have reused them.
        let part = try #require(try FileManager.default.contentsOfDirectory(atPath: cells).sorted().last)
        let handle = try #require(FileHandle(forUpdatingAtPath: cells + "/" + part))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        let byte = try handle.read(upToCount: 1) ?? Data([0x30])
        try handle.seek(toOffset: size / 2)
        try handle.write(contentsOf: Data([(byte.first ?? 0x30) ^ 0x01]))
        try handle.close()
        #expect(try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path).status == 4, "round \(round): damage not seen")
        try s.write("Corpus/d1/doc5.txt", texts[round % texts.count] + "\nRepair round \(round).\n")
        let repair = try FolioProcess.run(["run", "Corpus", "--out", "ds", "--jobs", "2"], in: s.path)
        // Exit 1 only for documents an earlier kill marked poison (`run.poison`; see above).
        if repair.status == 1, let now = try? s.text("ds/CURRENT").trimmingCharacters(in: .whitespacesAndNewlines) {
            let failed = try s.statuses("ds", now).filter { $0.value == "failed" }
            let diagnostics = try s.text("ds/versions/\(now)/diagnostics.jsonl")
            #expect(!failed.isEmpty && failed.keys.allSatisfy { diagnostics.contains("\"doc_id\":\"\($0)\",\"stage\":\"run\",\"severity\":\"error\",\"code\":\"run.poison\"") },
                    "round \(round): \(repair.stderr)")
        } else {
            #expect(repair.status == 0, "round \(round): \(repair.stderr)")
        }
        #expect(repair.stderr.contains("\(current): cells/\(part)"), "round \(round): \(repair.stderr)")
        #expect(repair.stdout.contains("repaired: "), "round \(round): \(repair.stdout)")
        let verify = try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path)
        #expect(verify.status == 0, "round \(round): \(verify.stdout)")
        #expect(try FolioProcess.run(["prune", "--dataset", "ds", "--keep", "1"], in: s.path).status == 0)
        #expect(try FolioProcess.run(["verify", "--dataset", "ds", "--all"], in: s.path).status == 0)
    }

    /// Whether this process may make private mounts (`unshare -m`, as root in CI): the disk-full
    /// and read-only tests mount a tiny tmpfs and a read-only bind mount that only their child
    /// shell sees. Without that permission they are skipped, saying why.
    static let canMount: Bool = {
        let dir = NSTemporaryDirectory() + "folio-mount-probe-" + UUID().uuidString
        guard (try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)) != nil else { return false }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        return (try? shell("mount -t tmpfs -o size=64k tmpfs '\(dir)'", in: dir).status) == 0
    }()

    /// Runs `script` with bash inside a private mount namespace.
    static func shell(_ script: String, in directory: String) throws -> FolioProcess.Result {
        try FolioProcess.run(["-m", "--propagation", "private", "/bin/bash", "-c", script], in: directory,
                             executable: "/usr/bin/unshare")
    }

    func binary() throws -> String {
        try #require(FolioProcess.binary, "folio binary not found next to the tests; run `swift build` first")
    }

    @Test("disk full: one clear error line, exit 5, the previous version intact; the next run completes",
          .enabled(if: canMount, "needs `unshare -m` and mount (root) to make a full tmpfs; skipped"))
    func diskFull() throws {
        let s = try Scratch()
        try s.copySeeds(to: "In")
        let folio = try binary()
        // In a private mount namespace: v1 on a small tmpfs, fill it, change an input, run
        // again (must fail cleanly), copy the dataset out, free the space, run again.
        let r = try Self.shell("""
            set -u
            mkdir mnt && mount -t tmpfs -o size=32m tmpfs mnt || exit 90
            '\(folio)' run In --out mnt/ds --quiet > run1.out 2> run1.err; echo $? > run1.status
            cat /dev/zero > mnt/filler 2> /dev/null
            echo "Revised." >> "In/$(ls In | head -1)"
            '\(folio)' run In --out mnt/ds --quiet > run2.out 2> run2.err; echo $? > run2.status
            cp -a mnt/ds after-full
            rm mnt/filler
            '\(folio)' run In --out mnt/ds --quiet > run3.out 2> run3.err; echo $? > run3.status
            cp -a mnt/ds after-retry
            """, in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        let err1 = try s.text("run1.err")
        #expect(try s.text("run1.status") == "0\n", "\(err1)")
        #expect(try s.text("run2.status") == "5\n")
        let err = try s.text("run2.err").split(separator: "\n")
        #expect(err.count == 1, "\(err)")
        #expect(err.first?.hasPrefix("folio: error: cannot ") == true, "\(err)")
        #expect(err.first?.hasSuffix(": No space left on device (the disk is full; the previous version is intact)") == true, "\(err)")
        #expect(try s.text("after-full/CURRENT") == "v000001\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: s.path + "/after-full/versions")
        #expect(leftovers == ["v000001"])
        #expect(try FolioProcess.run(["verify", "--dataset", "after-full"], in: s.path).status == 0)
        let err3 = try s.text("run3.err")
        #expect(try s.text("run3.status") == "0\n", "\(err3)")
        #expect(try s.text("after-retry/CURRENT") == "v000002\n")
        #expect(try FolioProcess.run(["verify", "--dataset", "after-retry", "--all"], in: s.path).status == 0)
    }

    @Test("read-only output directory: one clear error line, exit 5, the previous version intact",
          .enabled(if: canMount, "needs `unshare -m` and mount (root) for a read-only bind mount; skipped"))
    func readOnlyOutput() throws {
        let s = try Scratch()
        try s.copySeeds(to: "In")
        let folio = try binary()
        #expect(try FolioProcess.run(["run", "In", "--out", "ds", "--quiet"], in: s.path).status == 0)
        try s.write("In/added.txt", "A new filing.\n")
        let before = try FileManager.default.subpathsOfDirectory(atPath: s.path + "/ds").sorted()
        let r = try Self.shell("""
            mount --bind ds ds && mount -o remount,bind,ro ds || exit 90
            exec '\(folio)' run In --out ds --quiet
            """, in: s.path)
        #expect(r.status == 5, "\(r.stderr)")
        let err = r.stderr.split(separator: "\n")
        #expect(err.count == 1, "\(err)")
        #expect(err.first?.hasPrefix("folio: error: cannot ") == true, "\(err)")
        #expect(err.first?.hasSuffix(": Read-only file system (the output location is not writable; the previous version is intact)") == true, "\(err)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: s.path + "/ds").sorted() == before)
        #expect(try FolioProcess.run(["verify", "--dataset", "ds"], in: s.path).status == 0)
        // Writable again: the run completes.
        #expect(try FolioProcess.run(["run", "In", "--out", "ds", "--quiet"], in: s.path).status == 0)
        #expect(try s.text("ds/CURRENT") == "v000002\n")
    }
}
