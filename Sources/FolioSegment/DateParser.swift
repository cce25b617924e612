/// Finds dates written out in text: `March 12, 2024`, `12 March 2024`, `2024-03-12`.
public enum DateParser {
    public struct Found: Sendable, Hashable {
        public var year: Int
        public var month: Int
        public var day: Int
        /// Index of the word the date starts at.
        public var wordIndex: Int
        public var iso: String {
            func pad(_ v: Int, _ n: Int) -> String {
                let s = String(v)
                return String(repeating: "0", count: max(0, n - s.count)) + s
            }
            return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        }
    }

    static func month(_ w: Substring) -> Int? {
        let core = w.lowercased().filter { $0.isLetter }
        guard core.count >= 3 else { return nil }
        for (i, name) in HeadingDetector.monthNames.enumerated() {
            if core == name { return i + 1 }
            if core.count == 3, name.hasPrefix(core), w.count <= 4 { return i + 1 }
            if core == "sept" { return 9 }
        }
        return nil
    }

    static func number(_ w: Substring) -> Int? {
        let core = w.filter { $0 != "," && $0 != "." }
        guard !core.isEmpty, core.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(core)
    }

    /// The first complete date (day, month and year) in `text`.
    public static func firstDate(in text: String) -> Found? {
        all(in: text, limit: 1).first
    }

    public static func all(in text: String, limit: Int = .max) -> [Found] {
        let ws = LineClassifier.words(text)
        var out: [Found] = []
        var i = 0
        while i < ws.count, out.count < limit {
            let w = ws[i]
            if let m = month(w), i + 2 < ws.count, let d = number(ws[i + 1]), d >= 1, d <= 31,
               ws[i + 1].count <= 3, let y = number(ws[i + 2]), y >= 1900, y <= 2100, ws[i + 2].filter({ $0.isNumber }).count == 4 {
                out.append(Found(year: y, month: m, day: d, wordIndex: i))
                i += 3
                continue
            }
            if let d = number(w), d >= 1, d <= 31, w.count <= 3, i + 2 < ws.count, let m = month(ws[i + 1]),
               let y = number(ws[i + 2]), y >= 1900, y <= 2100, ws[i + 2].filter({ $0.isNumber }).count == 4 {
                out.append(Found(year: y, month: m, day: d, wordIndex: i))
                i += 3
                continue
            }
            // 2024-03-12
            let parts = w.split(separator: "-")
            if parts.count == 3, parts[0].count == 4, let y = number(parts[0]), let m = number(parts[1]), let d = number(parts[2]),
               y >= 1900, y <= 2100, m >= 1, m <= 12, d >= 1, d <= 31, parts[1].count == 2 {
                out.append(Found(year: y, month: m, day: d, wordIndex: i))
            }
            i += 1
        }
        return out
    }
}
