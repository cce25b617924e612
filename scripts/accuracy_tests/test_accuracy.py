"""Self-test of the accuracy benchmark's gold reader and matcher (scripts/accuracy --self-test).

The snippet (snippet.xhtml) is written by hand for the layouts the gold must read: a footnote
marker in a label, a `(` before the figure and its `)` in the next cell, a label in the second
cell, a percent with scale -2, a fixed-zero dash, a fact in its row's label cell, a nil fact,
a hidden fact, prose facts, a comment that mentions a tag, a `>` inside an attribute value.
"""

import os
import unittest

from accuracy_lib import gold, score, checks, items

HERE = os.path.dirname(os.path.abspath(__file__))
SNIPPET = os.path.join(HERE, "snippet.xhtml")


def read():
    return gold.read_gold(SNIPPET, "snippet")


def by_concept(facts, name):
    return next(f for f in facts if f["concept"] == name)


class GoldReader(unittest.TestCase):
    def setUp(self):
        self.g = read()
        with open(SNIPPET, "rb") as fh:
            self.raw = fh.read()

    def test_lists(self):
        g = self.g
        self.assertTrue(g["byte_scan"]["ok"], g["byte_scan"])
        self.assertEqual(g["byte_scan"]["lxml_facts"], 14)   # the comment's tag is not counted
        self.assertEqual([f["concept"] for f in g["table_facts"]],
                         ["us-gaap:Revenues", "us-gaap:CostOfRevenue", "us-gaap:GrossMarginPct", "us-gaap:Other",
                          "us-gaap:Debt", "us-gaap:Segments", "us-gaap:LeasePaymentsYearTwo",
                          "us-gaap:DiscountRateHigh", "us-gaap:PayTotal"])
        self.assertEqual([f["concept"] for f in g["prose_facts"]],
                         ["us-gaap:Revenues", "dei:EntityCommonStockSharesOutstanding"])
        self.assertEqual([f["concept"] for f in g["label_cell_facts"]], ["us-gaap:DebtRate"])
        self.assertEqual([f["concept"] for f in g["hidden_facts"]], ["us-gaap:HiddenThing"])
        self.assertEqual(sorted(f["concept"] for f in g["dei_facts"]),
                         ["dei:DocumentType", "dei:EntityCommonStockSharesOutstanding"])

    def test_values_and_signs(self):
        t = self.g["table_facts"]
        rev = by_concept(t, "us-gaap:Revenues")
        self.assertEqual((rev["displayed"], rev["magnitude"], rev["displayed_sign"]), ("1,234", 1234000000, 1))
        cost = by_concept(t, "us-gaap:CostOfRevenue")
        self.assertEqual((cost["magnitude"], cost["displayed_sign"], cost["paren_closed"]), (-567000000, -1, True))
        self.assertAlmostEqual(by_concept(t, "us-gaap:GrossMarginPct")["magnitude"], 0.459)
        self.assertEqual(by_concept(t, "us-gaap:Other")["magnitude"], 0)
        self.assertEqual(by_concept(t, "us-gaap:Segments")["magnitude"], 3)
        self.assertEqual(by_concept(t, "us-gaap:DiscountRateHigh")["displayed_sign"], 1)   # a range, not a minus
        self.assertEqual(by_concept(self.g["prose_facts"], "us-gaap:Revenues")["magnitude"], 1200000000)

    def test_labels(self):
        t = self.g["table_facts"]
        rev = by_concept(t, "us-gaap:Revenues")
        self.assertEqual(rev["label"], "Net sales(1)")
        self.assertEqual(rev["label_core"], "Net sales")
        self.assertEqual(by_concept(t, "us-gaap:GrossMarginPct")["label"], "Gross margin")
        self.assertEqual({f["html_table"] for f in t}, {0})
        self.assertEqual(by_concept(t, "us-gaap:CostOfRevenue")["row_index"], 2)
        self.assertEqual(by_concept(t, "us-gaap:Debt")["label"], "Notes due 4.5%")
        self.assertEqual(by_concept(t, "us-gaap:LeasePaymentsYearTwo")["label"], "2026")   # no letter in the row
        self.assertEqual(by_concept(t, "us-gaap:PayTotal")["label"], "2023")   # `$445 M` is a figure, not a label

    def test_concept_keys_naming_a_company_are_left_out(self):
        from accuracy_lib import concepts
        self.assertTrue(concepts.names_an_entity("acme incorporated stockholders equity"))
        self.assertTrue(concepts.names_an_entity("total acme inc shareholders equity"))
        self.assertFalse(concepts.names_an_entity("total company"))
        self.assertFalse(concepts.names_an_entity("stockholders equity"))

    def test_concept_keys_as_folio_makes_them(self):
        # the same labels and keys as ConceptDictionaryTests (Swift): the two must stay in step
        from accuracy_lib import concepts
        k = concepts.label_key
        self.assertEqual(k("Non-controlling interests"), "noncontrolling interest")
        self.assertEqual(k("Other non current liabilities"), "other noncurrent liability")
        self.assertEqual(k("Debt repayments"), "debt repayment")
        self.assertEqual(k("Gross loss"), "gross income")
        self.assertEqual(k("Impairment losses"), "impairment loss")
        self.assertEqual(k("Basis plus status"), "basis plus status")
        self.assertEqual(k("Weighted-average shares"), "weighted average shares")
        self.assertEqual(k("Non 401k plans"), "non 401k plan")
        self.assertEqual(k("Total stockholders’ equity"), "total stockholders equity")
        self.assertEqual(k("Balance at end of year"), "balance")
        self.assertEqual(k("Balance as of the end of the fiscal year"), "balance")
        self.assertEqual(k("Beginning balances"), "balance")
        self.assertEqual(k("Cash and cash equivalents, end of period"), "cash and cash equivalent")
        self.assertEqual(k("End of life costs"), "end of life cost")
        self.assertEqual(k("Balance at end of year adjustments"), "balance at end of year adjustment")
        self.assertEqual(k("Operating lease liabilities, net of current portion"), "operating lease liability")
        self.assertEqual(k("Long-term debt, excluding current installments"), "long term debt")
        self.assertEqual(k("Long-term debt, net of current maturities"), "long term debt")
        self.assertEqual(k("Less current portion"), "less current portion")
        self.assertEqual(k("Basic earnings per share attributable to Example Inc."), "basic income per share")
        self.assertEqual(k("Diluted loss per share attributable to Example Corp. common shareholders"), "diluted loss per share")
        self.assertEqual(k("Net income attributable to Example Inc."), "net income attributable to parent")
        self.assertEqual(k("Earnings per share attributable to noncontrolling interests"),
                         "income per share attributable to noncontrolling interest")
        self.assertEqual(k("Net change in cash and equivalents"), "net change in cash and cash equivalent")
        self.assertEqual(k("Cash and equivalents, end of period"), "cash and cash equivalent")
        self.assertEqual(k("Total shareholders’ deficit"), "total stockholders equity")
        self.assertEqual(k("Total stockholders’ equity (deficit)"), "total stockholders equity deficit")
        self.assertEqual(k("Accumulated deficit"), "accumulated deficit")
        self.assertEqual(k("Net income (loss)"), "net income")
        self.assertEqual(k("Other comprehensive (loss) income"), "other comprehensive income")
        self.assertEqual(k("Income/(loss) before income taxes"), "income before income tax")
        self.assertEqual(k("Net loss"), "net income")
        self.assertEqual(k("Loss from operations"), "income from operation")
        self.assertEqual(k("Other comprehensive loss"), "other comprehensive income")
        self.assertEqual(k("Loss before income taxes"), "income before income tax")
        self.assertEqual(k("Investment loss"), "investment loss")
        self.assertEqual(k("Foreign exchange (loss) gain"), "foreign exchange loss gain")
        self.assertEqual(k("Unrealized gain (loss)"), "unrealized gain loss")
        self.assertEqual(k("(Gains) losses on investments, net"), "gain loss on investment net")
        self.assertEqual(k("Loss on extinguishment of debt"), "loss on extinguishment of debt")
        self.assertEqual(k("Effect of exchange rate changes on cash, cash equivalents and restricted cash"),
                         "effect of exchange rate change")
        self.assertEqual(k("Effect of exchange rate changes on cash and cash equivalents"), "effect of exchange rate change")
        self.assertEqual(k("Effect of exchange rate changes"), "effect of exchange rate change")
        self.assertEqual(k("Foreign currency effect on cash, cash equivalents, and restricted cash"), "foreign currency effect")
        self.assertEqual(k("Interest earned on cash deposits"), "interest earned on cash deposit")
        self.assertEqual(k("Cash, cash equivalents, and restricted cash and cash equivalents, beginning balances"),
                         "cash cash equivalent and restricted cash and cash equivalent")
        self.assertEqual(k("Total stockholders’ equity, ending balance"), "total stockholders equity")
        self.assertEqual(k("Beginning balance"), "balance")
        self.assertEqual(k("Tax effect on unrealized gains"), "tax effect on unrealized gain")
        self.assertEqual(k("Capital investments accrued but not yet paid"), "capital expenditure accrued but not yet paid")
        self.assertEqual(k("Paid-in surplus"), "additional paid in capital")
        self.assertEqual(k("Capital surplus"), "additional paid in capital")
        self.assertEqual(k("Accumulated earnings"), "retained income")
        self.assertEqual(k("Reinvested earnings"), "retained income")
        self.assertEqual(k("Trade payables"), "account payable")
        self.assertEqual(k("Trade receivables, net"), "account receivable net")
        self.assertEqual(k("Trade receivables, net of allowances of $14 and of $16, respectively"), "account receivable")
        self.assertEqual(k("Provision for income taxes"), "income tax expense")
        self.assertEqual(k("Income tax provision (benefit)"), "income tax expense benefit")
        self.assertEqual(k("Income before provision for income taxes"), "income before income tax expense")
        self.assertEqual(k("Accumulated other comprehensive income"), "accumulated other comprehensive income")
        self.assertEqual(k("Capital lease obligations"), "capital lease obligation")
        self.assertEqual(k("Trade names"), "trade name")
        self.assertEqual(k("Provision for credit losses"), "provision for credit loss")
        self.assertEqual(k("Unearned revenue"), "deferred revenue")
        self.assertEqual(k("Proceeds from short-term borrowings"), "proceed from short term debt")
        self.assertEqual(k("Share repurchase programs (Note 16)"), "repurchase of common stock program")
        self.assertEqual(k("Stock repurchases"), "repurchase of common stock")
        self.assertEqual(k("Share-based compensation"), "share based compensation")

    def test_concept_total_is_not_other(self):
        # the closest key: a total's label never takes a key naming an `other` it lacks
        from accuracy_lib import concepts
        index = concepts.Index([
            ("cash_flow", "other investing activity", "us-gaap:PaymentsForProceedsFromOtherInvestingActivities", 3, ""),
            ("cash_flow", "net cash used in investing activity", "us-gaap:NetCashProvidedByUsedInInvestingActivities", 2, "")])
        self.assertEqual(index.lookup("cash_flow", "TOTAL INVESTING ACTIVITIES"), "us-gaap:NetCashProvidedByUsedInInvestingActivities")
        self.assertEqual(index.lookup("cash_flow", "Investing activities"), "us-gaap:PaymentsForProceedsFromOtherInvestingActivities")
        self.assertEqual(index.lookup("cash_flow", "Total other investing activities"),
                         "us-gaap:PaymentsForProceedsFromOtherInvestingActivities")

    def test_concept_part_is_not_its_total(self):
        # the closest key: a label without `total` takes a total's key only with the same content words
        from accuracy_lib import concepts
        index = concepts.Index([
            ("balance_sheet", "total asset", "us-gaap:Assets", 5, "debit"),
            ("balance_sheet", "total current liability", "us-gaap:LiabilitiesCurrent", 5, "credit"),
            ("income_statement", "total revenue", "us-gaap:Revenues", 3, "")])
        self.assertIsNone(index.lookup("balance_sheet", "Content assets, net"))
        self.assertIsNone(index.lookup("balance_sheet", "Current content liabilities"))
        self.assertEqual(index.lookup("balance_sheet", "Assets"), "us-gaap:Assets")
        self.assertEqual(index.lookup("income_statement", "Revenues"), "us-gaap:Revenues")
        self.assertEqual(index.lookup("income_statement", "Total net revenues"), "us-gaap:Revenues")

    def test_concept_income_statement_lines(self):
        from accuracy_lib import concepts
        kinds = {1: "income_statement", 2: "income_statement", 3: "balance_sheet"}
        cells = [{"table_id": 1, "row_label": "Cost of sales"}, {"table_id": 1, "row_label": "Total operating expenses"},
                 {"table_id": 2, "row_label": "Gross profit"}, {"table_id": 2, "row_label": "Total other income (expense)"},
                 {"table_id": 3, "row_label": "Total assets"}]
        self.assertEqual(concepts.table_lines(cells, kinds), {1: (False, False), 2: (True, True)})
        index = concepts.Index([("income_statement", "total operating expense", "us-gaap:OperatingExpenses", 7, ""),
                                ("income_statement", "other income expense net", "us-gaap:NonoperatingIncomeExpense", 3, "")])
        # costs without gross
        self.assertEqual(index.lookup("income_statement", "Total operating expenses", lines=(False, False)), "us-gaap:CostsAndExpenses")
        self.assertEqual(index.lookup("income_statement", "Total operating expenses", lines=(True, False)), "us-gaap:OperatingExpenses")
        self.assertEqual(index.lookup("income_statement", "Total operating expenses"), "us-gaap:OperatingExpenses")
        # component of a nonoperating total
        self.assertEqual(index.lookup("income_statement", "Other income (expense), net", lines=(True, True)),
                         "us-gaap:OtherNonoperatingIncomeExpense")
        self.assertEqual(index.lookup("income_statement", "Other income (expense), net", lines=(True, False)),
                         "us-gaap:NonoperatingIncomeExpense")
        self.assertEqual(index.lookup("income_statement", "Total other income (expense), net", lines=(True, True)),
                         "us-gaap:NonoperatingIncomeExpense")

    def test_concept_retired_repurchases(self):
        from accuracy_lib import concepts
        kinds = {1: "balance_sheet", 2: "equity"}
        self.assertTrue(concepts.prints_treasury([{"table_id": 1, "row_label": "Treasury stock, at cost"}], kinds))
        self.assertFalse(concepts.prints_treasury([{"table_id": 1, "row_label": "Retained earnings"},
                                                   {"table_id": 2, "row_label": "Purchases of treasury stock"}], kinds))
        self.assertIsNone(concepts.prints_treasury([{"table_id": 2, "row_label": "Retained earnings"}], kinds))
        index = concepts.Index([("equity", "repurchase of common stock", "us-gaap:TreasuryStockValueAcquiredCostMethod", 2, "")])
        self.assertEqual(index.lookup("equity", "Repurchases of common stock", treasury=False),
                         "us-gaap:StockRepurchasedAndRetiredDuringPeriodValue")
        self.assertEqual(index.lookup("equity", "Repurchases of common stock", treasury=True),
                         "us-gaap:TreasuryStockValueAcquiredCostMethod")
        self.assertEqual(index.lookup("equity", "Repurchases of common stock"), "us-gaap:TreasuryStockValueAcquiredCostMethod")

    def test_concept_restricted_cash_reconciliation(self):
        from accuracy_lib import concepts
        kinds = {1: "cash_flow", 2: "cash_flow"}
        cells = [{"table_id": 1, "row_label": "Cash and cash equivalents"},
                 {"table_id": 1, "row_label": "Restricted cash included in other assets"},
                 {"table_id": 2, "row_label": "Payments related to taxes on restricted stock units"}]
        self.assertEqual(concepts.table_restricted(cells, kinds), {1: True, 2: False})
        total = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
        index = concepts.Index([("cash_flow", "cash and cash equivalent", total, 10, ""),
                                ("cash_flow", "cash cash equivalent and restricted cash", total, 6, "")])
        self.assertEqual(index.lookup("cash_flow", "Cash and cash equivalents", restricted=True),
                         "us-gaap:CashAndCashEquivalentsAtCarryingValue")
        self.assertEqual(index.lookup("cash_flow", "Cash and cash equivalents", restricted=False), total)
        self.assertEqual(index.lookup("cash_flow", "Cash, cash equivalents and restricted cash", restricted=True), total)

    def test_concept_whole_entity_equity(self):
        from accuracy_lib import concepts
        kinds = {1: "balance_sheet", 2: "equity"}
        self.assertTrue(concepts.totals_whole_equity([{"table_id": 1, "row_label": "Total equity"}], kinds))
        self.assertFalse(concepts.totals_whole_equity([{"table_id": 1, "row_label": "Total stockholders’ equity"},
                                                       {"table_id": 1, "row_label": "Total liabilities and equity"},
                                                       {"table_id": 2, "row_label": "Total equity"}], kinds))

    def test_concept_dictionary_standard_concepts_only(self):
        # a filer's extension concept gives no entry, and no vote against the others' concept
        from accuracy_lib import concepts
        items = [("a", "equity", "purchase of treasury stock", "us-gaap:TreasuryStockValueAcquiredCostMethod", "", ""),
                 ("b", "equity", "purchase of treasury stock", "xyz:TreasuryStockValueAcquiredOnTradeDate", "", ""),
                 ("c", "balance_sheet", "client incentive", "xyz:ClientIncentivesAssets", "debit", "")]
        self.assertEqual(concepts.build(items),
                         [("equity", "purchase of treasury stock", "us-gaap:TreasuryStockValueAcquiredCostMethod", 1, "")])
        index = concepts.Index(concepts.build(items))
        self.assertEqual(index.lookup("equity", "Purchases of treasury stock"), "us-gaap:TreasuryStockValueAcquiredCostMethod")
        self.assertTrue(concepts.is_standard("us-gaap:Revenues"))
        self.assertFalse(concepts.is_standard("xyz:Revenues"))

    def test_concept_balance_sheet_parts(self):
        from accuracy_lib import concepts
        rows = list(enumerate(["Cash", "Total current assets", "Deferred income taxes", "Total assets", "Accounts payable",
                               "Operating lease liabilities", "Total current liabilities", "Operating lease liabilities",
                               "Total liabilities", "Common stock", "Total liabilities and equity"]))
        self.assertEqual(concepts.balance_parts(rows), {0: "current asset", 2: "noncurrent asset", 4: "current liability",
                                                        5: "current liability", 7: "noncurrent liability"})
        self.assertEqual(concepts.balance_parts(list(enumerate(["Cash", "Goodwill", "Total assets"]))), {})

    def test_concept_measure_heading(self):
        from accuracy_lib import concepts
        index = concepts.Index([("income_statement", "basic income per share", "us-gaap:EarningsPerShareBasic", 3, ""),
                                ("balance_sheet", "class a common stock", "us-gaap:CommonStockValue", 2, "credit")])
        self.assertEqual(index.lookup("income_statement", "Class A common stock", ["Basic earnings per share", "Class A common stock"]),
                         "us-gaap:EarningsPerShareBasic")
        # no measure heading: the label's concept in another statement printing changes, none
        # here (the balance sheet's is a balance: stock and flow); an equity statement reads it
        self.assertIsNone(index.lookup("income_statement", "Class A common stock", ["Revenues", "Class A common stock"]))
        self.assertEqual(index.lookup("equity", "Class A common stock"), "us-gaap:CommonStockValue")

    def test_scale_suffix_follows_a_figure(self):
        self.assertFalse(gold.holds_label_letter("$445 M"))
        self.assertFalse(gold.holds_label_letter("1.2 bn"))
        self.assertTrue(gold.holds_label_letter("B"))       # a share class, no figure before it
        self.assertTrue(gold.holds_label_letter("Class M"))

    def test_periods(self):
        t = self.g["table_facts"]
        self.assertEqual(by_concept(t, "us-gaap:Revenues")["period"], {"start": "2023-10-01", "end": "2024-09-28"})
        self.assertEqual(by_concept(t, "us-gaap:Other")["period"], {"instant": "2024-09-28"})

    def test_byte_spans_hold_the_figure(self):
        for f in self.g["table_facts"]:
            s, e = f["span"]
            shown = self.raw[s:e].decode()
            self.assertEqual(gold.collapse(__import__("html").unescape(shown)), f["displayed"], f["concept"])
        debt = by_concept(self.g["table_facts"], "us-gaap:Debt")
        self.assertEqual(self.raw[debt["span"][0]:debt["span"][1]], b"2,000")

    def test_scan_skips_comments_and_quoted_brackets(self):
        raw = (b'<!-- <ix:nonFraction name="x">1</ix:nonFraction> --><td title="a>b">'
               b'<ix:nonFraction name="y" a="<">  &#160;42&#160; </ix:nonFraction></td>'
               b'<ix:nonFraction name="z"/>')
        found = gold.scan_fact_tags(raw, ["ix"])
        self.assertEqual([f[0] for f in found], ["y", "z"])
        self.assertEqual(raw[found[0][1]:found[0][2]], b"42")

    def test_norm_label(self):
        self.assertEqual(gold.norm_label("Stockholders\u2019 equity \u2014 total (1)"),
                         gold.norm_label("stockholders' equity - TOTAL (1)"))
        self.assertEqual(gold.norm_label("\uff21ssets"), "assets")   # NFKC: fullwidth A

    def test_label_tail_of_a_wrapped_html_label(self):
        tail = {"label": "1,113,018,733 issued; 593,009,409 and 604,241,260 outstanding, respectively"}
        whole = "Common shares, 1,400,000,000 authorized; 1,113,018,733 issued; 593,009,409 and 604,241,260 outstanding, respectively"
        self.assertTrue(score.label_matches(whole, tail))
        self.assertTrue(score.label_matches("Common stock held in treasury and 57,105 as of 2023", {"label": "and 57,105 as of 2023"}))
        # A year label or a whole label is no tail: a longer label glued to it still misses.
        self.assertFalse(score.label_matches("Year Ended December 31, 2025", {"label": "2025"}))
        self.assertFalse(score.label_matches("Liabilities Debt", {"label": "Debt"}))


