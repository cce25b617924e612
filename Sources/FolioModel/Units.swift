/// What a caption (`(Amounts in thousands of Renminbi ("RMB") and U.S. dollars ("USD") except
/// for number of shares and per share data)`, `(In millions)`, `RMB'000`) says about units.
public struct StatedUnits: Sendable, Hashable {
    /// Where the statement was read (nil until a table takes it).
    public var source: UnitsSource? = nil
    /// 1000 for thousands, 1_000_000 for millions, ...; nil when unstated.
    public var scale: Int?
    /// ISO codes of the currencies named, in order of first mention.
    public var currencies: [String]
    /// The caption exempts share counts and per-share figures from the scale.
    public var exceptShares: Bool
    /// The scale stated for share counts themselves (`shares, which are reflected in
    /// thousands`), when the caption gives one; else exempt share counts are not scaled.
    public var shareScale: Int? = nil
    /// Rows or columns the statement names with a scale of their own
    /// (`UnitsParser.scopedScales`): `except conversion rate` (1), `options in thousands` (1000).
    public var scoped: [ScopedScale] = []

    public init(scale: Int? = nil, currencies: [String] = [], exceptShares: Bool = false) {
        self.scale = scale
        self.currencies = currencies
        self.exceptShares = exceptShares
    }

    public var isEmpty: Bool { scale == nil && currencies.isEmpty && !exceptShares }

    /// Adopts the scale of a statement read elsewhere (a running header, a header cell) when
    /// none is stated here: its scale and source, its currencies when none are known, its
    /// shares exemption and the scale it gives share counts.
    public mutating func adopt(_ u: StatedUnits, source: UnitsSource) {
        scale = u.scale
        if currencies.isEmpty { currencies = u.currencies }
        exceptShares = exceptShares || u.exceptShares
        if shareScale == nil { shareScale = u.shareScale }
        if scoped.isEmpty { scoped = u.scoped }
        self.source = source
    }
}

/// A row or column a units statement names with its own scale: `except conversion rate`
/// (scale 1), `options in thousands` (1000). `noun` as printed, lowercased.
public struct ScopedScale: Sendable, Hashable {
    public var noun: String
    public var scale: Int
    public init(noun: String, scale: Int) {
        self.noun = noun
        self.scale = scale
    }
}

/// Reads scale and currency from captions and header cells. Case-insensitive substring
/// scanning over bytes (no regex).
public enum UnitsParser {
    /// **Scale note where units are expected.** A text in a place that already holds units
    /// statements, a column's header cell or a line right above a table, that states a scale
    /// (under 400 bytes) with `in thousands`, `in millions`, `in billions`, `amounts in`,
    /// `'000`, `in 000` or `(000` anywhere in it, or opening with a parenthesis: `Total (in
    /// millions)`, `U.S. $ in millions`, `(000s)`. Looser than `isCaptionLine`, the one test of
    /// a line of running text (segment's captions, the HTML reader's header-cell notes), which
    /// must tell a units statement from prose that mentions a scale.
    public static func isScaleNote(_ text: String) -> Bool {
        let l = lowered(text)
        guard l.count < 400 else { return false }
        let units = parse(text)
        if units.scale == nil { return false }
        return contains(l, "in thousands") || contains(l, "in millions") || contains(l, "in billions")
            || contains(l, "amounts in") || contains(l, "'000") || contains(l, "in 000") || contains(l, "(000")
            || (l.first == 0x28)
    }

