"""Narrative facts (issue #20): Folio's facts from prose scored against the filers' prose tags,
its cross-check judged, and a hand-checked sample (ACCURACY.md, "Narrative facts").

- **Recall** (`html`): every tagged prose monetary figure of `gold.py` (`prose_facts` whose unit
  is an `iso4217:` currency, `dei:` left out) is found when a narrative fact of the same
  document has a `source_span` that overlaps the figure's bytes (as table facts are found by
  their cell's span) and the same |value x scale| (within 1e-9); `+period` when that fact's
  `period` is also the context's (`score.period_matches`: the table rule).
- **Cross-check precision**: every narrative fact whose `check` is `agrees` or `disagrees`,
  with the cell it names (`cell` {table_id, row, col}). The pair is right when fact and cell
  are the same metric for the same period. Where both are tagged the filer decides: in the
  HTML the fact's tag is the prose fact under its `source_span`, the cell's the table facts
  under the cell's `source_span`; in a rendition (no byte spans into the HTML) the fact's tags
  are those of the HTML figure it prints (`printed_tags`: the tagged HTML figure with the same
  printed number amid the same words, none when the figure is untagged in the HTML), the
  cell's the table facts of its magnitude whose label matches the cell's row label. Right when some pair of them has the same concept and
  the same context (same id, or the same period and dimensions); wrong otherwise. A pair
  without tags on both sides is decided by its judgement in `facts-checks.jsonl` (this
  folder), else counted as `unjudged`.
- **Cross-check on the rest of the corpus** (kind `corpus`): the HTML filings without inline
  XBRL, the SGML submission and the PDFs of the corpus (`CORPUS_GLOBS`); their pairs have no
  tags, so every `agrees` and `disagrees` there is decided by its judgement, else `unjudged`.
- **Sample**: 200 narrative facts of the text and PDF-text documents (`seeds/`,
  `earnings-releases/*.txt`, `pdf-text/`, `ixbrl-pdf/layout/`), drawn by rank of a seeded
  hash of each fact's place and text (so a fact keeps its place in the draw when others come
  and go); the judgement of each is in `facts-sample.jsonl` (this folder), matched by the
  fact's document, bytes, metric, value, scale, unit and period. Precision = right / judged.
"""

import bisect
import hashlib
import html as htmlmod
import json
import os
import re
from collections import Counter, OrderedDict

from . import score as scoremod

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE_FILE = os.path.join(HERE, "facts-sample.jsonl")
CHECKS_FILE = os.path.join(HERE, "facts-checks.jsonl")
SAMPLE_SEED = "folio-facts-sample-1"
SAMPLE_SIZE = 200
# the text and PDF-text documents the sample is drawn from (relative to the corpus)
SAMPLE_GLOBS = ["seeds/*.txt", "earnings-releases/*.txt", "pdf-text/*.txt", "ixbrl-pdf/layout/*.txt"]
# the rest of the corpus, for the cross-check's pairs only (kind `corpus`): the HTML filings
# without inline XBRL, the SGML submission and the PDFs (the inline-XBRL HTML is the html kind's)
CORPUS_GLOBS = ["edgar-html/*", "earnings-releases/*.htm*", "edgar-sgml/*", "pdf-real/*"]
TAG = re.compile(rb"<[^>]*>")


# ------------------------------------------------------------------------------------------
# reading

def read_facts(read_records, vdir):
    """{doc_id: [narrative fact records]} of a version, in file order."""
    out = OrderedDict()
    for f in read_records(vdir, "facts"):
        if f.get("origin") == "narrative":
            out.setdefault(f["doc_id"], []).append(f)
    return out


def magnitude(f):
    v = f.get("value")
    if v is None or isinstance(v, bool):
        return None
    return float(v) * float(f.get("scale") or 1)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def fact_span(f):
    s = f.get("source_span")
    return (s["start"], s["end"]) if s else None


def excerpt(raw, start, end, before=220, after=120, is_html=False):
    """The text around bytes [start, end) of a source file, tags stripped for HTML, the figure
    in [[ ]]."""
    if raw is None or start is None:
        return None
    lo = max(0, start - (before * 12 if is_html else before))
    hi = min(len(raw), end + (after * 12 if is_html else after))

    def clean(b):
        if is_html:
            b = TAG.sub(b" ", b)
        s = b.decode("utf-8", "replace")
        if is_html:
            s = htmlmod.unescape(s)
        return " ".join(s.split())
    a, m, z = clean(raw[lo:start]), clean(raw[start:end]), clean(raw[end:hi])
    return (a[-before:] + " [[" + m + "]] " + z[:after]).strip()