def cell(label, value, scale, span, table_id=1, unit=None, period="absent", row=0, col=0):
    c = {"doc_id": "snippet", "table_id": table_id, "row": row, "col": col, "row_label": label,
         "row_path": [label], "column_path": [], "raw": str(value), "value": value, "scale": scale,
         "unit": unit, "source_span": {"start": span[0], "end": span[1]} if span else None}
    if period != "absent":
        c["period"] = period
    return c


class Matcher(unittest.TestCase):
    def setUp(self):
        self.g = read()
        self.t = self.g["table_facts"]
        self.fy = {"start": "2023-10-01", "end": "2024-09-28"}

    def span(self, concept):
        return by_concept(self.t, concept)["span"]

    def test_range_bound(self):
        # a range printed in one cell: a fact tagged on one bound is compared with that bound
        c = {"value": None, "scale": 1, "unit": "percent",
             "bounds": [{"value": 4.8, "source_span": {"start": 100, "end": 104}},
                        {"value": 4.95, "source_span": {"start": 290, "end": 294}}]}
        self.assertEqual(score.bound_at(c, 290, 294)["value"], 4.95)
        self.assertEqual(score.bound_at(c, 100, 104)["value"], 4.8)
        self.assertIsNone(score.bound_at(c, 200, 204))
        self.assertIsNone(score.bound_at({"value": 1, "bounds": None}, 100, 104))

    def test_rendition_range_bounds(self):
        # a range printed in one cell: in a rendition each bound is found like a figure
        rng = cell("Risk-free interest rate", None, 1, None, unit="percent", period=self.fy)
        rng["bounds"] = [{"value": 4.3, "span": {"start": 0, "end": 3}}, {"value": 4.5, "span": {"start": 6, "end": 9}}]
        lo = {"index": 0, "id": "lo", "concept": "a:RateMin", "context": "c", "magnitude": 0.043, "label": "Risk-free interest rate",
              "label_core": "Risk-free interest rate", "displayed": "4.3", "displayed_sign": 1, "period": self.fy, "span": [10, 13]}
        hi = dict(lo, index=1, id="hi", concept="a:RateMax", magnitude=0.045, displayed="4.5", span=[16, 19])
        again = dict(lo, index=2, id="again", span=[30, 33])   # the low bound printed again: no cell left
        g = dict(self.g, table_facts=[lo, hi, again])
        sc, misses = score.match_rendition("layout", "snippet", g, [rng], [])
        self.assertEqual(sc.hits["label"], 2)
        self.assertEqual([m["fact_id"] for m in misses], ["again"])

    def test_html_causes(self):
        rev, cost, pct, other, debt, seg = (self.span(c) for c in (
            "us-gaap:Revenues", "us-gaap:CostOfRevenue", "us-gaap:GrossMarginPct", "us-gaap:Other",
            "us-gaap:Debt", "us-gaap:Segments"))
        # a 52-week year: the cell's period ends 2024-09-30 and starts 2023-10-01 (12 months)
        cells = [
            cell("Net sales", 1234, 1000000, (rev[0] - 1, rev[1]), period={"start": "2023-10-01", "end": "2024-09-30"}),
            cell("Cost of sales", 567, 1000000, (cost[0] - 1, cost[1] + 10), period=self.fy),   # printed (567): sign
            cell("Gross margin", 45.9, 1, pct, unit="percent", period={"start": "2024-07-01", "end": "2024-09-28"}),
            cell("Net salesOther", 0, 1, other, period={"instant": "2024-09-28"}),                # glued label
            cell("Notes due 4.5%", 2000, 1000, debt),                                             # scale off 10^3
            cell("Segments", 3, 1, (seg[1] + 500, seg[1] + 501)),                                 # drifted
        ]
        tables = [{"table_id": 1, "title": "T", "units": {"scale": 1000000, "currency": "USD"},
                   "source_span": {"start": rev[0] - 200, "end": debt[1] + 50}}]
        sc, misses = score.match_html("html", "snippet", self.g, cells, tables)
        causes = {m["concept"]: (m["cause"], m["detail"]) for m in misses}
        self.assertNotIn("us-gaap:Revenues", causes)
        self.assertEqual(causes["us-gaap:CostOfRevenue"], ("wrong sign", "printed negative"))
        self.assertEqual(causes["us-gaap:GrossMarginPct"], ("wrong period", None))
        self.assertEqual(causes["us-gaap:Other"], ("label mismatch", "glued"))
        self.assertEqual(causes["us-gaap:Debt"], ("wrong scale", "cell scale differs from table"))
        debt_miss = next(m for m in misses if m["concept"] == "us-gaap:Debt")
        self.assertEqual((debt_miss["expected_scale"], debt_miss["got_scale"]), (1000000, 1000))
        self.assertEqual(causes["us-gaap:Segments"], ("no cell at span", "span drift"))
        self.assertEqual(sc.n, 9)
        self.assertEqual(sc.hits, {"value": 4, "label": 3, "period": 2, "sign": 1})

    def test_html_no_table_and_no_period(self):
        rev = self.span("us-gaap:Revenues")
        cells = [cell("Net sales", 1234, 1000000, rev)]
        sc, misses = score.match_html("html", "snippet", self.g, cells, [])
        causes = {m["concept"]: (m["cause"], m["detail"]) for m in misses}
        self.assertEqual(causes["us-gaap:Revenues"], ("no period", "absent"))
        self.assertEqual(causes["us-gaap:CostOfRevenue"], ("no cell at span", "no table"))

    def test_rendition_one_to_one(self):
        cells = [cell("Net sales (1)", 1234, 1000000, None, period=self.fy),
                 cell("Cost of sales", 567, 1000, None),
                 cell("Other revenue", 45.9, 1, None, unit="percent")]
        g = dict(self.g)
        rev = by_concept(self.t, "us-gaap:Revenues")
        # The same figure printed twice (another span): one cell serves one fact.
        dup = dict(rev, index=99, span=[rev["span"][0] + 1000, rev["span"][1] + 1000])
        g["table_facts"] = self.t + [dup]
        sc, misses = score.match_rendition("layout", "snippet", g, cells, [])
        causes = [(m["concept"], m["cause"]) for m in misses]
        self.assertNotIn(("us-gaap:Revenues", "not found"), causes)
        self.assertIn(("us-gaap:Revenues", "taken"), causes)           # the duplicate: one cell, one fact
        self.assertIn(("us-gaap:CostOfRevenue", "wrong scale"), causes)
        self.assertIn(("us-gaap:GrossMarginPct", "label mismatch"), causes)
        self.assertIn(("us-gaap:Debt", "not found"), causes)
        self.assertEqual(sc.hits["label"], 1)
        self.assertEqual(sc.hits["sign"], 1)
        values = sc.hits["value"]
        # One printed figure tagged twice (the same span): its cell serves both tags.
        twice = dict(rev, index=98, id="f-twice")
        g["table_facts"] = self.t + [twice]
        sc, misses = score.match_rendition("layout", "snippet", g, cells, [])
        causes = [(m["concept"], m["cause"]) for m in misses]
        self.assertNotIn(("us-gaap:Revenues", "taken"), causes)
        self.assertEqual(sc.hits["label"], 2)
        self.assertEqual(sc.hits["value"], values + 1)   # the figure printed twice: its second print found no cell; the figure tagged twice: both tags found

    def test_periods(self):
        self.assertTrue(score.period_matches({"start": "2023-10-01", "end": "2024-09-28"},
                                             {"start": "2023-10-02", "end": "2024-09-30"}))
        self.assertFalse(score.period_matches({"start": "2024-01-01", "end": "2024-12-31"},
                                              {"start": "2024-10-01", "end": "2024-12-31"}))
        self.assertTrue(score.period_matches({"instant": "2024-12-31"}, {"instant": "2025-01-03"}))
        self.assertFalse(score.period_matches({"instant": "2024-12-31"}, {"start": "2024-01-01", "end": "2024-12-31"}))

    def test_magnitudes(self):
        self.assertTrue(score.same_magnitude(0.052, 5.2 * 1 * 0.01))
        self.assertEqual(score.power_of_ten_ratio(1234000000, 1234000), 3)
        self.assertIsNone(score.power_of_ten_ratio(1234, 1235))


