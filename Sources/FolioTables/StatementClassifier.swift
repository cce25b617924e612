public import FolioModel

/// The model's statement kind, as this module names it (`PeriodResolver` reads it from
/// `Table.statement`).
public typealias TableStatement = FolioModel.StatementKind

/// Decides which financial statement a table is (`Table.statement`), once, in the tables
/// stage, for text and HTML alike: from the table's title when it names a statement, else
/// from the rows every statement of that kind prints, whatever the filer.
///
/// Rules, in order:
/// 1. `fromTitle`: a title (not a lead-in sentence, `isSentence`) naming a statement (`Consolidated Balance Sheets`, `Condensed
///    Statements of Cash Flows`, `Statements of Operations and Comprehensive Loss`), on a
///    table of statement size (`minRows`): its kind.
/// 2. `fromRows`: the rows (labels, group labels) and header of the statement:
///    - balance sheet (`balanceSheetRows`): `Total liabilities and ... equity`, or both
///      sides' totals and current subtotals when a page break cut that line off;
///    - cash flow: net cash from operating, investing and financing activities and cash at
///      the beginning or end of the period;
///    - equity (`equityRows`): opening and closing balances (`Balance at December 31,
///      2023`, `Beginning balances`) and the period's net income, with the equity components
///      (common stock, paid-in capital, retained earnings, in the rows or the column
///      headers) or, where the rendition lost the header, the owners' transactions
///      (dividends, treasury stock, share-based compensation);
///    - income statement: revenue (or sales, or operating income), net income and a per-share
///      figure;
///    - comprehensive income: a `Comprehensive income` (or loss) total and other
///      comprehensive income rows;
///    each only on a table of statement size. Summaries that print a few of these lines
///    (MD&A's cash flow summary, a note's EPS table) are too short or lack a line.
/// 3. `cashFlowSection`: the rows of a cash flow statement's investing or financing section
///    under its heading, ending in the section's cash total (a part the rendition cut off).
/// 4. `segment`: the title, header or rows speak of segments.
/// 5. `other`.
public enum StatementClassifier {
    /// The fewest data rows of each primary statement (the shortest in the corpus: a
    /// comprehensive income statement of six rows; a cash flow statement has twenty and more).
    static func minRows(_ kind: TableStatement) -> Int {
        switch kind {
        case .balanceSheet: 12
        case .cashFlow: 12
        case .incomeStatement: 6
        case .comprehensiveIncome: 3
        case .equity: 4
        case .segment, .other: 0
        }
    }

    /// **titledStatementPart.** The fewest data rows of a table under a statement's own title
    /// (`fromTitle`) to be that statement: a part of it, where the rendition cut the statement
    /// into several tables (a reading-order text prints a balance sheet's first rows under its
    /// title, then its other columns' runs apart: `CONSOLIDATED BALANCE SHEETS December 31,`
    /// over eight rows). A summary of a few lines is no statement: its title does not name one
    /// (`Cash flows`, `Summary of cash flows`, a lead-in sentence).
    static let titledPartRows = 6

    /// Classifies every table (the tables stage calls it once, after building them).
    public static func classifyAll(_ tables: inout [Table]) {
        for i in tables.indices { tables[i].statement = classify(tables[i]) }
    }

    public static func classify(_ t: Table) -> TableStatement {
        // Distinct labels, first seen first; the cells of one row repeat its label and path
        // (same storage), so a cell like the one before it adds nothing.
        var labels: [LoweredLabel] = []
        var seen = Set<String>()
        var lastLabel: String? = nil
        var lastPath: [String] = []
        for c in t.cells {
            if let last = lastLabel, last == c.rowLabel, lastPath == c.rowPath { continue }
            lastLabel = c.rowLabel; lastPath = c.rowPath
            for l in c.rowPath where seen.insert(l).inserted { labels.append(lowered(l)) }
            if seen.insert(c.rowLabel).inserted { labels.append(lowered(c.rowLabel)) }
        }
        let header = t.header.flatMap { $0 }.map(lowered)
        let title = t.title.map(lowered) ?? LoweredLabel()
        if let k = fromTitle(t.title ?? ""), t.nRows >= min(minRows(k), titledPartRows) { return k }
        // A kind from the rows counts only on a table of its size: below the smallest
        // minimum, none can.
        if t.nRows >= minStatementRows, let k = fromRows(labels: labels, header: header, title: title), t.nRows >= minRows(k) { return k }
        if t.nRows >= titledPartRows, labels.contains(where: { $0.contains(" activities") }),
           cashFlowSection(t) { return .cashFlow }
        if title.contains("segment") || header.contains(where: { $0.contains("segment") })
            || labels.contains(where: { $0.contains("segment") }) { return .segment }
        return .other
    }

