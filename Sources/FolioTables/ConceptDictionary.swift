public import FolioModel

/// **Line-item concepts** (`Cell.concept` with `concept_source: dictionary`): the standard
/// concept of an untagged figure of a primary statement (text, PDF text, HTML without inline
/// XBRL), read from a dictionary of row labels and the concepts filers tag them with.
///
/// The dictionary (`data`, in `ConceptDictionary+Data.swift`) is built by
/// `scripts/concept-dictionary` from Folio's own output on the tagged filings of the corpus:
/// for every tagged row of a primary statement, its statement kind, its label key and the
/// concept the filer tagged, with the number of filings that do so (docs/concepts.md). The
/// tables stage decides each cell's concept here, once, after `StatementClassifier`; a figure
/// the filer tagged keeps the filer's concept (the facts stage's `XBRLReconciler` writes it
/// over the dictionary's, as `tagged`).
///
/// Lookup for a value cell of a primary statement, first that gives a concept:
/// 1. the entries of (statement, label key): the concept most filings give;
/// 2. the entries of the label key in any statement;
/// 3. the entry of the same statement whose key shares the most words with the label's
///    (Jaccard of the words outside `stopWords`, at least 1/2); ties: more filings, the
///    shorter key, the key's text.
/// The same lookup is emulated by the benchmark (`scripts/accuracy_lib/concepts.py`) to
/// score it leave-one-filing-out, and checked against Folio's output there.
public enum ConceptDictionary {
    /// Gives every value cell of a primary statement without a concept the dictionary's
    /// concept for its row label (`concept_source: dictionary`); nil where none applies.
    public static func assignAll(_ tables: inout [Table]) {
        for ti in tables.indices {
            guard let statement = tables[ti].statement, statement.isPrimary else { continue }
            var cache: [String: String?] = [:]
            for ci in tables[ti].cells.indices {
                let c = tables[ti].cells[ci]
                guard c.value != nil, c.concept == nil else { continue }
                let concept: String?
                if let hit = cache[c.rowLabel] { concept = hit } else {
                    concept = lookup(statement: statement, label: c.rowLabel)
                    cache[c.rowLabel] = concept
                }
                guard let concept else { continue }
                tables[ti].cells[ci].concept = concept
                tables[ti].cells[ci].conceptSource = .dictionary
            }
        }
    }

    /// The dictionary's concept for a row label of a statement of this kind, or nil.
    public static func lookup(statement: TableStatement, label: String) -> String? {
        index.lookup(statement: statement.rawValue, key: labelKey(label))
    }

    // MARK: - Label key

    /// Wording variants read as one word.
    static let synonyms: [String: String] = [
        "earnings": "income", "profit": "income", "profits": "income", "sales": "revenue", "revenues": "revenue",
        "expenses": "expense", "costs": "cost", "liabilities": "liability", "assets": "asset",
        "shareholders": "stockholders", "shareowners": "stockholders", "stockholder": "stockholders",
        "shareholder": "stockholders", "equivalents": "equivalent", "activities": "activity",
        "receivables": "receivable", "payables": "payable", "taxes": "tax", "investments": "investment",
        "securities": "security", "borrowings": "borrowing", "obligations": "obligation", "losses": "loss",
        "gains": "gain",
    ]

    /// Words that do not count when labels are compared word by word.
    static let stopWords: Set<String> = ["the", "of", "and", "in", "for", "to", "a", "an", "from", "on", "net", "total",
                                         "inc", "co", "corp", "corporation", "company", "llc", "ltd", "plc", "by", "used",
                                         "provided"]

