import FolioModel

/// What a caption (`(Amounts in thousands of Renminbi ("RMB") and U.S. dollars ("USD") except
/// for number of shares and per share data)`, `(In millions)`, `RMB'000`) says about units.
public struct StatedUnits: Sendable, Hashable {
    /// 1000 for thousands, 1_000_000 for millions, ...; nil when unstated.
    public var scale: Int?
    /// ISO codes of the currencies named, in order of first mention.
    public var currencies: [String]
    /// The caption exempts share counts and per-share figures from the scale.
    public var exceptShares: Bool
    /// The scale stated for share counts themselves (`shares, which are reflected in
    /// thousands`), when the caption gives one; else exempt share counts are not scaled.
    public var shareScale: Int? = nil

    public init(scale: Int? = nil, currencies: [String] = [], exceptShares: Bool = false) {
        self.scale = scale
        self.currencies = currencies
        self.exceptShares = exceptShares
    }

    public var isEmpty: Bool { scale == nil && currencies.isEmpty && !exceptShares }
}

/// Reads scale and currency from captions and header cells. Case-insensitive substring
/// scanning over bytes (no regex).
public enum UnitsParser {
    /// Whether a line reads as a units caption (`(In millions ...)`, `Amounts in thousands`).
    public static func isUnitsCaption(_ text: String) -> Bool {
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
        if contains(l, "thousand") || contains(l, "'000") || contains(l, "\u{2019}000") || contains(l, "(000")
            || contains(l, "in 000") || contains(l, "000s") || contains(l, "000's") {
            u.scale = 1000
        }
        if contains(l, "million") || contains(l, "mn)") || contains(l, "(mm") { u.scale = 1_000_000 }
        if contains(l, "billion") { u.scale = 1_000_000_000 }
        // Share counts are exempt only when the caption says so (`except for number of
        // shares and per share data`); `except per share amounts` exempts per-share figures,
        // which are never scaled anyway.
        // `except per share data` exempts per-share figures only: share counts stay scaled.
        var noPerShare = l
        for phrase in ["per share", "per-share"] {
            while let at = firstIndex(noPerShare, phrase) { noPerShare.replaceSubrange(at..<(at + 9), with: Array("per".utf8)) }
        }
        if contains(l, "except") && (contains(noPerShare, "shares") || contains(noPerShare, "share data") || contains(noPerShare, "share count") || contains(noPerShare, "share and")) {
            u.exceptShares = true
            // `except number of shares, which are reflected in thousands, and per-share amounts`
            if let at = firstIndex(l, "shares") {
                let tail = Array(l[at..<min(l.count, at + 70)])
                if contains(tail, "in thousands") || contains(tail, "in 000") { u.shareScale = 1000 }
                else if contains(tail, "in millions") { u.shareScale = 1_000_000 }
            }
        }
        // `(net income in millions and shares in thousands)`: share counts carry their own scale.
        if let at = firstIndex(l, "shares in ") {
            let tail = Array(l[at..<min(l.count, at + 24)])
            if contains(tail, "in thousands") { u.exceptShares = true; u.shareScale = 1000 }
            else if contains(tail, "in millions") { u.exceptShares = true; u.shareScale = 1_000_000 }
        }
        // Currencies, in order of first mention.
        var found: [(Int, String)] = []
        for (name, code) in currencyNames {
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

    static let currencyNames: [(String, String)] = [
        ("renminbi", "RMB"), ("rmb", "RMB"), ("u.s. dollar", "USD"), ("us dollar", "USD"), ("usd", "USD"),
        ("us$", "USD"), ("hong kong dollar", "HKD"), ("hk$", "HKD"), ("hkd", "HKD"), ("euro", "EUR"),
        ("eur", "EUR"), ("pounds sterling", "GBP"), ("gbp", "GBP"), ("yen", "JPY"), ("dollars", "USD"),
        ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"),
    ]

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

    // MARK: - Byte helpers

    static func lowered(_ s: String) -> [UInt8] {
        var out = Array(s.utf8)
        for i in 0..<out.count where out[i] >= 0x41 && out[i] <= 0x5A { out[i] += 32 }
        return out
    }

    static func firstIndex(_ hay: [UInt8], _ needle: String) -> Int? {
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
