import FolioModel

/// Reads the cover page of an SEC form (10-K, 10-Q, 20-F, 8-K, ...) as printed: the layout
/// every such cover shares, whatever the filer, in HTML rendered to text, in text extracted
/// from a PDF and in Markdown.
///
/// ```
/// UNITED STATES SECURITIES AND EXCHANGE COMMISSION
/// Washington, D.C. 20549
/// FORM 10-K
/// ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) ...
/// For the fiscal year ended December 31, 2024
/// Commission File Number 001-12345
/// ACME, INC.
/// (Exact name of registrant as specified in its charter)
/// ```
public enum CoverPage {
    public struct Read: Sendable, Hashable {
        /// `10-K`, `10-Q`, ... from the form line.
        public var formType: String?
        /// `Form 10-K`: the document's title.
        public var title: String?
        /// The line above `(Exact name of registrant as specified in its charter)`.
        public var registrant: String?
        /// The date after `For the fiscal year ended` / `For the quarterly period ended`, ISO.
        public var periodEnd: String?
        public var fiscalYear: Int?
        /// `FY` for an annual form, `Q1`...`Q3` for a quarterly one.
        public var fiscalPeriod: String?
    }

    static let annualForms: Set<String> = ["10-K", "20-F", "40-F", "10-K405", "10-KSB"]
    static let quarterlyForms: Set<String> = ["10-Q", "10-QSB"]
    static let forms = ["10-K405", "10-KSB", "10-QSB", "10-K", "10-Q", "20-F", "40-F", "8-K", "6-K"]

    /// Reads the cover from the first non-blank lines of a document (`top`, trimmed) and its
    /// whole text (for the fiscal period and year, which the cover does not print). Nil when
    /// the top has no form line: the document is no SEC form.
    public static func read(top: [String], text: [UInt8]) -> Read? {
        var r = Read()
        var formIndex: Int?
        for (k, line) in top.prefix(40).enumerated() {
            if let f = formLine(line) { r.formType = f; formIndex = k; break }
        }
        guard let form = r.formType, let fi = formIndex else { return nil }
        r.title = "Form " + form
        for k in (fi + 1)..<min(top.count, fi + 60) {
            let core = undecorated(top[k])
            if r.periodEnd == nil, let d = periodEnd(core) { r.periodEnd = d }
            if r.registrant == nil, isRegistrantCaption(core) {
                // Rule lines (`-----`) and blank lines between the name and its caption are skipped.
                var j = k - 1
                while j > fi, undecorated(top[j]).filter(\.isLetter).count < 2 { j -= 1 }
                if j > fi {
                    let name = withoutLeadingCaption(undecorated(top[j]))
                    if !name.isEmpty, name.utf8.count <= 120 { r.registrant = name }
                }
            }
        }
        if annualForms.contains(form) {
            r.fiscalPeriod = "FY"
        } else if quarterlyForms.contains(form) {
            r.fiscalPeriod = quarter(text)
        }
        if r.fiscalPeriod != nil, let end = r.periodEnd, let y = Int(end.prefix(4)) {
            // A fiscal year ended from April on is named for its own year; one ended early in
            // a calendar year, or a quarter, is named as the filer's text names it.
            let month = Int(end.dropFirst(5).prefix(2)) ?? 0
            r.fiscalYear = r.fiscalPeriod == "FY" && month >= 4 ? y : fiscalYear(periodEndYear: y, text: text)
        }
        return r
    }

    /// **A caption glued before the name.** A converter that joins a cover's lines prints the
    /// caption of the field above on the name's line (`(Commission file number) ACME
    /// CORPORATION`): a leading parenthesized caption is left out when letters follow it.
    static func withoutLeadingCaption(_ line: String) -> String {
        guard line.hasPrefix("("), let close = line.firstIndex(of: ")") else { return line }
        let rest = undecorated(String(line[line.index(after: close)...]))
        return rest.contains(where: { $0.isLetter }) ? rest : line
    }

    /// The form a cover line names, alone on its line: `FORM 10-K`, `Form 10-Q`, `FORM 20-F`,
    /// `Form10-K` (a PDF's text that lost the space). Nil for a form cited in prose.
    public static func formLine(_ line: String) -> String? {
        let core = undecorated(line)
        guard core.utf8.count <= 24 else { return nil }
        return ByteScan.withBytes(core) { b -> String? in
            guard ByteScan.hasPrefixLowered(b, "form") else { return nil }
            var i = 4
            while i < b.count, b[i] == 0x20 { i += 1 }
            let rest = String(decoding: b[i...], as: UTF8.self).uppercased()
            return forms.first { rest == $0 }
        }
    }

