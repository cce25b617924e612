/// What a metric's name says about the period of its figures, as a filing's prose names
/// metrics: a **balance** is held at a date (`loss carryforwards`, `income taxes payable`,
/// `purchase obligations`, `goodwill`), a **flow** accrues over a period (`amortization
/// expense`, `revenue`, `gain`), and an event **pays or raises** an amount over its own day
/// or month (`cash consideration`, `net proceeds`, `purchase price`). Read from the metric
/// lower-cased; a word of a list is found where a word of the metric begins with it
/// (`containsWord`: `carryforward` in `net operating loss carryforwards`, `obligation` in
/// `purchase obligations`), never inside another word (`recognized` is not in `unrecognized
/// tax benefits`, `payment` not in `debt repayment`, `gain` not in `against`). The facts
/// stage reads them (`balanceAtPeriodEnd`, `eventFlow`, `noneStated`).
public enum MetricKinds {
    /// The words of a balance's metric that a flow word does not undo: a loss or credit
    /// carried forward, an amount receivable or payable (`income taxes payable`).
    public static let heldWords = ["carryforward", "receivable", "payable"]
    /// The other words of a balance's metric.
    /// (What a company holds at a date on its balance sheet or in its tax notes: `deferred tax
    /// assets`, `tax credits`, a `carrying value`, a `par value`, `unremitted earnings` of
    /// subsidiaries, tax `contingencies`.)
    public static let balanceWords = ["obligation", "commitment", "goodwill", "intangible asset", "held for sale",
                                      "unrecognized", "notional", "deferred tax asset", "deferred tax liabilit",
                                      "tax credit", "carrying value", "carrying amount", "par value", "liquidation preference",
                                      "unremitted earnings", "undistributed earnings", "contingenc"]
    /// The words of a flow's metric: no balance word makes such a metric a balance. (A movement
    /// of a balance is a flow: `increase in goodwill`, `goodwill change`, `inventory provisions
    /// for ... purchase obligations`. Not `acquired`: `acquired IPR&D` is what an acquisition
    /// left, at its date.)
    public static let flowWords = ["expense", "amortization", "revenue", "income", "gain", "loss", "impairment",
                                   "payment", "repayment", "paid", "proceeds", "repurchase", "recognized", "recorded",
                                   "change", "increase", "decrease", "provision"]
    /// The words of an amount an event pays or raises. **awardedFlow**: what a court or a
    /// jury awards (`In April 2024, a jury ... awarded the plaintiff $525 million in damages`
    /// -> `Damages awarded`) is ordered paid at the event, a flow of its day or month as a
    /// payment is; not a fine or an accrual, which stand at their date. **eventResultFlow**:
    /// what an event makes the company recognize, a loss, an impairment, a charge, a gain, an
    /// expense or a write-off (`In December 2022, ... As a result, Northwind recognized an
    /// impairment loss of $69 million`), accrues over the event's day or month as a payment does.
    /// **eventActionFlow**: so does what the event grants, returns, designates or claims (`On
    /// February 19, 2025, ... the grant date fair value of $184.53 per unit`, `On December 13,
    /// 2019, $700 million was returned to defendants`, `In December 2024 and 2023, the Company
    /// de-designated €400 million and €109 million`, `In December 2023, the plaintiffs filed ...
    /// claiming damages in excess of £1 billion`).
    public static let eventFlowWords = ["consideration", "proceeds", "purchase price", "payment", "repayment", "awarded",
                                        "loss", "impairment", "charge", "gain", "expense", "wrote-off", "write-off",
                                        "grant", "returned", "designated", "claimed"]

    /// Whether a metric (lower-cased) names a balance: a held word, whatever else it says,
    /// or a balance word and no flow word.
    public static func namesBalance(_ lowercased: String) -> Bool {
        containsWord(lowercased, heldWords)
            || containsWord(lowercased, balanceWords) && !containsWord(lowercased, flowWords)
    }

    /// Whether a metric (lower-cased) names a balance by a balance word and no flow word: what
    /// a figure stated for a year or a quarter must name to be held at its end
    /// (`balanceAtStatedEnd`). The held words do not count here: `accounts payable ... of $1.1
    /// billion in fiscal 2025` is most often the change a cash flow discussion states.
    public static func namesBalanceByWord(_ lowercased: String) -> Bool {
        containsWord(lowercased, balanceWords) && !containsWord(lowercased, flowWords)
    }

    /// Whether a metric (lower-cased) names a balance by a held or balance word and no flow
    /// word: what a figure dated only by its section's heading must name to be held at the
    /// heading period's end (`balanceUnderHeadingPeriod`). A flow word undoes a held word here:
    /// `provision for loans receivable` under `Fourth Quarter 2023` is the quarter's expense.
    public static func namesBalanceWithoutFlow(_ lowercased: String) -> Bool {
        (containsWord(lowercased, heldWords) || containsWord(lowercased, balanceWords)) && !containsWord(lowercased, flowWords)
    }

    /// Whether a word of the metric (lower-cased) begins with one of `words`: the word's first
    /// byte is the metric's first or follows a byte that is not an ASCII letter or digit
    /// (`carryforward` in `loss carryforwards`, `recognized` in `amounts recognized` but not in
    /// `unrecognized`); its end may run on (`obligation` in `obligations`).
    public static func containsWord(_ lowercased: String, _ words: [String]) -> Bool {
        ByteSearch.withBytes(lowercased) { hay in
            words.contains { word in
                ByteSearch.withBytes(word) { needle in beginsWord(needle, in: hay) }
            }
        }
    }

    /// Whether `needle` occurs in `hay` where a word begins (`containsWord`).
    static func beginsWord(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        guard n > 0, hay.count >= n else { return false }
        var i = 0
        while i <= hay.count - n {
            if i == 0 || !ByteClass.isAlphanumeric(hay[i - 1]) {
                var j = 0
                while j < n, hay[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }

    /// The words of an amount of money a note may state as none (`There were no borrowings
    /// outstanding under ...`, `no impairment charges`, `no transfers ... into or out of Level
    /// 3`): the facts stage's `noneStated`.
    public static let nilAmountWords = ["borrowing", "impairment", "charges", "transfers", "allowance", "penalties",
                                        "obligations", "commercial paper", "amounts outstanding", "outstanding",
                                        "debt", "residual"]

    /// Whether a metric (lower-cased) names an amount of money a note may state as none.
    public static func namesNilAmount(_ lowercased: String) -> Bool {
        containsWord(lowercased, nilAmountWords)
    }

    /// Whether a metric (lower-cased) names an amount an event pays or raises.
    public static func namesEventFlow(_ lowercased: String) -> Bool {
        // **boundAtEvent.** A maximum is what the event commits to at its date, not what it
        // pays over it (`In October 2022, ... may owe up to $95 million in future payments`).
        // **liabilityAtEvent.** A liability the event leaves stands at its date, whatever it
        // is of (`In October 2022, ... $32 million for the fair value of contingent
        // consideration liabilities`).
        !lowercased.hasPrefix("maximum ") && containsWord(lowercased, eventFlowWords)
            && !lowercased.hasSuffix(" liabilities") && !lowercased.hasSuffix(" liability")
    }
}
