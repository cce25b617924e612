import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Per-document lines of the end-of-run summary (table checks, narrative facts), kept in an
/// anonymous temporary file as the run goes, so memory does not grow with the corpus; only
/// the totals stay in memory. Appended by the writer thread only, read after the run.
public final class PerDocumentNotes: @unchecked Sendable {
    public private(set) var checksPassed = 0
    public private(set) var checksTotal = 0
    public private(set) var checkDocuments = 0
    public private(set) var factsTotal = 0
    public private(set) var factsAgree = 0
    public private(set) var factsDisagree = 0
    public private(set) var factDocuments = 0

    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []
    private var spilled = false
    private static let flushSize = 1 << 16

    public init() {}

    deinit {
        if let file { fclose(file) }
    }

    func addChecks(_ docId: String, passed: Int, total: Int) {
        checksPassed += passed
        checksTotal += total
        checkDocuments += 1
        append(kind: 0x43, docId, [passed, total, 0])
    }

    func addFacts(_ docId: String, total: Int, agree: Int, disagree: Int) {
        factsTotal += total
        factsAgree += agree
        factsDisagree += disagree
        factDocuments += 1
        append(kind: 0x46, docId, [total, agree, disagree])
    }

    /// One record: kind byte, three little-endian Int64, the id's length (Int64) and bytes.
    private func append(kind: UInt8, _ docId: String, _ values: [Int]) {
        buffer.append(kind)
        for v in values + [docId.utf8.count] {
            withUnsafeBytes(of: Int64(v).littleEndian) { buffer.append(contentsOf: $0) }
        }
        buffer.append(contentsOf: docId.utf8)
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Moves the buffer to the temporary file; without one (none can be made), keeps it.
    private func flush() {
        if file == nil && !spilled {
            spilled = true  // try once
            file = tmpfile()
        }
        guard let file, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        if written == buffer.count { buffer.removeAll(keepingCapacity: true) } else { fclose(file); self.file = nil }
    }

    /// Calls `body(kind, docId, a, b, c)` for every record, in the order they were added.
    private func forEach(_ body: (UInt8, String, Int, Int, Int) -> Void) {
        var pending: [UInt8] = []
        func drain() {
            var i = 0
            while pending.count - i >= 33 {
                let kind = pending[i]
                var v = [Int](repeating: 0, count: 4)
                for k in 0..<4 {
                    var x: Int64 = 0
                    for b in 0..<8 { x |= Int64(pending[i + 1 + 8 * k + b]) << (8 * b) }
                    v[k] = Int(x)
                }
                guard v[3] >= 0, pending.count - i - 33 >= v[3] else { break }
                let id = String(decoding: pending[(i + 33)..<(i + 33 + v[3])], as: UTF8.self)
                body(kind, id, v[0], v[1], v[2])
                i += 33 + v[3]
            }
            pending.removeSubrange(0..<i)
        }
        if let file {
            fflush(file)
            rewind(file)
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
                if n <= 0 { break }
                pending.append(contentsOf: chunk[0..<n])
                drain()
            }
            fseek(file, 0, SEEK_END)
        }
        pending.append(contentsOf: buffer)
        drain()
    }

    public func forEachCheck(_ body: (_ docId: String, _ passed: Int, _ total: Int) -> Void) {
        forEach { kind, id, a, b, _ in if kind == 0x43 { body(id, a, b) } }
    }

    public func forEachFacts(_ body: (_ docId: String, _ total: Int, _ agree: Int, _ disagree: Int) -> Void) {
        forEach { kind, id, a, b, c in if kind == 0x46 { body(id, a, b, c) } }
    }
}
