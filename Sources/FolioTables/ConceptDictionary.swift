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
                // The cell's fields read in place (not a copy of the cell).
                guard tables[ti].cells[ci].value != nil, tables[ti].cells[ci].concept == nil else { continue }
                let label = tables[ti].cells[ci].rowLabel
                let concept: String?
                if let hit = cache[label] { concept = hit } else {
                    concept = lookup(statement: statement, label: label)
                    cache[label] = concept
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
    /// attributable to Example Inc.`). `Net sales` -> `net revenue`; `Cash, cash equivalents
    /// and restricted cash, end of period` -> `cash cash equivalent and restricted cash end of period`.
    public static func labelKey(_ label: String) -> String {
        // The label's words, lowercased, as ranges of `low`.
        var low: [UInt8] = []
        low.reserveCapacity(label.utf8.count)
        var words: [Range<Int>] = []
        var start = 0
        for b in label.utf8 {
            switch b {
            case 0x30...0x39, 0x61...0x7A: low.append(b)
            case 0x41...0x5A: low.append(b + 0x20)
            default:
                if low.count > start { words.append(start..<low.count); start = low.count }
            }
        }
        if low.count > start { words.append(start..<low.count) }
        return low.withUnsafeBufferPointer { l -> String in
            func word(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: l[r]) }
            func isDigits(_ r: Range<Int>) -> Bool { word(r).allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
            func equals(_ r: Range<Int>, _ s: StaticString) -> Bool {
                s.withUTF8Buffer { word(r).elementsEqual($0) }
            }
            var out: [UInt8] = []
            out.reserveCapacity(low.count + words.count + 16)
            var i = 0
            while i < words.count {
                let w = words[i]
                if isDigits(w) || equals(w, "note") { i += 1; continue }
                if equals(w, "attributable"), i + 1 < words.count, equals(words[i + 1], "to") {
                    let rest = words[(i + 2)...].first { !isDigits($0) }
                    if rest.map({ !word($0).starts(with: "non".utf8) }) ?? true {
                        if !out.isEmpty { out.append(0x20) }
                        out.append(contentsOf: "attributable to parent".utf8)
                        break
                    }
                }
                if !out.isEmpty { out.append(0x20) }
                if let s = synonymBytes.first(where: { $0.from.elementsEqual(word(w)) }) {
                    out.append(contentsOf: s.to)
                } else {
                    out.append(contentsOf: word(w))
                }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `synonyms` on bytes, for `labelKey`.
    static let synonymBytes: [(from: [UInt8], to: [UInt8])] = synonyms.sorted { $0.key < $1.key }
        .map { (Array($0.key.utf8), Array($0.value.utf8)) }

    /// Calls `body` with each of a key's words (cut at its spaces, on UTF-8 bytes: a key is
    /// ASCII, `labelKey`) outside `stopWords`, in order (repeats included): its content words.
    static func forEachContentWord(_ key: String, _ body: (String) -> Void) {
        // The maximal runs of bytes other than a space (`split(separator: 0x20)`), found by
        // hand: the generic `split` of a `String.UTF8View` cost several thousand instructions a
        // key (the index cuts every key of the data once per process).
        ByteSearch.withBytes(key) { b in
            var start = 0
            var i = 0
            while i <= b.count {
                if i == b.count || b[i] == 0x20 {
                    if i > start {
                        let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                        if !stopWords.contains(s) { body(s) }
                    }
                    start = i + 1
                }
                i += 1
            }
        }
    }

    // MARK: - Index

    /// The dictionary read for lookups, built once per process from `data`.
    ///
    /// Label keys are numbered (`keyIds`); each statement holds its keys' entries, found by key
    /// number. Built on the data's UTF-8 bytes: a `String` is made once per distinct key, per
    /// distinct content word, and per concept that wins a (statement, key) or a key, not per
    /// field of every line.
    struct Index: Sendable {
        /// One (statement, key) of the data.
        struct Entry: Sendable {
            var key: String
            /// The key's distinct content words (`forEachContentWord`) as sorted word numbers
            /// (`wordIds`).
            var words: [Int]
            /// Filings, summed over the key's concepts in this statement.
            var filings: Int
            /// The concept most filings give (ties: the smaller concept).
            var concept: String
        }

        /// The keys of one statement: `entries`, where each key number's entry is, and the
        /// entries of each content word (ascending), so the closest-key step visits only the
        /// keys that share a word with the label.
        struct Statement: Sendable {
            var entries: [Entry] = []
            var position: [Int: Int] = [:]
            var postings: [Int: [Int]] = [:]
        }

        /// Each label key of the data -> its number.
        var keyIds: [String: Int] = [:]
        /// Key number -> the concept most filings give, over all statements.
        var byKey: [String] = []
        /// Statement -> its keys, in the order they first appear in the data.
        var statements: [String: Statement] = [:]
        /// Each content word of a key, numbered, so the closest-key step counts shared words
        /// through `Statement.postings` without building a set per key.
        var wordIds: [String: Int] = [:]

        /// One concept's filings, the concept a byte range of the data.
        private struct Count {
            var concept: Range<Int>
            var n: Int
        }

        init(data: String) {
            var keyIds: [String: Int] = [:]
            var byKey: [String] = []
            var statements: [String: Statement] = [:]
            var wordIds: [String: Int] = [:]
            ByteSearch.withBytes(data) { b in
                var keyCounts: [[Count]] = []
                var statementIds: [String: Int] = [:]
                // Per statement: its keys' numbers in order, and per key number its concepts.
                var order: [[Int]] = []
                var counts: [[Int: [Count]]] = []
                var last: (statement: Range<Int>, st: Int, key: Range<Int>, id: Int)?
                func same(_ x: Range<Int>, _ y: Range<Int>) -> Bool {
                    x.count == y.count && b[x].elementsEqual(b[y])
                }
                /// The number of the text of `r` in `ids`, numbering it next if it is new.
                func intern(_ r: Range<Int>, _ ids: inout [String: Int]) -> Int {
                    let text = String(decoding: b[r], as: UTF8.self)
                    if let id = ids[text] { return id }
                    ids[text] = ids.count
                    return ids.count - 1
                }
                func add(_ list: inout [Count], _ concept: Range<Int>, _ n: Int) {
                    if let i = list.firstIndex(where: { same($0.concept, concept) }) {
                        list[i].n += n
                    } else {
                        list.append(Count(concept: concept, n: n))
                    }
                }
                Self.forEachLine(b) { f in
                    guard f.count >= 4, let n = Int(String(decoding: b[f[3]], as: UTF8.self)) else { return }
                    // Lines of one statement, and of one key, follow each other in the data:
                    // the previous line's numbers are reused without making a `String`.
                    let st: Int
                    if let l = last, same(l.statement, f[0]) { st = l.st } else { st = intern(f[0], &statementIds) }
                    if st == order.count {
                        order.append([])
                        counts.append([:])
                    }
                    let id: Int
                    if let l = last, same(l.key, f[1]) { id = l.id } else { id = intern(f[1], &keyIds) }
                    if id == keyCounts.count { keyCounts.append([]) }
                    last = (f[0], st, f[1], id)
                    if counts[st][id] == nil { order[st].append(id) }
                    add(&counts[st][id, default: []], f[2], n)
                    add(&keyCounts[id], f[2], n)
                }
                /// The concept most filings give; ties: the smaller concept (ASCII: byte order
                /// is `String` order).
                func best(_ list: [Count]) -> String {
                    guard var top = list.first else { return "" }
                    for c in list.dropFirst() where c.n > top.n
                        || (c.n == top.n && b[c.concept].lexicographicallyPrecedes(b[top.concept])) {
                        top = c
                    }
                    return String(decoding: b[top.concept], as: UTF8.self)
                }
                var keyText = [String](repeating: "", count: keyIds.count)
                for (key, id) in keyIds { keyText[id] = key }
                var statementNames = [String](repeating: "", count: statementIds.count)
                for (name, st) in statementIds { statementNames[st] = name }
                byKey = keyCounts.map(best)
                var keyWords: [[Int]?] = Array(repeating: nil, count: keyCounts.count)
                for (st, name) in statementNames.enumerated() {
                    var s = Statement()
                    for id in order[st] {
                        let list = counts[st][id] ?? []
                        let words: [Int]
                        if let w = keyWords[id] { words = w } else {
                            var ids: [Int] = []
                            ConceptDictionary.forEachContentWord(keyText[id]) { w in
                                let wid: Int
                                if let known = wordIds[w] { wid = known } else {
                                    wid = wordIds.count
                                    wordIds[w] = wid
                                }
                                if !ids.contains(wid) { ids.append(wid) }
                            }
                            words = ids.sorted()
                            keyWords[id] = words
                        }
                        s.position[id] = s.entries.count
                        for w in words { s.postings[w, default: []].append(s.entries.count) }
                        s.entries.append(Entry(key: keyText[id], words: words, filings: list.reduce(0) { $0 + $1.n },
                                               concept: best(list)))
                    }
                    statements[name] = s
                }
            }
            self.keyIds = keyIds
            self.byKey = byKey
            self.statements = statements
            self.wordIds = wordIds
        }

        /// The data's lines (empty ones skipped), each cut at every TAB (empty fields kept),
        /// as `String`s (`forEachLine`).
        static func fields(_ data: String) -> [[String]] {
            ByteSearch.withBytes(data) { b -> [[String]] in
                var out: [[String]] = []
                forEachLine(b) { f in out.append(f.map { String(decoding: b[$0], as: UTF8.self) }) }
                return out
            }
        }

        /// Calls `body` with each line's fields (empty lines skipped), cut at every TAB (empty
        /// fields kept), as byte ranges: the data is ASCII, where a byte is a character.
        static func forEachLine(_ b: UnsafeBufferPointer<UInt8>, _ body: ([Range<Int>]) -> Void) {
            var f: [Range<Int>] = []
            var lineStart = 0
            var s = 0
            var i = 0
            while i <= b.count {
                let end = i == b.count || b[i] == 0x0A
                if end || b[i] == 0x09 {
                    f.append(s..<i)
                    s = i + 1
                }
                if end {
                    if i > lineStart { body(f) }
                    f.removeAll(keepingCapacity: true)
                    lineStart = i + 1
                }
                i += 1
            }
        }

        func lookup(statement: String, key: String) -> String? {
            guard !key.isEmpty else { return nil }
            let st = statements[statement]
            if let id = keyIds[key] {
                if let st, let e = st.position[id] { return st.entries[e].concept }
                return byKey[id]
            }
            guard let st else { return nil }
            // The label's distinct content words; words no key has count in the union only.
            var known: [Int] = []
            var unknown: [String] = []
            ConceptDictionary.forEachContentWord(key) { w in
                if let id = wordIds[w] {
                    if !known.contains(id) { known.append(id) }
                } else if !unknown.contains(w) {
                    unknown.append(w)
                }
            }
            guard !known.isEmpty else { return nil }
            let wordCount = known.count + unknown.count
            // Per entry sharing a word with the label: how many (the lists hold distinct words).
            var shared: [Int: Int] = [:]
            for w in known { for e in st.postings[w] ?? [] { shared[e, default: 0] += 1 } }
            var best: (inter: Int, union: Int, filings: Int, key: String, concept: String)?
            for (e, inter) in shared {
                let k = st.entries[e]
                let union = wordCount + k.words.count - inter
                guard inter * 2 >= union else { continue }
                if let b = best, !Self.better((inter, union, k.filings, k.key), (b.inter, b.union, b.filings, b.key)) { continue }
                best = (inter, union, k.filings, k.key, k.concept)
            }
            return best?.concept
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
