"""The matcher: Folio's cells scored against the gold of `gold.py`.

Levels are cumulative: a fact counts at `value` (value+scale) when its cell's value x scale
equals the gold magnitude, at `label` when it also has the gold row label, at `period` when
it also has the context's period, at `sign` when it also has the displayed sign. A fact that
fails a level is a miss with the cause of the first level it fails (`cause`), and every other
level it fails is listed in `also`.

HTML (`match_html`): a fact's own cell is the narrowest Folio cell of the same document whose
`source_span` covers the bytes of the displayed figure.
Renditions (`match_rendition`): no byte spans into the HTML, so a fact is found when a cell
of the same document (by file stem) has the same magnitude and a matching label; each cell
serves one fact (greedy in the gold's document order, preferring a cell whose period and
sign also match, then the earliest cell). The `value` level of a rendition is the same
one-to-one assignment by magnitude alone (labels ignored): an upper bound, since a figure may
be found in a cell that is not its own.
"""

import bisect
import datetime
import math
import re
from difflib import SequenceMatcher

from .gold import norm_label

LEVELS = ("value", "label", "period", "sign")
REL_TOL = 1e-9
RANGE = re.compile(r"\d\s*%?\s*(-|\u2013|\u2014|to)\s*[$]?\d")


# ------------------------------------------------------------------------------------------
# values

def cell_magnitude(cell):
    """value x scale (x 0.01 for a percent cell), or None when the cell has no value."""
    v = cell.get("value")
    if v is None or isinstance(v, bool):
        return None
    scale = cell.get("scale") or 1
    m = float(v) * float(scale)
    if cell.get("unit") == "percent":
        m *= 0.01
    return m


def bound_cells(cells):
    """A range printed in one cell (`bounds`, `value` null: `4.80% - 4.95%`) as one cell per
    bound, for the renditions: filers tag each bound, and the HTML scoring finds each by its
    span (`bound_at`); in a rendition a bound is found like any figure, by its magnitude and
    the row's label, each bound serving one fact."""
    out = []
    for c in cells:
        if c.get("value") is not None:
            continue
        for b in c.get("bounds") or []:
            if b.get("value") is None:
                continue
            out.append(dict(c, value=b["value"], bounds=None, raw=c.get("raw"), span=b.get("span") or c.get("span")))
    return out


def bound_at(cell, s, e):
    """The bound of a range cell (`bounds`) whose source_span covers bytes [s, e), or None."""
    for b in cell.get("bounds") or []:
        sp = b.get("source_span")
        if sp and sp["start"] <= s and sp["end"] >= e:
            return b
    return None


def same_magnitude(a, b):
    """|a| = |b| within a relative 1e-9 (float rounding of value x scale)."""
    a, b = abs(a), abs(b)
    if a == b:
        return True
    return abs(a - b) <= REL_TOL * max(a, b)


def power_of_ten_ratio(gold, got):
    """k when |gold| = |got| x 10^k for an integer k != 0 (within 1e-9), else None."""
    a, b = abs(gold), abs(got)
    if a == 0 or b == 0:
        return None
    k = round(math.log10(a / b))
    if k == 0:
        return None
    if abs(a - b * (10.0 ** k)) <= REL_TOL * a:
        return k
    return None


def magnitude_key(m):
    """Cells and facts indexed by |magnitude| to 10 significant digits (the 1e-9 tolerance
    then re-checked exactly)."""
    return "%.10g" % abs(m)


# ------------------------------------------------------------------------------------------
# labels

_CONTINUATION = re.compile(r"[a-z]|[0-9][0-9.,$()%]*\s+[a-z]")


def is_label_tail(raw):
    """The gold label starts mid-phrase: with a lowercase letter, or with a figure and then a
    lowercase word (`1,113,018,733 issued; ... outstanding, respectively`). The filer's HTML
    printed one row label over two table rows and tagged the figure on the last, so the gold
    label is only the label's last line; a year label (`2026`) is not one."""
    return bool(raw) and bool(_CONTINUATION.match(raw.strip()))


