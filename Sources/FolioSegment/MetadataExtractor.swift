public import FolioModel

/// Reads what a document states about itself near its top: issuer, form type, period, date.
public enum MetadataExtractor {
    /// Legal-form suffixes that end a company name.
    static let legalSuffixes: [String] = [
        "inc.", "inc", "incorporated", "corp.", "corp", "corporation", "co.", "company", "ltd.", "ltd",
        "limited", "plc", "plc.", "n.v.", "nv", "s.a.", "sa", "ag", "se", "llc", "l.l.c.", "lp", "l.p.",
        "holdings", "group", "s.p.a.", "gmbh", "a/s", "asa", "ab", "oyj", "llp", "l.l.p.",
    ]

    /// Whether the line is just a company name (`QIFU TECHNOLOGY, INC.`, `Shell plc`,
    /// `Southern Company`).
    public static func isCompanyNameLine(_ t: String) -> Bool {
        // Two to seven words (counted on bytes first: most lines are longer).
        let wc = LineClassifier.wordCount(t, limit: 8)
        guard wc >= 2, wc <= 7 else { return false }
        let ws = LineClassifier.words(t)
        guard ws.count >= 2, ws.count <= 7, let last = ws.last, !ByteScan.contains(t, ":") else { return false }
        let l = last.lowercased().trimmingSuffix(",")
        guard legalSuffixes.contains(l) || legalSuffixes.contains(l + ".") else { return false }
        return ws.dropLast().allSatisfy { w in
            guard let c = w.first else { return false }
            return c.isUppercase || c.isNumber || c == "&" || w == "and" || w == "of" || w == "the"
        }
    }

    /// Marks line ends in text joined from several lines.
    static let lineBreak: Substring = "¶"

    /// The first company name with a legal suffix in `text`: scans back from the suffix over
    /// capitalized words (`Qifu Technology, Inc.`, `Sears, Roebuck and Co.`).
    public static func companyName(in text: String) -> String? {
        let ws = LineClassifier.words(text)
        for (i, w) in ws.enumerated() {
            // Every strong suffix starts with one of `iclpnsa`: a word starting with another
            // ASCII byte is none (its lowercased core starts with that byte's lowercase).
            if let b0 = w.utf8.first, b0 < 0x80 {
                switch ByteScan.lower(b0) {
                case UInt8(ascii: "i"), UInt8(ascii: "c"), UInt8(ascii: "l"), UInt8(ascii: "p"), UInt8(ascii: "n"),
                     UInt8(ascii: "s"), UInt8(ascii: "a"): break
                default: continue
                }
            }
            let l = w.lowercased()
            let core = l.trimmingSuffix(",").trimmingSuffix(")")
            let strong = ["inc.", "inc", "corp.", "corporation", "co.", "ltd.", "ltd", "limited", "plc", "n.v.", "s.a.", "ag", "llc", "l.p."]
            guard strong.contains(core), w.first?.isUppercase == true, i > 0 else { continue }
            // `Limited Assurance`: the word goes on into a title, it does not end a name.
            if i + 1 < ws.count, !w.hasSuffix(","), ws[i + 1] != lineBreak, let c = ws[i + 1].first, c.isUppercase { continue }
            var j = i - 1
            var parts: [Substring] = [w]
            while j >= 0 {
                let p = ws[j]
                if p == lineBreak { j -= 1; continue }
                guard let c = p.first else { break }
                if p.contains("(") || p.contains(")") || p == "--" || p == "—" || p.hasSuffix(":") { break }
                if p.hasSuffix(".") && p.count > 3 && !strong.contains(p.lowercased()) { break }
                if c.isUppercase || c == "&" || p == "and" || p == "of" {
                    parts.insert(p, at: 0)
                    j -= 1
                    if parts.count >= 7 { break }
                } else { break }
            }
            while let f = parts.first, f == "and" || f == "of" || f == "&" { parts.removeFirst() }
            // A dateline place (`SHANGHAI,`) is not part of the name.
            while parts.count > 2, let f = parts.first, f.hasSuffix(","), f.uppercased() == f, f.count > 3 { parts.removeFirst() }
            guard parts.count >= 2 else { continue }
            var name = parts.joined(separator: " ")
            while let l = name.last, l == "," || l == ")" { name.removeLast() }
            return name
        }
        return nil
    }