    /// Scale, currencies and the shares exemption stated by a caption or header text.
    public static func parse(_ text: String) -> StatedUnits {
        let l = lowered(text)
        var u = StatedUnits()
        // One pass over the bytes says which phrases can occur; a phrase whose anchor is
        // absent is not searched for (most texts hold none).
        let cues = Cues.scan(l)
        if cues.isEmpty { return u }
        // `thous.`: the abbreviation column headers print (`Options (thous.)`).
        if cues.any(.thousands), statesScale(l, "thousand") || statesScale(l, "thous.") || contains(l, "'000") || contains(l, "\u{2019}000") || contains(l, "(000")
            || contains(l, "in 000") || contains(l, "000s") || contains(l, "000's") {
            u.scale = 1000
        }
        if cues.any(.millions), statesScale(l, "million") || contains(l, "mn)") || contains(l, "(mm") { u.scale = 1_000_000 }
        if cues.contains(.illion), statesScale(l, "billion") { u.scale = 1_000_000_000 }
        // Share counts are exempt only when the caption says so (`except for number of
        // shares and per share data`); `except per share amounts` exempts per-share figures,
        // which are never scaled anyway.
        // `except per share data` exempts per-share figures only: share counts stay scaled.
        // (Read only after `except`: not built for the other lines.)
        let except = cues.contains(.except) && contains(l, "except")
        var noPerShare: [UInt8] = []
        if except {
            noPerShare = l
            for phrase in ["per share", "per-share"] {
                while let at = firstIndex(noPerShare, phrase) { noPerShare.replaceSubrange(at..<(at + 9), with: Array("per".utf8)) }
            }
        }
        if except && (contains(noPerShare, "shares") || contains(noPerShare, "share data") || contains(noPerShare, "share count") || contains(noPerShare, "share and")) {
            u.exceptShares = true
            // `except number of shares, which are reflected in thousands, and per-share amounts`
            if let at = firstIndex(l, "shares") {
                let tail = Array(l[at..<min(l.count, at + 70)])
                if contains(tail, "in thousands") || contains(tail, "in 000") { u.shareScale = 1000 }
                else if contains(tail, "in millions") { u.shareScale = 1_000_000 }
            }
        }
        // `(net income in millions and shares in thousands)`: share counts carry their own scale.
        if cues.contains(.sharesIn), let at = firstIndex(l, "shares in ") {
            let tail = Array(l[at..<min(l.count, at + 24)])
            if contains(tail, "in thousands") { u.exceptShares = true; u.shareScale = 1000 }
            else if contains(tail, "in millions") { u.exceptShares = true; u.shareScale = 1_000_000 }
        }
        if u.scale != nil { u.scoped = scopedScales(l) }
        // Currencies, in order of first mention.
        var found: [(Int, String)] = []
        for (name, code, cue) in currencyNames where cues.contains(cue) {
            if let at = firstIndex(l, name) {
                // `$` inside `us$` / `hk$` is not another currency.
                if name == "$" || name == "dollars" {
                    if found.contains(where: { $0.1 == "HKD" }) { continue }
                }
                if name == "eur", !isWordAt(l, at, count: 3) { continue }
                if name == "usd" || name == "rmb" || name == "hkd" || name == "gbp" {
                    if !isWordAt(l, at, count: name.utf8.count) && !contains(l, name + "'") { continue }
                }
                if !found.contains(where: { $0.1 == code }) { found.append((at, code)) }
            }
        }
        u.currencies = found.sorted { $0.0 < $1.0 }.map(\.1)
        return u
    }