def label_matches(folio_label, fact):
    """The cell's row label equals the gold label, normalized (gold.norm_label), with or
    without the gold label's trailing footnote markers; or the gold label is the last line
    of a label the HTML wrapped over two rows (`is_label_tail`) and the cell's label is the
    whole label, ending with it."""
    f = norm_label(folio_label)
    if f == norm_label(fact.get("label")) or f == norm_label(fact.get("label_core")):
        return True
    for raw in (fact.get("label"), fact.get("label_core")):
        g = norm_label(raw)
        if g and len(f) > len(g) and f.endswith(g) and is_label_tail(raw):
            return True
    return False


def label_relation(folio_label, fact):
    """How a wrong label differs, for grouping misses: `empty`, `glued` (the cell's label
    contains the gold label and more: a group or period row run into it), `truncated` (the
    gold label contains the cell's), `different`."""
    f = norm_label(folio_label)
    g = norm_label(fact.get("label_core") or fact.get("label"))
    if not f:
        return "empty"
    if g and g in f:
        return "glued"
    if f in g:
        return "truncated"
    return "different"


# ------------------------------------------------------------------------------------------
# periods

def parse_date(s):
    try:
        return datetime.date.fromisoformat(str(s)[:10])
    except (TypeError, ValueError):
        return None


def months(start, end):
    """A duration's length in whole months (inclusive dates: Jan 1 - Dec 31 is 12)."""
    days = (end - start).days + 1
    return round(days / (365.25 / 12))


def cell_period(cell):
    """(period dict or None, reason): the cell's `period` field; `absent` when the field
    does not exist (Folio before issue #14 part 3)."""
    if "period" not in cell:
        return None, "absent"
    p = cell.get("period")
    if not p:
        reason = cell.get("period_reason") or cell.get("period_null_reason")
        return None, reason or "null"
    return p, None


def period_matches(gold, got):
    """Equal periods: instants within 7 days; durations whose ends are within 7 days and
    whose lengths are the same number of months (52/53-week years and quarters)."""
    if not gold or gold.get("forever"):
        return True
    if "instant" in gold:
        a, b = parse_date(gold["instant"]), parse_date(got.get("instant"))
        return a is not None and b is not None and abs((a - b).days) <= 7
    gs, ge = parse_date(gold.get("start")), parse_date(gold.get("end"))
    cs, ce = parse_date(got.get("start")), parse_date(got.get("end"))
    if None in (gs, ge, cs, ce):
        return False
    return abs((ge - ce).days) <= 7 and months(gs, ge) == months(cs, ce)


def sign_of(v):
    return -1 if v < 0 else 1


# ------------------------------------------------------------------------------------------
# records

def cell_view(cell):
    if cell is None:
        return None
    return {k: cell.get(k) for k in ("table_id", "row", "col", "row_label", "row_path", "column_path",
                                     "raw", "value", "scale", "unit", "source_span")} | (
        {"period": cell.get("period")} if "period" in cell else {})


def table_view(table):
    if table is None:
        return None
    return {"table_id": table.get("table_id"), "title": table.get("title"), "units": table.get("units"),
            "n_rows": table.get("n_rows"), "n_cols": table.get("n_cols"),
            "header": table.get("header"), "source_span": table.get("source_span")}


def miss_record(kind, doc, fact, cause, detail, level, also, cell=None, table=None, extra=None):
    rec = {
        "kind": kind, "doc": doc, "fact_index": fact.get("index"), "fact_id": fact.get("id"),
        "concept": fact.get("concept"), "context": fact.get("context"),
        "level": level, "cause": cause, "detail": detail, "also": also,
        "gold_label": fact.get("label"), "displayed": fact.get("displayed"),
        "displayed_sign": fact.get("displayed_sign"), "magnitude": fact.get("magnitude"),
        "scale": fact.get("scale"), "format": fact.get("format"), "unit": fact.get("unit"),
        "period": fact.get("period"), "dimensional": bool(fact.get("dimensions")),
        "span": fact.get("span"), "html_table": fact.get("html_table"), "html_row": fact.get("row_index"),
        "folio_label": cell.get("row_label") if cell else None,
        "cell": cell_view(cell), "table": table_view(table),
    }
    if extra:
        rec.update(extra)
    return rec