    /// Form type from the title and the text near the top.
    public static func formType(title: String?, top: String, topLines: [String] = []) -> String? {
        // An SEC form named on a line of its own (`FORM 10-K`), not one cited in prose, or in
        // an EDGAR submission header (`CONFORMED SUBMISSION TYPE: 8-K`, `<TYPE>8-K`).
        let forms = ["10-K", "10-Q", "8-K", "20-F", "6-K", "40-F", "DEF 14A", "10-K405", "10-KSB", "10-QSB", "S-1", "F-1"]
        for line in topLines.prefix(60) {
            guard upperHasPrefix(line, "CONFORMED SUBMISSION TYPE:") != false || upperHasPrefix(line, "<TYPE>") != false else { continue }
            let u = line.uppercased()
            for prefix in ["CONFORMED SUBMISSION TYPE:", "<TYPE>"] where u.hasPrefix(prefix) {
                let value = LineClassifier.trim(String(u.dropFirst(prefix.count)))
                if forms.contains(value) { return value }
            }
        }
        for line in topLines.prefix(40) {
            // Every key starts with `FORM ` or `SCHEDULE `.
            guard upperHasPrefix(line, "FORM ") != false || upperHasPrefix(line, "SCHEDULE ") != false else { continue }
            let u = line.uppercased()
            for (key, form) in [("FORM 10-K", "10-K"), ("FORM 10-Q", "10-Q"), ("FORM 8-K", "8-K"), ("FORM 20-F", "20-F"),
                                ("FORM 6-K", "6-K"), ("FORM 40-F", "40-F"), ("SCHEDULE 14A", "DEF 14A")]
                where u.hasPrefix(key) && LineClassifier.words(u).count <= 4 {
                return form
            }
        }
        // Keys are ASCII, lowercase, without `k`: compared on bytes with ASCII letters folded.
        let t = title ?? ""
        let l = top
        func any(_ s: String, _ keys: [StaticString]) -> Bool {
            ByteScan.withBytes(s) { b in keys.contains { ByteScan.containsLowered(b, $0) } }
        }
        let esg: [StaticString] = ["environmental, social", "esg report", "sustainability report", "corporate responsibility report",
                   "social responsibility report", "esg", "sustainability", "governance report"]
        let agm: [StaticString] = ["notice of annual general meeting", "notice of extraordinary general meeting", "notice of general meeting",
                   "notice of annual meeting", "proxy statement"]
        let results: [StaticString] = ["financial results", "quarter results", "reports first quarter", "reports second quarter",
                       "reports third quarter", "reports fourth quarter", "earnings", "results for the", "announces results",
                       "year results", "quarterly results", "financial highlights", "consolidated earnings"]
        if any(t, agm) { return "agm_notice" }
        if any(t, results) { return "earnings_release" }
        if any(t, ["interim report", "half-year report", "half year report"]) { return "interim_report" }
        if any(t, ["annual report"]) { return "annual_report" }
        if any(t, esg) { return "esg_report" }
        if any(l, agm) { return "agm_notice" }
        if any(l, ["esg report", "sustainability report", "corporate responsibility report", "environmental, social and governance report", "environmental, social, and governance"]) { return "esg_report" }
        if any(l, ["financial results", "unaudited financial", "reported net income", "reports second quarter", "earnings per share"]) { return "earnings_release" }
        if any(l, ["globe newswire", "prnewswire", "business wire", "press release"]) { return "press_release" }
        return nil
    }

    /// Whether `line.uppercased()` starts with `prefix` (ASCII uppercase), on bytes when the
    /// line's first bytes, one past the prefix, are ASCII (they uppercase one to one and no
    /// character straddles the prefix's end); nil when that cannot be told on bytes.
    static func upperHasPrefix(_ line: String, _ prefix: StaticString) -> Bool? {
        ByteScan.withBytes(line) { b -> Bool? in
            prefix.withUTF8Buffer { p -> Bool? in
                let k = p.count
                for i in 0..<min(k + 1, b.count) where b[i] >= 0x80 || b[i] == 0x0D { return nil }
                guard b.count >= k else { return false }
                for i in 0..<k {
                    var x = b[i]
                    if x >= 0x61 && x <= 0x7A { x -= 0x20 }
                    if x != p[i] { return false }
                }
                return true
            }
        }
    }

