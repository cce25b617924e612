"""Self-test of the narrative-facts scoring (accuracy_lib/facts.py) on handmade records."""

import unittest

from accuracy_lib import facts


def gold_fact(concept, ctx, span, magnitude, period, unit="iso4217:USD", dims=()):
    return {"concept": concept, "context": ctx, "span": list(span), "magnitude": magnitude, "period": period,
            "unit": unit, "dimensions": list(dims), "displayed": "x", "scale": 6, "id": concept}


def folio_fact(fid, start, end, value, scale, period, check="unmatched", cell=None):
    return {"doc_id": "d", "fact_id": fid, "origin": "narrative", "metric": "Revenue", "value": value,
            "scale": scale, "unit": "USD", "period": period, "source_span": {"start": start, "end": end},
            "check": check, "cell": cell}


FY = {"start": "2024-01-01", "end": "2024-12-31"}


class Recall(unittest.TestCase):
    def test_levels_and_causes(self):
        gold = {"prose_facts": [
            gold_fact("us-gaap:Revenues", "c1", (10, 13), 4.2e9, FY),                 # found with period
            gold_fact("us-gaap:CostOfRevenue", "c1", (40, 43), 1.1e9, FY),            # found, no period
            gold_fact("us-gaap:Other", "c1", (70, 72), 5e6, FY),                      # not found
            gold_fact("us-gaap:Shares", "c1", (90, 92), 5e6, FY, unit="xbrli:shares"),  # not monetary
            gold_fact("dei:EntityPublicFloat", "c1", (95, 97), 5e6, FY),              # dei: left out
        ]}
        fs = [folio_fact(1, 9, 22, 4.2, 1_000_000_000, FY), folio_fact(2, 39, 52, 1.1, 1_000_000_000, None)]
        rc, misses = facts.recall_doc("d", gold, fs, None)
        self.assertEqual((rc.n, rc.reached["value"], rc.reached["period"]), (3, 2, 1))
        self.assertEqual(sorted(m["cause"] for m in misses), ["no period", "not found"])

    def test_wrong_scale(self):
        gold = {"prose_facts": [gold_fact("us-gaap:Revenues", "c1", (10, 13), 4.2e9, FY)]}
        rc, misses = facts.recall_doc("d", gold, [folio_fact(1, 9, 22, 4.2, 1_000_000, FY)], None)
        self.assertEqual([(m["cause"], m["detail"]) for m in misses], [("wrong value", "scale")])


