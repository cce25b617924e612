"""Table checks (issue #14 section 4): Folio's arithmetic checks counted, and every failing
check judged against the filer's own tagged figures.

Folio records its checks on each table (`tables.jsonl`, `checks`: `kind` `sum`, `balance`
or `ratio`, `outcome` `pass`, `fail` or `skipped`). This module counts them per input kind
and check kind, and lists every failing check: the document, the table (id and title), the
target row and its component rows (Folio's `row` and `rows`, read back from `cells.jsonl`),
the printed figure (`expected`) and Folio's sum (`actual`).

A failing check is **judged** with the gold reader's figures only (the filer's tags, read by
`gold.py`; no Folio decision is reused but which cell the check is about):

1. the check's target cell is matched to the gold fact it holds (HTML: the fact whose
   displayed bytes lie in the cell's `source_span`; a text rendition: a fact of the same
   magnitude and row label). No fact: `unjudged: the total is not tagged`.
2. Folio's printed figure is compared with the filer's: a different magnitude is
   `extraction: the total was read as X, the filer's figure is Y`; a component row whose
   cell holds a tagged fact of the total's context with another magnitude is
   `extraction: component <row> read as X, the filer's figure is Y`.
3. The filer's figures of the same HTML table are searched for a sum that gives the total:
   the rows nearest above (or below, a total printed first) the total's row, with a figure
   in one of the total row's contexts (the table's columns, as the filer tags them). Each
   row is added (+1), subtracted (-1) or left out (0), with one weight per row for every
   column the total has a figure in (a sum is the table's structure, not a column's
   accident), at least one row added or subtracted, within the printed rounding (half a unit
   of the last printed digit of each figure, summed). Values are as printed, signed by the
   displayed sign (`(6)` is -6). The calculation linkbase is not in the corpus (the filings
   reference it on sec.gov), so weights come from this search rather than from the filer's
   calculation relationships. The sum found with the fewest rows left out and the fewest
   subtracted is reported. Found: the check is `extraction: ...`, with what Folio did
   differently (rows it summed that the filer's sum leaves out, rows the filer's sum takes
   that Folio left out). Not found: `real: no sum of the rows above
   or below gives the total in every column`.
4. `balance` (total assets = total liabilities and equity, or liabilities + equity): the
   tagged figures of the rows involved are compared; equal is `extraction`, else `real`.
5. `ratio` (a margin = item / revenue): the percent and the two amounts are looked up as
   tagged facts; the filer's own quotient matching the printed percent is `extraction`,
   else `real`.

The search is lenient on purpose (weights 0/+1/-1 over up to 10 rows): a failing check it
can explain with the filer's own figures is counted as an extraction error, so `real`
means that no reading of the table's own figures makes the total add up.
"""

from collections import Counter, OrderedDict
from decimal import Decimal

from .gold import norm_label
from . import score as scoremod

WINDOW = 10          # rows searched on each side of a total
CHECK_KINDS = ("sum", "balance", "ratio")


# ------------------------------------------------------------------------------------------
# counting

def collect(kind, version_docs):
    """[(doc_id, table, check)] of one kind's dataset, in document and table order."""
    out = []
    for doc_id, d in version_docs.items():
        for t in d["tables"]:
            for c in t.get("checks") or []:
                out.append((doc_id, t, c))
    return out


def counts(items):
    """{check kind: Counter(outcome)} and the total Counter."""
    by = OrderedDict((k, Counter()) for k in CHECK_KINDS)
    total = Counter()
    for _, _, c in items:
        by.setdefault(c.get("kind"), Counter())[c.get("outcome")] += 1
        total[c.get("outcome")] += 1
    return by, total


# ------------------------------------------------------------------------------------------
# the gold side

def decimals_of(text):
    """Digits printed after the decimal point of a displayed figure."""
    t = (text or "").strip().rstrip(")%").strip()
    if "." in t:
        tail = t.rsplit(".", 1)[1]
        n = 0
        for ch in tail:
            if ch.isdigit():
                n += 1
            else:
                break
        return n
    return 0


