public import FolioModel

/// **Line-item concepts** (`Cell.concept` with `concept_source: dictionary`): the standard
/// concept of an untagged figure of a primary statement (text, PDF text, HTML without inline
/// XBRL), read from a dictionary of row labels and the concepts filers tag them with.
///
/// The dictionary (`data`, in `ConceptDictionary+Data.swift`) is built by
/// `scripts/concept-dictionary` from Folio's own output on the tagged filings of the corpus:
/// for every tagged row of a primary statement, its statement kind, its label key and the
/// concept the filer tagged, with the number of filings that do so (docs/concepts.md); a row
/// tagged with a filer's extension concept gives none (**standard concepts only**: another
/// filer never has it, `concepts.is_standard` in the builder). The
/// tables stage decides each cell's concept here, once, after `StatementClassifier`; a figure
/// the filer tagged keeps the filer's concept (the facts stage's `XBRLReconciler` writes it
/// over the dictionary's, as `tagged`).
///
/// Lookup for a value cell of a primary statement, first that gives a concept:
/// 1. the entries of (statement section, label key), when the row's headings name a section
///    (`section`: a cash flow's operating, investing or financing activities, its changes in
///    assets and liabilities; a balance sheet's current assets or liabilities; an income
///    statement's weighted-average shares or per-share figures), or, on a balance sheet, when
///    its position does (`balanceParts`);
/// 2. the entries of (statement, label key): the concept most filings give;
/// 3. the entry of the same statement whose key shares the most words with the label's
///    (Jaccard of the words outside `stopWords`, at least 1/2, and one word apart at most on
///    either side: `maxExtraWords`; a total's label never takes a key naming an `other` it
///    lacks, and a label without `total` a total's key with other content words:
///    `labelsATotal`); ties: more filings, the shorter key, the key's text;
/// 4. in an income statement's per-share or share-count section, its heading's concept, by
///    steps 2 and 3 (`isMeasureSection`);
/// 5. the entries of the label key in any statement printing the row's kind of figure
///    (`figure`: balances, changes);
/// then, of a pair of concepts with and without noncontrolling interests, the one the
/// filing's statements call for (`noncontrollingConcept`); an income statement's expenses
/// total is `CostsAndExpenses` where the statement prints no gross line (`costsConcept`), and
/// its `Other income (expense), net` one line of the nonoperating total the statement prints
/// (`nonoperatingConcept`); an equity statement's repurchases are retired ones where the
/// balance sheet prints no treasury stock (`repurchaseConcept`); a cash flow statement's `Cash
/// and cash equivalents` the balance sheet's where it reconciles restricted cash
/// (`restrictedCashConcept`).
/// A key whose filings do not agree on
/// its concept (`settled`) gives none, at whichever step it is found.
/// The same lookup is emulated by the benchmark (`scripts/accuracy_lib/concepts.py`) to
/// score it leave-one-filing-out, and checked against Folio's output there.
public enum ConceptDictionary {
    /// Gives every value cell of a primary statement without a concept the dictionary's
    /// concept for its row label (`concept_source: dictionary`); nil where none applies.
    public static func assignAll(_ tables: inout [Table]) {
        let noncontrolling = printsNoncontrolling(tables) || totalsWholeEquity(tables)
        let treasuryStock = printsTreasuryStock(tables)
        // Per statement, each heading's section (`headingSection`): a heading stands over many
        // rows, and its label key is made once.
        var headings: [String: [String: SectionHeading?]] = [:]
        for ti in tables.indices {
            guard let statement = tables[ti].statement, statement.isPrimary else { continue }
            let parts = statement == .balanceSheet ? balanceParts(tables[ti].cells) : [:]
            let lines = statement == .incomeStatement ? incomeLines(tables[ti].cells) : nil
            let restrictedCash = statement == .cashFlow ? printsRestrictedCash(tables[ti].cells) : nil
            // Per row label, row path (the section comes from the path's headings) and part; a
            // row's cells follow each other, so the last row's answer is tried first.
            var cache: [[String]: String?] = [:]
            var last: (label: String, path: [String], part: String?, concept: String?)?
            for ci in tables[ti].cells.indices {
                // The cell's fields read in place (not a copy of the cell).
                guard tables[ti].cells[ci].value != nil, tables[ti].cells[ci].concept == nil else { continue }
                let label = tables[ti].cells[ci].rowLabel
                let path = tables[ti].cells[ci].rowPath
                let part = parts[tables[ti].cells[ci].row]
                let concept: String?
                if let l = last, l.label == label, l.path == path, l.part == part {
                    concept = l.concept
                } else if let hit = cache[path + [label, part ?? ""]] {
                    concept = hit
                } else {
                    let sec = sectionHeading(statement: statement.rawValue, rowPath: path,
                                             cache: &headings[statement.rawValue, default: [:]])
                        ?? part.map { SectionHeading(section: $0, heading: "") }
                    concept = lookup(statement: statement, label: label, section: sec, noncontrolling: noncontrolling,
                                     lines: lines, treasuryStock: treasuryStock, restrictedCash: restrictedCash)
                    cache[path + [label, part ?? ""]] = concept
                }
                last = (label, path, part, concept)
                guard let concept else { continue }
                tables[ti].cells[ci].concept = concept
                tables[ti].cells[ci].conceptSource = .dictionary
            }
        }
    }

    /// The dictionary's concept for a row label of a statement of this kind, printed under the
    /// headings of `rowPath` (outermost first, ending with the row's own label), in a filing
    /// whose statements print noncontrolling interests or not (`noncontrollingConcept`; nil:
    /// unknown), of an income statement that prints the lines of `lines` (`incomeConcept`; nil:
    /// unknown), in a filing whose balance sheet prints treasury stock or not
    /// (`repurchaseConcept`; nil: unknown), of a cash flow statement that prints restricted cash
    /// or not (`restrictedCashConcept`; nil: unknown), or nil.
    public static func lookup(statement: TableStatement, label: String, rowPath: [String] = [],
                              noncontrolling: Bool? = nil, lines: IncomeLines? = nil,
                              treasuryStock: Bool? = nil, restrictedCash: Bool? = nil) -> String? {
        lookup(statement: statement, label: label, section: sectionHeading(statement: statement.rawValue, rowPath: rowPath),
               noncontrolling: noncontrolling, lines: lines, treasuryStock: treasuryStock, restrictedCash: restrictedCash)
    }

    /// `lookup` of a row whose statement section and its heading (`sectionHeading`) are known.
    static func lookup(statement: TableStatement, label: String, section: SectionHeading?, noncontrolling: Bool?,
                       lines: IncomeLines? = nil, treasuryStock: Bool? = nil, restrictedCash: Bool? = nil) -> String? {
        let key = labelKey(label)
        var concept = index.lookup(statement: statement.rawValue, key: key, section: section?.section,
                                   heading: section?.heading)
        if let c = concept, let noncontrolling {
            concept = noncontrollingConcept(c, key: key, noncontrolling: noncontrolling)
        }
        if let c = concept, statement == .incomeStatement, let lines {
            concept = incomeConcept(c, key: key, lines: lines)
        }
        if let c = concept, statement == .equity, let treasuryStock {
            concept = repurchaseConcept(c, treasuryStock: treasuryStock)
        }
        guard let c = concept, statement == .cashFlow, let restrictedCash else { return concept }
        return restrictedCashConcept(c, key: key, restrictedCash: restrictedCash)
    }

    // MARK: - Restricted-cash reconciliation

    /// **Restricted-cash reconciliation**: a cash flow statement's cash total is cash, cash
    /// equivalents and restricted cash, and a filer whose statement prints a row naming
    /// restricted cash (`Restricted cash included in other assets`, `Total cash, cash
    /// equivalents and restricted cash`) reconciles that total from the balance sheet's cash
    /// there: a row of it naming cash and not `restricted` (`Cash and cash equivalents`) is the
    /// balance sheet's `CashAndCashEquivalentsAtCarryingValue`, not the total the dictionary
    /// gives the label (most filers print only the total, as `Cash and cash equivalents, end of
    /// period`). Any other concept, and any statement printing no restricted cash, is left as
    /// it is.
    static func restrictedCashConcept(_ concept: String, key: String, restrictedCash: Bool) -> String {
        guard restrictedCash, concept == cashTotal, !key.split(separator: " ").contains("restricted") else { return concept }
        return cashOnly
    }

    static let cashTotal = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
    static let cashOnly = "us-gaap:CashAndCashEquivalentsAtCarryingValue"

