/// What a metric's name says about the period of its figures, as a filing's prose names
/// metrics: a **balance** is held at a date (`loss carryforwards`, `income taxes payable`,
/// `purchase obligations`, `goodwill`), a **flow** accrues over a period (`amortization
/// expense`, `revenue`, `gain`), and an event **pays or raises** an amount over its own day
/// or month (`cash consideration`, `net proceeds`, `purchase price`). Read from the metric
/// lower-cased; a word is found anywhere in it (`carryforward` in `net operating loss
/// carryforwards`). The facts stage reads them (`balanceAtPeriodEnd`, `eventFlow`).
public enum MetricKinds {
    /// The words of a balance's metric that a flow word does not undo: a loss or credit
    /// carried forward, an amount receivable or payable (`income taxes payable`).
    public static let heldWords = ["carryforward", "receivable", "payable"]
    /// The other words of a balance's metric.
    public static let balanceWords = ["obligations", "commitment", "goodwill", "intangible asset", "held for sale",
                                      "unrecognized", "notional"]
    /// The words of a flow's metric: no balance word makes such a metric a balance.
    public static let flowWords = ["expense", "amortization", "revenue", "income", "gain", "loss", "impairment",
                                   "payment", "paid", "proceeds", "repurchase", "recognized", "recorded"]
    /// The words of an amount an event pays or raises.
    public static let eventFlowWords = ["consideration", "proceeds", "purchase price", "payment"]

    /// Whether a metric (lower-cased) names a balance: a held word, whatever else it says,
    /// or a balance word and no flow word.
    public static func namesBalance(_ lowercased: String) -> Bool {
        heldWords.contains(where: { lowercased.contains($0) })
            || balanceWords.contains(where: { lowercased.contains($0) }) && !flowWords.contains(where: { lowercased.contains($0) })
    }

    /// The words of an amount of money a note may state as none (`There were no borrowings
    /// outstanding under ...`, `no impairment charges`, `no transfers ... into or out of Level
    /// 3`): the facts stage's `noneStated`.
    public static let nilAmountWords = ["borrowing", "impairment", "charges", "transfers", "allowance", "penalties",
                                        "obligations", "commercial paper", "amounts outstanding", "outstanding",
                                        "debt", "residual"]

    /// Whether a metric (lower-cased) names an amount of money a note may state as none.
    public static func namesNilAmount(_ lowercased: String) -> Bool {
        nilAmountWords.contains(where: { lowercased.contains($0) })
    }

    /// Whether a metric (lower-cased) names an amount an event pays or raises.
    public static func namesEventFlow(_ lowercased: String) -> Bool {
        eventFlowWords.contains(where: { lowercased.contains($0) })
    }
}
