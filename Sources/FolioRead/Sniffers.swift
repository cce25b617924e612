public import FolioModel

/// Recognises binary files by their first bytes.
public enum BinarySniffer {
    /// A readable name for the kind of binary file, or nil if the bytes may be text.
    public static func binaryKind(_ b: [UInt8]) -> String? {
        func starts(_ magic: [UInt8]) -> Bool { b.count >= magic.count && Array(b[0..<magic.count]) == magic }
        if starts([0x25, 0x50, 0x44, 0x46, 0x2D]) { return "a PDF file (extract its text first, e.g. with pdftotext)" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if starts([0x47, 0x49, 0x46, 0x38]) { return "a GIF image" }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return "a ZIP archive (or an Office document)" }
        if starts([0x1F, 0x8B]) { return "a gzip archive" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "an executable (ELF)" }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "a legacy Office document" }
        // Control bytes other than tab/newline/CR/FF/ESC-free text, in the first 4 KB.
        let n = min(b.count, 4096)
        // UTF-16 text has NULs; leave that to the decoder.
        if n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)) { return nil }
        var control = 0
        var nul = 0
        for i in 0..<n {
            let c = b[i]
            if c == 0 { nul += 1 }
            else if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C && c != 0x1B { control += 1 }
        }
        if nul == 0 && control * 20 > n { return "binary data (\(control) control bytes in the first \(n))" }
        return nil
    }
}

/// Decides a document's format from its name and first bytes.
public enum FormatSniffer {
    public static func format(source: String, text: [UInt8]) -> DocumentFormat {
        let lower = source.lowercased()
        let head = String(decoding: text.prefix(4096), as: UTF8.self).lowercased()
        // A whole EDGAR submission is SGML; a single document that kept its EDGAR header
        // (`<DOCUMENT><TYPE>...<TEXT>` around an HTML page) is HTML.
        let submission = head.contains("<sec-document>") || head.contains("<ims-document>")
        let wrapper = head.contains("<document>") && head.contains("<type>")
        let looksHTML = head.contains("<html") || head.contains("<!doctype html")
        if submission || (wrapper && !looksHTML) {
            return .sgml
        }
        if lower.hasSuffix(".htm") || lower.hasSuffix(".html") || lower.hasSuffix(".xhtml")
            || head.contains("<html") || head.contains("<!doctype html") {
            let probe = Array(text.prefix(262_144))
            let ix = SubmissionSplitter.find(Array("ix:nonFraction".utf8), in: probe, from: 0) != nil
                || SubmissionSplitter.find(Array("ix:header".utf8), in: probe, from: 0) != nil
            return ix ? .ixbrl : .html
        }
        if lower.hasSuffix(".xml") || head.hasPrefix("<?xml") {
            return head.contains("xbrl") ? .xbrl : .unknown
        }
        return .text
    }
}