class Source:
    """A source file's bytes, read once."""

    def __init__(self):
        self.cache = {}

    def get(self, path):
        if path not in self.cache:
            try:
                with open(path, "rb") as fh:
                    self.cache[path] = fh.read()
            except OSError:
                self.cache[path] = None
        return self.cache[path]


# ------------------------------------------------------------------------------------------
# recall of the tagged prose figures

def monetary(g):
    return (g.get("unit") or "").startswith("iso4217:") and not (g.get("concept") or "").lower().startswith("dei:")


def period_of(f):
    p = f.get("period") or {}
    if p.get("instant") or (p.get("start") and p.get("end")):
        return p
    return None


class Recall:
    LEVELS = ("value", "period")

    def __init__(self):
        self.n = 0
        self.reached = Counter()

    def merge(self, o):
        self.n += o.n
        self.reached.update(o.reached)

    def pct(self, lv):
        return 100.0 * self.reached[lv] / self.n if self.n else None

    def as_dict(self):
        return {"n": self.n, **{lv: self.reached[lv] for lv in self.LEVELS}}


def recall_doc(doc, gold, facts, raw):
    """(Recall, misses) of one HTML document's tagged prose monetary figures."""
    rc = Recall()
    misses = []
    spans = sorted(((fact_span(f), f) for f in facts if fact_span(f)), key=lambda x: x[0])
    starts = [s[0] for s, _ in spans]
    longest = max((s[1] - s[0] for s, _ in spans), default=0)
    for g in gold["prose_facts"]:
        if not monetary(g) or g.get("magnitude") is None:
            continue
        rc.n += 1
        base = {"doc": doc, "concept": g["concept"], "context": g["context"], "period": g.get("period"),
                "dimensional": bool(g.get("dimensions")), "displayed": g.get("displayed"), "scale": g.get("scale"),
                "magnitude": g.get("magnitude"), "span": g.get("span"), "fact_id": g.get("id")}
        if not g.get("span"):
            misses.append(dict(base, cause="no gold span", detail=None))
            continue
        gs = tuple(g["span"])
        base["text"] = excerpt(raw, gs[0], gs[1], is_html=True)
        i = bisect.bisect_left(starts, gs[0] - longest)
        near = []
        while i < len(spans) and spans[i][0][0] < gs[1]:
            if overlaps(spans[i][0], gs):
                near.append(spans[i][1])
            i += 1
        if not near:
            misses.append(dict(base, cause="not found", detail="no narrative fact at the figure"))
            continue
        views = [{k: f.get(k) for k in ("fact_id", "metric", "value", "scale", "unit", "period", "role", "check")}
                 for f in near]
        same = [f for f in near if magnitude(f) is not None and scoremod.same_magnitude(magnitude(f), g["magnitude"])]
        if not same:
            k = next((scoremod.power_of_ten_ratio(g["magnitude"], magnitude(f)) for f in near
                      if magnitude(f) is not None and scoremod.power_of_ten_ratio(g["magnitude"], magnitude(f))), None)
            misses.append(dict(base, cause="wrong value", detail="scale" if k else "different", folio=views))
            continue
        rc.reached["value"] += 1
        gp = g.get("period")
        if any(period_of(f) and scoremod.period_matches(gp, period_of(f)) for f in same):
            rc.reached["period"] += 1
            continue
        if not any(period_of(f) for f in same):
            misses.append(dict(base, cause="no period", detail=None, folio=views))
        else:
            misses.append(dict(base, cause="wrong period", detail=None, folio=views))
    return rc, misses


# ------------------------------------------------------------------------------------------
# the cross-check's pairs

# Axes that say on which line of a statement a figure is presented, not which part of a
# measure it is: a figure tagged with one of their members and the same concept and period as
# the line's own tag is that line's figure (`ContentLiabilitiesCurrent` with
# `BalanceSheetLocationAxis = CurrentContentLiabilitiesMember` in the prose is the balance
# sheet's `ContentLiabilitiesCurrent`). Any other axis (a segment, a class, a geography)
# partitions the measure: its members stay different facts.
LOCATION_AXES = {"us-gaap:BalanceSheetLocationAxis", "us-gaap:IncomeStatementLocationAxis"}


