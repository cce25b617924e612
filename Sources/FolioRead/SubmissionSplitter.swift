import FolioModel

/// One `<DOCUMENT>` of an EDGAR submission.
public struct SubmissionPart: Sendable, Hashable {
    /// `<TYPE>`: `8-K`, `EX-99.1`, `GRAPHIC`, ...
    public var type: String
    public var sequence: Int?
    public var filename: String?
    public var description: String?
    /// Bytes of the file inside `<TEXT>...</TEXT>`.
    public var text: Range<Int>
    /// Why the part is not a readable document (uuencoded or embedded binary), if it is not.
    public var binary: String?

    /// The suffix of the part's doc_id: `EX-99.1` → `ex99-1`, `8-K` → `8-k`.
    public var idSuffix: String {
        var s = ""
        let lower = type.lowercased()
        let compactEX = lower.hasPrefix("ex-")
        for (i, ch) in lower.enumerated() {
            if compactEX && i == 2 { continue }
            if ch.isLetter || ch.isNumber || ch == "-" { s.append(ch) } else if ch == "." || ch == " " || ch == "/" { s.append("-") }
        }
        return s.isEmpty ? "document" : s
    }
}

/// Splits an EDGAR submission (`<SEC-DOCUMENT>` / `<DOCUMENT>` SGML wrapper) into its
/// documents by scanning bytes; no SGML parser is needed for EDGAR's fixed tag layout.
public enum SubmissionSplitter {
    /// Whether the file looks like an EDGAR submission or a `<DOCUMENT>` wrapper: a line
    /// `<DOCUMENT>` followed by a `<TYPE>` line, within the first 64 KB (after the SEC header
    /// and any privacy-enhanced-message preamble).
    public static func looksLikeSubmission(_ bytes: [UInt8]) -> Bool {
        let limit = min(bytes.count, 65_536)
        let tag = Array("<DOCUMENT>".utf8)
        var from = 0
        while let at = find(tag, in: bytes, from: from, limit: limit) {
            if at == 0 || bytes[at - 1] == 0x0A {
                let window = Array(bytes[at..<min(bytes.count, at + 200)])
                if find(Array("<TYPE>".utf8), in: window, from: 0) != nil { return true }
            }
            from = at + 1
        }
        return false
    }

    /// The documents of a submission, in file order; empty if it has none.
    public static func split(_ bytes: [UInt8]) -> [SubmissionPart] {
        var parts: [SubmissionPart] = []
        var i = 0
        let open = Array("<DOCUMENT>".utf8)
        let close = Array("</DOCUMENT>".utf8)
        while let start = find(open, in: bytes, from: i) {
            let bodyStart = start + open.count
            let end = find(close, in: bytes, from: bodyStart) ?? bytes.count
            parts.append(part(bytes, bodyStart..<end))
            i = min(bytes.count, end + close.count)
        }
        return parts
    }

    static func part(_ b: [UInt8], _ range: Range<Int>) -> SubmissionPart {
        var type = ""
        var sequence: Int?
        var filename: String?
        var description: String?
        var text = range.upperBound..<range.upperBound
        var i = range.lowerBound
        // Header lines: <TAG>value, until <TEXT>.
        while i < range.upperBound {
            var lineEnd = i
            while lineEnd < range.upperBound, b[lineEnd] != 0x0A { lineEnd += 1 }
            let line = String(decoding: b[i..<lineEnd], as: UTF8.self).trimmingWhitespace()
            if line.hasPrefix("<TEXT>") {
                let contentStart = min(range.upperBound, lineEnd + 1)
                let inline = line.dropFirst(6)
                let startAt = inline.isEmpty ? contentStart : i + 6
                let closeTag = Array("</TEXT>".utf8)
                let contentEnd = find(closeTag, in: b, from: startAt, limit: range.upperBound) ?? range.upperBound
                text = startAt..<max(startAt, contentEnd)
                break
            }
            func value(_ tag: String) -> String? {
                line.hasPrefix(tag) ? String(line.dropFirst(tag.count)).trimmingWhitespace() : nil
            }
            if let v = value("<TYPE>") { type = v }
            if let v = value("<SEQUENCE>") { sequence = Int(v) }
            if let v = value("<FILENAME>") { filename = v }
            if let v = value("<DESCRIPTION>") { description = v }
            i = lineEnd + 1
        }
        var binary: String?
        var k = text.lowerBound
        while k < text.upperBound, b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x20 { k += 1 }
        let head = String(decoding: b[k..<min(text.upperBound, k + 16)], as: UTF8.self)
        if head.hasPrefix("begin ") { binary = "uuencoded" }
        else if head.hasPrefix("<PDF>") || head.hasPrefix("%PDF") { binary = "PDF" }
        else if ["GRAPHIC", "ZIP", "EXCEL", "XML"].contains(type.uppercased()) && !head.hasPrefix("<") { binary = type.uppercased() }
        return SubmissionPart(type: type.isEmpty ? "DOCUMENT" : type, sequence: sequence, filename: filename,
                              description: description, text: text, binary: binary)
    }

    static func find(_ needle: [UInt8], in b: [UInt8], from: Int, limit: Int? = nil) -> Int? {
        guard let first = needle.first else { return nil }
        let end = min(limit ?? b.count, b.count) - needle.count
        guard from >= 0, from <= end else { return nil }
        return b.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { n -> Int? in
                // Candidates (the needle's first byte) are found a word at a time, in the
                // bytes where a match can start.
                let starts = UnsafeBufferPointer(rebasing: hay[..<(end + 1)])
                var i = from
                while let at = ByteIndex.firstIndex(of: first, in: starts, from: i) {
                    var k = 1
                    while k < n.count, hay[at + k] == n[k] { k += 1 }
                    if k == n.count { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
