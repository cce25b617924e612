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