    /// **Noun-scoped scales.** The rows or columns a units statement names with a scale
    /// other than the table's, in two phrasings:
    /// - an exemption naming a noun, `(in millions, except conversion rate)`, `(in millions,
    ///   except per share amounts and employees)`, `(in millions, except weighted-average fair
    ///   value)`: the row or column so named is unscaled (scale 1);
    /// - a noun with its own scale, `(options in thousands, aggregate intrinsic value in
    ///   millions)`: the row or column so named takes that scale.
    /// Share counts, per-share amounts and percentages are left to their own rules (`shares`,
    /// `per share`, `percent` phrases are not returned), and so are the table's amounts
    /// (`dollars in millions`, `amounts in thousands`); `except where otherwise noted` names
    /// nothing. Clauses are cut at `,`, `;` and ` and `; every clause after `except` is an
    /// exemption too (`except shares, ratios and employees`); a clause naming a date or period
    /// (`for the three months ended June 30,`) names no row or column, and an exemption's
    /// period is cut from its noun (`except ratios for the trailing twelve months ended`
    /// exempts `ratios`). `l` is lowercased.
    static func scopedScales(_ l: [UInt8]) -> [ScopedScale] {
        guard l.count <= 200 else { return [] }
        // Clauses: cut at `,`, `;`, `/` and ` and `; parentheses, colons and periods dropped.
        var clauses: [[UInt8]] = []
        var cur: [UInt8] = []
        var i = 0
        let and: [UInt8] = Array(" and ".utf8)
        while i < l.count {
            let c = l[i]
            if c == 0x2C || c == 0x3B || c == 0x2F {
                clauses.append(cur); cur = []
            } else if c == 0x20, i + and.count <= l.count, l[i..<(i + and.count)].elementsEqual(and) {
                clauses.append(cur); cur = []
                i += and.count
                continue
            } else if c != 0x28 && c != 0x29 && c != 0x3A && c != 0x2E {
                cur.append(c)
            }
            i += 1
        }
        clauses.append(cur)
        func trimmed(_ b: [UInt8]) -> [UInt8] {
            var lo = 0, hi = b.count
            while lo < hi, b[lo] == 0x20 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 { hi -= 1 }
            return Array(b[lo..<hi])
        }
        let skip = ["share", "per ", "percent", "unless", "otherwise", "where", "noted", "indicated", "specified", "stated",
                    "amount", "dollar", "$", "tabular", "figures", "all ", "currenc", "thousand", "million", "billion",
                    "ended", "month", "year", "quarter", "week", "period"]
        // A noun: short, no digit, none of the words above (a date, `for the three months
        // ended June 30,`, is not a row or column name).
        func names(_ noun: [UInt8]) -> Bool {
            !noun.isEmpty && noun.count <= 40 && noun != Array("in".utf8) && !noun.contains { $0 >= 0x30 && $0 <= 0x39 }
                && !skip.contains { contains(noun, $0) }
        }
        var out: [ScopedScale] = []
        var inExcept = false
        for raw in clauses {
            var clause = trimmed(raw)
            if let at = firstIndex(clause, "except") {
                inExcept = true
                clause = trimmed(Array(clause[(at + 6)...]))
                if clause.starts(with: Array("for ".utf8)) { clause.removeFirst(4) }
            }
            if inExcept {
                // `except ratios for the trailing twelve months ended`: the period the
                // exempted figures are measured over is not part of their name.
                if !names(clause), let at = firstIndex(clause, " for ") { clause = trimmed(Array(clause[..<at])) }
                if names(clause) { out.append(ScopedScale(noun: String(decoding: clause, as: UTF8.self), scale: 1)) }
                continue
            }
            for (word, scale) in [(" in thousands", 1000), (" in millions", 1_000_000), (" in billions", 1_000_000_000)] {
                let w = Array(word.utf8)
                guard clause.count > w.count, clause.suffix(w.count).elementsEqual(w) else { continue }
                let noun = trimmed(Array(clause.dropLast(w.count)))
                if names(noun) { out.append(ScopedScale(noun: String(decoding: noun, as: UTF8.self), scale: scale)) }
            }
        }
        return out
    }

    /// Currency names in `parse`'s order, each with the cue its bytes contain (`Cues.scan`).
    static let currencyNames: [(String, String, Cues)] = [
        ("renminbi", "RMB", .renminbi), ("rmb", "RMB", .rmb), ("u.s. dollar", "USD", .dollar),
        ("us dollar", "USD", .dollar), ("usd", "USD", .usd), ("us$", "USD", .dollarSign),
        ("hong kong dollar", "HKD", .dollar), ("hk$", "HKD", .dollarSign), ("hkd", "HKD", .hkd),
        ("euro", "EUR", .eur), ("eur", "EUR", .eur), ("pounds sterling", "GBP", .poundsSterling),
        ("gbp", "GBP", .gbp), ("yen", "JPY", .yenWord), ("dollars", "USD", .dollar),
        ("$", "USD", .dollarSign), ("€", "EUR", .euroSign), ("£", "GBP", .poundSign), ("¥", "JPY", .yenSign),
    ]