    /// Whether a cash flow statement's rows name restricted cash: a row label whose key holds
    /// `restricted cash` (`restrictedCashConcept`).
    static func printsRestrictedCash(_ cells: [Cell]) -> Bool {
        var seen: Set<String> = []
        for c in cells {
            // A key holds `restricted` only where the label does (ASCII case aside).
            let mentions = ByteSearch.withBytes(c.rowLabel) { b in
                ByteSearch.firstIndex(of: "restricted", in: b, foldingASCII: true) != nil
            }
            guard mentions, seen.insert(c.rowLabel).inserted else { continue }
            let w = labelKey(c.rowLabel).split(separator: " ")
            if zip(w, w.dropFirst()).contains(where: { $0 == "restricted" && $1 == "cash" }) { return true }
        }
        return false
    }

    // MARK: - Retired repurchases

    /// **Retired repurchases**: a filing whose balance sheet prints no treasury stock retires
    /// the shares it repurchases, so its equity statement's repurchases (`Repurchases of common
    /// stock`) are `StockRepurchasedAndRetiredDuringPeriodValue`, not the
    /// `TreasuryStockValueAcquiredCostMethod` of the filers that hold what they buy back (the
    /// dictionary's concept for such labels, most filers holding treasury stock). Every filing
    /// of the corpus without a treasury stock row tags its repurchases so. Any other concept, and
    /// any filing that prints treasury stock, is left as it is.
    static func repurchaseConcept(_ concept: String, treasuryStock: Bool) -> String {
        !treasuryStock && concept == treasuryStockAcquired ? repurchasedAndRetired : concept
    }

    static let treasuryStockAcquired = "us-gaap:TreasuryStockValueAcquiredCostMethod"
    static let repurchasedAndRetired = "us-gaap:StockRepurchasedAndRetiredDuringPeriodValue"

    /// Whether the filing's balance sheets print a treasury stock row (a label whose key holds
    /// `treasury`: `Treasury stock, at cost`, `Common stock held in treasury`); nil where the
    /// filing has no balance sheet (`repurchaseConcept`).
    static func printsTreasuryStock(_ tables: [Table]) -> Bool? {
        var sheets = false
        var seen: Set<String> = []
        for t in tables where t.statement == .balanceSheet {
            sheets = true
            for c in t.cells {
                // A key holds `treasury` only where the label does (ASCII case aside).
                let mentions = ByteSearch.withBytes(c.rowLabel) { b in
                    ByteSearch.firstIndex(of: "treasury", in: b, foldingASCII: true) != nil
                }
                guard mentions, seen.insert(c.rowLabel).inserted else { continue }
                if labelKey(c.rowLabel).split(separator: " ").contains("treasury") { return true }
            }
        }
        return sheets ? false : nil
    }

    // MARK: - An income statement's lines

    /// The lines an income statement prints that decide what some of its rows are
    /// (`incomeConcept`): a gross line, and a total of its nonoperating items.
    public struct IncomeLines: Sendable, Equatable {
        /// A row whose key holds `gross` (`Gross profit`, `Gross margin`, `Gross income`).
        public var gross: Bool
        /// A row whose key holds `total` and `nonoperating`, or `total`, `other` and `income`
        /// (`Total non-operating income (expense)`, `Total other income (expense)`).
        public var nonoperatingTotal: Bool

        public init(gross: Bool, nonoperatingTotal: Bool) {
            self.gross = gross
            self.nonoperatingTotal = nonoperatingTotal
        }
    }

    /// The `IncomeLines` of an income statement's cells.
    static func incomeLines(_ cells: [Cell]) -> IncomeLines {
        var lines = IncomeLines(gross: false, nonoperatingTotal: false)
        var seen: Set<String> = []
        for c in cells {
            // A key holds `gross` or `total` only where the label does (ASCII case aside).
            let mentions = ByteSearch.withBytes(c.rowLabel) { b in
                ByteSearch.firstIndex(of: "gross", in: b, foldingASCII: true) != nil
                    || ByteSearch.firstIndex(of: "total", in: b, foldingASCII: true) != nil
            }
            guard mentions, seen.insert(c.rowLabel).inserted else { continue }
            let w = labelKey(c.rowLabel).split(separator: " ")
            if w.contains("gross") { lines.gross = true }
            if w.contains("total"), w.contains("nonoperating") || (w.contains("other") && w.contains("income")) {
                lines.nonoperatingTotal = true
            }
        }
        return lines
    }

    /// The concept of an income statement's row given the lines the statement prints:
    /// `costsConcept`, then `nonoperatingConcept`.
    static func incomeConcept(_ concept: String, key: String, lines: IncomeLines) -> String {
        nonoperatingConcept(costsConcept(concept, grossLine: lines.gross), key: key,
                            nonoperatingTotal: lines.nonoperatingTotal)
    }

    /// **Component of a nonoperating total**: an income statement that totals its nonoperating
    /// items (`Total other income (expense)`, `Total non-operating income (expense)`) prints its
    /// `Other income (expense), net` as one line of that total, `OtherNonoperatingIncomeExpense`,
    /// where a statement printing no such total prints it as the total itself,
    /// `NonoperatingIncomeExpense`, and filers tag it so. The dictionary gives the concept most
    /// of its filers give, so a row that is not itself a total (no `total` in its key) under
    /// such a total turns `NonoperatingIncomeExpense` into `OtherNonoperatingIncomeExpense`;
    /// any other concept, and any row of a statement without such a total, is left as it is.
    static func nonoperatingConcept(_ concept: String, key: String, nonoperatingTotal: Bool) -> String {
        guard nonoperatingTotal, concept == nonoperatingIncomeExpense, !labelsATotal(key) else { return concept }
        return otherNonoperatingIncomeExpense
    }

    static let nonoperatingIncomeExpense = "us-gaap:NonoperatingIncomeExpense"
    static let otherNonoperatingIncomeExpense = "us-gaap:OtherNonoperatingIncomeExpense"

    /// **Costs without gross**: an income statement that prints no gross line (`Gross profit`,
    /// `Gross margin`) subtracts its cost of sales among its other expenses, straight from its
    /// revenue, so the total of those expenses (`Total operating expenses`, `Total costs and
    /// expenses`) is the taxonomy's `CostsAndExpenses` (costs of sales and operating expenses),
    /// not `OperatingExpenses` (the expenses below a gross line), whatever the label calls it:
    /// filers tag it so. A statement that prints a gross line keeps `OperatingExpenses`; any
    /// other concept is left as it is.
    static func costsConcept(_ concept: String, grossLine: Bool) -> String {
        !grossLine && concept == operatingExpenses ? costsAndExpenses : concept
    }

    static let operatingExpenses = "us-gaap:OperatingExpenses"
    static let costsAndExpenses = "us-gaap:CostsAndExpenses"


    // MARK: - Noncontrolling interests

    /// Concepts in pairs: the parent's holders only, and the same including noncontrolling
    /// interests (the taxonomy's `...IncludingPortionAttributableToNoncontrollingInterest`,
    /// `ProfitLoss`).
    static let noncontrollingPairs: [(parent: String, whole: String)] = [
        ("us-gaap:NetIncomeLoss", "us-gaap:ProfitLoss"),
        ("us-gaap:StockholdersEquity", "us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"),
        ("us-gaap:ComprehensiveIncomeNetOfTax",
         "us-gaap:ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest"),
    ]

    /// The other concept of `concept`'s pair (`noncontrollingPairs`), if it has one: the two
    /// count as one for a key's consensus (`settled`), since which of them a filing gets is
    /// decided by its noncontrolling interests, not by the label (`Net loss` is `ProfitLoss`
    /// for one filer and `NetIncomeLoss` for another).
    static func noncontrollingPartner(_ concept: String) -> String? {
        for pair in noncontrollingPairs {
            if concept == pair.parent { return pair.whole }
            if concept == pair.whole { return pair.parent }
        }
        return nil
    }

    /// **Noncontrolling-interest context**: which of a pair (`noncontrollingPairs`) a line
    /// item is depends on the filer, not on its label: `Net income` is `ProfitLoss` where the
    /// statements go on to split it between the parent and noncontrolling interests,
    /// `NetIncomeLoss` where there are none; a `Balance at December 31` of an equity statement
    /// likewise. A filing whose primary statements print a noncontrolling interest
    /// (`printsNoncontrolling`), or whose balance sheet totals its equity as `Total equity`
    /// (`totalsWholeEquity`), gets the concept including them, unless the label names the
    /// parent's holders (`attributable to parent`, `stockholders`); one that prints none
    /// gets the parent's. Any other concept is left as it is.
    static func noncontrollingConcept(_ concept: String, key: String, noncontrolling: Bool) -> String {
        for pair in noncontrollingPairs {
            if !noncontrolling, concept == pair.whole { return pair.parent }
            if noncontrolling, concept == pair.parent {
                let words = key.split(separator: " ")
                if !words.contains(where: { $0 == "attributable" || $0 == "stockholders" || $0 == "parent" }) {
                    return pair.whole
                }
            }
        }
        return concept
    }