    /// The reporting period stated in `text` (lowercased phrase): `fourth quarter and full year
    /// 2023`, `second quarter 2004`, `full year 2023`, `fiscal 2024`, `fiscal 2023-24`: the first
    /// phrase `ReportPeriods` reads (a joint one whole), its words as `periodWord` keeps them.
    /// A word printed with hyphens is read a part at a time (`titleParts`), so `Q4-2023` and
    /// `Fourth-Quarter 2023` read as `q4 2023` and `fourth quarter 2023` do; the phrase is
    /// still returned as printed (`q4-2023`).
    public static func period(in text: String) -> String? {
        let ws = LineClassifier.words(text).map(periodWord)
        var words: [TitleWord] = []
        var printedAt: [Int] = []   // the word of `ws` each part is cut from
        words.reserveCapacity(ws.count)
        printedAt.reserveCapacity(ws.count)
        for (k, w) in ws.enumerated() {
            for part in titleParts(w) {
                words.append(TitleWord(String(part)))
                printedAt.append(k)
            }
        }
        func word(_ i: Int) -> TitleWord { i >= 0 && i < words.count ? words[i] : .none }
        for i in words.indices {
            if let p = ReportPeriods.phrase(at: i, word) ?? ReportPeriods.joint(at: i, word) {
                return ws[printedAt[p.start]...printedAt[p.yearWord]].joined(separator: " ")
            }
        }
        return nil
    }

    /// The parts of a title word (as `periodWord` keeps it) the report-period grammar reads:
    /// the word itself, or, for a word joined by hyphens that is not a year span, each part
    /// (`q4-2023` → `q4`, `2023`; `fourth-quarter` → `fourth`, `quarter`; `2023-24` stays one
    /// word, a fiscal year).
    static func titleParts(_ w: String) -> [Substring] {
        guard w.utf8.contains(UInt8(ascii: "-")), !Years.isYearOrSpan(w) else { return [Substring(w)] }
        let parts = w.split(separator: "-")
        return parts.isEmpty ? [Substring(w)] : parts
    }

    /// A word of a title as `ReportPeriods` reads it: its keyword, and its year, a span
    /// (`2023-24`) read as its first year.
    struct TitleWord: ReportPeriodWord {
        var reportKeyword: ReportPeriods.Keyword
        var reportYear: Int?

        static let none = TitleWord(reportKeyword: .none, reportYear: nil)

        init(reportKeyword: ReportPeriods.Keyword, reportYear: Int?) {
            self.reportKeyword = reportKeyword
            self.reportYear = reportYear
        }

        init(_ w: String) {
            reportKeyword = ReportPeriods.keyword(spelled: w)
            reportYear = Years.isYearOrSpan(w) ? Years.fourDigit(w.prefix(4)) : nil
        }
    }

    /// A word of `period(in:)`: lowercased, only letters, digits and `-` kept (ASCII words on
    /// bytes).
    static func periodWord(_ w: Substring) -> String {
        let ascii: String? = ByteScan.withBytes(w) { b in
            guard ByteScan.isASCII(b) else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                for x in b {
                    let l = ByteScan.lower(x)
                    if (l >= 0x61 && l <= 0x7A) || (l >= 0x30 && l <= 0x39) || l == 0x2D {
                        out[n] = l
                        n += 1
                    }
                }
                return n
            }
        }
        return ascii ?? w.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" }
    }

    /// The date a filing's cover says its fiscal year ended (`For the fiscal year ended
    /// February 2, 2025`, a 10-K's cover), ISO.
    ///
    /// The phrase is found by an ASCII case-folded byte search (it is ASCII, so this finds what
    /// a search of the lower-cased text finds), and only the 40 characters after it are
    /// lower-cased: `top` holds up to 60 lines and non-ASCII separators, whose Unicode
    /// lower-casing and Foundation search cost more than the rest of the metadata.
    public static func fiscalYearEnd(in top: String) -> String? {
        let after: Int? = ByteSearch.withBytes(top) { b in
            if let at = ByteSearch.firstIndex(of: "fiscal year ended", in: b, foldingASCII: true) { return at + 17 }
            if let at = ByteSearch.firstIndex(of: "fiscal year ending", in: b, foldingASCII: true) { return at + 18 }
            return nil
        }
        guard let after else { return nil }
        let start = top.utf8.index(top.utf8.startIndex, offsetBy: after)
        let rest = String(top[start...].prefix(40)).lowercased()
        return DateParser.opening(rest)?.iso
    }

    /// A year standing for the period: the title's own year, or a line that is only a year.
    public static func year(in t: String) -> String? {
        for w in LineClassifier.words(t).reversed() {
            let core = w.filter { $0.isNumber || $0 == "-" }
            // A year with at most one mark beside it (`2023:`), or a span (`2023-24`).
            if Years.isYearOrSpan(core), core.utf8.count == 7 || w.count <= 5 { return core }
        }
        return nil
    }
}