    /// **Phrase cues of a units text.** The anchors of `parse`'s phrases, found in one pass
    /// over the lowered bytes: every phrase `parse` searches for contains its cue's anchor, so
    /// a phrase whose cue is absent cannot occur and is not searched for. A cue present says
    /// only that its phrase may occur; `parse` still searches for the phrase itself.
    struct Cues: OptionSet, Sendable {
        let rawValue: UInt32
        /// `000`: `'000`, `\u{2019}000`, `(000`, `in 000`, `000s`, `000's`.
        static let zeros = Cues(rawValue: 1 << 0)
        /// `thous`: `thousand`, `thous.`.
        static let thous = Cues(rawValue: 1 << 1)
        /// `illion`: `million`, `billion`.
        static let illion = Cues(rawValue: 1 << 2)
        static let mnParen = Cues(rawValue: 1 << 3)
        static let parenMm = Cues(rawValue: 1 << 4)
        static let except = Cues(rawValue: 1 << 5)
        static let sharesIn = Cues(rawValue: 1 << 6)
        /// `$`: `$`, `us$`, `hk$`.
        static let dollarSign = Cues(rawValue: 1 << 7)
        static let euroSign = Cues(rawValue: 1 << 8)
        static let poundSign = Cues(rawValue: 1 << 9)
        static let yenSign = Cues(rawValue: 1 << 10)
        static let yenWord = Cues(rawValue: 1 << 11)
        /// `eur`: `eur`, `euro`.
        static let eur = Cues(rawValue: 1 << 12)
        static let rmb = Cues(rawValue: 1 << 13)
        static let renminbi = Cues(rawValue: 1 << 14)
        static let usd = Cues(rawValue: 1 << 15)
        static let hkd = Cues(rawValue: 1 << 16)
        static let gbp = Cues(rawValue: 1 << 17)
        /// `dollar`: `dollars`, `u.s. dollar`, `us dollar`, `hong kong dollar`.
        static let dollar = Cues(rawValue: 1 << 18)
        static let poundsSterling = Cues(rawValue: 1 << 19)
        /// The anchors of a thousands scale's phrases.
        static let thousands: Cues = [.zeros, .thous]
        /// The anchors of a millions scale's phrases.
        static let millions: Cues = [.illion, .mnParen, .parenMm]

        /// Whether any of `other`'s cues is present.
        func any(_ other: Cues) -> Bool { !isDisjoint(with: other) }

        /// The cues of `l` (lowered bytes), in one pass.
        static func scan(_ l: [UInt8]) -> Cues {
            l.withUnsafeBufferPointer { b in
                var cues: Cues = []
                // Whether `anchor` (whose first byte is `b[i]`) starts at `i`.
                func at(_ i: Int, _ anchor: StaticString) -> Bool {
                    let n = anchor.utf8CodeUnitCount
                    guard n <= b.count - i else { return false }
                    let a = anchor.utf8Start
                    for k in 1..<n where b[i + k] != a[k] { return false }
                    return true
                }
                for i in 0..<b.count {
                    switch b[i] {
                    case 0x30: if at(i, "000") { cues.insert(.zeros) }
                    case 0x74: if at(i, "thous") { cues.insert(.thous) }
                    case 0x69: if at(i, "illion") { cues.insert(.illion) }
                    case 0x6D: if at(i, "mn)") { cues.insert(.mnParen) }
                    case 0x28: if at(i, "(mm") { cues.insert(.parenMm) }
                    case 0x65:
                        if at(i, "except") { cues.insert(.except) }
                        if at(i, "eur") { cues.insert(.eur) }
                    case 0x73: if at(i, "shares in ") { cues.insert(.sharesIn) }
                    case 0x24: cues.insert(.dollarSign)
                    case 0xE2: if at(i, "€") { cues.insert(.euroSign) }
                    case 0xC2:
                        if at(i, "£") { cues.insert(.poundSign) }
                        if at(i, "¥") { cues.insert(.yenSign) }
                    case 0x79: if at(i, "yen") { cues.insert(.yenWord) }
                    case 0x72:
                        if at(i, "rmb") { cues.insert(.rmb) }
                        if at(i, "renminbi") { cues.insert(.renminbi) }
                    case 0x75: if at(i, "usd") { cues.insert(.usd) }
                    case 0x68: if at(i, "hkd") { cues.insert(.hkd) }
                    case 0x67: if at(i, "gbp") { cues.insert(.gbp) }
                    case 0x64: if at(i, "dollar") { cues.insert(.dollar) }
                    case 0x70: if at(i, "pounds sterling") { cues.insert(.poundsSterling) }
                    default: break
                    }
                }
                return cues
            }
        }
    }