    /// Whether a row label, heading or column header of the primary statements names a
    /// noncontrolling interest: its label key holds `noncontrolling`, `non` and
    /// `controlling`, or `minority` (`Net income attributable to noncontrolling interests`,
    /// `Non-controlling interests`).
    static func printsNoncontrolling(_ tables: [Table]) -> Bool {
        var seen: Set<String> = []
        func names(_ text: String) -> Bool {
            // A key holds `controlling` or `minority` only where the text does (ASCII case
            // aside): the bytes rule most texts out before a key is made.
            let mentions = ByteSearch.withBytes(text) { b in
                ByteSearch.firstIndex(of: "controlling", in: b, foldingASCII: true) != nil
                    || ByteSearch.firstIndex(of: "minority", in: b, foldingASCII: true) != nil
            }
            guard mentions, seen.insert(text).inserted else { return false }
            let w = labelKey(text).split(separator: " ")
            return w.contains("noncontrolling") || (w.contains("non") && w.contains("controlling")) || w.contains("minority")
        }
        for t in tables {
            guard let statement = t.statement, statement.isPrimary else { continue }
            // A row's cells share its label and path, a column's cells mostly their header
            // path: each is read once where it repeats the cell before it in its row or column.
            var last: (row: Int, label: String, path: [String])?
            var columnPaths: [Int: [String]] = [:]
            for c in t.cells {
                if last.map({ $0.row != c.row || $0.label != c.rowLabel || $0.path != c.rowPath }) ?? true {
                    if names(c.rowLabel) || c.rowPath.contains(where: names) { return true }
                    last = (c.row, c.rowLabel, c.rowPath)
                }
                if columnPaths[c.col] != c.columnPath {
                    columnPaths[c.col] = c.columnPath
                    if c.columnPath.contains(where: names) { return true }
                }
            }
        }
        return false
    }

    /// **Whole-entity equity**: whether a balance sheet totals its equity as `Total equity`
    /// (the key `total equity`: equity named without its holders, not `Total stockholders'
    /// equity`). Filers tag that total with the concept including noncontrolling interests, and
    /// report the filing's other pairs (`noncontrollingPairs`) likewise, whether or not a
    /// noncontrolling interest is printed (`Net income` is then `ProfitLoss`, an equity
    /// statement's balance the whole equity): such a filing gets the concepts including them,
    /// as one that prints a noncontrolling interest does (`noncontrollingConcept`).
    static func totalsWholeEquity(_ tables: [Table]) -> Bool {
        var seen: Set<String> = []
        for t in tables where t.statement == .balanceSheet {
            for c in t.cells {
                // A key `total equity` only where the label holds `equity` (ASCII case aside).
                let mentions = ByteSearch.withBytes(c.rowLabel) { b in
                    ByteSearch.firstIndex(of: "equity", in: b, foldingASCII: true) != nil
                }
                guard mentions, seen.insert(c.rowLabel).inserted else { continue }
                if labelKey(c.rowLabel) == "total equity" { return true }
            }
        }
        return false
    }

    // MARK: - Sections

    /// **Statement section**: the part of a statement a row is printed in, read from the
    /// headings above it (its row path without its own label, nearest first: the first heading
    /// that names a section decides), so the same label gets the concept filers tag it with
    /// there. A cash flow statement's `Other` is `OtherNoncashIncomeExpense` under `Operating
    /// activities`, `PaymentsForProceedsFromOtherInvestingActivities` under `Investing
    /// activities:`; its `Accounts payable` under `Changes in operating assets and liabilities:`
    /// is the change, not the balance; a balance sheet's `Operating lease liabilities` under
    /// `Current liabilities:` is the current part, without such a heading the noncurrent one.
    /// An income statement's `Basic` under `Weighted-average shares:` is the share count, under
    /// `Earnings per share:` the per-share figure. Nil when no heading names one. The data
    /// holds a section's entries as the statement `<statement>/<section>`
    /// (`cash_flow/investing`), besides the statement's own.
    static func section(statement: String, rowPath: [String]) -> String? {
        sectionHeading(statement: statement, rowPath: rowPath)?.section
    }

    /// A row's statement section (`section`) and the label key of the heading that names it.
    struct SectionHeading: Sendable, Equatable {
        var section: String
        var heading: String
    }

    /// `section`, with the key of the heading that names it.
    static func sectionHeading(statement: String, rowPath: [String]) -> SectionHeading? {
        for heading in rowPath.dropLast().reversed() {
            let key = labelKey(heading)
            if let s = headingSection(statement: statement, key: key) { return SectionHeading(section: s, heading: key) }
        }
        return nil
    }

    /// `sectionHeading`, each heading's answer kept in `cache` (the headings of one statement
    /// kind).
    static func sectionHeading(statement: String, rowPath: [String], cache: inout [String: SectionHeading?]) -> SectionHeading? {
        for heading in rowPath.dropLast().reversed() {
            let s: SectionHeading?
            if let known = cache[heading] {
                s = known
            } else {
                let key = labelKey(heading)
                s = headingSection(statement: statement, key: key).map { SectionHeading(section: $0, heading: key) }
                cache[heading] = s
            }
            if let s { return s }
        }
        return nil
    }

    /// The totals that close a balance sheet's parts, in order, and the part each closes
    /// (`balanceParts`).
    static let partTotals: [(total: String, part: String)] = [
        ("total current asset", "current asset"), ("total asset", "noncurrent asset"),
        ("total current liability", "current liability"), ("total liability", "noncurrent liability"),
    ]

    /// **Balance-sheet parts**: the part of a balance sheet a row lies in, by position, for the
    /// rows no heading gives a section (`section`): down to `Total current assets`, current
    /// assets; after it down to `Total assets`, noncurrent assets; after `Total assets` down to
    /// `Total current liabilities`, current liabilities; after that down to `Total
    /// liabilities`, noncurrent ones. The same label is a different line item in each part
    /// (`Operating lease liabilities` after `Total current liabilities` is the noncurrent part;
    /// `Deferred income taxes` above `Total assets` is the asset), and many sheets print no
    /// heading over their noncurrent rows. A part whose closing total is not printed gives
    /// none of its rows a part. Row number -> part, from the rows' labels (each row's first
    /// cell).
    static func balanceParts(_ cells: [Cell]) -> [Int: String] {
        var labels: [Int: String] = [:]
        for c in cells where labels[c.row] == nil { labels[c.row] = c.rowLabel }
        let rows = labels.keys.sorted()
        var at: [String: Int] = [:]
        for r in rows {
            // Every part total's key starts with `total`, which only a label printing it (ASCII
            // case aside) can give: the bytes rule most rows out before a key is made.
            let label = labels[r] ?? ""
            guard ByteSearch.withBytes(label, { ByteSearch.firstIndex(of: "total", in: $0, foldingASCII: true) != nil }) else { continue }
            let k = labelKey(label)
            for t in partTotals where k == t.total && at[t.total] == nil { at[t.total] = r }
        }
        var out: [Int: String] = [:]
        for r in rows {
            for (i, t) in partTotals.enumerated() {
                guard let hi = at[t.total], r < hi else { continue }
                if i > 0 {
                    guard let lo = at[partTotals[i - 1].total], r > lo else { continue }
                }
                out[r] = t.part
                break
            }
        }
        return out
    }

    /// **Measure heading**: whether every row of a section is the measure its heading names,
    /// split by class: an income statement's `Basic earnings per share` or `Diluted
    /// weighted-average shares outstanding` over `Class A common stock`, `Class B common
    /// stock`. A row label the statement's entries do not know takes its heading's concept
    /// there (`Index.lookup`), not the concept the label has in another statement (a balance
    /// sheet's `Class A common stock` is `CommonStockValue`).
    static func isMeasureSection(_ section: String) -> Bool {
        section == "per share" || section == "shares" || section.hasPrefix("per share ") || section.hasPrefix("shares ")
    }

    /// The section a heading's label key names (`section`), or nil. Cash flow: `supplemental`
    /// (`supplemental`, `cash paid`, non-cash investing or financing), `changes` (a change in
    /// assets, liabilities or working capital), `investing`, `financing`, `operating`. Balance
    /// sheet: `current asset`, `current liability` (not `noncurrent`, `non current`). Income
    /// statement: `shares` (`weighted`, `shares`: the weighted-average shares) or `per share`
    /// (`per` and `share`: earnings per share), with ` basic` or ` diluted` when the heading
    /// names one of them only (`Basic earnings per share:` over `Class A common stock`).
    static func headingSection(statement: String, key: String) -> String? {
        let w = Set(key.split(separator: " "))
        switch statement {
        case TableStatement.cashFlow.rawValue:
            if w.contains("supplemental") || (w.contains("cash") && w.contains("paid"))
                || ((w.contains("noncash") || (w.contains("non") && w.contains("cash")))
                    && (w.contains("investing") || w.contains("financing"))) {
                return "supplemental"
            }
            if (w.contains("change") || w.contains("changes"))
                && (w.contains("asset") || w.contains("liability") || w.contains("capital")) {
                return "changes"
            }
            if w.contains("investing") { return "investing" }
            if w.contains("financing") { return "financing" }
            if w.contains("operating") { return "operating" }
        case TableStatement.incomeStatement.rawValue:
            let part: String
            if w.contains("weighted") || w.contains("shares") {
                part = "shares"
            } else if w.contains("per"), w.contains("share") {
                part = "per share"
            } else {
                return nil
            }
            if w.contains("basic"), !w.contains("diluted") { return part + " basic" }
            if w.contains("diluted"), !w.contains("basic") { return part + " diluted" }
            return part
        case TableStatement.balanceSheet.rawValue:
            if w.contains("current"), !w.contains("non"), !w.contains("noncurrent") {
                if w.contains("asset") { return "current asset" }
                if w.contains("liability") { return "current liability" }
            }
        default:
            break
        }
        return nil
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
        "gains": "gain", "balances": "balance", "stockholders": "stockholders",
    ]