def unscorable(kind, doc, fact, failed_reason):
    """The miss of a fact that cannot be looked for: its document failed, or the gold could
    not read its figure; else None."""
    if failed_reason is not None:
        return miss_record(kind, doc, fact, "document failed", failed_reason, "value", [])
    if fact.get("magnitude") is None:
        return miss_record(kind, doc, fact, "gold unreadable", "the displayed figure could not be read", "value", [])
    return None


def scale_miss(kind, doc, fact, k, cell, table, level, also):
    """A `wrong scale` miss: the cell's value is the figure, its scale off by 10^k; the detail
    says where the wrong scale came from."""
    got = cell.get("scale") or 1
    expected = got * 10 ** k if k > 0 else got / 10 ** -k
    units = (table or {}).get("units") or {}
    if units.get("scale") is None:
        where = "table units absent"
    elif units.get("scale") != got:
        where = "cell scale differs from table"
    else:
        where = "table scale"
    return miss_record(kind, doc, fact, "wrong scale", where, level, also, cell, table,
                       extra={"expected_scale": expected, "got_scale": got, "expected_factor": "10^%d" % k})


def check_levels(fact, cell):
    """For a fact and a cell whose value x scale already equals the magnitude: the failed
    levels after `value`, in order, as (level, cause, detail)."""
    failed = []
    if not label_matches(cell.get("row_label"), fact):
        rel = label_relation(cell.get("row_label"), fact)
        failed.append(("label", "label mismatch", rel))
    p, reason = cell_period(cell)
    if p is None:
        failed.append(("period", "no period", reason))
    elif not period_matches(fact.get("period"), p):
        failed.append(("period", "wrong period", None))
    v = cell.get("value")
    if v is not None and sign_of(float(v)) != fact.get("displayed_sign", 1):
        failed.append(("sign", "wrong sign", "printed negative" if fact.get("displayed_sign") == -1 else "printed positive"))
    return failed


class Score:
    """Counts per level for one filing and kind."""

    def __init__(self):
        self.n = 0
        self.hits = {lv: 0 for lv in LEVELS}

    def add(self, reached):
        """reached: the number of leading levels the fact passed (0-4)."""
        self.n += 1
        for lv in LEVELS[:reached]:
            self.hits[lv] += 1

    def merge(self, other):
        self.n += other.n
        for lv in LEVELS:
            self.hits[lv] += other.hits[lv]

    def pct(self, lv):
        return 100.0 * self.hits[lv] / self.n if self.n else None

    def as_dict(self):
        return {"n": self.n, **{lv: self.hits[lv] for lv in LEVELS},
                **{lv + "_pct": (round(self.pct(lv), 2) if self.n else None) for lv in LEVELS}}


def first_level_index(level):
    return LEVELS.index(level)


# ------------------------------------------------------------------------------------------
# HTML: the fact's own cell by byte span

class SpanIndex:
    """Cells of one document by source_span, for 'which cells cover bytes [s, e)'."""

    def __init__(self, items):
        self.items = sorted((it for it in items if it.get("source_span")),
                            key=lambda c: (c["source_span"]["start"], c["source_span"]["end"]))
        self.starts = [c["source_span"]["start"] for c in self.items]
        self.max_len = max((c["source_span"]["end"] - c["source_span"]["start"] for c in self.items), default=0)

    def covering(self, s, e):
        """Items whose span covers [s, e), narrowest first."""
        i = bisect.bisect_right(self.starts, s)
        out = []
        j = i - 1
        while j >= 0 and self.starts[j] >= s - self.max_len:
            sp = self.items[j]["source_span"]
            if sp["start"] <= s and sp["end"] >= e:
                out.append(self.items[j])
            j -= 1
        out.sort(key=lambda c: (c["source_span"]["end"] - c["source_span"]["start"], c["source_span"]["start"]))
        return out