    static let headerCodes: [([UInt8], String)] = [
        ("us$", "USD"), ("hk$", "HKD"), ("rmb", "RMB"), ("usd", "USD"), ("hkd", "HKD"), ("eur", "EUR"),
        ("gbp", "GBP"), ("cny", "CNY"), ("jpy", "JPY"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The currency (and scale) a header cell names: `RMB`, `USD`, `US$`, `HK$`, `$`,
    /// `RMB'000`, `US$ million`. Nil for anything longer than a short unit phrase.
    public static func headerCurrency(_ text: String) -> (currency: String, scale: Int?)? {
        let t = text.utf8.count
        guard t > 0 && t <= 24 else { return nil }
        let l = lowered(text)
        var lo = 0
        while lo < l.count && (l[lo] == 0x28 || l[lo] == 0x20) { lo += 1 }
        for (pb, code) in headerCodes {
            guard lo + pb.count <= l.count, l[lo..<(lo + pb.count)].elementsEqual(pb) else { continue }
            let rest = Array(l[(lo + pb.count)...])
            var restText = String(decoding: rest, as: UTF8.self)
            while restText.hasSuffix(")") || restText.hasSuffix(" ") { restText.removeLast() }
            while restText.hasPrefix(" ") { restText.removeFirst() }
            if restText.isEmpty { return (code, nil) }
            let s = parse(restText)
            if let sc = s.scale, restText.utf8.count <= 14 { return (code, sc) }
            return nil
        }
        return nil
    }

    /// **Scale word of a statement, not of a figure.** Whether `word` occurs in `l` other than
    /// right after a figure: `(in millions)` and `millions of dollars` state a scale, `$14.1
    /// billion` and `5 million shares` are amounts. A footnote or sentence above a table that
    /// mentions a figure must not set the table's scale.
    static func statesScale(_ l: [UInt8], _ word: String) -> Bool {
        let w = Array(word.utf8)
        var from = 0
        while from + w.count <= l.count {
            let found = l.withUnsafeBufferPointer { hay in
                w.withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: UnsafeBufferPointer(rebasing: hay[from...])) }
            }
            guard let at = found.map({ $0 + from }) else { return false }
            var p = at
            // `$(13.6) billion`: a negative figure in parentheses is a figure too.
            while p > 0, l[p - 1] == 0x20 || l[p - 1] == 0x2D || l[p - 1] == 0x29 { p -= 1 }
            let afterFigure = p > 0 && l[p - 1] >= 0x30 && l[p - 1] <= 0x39
            if !afterFigure { return true }
            from = at + w.count
        }
        return false
    }

