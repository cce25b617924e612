/// Filing metadata: who filed what, for which period (issue #19).
///
/// Every field is decided in one place, `DocumentMetadata.propose`: a value replaces another
/// only when its source is more trusted, whichever stage reads it first. Sources, most
/// trusted first:
///
/// 1. `sgml_header`: the EDGAR SGML header of a submission (`ACCESSION NUMBER:`,
///    `CENTRAL INDEX KEY:`, ...), read when the runner splits the submission;
/// 2. `ixbrl_dei`: the filer's inline-XBRL `dei:` facts (`dei:EntityRegistrantName`, ...),
///    read by the HTML reader;
/// 3. `cover_page`: an SEC form's cover page as printed (`For the fiscal year ended December
///    31, 2024`, the line above `(Exact name of registrant as specified in its charter)`),
///    read by the segment stage;
/// 4. `text`: what any document states near its top (a release's title, dateline, company
///    name), read by the segment stage.
///
/// Later stages read `WorkingDocument.metadata`; they never decide a field again.
public enum MetadataSource: String, Sendable, Hashable, Codable, CaseIterable {
    case sgmlHeader = "sgml_header"
    case ixbrlDEI = "ixbrl_dei"
    case coverPage = "cover_page"
    case text

    /// 0 = most trusted.
    public var rank: Int {
        switch self {
        case .sgmlHeader: 0
        case .ixbrlDEI: 1
        case .coverPage: 2
        case .text: 3
        }
    }
}

/// The metadata fields that record their source, in the order `documents.jsonl` writes them
/// in `metadata_sources`.
public enum MetadataField: String, Sendable, Hashable, Codable, CaseIterable {
    case title, issuer, cik, ticker
    case accessionNumber = "accession_number"
    case formType = "form_type"
    case filingDate = "filing_date"
    case periodEnd = "period_end"
    case fiscalYear = "fiscal_year"
    case fiscalPeriod = "fiscal_period"
}

extension MetadataField {
    /// The field's key in `documents.jsonl` (a `StaticString`, as the line writer takes).
    public var jsonKey: StaticString {
        switch self {
        case .title: "title"
        case .issuer: "issuer"
        case .cik: "cik"
        case .ticker: "ticker"
        case .accessionNumber: "accession_number"
        case .formType: "form_type"
        case .filingDate: "filing_date"
        case .periodEnd: "period_end"
        case .fiscalYear: "fiscal_year"
        case .fiscalPeriod: "fiscal_period"
        }
    }
}

extension DocumentMetadata {
    /// Sets `field` to `value` from `source` unless a source as trusted or more trusted set
    /// it; empty values are no statement. Returns whether the value was taken.
    @discardableResult
    public mutating func propose(_ field: MetadataField, _ value: String?, from source: MetadataSource) -> Bool {
        guard let raw = value else { return false }
        let v = Self.collapsed(raw)
        guard !v.isEmpty else { return false }
        if self[field] != nil {
            // A value set without a source (a record built by hand) counts as `text`.
            guard source.rank < (sources[field] ?? .text).rank else { return false }
        }
        switch field {
        case .title: title = v
        case .issuer: issuer = v
        case .cik: cik = v
        case .ticker: ticker = v
        case .accessionNumber: accessionNumber = v
        case .formType: formType = v
        case .filingDate: filingDate = v
        case .periodEnd: periodEnd = v
        case .fiscalYear:
            guard let y = Int(v), y >= 1900, y <= 2200 else { return false }
            fiscalYear = y
        case .fiscalPeriod: fiscalPeriod = v
        }
        sources[field] = source
        return true
    }

    /// The field's value as text (nil when unset).
    public subscript(field: MetadataField) -> String? {
        switch field {
        case .title: title
        case .issuer: issuer
        case .cik: cik
        case .ticker: ticker
        case .accessionNumber: accessionNumber
        case .formType: formType
        case .filingDate: filingDate
        case .periodEnd: periodEnd
        case .fiscalYear: fiscalYear.map(String.init)
        case .fiscalPeriod: fiscalPeriod
        }
    }

    /// White space runs as one space, trimmed.
    static func collapsed(_ s: String) -> String {
        var out = ""
        var space = false
        for ch in s {
            if ch.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                out.append(ch)
                space = false
            }
        }
        return out
    }
}