def match_html(kind, doc, gold, cells, tables, failed_reason=None):
    """Score one document's table facts against its cells (the fact's own cell, by span).
    Returns (Score, misses)."""
    score = Score()
    misses = []
    facts = gold["table_facts"]
    tables_by_id = {t["table_id"]: t for t in tables}
    cell_index = SpanIndex(cells)
    table_index = SpanIndex(tables)
    by_value = {}
    for c in cells:
        v = c.get("value")
        if v is not None:
            by_value.setdefault(magnitude_key(float(v)), []).append(c)

    for fact in facts:
        miss = unscorable(kind, doc, fact, failed_reason)
        if miss is not None:
            score.add(0)
            misses.append(miss)
            continue
        span = fact.get("span")
        if span is None:
            score.add(0)
            misses.append(miss_record(kind, doc, fact, "no gold span", "the byte scan disagreed with lxml", "value", []))
            continue
        own = cell_index.covering(span[0], span[1])
        if not own:
            covering_tables = table_index.covering(span[0], span[1])
            # a cell elsewhere with the figure as printed and the row's label: its span drifted
            drift = [c for c in by_value.get(magnitude_key(fact["displayed_value"] or 0), [])
                     if label_matches(c.get("row_label"), fact)] if fact.get("displayed_value") is not None else []
            if drift:
                detail = "span drift"
                c = min(drift, key=lambda c: abs((c.get("source_span") or {}).get("start", 0) - span[0]))
                extra = {"drift_bytes": ((c.get("source_span") or {}).get("start", 0) - span[0])}
                misses.append(miss_record(kind, doc, fact, "no cell at span", detail, "value", [],
                                          cell=c, table=tables_by_id.get(c.get("table_id")), extra=extra))
            elif covering_tables:
                t = covering_tables[0]
                misses.append(miss_record(kind, doc, fact, "no cell at span", "in a table, no cell", "value", [],
                                          table=t))
            else:
                misses.append(miss_record(kind, doc, fact, "no cell at span", "no table", "value", []))
            score.add(0)
            continue
        cell = own[0]
        table = tables_by_id.get(cell.get("table_id"))
        m = cell_magnitude(cell)
        if m is None:
            # a range printed in one cell: the bound whose bytes the fact covers
            b = bound_at(cell, span[0], span[1])
            if b is not None:
                cell = dict(cell, value=b["value"])
                m = cell_magnitude(cell)
        if m is None:
            score.add(0)
            raw = cell.get("raw") or ""
            detail = "no value (a range in one cell)" if RANGE.search(raw) else "no value"
            misses.append(miss_record(kind, doc, fact, "wrong value", detail, "value", [], cell, table))
            continue
        if not same_magnitude(fact["magnitude"], m):
            k = power_of_ten_ratio(fact["magnitude"], m)
            later = [f[1] for f in check_levels(fact, cell)]
            if k is not None:
                misses.append(scale_miss(kind, doc, fact, k, cell, table, "value", later))
            else:
                sub = "sign only" if same_magnitude(abs(fact["magnitude"]), abs(m)) else "different"
                misses.append(miss_record(kind, doc, fact, "wrong value", sub, "value", later, cell, table,
                                          extra={"folio_magnitude": m}))
            score.add(0)
            continue
        failed = check_levels(fact, cell)
        if not failed:
            score.add(4)
            continue
        lv, cause, detail = failed[0]
        score.add(first_level_index(lv))
        misses.append(miss_record(kind, doc, fact, cause, detail, lv, [f[1] for f in failed[1:]], cell, table))
    return score, misses


# ------------------------------------------------------------------------------------------
# renditions: by magnitude and label, one-to-one