class Pairs(unittest.TestCase):
    def test_tags_decide_in_html(self):
        gold = {"prose_facts": [gold_fact("us-gaap:Revenues", "c1", (10, 13), 4.2e9, FY)],
                "table_facts": [gold_fact("us-gaap:Revenues", "c1", (500, 505), 4.2e9, FY),
                                gold_fact("us-gaap:CostOfRevenue", "c1", (600, 605), 4.2e9, FY)]}
        cells = [{"table_id": 1, "row": 2, "col": 1, "row_label": "Revenue", "raw": "4,200", "value": 4200,
                  "scale": 1_000_000, "unit": "USD", "source_span": {"start": 499, "end": 506}},
                 {"table_id": 1, "row": 3, "col": 1, "row_label": "Cost", "raw": "4,200", "value": 4200,
                  "scale": 1_000_000, "unit": "USD", "source_span": {"start": 599, "end": 606}}]
        fs = [folio_fact(1, 9, 22, 4.2, 1e9, FY, "agrees", {"table_id": 1, "row": 2, "col": 1}),
              folio_fact(2, 9, 22, 4.2, 1e9, FY, "agrees", {"table_id": 1, "row": 3, "col": 1})]
        ps = facts.pairs_doc("html", "d", gold, fs, cells, None, True, {})
        self.assertEqual([p["verdict"] for p in ps], ["right", "wrong"])

    def test_untagged_pairs_need_a_judgement(self):
        cells = [{"table_id": 1, "row": 2, "col": 1, "row_label": "Revenue", "raw": "4,200", "value": 4200,
                  "scale": 1_000_000, "unit": "USD", "column_path": ["2024"]}]
        f = folio_fact(1, 9, 22, 4.2, 1e9, FY, "agrees", {"table_id": 1, "row": 2, "col": 1})
        ps = facts.pairs_doc("text", "d", None, [f], cells, None, False, {})
        self.assertEqual(ps[0]["verdict"], "unjudged")
        key = ps[0]["key"]
        ps = facts.pairs_doc("text", "d", None, [f], cells, None, False, {key: {"judgement": "right"}})
        self.assertEqual((ps[0]["verdict"], ps[0]["by"]), ("right", "judgement"))

    def test_a_rendition_figure_takes_the_tags_of_its_own_html_figure(self):
        # Two sentences print $2.1 billion; the filer tagged only the first. In a rendition, the
        # second one's tags are not the first one's (same magnitude, another figure): unjudged.
        html = (b'<p>Advertising expenses were $<ix:nonFraction name="us-gaap:AdvertisingExpense">2.1'
                b'</ix:nonFraction> billion in 2024, up from the prior year.</p>'
                b'<p>Cash discounts totaled $2.1 billion in 2024, in line with sales.</p>')
        a = html.index(b"2.1")
        gold = {"source": "x.htm",
                "prose_facts": [gold_fact("us-gaap:AdvertisingExpense", "c1", (a, a + 3), 2.1e9, FY)],
                "table_facts": [dict(gold_fact("us-gaap:AdvertisingExpense", "c1", (900, 905), 2.1e9, FY),
                                     label="Advertising expense"),
                                dict(gold_fact("us-gaap:OtherExpenses", "c1", (950, 955), 2.1e9, FY),
                                     label="Other expenses")]}
        text = ("Advertising expenses were $2.1 billion in 2024, up from the prior year.\n"
                "Cash discounts totaled $2.1 billion in 2024, in line with sales.")
        cells = [{"table_id": 1, "row": 2, "col": 1, "row_label": "Advertising expense", "raw": "2,100",
                  "value": 2100, "scale": 1_000_000, "unit": "USD", "column_path": ["2024"]},
                 {"table_id": 1, "row": 3, "col": 1, "row_label": "Other expenses", "raw": "2,100",
                  "value": 2100, "scale": 1_000_000, "unit": "USD", "column_path": ["2024"]}]

        def fact(fid, needle, row):
            at = text.index(needle) + needle.index("$")
            f = folio_fact(fid, None, None, 2.1, 1e9, FY, "agrees", {"table_id": 1, "row": row, "col": 1})
            f["source_span"] = None
            f["span"] = {"start": at, "end": at + len("$2.1 billion")}
            return f
        fs = [fact(1, "were $2.1", 2), fact(2, "totaled $2.1", 3)]
        facts.HTML_FIGURES.clear()
        ps = facts.pairs_doc("layout", "d", gold, fs, cells, None, False, {}, text=text, html_raw=html)
        self.assertEqual([p["verdict"] for p in ps], ["right", "unjudged"])
        self.assertEqual(ps[1]["fact_tags"], [])

    def test_figures_printed_alike_need_the_words_around_them(self):
        fig = (["2", "1"], "cash discounts totaled".split(), "billion in 2024".split())
        tagged = ({"concept": "a"}, ["2", "1"], "advertising expenses were".split(), "billion in 2024".split())
        self.assertEqual(facts.printed_tags(fig, [tagged]), [])       # 3 words shared: not enough
        same = ({"concept": "b"}, ["2", "1"], "the cash discounts totaled".split(), "billion in 2024 in".split())
        self.assertEqual(facts.printed_tags(fig, [tagged, same]), [same[0]])
        other_number = ({"concept": "c"}, ["2", "2"], "cash discounts totaled".split(), "billion in 2024".split())
        self.assertEqual(facts.printed_tags(fig, [other_number]), [])


class Sample(unittest.TestCase):
    def test_draw_is_deterministic_and_stable(self):
        fs = {"d": [folio_fact(i, 10 * i, 10 * i + 5, float(i), 1, FY) for i in range(50)]}
        a, n = facts.draw(fs, n=10)
        b, _ = facts.draw(fs, n=10)
        self.assertEqual(n, 50)
        self.assertEqual([f["fact_id"] for f in a], [f["fact_id"] for f in b])
        # a fact that leaves the pool does not reorder the others
        gone = a[3]
        fs2 = {"d": [f for f in fs["d"] if f is not gone]}
        c, _ = facts.draw(fs2, n=9)
        self.assertEqual([f["fact_id"] for f in c], [f["fact_id"] for f in a if f is not gone])


if __name__ == "__main__":
    unittest.main()