    /// **Footnote, not a units statement.** A parenthesised line that opens with a footnote
    /// marker (`(1) Includes $14.1 billion ...`, `(a) ...`, `(*) ...`), or with the marker glued
    /// to a capitalised sentence as HTML superscripts print it (`(1)The related unrealized gain
    /// was $(13.6) billion ...`): a note about some figures, never the table's units, whatever
    /// scale words it holds.
    public static func isFigureNote(_ t: String) -> Bool {
        let b = Array(t.utf8.prefix(8))
        guard b.first == 0x28, let close = b.firstIndex(of: 0x29), close >= 2, close <= 4 else { return false }
        let inner = b[1..<close]
        let marker = inner.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } || inner == [0x2A]
            || (inner.count == 1 && ((inner.first ?? 0) | 0x20) >= 0x61 && ((inner.first ?? 0) | 0x20) <= 0x7A)
        return marker && close + 1 < b.count && (b[close + 1] == 0x20 || (b[close + 1] >= 0x41 && b[close + 1] <= 0x5A))
    }

    /// **Units statement.** A phrase about a table's amounts that names their scale or
    /// currency and is not a footnote about some figures.
    public static func isStatement(_ t: String) -> Bool {
        !isFigureNote(t) && !parse(t).isEmpty
    }

    // MARK: - Byte helpers

    public static func lowered(_ s: String) -> [UInt8] {
        var out = Array(s.utf8)
        for i in 0..<out.count where out[i] >= 0x41 && out[i] <= 0x5A { out[i] += 32 }
        return out
    }

    public static func firstIndex(_ hay: [UInt8], _ needle: String) -> Int? {
        var needle = needle
        return needle.withUTF8 { n in
            guard !n.isEmpty, hay.count >= n.count else { return nil }
            return hay.withUnsafeBufferPointer { ByteSearch.firstIndex(of: n, in: $0) }
        }
    }

    static func contains(_ hay: [UInt8], _ needle: String) -> Bool { firstIndex(hay, needle) != nil }

    static func isWordAt(_ l: [UInt8], _ at: Int, count: Int) -> Bool {
        func letter(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
        if at > 0 && letter(l[at - 1]) { return false }
        if at + count < l.count && letter(l[at + count]) { return false }
        return true
    }
}

// MARK: - Where a table's units come from

/// The kinds of place a table's units statement is read from (`units.source.kind`).
public enum UnitsSourceKind: String, Sendable, Hashable, CaseIterable {
    /// A caption line right above the table: `(In millions, except per share data)`.
    case caption
    /// The parenthesised tail of a lead-in sentence of any length: `The following table
    /// summarizes ... (in millions):`.
    case leadIn = "lead_in"
    /// A units statement printed at the top of each page of a notes section (`(Tabular amounts
    /// in millions ...)`), in force for every table below it until another units statement.
    case runningHeader = "running_header"
    /// A cell of the table's first rows that is only a units note (`(millions of dollars,
    /// unless noted)`), lifted above the rows by the HTML reader.
    case headerCell = "header_cell"
    /// Column headers that all state the same scale (`RMB'000`, `US$ million`).
    case columnHeaders = "column_headers"
    /// Nothing stated: scale 1 unless a cell or column says otherwise.
    case `default`
}

/// Where a table's units were read: the phrase, its kind, and its bytes in the text.
public struct UnitsSource: Sendable, Hashable {
    public var kind: UnitsSourceKind
    /// The units phrase as printed (nil for `default`).
    public var text: String?
    /// Bytes of the normalized text (nil for `default` and `column_headers`).
    public var span: Span?

    public init(kind: UnitsSourceKind, text: String? = nil, span: Span? = nil) {
        self.kind = kind
        self.text = text
        self.span = span
    }
}

/// Why a cell's scale differs from its table's (`scale_reason` of cells.jsonl).
public enum ScaleReason: String, Sendable, Hashable, CaseIterable {
    /// A per-share amount (row label, group heading or column header says `per share`): unscaled.
    case perShare = "per_share"
    /// A share count: unscaled when the units statement excepts shares, else the scale it
    /// states for them (`shares in thousands`) or the row label's own.
    case shares
    /// A percentage (the cell prints `%`, or its column does on its first row).
    case percent
    /// The column's header states its own scale (`Milestone (in billions)`, `RMB'000`).
    case columnHeader = "column_header"
    /// The row label states its own scale (`Average shares outstanding (in millions)`) or unit.
    case rowLabel = "row_label"
    /// The cell prints its own scale (`$445 M`).
    case printed
    /// A unit column names the row's unit (`Unit of measure`): not money.
    case unitColumn = "unit_column"
    /// The units statement names the row or column with a scale of its own: `(in millions,
    /// except conversion rate)`, `(options in thousands, aggregate intrinsic value in millions)`.
    case namedInUnits = "named_in_units"
    /// The row repeats, figure for figure, a row of another table of the filing that states
    /// its units, in a table that states none: that row's scale (`RestatedRows`).
    case restated
}