    /// **One-word difference**: the closest-key step (`Index.closest`) takes a key only when
    /// the label has at most this many content words the key lacks, and the key at most this
    /// many the label lacks: the two name the same line item worded a little apart (`Net
    /// property and equipment` / `Property and equipment, net`; `Merchandise inventories` /
    /// `Inventories`), not two items that share a noun. A label with two words of its own
    /// (`Financial assets receivable, net-noncurrent` against `Assets noncurrent`: `financial`,
    /// `receivable`) names an item the key does not; a wrong concept sums a figure under
    /// another line item where no concept leaves it out, so the label gets none from this
    /// step. On the benchmark's text renditions (leave-one-filing-out), closest keys two or
    /// more words apart gave the filer's concept about 1 time in 3.
    static let maxExtraWords = 1

    /// **Opposed words**: sets of words that name different things of one kind, each word its
    /// set's number and its member's (`set << 8 | member`). The closest-key step
    /// (`Index.closest`) does not take a key one word apart on each side from the label where
    /// the two words are different members of one set (`opposed`):
    /// - *event*, what happens to the line's item: buying it (`purchase`, `acquisition`,
    ///   `payment`, `addition`, `contribution`), selling it (`revenue`, the key's word for
    ///   `sales`; `proceed`, `maturity`, `disposal`), a gain or loss on it, its impairment, its
    ///   wearing out (`amortization`, `depreciation`, `accretion`), repaying it (`repayment`,
    ///   `reduction`), issuing it (`issuance`, `issued`), its interest: `Impairment of
    ///   intangible assets` is not `Purchases of intangible assets`, nor `Principal repayments
    ///   of finance leases` `Principal payments on financing obligations`;
    /// - *term* (`long`, `short`), *current* (`current`, `noncurrent`), *due* (`within`,
    ///   `after`), *side* (`asset`, `liability`), *owed* (`receivable`, `payable`):
    ///   `Long-term investments` is not `Short-term investments`, `Debt due after one year` not
    ///   `Debt due within one year`.
    ///
    /// Each pair shares every other word. Words of one member stay interchangeable
    /// (`Acquisition of property and equipment` / `Purchases of property and equipment`), and a
    /// word of no set against one of a set is one word apart as before. On the benchmark's text
    /// renditions (leave-one-filing-out) every such key taken gave another line item's concept
    /// (9 line items of the layout renditions, none right).
    static let opposedWords: [String: UInt16] = {
        let sets: [[String]] = [
            ["purchase acquisition acquire addition payment contribution",
             "revenue sale proceed maturity maturitie disposal disposition",
             "gain loss", "impairment writedown", "amortization depreciation accretion", "repayment reduction",
             "issuance issued", "interest"],
            ["long", "short"], ["current", "noncurrent"], ["within", "after"], ["asset", "liability"],
            ["receivable", "payable"],
        ]
        var out: [String: UInt16] = [:]
        for (set, members) in sets.enumerated() {
            for (member, words) in members.enumerated() {
                for w in words.split(separator: " ") { out[String(w)] = UInt16(set + 1) << 8 | UInt16(member) }
            }
        }
        return out
    }()

    /// **Opposed words** (`opposedWords`): whether two words, the one a label has that a key
    /// lacks and the other way round, are different members of one set (each its
    /// `opposedWords` number, 0 for a word of no set).
    static func opposed(_ a: UInt16, _ b: UInt16) -> Bool {
        a != 0 && b != 0 && a >> 8 == b >> 8 && a != b
    }

    /// A balance sheet's side: where a concept's balance is printed (the data's `balance`).
    enum Side: Sendable, Equatable {
        case debit, credit
    }

    /// **Side of the sheet**: the side a balance-sheet part holds (`balanceParts`, or the
    /// section a `Current assets:` heading names): assets, current or not, are debits,
    /// liabilities credits; nil for any other section. The closest-key step
    /// (`Index.closest`) gives a row of a part no key whose concept the balance sheets of the
    /// data print on the other side (the data's `balance`: above or below `Total assets`):
    /// `Prepaid expenses and other` among the current assets does not take `Other accrued
    /// expenses` (a liability), nor `Operating leases` among the noncurrent assets `Operating
    /// lease liabilities`. On the benchmark's layout renditions (leave-one-filing-out) it took
    /// back 3 wrong concepts and gave one right one (a lease asset) in their place.
    static func partSide(_ section: String?) -> Side? {
        // The parts are `partBits`' four: assets' bits 1 and 2, liabilities' 4 and 8.
        partBits(section).map { $0.own < 4 ? .debit : .credit }
    }

    /// **Current or not**: a balance-sheet part's bit (`balanceParts`, or the section a
    /// `Current assets:` heading names), and the bit of the part on the same side across the
    /// current line (current and noncurrent assets, current and noncurrent liabilities); nil
    /// for any other section. The lookup gives a row of a part no concept the data records
    /// in the other part of its side and never in its own (`Index.partsOf`): `Marketable
    /// securities` among the noncurrent assets does not take the current assets' marketable
    /// securities, nor `Term debt` among the current liabilities the noncurrent `Long-term
    /// debt`. A concept the data records in both parts, or in none (a filer printing no
    /// part totals), is given as before. On the benchmark's layout renditions
    /// (leave-one-filing-out) it took back 3 wrong concepts of the 12 filings and 2 of the
    /// held-out filings, and no right one.
    static func partBits(_ section: String?) -> (own: UInt8, other: UInt8)? {
        switch section {
        case "current asset": return (1, 2)
        case "noncurrent asset": return (2, 1)
        case "current liability": return (4, 8)
        case "noncurrent liability": return (8, 4)
        default: return nil
        }
    }

    /// **Total is not other**: whether a label key names a total (holds the word `total`). The
    /// closest-key step (`Index.closest`) does not give a total's label a key holding an `other`
    /// the label lacks: a total sums a group of lines and `Other ...` is one residual line of
    /// it, never the same line item, though `total` is a stop word and the two may share every
    /// other word (`Total investing activities` against `Other investing activities`, `Total
    /// non-current assets` against `Other non-current assets`).
    ///
    /// **A part is not its total**: the other way round, a label without `total` takes a
    /// total's key only where the two have the same content words (`Revenues` and `Total
    /// revenues`): `Content assets, net` is one line of the assets `Total assets` sums, and
    /// `Current content liabilities` one of `Total current liabilities`, though each is one word
    /// apart from the total's key. On the benchmark's text renditions (leave-one-filing-out)
    /// every such total's concept was wrong.
    static func labelsATotal(_ key: String) -> Bool {
        // A key is words joined by single spaces (`labelKey`): read on its bytes, as the
        // index asks it of every key of the data when it is built.
        ByteSearch.withBytes(key) { b -> Bool in
            var i = 0
            while i < b.count {
                var j = i
                while j < b.count, b[j] != 0x20 { j += 1 }
                if j - i == 5, b[i] == 0x74, b[i + 1] == 0x6F, b[i + 2] == 0x74, b[i + 3] == 0x61, b[i + 4] == 0x6C { return true }
                i = j + 1
            }
            return false
        }
    }

    /// **No consensus**: whether the filings that print a key agree enough on its concept
    /// for the dictionary to give it: the concept most of them give (`top` of `filings`) is
    /// given by more than one, or by every one. A key each filing tags with a concept of its
    /// own (a comprehensive income statement's `Income tax effect`, the tax of whichever item
    /// is printed above it; `Short-term debt` as commercial paper, current debt or borrowings)
    /// names no line item the filings share: it gets no concept, at every step of the lookup
    /// (the closest key too), rather than one filer's. On the benchmark's text renditions
    /// (leave-one-filing-out) such keys gave the filer's concept about 1 time in 4.
    /// A concept and its noncontrolling-interest partner agree (`noncontrollingPartner`).
    static func settled(top: Int, filings: Int) -> Bool {
        top > 1 || top == filings
    }

    /// The kind of figure a statement prints: balances at a date (`stock`) or changes over a
    /// period (`flow`).
    enum Figure: Sendable, Equatable {
        case stock, flow
    }