class GoldFigure:
    """One tagged figure as printed: signed by its displayed sign, in the filer's units
    (displayed x 10^scale), with half a unit of its last printed digit as tolerance."""

    __slots__ = ("fact", "value", "tol", "row", "context", "label")

    def __init__(self, fact):
        self.fact = fact
        disp = Decimal(str(fact.get("displayed_value") or 0))
        scale = int(fact.get("scale") or 0)
        sign = -1 if fact.get("displayed_sign", 1) < 0 else 1
        self.value = float(disp.scaleb(scale)) * sign
        self.tol = 0.5 * 10.0 ** (scale - decimals_of(fact.get("displayed")))
        self.row = fact.get("row_index")
        self.context = fact.get("context")
        self.label = fact.get("label") or ""


class GoldTables:
    """The gold of one filing by HTML table: {html_table: {row_index: {context: GoldFigure}}},
    and the facts by byte span."""

    def __init__(self, gold):
        self.by_table = {}
        self.labels = {}
        spans = []
        for f in gold.get("table_facts") or []:
            if f.get("displayed_value") is None or f.get("html_table") is None or f.get("row_index") is None:
                continue
            g = GoldFigure(f)
            rows = self.by_table.setdefault(f["html_table"], {})
            rows.setdefault(f["row_index"], {}).setdefault(f["context"], g)
            self.labels[(f["html_table"], f["row_index"])] = f.get("label_core") or f.get("label") or ""
            if f.get("span"):
                spans.append((f["span"][0], f["span"][1], g))
        spans.sort(key=lambda x: (x[0], x[1]))
        self.spans = spans
        self.starts = [s[0] for s in spans]
        self.facts = gold.get("table_facts") or []
        self.memo = {}

    def in_span(self, s, e):
        """The figure whose displayed bytes lie in [s, e)."""
        import bisect
        i = bisect.bisect_left(self.starts, s)
        while i < len(self.spans) and self.spans[i][0] < e:
            a, b, g = self.spans[i]
            if a >= s and b <= e:
                return g
            i += 1
        return None

    def by_value_label(self, magnitude, label):
        """A rendition's cell: the figure of the same magnitude and row label."""
        best = None
        for f in self.facts:
            m = f.get("magnitude")
            if m is None or not scoremod.same_magnitude(m, magnitude):
                continue
            if not scoremod.label_matches(label, f):
                continue
            rows = self.by_table.get(f.get("html_table"), {})
            g = rows.get(f.get("row_index"), {}).get(f.get("context"))
            if g is not None and g.fact is f:
                return g
            best = best or g
        return best


# ------------------------------------------------------------------------------------------
# the search

def filer_sum(gt, total):
    """(direction, [(row, weight)]) of the filer's figures that give `total` (a GoldFigure),
    or None. See the module's docstring, step 3."""
    memo_key = (total.fact.get("html_table"), total.row)
    if memo_key not in gt.memo:
        gt.memo[memo_key] = filer_sum_uncached(gt, total)
    return gt.memo[memo_key]


def filer_sum_uncached(gt, total):
    rows = gt.by_table.get(total.fact.get("html_table"), {})
    trow = rows.get(total.row, {})
    cols = [c for c, g in trow.items()]
    if not cols:
        return None
    cands = sorted(r for r, figs in rows.items() if r != total.row and any(c in figs for c in cols))
    best = None
    for direction, side in (("above", [r for r in reversed(cands) if r < total.row]),
                            ("below", [r for r in cands if r > total.row])):
        side = side[:WINDOW]
        if not side:
            continue
        found = search(side, rows, trow, cols)
        if found is not None:
            key = (sum(1 for _, w in found if w == 0), sum(1 for _, w in found if w < 0), direction != "above")
            if best is None or key < best[0]:
                best = (key, direction, found)
    return None if best is None else (best[1], best[2])


