"""Statement kind (issue #19): which table is which primary statement, scored against a gold
derived from the concepts the filer tagged in each HTML table.

Gold rule, for the facts of one HTML `<table>` (first that applies):

- `balance_sheet`: `us-gaap:LiabilitiesAndStockholdersEquity` is tagged in it (the total only
  a balance sheet states);
- `cash_flow`: net cash of operating, investing and financing activities (any of their
  `NetCashProvidedByUsedIn...Activities` concepts) and the period's change in cash (a concept
  with `Cash` and `PeriodIncreaseDecrease`);
- `equity`: `StockholdersEquity` (or its variant including noncontrolling interests) tagged
  on members of at least two capital families (common stock, paid-in capital, retained
  earnings, treasury stock, preferred stock) of `us-gaap:StatementEquityComponentsAxis`: the
  columns of an equity statement. A note's roll-forward of accumulated other comprehensive
  income (AOCI members only) or of one class of preferred stock is tagged on the same axis;
- `income_statement`: earnings per share, net income and revenue or operating income;
- `comprehensive_income`: `ComprehensiveIncomeNetOfTax` (or a variant);
- `segment`: any fact on `us-gaap:StatementBusinessSegmentsAxis`;
- `other`: anything else (notes, MD&A).

The first five are the primary statements. An HTML table is matched to the Folio table that
holds most of its facts: for the HTML by the facts' byte spans, for a text rendition by value
and row label (a figure found in several tables votes a share for each). A note's table whose
match is also a primary statement's match (its figures printed inside the statement's table
in the text, or joined to it) is counted apart (`notes_in_primary`), not as a note called
primary.
"""

from collections import Counter, OrderedDict

from . import score as scoremod

# members of the equity components axis that are capital, not only accumulated other
# comprehensive income (a note's AOCI roll-forward is tagged on the same axis)
CAPITAL_MEMBERS = ("CommonStock", "AdditionalPaidInCapital", "RetainedEarnings", "TreasuryStock", "PreferredStock")
PRIMARY = ["balance_sheet", "income_statement", "comprehensive_income", "cash_flow", "equity"]
KINDS = PRIMARY + ["segment", "other"]


def local(concept):
    return (concept or "").split(":")[-1]


def gold_kind(facts):
    names = {local(f.get("concept")) for f in facts}
    axes = {(d.get("dimension") if isinstance(d, dict) else str(d)) for f in facts for d in (f.get("dimensions") or [])}
    axes_s = " ".join(str(a) for a in axes)
    families = set()
    for f in facts:
        if local(f.get("concept")) not in ("StockholdersEquity",
                                           "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"):
            continue
        for d in f.get("dimensions") or []:
            if isinstance(d, dict) and "StatementEquityComponentsAxis" in str(d.get("dimension")):
                families.update(c for c in CAPITAL_MEMBERS if local(d.get("member")).startswith(c))
    equity_axis = len(families) >= 2
    if "LiabilitiesAndStockholdersEquity" in names:
        return "balance_sheet"
    if any(n.startswith("NetCashProvidedByUsedInOperatingActivities") for n in names) \
            and any(n.startswith("NetCashProvidedByUsedInInvestingActivities") for n in names) \
            and any(n.startswith("NetCashProvidedByUsedInFinancingActivities") for n in names) \
            and any("Cash" in n and "PeriodIncreaseDecrease" in n for n in names):
        return "cash_flow"
    if equity_axis:
        return "equity"
    eps = any(n.startswith("EarningsPerShare") for n in names)
    net = any(n in ("NetIncomeLoss", "ProfitLoss", "NetIncomeLossAvailableToCommonStockholdersBasic") for n in names)
    top = any(n.startswith("Revenue") or n == "Revenues" or n == "OperatingIncomeLoss" for n in names)
    if eps and net and top:
        return "income_statement"
    if any(n.startswith("ComprehensiveIncomeNetOfTax") for n in names):
        return "comprehensive_income"
    if "StatementBusinessSegmentsAxis" in axes_s or "StatementBusinessSegmentsAxis" in str([f.get("dimensions") for f in facts]):
        return "segment"
    return "other"


def gold_tables(g):
    """{html_table: (kind, facts)} of a filing's gold."""
    by = OrderedDict()
    for f in g["table_facts"]:
        t = f.get("html_table")
        if t is not None:
            by.setdefault(t, []).append(f)
    return OrderedDict((t, (gold_kind(fs), fs)) for t, fs in by.items())


def match_tables(kind, gold_facts, cells):
    """The Folio table_id holding most of these facts (None when none is found)."""
    votes = Counter()
    if kind == "html":
        index = scoremod.SpanIndex(cells)
        for f in gold_facts:
            sp = f.get("span")
            if sp is None:
                continue
            own = index.covering(sp[0], sp[1])
            if own:
                votes[own[0].get("table_id")] += 1
    else:
        by_mag = {}
        for c in cells:
            m = scoremod.cell_magnitude(c)
            if m is not None:
                by_mag.setdefault(scoremod.magnitude_key(m), []).append(c)
        for f in gold_facts:
            if f.get("magnitude") is None:
                continue
            cands = [c for c in by_mag.get(scoremod.magnitude_key(f["magnitude"]), [])
                     if scoremod.label_matches(c.get("row_label"), f)]
            # a figure printed in several tables (net income) votes a share for each
            ts = {c.get("table_id") for c in cands}
            for t in ts:
                votes[t] += 1.0 / len(ts)
    if not votes:
        return None
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def score(kind, golds, docs):
    """Per filing: primary statements right / scored, note tables called primary; misses."""
    per = OrderedDict()
    misses = []
    for s, g in golds.items():
        d = docs.get(s) or {"cells": [], "tables": []}
        kinds_by_id = {t["table_id"]: t.get("statement") for t in d["tables"]}
        titles = {t["table_id"]: t.get("title") for t in d["tables"]}
        row = {"primary": 0, "primary_right": 0, "notes": 0, "notes_called_primary": 0, "notes_in_primary": 0}
        matched = [(ht, gk, facts, match_tables(kind, facts, d["cells"])) for ht, (gk, facts) in gold_tables(g).items()]
        primary_tables = {tid for _, gk, _, tid in matched if gk in PRIMARY and tid is not None}
        for ht, gk, facts, tid in matched:
            got = kinds_by_id.get(tid) if tid is not None else None
            if gk not in PRIMARY and tid in primary_tables:
                # the text printed this table's figures inside a statement's table (a balance
                # sheet's parenthetical), or Folio joined the two: not a classification
                row["notes_in_primary"] += 1
                continue
            if gk in PRIMARY:
                row["primary"] += 1
                if got == gk:
                    row["primary_right"] += 1
                else:
                    misses.append({"kind": kind, "doc": s, "html_table": ht, "gold": gk, "folio": got, "table_id": tid,
                                   "title": titles.get(tid), "facts": len(facts)})
            elif tid is not None:
                row["notes"] += 1
                if got in PRIMARY:
                    row["notes_called_primary"] += 1
                    misses.append({"kind": kind, "doc": s, "html_table": ht, "gold": gk, "folio": got, "table_id": tid,
                                   "title": titles.get(tid), "facts": len(facts)})
        per[s] = row
    return {"per": per, "misses": misses}


def totals(result):
    t = Counter()
    for row in result["per"].values():
        t.update(row)
    return t