    /// **Label key**: a row label as the dictionary compares it. ASCII letters and digits form
    /// words, lowercased (anything else separates words); words of digits only (a share count,
    /// a note number) and `note` are dropped; `synonyms` are applied; `attributable to`
    /// followed by anything but a `non...` word (`noncontrolling interests`) ends the key as
    /// `attributable to parent`, since the filer's own name follows it (`Net income
    /// attributable to AbbVie Inc.`). `Net sales` -> `net revenue`; `Cash, cash equivalents
    /// and restricted cash, end of period` -> `cash cash equivalent and restricted cash end of period`.
    public static func labelKey(_ label: String) -> String {
        var words: [String] = []
        var word: [UInt8] = []
        for b in label.utf8 {
            switch b {
            case 0x30...0x39, 0x61...0x7A: word.append(b)
            case 0x41...0x5A: word.append(b + 0x20)
            default:
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        var out: [String] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            if isDigits(w) || w == "note" { i += 1; continue }
            if w == "attributable", i + 1 < words.count, words[i + 1] == "to" {
                let rest = words[(i + 2)...].first { !isDigits($0) }
                if rest.map({ !$0.hasPrefix("non") }) ?? true {
                    out += ["attributable", "to", "parent"]
                    break
                }
            }
            out.append(synonyms[w] ?? w)
            i += 1
        }
        return out.joined(separator: " ")
    }

    static func isDigits(_ w: String) -> Bool { w.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// A key's words (cut at its spaces, on UTF-8 bytes: a key is ASCII, `labelKey`) outside
    /// `stopWords`.
    static func contentWords(_ key: String) -> Set<String> {
        var out = Set<String>()
        for w in key.utf8.split(separator: 0x20) {
            let s = String(decoding: w, as: UTF8.self)
            if !stopWords.contains(s) { out.insert(s) }
        }
        return out
    }

    // MARK: - Index

    struct Index: Sendable {
        /// (statement TAB key) -> the concept most filings give.
        var byStatementKey: [String: String] = [:]
        /// key -> the concept most filings give, over all statements.
        var byKey: [String: String] = [:]
        /// statement -> its keys with their content words (as sorted word numbers, `wordIds`)
        /// and filings (summed over concepts).
        var keys: [String: [(key: String, words: [Int], filings: Int)]] = [:]
        /// Each content word of a key, numbered, so the closest-key step compares labels by
        /// sorted integer lists without building a set per key.
        var wordIds: [String: Int] = [:]

        init(data: String) {
            var counts: [String: [String: Int]] = [:]
            var keyCounts: [String: [String: Int]] = [:]
            var order: [String: [String]] = [:]
            var filingsOf: [String: Int] = [:]
            for f in Self.fields(data) {
                guard f.count >= 4, let n = Int(f[3]) else { continue }
                let st = f[0], key = f[1], concept = f[2]
                let sk = st + "\t" + key
                if counts[sk] == nil { order[st, default: []].append(key) }
                counts[sk, default: [:]][concept, default: 0] += n
                keyCounts[key, default: [:]][concept, default: 0] += n
                filingsOf[sk, default: 0] += n
            }
            func best(_ c: [String: Int]) -> String? {
                c.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key
            }
            for (sk, c) in counts { byStatementKey[sk] = best(c) }
            for (k, c) in keyCounts { byKey[k] = best(c) }
            for (st, ks) in order {
                keys[st] = ks.map { k in
                    var ids: [Int] = []
                    for w in ConceptDictionary.contentWords(k) {
                        let id = wordIds[w] ?? wordIds.count
                        wordIds[w] = id
                        ids.append(id)
                    }
                    return (k, ids.sorted(), filingsOf[st + "\t" + k] ?? 0)
                }
            }
        }

        /// The data's lines (empty ones skipped), each cut at every TAB (empty fields kept),
        /// read on UTF-8 bytes: the data is ASCII, where a byte is a character.
        static func fields(_ data: String) -> [[String]] {
            let b = Array(data.utf8)
            var out: [[String]] = []
            var lineStart = 0
            var i = 0
            while i <= b.count {
                if i == b.count || b[i] == 0x0A {
                    if i > lineStart {
                        var f: [String] = []
                        var s = lineStart
                        for j in lineStart...i where j == i || b[j] == 0x09 {
                            f.append(String(decoding: b[s..<j], as: UTF8.self))
                            s = j + 1
                        }
                        out.append(f)
                    }
                    lineStart = i + 1
                }
                i += 1
            }
            return out
        }

        func lookup(statement: String, key: String) -> String? {
            guard !key.isEmpty else { return nil }
            if let c = byStatementKey[statement + "\t" + key] { return c }
            if let c = byKey[key] { return c }
            let words = ConceptDictionary.contentWords(key)
            guard !words.isEmpty else { return nil }
            // Words no key has count in the union only.
            let known = words.compactMap { wordIds[$0] }.sorted()
            guard !known.isEmpty else { return nil }
            var best: (inter: Int, union: Int, filings: Int, key: String)?
            for k in keys[statement] ?? [] where !k.words.isEmpty {
                let inter = Self.common(known, k.words)
                guard inter > 0 else { continue }
                let union = words.count + k.words.count - inter
                guard inter * 2 >= union else { continue }
                let cand = (inter: inter, union: union, filings: k.filings, key: k.key)
                if let b = best, !Self.better(cand, b) { continue }
                best = cand
            }
            guard let best else { return nil }
            return byStatementKey[statement + "\t" + best.key]
        }

        /// How many numbers two sorted lists of distinct numbers share.
        static func common(_ a: [Int], _ b: [Int]) -> Int {
            var i = 0, j = 0, n = 0
            while i < a.count, j < b.count {
                if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
            }
            return n
        }

        /// Higher Jaccard (exact, by cross-multiplication), then more filings, then the
        /// shorter key, then the key's text.
        static func better(_ a: (inter: Int, union: Int, filings: Int, key: String),
                           _ b: (inter: Int, union: Int, filings: Int, key: String)) -> Bool {
            if a.inter * b.union != b.inter * a.union { return a.inter * b.union > b.inter * a.union }
            if a.filings != b.filings { return a.filings > b.filings }
            if a.key.utf8.count != b.key.utf8.count { return a.key.utf8.count < b.key.utf8.count }
            return a.key < b.key
        }
    }

    static let index = Index(data: data)
}