class CheckJudge(unittest.TestCase):
    """The failing-check judge's search over the filer's figures (checks.search)."""

    @staticmethod
    def fig(value, tol=0.5):
        g = checks.GoldFigure.__new__(checks.GoldFigure)
        g.value, g.tol = float(value), tol
        return g

    def rows(self, table):
        return {r: {c: self.fig(v) for c, v in cols.items()} for r, cols in table.items()}

    def test_maturity_buckets_add(self):
        rows = self.rows({0: {"a": 9738, "b": 9000}, 1: {"a": 3374, "b": 3000}})
        total = {"a": self.fig(13112), "b": self.fig(12000)}
        self.assertEqual(checks.search([1, 0], rows, total, ["a", "b"]), [(1, 1), (0, 1)])

    def test_deduction_printed_positive_is_subtracted(self):
        rows = self.rows({0: {"a": 500, "b": 400}, 1: {"a": 200, "b": 150}})
        total = {"a": self.fig(300), "b": self.fig(250)}
        self.assertEqual(checks.search([1, 0], rows, total, ["a", "b"]), [(1, -1), (0, 1)])

    def test_subtotal_left_out(self):
        # 0, 1 -> subtotal 2; 3; total = 2 + 3 (components left out) or 0 + 1 + 3
        rows = self.rows({0: {"a": 100}, 1: {"a": 50}, 2: {"a": 150}, 3: {"a": 300}})
        found = checks.search([3, 2, 1, 0], rows, {"a": self.fig(450)}, ["a"])
        self.assertEqual(found, [(3, 1), (2, 1)])

    def test_no_sum(self):
        rows = self.rows({0: {"a": 10, "b": 8}, 1: {"a": 5, "b": 4}})
        self.assertIsNone(checks.search([1, 0], rows, {"a": self.fig(18), "b": self.fig(12)}, ["a", "b"]))