    /// `(Exact name of registrant as specified in its charter)`, any case, any decoration.
    public static func isRegistrantCaption(_ line: String) -> Bool {
        line.utf8.count <= 120 && ByteScan.withBytes(line) { ByteScan.containsLowered($0, "exact name of registrant") }
    }

    /// The date of `For the fiscal year ended December 31, 2024`, `For the quarterly period
    /// ended March 31, 2025` (or `ending`), ISO. Some annual covers leave out `fiscal` (`FOR
    /// THE YEAR ENDED DECEMBER 31, 2024`), any case.
    public static func periodEnd(_ line: String) -> String? {
        guard line.utf8.count <= 160 else { return nil }
        let core = undecorated(line)
        // An ASCII line (nearly all) with none of the keys in any case: nil, without
        // lowercasing it and searching it through Foundation six times.
        if ByteScan.withBytes(core, { b in
            ByteScan.isASCII(b) && !periodEndKeys.contains { ByteScan.containsLowered(b, $0) }
        }) { return nil }
        let lower = core.lowercased()
        for key in ["fiscal year ended", "fiscal year ending", "quarterly period ended", "quarterly period ending",
                    "period ended", "for the year ended", "date of earliest event reported"] {
            guard let r = lower.range(of: key) else { continue }
            let rest = String(lower[r.upperBound...].prefix(40))
            return DateParser.opening(rest)?.iso
        }
        return nil
    }

    /// `periodEnd`'s keys, for its ASCII test.
    static let periodEndKeys: [StaticString] = ["fiscal year ended", "fiscal year ending", "quarterly period ended",
                                                "quarterly period ending", "period ended", "for the year ended",
                                                "date of earliest event reported"]

    /// The quarter of a quarterly report, from the longest year-to-date its statements cover:
    /// `Nine Months Ended` (or `Thirty-nine` / `39 Weeks Ended`) is the third quarter, `Six
    /// Months Ended` (`Twenty-six` / `26 Weeks`) the second, neither the first.
    public static func quarter(_ text: [UInt8]) -> String {
        text.withUnsafeBufferPointer { b in
            if ByteScan.containsLowered(b, "nine months ended") || ByteScan.containsLowered(b, "39 weeks ended")
                || ByteScan.containsLowered(b, "thirty-nine weeks ended") { return "Q3" }
            if ByteScan.containsLowered(b, "six months ended") || ByteScan.containsLowered(b, "26 weeks ended")
                || ByteScan.containsLowered(b, "twenty-six weeks ended") { return "Q2" }
            return "Q1"
        }
    }

    /// The fiscal year as the filer names it. A fiscal year ending early in a calendar year
    /// is named by some filers for the year it ends in (`fiscal 2025` ended January 31, 2025)
    /// and by others for the year it mostly covers (`fiscal 2024` ended February 2, 2025): the
    /// text's own `fiscal YYYY` / `fiscal year YYYY` decides, the year named most often among
    /// the period end's year and the years either side; the period end's year when none is.
    public static func fiscalYear(periodEndYear y: Int, text: [UInt8]) -> Int {
        var counts = [0, 0, 0]
        text.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i + 11 <= n {
                // `fiscal ` then an optional `year ` then four digits.
                guard ByteSearch.lowerASCII(b[i]) == 0x66, ByteScan.hasPrefixLowered(UnsafeBufferPointer(rebasing: b[i..<min(n, i + 7)]), "fiscal ") else {
                    i += 1
                    continue
                }
                var j = i + 7
                if j + 5 <= n, ByteScan.hasPrefixLowered(UnsafeBufferPointer(rebasing: b[j..<(j + 5)]), "year ") { j += 5 }
                if j + 4 <= n {
                    var v = 0
                    var ok = true
                    for k in j..<(j + 4) {
                        guard b[k] >= 0x30, b[k] <= 0x39 else { ok = false; break }
                        v = v * 10 + Int(b[k] - 0x30)
                    }
                    // Not the start of a longer number.
                    if ok, j + 4 < n, b[j + 4] >= 0x30, b[j + 4] <= 0x39 { ok = false }
                    if ok, v >= y - 1, v <= y + 1 { counts[v - y + 1] += 1 }
                }
                i = j
            }
        }
        var best = 1
        for k in [0, 2] where counts[k] > counts[best] { best = k }
        return y + best - 1
    }

    /// A line without Markdown decoration: leading `#`s, emphasis `*` and `_` around it,
    /// white space.
    static func undecorated(_ line: String) -> String {
        var s = Substring(line)
        while let f = s.first, f == "#" || f == "*" || f == "_" || f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == "*" || l == "_" || l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