    /// **Stock and flow**: the figures a statement of this kind prints, for the lookup's last
    /// step (a key no entry of the row's own statement has, looked up in the others): a balance
    /// sheet prints balances (`stock`); income, comprehensive income and cash flow statements
    /// print changes (`flow`); an equity statement both (nil). A key the row's statement does
    /// not know is looked up only in the statements printing its kind of figure (equity
    /// statements with either): a cash flow statement's `Materials and supplies` (the change)
    /// does not take the balance sheet's inventory balance, nor a balance sheet's `Foreign
    /// currency translation adjustment` (the accumulated balance) the comprehensive income
    /// statement's change for the period.
    static func figure(of statement: String) -> Figure? {
        switch statement {
        case TableStatement.balanceSheet.rawValue: return .stock
        case TableStatement.incomeStatement.rawValue, TableStatement.comprehensiveIncome.rawValue,
             TableStatement.cashFlow.rawValue: return .flow
        default: return nil
        }
    }

    /// Words that do not count when labels are compared word by word.
    static let stopWords: Set<String> = ["the", "of", "and", "in", "for", "to", "a", "an", "from", "on", "net", "total",
                                         "inc", "co", "corp", "corporation", "company", "llc", "ltd", "plc", "by", "used",
                                         "provided"]

    /// **Label key**: a row label as the dictionary compares it. ASCII letters and digits form
    /// words, lowercased (anything else separates words); words of digits only (a share count,
    /// a note number), full month names and `note` are dropped; `synonyms` are applied;
    /// `attributable to` followed by anything but a `non...` word (`noncontrolling interests`)
    /// ends the key as `attributable to parent`, since the filer's own name follows it (`Net
    /// income attributable to Example Inc.`). `Net sales` -> `net revenue`; `Cash, cash
    /// equivalents and restricted cash, end of period` -> `cash cash equivalent and restricted
    /// cash end of period`. Three rules read the tails filers append to a line item's name:
    /// - **figure tail**: from the first `,` or `;` that a digit follows anywhere later, the
    ///   label is a clause of figures (par value, shares authorized and issued, an allowance,
    ///   a tax amount, a date) and not part of the key: `Common stock, $0.01 par value, 4,000
    ///   shares authorized` -> `common stock`, `Balance at June 30, 2024` -> `balance`;
    /// - **net of tax**: `net of tax`, `net of taxes` or `net of income tax(es)` ends the key
    ///   as `net of tax`, whatever follows it (`expense (benefit) of $206 in 2024`, `effect`),
    ///   in the label or in its figure tail (`Other comprehensive loss, net of tax of $28` ->
    ///   `other comprehensive loss net of tax`);
    /// - **date tail**: the words a date leaves at the key's end once its month and numbers are
    ///   dropped (`at`, `as`, `of`, `on`, `in`, `ended`, `ending`) are dropped
    ///   (`BALANCE MARCH 31, 2025` and `Balance as of September 30` -> `balance`).
    /// Then `periodPosition`, `currentPortion`, `perShareHolder`, `cashEquivalents`,
    /// `stockholdersDeficit`, `lossAsIncome`, `effectOnCash` and `vocabulary` read the key's
    /// words.
    /// The benchmark's `label_key` (scripts/accuracy_lib/concepts.py) is the same.
    public static func labelKey(_ label: String) -> String {
        ByteSearch.withBytes(label) { b -> String in
            let cut = figureTail(b)
            var out: [[UInt8]] = []
            var ended = keyWords(UnsafeBufferPointer(rebasing: b[..<(cut ?? b.count)]), into: &out)
            if !ended, let cut {
                // `net of tax` in the figure tail still ends the key as `net of tax`
                var rest: [[UInt8]] = []
                _ = keyWords(UnsafeBufferPointer(rebasing: b[cut...]), into: &rest)
                if rest.last.map({ $0.elementsEqual("tax".utf8) }) ?? false, rest.count >= 3,
                   rest[rest.count - 2].elementsEqual("of".utf8), rest[rest.count - 3].elementsEqual("net".utf8) {
                    out.append(contentsOf: netOfTax)
                    ended = true
                }
            }
            while let last = out.last, dateLead.contains(where: { last.elementsEqual($0) }) { out.removeLast() }
            periodPosition(&out)
            currentPortion(&out)
            perShareHolder(&out)
            cashEquivalents(&out)
            stockholdersDeficit(&out)
            lossAsIncome(&out)
            effectOnCash(&out)
            vocabulary(&out)
            var key: [UInt8] = []
            for w in out {
                if !key.isEmpty { key.append(0x20) }
                key.append(contentsOf: w)
            }
            return String(decoding: key, as: UTF8.self)
        }
    }

    /// **Period position** (`labelKey`): the edge of the period a balance is printed at is not
    /// part of the line item. A tail `beginning`, `end` or `start` followed by `of` and only
    /// the words of `periodWords` goes, with the `at`, `as`, `of`, `the` before it (`Balance at
    /// end of year`, `Cash and cash equivalents, end of period`, `Balance as of the beginning of
    /// the fiscal year`), and so does `beginning`, `ending`, `opening` or `closing` before a
    /// leading `balance` (`Ending balance`), or before a `balance` that ends a longer key
    /// (`Cash and cash equivalents, beginning balances`): all -> the key without them
    /// (`balance`, `cash and cash equivalent`).
    static func periodPosition(_ out: inout [[UInt8]]) {
        func isAny(_ w: [UInt8], _ set: [[UInt8]]) -> Bool { set.contains { w.elementsEqual($0) } }
        if let j = out.lastIndex(where: { isAny($0, periodEnd) }), out.count - j >= 2,
           out[j + 1].elementsEqual("of".utf8), out[(j + 1)...].allSatisfy({ isAny($0, periodWords) }) {
            out.removeSubrange(j...)
            while let last = out.last, isAny(last, dateLead) || last.elementsEqual("the".utf8) { out.removeLast() }
        }
        if out.count >= 2, isAny(out[0], balanceEdge), out[1].elementsEqual("balance".utf8) {
            out.removeFirst()
        } else if out.count >= 3, isAny(out[out.count - 2], balanceEdge), out[out.count - 1].elementsEqual("balance".utf8) {
            out.removeLast(2)
        }
    }

    /// **Current-portion tail** (`labelKey`): `net of current portion`, `less current portion`,
    /// `excluding current installments`, `net of current maturities` and what follows go: the
    /// rest of a liability once its current part is taken out is its noncurrent part, which the
    /// balance sheet's position gives (`balanceParts`): `Operating lease liabilities, net of
    /// current portion` -> `operating lease liability`. (`maturitie` is `maturities` once
    /// `singular` has read it.)
    static func currentPortion(_ out: inout [[UInt8]]) {
        guard out.count >= 3 else { return }
        for j in 0..<(out.count - 2) {
            guard out[j + 1].elementsEqual("current".utf8), currentPart.contains(where: { out[j + 2].elementsEqual($0) }) else {
                continue
            }
            let start: Int
            if out[j].elementsEqual("less".utf8) || out[j].elementsEqual("excluding".utf8) {
                start = j
            } else if out[j].elementsEqual("of".utf8), j > 0, out[j - 1].elementsEqual("net".utf8) {
                start = j - 1
            } else {
                continue
            }
            if start > 0 {
                out.removeSubrange(start...)
                return
            }
        }
    }

    /// **Per-share holder tail** (`labelKey`): `attributable to parent` after a per-share
    /// figure (a key holding `per` and `share` before it) goes. Earnings per share are the
    /// parent's holders' whatever the label says, and most filers print them without naming
    /// the holders: `Basic earnings per share attributable to Example Inc.` -> `basic income
    /// per share`. (A net income keeps the tail: which of the noncontrolling-interest pair it
    /// is reads it, `noncontrollingConcept`.)
    static func perShareHolder(_ out: inout [[UInt8]]) {
        guard out.count > 3, out[out.count - 3].elementsEqual("attributable".utf8),
              out[out.count - 2].elementsEqual("to".utf8), out[out.count - 1].elementsEqual("parent".utf8) else { return }
        let before = out[..<(out.count - 3)]
        guard before.contains(where: { $0.elementsEqual("per".utf8) }),
              before.contains(where: { $0.elementsEqual("share".utf8) }) else { return }
        out.removeLast(3)
    }

    /// **Cash and equivalents** (`labelKey`): `cash and equivalents` reads as `cash and cash
    /// equivalents`, the same line item worded short: `Net change in cash and equivalents` ->
    /// `net change in cash and cash equivalent`.
    static func cashEquivalents(_ out: inout [[UInt8]]) {
        var j = 2
        while j < out.count {
            if out[j].elementsEqual("equivalent".utf8), out[j - 1].elementsEqual("and".utf8),
               out[j - 2].elementsEqual("cash".utf8) {
                out.insert(Array("cash".utf8), at: j)
                j += 1
            }
            j += 1
        }
    }