def same_context(a, b):
    if a.get("context") and a.get("context") == b.get("context"):
        return True

    def dims(x):
        return sorted(json.dumps(d) for d in (x.get("dimensions") or []) if d.get("dimension") not in LOCATION_AXES)
    return a.get("period") == b.get("period") and dims(a) == dims(b)


# ------------------------------------------------------------------------------------------
# a rendition's figure and the HTML figure it prints

WORD = re.compile(r"[a-z0-9]+")
CONTEXT_WORDS = 12   # words read on each side of a figure
MATCH_WORDS = 6      # words before + after a rendition figure and its HTML figure must share
DIGITS = re.compile(r"[0-9]")


def words(s):
    return WORD.findall(s.lower())


def clean_html(b):
    """Text of HTML bytes: tags read as spaces, entities unescaped."""
    return htmlmod.unescape(TAG.sub(b" ", b).decode("utf-8", "replace"))


def common_suffix(a, b):
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def common_prefix(a, b):
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


HTML_FIGURES = {}


def html_figures(doc, gold, html_raw):
    """[(gold prose fact, its printed number's words, CONTEXT_WORDS words before, after)] of a
    filing's tagged prose figures, read from the HTML around each figure's span (cached)."""
    key = (doc, id(gold), id(html_raw))
    if key in HTML_FIGURES:
        return HTML_FIGURES[key]
    out = []
    if gold and html_raw is not None:
        for g in gold.get("prose_facts", []):
            if not g.get("span"):
                continue
            a, z = g["span"]
            before = words(clean_html(html_raw[max(0, a - 6000):a]))[-CONTEXT_WORDS:]
            after = words(clean_html(html_raw[z:z + 6000]))[:CONTEXT_WORDS]
            out.append((g, words(clean_html(html_raw[a:z])), before, after))
    HTML_FIGURES[key] = out
    return out


def doc_text(blocks):
    """A version's document text rebuilt from its blocks (each at its `span`)."""
    parts, at = [], 0
    for b in sorted(blocks, key=lambda b: b["span"]["start"]):
        st = b["span"]["start"]
        if st < at:
            continue
        parts.append("\n" * (st - at))
        parts.append(b.get("text") or "")
        at = st + len(b.get("text") or "")
    return "".join(parts)


def rendition_figure(f, text):
    """(the printed number's words, CONTEXT_WORDS words before, after) of a rendition fact,
    read from the document text at its `span`; None without one."""
    sp = f.get("span")
    if not sp or text is None or sp["end"] > len(text):
        return None
    fig = text[sp["start"]:sp["end"]]
    digits = [m.start() for m in DIGITS.finditer(fig)]
    if not digits:
        return None
    a, z = sp["start"] + digits[0], sp["start"] + digits[-1] + 1
    return (words(text[a:z]), words(text[max(0, a - 1500):a])[-CONTEXT_WORDS:],
            words(text[z:z + 1500])[:CONTEXT_WORDS])


def printed_tags(fig, figures):
    """The HTML prose tags of a rendition figure: the tagged HTML figures printing the same
    number amid the same words (MATCH_WORDS or more of the words before and after shared), the
    closest ones when several do. [] when none does: the figure is untagged in the HTML, or
    printed too differently to say which it is."""
    if fig is None:
        return []
    num, before, after = fig
    best, out = MATCH_WORDS, []
    for g, gnum, gb, ga in figures:
        if gnum != num:
            continue
        n = common_suffix(before, gb) + common_prefix(after, ga)
        if n > best:
            best, out = n, [g]
        elif n == best:
            out.append(g)
    return out


def text_excerpt(text, sp, before=220, after=120):
    """The document text around a fact's `span`, the figure in [[ ]] (where no source span)."""
    if text is None or not sp:
        return None
    a, m, z = (" ".join(x.split()) for x in (text[max(0, sp["start"] - before):sp["start"]],
                                             text[sp["start"]:sp["end"]], text[sp["end"]:sp["end"] + after]))
    return (a + " [[" + m + "]] " + z).strip()


def tags_agree(fact_tags, cell_tags):
    return any(p["concept"] == t["concept"] and same_context(p, t) for p in fact_tags for t in cell_tags)


def load_judgements(path):
    out = {}
    if not os.path.isfile(path):
        return out
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                j = json.loads(line)
                out[j["key"]] = j
    return out


def pair_key(doc, f, cell):
    p = f.get("period") or {}
    return "|".join(str(x) for x in (doc, f.get("metric"), f.get("value"), f.get("scale"), f.get("unit"),
                                     p.get("end") or p.get("instant"), (cell or {}).get("row_label"),
                                     (cell or {}).get("raw"), " ".join((cell or {}).get("column_path") or [])))