extension UnitsParser {
    /// **Caption line.** A line that is a statement about the amounts of the table below it,
    /// in one of two layouts:
    /// - parenthesised, at most 45 words, no sentence break inside: `(In thousands, except per
    ///   share data)`, `(Dollars in millions)`, `(millions of dollars, unless noted)`,
    ///   `(Amounts in thousands of Renminbi ...)`, `(In U.S. dollars)`;
    /// - a leading units phrase of at most 20 words, not a sentence: `In thousands of dollars`,
    ///   `Dollars in millions, except per share amounts`.
    /// Scale words alone do not make one: `(Revenue rose. In thousands of cases)` and
    /// `In millions of dollars.` are prose, and a line of tab-separated cells is a table row. One test for segment's line classifier, the tables
    /// stage's lookback and the HTML reader's header cells.
    public static func isCaptionLine(_ t: String) -> Bool {
        withBytes(t) { b in
            guard let b0 = b.first else { return false }
            // A row of cells (`(Dollars in millions)<TAB>Six months ended June 30`) is a header
            // row that states the units, not a caption line. (Looked for only in a line that
            // opens as a caption may: most lines are ruled out by their first bytes.)
            if b0 == UInt8(ascii: "(") {
                guard !b.contains(0x09), wordCount(b, limit: 46) <= 45, !isFigureNote(t) else { return false }
                if hasPrefix(b, "(in ") || hasPrefix(b, "(amounts") || hasPrefix(b, "(dollars") { return true }
                let key = has(b, "thousand") || has(b, "thous.") || has(b, "million") || has(b, "billion")
                    || has(b, "except per share") || has(b, "except for")
                    || has(b, "amounts in") || has(b, "in dollars")
                    || has(b, "of dollars") || has(b, "in u.s.")
                    || has(b, "in us$") || has(b, "in rmb") || has(b, "in euro")
                return key && ByteSearch.firstIndex(of: ". ", in: b) == nil
            }
            if hasPrefix(b, "in thousands") || hasPrefix(b, "in millions") || hasPrefix(b, "amounts in")
                || hasPrefix(b, "dollars in") || hasPrefix(b, "in billions") {
                return !b.contains(0x09) && wordCount(b, limit: 21) <= 20 && b.last != UInt8(ascii: ".")
            }
            return false
        }
    }