    /// **Stockholders' deficit** (`labelKey`): `stockholders deficit` reads as `stockholders
    /// equity`: the equity of a filer whose equity is negative is the same line item
    /// (`Total shareholders' deficit` -> `total stockholders equity`).
    static func stockholdersDeficit(_ out: inout [[UInt8]]) {
        var j = 1
        while j < out.count {
            if out[j].elementsEqual("deficit".utf8), out[j - 1].elementsEqual("stockholders".utf8) {
                out[j] = Array("equity".utf8)
            }
            j += 1
        }
    }

    /// **Loss is income's sign** (`labelKey`): `loss` reads as `income` where it names an
    /// income measure's negative result, the same line item: beside `income` (`Net income
    /// (loss)`, `(Loss) income`), after a word of `incomeMeasures` (`Net loss`, `Operating
    /// loss`, `Other comprehensive loss`), or leading the key before `before` or `from` (`Loss
    /// before income taxes`, `Loss from operations`); then `income income` reads as one
    /// `income`. A loss named for what it is on (`Investment loss`, `Foreign exchange loss`,
    /// `Gain (loss) on investments`) keeps its word: a gain-or-loss line, and `Investment
    /// income` another item. Keyed apart, `Net income (loss)` was closer to `Operating income
    /// (loss)` than to `Net income`, and `Other comprehensive loss` to `Comprehensive loss` than
    /// to `Other comprehensive income`.
    static func lossAsIncome(_ out: inout [[UInt8]]) {
        func isWord(_ w: [UInt8], _ s: StaticString) -> Bool {
            w.count == s.utf8CodeUnitCount && s.withUTF8Buffer { w.elementsEqual($0) }
        }
        guard out.indices.contains(where: { isWord(out[$0], "loss") || ($0 > 0 && isWord(out[$0], "income")
                                                                           && isWord(out[$0 - 1], "income")) }) else { return }
        var res: [[UInt8]] = []
        res.reserveCapacity(out.count)
        for i in out.indices {
            var w = out[i]
            if isWord(w, "loss") {
                let next = i + 1 < out.count ? out[i + 1] : []
                let pair = (i > 0 && isWord(out[i - 1], "income")) || isWord(next, "income")
                let measure = (i > 0 && incomeMeasures.contains { out[i - 1].elementsEqual($0) })
                    || (i == 0 && (isWord(next, "before") || isWord(next, "from")))
                if pair || measure { w = Array("income".utf8) }
            }
            if isWord(w, "income"), let last = res.last, isWord(last, "income") { continue }
            res.append(w)
        }
        out = res
    }

    /// **Effect on cash** (`labelKey`): `on cash ...` after `effect` goes. A cash flow
    /// statement's exchange-rate line names the cash it acts on, and that is always the
    /// statement's cash total whatever the label lists (`cash and cash equivalents`, `cash, cash
    /// equivalents and restricted cash`, or nothing): `Effect of exchange rate changes on cash,
    /// cash equivalents and restricted cash` and `Effect of exchange rate changes` -> `effect
    /// of exchange rate change`. Keyed apart, the lists split the line's filings into keys too
    /// small to agree on its concept.
    static func effectOnCash(_ out: inout [[UInt8]]) {
        guard let e = out.firstIndex(where: { $0.elementsEqual("effect".utf8) }) else { return }
        var j = e + 1
        while j + 1 < out.count {
            if out[j].elementsEqual("on".utf8), out[j + 1].elementsEqual("cash".utf8) {
                out.removeSubrange(j...)
                return
            }
            j += 1
        }
    }

    /// **Accounting vocabulary** (`labelKey`): the standard names accounting gives one line
    /// item, which any filer may print, read as one (`vocabularyTerms`, each a run of key words
    /// and the words it reads as): `Capital investments` as `capital expenditure` (spending on
    /// long-lived productive assets), `Paid-in surplus` and `Capital surplus` as `additional
    /// paid in capital` (what holders paid above par), `Accumulated earnings` and `Reinvested
    /// earnings` as `retained income` (earnings kept in the business), `Trade payables` and
    /// `Trade receivables` as `account payable` and `account receivable` (owed to suppliers,
    /// by customers), `Provision for income taxes` and `Income tax provision` as `income tax
    /// expense` (the period's income tax charge), `Unearned revenue` as `deferred revenue`
    /// (received before it is earned), `borrowings` as `debt`, `Share repurchases` and `Stock
    /// repurchases` as `repurchase of common stock`. Keyed apart, a key holding one name shares
    /// too few words with a key holding the other for the closest-key step (`Index.closest`:
    /// half the words, `maxExtraWords`), and each name's filings count apart (`settled`): the
    /// line item a filer prints under the other name gets no concept, or another item's. Terms
    /// are matched left to right, each run of words once; other words are left as they are.
    /// On the benchmark's text renditions (leave-one-filing-out) the terms gave 19 line items
    /// the filer's concept and one a wrong one; wider equivalences (`long term` as
    /// `noncurrent`, `payment` as `repayment`) gave more wrong concepts than right ones.
    static func vocabulary(_ out: inout [[UInt8]]) {
        guard out.contains(where: startsATerm) else { return }
        var res: [[UInt8]] = []
        res.reserveCapacity(out.count + 2)
        var i = 0
        while i < out.count {
            if let t = vocabularyTerms.first(where: { t in
                i + t.from.count <= out.count && t.from.indices.allSatisfy { same(out[i + $0][...], t.from[$0]) }
            }) {
                res.append(contentsOf: t.to)
                i += t.from.count
            } else {
                res.append(out[i])
                i += 1
            }
        }
        out = res
    }

    /// Whether a key word is the first word of a term (`vocabularyTerms`). Most words start none:
    /// their first two bytes rule them out (`vocabularyPrefixBits`) before any word is
    /// compared, as `labelKey` asks it of every word of every label.
    static func startsATerm(_ w: [UInt8]) -> Bool {
        guard w.count >= 2, vocabularyPrefixBits & prefixBit(w[0], w[1]) != 0 else { return false }
        return vocabularyTerms.contains { $0.from.first.map { same(w[...], $0) } ?? false }
    }

    /// One of 64 bits for a word's first two bytes (`startsATerm`).
    @inline(__always)
    static func prefixBit(_ a: UInt8, _ b: UInt8) -> UInt64 {
        1 << UInt64((UInt32(a) * 31 + UInt32(b)) & 63)
    }

    /// The `prefixBit`s of the terms' first words (each has two letters at least).
    static let vocabularyPrefixBits: UInt64 = vocabularyTerms.reduce(0) { bits, t in
        guard let f = t.from.first, f.count >= 2 else { return bits }
        return bits | prefixBit(f[0], f[1])
    }

    /// The terms `vocabulary` reads as one: each run of key words (after `synonyms` and
    /// `singular`: `earnings` is `income`, `payables` `payable`) and the words it reads as.
    static let vocabularyTerms: [(from: [[UInt8]], to: [[UInt8]])] = [
        (["capital", "investment"], ["capital", "expenditure"]),
        (["paid", "in", "surplus"], ["additional", "paid", "in", "capital"]),
        (["capital", "surplus"], ["additional", "paid", "in", "capital"]),
        (["accumulated", "income"], ["retained", "income"]),
        (["reinvested", "income"], ["retained", "income"]),
        (["trade", "payable"], ["account", "payable"]),
        (["trade", "receivable"], ["account", "receivable"]),
        (["provision", "for", "income", "tax"], ["income", "tax", "expense"]),
        (["income", "tax", "provision"], ["income", "tax", "expense"]),
        (["unearned", "revenue"], ["deferred", "revenue"]),
        (["borrowing"], ["debt"]),
        (["share", "repurchase"], ["repurchase", "of", "common", "stock"]),
        (["stock", "repurchase"], ["repurchase", "of", "common", "stock"]),
    ].map { (pair: ([StaticString], [StaticString])) in
        (pair.0.map(bytes), pair.1.map(bytes))
    }

    /// A static string's bytes.
    static func bytes(_ s: StaticString) -> [UInt8] {
        s.withUTF8Buffer { Array($0) }
    }

    /// The words before `loss` that make it an income measure's negative result (`lossAsIncome`).
    static let incomeMeasures: [[UInt8]] = ["net", "operating", "comprehensive", "gross"].map { Array($0.utf8) }

    /// The words that name the current part of a liability (`currentPortion`).
    static let currentPart: [[UInt8]] = ["portion", "installment", "maturity", "maturitie"].map { Array($0.utf8) }

    /// The words that name a period's edge (`periodPosition`).
    static let periodEnd: [[UInt8]] = ["beginning", "end", "start"].map { Array($0.utf8) }
    /// The words a period-position tail may hold after its edge (`periodPosition`).
    static let periodWords: [[UInt8]] = ["of", "the", "fiscal", "year", "period", "quarter", "month"].map { Array($0.utf8) }
    /// The words before a leading `balance` that name its edge (`periodPosition`).
    static let balanceEdge: [[UInt8]] = ["beginning", "ending", "opening", "closing"].map { Array($0.utf8) }