def search(side, rows, trow, cols):
    """Weights (0/+1/-1) of the rows of `side` (nearest first) whose weighted sum equals the
    total row in every column, as [(row, weight)] up to the farthest row used. Fewest rows
    left out, then fewest subtracted, then nearest. A depth-first walk carrying the partial
    sums: at most 3^WINDOW leaves."""
    n = len(side)
    m = len(cols)
    vals = [[(rows[r][c].value if c in rows[r] else 0.0) for c in cols] for r in side]
    tols = [[(rows[r][c].tol if c in rows[r] else 0.0) for c in cols] for r in side]
    target = [trow[c].value for c in cols]
    ttol = [trow[c].tol for c in cols]
    best = [None]
    ws = [0] * n

    def visit(i, sums, tol, zeros, neg, used):
        if used:
            if all(abs(sums[k] - target[k]) <= tol[k] + 1e-9 for k in range(m)):
                key = (zeros, neg, i)
                if best[0] is None or key < best[0][0]:
                    best[0] = (key, [(side[j], ws[j]) for j in range(i)])
        if i == n:
            return
        if best[0] is not None and zeros > best[0][0][0]:
            return
        v, t = vals[i], tols[i]
        for w in (1, -1, 0):
            ws[i] = w
            if w == 0:
                visit(i + 1, sums, tol, zeros + 1, neg, used)
            else:
                visit(i + 1, [sums[k] + w * v[k] for k in range(m)], [tol[k] + t[k] for k in range(m)],
                      zeros, neg + (w < 0), True)
        ws[i] = 0

    visit(0, [0.0] * m, list(ttol), 0, 0, False)
    if best[0] is None:
        return None
    terms = best[0][1]
    # trailing rows left out are not part of the sum
    while terms and terms[-1][1] == 0:
        terms.pop()
    return terms


# ------------------------------------------------------------------------------------------
# judging one failing check

def fmt(x):
    if x is None:
        return "-"
    if float(x).is_integer():
        return "{:,}".format(int(x))
    return "{:,}".format(round(x, 6))


def judge(kind, check, table, cells_by, gt):
    """(verdict, reason): verdict `real`, `extraction` or `unjudged`."""
    tid = table["table_id"]
    col = check.get("col")
    ck = check.get("kind")
    if gt is None:
        return "unjudged", "no gold for this document"
    if ck == "sum":
        return judge_sum(kind, check, tid, col, cells_by, gt)
    if ck == "balance":
        return judge_rows_equal(kind, check, tid, col, cells_by, gt)
    if ck == "ratio":
        return judge_ratio(kind, check, tid, col, cells_by, gt)
    return "unjudged", "unknown check kind"


def gold_of_cell(kind, cell, gt):
    if cell is None:
        return None
    if kind == "html":
        sp = cell.get("source_span")
        if not sp:
            return None
        return gt.in_span(sp["start"], sp["end"])
    m = scoremod.cell_magnitude(cell)
    if m is None:
        return None
    return gt.by_value_label(m, cell.get("row_label") or "")


def target_row(check, tid, col, cells_by):
    """Folio's target row: the check's `row`, else the first row with the target label and
    the printed figure in the column (datasets written before checks named their rows)."""
    if check.get("rows"):
        return check["rows"][0]
    for (t, r, c), cell in cells_by.items():
        if t == tid and c == col and cell.get("row_label") == check.get("target") \
                and cell.get("value") is not None and abs(cell["value"] - (check.get("expected") or 0)) < 1e-9:
            return r
    return None