    /// **noteNumberedTitle.** A title opening with a note's number, `5.` or `Note 5`, is a
    /// note's, whatever statement it mentions (`5. Property and Equipment, Net and Other
    /// Balance Sheet Accounts`): statements are not numbered as notes.
    static func opensWithNoteNumber(_ title: String) -> Bool {
        var b = title.utf8.prefix(8).map(ByteSearch.lowerASCII)
        if b.starts(with: Array("note ".utf8)) {
            return b.count > 5 && b[5] >= 0x30 && b[5] <= 0x39
        }
        var i = 0
        while i < b.count, i < 3, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        b = Array(b.dropFirst(i))
        return i > 0 && b.count >= 2 && b[0] == UInt8(ascii: ".") && b[1] == 0x20
    }

    /// The smallest `minRows` of the kinds `fromRows` returns.
    static let minStatementRows = [TableStatement.balanceSheet, .cashFlow, .incomeStatement, .comprehensiveIncome, .equity]
        .map(minRows).min() ?? 0

    /// The statement a title names; nil for any other title.
    public static func fromTitle(_ rawTitle: String) -> TableStatement? {
        let t = lowered(rawTitle)
        guard !t.isEmpty, t.utf8.count <= 200, !isSentence(rawTitle), !opensWithNoteNumber(rawTitle) else { return nil }
        func has(_ s: StaticString) -> Bool { t.contains(s) }
        if has("balance sheet") || has("statement of financial position") || has("statements of financial position")
            || has("statement of financial condition") || has("statements of financial condition") { return .balanceSheet }
        if has("statement of cash flow") || has("statements of cash flow") || has("cash flows statement") { return .cashFlow }
        let statement = has("statement")
        let income = has("of operations") || has("of income") || has("of earnings") || has("income statement")
            || has("of loss") || has("of (loss)") || has("of net income")
        if statement && income { return .incomeStatement }
        if statement && has("comprehensive") { return .comprehensiveIncome }
        if statement && (has("equity") || has("stockholders") || has("shareholders") || has("shareowners")
            || has("partners' capital") || has("partners’ capital")) { return .equity }
        return nil
    }

    /// Words a statement's title may print in lowercase, its units and period phrase among
    /// them: a reading-order rendition prints the title, the units caption and the period on
    /// one line (`Condensed Consolidated Statements of Income (Unaudited) Millions, except per
    /// share amounts, for the three months ended June 30,`).
    static let smallWords: Set<String> = ["of", "and", "the", "in", "for", "to", "a", "an", "on", "at", "by", "or", "from",
                                          "with", "as", "ended", "(unaudited)", "unaudited", "(in", "millions)", "thousands)",
                                          "millions,", "thousands,", "except", "per", "share", "data)", "amounts)",
                                          "amounts", "amounts,", "data", "three", "six", "nine", "twelve", "months",
                                          "weeks", "year", "years"]

    /// A lead-in sentence that mentions a statement (`Lease cost recognized in our
    /// consolidated statements of operations was as follows:`), not a statement's title:
    /// three or more lowercase words that are not small words. Statement titles are printed
    /// in title case or capitals (`CONSOLIDATED BALANCE SHEETS`, `Condensed Consolidated
    /// Statements of Cash Flows (Unaudited)`).
    ///
    /// **A statement's name in sentence case.** A title that opens with a statement's name,
    /// after the qualifiers a statement's title prints before it (`Interim condensed
    /// consolidated statement of financial position`, IFRS statements printed in sentence
    /// case), is no sentence: a lead-in sentence opens with its own subject (`Lease cost
    /// recognized in our consolidated statements of operations ...`).
    public static func isSentence(_ title: String) -> Bool {
        // The statement's name is looked for only in what reads as a sentence (few titles).
        readsAsSentence(title) && !opensWithStatementName(title)
    }

    /// `isSentence` before `opensWithStatementName`: three lowercase words or more that are
    /// not small words.
    static func readsAsSentence(_ title: String) -> Bool {
        // An ASCII title (nearly all) is read on its bytes: the same words (runs between
        // spaces) and the same test of each one's first letter, without iterating Characters.
        if let answer = ByteSearch.withBytes(title, { b -> Bool? in
            for c in b where c >= 0x80 { return nil }
            var lower = 0
            var i = 0
            while i < b.count {
                if b[i] == 0x20 { i += 1; continue }
                let s = i
                while i < b.count, b[i] != 0x20 { i += 1 }
                guard b[s] >= 0x61, b[s] <= 0x7A else { continue }
                let word = String(unsafeUninitializedCapacity: i - s) { out in
                    for k in s..<i { out[k - s] = ByteSearch.lowerASCII(b[k]) }
                    return i - s
                }
                if !smallWords.contains(word) { lower += 1 }
            }
            return lower >= 3
        }) { return answer }
        return isSentenceByCharacters(title)
    }