class LetterlessRows(unittest.TestCase):
    """A row that holds no letter takes its label from the table's label column (made-up
    figures): a price-range row whose label is one price, a total row with an empty label
    column, and a segment's second year row under a lettered one."""
    HTML = b"""<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:us-gaap="http://fasb.org/us-gaap/2024"><body>
<div style="display:none"><ix:header><ix:resources>
<xbrli:context id="i24"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2024-09-28</xbrli:instant></xbrli:period></xbrli:context>
<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
</ix:resources></ix:header></div>
<table>
<tr><td>Range of prices</td><td>Number</td><td>Remaining life</td><td>Price</td></tr>
<tr><td>$ 10.00 to $ <ix:nonFraction name="us-gaap:High" contextRef="i24" unitRef="usd" decimals="2">20.00</ix:nonFraction></td><td><ix:nonFraction name="us-gaap:N1" contextRef="i24" unitRef="usd" decimals="0">3</ix:nonFraction></td><td><ix:nonNumeric name="us-gaap:Life1" contextRef="i24">2.1</ix:nonNumeric></td><td><ix:nonFraction name="us-gaap:P1" contextRef="i24" unitRef="usd" decimals="2">15.50</ix:nonFraction></td></tr>
<tr><td>$ <ix:nonFraction name="us-gaap:Low" contextRef="i24" unitRef="usd" decimals="2">31.25</ix:nonFraction></td><td><ix:nonFraction name="us-gaap:N2" contextRef="i24" unitRef="usd" decimals="0">4</ix:nonFraction></td><td><ix:nonNumeric name="us-gaap:Life2" contextRef="i24">5.2</ix:nonNumeric></td><td><ix:nonFraction name="us-gaap:P2" contextRef="i24" unitRef="usd" decimals="2">31.25</ix:nonFraction></td></tr>
<tr><td></td><td><ix:nonFraction name="us-gaap:N3" contextRef="i24" unitRef="usd" decimals="0">7</ix:nonFraction></td><td><ix:nonNumeric name="us-gaap:Life3" contextRef="i24">3.8</ix:nonNumeric></td><td><ix:nonFraction name="us-gaap:P3" contextRef="i24" unitRef="usd" decimals="2">24.00</ix:nonFraction></td></tr>
</table>
<table>
<tr><td>Alpha</td><td>2025</td><td><ix:nonFraction name="us-gaap:S1" contextRef="i24" unitRef="usd" decimals="0">100</ix:nonFraction></td></tr>
<tr><td></td><td>2024</td><td><ix:nonFraction name="us-gaap:S2" contextRef="i24" unitRef="usd" decimals="0">90</ix:nonFraction></td></tr>
</table>
</body></html>"""

    def test_labels(self):
        import tempfile
        with tempfile.NamedTemporaryFile(suffix=".xhtml", delete=False) as fh:
            fh.write(self.HTML)
        try:
            g = gold.read_gold(fh.name, "letterless")
        finally:
            os.unlink(fh.name)
        labels = {f["concept"].split(":")[1]: f["label"] for f in g["table_facts"]}
        self.assertEqual(labels, {"N1": "$ 10.00 to $ 20.00", "P1": "$ 10.00 to $ 20.00",
                                  "N2": "$ 31.25", "P2": "$ 31.25",   # not the tagged life `5.2`
                                  "N3": "", "P3": "",                 # empty label column, no untagged cell
                                  "S1": "Alpha", "S2": "2024"})
        self.assertEqual(sorted(f["concept"] for f in g["label_cell_facts"]), ["us-gaap:High", "us-gaap:Low"])