    /// `net of tax`, the words the net-of-tax rule ends a key with.
    static let netOfTax: [[UInt8]] = [Array("net".utf8), Array("of".utf8), Array("tax".utf8)]
    /// Words a date tail leaves at a key's end (`labelKey`, date tail).
    static let dateLead: [[UInt8]] = ["at", "as", "of", "on", "in", "ended", "ending"].map { Array($0.utf8) }

    /// The figure tail's start (`labelKey`): the first `,` or `;` that an ASCII digit follows
    /// anywhere later in the label, or nil. **A figure tail in parentheses**: where that
    /// separator is printed inside a parenthesis, the tail starts at the `(` that opens it, so
    /// the terms a filer prints in parentheses go with it: `Preferred stock ($0.01 par value;
    /// 500 shares authorized; none issued)` -> `preferred stock`, as `Preferred stock, $0.01
    /// par value, 500 shares authorized` (without it: `preferred stock par value`, a key no
    /// other filing prints). A parenthesis without a separator stays (`Dividends declared
    /// ($1.30 per share)`).
    static func figureTail(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let lastDigit = b.lastIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var opened: Int?
        for i in 0..<lastDigit {
            switch b[i] {
            case 0x28: opened = i
            case 0x29: opened = nil
            case 0x2C, 0x3B: return opened ?? i
            default: continue
            }
        }
        return nil
    }

    /// Appends the key words of `b` to `out` (`labelKey`: words, dropped words, synonyms,
    /// `attributable to parent`, `net of tax`); true when a rule ended the key there.
    static func keyWords(_ b: UnsafeBufferPointer<UInt8>, into out: inout [[UInt8]]) -> Bool {
        // The label's words, lowercased, as ranges of `low`.
        var low: [UInt8] = []
        low.reserveCapacity(b.count)
        var words: [Range<Int>] = []
        var start = 0
        for c in b {
            switch c {
            case 0x30...0x39, 0x61...0x7A: low.append(c)
            case 0x41...0x5A: low.append(c + 0x20)
            default:
                if low.count > start { words.append(start..<low.count); start = low.count }
            }
        }
        if low.count > start { words.append(start..<low.count) }
        func word(_ i: Int) -> ArraySlice<UInt8> { i < words.count ? low[words[i]] : [] }
        func isDigits(_ i: Int) -> Bool { word(i).allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        func equals(_ i: Int, _ s: StaticString) -> Bool {
            i < words.count && words[i].count == s.utf8CodeUnitCount && s.withUTF8Buffer { word(i).elementsEqual($0) }
        }
        func isTax(_ i: Int) -> Bool { equals(i, "tax") || equals(i, "taxes") }
        var i = 0
        while i < words.count {
            let w = word(i)
            if isDigits(i) || equals(i, "note") || monthBytes.contains(where: { same(w, $0) }) {
                i += 1
                continue
            }
            if equals(i, "attributable"), equals(i + 1, "to") {
                let rest = ((i + 2)..<words.count).first { !isDigits($0) }
                if rest.map({ !word($0).starts(with: "non".utf8) }) ?? true {
                    out.append(contentsOf: [Array("attributable".utf8), Array("to".utf8), Array("parent".utf8)])
                    return true
                }
            }
            if equals(i, "net"), equals(i + 1, "of"), isTax(i + 2) || (equals(i + 2, "income") && isTax(i + 3)) {
                out.append(contentsOf: netOfTax)
                return true
            }
            // prefix: `non` and the word it is printed apart from (`Non-controlling`, `non current`)
            var joined = w
            if equals(i, "non"), i + 1 < words.count, word(i + 1).allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
                joined = w + word(i + 1)
                i += 1
            }
            if let s = synonymBytes.first(where: { same(joined, $0.from) }) {
                out.append(s.to)
            } else {
                out.append(singular(joined))
            }
            i += 1
        }
        return false
    }

    /// **Plural**: a word of more than three letters ending in `s` reads as its singular
    /// (`interests`, `leases`, `hedges`, `adjustments`: `Noncontrolling interests` and
    /// `Noncontrolling interest` are one line item), except after `s`, `u` or `i` (`loss`,
    /// `plus`, `basis`) and `shares` (a count of shares, where `share` is a per-share figure).
    static func singular(_ w: ArraySlice<UInt8>) -> [UInt8] {
        guard w.count > 3, w.last == 0x73 else { return Array(w) }
        let before = w[w.index(before: w.endIndex - 1)]
        if before == 0x73 || before == 0x75 || before == 0x69 { return Array(w) }
        if w.elementsEqual("shares".utf8) { return Array(w) }
        return Array(w.dropLast())
    }