def judge_sum(kind, check, tid, col, cells_by, gt):
    r = target_row(check, tid, col, cells_by)
    cell = cells_by.get((tid, r, col))
    g = gold_of_cell(kind, cell, gt)
    if g is None:
        return "unjudged", "the total is not tagged"
    folio_total = scoremod.cell_magnitude(cell)
    if folio_total is not None and not scoremod.same_magnitude(folio_total, g.value) \
            and abs(abs(folio_total) - abs(g.value)) > g.tol:
        return "extraction", "the total was read as %s, the filer's figure is %s" % (fmt(folio_total), fmt(g.value))
    # components Folio read otherwise than the filer
    comps = (check.get("rows") or [])[1:]
    for cr in comps:
        cc = cells_by.get((tid, cr, col))
        cg = gold_of_cell(kind, cc, gt)
        if cc is None or cg is None:
            continue
        m = scoremod.cell_magnitude(cc)
        if m is not None and abs(abs(m) - abs(cg.value)) > cg.tol:
            return "extraction", "component `%s` read as %s, the filer's figure is %s" % (
                cc.get("row_label"), fmt(m), fmt(cg.value))
    found = filer_sum(gt, g)
    if found is None:
        return "real", "no sum of the rows above or below gives the filer's total %s in every column" % fmt(g.value)
    direction, terms = found
    tbl = g.fact.get("html_table")
    used = [(row, w) for row, w in terms if w != 0]
    desc = " ".join(("+ " if w > 0 else "- ") + "`%s`" % short(gt.labels.get((tbl, row), "")) for row, w in used)
    desc = desc[2:] if desc.startswith("+ ") else desc
    why = diff_with_folio(kind, check, tid, col, cells_by, gt, terms, tbl)
    return "extraction", "the filer's figures add up (%s, rows %s): %s%s" % (
        direction, "".join("+" if w > 0 else "-" for _, w in used), desc, ("; " + why) if why else "")


def short(s, n=48):
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[:n - 1] + "\u2026"


def diff_with_folio(kind, check, tid, col, cells_by, gt, terms, tbl):
    """What Folio summed differently: rows it summed that the filer's sum leaves out, and
    rows the filer's sum takes that Folio left out (Folio does not record which rows its
    passing reading subtracted, so signs are not compared)."""
    if not check.get("rows"):
        return ""
    folio = {}
    for cr in check["rows"][1:]:
        cg = gold_of_cell(kind, cells_by.get((tid, cr, col)), gt)
        label = (cells_by.get((tid, cr, col)) or {}).get("row_label") or ""
        key = (cg.fact.get("html_table"), cg.row) if cg is not None else ("folio", cr)
        folio[key] = label
    filer = {(tbl, row): w for row, w in terms if w != 0}
    extra = [folio[k] for k in folio if k not in filer]
    missing = [gt.labels.get(k, "") for k in filer if k not in folio]
    parts = []
    if extra:
        parts.append("Folio also summed " + ", ".join("`%s`" % short(x) for x in extra))
    if missing:
        parts.append("Folio left out " + ", ".join("`%s`" % short(x) for x in missing))
    return "; ".join(parts)


def judge_rows_equal(kind, check, tid, col, cells_by, gt):
    rows = check.get("rows") or []
    figs = []
    for r in rows:
        cg = gold_of_cell(kind, cells_by.get((tid, r, col)), gt)
        if cg is None:
            return "unjudged", "a row of the balance is not tagged"
        figs.append(cg)
    if len(figs) < 2:
        return "unjudged", "the rows of the balance are not named"
    lhs, rhs = figs[0], figs[1:]
    s = sum(f.value for f in rhs)
    tol = lhs.tol + sum(f.tol for f in rhs)
    if abs(lhs.value - s) <= tol + 1e-9:
        return "extraction", "the filer's figures balance: %s = %s" % (fmt(lhs.value), fmt(s))
    return "real", "the filer's figures do not balance: %s vs %s" % (fmt(lhs.value), fmt(s))


def judge_ratio(kind, check, tid, col, cells_by, gt):
    rows = check.get("rows") or []
    if len(rows) < 1:
        return "unjudged", "the ratio's rows are not named"
    cg = gold_of_cell(kind, cells_by.get((tid, rows[0], col)), gt)
    if cg is None:
        return "unjudged", "the percent is not tagged"
    return "unjudged", "a margin's amounts are not judged"


# ------------------------------------------------------------------------------------------
# one kind