    /// Words a statement's title prints before the statement's name.
    static let titleQualifiers: Set<String> = ["interim", "condensed", "consolidated", "unaudited", "combined", "group", "company"]

    /// The title's words, after leading `titleQualifiers`, start with `statement(s) of` or
    /// `balance sheet(s)`.
    static func opensWithStatementName(_ title: String) -> Bool {
        // The first words only: the qualifiers and the name's first two words.
        let words = title.split(separator: " ", maxSplits: titleQualifiers.count + 2).prefix(titleQualifiers.count + 2)
        func word(_ w: Substring) -> String { w.lowercased().filter { $0.isLetter } }
        guard let i = words.firstIndex(where: { !titleQualifiers.contains(word($0)) }), i + 1 < words.endIndex else { return false }
        let first = word(words[i]), second = word(words[i + 1])
        if first == "statement" || first == "statements" { return second == "of" }
        return first == "balance" && (second == "sheet" || second == "sheets")
    }

    /// `isSentence` read Character by Character (a title with bytes beyond ASCII).
    static func isSentenceByCharacters(_ title: String) -> Bool {
        var lower = 0
        for w in title.split(separator: " ") {
            guard let f = w.first, f.isLetter, f.isLowercase else { continue }
            if !smallWords.contains(w.lowercased()) { lower += 1 }
        }
        return lower >= 3
    }

    /// The statement the rows and header show; nil when they show none. `title` is read only
    /// where a rendition took a statement's first row for its title (`equityRows`).
    static func fromRows(labels: [LoweredLabel], header: [LoweredLabel], title: LoweredLabel = LoweredLabel()) -> TableStatement? {
        func any(_ f: (LoweredLabel) -> Bool) -> Bool { labels.contains(where: f) }
        if balanceSheetRows(labels) { return .balanceSheet }
        let operating = any { $0.contains("operating activities") }
        let investing = any { $0.contains("investing activities") }
        let financing = any { $0.contains("financing activities") }
        let cashEnds = any { $0.contains("cash") && ($0.contains("beginning of") || $0.contains("end of")) }
        if operating && investing && financing && cashEnds { return .cashFlow }
        let netIncome = any(isNetIncome)
        if netIncome, equityRows(labels, header: header, title: title) { return .equity }
        let revenue = any { $0.contains("revenue") || $0.contains("net sales") || $0.hasPrefix("sales") || $0.contains("operating income") }
        let perShare = any { $0.contains("per share") || $0.contains("per common share") || $0 == "basic" || $0.hasPrefix("basic ")
            || $0 == "diluted" || $0.hasPrefix("diluted ") }
        if revenue && netIncome && perShare { return .incomeStatement }
        let comprehensive = any { $0.hasPrefix("comprehensive income") || $0.hasPrefix("comprehensive loss")
            || $0.hasPrefix("total comprehensive") || $0.hasPrefix("comprehensive (loss)") || $0.hasPrefix("comprehensive earnings") }
        let oci = any { $0.contains("other comprehensive") }
        if comprehensive && oci { return .comprehensiveIncome }
        return nil
    }

    /// **A cash flow statement's later section.** A reading-order rendition cuts a cash flow
    /// statement into parts where the page sets its sections apart, and the part under the
    /// investing or the financing heading prints no title naming the statement:
    ///
    ///     Financing activities:                          ← the rows' heading (row path)
    ///     Payments for taxes related to net share settlement of equity awards   (3,205)  (2,875)
    ///     Payments for dividends and dividend equivalents                       (7,614)  (7,535)
    ///     Repurchases of common stock                                          (49,504) (43,344)
    ///     ...
    ///     Cash used in financing activities                                    (68,377) (61,018)
    ///
    /// Rows under a heading naming investing or financing activities that end in that
    /// section's cash total (`Net cash used in ...`, `Cash used in ...`, or the heading's own
    /// words repeated), on a table of a statement part's size (`titledPartRows`), are such a
    /// section. An MD&A summary prints the sections' totals without their heading or their
    /// rows; a note's table of cash paid or noncash activities prints no section total.
    static func cashFlowSection(_ t: Table) -> Bool {
        // The headings above the rows (row path elements) and the rows' own labels, each
        // distinct one lowered once (the cells of a row follow each other).
        var headings: [LoweredLabel] = []
        var rows: [LoweredLabel] = []
        var seenHeadings: [String] = []
        var lastLabel: String? = nil
        for c in t.cells where c.rowLabel != lastLabel {
            lastLabel = c.rowLabel
            rows.append(lowered(c.rowLabel))
            for h in c.rowPath.dropLast() where !seenHeadings.contains(h) {
                seenHeadings.append(h)
                headings.append(lowered(h))
            }
        }
        for section in ["investing activities", "financing activities"] as [StaticString] {
            let headed = headings.contains { h in
                h.contains(section) && !h.hasPrefix("net cash") && !h.contains(" used ") && !h.contains(" provided ")
            }
            guard headed else { continue }
            let total = rows.contains { r in
                r.contains(section) && (r.hasPrefix("net cash") || r.hasPrefix("cash") || headings.contains(r))
            }
            if total { return true }
        }
        return false
    }