    /// **Units phrase.** A short text that is only a statement of units, with or without
    /// parentheses and closing punctuation, as printed in a table's header cells or on a line of
    /// its own: `Millions`, `in millions`, `Millions, except per share amounts`, `Dollars in
    /// millions;`, `$ millions`, `shares in thousands, dollars in millions`, `Amounts in millions
    /// of dollars except per share amounts or as otherwise specified.` It opens with a units
    /// word (`in`, `amounts`, `dollars`, `$`, `millions`, `thousands`, `billions`, `shares`,
    /// `figures`, `all`), has at most 16 words, and states a scale (a scale word after a figure,
    /// `in 2024 revenue was $5 million`, states none). `Millions, except per share amounts, for
    /// the three months ended June 30,` is one.
    public static func isUnitsPhrase(_ t: String) -> Bool {
        // `lowered` keeps the byte count: the length test first, before a copy of a long line.
        guard t.utf8.count >= 4, t.utf8.count <= 160 else { return false }
        let b = lowered(t)
        guard !b.contains(0x09) else { return false }
        var lo = 0
        while lo < b.count, b[lo] == 0x28 || b[lo] == 0x20 { lo += 1 }
        let rest = b[lo...]
        guard unitsPhraseLeads.contains(where: { rest.starts(with: $0) }) else { return false }
        var words = 0, inWord = false
        for c in rest {
            if c == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words <= 16 && parse(t).scale != nil
    }

    /// The words a units phrase opens with (`isUnitsPhrase`).
    static let unitsPhraseLeads: [[UInt8]] = ["in ", "amounts ", "dollars ", "$ ", "$", "millions", "thousands", "billions", "shares ",
                                              "figures ", "all "].map { Array($0.utf8) }

    /// **General units statement.** A units phrase worded to cover every table below it, as
    /// printed at the top of the pages of a notes section: `(Tabular amounts in millions ...)`,
    /// `Amounts in millions of dollars except per share amounts or as otherwise specified.`,
    /// `(In millions, unless otherwise noted)`.
    public static func isGeneralStatement(_ t: String) -> Bool {
        withBytes(t) { mayBeGeneralStatement($0) }
            && (isCaptionLine(t) || isUnitsPhrase(t)) && parse(t).scale != nil
    }

    /// The cheap first test of `isGeneralStatement`, on a line's bytes in place: whether it
    /// says `tabular` or `otherwise` (ASCII letters folded). Most lines do not.
    public static func mayBeGeneralStatement(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        has(b, "tabular") || has(b, "otherwise")
    }

    /// **Header-cell note.** A cell of an HTML table that is only a units note, `(In
    /// millions)`, `(millions of dollars, unless noted)`, `(Dollars in thousands, except per
    /// share data)`: a caption line, parenthesised whole, that states a scale.
    public static func isCellNote(_ t: String) -> Bool {
        guard t.hasPrefix("("), t.hasSuffix(")"), t.utf8.count <= 120 else { return false }
        return isCaptionLine(t) && parse(t).scale != nil
    }

    /// **Units note inside a header cell.** A header cell that names the columns' periods or
    /// adds a remark, with a parenthesised units note among its words: `years ended December 31
    /// (in millions)`, `as of December 31 (in millions, except share data)`, `years ended
    /// December 31 (in millions) (brackets denote cash outflows)`, `50 basis point (in millions)
    /// (brackets denote a reduction)`. The first parenthesised group that is a header-cell note
    /// (`isCellNote`), with its byte offset in `t`; nil for a cell longer than a header (200
    /// bytes) or without one. Read only in header rows, never in a row label.
    public static func embeddedCellNote(_ t: String) -> (note: String, offset: Int)? {
        withBytes(t) { b -> (note: String, offset: Int)? in
            guard b.count <= 200 else { return nil }
            var i = 0
            while i < b.count {
                guard b[i] == UInt8(ascii: "(") else { i += 1; continue }
                var j = i + 1
                while j < b.count, b[j] != UInt8(ascii: ")"), b[j] != UInt8(ascii: "(") { j += 1 }
                guard j < b.count, b[j] == UInt8(ascii: ")") else { i = j; continue }
                let note = String(decoding: UnsafeBufferPointer(rebasing: b[i...j]), as: UTF8.self)
                if isCellNote(note) { return (note, i) }
                i = j + 1
            }
            return nil
        }
    }

    /// **Lead-in sentence.** The parenthesised units note a sentence of any length ends with,
    /// before its colon: `The following table presents ... by segment (in millions):`,
    /// `... as follows (in millions, except per share data):`. Nil when the sentence does not
    /// end so (a `$14.1 billion` inside a sentence is a figure, not a units statement).
    public static func trailingNote(_ line: String) -> (note: String, offset: Int)? {
        var t = Substring(line)
        while let l = t.last, l == " " || l == "\t" { t = t.dropLast() }
        // Last bytes, not characters (`hasSuffix` on a Substring compares characters).
        if t.utf8.last == 0x3A { t = t.dropLast() }
        while let l = t.last, l == " " || l == "\t" { t = t.dropLast() }
        guard t.utf8.last == 0x29, let open = t.lastIndex(of: "(") else { return nil }
        let note = String(t[open...])
        guard note.utf8.count <= 80, isCaptionLine(note), parse(note).scale != nil else { return nil }
        return (note, line.utf8.distance(from: line.utf8.startIndex, to: open.samePosition(in: line.utf8) ?? line.utf8.startIndex))
    }

    // Byte helpers for the caption rules (ASCII letters folded; the needles have no `k`,
    // the only ASCII letter a non-ASCII character lowercases to).
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        ByteSearch.withBytes(s, body)
    }

    static func hasPrefix(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        ByteSearch.hasPrefixFolded(hay, needle)
    }

    static func has(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        ByteSearch.firstIndex(of: needle, in: hay, foldingASCII: true) != nil
    }

    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var n = 0
        var inWord = false
        for b in bytes {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { inWord = false } else if !inWord {
                inWord = true
                n += 1
                if n >= limit { return n }
            }
        }
        return n
    }
}
