import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Which documents a run was working on when it died, so that a document that kills the
/// process (a trap, an abort, the kernel's OOM killer) stops at most the run that first met
/// it and the one that retries it alone, never every run after.
///
/// The journal is one file, `<dataset>/.inflight`, written only by the run holding the
/// dataset's lock. A line is `<op>\t<key>\n`: `claim` when a worker starts on a key, `retry`
/// when the key is retried alone, `done` when it finished (whatever the outcome), and, at the
/// top of the file, `suspect` and `poison` carried over from the journal of a run that died.
/// A key is `plan:<doc_id>` (reading, hashing and splitting a file) or `doc:<doc_id>`
/// (processing a document); tabs, newlines and `%` in ids are written as `%09`, `%0A`, `%25`.
///
/// Lines are appended with `write(2)` on an `O_APPEND` descriptor and not fsynced: the
/// journal guards against the death of the process, after which the kernel still holds
/// every byte written; a machine crash is a different failure (the run simply starts again).
/// A run that ends without dying (committed, or stopped by an error it reported) removes
/// the journal.
///
/// At the start of the next run (`read`):
/// - a key claimed and not done is a **suspect**: it is retried alone (serially, before any
///   parallel work);
/// - a key retried alone and not done is **poison** only when the process then died of a
///   crash: a handler for the crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT,
///   SIGTRAP; Swift traps and C aborts are among them) appends `crash` to the journal before
///   the process dies. It killed the process twice, the second time alone. It is not
///   processed again: its document is recorded as `failed` with the error `run.poison`, and
///   the batch commits without it. (A changed file gets a new hash and is processed normally
///   by a later run; `--force` processes it again once a version recorded it failed;
///   `--retry-poisoned` retries the journal's poison alone.)
/// - a key retried alone whose run died without a `crash` line was killed from outside
///   (SIGKILL from an operator, a scheduler, the kill loop; or the kernel's OOM killer, which
///   cannot be told apart): it stays a suspect, counted by a `killed` line carried forward.
///   Only after `killedAloneLimit` such deaths in a row, each time alone, is it poison (a
///   document that makes the OOM killer strike every time).
final class InFlightJournal: Sendable {
    /// What a journal left by a dead run says.
    struct State: Equatable, Sendable {
        var suspects: Set<String> = []
        var poison: Set<String> = []
        /// Suspects whose retry alone was killed from outside (no crash), and how many times.
        var killedAlone: [String: Int] = [:]
        var isEmpty: Bool { suspects.isEmpty && poison.isEmpty }
    }

    /// Deaths alone without a crash signal after which a suspect is poison.
    static let killedAloneLimit = 3

    static let fileName = ".inflight"

    let path: String
    /// Guards appends from worker threads (one line per `write`).
    private let fd: Mutex<Int32>

    static func planKey(_ docId: String) -> String { "plan:" + docId }
    static func docKey(_ docId: String) -> String { "doc:" + docId }

    /// Starts a fresh journal at `path` holding `carried` (written to a temporary file and
    /// renamed, so a death here leaves either the old journal or the new one). Nil when the
    /// file cannot be written: the run goes on unguarded (it will fail writing its version
    /// anyway if the dataset folder is not writable).
    init?(path: String, carrying carried: State) {
        self.path = path
        var header: [UInt8] = []
        for k in carried.poison.sorted() { header += Self.line("poison", k) }
        for k in carried.suspects.sorted() {
            header += Self.line("suspect", k)
            for _ in 0..<min(carried.killedAlone[k] ?? 0, Self.killedAloneLimit) { header += Self.line("killed", k) }
        }
        let tmp = path + ".tmp"
        let t = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard t >= 0 else { return nil }
        let wrote = Self.writeAll(t, header)
        close(t)
        guard wrote, rename(tmp, path) == 0 else {
            unlink(tmp)
            return nil
        }
        let f = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard f >= 0 else { return nil }
        fd = Mutex(f)
        CrashMarker.arm(path: path)
    }

    deinit {
        fd.withLock { if $0 >= 0 { close($0) } }
    }

    func claim(_ key: String) { append("claim", key) }
    func retry(_ key: String) { append("retry", key) }
    func done(_ key: String) { append("done", key) }

    /// The run ended without dying: nothing is in flight.
    func remove() {
        CrashMarker.disarm()
        fd.withLock {
            if $0 >= 0 { close($0) }
            $0 = -1
        }
        unlink(path)
    }

    private func append(_ op: String, _ key: String) {
        let bytes = Self.line(op, key)
        fd.withLock { if $0 >= 0 { _ = Self.writeAll($0, bytes) } }
    }

    static func line(_ op: String, _ key: String) -> [UInt8] {
        var out = Array(op.utf8)
        out.append(0x09)
        for c in key.utf8 {
            if c == 0x09 || c == 0x0A || c == 0x0D || c == 0x25 {
                let hex = Array("0123456789ABCDEF".utf8)
                out += [0x25, hex[Int(c >> 4)], hex[Int(c & 15)]]
            } else {
                out.append(c)
            }
        }
        out.append(0x0A)
        return out
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buf in
            guard let base = buf.baseAddress else { return true }
            var off = 0
            while off < buf.count {
                let n = write(fd, base + off, buf.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                off += n
            }
            return true
        }
    }