def match_rendition(kind, doc, gold, cells, tables, failed_reason=None):
    score = Score()
    misses = []
    facts = gold["table_facts"]
    tables_by_id = {t["table_id"]: t for t in tables}
    numeric = [c for c in cells if cell_magnitude(c) is not None] + bound_cells(cells)
    order = {id(c): i for i, c in enumerate(numeric)}
    by_mag = {}
    by_label = {}
    for c in numeric:
        by_mag.setdefault(magnitude_key(cell_magnitude(c)), []).append(c)
        by_label.setdefault(norm_label(c.get("row_label")), []).append(c)

    def candidates(fact):
        return [c for c in by_mag.get(magnitude_key(fact["magnitude"]), [])
                if same_magnitude(fact["magnitude"], cell_magnitude(c))]

    # One printed figure tagged twice (two facts with the same span: nested tags, or one
    # figure tagged for two concepts or contexts) is one figure of the text: the cell that
    # serves the first fact serves the others at its span too.
    def span_key(fact):
        sp = fact.get("span")
        return tuple(sp) if sp else None

    # value+scale: one-to-one by magnitude alone
    used_v = set()
    value_found = set()
    value_spans = set()
    for i, fact in enumerate(facts):
        if failed_reason is not None or fact.get("magnitude") is None:
            continue
        if span_key(fact) is not None and span_key(fact) in value_spans:
            value_found.add(i)
            continue
        cands = [c for c in candidates(fact) if id(c) not in used_v]
        if cands:
            best = min(cands, key=lambda c: (not label_matches(c.get("row_label"), fact), order[id(c)]))
            used_v.add(id(best))
            value_found.add(i)
            if span_key(fact) is not None:
                value_spans.add(span_key(fact))

    used = set()
    span_cell = {}
    for i, fact in enumerate(facts):
        miss = unscorable(kind, doc, fact, failed_reason)
        if miss is not None:
            score.add(0)
            misses.append(miss)
            continue
        cands = candidates(fact)
        labelled = [c for c in cands if label_matches(c.get("row_label"), fact)]
        free = [c for c in labelled if id(c) not in used]
        shared = span_cell.get(span_key(fact)) if span_key(fact) is not None else None
        if shared is not None and any(c is shared for c in labelled):
            free = [shared]
        if free:
            def rank(c):
                failed = check_levels(fact, c)
                return (len(failed), order[id(c)])
            best = min(free, key=rank)
            used.add(id(best))
            if span_key(fact) is not None:
                span_cell.setdefault(span_key(fact), best)
            failed = check_levels(fact, best)
            if not failed:
                score.add(4)
            else:
                lv, cause, detail = failed[0]
                score.add(first_level_index(lv))
                misses.append(miss_record(kind, doc, fact, cause, detail, lv, [f[1] for f in failed[1:]],
                                          best, tables_by_id.get(best.get("table_id"))))
            continue
        # not found with its label: why
        reached = 1 if i in value_found else 0
        score.add(reached)
        lv = "label" if reached else "value"
        if labelled:
            c = labelled[0]
            misses.append(miss_record(kind, doc, fact, "taken", "every cell with this value and label serves an "
                                      "earlier fact", lv, [], c, tables_by_id.get(c.get("table_id"))))
            continue
        same_label = [c for c in by_label.get(norm_label(fact.get("label")), []) +
                      (by_label.get(norm_label(fact.get("label_core")), [])
                       if norm_label(fact.get("label_core")) != norm_label(fact.get("label")) else [])]
        scaled = [(c, power_of_ten_ratio(fact["magnitude"], cell_magnitude(c))) for c in same_label]
        scaled = [(c, k) for c, k in scaled if k is not None]
        if scaled:
            c, k = next(((c, k) for c, k in scaled if id(c) not in used), scaled[0])
            misses.append(scale_miss(kind, doc, fact, k, c, tables_by_id.get(c.get("table_id")), lv, []))
            continue
        if cands:
            c = max(cands, key=lambda c: (SequenceMatcher(None, norm_label(c.get("row_label")),
                                                           norm_label(fact.get("label_core"))).ratio(),
                                          -order[id(c)]))
            misses.append(miss_record(kind, doc, fact, "label mismatch", label_relation(c.get("row_label"), fact),
                                      lv, [], c, tables_by_id.get(c.get("table_id"))))
            continue
        if same_label:
            c = same_label[0]
            misses.append(miss_record(kind, doc, fact, "wrong value", "row found, value differs", lv, [], c,
                                      tables_by_id.get(c.get("table_id")),
                                      extra={"row_values": [cell_magnitude(x) for x in same_label[:6]]}))
            continue
        misses.append(miss_record(kind, doc, fact, "not found", "no cell with this value or label", lv, []))
    return score, misses