def pairs_doc(kind, doc, gold, facts, cells, raw, is_html, judgements, text=None, html_raw=None):
    """Every agrees/disagrees pair of one document, each with its verdict:
    `right`/`wrong` (by tags or judgement) or `unjudged`. `text` is a rendition's document text
    (`doc_text`), `html_raw` the bytes of the HTML it renders."""
    out = []
    figures = html_figures(doc, gold, html_raw) if not is_html else []
    by_pos = {(c.get("table_id"), c.get("row"), c.get("col")): c for c in cells}
    prose = [g for g in (gold or {}).get("prose_facts", []) if g.get("span")]
    table = [g for g in (gold or {}).get("table_facts", []) if g.get("magnitude") is not None]
    table_by_start = sorted((g for g in table if g.get("span")), key=lambda g: g["span"][0])
    table_starts = [g["span"][0] for g in table_by_start]
    for f in facts:
        if f.get("check") not in ("agrees", "disagrees") or not f.get("cell"):
            continue
        c = f["cell"]
        cell = by_pos.get((c.get("table_id"), c.get("row"), c.get("col")))
        fs = fact_span(f)
        if is_html:
            ftags = [g for g in prose if fs and overlaps(fs, tuple(g["span"]))]
            ctags = []
            cs = (cell or {}).get("source_span")
            if cs:
                i = bisect.bisect_left(table_starts, cs["start"])
                while i < len(table_by_start) and table_starts[i] < cs["end"]:
                    if table_by_start[i]["span"][1] <= cs["end"]:
                        ctags.append(table_by_start[i])
                    i += 1
        else:
            ftags = printed_tags(rendition_figure(f, text), figures)
            cm = scoremod.cell_magnitude(cell) if cell else None
            ctags = [g for g in table if cm is not None and scoremod.same_magnitude(cm, g["magnitude"])
                     and scoremod.label_matches((cell or {}).get("row_label") or "", g)]
        key = pair_key(doc, f, cell)
        rec = {"kind": kind, "doc": doc, "check": f["check"], "key": key, "fact_id": f.get("fact_id"),
               "metric": f.get("metric"), "value": f.get("value"), "scale": f.get("scale"), "unit": f.get("unit"),
               "period": f.get("period"), "source_span": f.get("source_span"),
               "text": excerpt(raw, fs[0], fs[1], is_html=is_html) if fs else text_excerpt(text, f.get("span")),
               "compared_value": f.get("compared_value"),
               "cell": {k: (cell or {}).get(k) for k in ("table_id", "row", "col", "row_label", "column_path", "raw",
                                                          "value", "scale", "unit", "period")},
               "fact_tags": sorted({"%s@%s" % (g["concept"], g["context"]) for g in ftags}),
               "cell_tags": sorted({"%s@%s" % (g["concept"], g["context"]) for g in ctags})}
        if ftags and ctags:
            rec["verdict"] = "right" if tags_agree(ftags, ctags) else "wrong"
            rec["by"] = "tags"
        elif key in judgements:
            rec["verdict"] = judgements[key]["judgement"]
            rec["by"] = "judgement"
            rec["reason"] = judgements[key].get("reason")
        else:
            rec["verdict"] = "unjudged"
            rec["by"] = None
        out.append(rec)
    return out


# ------------------------------------------------------------------------------------------
# the sample

def sample_key(f):
    p = f.get("period") or {}
    s = f.get("source_span") or {}
    return "|".join(str(x) for x in (f["doc_id"], s.get("start"), s.get("end"), f.get("metric"), f.get("value"),
                                     f.get("scale"), f.get("unit"), p.get("start"), p.get("end"), p.get("instant")))


def draw(facts_by_doc, n=SAMPLE_SIZE, seed=SAMPLE_SEED):
    """The n facts of smallest seeded hash of (document, bytes, value): deterministic, and a fact
    keeps its rank when others come and go."""
    pool = []
    for doc, fs in facts_by_doc.items():
        for f in fs:
            s = f.get("source_span") or {}
            h = hashlib.sha256(("%s|%s|%s|%s|%s" % (seed, doc, s.get("start"), s.get("end"), f.get("value")))
                               .encode()).hexdigest()
            pool.append((h, f))
    pool.sort(key=lambda x: x[0])
    return [f for _, f in pool[:n]], len(pool)


