import FolioModel
@testable import FolioTables
import Testing

/// Line-item concepts (issue #19): the label key, the lookup order, which cells get one.
@Suite("Concept dictionary")
struct ConceptDictionaryTests {
    @Test func labelKeysReadWordingVariantsAsOne() {
        #expect(ConceptDictionary.labelKey("Net sales") == "net revenue")
        #expect(ConceptDictionary.labelKey("Total Revenues") == "total revenue")
        #expect(ConceptDictionary.labelKey("Net earnings") == ConceptDictionary.labelKey("Net income"))
        #expect(ConceptDictionary.labelKey("Total shareholders’ equity") == "total stockholders equity")
        // numbers (share counts, note references) and `note` are not part of a label
        #expect(ConceptDictionary.labelKey("Commercial paper (Note 14)") == "commercial paper")
        #expect(ConceptDictionary.labelKey("Class B-2 common stock") == "class b common stock")
    }

    @Test func attributableToTheFilerIsParent() {
        #expect(ConceptDictionary.labelKey("Net earnings attributable to AbbVie Inc.") == "net income attributable to parent")
        #expect(ConceptDictionary.labelKey("Net loss attributable to Boeing Common Shareholders")
                == "net income attributable to parent")
        #expect(ConceptDictionary.labelKey("Net income attributable to noncontrolling interests")
                == "net income attributable to noncontrolling interest")
    }

    /// Tails of figures, taxes and dates are not part of the key (`labelKey`'s three rules).
    @Test func labelKeysDropFigureTaxAndDateTails() {
        // figure tail: from the first `,` or `;` a digit follows
        #expect(ConceptDictionary.labelKey("Common stock, $0.01 par value, 4,000 shares authorized; 1,831 issued")
                == "common stock")
        // (`Trade receivables` reads as `account receivable`: accounting vocabulary)
        #expect(ConceptDictionary.labelKey("Trade receivables, net of allowances of $14 and of $16, respectively")
                == "account receivable")
        // a figure tail in parentheses: from the `(` its first separator is printed in
        #expect(ConceptDictionary.labelKey("Preferred stock ($0.01 par value; 500 shares authorized; none issued)")
                == "preferred stock")
        #expect(ConceptDictionary.labelKey("Common shares (no par value, 2,000 authorized, 812 and 809 outstanding)")
                == "common shares")
        #expect(ConceptDictionary.labelKey("Accrued liabilities (Note 7), including $12 to related parties")
                == "accrued liability")
        // a parenthesis without a separator stays; one closed before the separator too
        #expect(ConceptDictionary.labelKey("Dividends declared ($1.30 per share)") == "dividend declared per share")
        #expect(ConceptDictionary.labelKey("Deferred revenue (current), net of $3 of discounts") == "deferred revenue current")
        // no digit after the comma: the whole label
        #expect(ConceptDictionary.labelKey("Accounts receivable, net") == "account receivable net")
        #expect(ConceptDictionary.labelKey("Treasury shares issued for 401(k) contribution")
                == "treasury shares issued for k contribution")
        // net of tax ends the key, in the label or in its figure tail
        #expect(ConceptDictionary.labelKey("Other comprehensive income (loss), net of income tax effect")
                == "other comprehensive income net of tax")
        #expect(ConceptDictionary.labelKey("Cash flow hedges, net of tax expense (benefit) of $16 in 2024 and $(19) in 2023")
                == "cash flow hedge net of tax")
        #expect(ConceptDictionary.labelKey("Other comprehensive loss, net of tax of $28") == "other comprehensive income net of tax")
        #expect(ConceptDictionary.labelKey("Net of taxes") == "net of tax")
        #expect(ConceptDictionary.labelKey("Net income attributable to Example Inc., net of tax of $1")
                == "net income attributable to parent")
        // date tail: months, numbers and the words before them
        #expect(ConceptDictionary.labelKey("Balance at June 30, 2024") == "balance")
        #expect(ConceptDictionary.labelKey("BALANCE MARCH 31, 2025") == "balance")
        #expect(ConceptDictionary.labelKey("Balance as of September 30") == "balance")
        // the period position goes too (`labelKeysDropThePeriodPosition`)
        #expect(ConceptDictionary.labelKey("Balance at beginning of year") == "balance")
    }

    /// Plurals (`singular`) and a detached `non` prefix read as one word: the same line item
    /// keys the same however its nouns are inflected or its prefix printed.
    @Test func labelKeysReadPluralsAndNonPrefixesAsOne() {
        #expect(ConceptDictionary.labelKey("Noncontrolling interests") == ConceptDictionary.labelKey("Noncontrolling interest"))
        #expect(ConceptDictionary.labelKey("Non-controlling interests") == "noncontrolling interest")
        #expect(ConceptDictionary.labelKey("Other non current liabilities") == "other noncurrent liability")
        #expect(ConceptDictionary.labelKey("Debt repayments") == "debt repayment")
        #expect(ConceptDictionary.labelKey("Cash flow hedges") == "cash flow hedge")
        // not after `s`, `u`, `i`; not `shares` (a count, apart from a per-share figure); short words kept
        #expect(ConceptDictionary.labelKey("Gross loss") == "gross income")
        #expect(ConceptDictionary.labelKey("Impairment losses") == "impairment loss")
        #expect(ConceptDictionary.labelKey("Basis plus status") == "basis plus status")
        #expect(ConceptDictionary.labelKey("Weighted-average shares") == "weighted average shares")
        #expect(ConceptDictionary.labelKey("Its gas") == "its gas")
        // a `non` before a word with a digit stays apart; the parent's holders keep their word
        #expect(ConceptDictionary.labelKey("Non 401k plans") == "non 401k plan")
        #expect(ConceptDictionary.labelKey("Total stockholders’ equity") == "total stockholders equity")
    }

    /// The edge of the period a balance is printed at is not part of the key (`periodPosition`).
    @Test func labelKeysDropThePeriodPosition() {
        #expect(ConceptDictionary.labelKey("Balance at end of year") == "balance")
        #expect(ConceptDictionary.labelKey("Balance at beginning of period") == "balance")
        #expect(ConceptDictionary.labelKey("Balance as of the end of the fiscal year") == "balance")
        #expect(ConceptDictionary.labelKey("Ending balance") == "balance")
        #expect(ConceptDictionary.labelKey("Beginning balances") == "balance")
        #expect(ConceptDictionary.labelKey("Cash and cash equivalents, end of period") == "cash and cash equivalent")
        // an edge not followed by `of` and period words stays
        #expect(ConceptDictionary.labelKey("End of life costs") == "end of life cost")
        #expect(ConceptDictionary.labelKey("Balance at end of year adjustments") == "balance at end of year adjustment")
    }

    /// The current part taken out of a liability is not part of the key (`currentPortion`):
    /// the balance sheet's position tells the noncurrent part.
    @Test func labelKeysDropTheCurrentPortionTail() {
        #expect(ConceptDictionary.labelKey("Operating lease liabilities, net of current portion") == "operating lease liability")
        #expect(ConceptDictionary.labelKey("Long-term debt, excluding current installments") == "long term debt")
        #expect(ConceptDictionary.labelKey("Deferred revenue, less current portion") == "deferred revenue")
        #expect(ConceptDictionary.labelKey("Long-term debt, net of current maturities") == "long term debt")
        // the current part itself, and a label that is only the tail, stay
        #expect(ConceptDictionary.labelKey("Current portion of long-term debt") == "current portion of long term debt")
        #expect(ConceptDictionary.labelKey("Less current portion") == "less current portion")
    }

    /// A per-share figure named for the parent's holders is the per-share figure
    /// (`perShareHolder`); a net income keeps the holders (the noncontrolling-interest pair
    /// reads them).
    @Test func labelKeysDropTheHoldersOfAPerShareFigure() {
        #expect(ConceptDictionary.labelKey("Basic earnings per share attributable to Example Inc.") == "basic income per share")
        #expect(ConceptDictionary.labelKey("Diluted loss per share attributable to Example Corp. common shareholders")
                == "diluted loss per share")
        #expect(ConceptDictionary.labelKey("Net income attributable to Example Inc.") == "net income attributable to parent")
        #expect(ConceptDictionary.labelKey("Earnings per share attributable to noncontrolling interests")
                == "income per share attributable to noncontrolling interest")
    }

    /// `Cash and equivalents` and `Shareholders' deficit` are worded short or for a negative
    /// balance: the same line items as `Cash and cash equivalents` and `Shareholders' equity`
    /// (`cashEquivalents`, `stockholdersDeficit`).
    @Test func labelKeysReadCashAndEquivalentsAndAStockholdersDeficit() {
        #expect(ConceptDictionary.labelKey("Net change in cash and equivalents") == "net change in cash and cash equivalent")
        #expect(ConceptDictionary.labelKey("Cash and equivalents, end of period") == "cash and cash equivalent")
        #expect(ConceptDictionary.labelKey("Cash and cash equivalents") == "cash and cash equivalent")
        #expect(ConceptDictionary.labelKey("Total shareholders’ deficit") == "total stockholders equity")
        #expect(ConceptDictionary.labelKey("Total stockholders’ equity (deficit)") == "total stockholders equity deficit")
        #expect(ConceptDictionary.labelKey("Accumulated deficit") == "accumulated deficit")
    }

    /// Loss is income's sign: an income measure's negative result keys as the measure, and a
    /// line item printed with both signs as the one line item (`lossAsIncome`); a gain-or-loss
    /// line keeps its `loss`.
    @Test func labelKeysReadALossAsItsIncomeMeasure() {
        #expect(ConceptDictionary.labelKey("Net income (loss)") == "net income")
        #expect(ConceptDictionary.labelKey("Other comprehensive (loss) income") == "other comprehensive income")
        #expect(ConceptDictionary.labelKey("Income/(loss) before income taxes") == "income before income tax")
        #expect(ConceptDictionary.labelKey("Operating income (loss)") == "operating income")
        #expect(ConceptDictionary.labelKey("Net loss") == "net income")
        #expect(ConceptDictionary.labelKey("Loss from operations") == "income from operation")
        #expect(ConceptDictionary.labelKey("Other comprehensive loss") == "other comprehensive income")
        #expect(ConceptDictionary.labelKey("Loss before income taxes") == "income before income tax")
        // a loss named for what it is on: a gain-or-loss line
        #expect(ConceptDictionary.labelKey("Investment loss") == "investment loss")
        #expect(ConceptDictionary.labelKey("Foreign exchange (loss) gain") == "foreign exchange loss gain")
        #expect(ConceptDictionary.labelKey("Unrealized gain (loss)") == "unrealized gain loss")
        #expect(ConceptDictionary.labelKey("(Gains) losses on investments, net") == "gain loss on investment net")
        #expect(ConceptDictionary.labelKey("Loss on extinguishment of debt") == "loss on extinguishment of debt")
    }

    /// Accounting vocabulary: the standard names of one line item read as one (`vocabulary`),
    /// whichever a filer prints; a word of a term on its own, or apart from the rest of it,
    /// stays.
    @Test func labelKeysReadAccountingVocabularyAsOne() {
        #expect(ConceptDictionary.labelKey("Capital investments") == ConceptDictionary.labelKey("Capital expenditures"))
        #expect(ConceptDictionary.labelKey("Capital investments accrued but not yet paid")
                == "capital expenditure accrued but not yet paid")
        #expect(ConceptDictionary.labelKey("Paid-in surplus") == "additional paid in capital")
        #expect(ConceptDictionary.labelKey("Capital surplus") == ConceptDictionary.labelKey("Additional paid-in capital"))
        #expect(ConceptDictionary.labelKey("Accumulated earnings") == ConceptDictionary.labelKey("Retained earnings"))
        #expect(ConceptDictionary.labelKey("Reinvested earnings") == "retained income")
        #expect(ConceptDictionary.labelKey("Trade payables") == ConceptDictionary.labelKey("Accounts payable"))
        #expect(ConceptDictionary.labelKey("Trade receivables, net") == "account receivable net")
        #expect(ConceptDictionary.labelKey("Provision for income taxes") == "income tax expense")
        #expect(ConceptDictionary.labelKey("Income tax provision (benefit)") == "income tax expense benefit")
        #expect(ConceptDictionary.labelKey("Income before provision for income taxes") == "income before income tax expense")
        #expect(ConceptDictionary.labelKey("Unearned revenue") == ConceptDictionary.labelKey("Deferred revenue"))
        #expect(ConceptDictionary.labelKey("Proceeds from short-term borrowings") == "proceed from short term debt")
        #expect(ConceptDictionary.labelKey("Share repurchase programs (Note 16)") == "repurchase of common stock program")
        #expect(ConceptDictionary.labelKey("Stock repurchases") == ConceptDictionary.labelKey("Repurchases of common stock"))
        // a word of a term alone, or apart from the rest of it, stays
        #expect(ConceptDictionary.labelKey("Accumulated other comprehensive income") == "accumulated other comprehensive income")
        #expect(ConceptDictionary.labelKey("Capital lease obligations") == "capital lease obligation")
        #expect(ConceptDictionary.labelKey("Trade names") == "trade name")
        #expect(ConceptDictionary.labelKey("Provision for credit losses") == "provision for credit loss")
        #expect(ConceptDictionary.labelKey("Share-based compensation") == "share based compensation")
    }

    /// The lookup finds a line item printed under one standard name in a dictionary that holds
    /// it under the other: two or more words apart, too far for the closest key.
    @Test func aLineItemUnderAnotherStandardNameIsFound() {
        let index = ConceptDictionary.Index(data: """
            balance_sheet\tadditional paid in capital\tus-gaap:AdditionalPaidInCapital\t3\tcredit
            cash_flow\tcapital expenditure\tus-gaap:PaymentsToAcquirePropertyPlantAndEquipment\t2\t
            income_statement\tincome tax expense\tus-gaap:IncomeTaxExpenseBenefit\t2\t
            """)
        func concept(_ st: String, _ label: String) -> String? {
            index.lookup(statement: st, key: ConceptDictionary.labelKey(label))
        }
        #expect(concept("balance_sheet", "Paid-in surplus") == "us-gaap:AdditionalPaidInCapital")
        #expect(concept("cash_flow", "Capital investments") == "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment")
        #expect(concept("income_statement", "Provision for income taxes") == "us-gaap:IncomeTaxExpenseBenefit")
        #expect(concept("balance_sheet", "Surplus") == nil)
    }

    /// Effect on cash: the cash an exchange-rate effect is printed as acting on is not part of
    /// its key, whichever cash the label lists (`effectOnCash`); `on cash` without an effect
    /// stays.
    @Test func labelKeysDropTheCashAnEffectActsOn() {
        #expect(ConceptDictionary.labelKey("Effect of exchange rate changes on cash, cash equivalents and restricted cash")
                == "effect of exchange rate change")
        #expect(ConceptDictionary.labelKey("Effect of exchange rate changes on cash and cash equivalents")
                == "effect of exchange rate change")
        #expect(ConceptDictionary.labelKey("Effect of exchange rate changes") == "effect of exchange rate change")
        #expect(ConceptDictionary.labelKey("Foreign currency effect on cash, cash equivalents, and restricted cash")
                == "foreign currency effect")
        #expect(ConceptDictionary.labelKey("Interest earned on cash deposits") == "interest earned on cash deposit")
        #expect(ConceptDictionary.labelKey("Tax effect on unrealized gains") == "tax effect on unrealized gain")
    }

    /// The committed data holds standard concepts only: a filer's extension concept is never
    /// another filer's (`concepts.is_standard`, scripts/concept-dictionary).
    @Test func theDataHoldsStandardConceptsOnly() {
        let extensions = ConceptDictionary.Index.fields(ConceptDictionary.data).filter { f in
            f.count >= 3 && !["us-gaap", "ifrs-full", "srt"].contains(f[2].split(separator: ":").first.map(String.init) ?? "")
        }
        #expect(extensions.count == 0, "e.g. \(extensions.prefix(3))")
    }

    /// The section a row's headings name (`section`), nearest heading first; the same through
    /// the per-heading cache `assignAll` keeps (one cache per statement, shared by every row).
    @Test func sectionsFromTheHeadingsAbove() {
        var caches: [String: [String: ConceptDictionary.SectionHeading?]] = [:]
        func section(_ st: TableStatement, _ path: [String]) -> String? {
            let plain = ConceptDictionary.section(statement: st.rawValue, rowPath: path)
            let cached = ConceptDictionary.sectionHeading(statement: st.rawValue, rowPath: path,
                                                          cache: &caches[st.rawValue, default: [:]])
            #expect(cached?.section == plain)
            #expect(cached == ConceptDictionary.sectionHeading(statement: st.rawValue, rowPath: path))
            return plain
        }
        #expect(section(.cashFlow, ["Cash flows from investing activities:", "Other"]) == "investing")
        #expect(section(.cashFlow, ["FINANCING ACTIVITIES", "Other, net"]) == "financing")
        #expect(section(.cashFlow, ["Operating activities:", "Adjustments to reconcile net income to net cash",
                                    "Changes in operating assets and liabilities:", "Accounts payable"]) == "changes")
        #expect(section(.cashFlow, ["Operating activities:", "Non-cash items –", "Other"]) == "operating")
        #expect(section(.cashFlow, ["Supplemental cash flow information:", "Interest paid"]) == "supplemental")
        #expect(section(.cashFlow, ["Non-cash investing and financing activities:", "Leases"]) == "supplemental")
        #expect(section(.cashFlow, ["Non cash financing activities", "Leases"]) == "supplemental")
        #expect(section(.cashFlow, ["Other"]) == nil)   // the row's own label is not a heading
        #expect(section(.balanceSheet, ["Liabilities and equity", "Current liabilities:", "Operating lease liabilities"])
                == "current liability")
        #expect(section(.balanceSheet, ["Current assets", "Inventories"]) == "current asset")
        #expect(section(.balanceSheet, ["Non-current liabilities", "Operating lease liabilities"]) == nil)
        #expect(section(.incomeStatement, ["Operating activities:", "Other"]) == nil)
        #expect(section(.incomeStatement, ["Weighted-average shares used in computation of earnings per share:", "Basic"])
                == "shares")
        #expect(section(.incomeStatement, ["Earnings per share:", "Basic"]) == "per share")
        #expect(section(.incomeStatement, ["Diluted Earnings Per Share", "Class A common stock"]) == "per share diluted")
        #expect(section(.incomeStatement, ["Basic Weighted-average Shares Outstanding", "Class A common stock"])
                == "shares basic")
    }

    static let sectionData = """
        cash_flow\tother\tus-gaap:OtherNoncashIncomeExpense\t4\t
        cash_flow\tother\tus-gaap:PaymentsForProceedsFromOtherInvestingActivities\t2\t
        cash_flow/investing\tother\tus-gaap:PaymentsForProceedsFromOtherInvestingActivities\t2\t
        cash_flow/operating\tother\tus-gaap:OtherNoncashIncomeExpense\t4\t
        balance_sheet\toperating lease liability\tus-gaap:OperatingLeaseLiabilityCurrent\t3\tcredit
        balance_sheet\toperating lease liability\tus-gaap:OperatingLeaseLiabilityNoncurrent\t4\tcredit
        balance_sheet/current liability\toperating lease liability\tus-gaap:OperatingLeaseLiabilityCurrent\t3\tcredit
        """

    @Test func aSectionsEntriesComeFirst() {
        let index = ConceptDictionary.Index(data: Self.sectionData)
        #expect(index.lookup(statement: "cash_flow", key: "other", section: "investing")
                == "us-gaap:PaymentsForProceedsFromOtherInvestingActivities")
        #expect(index.lookup(statement: "cash_flow", key: "other", section: "operating") == "us-gaap:OtherNoncashIncomeExpense")
        // a section without the key, or none: the statement's entries
        #expect(index.lookup(statement: "cash_flow", key: "other", section: "financing") == "us-gaap:OtherNoncashIncomeExpense")
        #expect(index.lookup(statement: "cash_flow", key: "other") == "us-gaap:OtherNoncashIncomeExpense")
        // a section's lines do not count twice in the key's entries of any statement
        #expect(index.lookup(statement: "equity", key: "other") == "us-gaap:OtherNoncashIncomeExpense")
        #expect(index.lookup(statement: "equity", key: "operating lease liability")
                == "us-gaap:OperatingLeaseLiabilityNoncurrent")
        #expect(index.lookup(statement: "balance_sheet", key: "operating lease liability")
                == "us-gaap:OperatingLeaseLiabilityNoncurrent")
        #expect(index.lookup(statement: "balance_sheet", key: "operating lease liability", section: "current liability")
                == "us-gaap:OperatingLeaseLiabilityCurrent")
    }

    static let measureData = """
        income_statement\tbasic income per share\tus-gaap:EarningsPerShareBasic\t3\t
        income_statement\tweighted average diluted shares outstanding\tus-gaap:WeightedAverageNumberOfDilutedSharesOutstanding\t2\t
        income_statement\tdepreciation\tus-gaap:Depreciation\t1\t
        balance_sheet\tclass a common stock\tus-gaap:CommonStockValue\t2\tcredit
        balance_sheet\tdepreciation and amortization\tus-gaap:AccumulatedDepreciation\t1\tdebit
        """

    /// Measure heading: a class of stock under an income statement's per-share or share-count
    /// heading takes the heading's concept, not the concept its label has on a balance sheet.
    @Test func aMeasureHeadingGivesItsRowsItsConcept() {
        let index = ConceptDictionary.Index(data: Self.measureData)
        func concept(_ heading: String, _ label: String) -> String? {
            let sec = ConceptDictionary.sectionHeading(statement: "income_statement", rowPath: [heading, label])
            return index.lookup(statement: "income_statement", key: ConceptDictionary.labelKey(label),
                                section: sec?.section, heading: sec?.heading)
        }
        #expect(concept("Basic earnings per share", "Class A common stock") == "us-gaap:EarningsPerShareBasic")
        // the heading's closest key
        #expect(concept("Diluted weighted-average shares outstanding:", "Class A common stock")
                == "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding")
        // a heading that names no measure section: the label's concept in another statement
        // printing changes, none here (the balance sheet's is a balance: stock and flow)
        #expect(concept("Revenues", "Class A common stock") == nil)
        #expect(index.lookup(statement: "equity", key: "class a common stock") == "us-gaap:CommonStockValue")
    }

    /// The statement's closest key comes before the same key in another statement.
    @Test func theStatementsClosestKeyBeforeAnotherStatementsKey() {
        let index = ConceptDictionary.Index(data: Self.measureData)
        #expect(index.lookup(statement: "income_statement", key: "depreciation and amortization") == "us-gaap:Depreciation")
        #expect(index.lookup(statement: "equity", key: "depreciation and amortization") == "us-gaap:AccumulatedDepreciation")
    }

    static func rows(_ labels: [String]) -> [Cell] {
        labels.enumerated().map { i, label in
            var c = Self.cell(label, Double(i + 1))
            c.row = i
            return c
        }
    }

    /// Balance-sheet parts by position: the totals close the parts.
    @Test func balanceSheetPartsByPosition() {
        let parts = ConceptDictionary.balanceParts(Self.rows([
            "Cash", "Total current assets", "Deferred income taxes", "Total assets", "Accounts payable",
            "Operating lease liabilities", "Total current liabilities", "Operating lease liabilities", "Total liabilities",
            "Common stock", "Total liabilities and equity",
        ]))
        #expect(parts == [0: "current asset", 2: "noncurrent asset", 4: "current liability", 5: "current liability",
                          7: "noncurrent liability"])
        // a part whose closing total is not printed: none
        #expect(ConceptDictionary.balanceParts(Self.rows(["Cash", "Goodwill", "Total assets", "Debt", "Total liabilities"]))
                == [:])
        #expect(ConceptDictionary.balanceParts(Self.rows(["Cash", "Total current assets", "Goodwill", "Debt",
                                                          "Total current liabilities", "Debt"]))
                == [0: "current asset"])
    }

    /// A row after `Total current liabilities` with no heading over it is a noncurrent
    /// liability; the same label above it a current one.
    @Test func assignAllReadsTheBalanceSheetPart() throws {
        var tables = [Self.table(.balanceSheet, Self.rows([
            "Total assets", "Operating lease liabilities", "Total current liabilities", "Operating lease liabilities",
            "Total liabilities",
        ]))]
        ConceptDictionary.assignAll(&tables)
        let current = try #require(tables[0].cells[1].concept)
        let noncurrent = try #require(tables[0].cells[3].concept)
        #expect(current == "us-gaap:OperatingLeaseLiabilityCurrent")
        #expect(noncurrent == "us-gaap:OperatingLeaseLiabilityNoncurrent")
    }

    /// Each cell is looked up with its row's headings: the same label, two concepts.
    @Test func assignAllReadsTheRowsSection() {
        var investing = Self.cell("Other", 5)
        investing.rowPath = ["Cash flows from investing activities:", "Other"]
        var financing = Self.cell("Other", 7)
        financing.rowPath = ["Cash flows from financing activities:", "Other"]
        var tables = [Self.table(.cashFlow, [investing, financing])]
        ConceptDictionary.assignAll(&tables)
        #expect(tables[0].cells[0].concept == "us-gaap:PaymentsForProceedsFromOtherInvestingActivities")
        #expect(tables[0].cells[1].concept == "us-gaap:ProceedsFromPaymentsForOtherFinancingActivities")
    }

    /// Of a pair of concepts, the one the filing's noncontrolling interests call for.
    @Test func noncontrollingInterestContext() {
        func concept(_ c: String, _ label: String, _ nci: Bool) -> String {
            ConceptDictionary.noncontrollingConcept(c, key: ConceptDictionary.labelKey(label), noncontrolling: nci)
        }
        #expect(concept("us-gaap:NetIncomeLoss", "Net income", true) == "us-gaap:ProfitLoss")
        #expect(concept("us-gaap:ProfitLoss", "Net income", false) == "us-gaap:NetIncomeLoss")
        #expect(concept("us-gaap:StockholdersEquity", "Balance at December 31, 2024", true)
                == "us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest")
        #expect(concept("us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", "Total equity", false)
                == "us-gaap:StockholdersEquity")
        // a label naming the parent's holders stays the parent's
        #expect(concept("us-gaap:NetIncomeLoss", "Net income attributable to Example Inc.", true) == "us-gaap:NetIncomeLoss")
        #expect(concept("us-gaap:StockholdersEquity", "Total shareholders' equity", true) == "us-gaap:StockholdersEquity")
        // any other concept as it is
        #expect(concept("us-gaap:Revenues", "Net sales", true) == "us-gaap:Revenues")
    }

    @Test func noncontrollingInterestsPrintedInAPrimaryStatement() {
        var nci = Self.cell("Net income attributable to noncontrolling interests", 3)
        nci.rowPath = [nci.rowLabel]
        #expect(ConceptDictionary.printsNoncontrolling([Self.table(.incomeStatement, [Self.cell("Net income", 5), nci])]))
        var header = Self.cell("Balance", 9)
        header.columnPath = ["Non-controlling Interests"]
        #expect(ConceptDictionary.printsNoncontrolling([Self.table(.equity, [header])]))
        // a note's table does not count
        #expect(!ConceptDictionary.printsNoncontrolling([Self.table(.other, [nci]),
                                                         Self.table(.incomeStatement, [Self.cell("Net income", 5)])]))
    }

    /// Whole-entity equity: a balance sheet totalling its equity as `Total equity` calls for the
    /// concepts including noncontrolling interests, as a printed noncontrolling interest does.
    @Test func aBalanceSheetTotallingEquityAsAWhole() {
        #expect(ConceptDictionary.totalsWholeEquity([Self.table(.balanceSheet, [Self.cell("Total assets", 9),
                                                                                  Self.cell("Total equity", 4)])]))
        #expect(!ConceptDictionary.totalsWholeEquity([Self.table(.balanceSheet, [Self.cell("Total stockholders’ equity", 4),
                                                                                   Self.cell("Total liabilities and equity", 9)])]))
        // only a balance sheet's row
        #expect(!ConceptDictionary.totalsWholeEquity([Self.table(.equity, [Self.cell("Total equity", 4)]),
                                                       Self.table(.other, [Self.cell("Total equity", 4)])]))
        var whole = [Self.table(.balanceSheet, [Self.cell("Total equity", 4)]), Self.table(.incomeStatement, [Self.cell("Net income", 5)])]
        ConceptDictionary.assignAll(&whole)
        #expect(whole[0].cells[0].concept == "us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest")
        #expect(whole[1].cells[0].concept == "us-gaap:ProfitLoss")
        var parent = [Self.table(.balanceSheet, [Self.cell("Total stockholders’ equity", 4)]),
                      Self.table(.incomeStatement, [Self.cell("Net income", 5)])]
        ConceptDictionary.assignAll(&parent)
        #expect(parent[0].cells[0].concept == "us-gaap:StockholdersEquity")
        #expect(parent[1].cells[0].concept == "us-gaap:NetIncomeLoss")
    }

    static let data = """
        income_statement\ttotal revenue\tus-gaap:Revenues\t3\t
        income_statement\ttotal revenue\tus-gaap:RevenueFromContractWithCustomerExcludingAssessedTax\t2\t
        income_statement\tnet income\tus-gaap:NetIncomeLoss\t5\t
        cash_flow\tnet income\tus-gaap:ProfitLoss\t1\t
        balance_sheet\ttotal current asset\tus-gaap:AssetsCurrent\t4\tdebit
        balance_sheet\taccount payable\tus-gaap:AccountsPayableCurrent\t4\tcredit
        """

    @Test func lookupOrder() {
        let index = ConceptDictionary.Index(data: Self.data)
        // (statement, key): the concept most filings give
        #expect(index.lookup(statement: "income_statement", key: "total revenue") == "us-gaap:Revenues")
        #expect(index.lookup(statement: "cash_flow", key: "net income") == "us-gaap:ProfitLoss")
        // the key in any statement
        #expect(index.lookup(statement: "equity", key: "net income") == "us-gaap:NetIncomeLoss")
        // the closest key of the same statement, by shared words (`total`, `net` do not count)
        #expect(index.lookup(statement: "balance_sheet", key: ConceptDictionary.labelKey("Accounts payable, trade"))
                == "us-gaap:AccountsPayableCurrent")
        // too few words in common
        #expect(index.lookup(statement: "balance_sheet", key: ConceptDictionary.labelKey("Accrued payroll and benefits")) == nil)
        #expect(index.lookup(statement: "balance_sheet", key: "") == nil)
    }

    static let closeData = """
        balance_sheet\tinventorie\tus-gaap:InventoryNet\t5\tdebit
        balance_sheet\tasset noncurrent\tus-gaap:AssetsNoncurrent\t2\tdebit
        balance_sheet\taccrued compensation and other liability\tus-gaap:EmployeeRelatedAndOtherLiabilitiesCurrent\t1\tcredit
        balance_sheet\tproperty and equipment net\tus-gaap:PropertyPlantAndEquipmentNet\t7\tdebit
        """

    /// One-word difference: the closest key is taken only when the label and the key are at
    /// most one content word apart on either side.
    @Test func theClosestKeyIsAtMostOneWordApart() {
        let index = ConceptDictionary.Index(data: Self.closeData)
        func concept(_ label: String) -> String? {
            index.lookup(statement: "balance_sheet", key: ConceptDictionary.labelKey(label))
        }
        // the same content words; one word of the label's own; one of the key's own
        #expect(concept("Net property and equipment") == "us-gaap:PropertyPlantAndEquipmentNet")
        #expect(concept("Property, plant and equipment") == "us-gaap:PropertyPlantAndEquipmentNet")
        #expect(concept("Merchandise inventories") == "us-gaap:InventoryNet")
        #expect(concept("Equipment") == "us-gaap:PropertyPlantAndEquipmentNet")
        // two words of the label's own (`financial`, `receivable`), Jaccard 1/2
        #expect(concept("Financial assets receivable, net-noncurrent") == nil)
        // two words of the key's own (`compensation`, `other`), Jaccard 1/2
        #expect(concept("Accrued liabilities") == nil)
    }

    static let totalData = """
        cash_flow\tother investing activity\tus-gaap:PaymentsForProceedsFromOtherInvestingActivities\t3\t
        cash_flow\tnet cash used in investing activity\tus-gaap:NetCashProvidedByUsedInInvestingActivities\t2\t
        """

    /// Total is not other: a total's label never takes, by the closest key, a key naming an
    /// `other` the label lacks (a residual line of the group it sums), though that key shares
    /// as many words with it and more filings print it.
    @Test func aTotalIsNotTheOtherLine() {
        let index = ConceptDictionary.Index(data: Self.totalData)
        func concept(_ label: String) -> String? {
            index.lookup(statement: "cash_flow", key: ConceptDictionary.labelKey(label))
        }
        #expect(concept("TOTAL INVESTING ACTIVITIES") == "us-gaap:NetCashProvidedByUsedInInvestingActivities")
        // not a total: the closest key as before (the same words, more filings); a total naming
        // `other` itself keeps it
        #expect(concept("Investing activities") == "us-gaap:PaymentsForProceedsFromOtherInvestingActivities")
        #expect(concept("Other investing") == "us-gaap:PaymentsForProceedsFromOtherInvestingActivities")
        #expect(concept("Total other investing activities") == "us-gaap:PaymentsForProceedsFromOtherInvestingActivities")
        #expect(ConceptDictionary.labelsATotal("total investing activity"))
        #expect(!ConceptDictionary.labelsATotal("subtotal investing activity"))
    }

    static let eventData = """
        cash_flow\tpurchase of intangible asset\tus-gaap:PaymentsToAcquireIntangibleAssets\t2\t
        cash_flow\tproceed from sale of equipment\tus-gaap:ProceedsFromSaleOfPropertyPlantAndEquipment\t2\t
        cash_flow\tprincipal payment on finance lease\tus-gaap:FinanceLeasePrincipalPayments\t3\t
        balance_sheet\tshort term investment\tus-gaap:ShortTermInvestments\t4\tdebit
        balance_sheet\tborrowing due within one year\tus-gaap:DebtCurrent\t2\tcredit
        """

    /// Opposed words: a closest key one word apart on each side from the label is not taken
    /// where the two words are different members of one set (an impairment against a
    /// purchase, a repayment against a payment, a gain against a sale, long against short
    /// term, due after against due within a year); words of one member stay interchangeable,
    /// and a word of no set against one of a set is one word apart as before.
    @Test func opposedWordsNameAnotherLineItem() {
        let index = ConceptDictionary.Index(data: Self.eventData)
        func concept(_ statement: String, _ label: String) -> String? {
            index.lookup(statement: statement, key: ConceptDictionary.labelKey(label))
        }
        #expect(concept("cash_flow", "Impairment of intangible assets") == nil)
        #expect(concept("cash_flow", "Amortization of intangible assets") == nil)
        #expect(concept("cash_flow", "Gain on sale of equipment") == nil)
        #expect(concept("cash_flow", "Principal repayments of finance leases") == nil)
        #expect(concept("balance_sheet", "Long-term investments") == nil)
        #expect(concept("balance_sheet", "Borrowings due after one year") == nil)
        // one member: buying (`acquisition`, `purchase`); paying (`payment`) the lease
        #expect(concept("cash_flow", "Acquisitions of intangible assets") == "us-gaap:PaymentsToAcquireIntangibleAssets")
        #expect(concept("cash_flow", "Principal payments on finance lease obligations") == "us-gaap:FinanceLeasePrincipalPayments")
        #expect(concept("balance_sheet", "Short-term investments, net") == "us-gaap:ShortTermInvestments")
        // a word of no set against one of a set: one word apart, as before
        // (`rights` against `asset`, a member of *side*)
        #expect(concept("cash_flow", "Purchases of intangible rights") == "us-gaap:PaymentsToAcquireIntangibleAssets")
        func sense(_ w: String) -> UInt16 { ConceptDictionary.opposedWords[w] ?? 0 }
        #expect(ConceptDictionary.opposed(sense("impairment"), sense("purchase")))
        #expect(ConceptDictionary.opposed(sense("long"), sense("short")))
        #expect(!ConceptDictionary.opposed(sense("acquisition"), sense("purchase")))
        // members of different sets, or a word of none, are not opposed
        #expect(!ConceptDictionary.opposed(sense("long"), sense("purchase")))
        #expect(!ConceptDictionary.opposed(0, sense("purchase")))
    }

    static let sideData = """
        balance_sheet\tother accrued expense\tus-gaap:OtherAccruedLiabilitiesCurrent\t3\tcredit
        balance_sheet\toperating lease liability\tus-gaap:OperatingLeaseLiabilityNoncurrent\t5\tcredit
        balance_sheet\toperating lease asset\tus-gaap:OperatingLeaseRightOfUseAsset\t2\tdebit
        """

    /// Side of the sheet: a row of a balance-sheet part (current or noncurrent assets or
    /// liabilities) takes no closest key whose concept the data records on the other side; the
    /// closest key on its own side, if any, instead. A row of no part reads every key.
    @Test func aRowOfAPartTakesNoConceptOfTheOtherSide() {
        let index = ConceptDictionary.Index(data: Self.sideData)
        func concept(_ label: String, _ section: String?) -> String? {
            index.lookup(statement: "balance_sheet", key: ConceptDictionary.labelKey(label), section: section)
        }
        #expect(concept("Prepaid expenses and other", "current asset") == nil)
        #expect(concept("Prepaid expenses and other", nil) == "us-gaap:OtherAccruedLiabilitiesCurrent")
        #expect(concept("Accrued and other expenses", "current liability") == "us-gaap:OtherAccruedLiabilitiesCurrent")
        // the liability's key has more filings; among the noncurrent assets the asset's is taken
        #expect(concept("Operating leases", "noncurrent asset") == "us-gaap:OperatingLeaseRightOfUseAsset")
        #expect(concept("Operating leases", "noncurrent liability") == "us-gaap:OperatingLeaseLiabilityNoncurrent")
        #expect(concept("Operating leases", nil) == "us-gaap:OperatingLeaseLiabilityNoncurrent")
        #expect(ConceptDictionary.partSide("current asset") == .debit)
        #expect(ConceptDictionary.partSide("noncurrent liability") == .credit)
        #expect(ConceptDictionary.partSide("investing") == nil)
    }

    static let currentData = """
        balance_sheet\tmarketable security\tus-gaap:MarketableSecuritiesCurrent\t4\tdebit
        balance_sheet/current asset\tmarketable security\tus-gaap:MarketableSecuritiesCurrent\t4\tdebit
        balance_sheet\tlong term debt\tus-gaap:LongTermDebtNoncurrent\t6\tcredit
        balance_sheet/noncurrent liability\tlong term debt\tus-gaap:LongTermDebtNoncurrent\t6\tcredit
        balance_sheet\tgoodwill\tus-gaap:Goodwill\t9\tdebit
        """

    /// Current or not: a row of a balance-sheet part takes no concept the data records only in
    /// the other part of its side (current against noncurrent assets, current against
    /// noncurrent liabilities), at whichever step it is found; a concept the data records in
    /// no part, and a row of no part, as before.
    @Test func aRowOfAPartTakesNoConceptOfTheOtherPart() {
        let index = ConceptDictionary.Index(data: Self.currentData)
        func concept(_ label: String, _ section: String?) -> String? {
            index.lookup(statement: "balance_sheet", key: ConceptDictionary.labelKey(label), section: section)
        }
        #expect(concept("Marketable securities", "noncurrent asset") == nil)
        #expect(concept("Marketable securities", "current asset") == "us-gaap:MarketableSecuritiesCurrent")
        #expect(concept("Marketable securities", nil) == "us-gaap:MarketableSecuritiesCurrent")
        // the closest key (`long term debt` for `Term debt`) too
        #expect(concept("Term debt", "current liability") == nil)
        #expect(concept("Term debt", "noncurrent liability") == "us-gaap:LongTermDebtNoncurrent")
        // the other side's part says nothing; a concept of no part is given
        #expect(concept("Long-term debt", "current asset") == "us-gaap:LongTermDebtNoncurrent")
        #expect(concept("Goodwill", "current asset") == "us-gaap:Goodwill")
        #expect(ConceptDictionary.partBits("current liability")?.other == ConceptDictionary.partBits("noncurrent liability")?.own)
        #expect(ConceptDictionary.partBits("operating") == nil)
    }

    static let partData = """
        balance_sheet\ttotal asset\tus-gaap:Assets\t5\tdebit
        balance_sheet\ttotal current liability\tus-gaap:LiabilitiesCurrent\t5\tcredit
        income_statement\ttotal revenue\tus-gaap:Revenues\t3\t
        """

    /// A part is not its total: a label without `total` does not take, by the closest key, a
    /// total's key with a content word the other lacks (one line of the group the total
    /// sums); with the same content words it does.
    @Test func aPartIsNotItsTotal() {
        let index = ConceptDictionary.Index(data: Self.partData)
        func concept(_ statement: String, _ label: String) -> String? {
            index.lookup(statement: statement, key: ConceptDictionary.labelKey(label))
        }
        #expect(concept("balance_sheet", "Content assets, net") == nil)
        #expect(concept("balance_sheet", "Current content liabilities") == nil)
        #expect(concept("balance_sheet", "Assets") == "us-gaap:Assets")
        #expect(concept("income_statement", "Revenues") == "us-gaap:Revenues")
        #expect(concept("income_statement", "Total net revenues") == "us-gaap:Revenues")
    }

    /// Costs without gross: an income statement that prints no gross line totals its cost of
    /// sales with its other expenses, `CostsAndExpenses`; one that prints a gross line keeps
    /// `OperatingExpenses` (the committed data's concept for `Total operating expenses`).
    @Test func anIncomeStatementWithoutAGrossLineTotalsCostsAndExpenses() {
        var without = [Self.table(.incomeStatement, Self.rows([
            "Net sales", "Cost of sales", "Selling, general and administrative", "Total operating expenses",
            "Operating income",
        ]))]
        ConceptDictionary.assignAll(&without)
        #expect(without[0].cells[3].concept == "us-gaap:CostsAndExpenses")
        var with = [Self.table(.incomeStatement, Self.rows([
            "Net sales", "Cost of sales", "Gross profit", "Selling, general and administrative", "Total operating expenses",
            "Operating income",
        ]))]
        ConceptDictionary.assignAll(&with)
        #expect(with[0].cells[4].concept == "us-gaap:OperatingExpenses")
        // any other concept as it is
        #expect(without[0].cells[0].concept == with[0].cells[0].concept)
        // Folio's public lookup: unknown gross line, the dictionary's concept
        #expect(ConceptDictionary.lookup(statement: .incomeStatement, label: "Total operating expenses")
                == "us-gaap:OperatingExpenses")
    }

    /// Component of a nonoperating total: an income statement that totals its nonoperating
    /// items prints `Other income (expense), net` as one line of that total; without such a
    /// total the line is the total itself (the committed data's concept for the key).
    @Test func anOtherIncomeLineUnderANonoperatingTotal() {
        var with = [Self.table(.incomeStatement, Self.rows([
            "Operating income", "Interest expense", "Other income (expense), net", "Total other income (expense)",
            "Income before income taxes",
        ]))]
        ConceptDictionary.assignAll(&with)
        #expect(with[0].cells[2].concept == "us-gaap:OtherNonoperatingIncomeExpense")
        var without = [Self.table(.incomeStatement, Self.rows([
            "Operating income", "Other income (expense), net", "Income before income taxes",
        ]))]
        ConceptDictionary.assignAll(&without)
        #expect(without[0].cells[1].concept == "us-gaap:NonoperatingIncomeExpense")
        #expect(ConceptDictionary.incomeLines(with[0].cells) == .init(gross: false, nonoperatingTotal: true))
        #expect(ConceptDictionary.incomeLines(Self.rows(["Gross profit", "Total non-operating income (expense), net"]))
                == .init(gross: true, nonoperatingTotal: true))
        #expect(ConceptDictionary.incomeLines(Self.rows(["Total operating expenses", "Total costs and expenses"]))
                == .init(gross: false, nonoperatingTotal: false))
        // a total keeps the total's concept
        #expect(ConceptDictionary.nonoperatingConcept("us-gaap:NonoperatingIncomeExpense", key: "total other income expense net",
                                                      nonoperatingTotal: true) == "us-gaap:NonoperatingIncomeExpense")
    }

    /// Retired repurchases: a filing whose balance sheet prints no treasury stock retires what
    /// it repurchases; one that prints it, or has no balance sheet, keeps the dictionary's
    /// treasury stock purchase (the committed data's concept for the label).
    @Test func repurchasesOfAFilingWithoutTreasuryStockAreRetired() {
        func repurchases(_ sheet: [String]?) -> String? {
            var tables = [Self.table(.equity, Self.rows(["Balance", "Repurchases of common stock", "Balance"]))]
            if let sheet { tables.insert(Self.table(.balanceSheet, Self.rows(sheet)), at: 0) }
            ConceptDictionary.assignAll(&tables)
            return tables.last?.cells[1].concept
        }
        #expect(repurchases(["Total assets", "Retained earnings", "Total liabilities and stockholders’ equity"])
                == "us-gaap:StockRepurchasedAndRetiredDuringPeriodValue")
        #expect(repurchases(["Total assets", "Treasury stock, at cost", "Total liabilities and stockholders’ equity"])
                == "us-gaap:TreasuryStockValueAcquiredCostMethod")
        #expect(repurchases(nil) == "us-gaap:TreasuryStockValueAcquiredCostMethod")
        #expect(ConceptDictionary.printsTreasuryStock([Self.table(.balanceSheet, Self.rows(["Common stock held in treasury"]))]) == true)
        #expect(ConceptDictionary.printsTreasuryStock([Self.table(.equity, Self.rows(["Purchases of treasury stock"]))]) == nil)
    }

    /// Restricted-cash reconciliation: a cash flow statement that names restricted cash
    /// reconciles its total from the balance sheet's cash and cash equivalents; one that names
    /// none prints the total under that label (the committed data's concept for it).
    @Test func aCashFlowReconcilingRestrictedCashPrintsTheBalanceSheetsCash() {
        func cash(_ labels: [String], _ row: Int) -> String? {
            var tables = [Self.table(.cashFlow, Self.rows(labels))]
            ConceptDictionary.assignAll(&tables)
            return tables[0].cells[row].concept
        }
        let total = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
        #expect(cash(["Net income", "Cash and cash equivalents", "Restricted cash included in other assets",
                      "Total cash, cash equivalents and restricted cash"], 1) == "us-gaap:CashAndCashEquivalentsAtCarryingValue")
        #expect(cash(["Net income", "Cash and cash equivalents"], 1) == total)
        #expect(cash(["Taxes paid related to restricted stock units", "Cash and cash equivalents"], 1) == total)
        #expect(cash(["Restricted cash", "Cash and cash equivalents including restricted"], 1) == total)
        #expect(ConceptDictionary.labelKey("Cash, cash equivalents, and restricted cash and cash equivalents, beginning balances")
                == "cash cash equivalent and restricted cash and cash equivalent")
        #expect(ConceptDictionary.labelKey("Total stockholders’ equity, ending balance") == "total stockholders equity")
    }

    static let consensusData = """
        comprehensive_income\tincome tax effect\tus-gaap:OtherComprehensiveIncomeLossCashFlowHedgeGainLossTax\t1\t
        comprehensive_income\tincome tax effect\tus-gaap:OtherComprehensiveIncomeLossForeignCurrencyTranslationTax\t1\t
        comprehensive_income\tincome tax effect\tus-gaap:OtherComprehensiveIncomeLossPensionTax\t1\t
        comprehensive_income\tcash flow hedge\tus-gaap:OtherComprehensiveIncomeLossCashFlowHedgeGainLossAfterReclassificationAndTax\t2\t
        comprehensive_income\tcash flow hedge\tus-gaap:OtherComprehensiveIncomeLossDerivativesQualifyingAsHedgesNetOfTax\t1\t
        comprehensive_income\tunrealized gain on security\tus-gaap:OtherComprehensiveIncomeUnrealizedHoldingGainLossOnSecuritiesArisingDuringPeriodNetOfTax\t1\t
        balance_sheet\tshort term debt\tus-gaap:CommercialPaper\t1\tcredit
        balance_sheet\tshort term debt\tus-gaap:DebtCurrent\t1\tcredit
        income_statement\tnet loss\tus-gaap:NetIncomeLoss\t1\t
        income_statement\tnet loss\tus-gaap:ProfitLoss\t1\t
        """

    /// No consensus: a key each filing tags with a concept of its own gives none, at every
    /// step; one concept given by two filings, or by the only one, is given.
    @Test func aKeyWithoutConsensusGivesNoConcept() {
        let index = ConceptDictionary.Index(data: Self.consensusData)
        #expect(index.lookup(statement: "comprehensive_income", key: "income tax effect") == nil)
        #expect(index.lookup(statement: "balance_sheet", key: "short term debt") == nil)
        // the closest key, and the key in another statement
        #expect(index.lookup(statement: "comprehensive_income", key: "tax effect") == nil)
        #expect(index.lookup(statement: "equity", key: "short term debt") == nil)
        // two filings of three agree; a key one filing prints
        #expect(index.lookup(statement: "comprehensive_income", key: "cash flow hedge")
                == "us-gaap:OtherComprehensiveIncomeLossCashFlowHedgeGainLossAfterReclassificationAndTax")
        #expect(index.lookup(statement: "comprehensive_income", key: "unrealized gain on security")
                == "us-gaap:OtherComprehensiveIncomeUnrealizedHoldingGainLossOnSecuritiesArisingDuringPeriodNetOfTax")
        // A concept and its noncontrolling-interest partner agree: the filing's noncontrolling
        // interests decide between them (`noncontrollingPartner`).
        #expect(index.lookup(statement: "income_statement", key: "net loss") == "us-gaap:NetIncomeLoss")
        #expect(ConceptDictionary.noncontrollingPartner("us-gaap:ProfitLoss") == "us-gaap:NetIncomeLoss")
        #expect(ConceptDictionary.noncontrollingPartner("us-gaap:Revenues") == nil)
        #expect(ConceptDictionary.settled(top: 2, filings: 3))
        #expect(ConceptDictionary.settled(top: 1, filings: 1))
        #expect(!ConceptDictionary.settled(top: 1, filings: 2))
    }

    static let figureData = """
        balance_sheet\tmaterial and supplie\tus-gaap:InventoryRawMaterialsAndSupplies\t2\tdebit
        comprehensive_income\tforeign currency translation adjustment\tus-gaap:OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax\t3\t
        income_statement\tnet income\tus-gaap:NetIncomeLoss\t5\t
        equity\ttotal stockholders equity\tus-gaap:StockholdersEquity\t4\t
        """

    /// Stock and flow: the last step reads only the statements printing the row's kind of
    /// figure (balances, changes); an equity statement's rows read them all.
    @Test func theLastStepReadsStatementsOfTheRowsKindOfFigure() {
        let index = ConceptDictionary.Index(data: Self.figureData)
        // a balance in a statement of changes, a change on a balance sheet: none
        #expect(index.lookup(statement: "cash_flow", key: "material and supplie") == nil)
        #expect(index.lookup(statement: "balance_sheet", key: "foreign currency translation adjustment") == nil)
        // the same kind of figure, and an equity statement's (both kinds)
        #expect(index.lookup(statement: "cash_flow", key: "net income") == "us-gaap:NetIncomeLoss")
        #expect(index.lookup(statement: "balance_sheet", key: "total stockholders equity") == "us-gaap:StockholdersEquity")
        #expect(index.lookup(statement: "equity", key: "material and supplie") == "us-gaap:InventoryRawMaterialsAndSupplies")
        #expect(index.lookup(statement: "equity", key: "foreign currency translation adjustment")
                == "us-gaap:OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax")
        #expect(ConceptDictionary.figure(of: "equity") == nil)
    }

    /// Content words cut on bytes, as `split(separator: 0x20)` cuts them, stop words left out.
    @Test func contentWordsAreTheSpaceSeparatedNonStopWords() {
        for key in ["", " ", "net income", "  cash  and cash equivalent ", "total revenue", "the of and", "a", "café au lait"] {
            var words: [String] = []
            ConceptDictionary.forEachContentWord(key) { words.append($0) }
            let expected = key.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
                .filter { !ConceptDictionary.stopWords.contains($0) }
            #expect(words == expected, "\(key)")
        }
        var words: [String] = []
        ConceptDictionary.forEachContentWord("  net  cash   from operating activity ") { words.append($0) }
        #expect(words == ["cash", "operating", "activity"])
    }

    @Test func dataLinesAreCutAtTabsKeepingEmptyFields() {
        #expect(ConceptDictionary.Index.fields("a\tb\t\tc\t\n\nd\te") == [["a", "b", "", "c", ""], ["d", "e"]])
        #expect(ConceptDictionary.Index.fields("").isEmpty)
        #expect(ConceptDictionary.Index.fields("\n\n").isEmpty)
    }

    static func table(_ statement: TableStatement, _ cells: [Cell]) -> Table {
        var t = Table(id: 1, nRows: cells.count, nCols: 2, span: Span(start: 0, end: 1), cells: cells)
        t.statement = statement
        return t
    }

    static func cell(_ label: String, _ value: Double?, concept: String? = nil) -> Cell {
        var c = Cell(row: 0, col: 0, rowLabel: label, rowPath: [label], columnPath: ["2024"], raw: value.map { "\($0)" } ?? "—",
                     value: value, scale: 1, unit: "USD", concept: concept)
        if concept != nil { c.conceptSource = .tagged }
        return c
    }

    @Test func onlyUntaggedValueCellsOfPrimaryStatements() {
        var tables = [
            Self.table(.balanceSheet, [Self.cell("Total assets", 10), Self.cell("Total assets", nil),
                                       Self.cell("Total assets", 10, concept: "co:Assets")]),
            Self.table(.other, [Self.cell("Total assets", 10)]),
        ]
        ConceptDictionary.assignAll(&tables)
        #expect(tables[0].cells[0].conceptSource == .dictionary)
        #expect(tables[0].cells[0].concept == "us-gaap:Assets")
        #expect(tables[0].cells[1].concept == nil)             // no value
        #expect(tables[0].cells[2].concept == "co:Assets")      // the filer's tag stays
        #expect(tables[0].cells[2].conceptSource == .tagged)
        #expect(tables[1].cells[0].concept == nil)             // a note's table
        #expect(tables[1].cells[0].conceptSource == nil)
    }
}