/// What an EDGAR submission's SGML header (`<SEC-HEADER>`) states about the filing.
public struct SubmissionHeader: Sendable, Hashable, Codable {
    public var accessionNumber: String?
    /// `CONFORMED SUBMISSION TYPE:` (`8-K`).
    public var formType: String?
    /// `CONFORMED PERIOD OF REPORT:`, ISO.
    public var periodEnd: String?
    /// `FILED AS OF DATE:`, ISO.
    public var filingDate: String?
    /// The first filer's `COMPANY CONFORMED NAME:`.
    public var companyName: String?
    /// The first filer's `CENTRAL INDEX KEY:`.
    public var cik: String?

    public init(accessionNumber: String? = nil, formType: String? = nil, periodEnd: String? = nil, filingDate: String? = nil,
                companyName: String? = nil, cik: String? = nil) {
        self.accessionNumber = accessionNumber
        self.formType = formType
        self.periodEnd = periodEnd
        self.filingDate = filingDate
        self.companyName = companyName
        self.cik = cik
    }

    /// Reads the header at the top of a submission (`<SEC-HEADER>` ... `</SEC-HEADER>`, or
    /// the lines before the first `<DOCUMENT>`): `KEY:<tabs>value` lines, scanned as bytes.
    /// The first value of each key counts (the first filer's company data). Nil when none
    /// of the keys is there.
    public static func read(_ bytes: [UInt8], limit: Int = 65_536) -> SubmissionHeader? {
        var h = SubmissionHeader()
        var found = false
        let end = min(bytes.count, limit)
        var i = 0
        while i < end {
            var j = i
            while j < end, bytes[j] != 0x0A { j += 1 }
            let line = bytes[i..<j]
            i = j + 1
            if line.starts(with: Array("<DOCUMENT>".utf8)) || line.starts(with: Array("</SEC-HEADER>".utf8)) { break }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            var ks = line.startIndex
            while ks < colon, line[ks] == 0x20 || line[ks] == 0x09 { ks += 1 }
            let key = String(decoding: line[ks..<colon], as: UTF8.self)
            let value = DocumentMetadata.collapsed(String(decoding: line[(colon + 1)...], as: UTF8.self))
            guard !value.isEmpty else { continue }
            switch key {
            case "ACCESSION NUMBER": if h.accessionNumber == nil { h.accessionNumber = value; found = true }
            case "CONFORMED SUBMISSION TYPE": if h.formType == nil { h.formType = value; found = true }
            case "CONFORMED PERIOD OF REPORT": if h.periodEnd == nil { h.periodEnd = isoDate(value); found = true }
            case "FILED AS OF DATE": if h.filingDate == nil { h.filingDate = isoDate(value); found = true }
            case "COMPANY CONFORMED NAME": if h.companyName == nil { h.companyName = value; found = true }
            case "CENTRAL INDEX KEY": if h.cik == nil { h.cik = value; found = true }
            default: continue
            }
        }
        return found ? h : nil
    }

    /// `19980827` -> `1998-08-27`; nil unless eight digits of a plausible date.
    public static func isoDate(_ s: String) -> String? {
        let d = Array(s.utf8)
        guard d.count == 8, d.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let month = Int(d[4] - 0x30) * 10 + Int(d[5] - 0x30)
        let day = Int(d[6] - 0x30) * 10 + Int(d[7] - 0x30)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(decoding: d[0..<4], as: UTF8.self) + "-" + String(decoding: d[4..<6], as: UTF8.self) + "-"
            + String(decoding: d[6..<8], as: UTF8.self)
    }

    /// Proposes every field the header states, as `sgml_header`.
    public func apply(to md: inout DocumentMetadata, partType: String?) {
        md.propose(.accessionNumber, accessionNumber, from: .sgmlHeader)
        md.propose(.cik, cik, from: .sgmlHeader)
        md.propose(.issuer, companyName, from: .sgmlHeader)
        md.propose(.filingDate, filingDate, from: .sgmlHeader)
        md.propose(.periodEnd, periodEnd, from: .sgmlHeader)
        // An exhibit is its own type (`EX-99.1`); the filing's form is the main document's.
        md.propose(.formType, partType ?? formType, from: .sgmlHeader)
    }
}