def score_sample(facts_by_doc, sources, src, judgements):
    picked, pool = draw(facts_by_doc)
    rows = []
    for f in picked:
        s = f.get("source_span") or {}
        raw = src.get(sources.get(f["doc_id"]))
        j = judgements.get(sample_key(f))
        rows.append({"key": sample_key(f), "doc": f["doc_id"], "fact_id": f.get("fact_id"), "metric": f.get("metric"),
                     "value": f.get("value"), "scale": f.get("scale"), "unit": f.get("unit"),
                     "period": f.get("period"), "role": f.get("role"), "check": f.get("check"),
                     "text": excerpt(raw, s.get("start"), s.get("end"), before=260, after=160),
                     "judgement": j["judgement"] if j else "unjudged", "reason": j.get("reason") if j else None})
    return rows, pool


# ------------------------------------------------------------------------------------------
# report

def pct(a, b):
    return "-" if not b else "%.1f%%" % (100.0 * a / b)


def section(res, work_rel):
    """The `Narrative facts` part of the results section."""
    if not res:
        return ""
    lines = []
    w = lines.append
    w("### Narrative facts (#20)")
    w("")
    rc = res.get("recall")
    if rc:
        t = rc["total"]
        w("Tagged prose monetary figures (`ix:nonFraction` outside tables, unit a currency, `dei:` left out) found "
          "as narrative facts of the `html` run, by source-span overlap: value x scale **%s**, +period **%s** of %d "
          "(targets >= 90%%, >= 80%%)." % (pct(t.reached["value"], t.n), pct(t.reached["period"], t.n), t.n))
        w("")
        w("| filing | tagged | value+scale | +period |")
        w("|---|---:|---:|---:|")
        for s, r in rc["per"].items():
            if r.n:
                w("| `%s` | %d | %s | %s |" % (s, r.n, pct(r.reached["value"], r.n), pct(r.reached["period"], r.n)))
        w("")
        c = Counter(m["cause"] + (": " + m["detail"] if m.get("detail") else "") for m in rc["misses"])
        if c:
            w("Misses by cause (`%s/misses-facts.jsonl`): %s." % (work_rel, ", ".join(
                "%s %d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))))
            w("")
    pairs = res.get("pairs")
    if pairs is not None:
        w("Cross-check: every `agrees` and `disagrees` with the cell it was compared to (`%s/facts-pairs.jsonl`); "
          "right when fact and cell are the same metric and period (the filer's tags decide where both sides "
          "are tagged, else `scripts/accuracy_lib/facts-checks.jsonl`)." % work_rel)
        w("")
        w("| run | check | pairs | right | wrong | unjudged | by tags |")
        w("|---|---|---:|---:|---:|---:|---:|")
        for kind in res.get("pair_kinds", []):
            for chk in ("agrees", "disagrees"):
                ps = [p for p in pairs if p["kind"] == kind and p["check"] == chk]
                v = Counter(p["verdict"] for p in ps)
                w("| %s | %s | %d | %d | %d | %d | %d |" % (kind, chk, len(ps), v["right"], v["wrong"], v["unjudged"],
                                                          sum(1 for p in ps if p["by"] == "tags")))
        w("")
        dis = [p for p in pairs if p["check"] == "disagrees"]
        if dis:
            w("Every `disagrees` (%d):" % len(dis))
            w("")
            for p in dis:
                w("- %s `%s` %s: %s = %s x%s vs row `%s` col `%s` = `%s` (%s%s)" % (
                    p["kind"], p["doc"], p["verdict"], p["metric"], p["value"], p["scale"], p["cell"]["row_label"],
                    " ".join(p["cell"]["column_path"] or []), p["cell"]["raw"], p["by"] or "unjudged",
                    ": " + p["reason"] if p.get("reason") else ""))
            w("")
    sm = res.get("sample")
    if sm:
        rows = sm["rows"]
        v = Counter(r["judgement"] for r in rows)
        judged = v["right"] + v["wrong"]
        w("Hand-checked sample: %d narrative facts drawn (seeded hash rank) from the %d of the text and PDF-text "
          "documents; judgements in `scripts/accuracy_lib/facts-sample.jsonl`: right %d, wrong %d, unjudged %d; "
          "precision **%s** of the judged (target >= 95%%)." % (len(rows), sm["pool"], v["right"], v["wrong"],
                                                               v["unjudged"], pct(v["right"], judged)))
        w("")
    return "\n".join(lines) + "\n"
