/// A `Note` column: the note references IFRS and many non-US statements print between the
/// row label and the figures (`Revenue   4   3,988   3,325`).
///
/// Layout served: statements whose header row names a column `Note` or `Notes` (any case) and
/// whose cells in that column are all note references: 1 to 3 digits, optionally with a
/// sub-part (`4.1`, `12a`, `12(a)`), or a comma/`and` list of them (`4, 5`). Such a column
/// holds no figures: its cells are kept as text (no value, no column in the arithmetic
/// checks), so a note number is never read as a value.
enum NoteColumn {
    /// The data columns (1-based) that are note-reference columns.
    static func columns(header: [[String]], rows: [GridRow], nData: Int) -> [Int] {
        guard nData >= 2 else { return [] }
        var out: [Int] = []
        for c in 1...nData where header.contains(where: { c < $0.count && isNoteHeading($0[c]) }) {
            var any = false
            var all = true
            for r in rows {
                guard let t = r.text(c) else { continue }
                any = true
                if !isNoteReference(t) { all = false; break }
            }
            if any && all { out.append(c) }
        }
        return out
    }

    static func isNoteHeading(_ s: String) -> Bool {
        let t = trimmed(Substring(s)).lowercased()
        return t == "note" || t == "notes" || t == "note(s)"
    }

    static func trimmed(_ s: Substring) -> Substring {
        var t = s
        while let f = t.first, f == " " { t = t.dropFirst() }
        while let l = t.last, l == " " { t = t.dropLast() }
        return t
    }

    /// `4`, `12`, `4.1`, `12a`, `12(a)`, `4, 5`, `4 and 5`.
    static func isNoteReference(_ s: String) -> Bool {
        // A list is `4, 5`: a comma with no space after it is a thousands separator (`1,234`).
        let u8 = Array(s.utf8)
        for (i, b) in u8.enumerated() where b == 0x2C && (i + 1 >= u8.count || u8[i + 1] != 0x20) { return false }
        let parts = s.split(separator: ",").flatMap { $0.split(separator: " ").split(separator: "and").map { $0.joined(separator: " ") } }
        guard !parts.isEmpty else { return false }
        for p in parts {
            let u = Array(trimmed(Substring(p)).utf8)
            var i = 0
            while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
            guard i >= 1, i <= 3 else { return false }
            if i == u.count { continue }
            // `.1` / `.12`
            if u[i] == 0x2E {
                var j = i + 1
                while j < u.count, u[j] >= 0x30, u[j] <= 0x39 { j += 1 }
                guard j > i + 1, j == u.count else { return false }
                continue
            }
            // `a` / `(a)`
            let rest = u[i...]
            if rest.count == 1, let l = rest.first, l >= 0x61, l <= 0x7A { continue }
            if rest.count == 3, rest[rest.startIndex] == 0x28, rest[rest.startIndex + 2] == 0x29,
               rest[rest.startIndex + 1] >= 0x61, rest[rest.startIndex + 1] <= 0x7A { continue }
            return false
        }
        return true
    }
}
