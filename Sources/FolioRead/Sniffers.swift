public import FolioModel

/// Recognises binary files by their first bytes.
public enum BinarySniffer {
    /// A readable name for the kind of binary file, or nil if the bytes may be text.
    public static func binaryKind(_ b: [UInt8]) -> String? {
        func starts(_ magic: [UInt8]) -> Bool { b.count >= magic.count && Array(b[0..<magic.count]) == magic }
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
        // The markers are ASCII (no `k`, which the Kelvin sign lowercases to): searched in the
        // first 4 KB on bytes with ASCII letters folded, as in the lowercased text.
        let head = text.prefix(4096)
        func inHead(_ marker: StaticString) -> Bool { contains(head, marker, folded: true) }
        // A whole EDGAR submission is SGML; a single document that kept its EDGAR header
        // (`<DOCUMENT><TYPE>...<TEXT>` around an HTML page) is HTML.
        let submission = inHead("<sec-document>") || inHead("<ims-document>")
        let wrapper = inHead("<document>") && inHead("<type>")
        let looksHTML = inHead("<html") || inHead("<!doctype html")
        if submission || (wrapper && !looksHTML) {
            return .sgml
        }
        if lower.hasSuffix(".htm") || lower.hasSuffix(".html") || lower.hasSuffix(".xhtml") || looksHTML {
            let probe = text.prefix(262_144)
            return contains(probe, "ix:nonFraction", folded: false) || contains(probe, "ix:header", folded: false) ? .ixbrl : .html
        }
        if lower.hasSuffix(".xml") || prefixFolded(head, "<?xml") {
            return inHead("xbrl") ? .xbrl : .unknown
        }
        return .text
    }

    /// Whether `hay` holds the ASCII `needle` (lowercase when `folded`; `hay`'s ASCII letters
    /// are then compared lowercased).
    static func contains(_ hay: ArraySlice<UInt8>, _ needle: StaticString, folded: Bool) -> Bool {
        hay.withUnsafeBufferPointer { ByteSearch.firstIndex(of: needle, in: $0, foldingASCII: folded) != nil }
    }

    static func prefixFolded(_ hay: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { nd in
            guard hay.count >= nd.count else { return false }
            var k = hay.startIndex
            for c in nd {
                if ByteSearch.lowerASCII(hay[k]) != c { return false }
                k += 1
            }
            return true
        }
    }
}