extension String {
    func trimmingSuffix(_ s: String) -> String {
        hasSuffix(s) ? String(dropLast(s.count)) : self
    }
}

extension MetadataExtractor {
    /// Reads title, issuer, form type, period and date from the text's top (and, for the date,
    /// a signature date at the end when the top states none).
    public static func extract(title: String?, lines: [TextLine], trimmed: LineTexts, text: [UInt8]) -> DocumentMetadata {
        var md = DocumentMetadata()
        let nonBlank = trimmed.indices.filter { !trimmed.isEmpty($0) }
        // An SEC form's cover page states the filing's metadata; it outranks what the top's
        // text suggests (its title is the form, never the Commission's address).
        let coverLines = nonBlank.prefix(100).map { trimmed[$0] }
        if let cover = CoverPage.read(top: coverLines, text: text) {
            md.propose(.title, cover.title, from: .coverPage)
            md.propose(.formType, cover.formType, from: .coverPage)
            md.propose(.issuer, cover.registrant, from: .coverPage)
            md.propose(.periodEnd, cover.periodEnd, from: .coverPage)
            md.propose(.fiscalYear, cover.fiscalYear.map(String.init), from: .coverPage)
            md.propose(.fiscalPeriod, cover.fiscalPeriod, from: .coverPage)
        }
        md.propose(.title, title, from: .text)
        let topLines = nonBlank.prefix(60).map { k in
            trimmed[k].utf8.count > LineClassifier.maxStructuredLine ? String(trimmed[k].prefix(LineClassifier.maxStructuredLine)) : trimmed[k]
        }
        var top = ""
        for l in topLines {
            if top.utf8.count > 4000 { break }
            top += l + " ¶ "
        }
        // Issuer: a line that is a company name, else the first name with a legal suffix.
        for l in topLines.prefix(25) where md.issuer == nil && isCompanyNameLine(l) {
            md.propose(.issuer, l.hasSuffix(",") ? String(l.dropLast()) : l, from: .text)
            break
        }
        if md.issuer == nil { md.propose(.issuer, companyName(in: top), from: .text) }
        if md.formType == nil { md.propose(.formType, formType(title: title, top: top, topLines: topLines), from: .text) }
        // Period: stated in the title, else near the top; a report's year otherwise.
        md.period = period(in: title ?? "") ?? period(in: String(top.prefix(1500)))
        if md.period == nil {
            if let t = title, let y = year(in: t) {
                md.period = y
            } else {
                for l in topLines.prefix(8) where LineClassifier.words(l).count == 1 {
                    if let y = year(in: l), y == l { md.period = y; break }
                }
            }
        }
        md.fiscalYearEnd = fiscalYearEnd(in: top)
        // Date: a date line near the top, a dateline (`SHANGHAI, China, March 12, 2024 ...`),
        // else a date line among the last lines (a notice's signature date).
        for l in topLines.prefix(15) where LineClassifier.isDateLine(l) {
            if let d = DateParser.firstDate(in: l) { md.date = d.iso; break }
        }
        if md.date == nil {
            for l in topLines {
                guard let d = DateParser.firstDate(in: l, startingBy: 5), d.wordIndex >= 1 else { continue }
                let ws = LineClassifier.words(l)
                let before = ws[..<d.wordIndex]
                if before.allSatisfy({ $0.first?.isUppercase == true }), before.last?.hasSuffix(",") == true {
                    md.date = d.iso
                    break
                }
            }
        }
        if md.date == nil {
            for l in nonBlank.suffix(40).reversed().map({ trimmed[$0] }) where LineClassifier.isDateLine(l) {
                if let d = DateParser.firstDate(in: l) { md.date = d.iso; break }
            }
        }
        return md
    }
}