    /// Whether a word's bytes are `x`'s, the lengths compared first (`keyWords` asks every word
    /// against each month and synonym: a generic `elementsEqual` per pair cost ~20k instructions
    /// a label).
    @inline(__always)
    static func same(_ w: ArraySlice<UInt8>, _ x: [UInt8]) -> Bool {
        guard w.count == x.count else { return false }
        return w.withUnsafeBufferPointer { a in
            x.withUnsafeBufferPointer { b in
                var k = 0
                while k < a.count {
                    if a[k] != b[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    /// `Months.names` on bytes, for `labelKey`.
    static let monthBytes: [[UInt8]] = Months.names.map { Array($0.utf8) }

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
            /// Whether the key names a total (`labelsATotal`).
            var total: Bool
            /// The concept most filings give (ties: the smaller concept); nil where no
            /// concept has the filings' consensus (`settled`).
            var concept: String?
            /// The side of the balance sheet the data records that concept on (`partSide`).
            var side: Side?
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
        /// The data the counts below point into.
        let data: String
        /// Key number -> its concepts' filings over all statements (`byKey`: the concept most
        /// filings give), over the statements that print balances (`Figure.stock`: balance
        /// sheets and equity statements), and over those that print changes (`Figure.flow`:
        /// income, comprehensive income, cash flow and equity statements). Only the lookup's
        /// last step reads them, for few rows: each key's concept is decided there, not for
        /// every key when the index is built.
        private var keyCounts: [[Count]] = []
        private var stockCounts: [[Count]] = []
        private var flowCounts: [[Count]] = []

        /// Key number -> the concept most filings give, over all statements (nil: `settled`).
        func byKey(_ id: Int) -> String? { settledConcept(keyCounts[id]) }
        func byStockKey(_ id: Int) -> String? { settledConcept(stockCounts[id]) }
        func byFlowKey(_ id: Int) -> String? { settledConcept(flowCounts[id]) }
        private func settledConcept(_ list: [Count]) -> String? {
            ByteSearch.withBytes(data) { b in Self.settledTop(list, b)?.concept }
        }
        /// Statement -> its keys, in the order they first appear in the data.
        var statements: [String: Statement] = [:]
        /// Each content word of a key, numbered, so the closest-key step counts shared words
        /// through `Statement.postings` without building a set per key.
        var wordIds: [String: Int] = [:]
        /// Word number -> its `opposedWords` number (0: none).
        var wordSenses: [UInt16] = []
        /// Concept -> the balance-sheet parts the data records it in (`partBits`' bits).
        var partsOf: [String: UInt8] = [:]

        /// One concept's filings, the concept a byte range of the data.
        private struct Count {
            var concept: Range<Int>
            var n: Int
            /// The data's `balance` of the concept (`partSide`).
            var side: Side?
        }

        init(data: String) {
            self.data = data
            var keyIds: [String: Int] = [:]
            var keyCounts: [[Count]] = []
            var stockCounts: [[Count]] = []
            var flowCounts: [[Count]] = []
            var statements: [String: Statement] = [:]
            var wordIds: [String: Int] = [:]
            var partsOf: [String: UInt8] = [:]
            ByteSearch.withBytes(data) { b in
                // Per statement number: the figures it prints (`figure`; nil: both), and the
                // balance-sheet part it is (`partBits`; 0: none).
                var figures: [Figure?] = []
                var partBit: [UInt8] = []
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
                func add(_ list: inout [Count], _ concept: Range<Int>, _ n: Int, _ side: Side? = nil) {
                    if let i = list.firstIndex(where: { same($0.concept, concept) }) {
                        list[i].n += n
                    } else {
                        list.append(Count(concept: concept, n: n, side: side))
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
                        let name = String(decoding: b[f[0]], as: UTF8.self)
                        figures.append(ConceptDictionary.figure(of: name))
                        partBit.append(name.hasPrefix("balance_sheet/") ? ConceptDictionary.partBits(String(name.dropFirst(14)))?.own ?? 0 : 0)
                    }
                    let id: Int
                    if let l = last, same(l.key, f[1]) { id = l.id } else { id = intern(f[1], &keyIds) }
                    if id == keyCounts.count {
                        keyCounts.append([])
                        stockCounts.append([])
                        flowCounts.append([])
                    }
                    last = (f[0], st, f[1], id)
                    if counts[st][id] == nil { order[st].append(id) }
                    // current or not: the balance-sheet parts the data records each concept in
                    if partBit[st] != 0 { partsOf[String(decoding: b[f[2]], as: UTF8.self), default: 0] |= partBit[st] }
                    // side of the sheet: the concept's side, as the data records it
                    let side: Side? = f.count < 5 || f[4].isEmpty ? nil : b[f[4]].first == UInt8(ascii: "d") ? .debit : .credit
                    add(&counts[st][id, default: []], f[2], n, side)
                    // a section's lines (`cash_flow/investing`) repeat the statement's
                    if !b[f[0]].contains(0x2F) {
                        add(&keyCounts[id], f[2], n)
                        if figures[st] != .flow { add(&stockCounts[id], f[2], n) }
                        if figures[st] != .stock { add(&flowCounts[id], f[2], n) }
                    }
                }
                var keyText = [String](repeating: "", count: keyIds.count)
                for (key, id) in keyIds { keyText[id] = key }
                var statementNames = [String](repeating: "", count: statementIds.count)
                for (name, st) in statementIds { statementNames[st] = name }
                var keyWords: [[Int]?] = Array(repeating: nil, count: keyCounts.count)
                for (st, name) in statementNames.enumerated() {
                    var s = Statement()
                    for id in order[st] {
                        let list = counts[st][id] ?? []
                        let words = keyWords[id] ?? Self.numberedWords(keyText[id], &wordIds)
                        keyWords[id] = words
                        s.position[id] = s.entries.count
                        for w in words { s.postings[w, default: []].append(s.entries.count) }
                        let top = Self.settledTop(list, b)
                        s.entries.append(Entry(key: keyText[id], words: words, filings: list.reduce(0) { $0 + $1.n },
                                               total: ConceptDictionary.labelsATotal(keyText[id]), concept: top?.concept,
                                               side: top?.side))
                    }
                    statements[name] = s
                }
            }
            self.keyIds = keyIds
            self.keyCounts = keyCounts
            self.stockCounts = stockCounts
            self.flowCounts = flowCounts
            self.statements = statements
            self.wordIds = wordIds
            var wordSenses = [UInt16](repeating: 0, count: wordIds.count)
            for (w, id) in wordIds { wordSenses[id] = ConceptDictionary.opposedWords[w] ?? 0 }
            self.wordSenses = wordSenses
            self.partsOf = partsOf
        }

        /// The concept most filings give of `list` (`b`: the data), with the side the data
        /// records it on; ties: the smaller concept (ASCII: byte order is `String` order); nil
        /// where it has no consensus (`settled`).
        private static func settledTop(_ list: [Count], _ b: UnsafeBufferPointer<UInt8>) -> (concept: String, side: Side?)? {
            guard var top = list.first else { return nil }
            for c in list.dropFirst() where c.n > top.n
                || (c.n == top.n && b[c.concept].lexicographicallyPrecedes(b[top.concept])) {
                top = c
            }
            let concept = String(decoding: b[top.concept], as: UTF8.self)
            // A concept's noncontrolling-interest partner agrees with it: which of the two a
            // filing gets is `noncontrollingConcept`'s decision.
            let partner = ConceptDictionary.noncontrollingPartner(concept)
            let agreeing = top.n + list.reduce(0) { sum, c in
                partner.map { b[c.concept].elementsEqual($0.utf8) } == true ? sum + c.n : sum
            }
            guard ConceptDictionary.settled(top: agreeing, filings: list.reduce(0) { $0 + $1.n }) else { return nil }
            return (concept, top.side)
        }

        /// The numbers of a key's distinct content words (ascending), numbering each new word
        /// next in `wordIds`.
        static func numberedWords(_ key: String, _ wordIds: inout [String: Int]) -> [Int] {
            var ids: [Int] = []
            ConceptDictionary.forEachContentWord(key) { w in
                let wid: Int
                if let known = wordIds[w] { wid = known } else {
                    wid = wordIds.count
                    wordIds[w] = wid
                }
                if !ids.contains(wid) { ids.append(wid) }
            }
            return ids.sorted()
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

        /// The concept of a label key in a statement (docs/concepts.md, Lookup), the row
        /// printed in `section` under the heading whose key is `heading` (`sectionHeading`).
        func lookup(statement: String, key: String, section: String? = nil, heading: String? = nil) -> String? {
            let concept = anyPartLookup(statement: statement, key: key, section: section, heading: heading)
            // current or not: a row of a part takes no concept the data records only in the
            // other part of its side
            guard let c = concept, statement == TableStatement.balanceSheet.rawValue,
                  let bits = ConceptDictionary.partBits(section), let parts = partsOf[c] else { return concept }
            return parts & bits.other != 0 && parts & bits.own == 0 ? nil : c
        }

        /// `lookup` before **current or not**.
        func anyPartLookup(statement: String, key: String, section: String?, heading: String?) -> String? {
            guard !key.isEmpty else { return nil }
            let id = keyIds[key]
            if let id {
                if let section, let s = statements[statement + "/" + section], let e = s.position[id] {
                    return s.entries[e].concept
                }
                if let st = statements[statement], let e = st.position[id] { return st.entries[e].concept }
            }
            // the statement's closest key before the key in another statement
            let side = statement == TableStatement.balanceSheet.rawValue ? ConceptDictionary.partSide(section) : nil
            if let near = closest(statement: statement, key: key, side: side) { return near }
            if let section, let heading, ConceptDictionary.isMeasureSection(section) {
                if let h = keyIds[heading], let st = statements[statement], let e = st.position[h] {
                    return st.entries[e].concept
                }
                if let near = closest(statement: statement, key: heading) { return near }
            }
            // stock and flow: the statements that print this statement's kind of figure
            guard let id else { return nil }
            switch ConceptDictionary.figure(of: statement) {
            case .stock: return byStockKey(id)
            case .flow: return byFlowKey(id)
            case nil: return byKey(id)
            }
        }

        /// The concept of the key of `statement` sharing the most words with `key` (Jaccard of
        /// content words at least 1/2, and at most `maxExtraWords` content words of either not
        /// in the other; ties `better`), or nil; for a row of a balance-sheet part, only a key
        /// whose concept is not printed on the other `side` (`partSide`).
        func closest(statement: String, key: String, side: Side? = nil) -> String? {
            guard let st = statements[statement] else { return nil }
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
            // total is not other: a total's label skips the keys naming an `other` it lacks
            let labelTotal = ConceptDictionary.labelsATotal(key)
            let residual = labelTotal ? wordIds["other"].flatMap { known.contains($0) ? nil : $0 } : nil
            let wordCount = known.count + unknown.count
            // Per entry sharing a word with the label: how many (the lists hold distinct words).
            // (counted in an array over the statement's entries, not a dictionary: the ties
            // `better` breaks make the answer the same in any order)
            var shared = [Int](repeating: 0, count: st.entries.count)
            var sharing: [Int] = []
            for w in known {
                for e in st.postings[w] ?? [] {
                    if shared[e] == 0 { sharing.append(e) }
                    shared[e] += 1
                }
            }
            var best: (inter: Int, union: Int, filings: Int, key: String, concept: String?)?
            for e in sharing {
                let inter = shared[e]
                let k = st.entries[e]
                let union = wordCount + k.words.count - inter
                guard inter * 2 >= union else { continue }
                // one-word difference
                guard wordCount - inter <= ConceptDictionary.maxExtraWords,
                      k.words.count - inter <= ConceptDictionary.maxExtraWords else { continue }
                if let residual, k.words.contains(residual) { continue }
                // opposed words: one word apart on each side, different members of one set
                if wordCount - inter == 1, k.words.count - inter == 1 {
                    let labelSense: UInt16
                    if let word = unknown.first {
                        labelSense = ConceptDictionary.opposedWords[word] ?? 0
                    } else {
                        labelSense = known.first { !k.words.contains($0) }.map { wordSenses[$0] } ?? 0
                    }
                    let keySense = k.words.first { !known.contains($0) }.map { wordSenses[$0] } ?? 0
                    if ConceptDictionary.opposed(labelSense, keySense) { continue }
                }
                // side of the sheet: no concept the balance sheets print on the other side
                if let side, let s = k.side, s != side { continue }
                // a part is not its total: a label without `total` takes a total's key only
                // with the same content words
                if !labelTotal, k.total, wordCount > inter || k.words.count > inter { continue }
                if let b = best, !Self.better((inter, union, k.filings, k.key), (b.inter, b.union, b.filings, b.key)) { continue }
                best = (inter, union, k.filings, k.key, k.concept)
            }
            return best?.concept ?? nil
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