if __name__ == "__main__":
    unittest.main()


class Items(unittest.TestCase):
    """The 10-K/10-Q Item gold and its scoring (accuracy_lib/items.py), on a hand-written body:
    a contents table, a running page header repeating an Item, a heading `div` that also holds a
    rule drawn as a table, a cross-reference in a paragraph, and Part II's Item 1 of a 10-Q."""

    HTML = b"""<html><body>
<table><tr><td>Item 1.</td><td>Financial Statements</td></tr>
<tr><td>Item 2.</td><td>MD&amp;A</td></tr><tr><td>Item 1A.</td><td>Risk Factors</td></tr></table>
<div>PART I</div>
<div><span>Item 1. Financial Statements</span><table><tr><td></td></tr></table></div>
<p>See Item 1A. Risk Factors of our annual report for the risks that could affect us in the future,
which are many and varied and described there at length, well beyond a heading's length, in detail
and with examples of how each could affect the results reported in this quarterly report.</p>
<div>Item 2. Management's Discussion</div>
<div>Item 2. Management's Discussion</div>
<div>PART II</div><div>Item 1. Legal Proceedings</div><div>Item 1A. Risk Factors</div>
</body></html>"""

    def gold(self):
        import tempfile
        with tempfile.NamedTemporaryFile(suffix=".html", delete=False) as fh:
            fh.write(self.HTML)
        try:
            return items.gold_items(fh.name, "10-Q")
        finally:
            os.unlink(fh.name)

    def test_gold(self):
        self.assertEqual([k for k, _ in self.gold()], [("I", "1"), ("I", "2"), ("II", "1"), ("II", "1A")])

    def test_score(self):
        import tempfile
        with tempfile.NamedTemporaryFile(suffix=".html", delete=False) as fh:
            fh.write(self.HTML)
        g = {"dei_facts": [{"concept": "dei:DocumentType", "displayed": "10-Q"}]}
        secs = [{"ordinal": 1, "heading": "PART I", "section_id": 1},
                {"ordinal": 2, "heading": "Item 1. Financial Statements", "section_id": 2},
                {"ordinal": 3, "heading": "PART II", "section_id": 3},
                {"ordinal": 4, "heading": "Item 1. Legal Proceedings", "section_id": 4},
                {"ordinal": 5, "heading": "ITEM 1A. RISK FACTORS", "section_id": 5},
                {"ordinal": 6, "heading": "Item 1A. Risk Factors", "section_id": 6},
                {"ordinal": 7, "heading": "Item 9. Other", "section_id": 7}]
        try:
            r = items.score("layout", {"x": g}, {"x": fh.name}, {"x": secs})
        finally:
            os.unlink(fh.name)
        self.assertEqual(r["per"]["x"], (2, 4, 1))
        self.assertEqual(sorted((m["item"], m["cause"]) for m in r["misses"]),
                         [("I/2", "missing"), ("II/1A", "duplicate"), ("II/9", "extra")])