    /// A net income line: `Net income`, `Net earnings`, `Net loss`, `Net (loss)/earnings`,
    /// `Net earnings attributable to ...`.
    static func isNetIncome(_ l: LoweredLabel) -> Bool {
        l.hasPrefix("net income") || l.hasPrefix("net earnings") || l.hasPrefix("net loss") || l.hasPrefix("net (loss)")
    }

    /// **Balance sheet rows.** The total only a balance sheet prints, `Total liabilities and
    /// stockholders' equity` (`Total Liabilities, Redeemable Non-controlling Interests and
    /// Equity`, `Total liabilities and deficit`), whether or not `Total assets` is in the same
    /// table (a text rendition may cut the statement at a page break, leaving the liabilities
    /// and equity side a table of its own). A statement cut before that last line shows both
    /// sides' totals and their current subtotals instead:
    ///
    ///     Total current assets                4,183     4,021
    ///     Total assets                       68,576    67,715
    ///     Total current liabilities           6,452     5,254
    ///     Total liabilities                  52,318    50,825
    ///
    /// (a note's summarized balance sheet of an investee prints `Current assets` and `Total
    /// assets`, not the four totals).
    static func balanceSheetRows(_ labels: [LoweredLabel]) -> Bool {
        func any(_ f: (LoweredLabel) -> Bool) -> Bool { labels.contains(where: f) }
        let balanceTotal = any { l in
            l.hasPrefix("total liabilities") && (l.contains("equity") || l.contains("deficit") || l.contains("capital"))
        }
        if balanceTotal { return true }
        return any { $0.hasPrefix("total assets") } && any { $0.hasPrefix("total current assets") }
            && any { $0.hasPrefix("total current liabilities") } && any { $0 == "total liabilities" }
    }

    /// **Equity statement rows.** An equity statement rolls the equity components forward
    /// between dated balances and takes in the period's net income (the caller checks it); a
    /// share-count roll-forward has balances but no net income, an accumulated other
    /// comprehensive income roll-forward no net income either. The components are named in
    /// the rows or the column headers (`Common stock`, `Additional paid-in capital`,
    /// `Retained earnings`); a text rendition that lost the column headers still prints the
    /// owners' transactions between the balances:
    ///
    ///     Balance at January 1, 2024        $5,061  $10,309  ($49,549)  $27,251  ...
    ///     Net loss                                                       (1,782)
    ///     Share-based compensation                     208
    ///     Treasury shares issued for 401(k) contribution  332     621
    ///     Balance at June 30, 2024          $5,061  $10,727  ($48,841)  $25,469  ...
    ///
    /// A first balance row wrapped over two lines may be read as the table's title
    /// (`Balance at December 31,` over `2021`, `BALANCE DECEMBER` over `31, 2024`): a title
    /// starting with `Balance` counts as a balance row.
    static func equityRows(_ labels: [LoweredLabel], header: [LoweredLabel], title: LoweredLabel) -> Bool {
        var balances = labels.filter { $0.hasPrefix("balance") || $0.contains("beginning balance") || $0.contains("ending balance") }.count
        if title.hasPrefix("balance") { balances += 1 }
        guard balances >= 2 else { return false }
        let components = (labels + header).contains { $0.contains("retained earnings") || $0.contains("paid-in capital")
            || $0.contains("paid in capital") || $0.contains("common stock") || $0.contains("accumulated deficit") }
        if components { return true }
        return labels.contains { $0.contains("dividend") || $0.contains("treasury") || $0.contains("based compensation") }
    }

    /// Lowercased with typographic apostrophes made straight and white space collapsed.
    static func lowered(_ s: String) -> LoweredLabel { LoweredLabel(s) }
}
