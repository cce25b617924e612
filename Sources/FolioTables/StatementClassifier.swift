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
///    - balance sheet: `Total assets` and `Total liabilities and ... equity`;
///    - cash flow: net cash from operating, investing and financing activities and cash at
///      the beginning or end of the period;
///    - equity: opening and closing balances (`Balance at December 31, 2023`, `Beginning
///      balances`) of the equity components (common stock, paid-in capital, retained
///      earnings, in the rows or the column headers) and the period's net income;
///    - income statement: revenue (or sales, or operating income), net income and a per-share
///      figure;
///    - comprehensive income: a `Comprehensive income` (or loss) total and other
///      comprehensive income rows;
///    each only on a table of statement size. Summaries that print a few of these lines
///    (MD&A's cash flow summary, a note's EPS table) are too short or lack a line.
/// 3. `segment`: the title, header or rows speak of segments.
/// 4. `other`.
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
        if let k = fromTitle(t.title ?? ""), t.nRows >= minRows(k) { return k }
        // A kind from the rows counts only on a table of its size: below the smallest
        // minimum, none can.
        if t.nRows >= minStatementRows, let k = fromRows(labels: labels, header: header), t.nRows >= minRows(k) { return k }
        if title.contains("segment") || header.contains(where: { $0.contains("segment") })
            || labels.contains(where: { $0.contains("segment") }) { return .segment }
        return .other
    }

    /// The smallest `minRows` of the kinds `fromRows` returns.
    static let minStatementRows = [TableStatement.balanceSheet, .cashFlow, .incomeStatement, .comprehensiveIncome, .equity]
        .map(minRows).min() ?? 0

    /// The statement a title names; nil for any other title.
    public static func fromTitle(_ rawTitle: String) -> TableStatement? {
        let t = lowered(rawTitle)
        guard !t.isEmpty, t.utf8.count <= 200, !isSentence(rawTitle) else { return nil }
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

    /// Words a statement's title may print in lowercase.
    static let smallWords: Set<String> = ["of", "and", "the", "in", "for", "to", "a", "an", "on", "at", "by", "or", "from",
                                          "with", "as", "ended", "(unaudited)", "unaudited", "(in", "millions)", "thousands)",
                                          "millions,", "thousands,", "except", "per", "share", "data)", "amounts)"]

    /// A lead-in sentence that mentions a statement (`Lease cost recognized in our
    /// consolidated statements of operations was as follows:`), not a statement's title:
    /// three or more lowercase words that are not small words. Statement titles are printed
    /// in title case or capitals (`CONSOLIDATED BALANCE SHEETS`, `Condensed Consolidated
    /// Statements of Cash Flows (Unaudited)`).
    public static func isSentence(_ title: String) -> Bool {
        var lower = 0
        for w in title.split(separator: " ") {
            guard let f = w.first, f.isLetter, f.isLowercase else { continue }
            if !smallWords.contains(w.lowercased()) { lower += 1 }
        }
        return lower >= 3
    }

    /// The statement the rows and header show; nil when they show none.
    static func fromRows(labels: [LoweredLabel], header: [LoweredLabel]) -> TableStatement? {
        func any(_ f: (LoweredLabel) -> Bool) -> Bool { labels.contains(where: f) }
        // `Total liabilities and stockholders' equity`, `Total Liabilities, Redeemable
        // Non-controlling Interests and Equity`, `Total liabilities and deficit`.
        let balanceTotal = any { l in
            l.hasPrefix("total liabilities") && (l.contains("equity") || l.contains("deficit") || l.contains("capital"))
        }
        if any({ $0.hasPrefix("total assets") }), balanceTotal { return .balanceSheet }
        let operating = any { $0.contains("operating activities") }
        let investing = any { $0.contains("investing activities") }
        let financing = any { $0.contains("financing activities") }
        let cashEnds = any { $0.contains("cash") && ($0.contains("beginning of") || $0.contains("end of")) }
        if operating && investing && financing && cashEnds { return .cashFlow }
        let netIncome = any { $0.hasPrefix("net income") || $0.hasPrefix("net earnings") || $0.hasPrefix("net loss")
            || $0.hasPrefix("net (loss)") || $0.hasPrefix("net income (loss)") }
        // An equity statement rolls equity components forward and takes in the period's net
        // income; a share-count roll-forward has balances but no net income.
        let balances = labels.filter { $0.hasPrefix("balance") || $0.contains("beginning balance") || $0.contains("ending balance") }.count
        let components = (labels + header).contains { $0.contains("retained earnings") || $0.contains("paid-in capital")
            || $0.contains("paid in capital") || $0.contains("common stock") || $0.contains("accumulated deficit") }
        if balances >= 2 && components && netIncome { return .equity }
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

    /// Lowercased with typographic apostrophes made straight and white space collapsed.
    static func lowered(_ s: String) -> LoweredLabel { LoweredLabel(s) }
}