def run(kind, version_docs, golds):
    """Counts and the failing checks (judged) of one kind's dataset."""
    items = collect(kind, version_docs)
    by, total = counts(items)
    failing = []
    gts = {}
    cell_index = {}
    for doc_id, t, c in items:
        if c.get("outcome") != "fail":
            continue
        if doc_id not in cell_index:
            cell_index[doc_id] = {(x["table_id"], x["row"], x["col"]): x for x in version_docs[doc_id]["cells"]}
        cells_by = cell_index[doc_id]
        if doc_id not in gts:
            g = golds.get(doc_id)
            gts[doc_id] = GoldTables(g) if g is not None else None
        verdict, reason = judge(kind, c, t, cells_by, gts[doc_id])
        tid = t["table_id"]
        col = c.get("col")
        involved = []
        r = target_row(c, tid, col, cells_by) if c.get("kind") == "sum" else None
        named = list(c.get("rows") or [])
        for k, rr in enumerate(named if named else ([r] if r is not None else [])):
            cell = cells_by.get((tid, rr, col)) or {}
            involved.append({"row": rr, "label": cell.get("row_label"), "raw": cell.get("raw"), "value": cell.get("value"),
                             "sign": "=" if k == 0 else "+"})
        failing.append({"kind": kind, "doc": doc_id, "table_id": tid, "title": t.get("title"), "check": c.get("kind"),
                        "target": c.get("target"), "col": col, "column": column_of(cells_by, tid, r, col),
                        "expected": c.get("expected"), "actual": c.get("actual"), "rows": involved,
                        "verdict": verdict, "reason": reason})
    return {"by_kind": by, "total": total, "failing": failing}


def column_of(cells_by, tid, r, col):
    cell = cells_by.get((tid, r, col))
    return " > ".join(cell.get("column_path") or []) if cell else None


# ------------------------------------------------------------------------------------------
# the report

def report(results, kinds, w):
    scored = [k for k in kinds if results[k]["status"] == "scored" and "checks" in results[k]]
    if not scored:
        return
    w("Table checks (#14, section 4): Folio's arithmetic checks (`tables.jsonl` `checks`), passed / failed / "
      "skipped per check kind; each failing check judged against the filer's tagged figures (ACCURACY.md, "
      "Table checks): `extraction` (the filer's figures add up: Folio's reading is wrong), `real` (they do not), "
      "`unjudged` (the total is not tagged, or no gold).")
    w("")
    w("| input kind | sum | balance | ratio | all checks | failing: extraction / real / unjudged | target |")
    w("|---|---|---|---|---|---|---|")
    for k in scored:
        ch = results[k]["checks"]
        cols = []
        for ck in CHECK_KINDS:
            c = ch["by_kind"].get(ck, Counter())
            cols.append("%d / %d / %d" % (c["pass"], c["fail"], c["skipped"]))
        t = ch["total"]
        v = Counter(f["verdict"] for f in ch["failing"])
        w("| %s | %s | %d / %d / %d | %d / %d / %d | %s |"
          % (k, " | ".join(cols), t["pass"], t["fail"], t["skipped"], v["extraction"], v["real"], v["unjudged"],
             "0 extraction (#14)" if k == "html" else ""))
    w("")
    for k in scored:
        failing = results[k]["checks"]["failing"]
        if not failing:
            continue
        w("Failing checks, %s (all %d; `.accuracy/checks-%s.jsonl`):" % (k, len(failing), k))
        w("")
        w("| filing | table | check | column | rows (printed) | expected | found | judged |")
        w("|---|---|---|---|---|---:|---:|---|")
        for f in failing:
            rows = "<br>".join("%s`%s` %s" % ({"-": "- ", "=": "= "}.get(x["sign"], ""), esc(short(x["label"] or "", 60)), esc(x["raw"] or ""))
                               for x in f["rows"])
            w("| `%s` | %s \"%s\" | %s `%s` | %s | %s | %s | %s | %s: %s |"
              % (f["doc"], f["table_id"], esc(short(f["title"] or "", 50)), f["check"], esc(short(f["target"] or "", 50)),
                 esc(short(f["column"] or str(f["col"]), 40)), rows, fmt(f["expected"]), fmt(f["actual"]),
                 f["verdict"], esc(f["reason"])))
        w("")


def esc(s):
    """Text for a Markdown table cell: pipes escaped, on one line."""
    return str(s).replace("|", "\\|").replace("\n", " ")