    /// The state a journal at `path` leaves (empty when there is none: the last run ended
    /// normally). Lines it cannot read (a torn last line) are ignored.
    static func read(path: String) -> State {
        guard let data = FileManager.default.contents(atPath: path) else { return State() }
        var claimed: Set<String> = [], retried: Set<String> = [], done: Set<String> = []
        var crashed: Set<String> = []
        var killed: [String: Int] = [:]
        var state = State()
        for raw in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            guard let tab = raw.firstIndex(of: 0x09) else { continue }
            let op = String(decoding: raw[raw.startIndex..<tab], as: UTF8.self)
            if op == "crash" {
                // What was retried alone and not done when the process crashed killed it.
                crashed.formUnion(retried.subtracting(done))
                continue
            }
            guard let key = unescape(raw[(tab + 1)...]) else { continue }
            switch op {
            case "poison": state.poison.insert(key)
            case "suspect", "claim": claimed.insert(key)
            case "killed":
                claimed.insert(key)
                killed[key, default: 0] += 1
            case "retry": retried.insert(key)
            case "done": done.insert(key)
            default: continue
            }
        }
        for key in retried.subtracting(done) {
            if crashed.contains(key) {
                state.poison.insert(key)
            } else {
                // Killed from outside while alone: once more a suspect, unless it keeps happening.
                let n = (killed[key] ?? 0) + 1
                if n >= killedAloneLimit { state.poison.insert(key) } else { killed[key] = n }
            }
        }
        state.suspects = claimed.subtracting(done).subtracting(state.poison)
        state.killedAlone = killed.filter { state.suspects.contains($0.key) }
        return state
    }

    static func unescape(_ b: Data.SubSequence) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = b.startIndex
        func hexValue(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: c - 0x30
            case 0x41...0x46: c - 0x41 + 10
            default: nil
            }
        }
        while i < b.endIndex {
            let c = b[i]
            if c == 0x25 {
                guard i + 2 < b.endIndex, let hi = hexValue(b[i + 1]), let lo = hexValue(b[i + 2]) else { return nil }
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(c)
                i += 1
            }
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }
}

/// Appends `crash` to the in-flight journal when the process dies of a crash signal, so the
/// next run can tell a document that crashed the process from one that was in flight when the
/// process was killed from outside (SIGKILL cannot be caught; it leaves no such line).
///
/// The handler only calls async-signal-safe functions (`write`, `sigaction`, `raise`) on a
/// descriptor opened beforehand, then restores the previous disposition (the default, or the
/// Swift runtime's backtracer) and re-raises the signal, so the process dies as it would have.
enum CrashMarker {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
    static let line: StaticString = "crash\tsignal\n"
    private static let installed = Mutex(false)

    /// Opens `path` for the handler (replacing any earlier descriptor) and installs the handler once.
    static func arm(path: String) {
        let f = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard f >= 0 else { return }
        _ = line.utf8CodeUnitCount  // initialised here, never first in the handler
        _ = crashMarkerSaved
        let old = crashMarkerFd.exchange(f, ordering: .sequentiallyConsistent)
        if old >= 0 { close(old) }
        installed.withLock { done in
            guard !done else { return }
            done = true
            for sig in signals where sig >= 0 && Int(sig) < crashMarkerSavedCount {
                var action = sigaction()
                action.__sigaction_handler.sa_handler = { sig in
                    let fd = crashMarkerFd.load(ordering: .sequentiallyConsistent)
                    if fd >= 0 {
                        CrashMarker.line.withUTF8Buffer { b in _ = write(fd, b.baseAddress, b.count) }
                    }
                    if sig >= 0 && Int(sig) < crashMarkerSavedCount { _ = sigaction(sig, crashMarkerSaved + Int(sig), nil) }
                    _ = raise(sig)  // pending until the handler returns; then the old disposition acts
                }
                sigemptyset(&action.sa_mask)
                action.sa_flags = Int32(SA_ONSTACK)
                _ = sigaction(sig, &action, crashMarkerSaved + Int(sig))
            }
        }
    }

    /// The run ends normally: no more crash lines (the handler stays, writing nothing).
    static func disarm() {
        let old = crashMarkerFd.exchange(-1, ordering: .sequentiallyConsistent)
        if old >= 0 { close(old) }
    }
}

/// The descriptor the crash handler writes to (-1: none). An atomic, read without a lock.
let crashMarkerFd = Atomic<Int32>(-1)
/// The dispositions the crash handler replaced, by signal number, restored before re-raising.
let crashMarkerSavedCount = 65
nonisolated(unsafe) let crashMarkerSaved: UnsafeMutablePointer<sigaction> = {
    let p = UnsafeMutablePointer<sigaction>.allocate(capacity: crashMarkerSavedCount)
    p.initialize(repeating: sigaction(), count: crashMarkerSavedCount)
    return p
}()

#if DEBUG
/// Test-only: `FOLIO_DEBUG_ABORT_ON=NAME` makes a debug build abort (SIGABRT, a crash) when it
/// starts processing an input whose source path is `NAME` or ends in `/NAME`; `plan:NAME`
/// aborts while planning (reading, hashing, splitting) it instead; `kill:NAME` sends the
/// process SIGKILL when it starts processing it (what an operator's `kill -9` or the OOM
/// killer does: no crash signal, nothing the process can catch). Release builds do not have
/// it. The crash-safety tests use it to stand for a document that kills the process.
enum DebugHooks {
    static let abortOn: (phase: String, name: String)? = {
        guard let v = ProcessInfo.processInfo.environment["FOLIO_DEBUG_ABORT_ON"], !v.isEmpty else { return nil }
        if v.hasPrefix("plan:") { return ("plan", String(v.dropFirst(5))) }
        if v.hasPrefix("kill:") { return ("kill", String(v.dropFirst(5))) }
        return ("process", v)
    }()

    static func abortIfNamed(_ source: String, phase: String) {
        guard let target = abortOn, target.phase == phase || (target.phase == "kill" && phase == "process") else { return }
        guard source == target.name || source.hasSuffix("/" + target.name) else { return }
        if target.phase == "kill" { _ = kill(getpid(), SIGKILL) }
        abort()
    }
}
#endif
