"""scripts/accuracy: Folio's table figures scored against the filers' own inline-XBRL tags.

Run through the wrapper `scripts/accuracy` (it installs Debian's python3-lxml when missing).
See ACCURACY.md for what is measured and how; `--help` for the options.
"""

import argparse
import datetime
import glob
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import time
from collections import Counter, OrderedDict

from . import facts as factsmod
from . import gold as goldmod
from . import score as scoremod
from . import metadata as metamod
from . import items as itemsmod
from . import statements as stmod
from . import checks as checksmod

from . import concepts as conmod

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
WORK = os.path.join(ROOT, ".accuracy")
FOLIO = os.path.join(ROOT, ".build", "release", "folio")
FLOORS = os.path.join(ROOT, "scripts", "accuracy-floors.json")
PIPELINE = os.path.join(ROOT, "Pipelines", "default.yml")

KINDS = ["html", "layout", "reading-order", "markdown", "pdf"]
RENDITION_DIRS = {"layout": ("layout", ".txt"), "reading-order": ("reading-order", ".txt"),
                  "markdown": ("markdown", ".md"), "pdf": ("", ".pdf")}
# the fast subset written into a fresh floors file: three small 10-Qs, HTML and fixed-width
FAST_DEFAULT = {"stems": ["NFLX_10-Q_2025-07-18", "PG_10-Q_2025-04-24", "UNP_10-Q_2025-07-24"],
                "kinds": ["html", "layout"]}
# acceptance targets of issues #14 (HTML), #17 (text renditions), #18 (PDF), in percent
TARGETS = {"html": {"label": "99.0", "period": "97"}, "layout": {"label": "97", "period": "95"},
           "markdown": {"label": "97", "period": "95"}, "reading-order": {"label": "85"},
           "pdf": {"label": "99", "period": "97"}}
TARGET_ISSUE = {"html": "#14", "layout": "#17", "markdown": "#17", "reading-order": "#17", "pdf": "#18"}
IXBRL_STEMS = []   # the filings of ixbrl/ in this run (the renditions' filings)
# where the renditions are: ../shared/corpus/ixbrl-pdf, or with --held-out the held-out filings'
# renditions made by scripts/held-out-renditions (the same layout: <stem>.pdf, layout/, ...)
RENDITIONS = [os.path.join(CORPUS, "ixbrl-pdf")]
HELD_OUT = [False]
MARKERS = ["accuracy"]
FACTS_TEXT = [True]   # run the narrative-facts sample's documents too (not with --fast)
LEVEL_TITLES = {"value": "value+scale", "label": "+label", "period": "+period", "sign": "+sign"}


def log(msg):
    print("[accuracy %s] %s" % (time.strftime("%H:%M:%S"), msg), file=sys.stderr, flush=True)


def rel(p):
    return os.path.relpath(p, ROOT)


# ------------------------------------------------------------------------------------------
# inputs

def html_inputs(stems=None):
    """Every inline-XBRL HTML of the corpus: ixbrl/, and the files of edgar-html/ and
    earnings-releases/ that carry ix:nonFraction."""
    files = sorted(glob.glob(os.path.join(CORPUS, "ixbrl", "*.htm*")))
    for d in ("edgar-html", "earnings-releases"):
        for f in sorted(glob.glob(os.path.join(CORPUS, d, "*"))):
            if not os.path.isfile(f):
                continue
            with open(f, "rb") as fh:
                if b":nonfraction" in fh.read().lower():
                    files.append(f)
    if stems is not None:
        files = [f for f in files if stem(f) in stems]
    return files


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def rendition_inputs(kind, stems):
    d, ext = RENDITION_DIRS[kind]
    out = []
    for s in stems:
        p = os.path.join(RENDITIONS[0], d, s + ext)
        if os.path.isfile(p):
            out.append(p)
    return out


# ------------------------------------------------------------------------------------------
# Folio

def git(*args):
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def build(config):
    """`swift build -c <config> --product folio`, quietly (its output shown on failure)."""
    global FOLIO
    FOLIO = os.path.join(ROOT, ".build", config, "folio")
    log("swift build -c %s --product folio" % config)
    t0 = time.monotonic()
    r = subprocess.run(["swift", "build", "-c", config, "--product", "folio"], cwd=ROOT,
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stdout[-6000:] + r.stderr[-6000:])
        log("the release build failed")
        sys.exit(2)
    log("built in %.0f s" % (time.monotonic() - t0))


def run_folio(kind, files, jobs):
    """Folio into .accuracy/datasets/<kind> (made afresh); returns (version dir, seconds, log)."""
    ds = os.path.join(WORK, "datasets", kind)
    shutil.rmtree(ds, ignore_errors=True)
    os.makedirs(os.path.join(WORK, "logs"), exist_ok=True)
    cmd = [FOLIO, "run", *files, "--pipeline", PIPELINE, "--out", ds, "--jobs", str(jobs), "--quiet"]
    t0 = time.monotonic()
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    secs = time.monotonic() - t0
    logpath = os.path.join(WORK, "logs", kind + ".log")
    with open(logpath, "w") as fh:
        fh.write("$ " + " ".join(rel(c) if c.startswith(ROOT) else c for c in cmd) + "\n")
        fh.write(r.stdout + r.stderr + "\nexit %d\n" % r.returncode)
    if r.returncode not in (0, 1):
        log("folio run (%s) exited %d; see %s" % (kind, r.returncode, rel(logpath)))
        return None, secs
    cur = os.path.join(ds, "CURRENT")
    if not os.path.isfile(cur):
        log("folio run (%s) made no version; see %s" % (kind, rel(logpath)))
        return None, secs
    with open(cur) as fh:
        version = fh.read().strip()
    return os.path.join(ds, "versions", version), secs


def read_records(vdir, kind):
    """A record file of a version: `<kind>.jsonl`, or a folder of parts."""
    path = os.path.join(vdir, kind + ".jsonl")
    paths = [path] if os.path.isfile(path) else sorted(glob.glob(os.path.join(vdir, kind, "*.jsonl")))
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def sections_by_doc(vdir):
    """{doc_id: [section records]} of a version."""
    out = {}
    for r in read_records(vdir, "sections"):
        out.setdefault(r["doc_id"], []).append(r)
    return out


def load_version(vdir):
    """{doc_id: {"doc", "cells", "tables", "error"}} of a version."""
    docs = OrderedDict()
    for d in read_records(vdir, "documents"):
        docs[d["doc_id"]] = {"doc": {k: d.get(k) for k in ("doc_id", "source", "format", "status")},
                             "meta": {k: d.get(k) for k in ("title", "issuer", "cik", "ticker", "form_type", "period_end",
                                                            "fiscal_year", "fiscal_period", "metadata_sources")},
                             "cells": [], "tables": [], "error": None}
    for t in read_records(vdir, "tables"):
        if t["doc_id"] in docs:
            docs[t["doc_id"]]["tables"].append(t)
    for c in read_records(vdir, "cells"):
        if c["doc_id"] in docs:
            c.pop("span", None)
            docs[c["doc_id"]]["cells"].append(c)
    for g in read_records(vdir, "diagnostics"):
        if g.get("severity") == "error" and g["doc_id"] in docs and docs[g["doc_id"]]["error"] is None:
            docs[g["doc_id"]]["error"] = "%s: %s" % (g.get("code"), g.get("message"))
    return docs


# ------------------------------------------------------------------------------------------
# one run

def make_gold(files):
    os.makedirs(os.path.join(WORK, "gold"), exist_ok=True)
    golds = OrderedDict()
    for f in files:
        g = goldmod.read_gold(f, stem(f))
        g["source"] = os.path.relpath(f, os.path.dirname(CORPUS))
        bs = g["byte_scan"]
        if not bs["ok"]:
            log("WARNING %s: the byte scan found %d ix:nonFraction tags, lxml %d (first difference at fact %s):"
                " this filing's facts get no span and are scored as 'no gold span'"
                % (stem(f), bs["scanned_tags"], bs["lxml_facts"], bs.get("first_difference")))
        if bs.get("text_mismatches"):
            log("WARNING %s: %d facts' byte spans do not hold the text lxml reads"
                % (stem(f), bs["text_mismatches"]))
        with open(os.path.join(WORK, "gold", stem(f) + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        golds[stem(f)] = g
    return golds


def score_kind(kind, golds, version_docs):
    """(per-filing Scores, misses) of one kind."""
    per = OrderedDict()
    misses = []
    match = scoremod.match_html if kind == "html" else scoremod.match_rendition
    for s, g in golds.items():
        d = version_docs.get(s)
        if d is None:
            failed = "not in the dataset (no input, or Folio did not read it)"
            sc, ms = match(kind, s, g, [], [], failed_reason=failed)
        else:
            failed = d["error"] if d["doc"]["status"] != "ok" else None
            if failed is None and d["doc"]["status"] != "ok":
                failed = "status " + str(d["doc"]["status"])
            sc, ms = match(kind, s, g, d["cells"], d["tables"], failed_reason=failed)
        per[s] = sc
        misses.extend(ms)
    return per, misses


def pdf_refused(version_docs):
    """The reason when Folio read none of the PDFs (it refuses `.pdf` as binary today)."""
    if version_docs and all(d["doc"]["status"] != "ok" for d in version_docs.values()):
        err = next(iter(version_docs.values()))["error"] or "every PDF failed"
        return "Folio refuses the PDFs: " + err.split(":")[0]
    return None


def run(kinds, stems_filter, jobs, no_build, config):
    global FOLIO
    FOLIO = os.path.join(ROOT, ".build", config, "folio")
    if not no_build:
        build(config)
    if not os.path.isfile(FOLIO):
        log("no Folio binary at %s" % rel(FOLIO))
        sys.exit(2)
    html = html_inputs(stems_filter)
    t0 = time.monotonic()
    golds = make_gold(html)
    gold_secs = time.monotonic() - t0
    log("gold: %d filings, %d table facts (%.1f s)" % (len(golds), sum(len(g["table_facts"]) for g in golds.values()),
                                                     gold_secs))
    if HELD_OUT[0]:
        # the filings outside ixbrl/ with a rendition made by scripts/held-out-renditions
        ixbrl_stems = [s for s in golds if any(rendition_inputs(k, [s]) for k in RENDITION_DIRS)]
    else:
        ixbrl_stems = [s for s in golds if os.path.isfile(os.path.join(CORPUS, "ixbrl", s + ".html"))]
    IXBRL_STEMS[:] = ixbrl_stems
    results = OrderedDict()
    html_docs = None   # Folio's dataset of the HTML filings: the concept dictionary's source
    for kind in kinds:
        files = html if kind == "html" else rendition_inputs(kind, ixbrl_stems)
        kind_golds = golds if kind == "html" else OrderedDict((s, golds[s]) for s in ixbrl_stems)
        if not files:
            results[kind] = {"status": "no inputs", "files": 0}
            continue
        log("folio run: %s (%d files)" % (kind, len(files)))
        vdir, secs = run_folio(kind, files, jobs)
        if vdir is None:
            results[kind] = {"status": "folio run failed (see %s/logs/%s.log)" % (rel(WORK), kind), "files": len(files),
                             "seconds": secs}
            continue
        docs = load_version(vdir)
        if kind == "html" and stems_filter is None:
            html_docs = docs
        if kind == "pdf":
            reason = pdf_refused(docs)
            if reason is not None:
                results[kind] = {"status": "not supported", "reason": reason, "files": len(files), "seconds": secs}
                log("pdf: not supported (%s)" % reason)
                continue
        meta = metamod.score(kind, kind_golds, docs)
        with open(os.path.join(WORK, "misses-metadata-%s.jsonl" % kind), "w", encoding="utf-8") as fh:
            for m in meta["misses"]:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        r_, n_, _ = metamod.totals(meta)
        log("%s: filing metadata %d/%d fields right" % (kind, r_, n_))
        itm = itemsmod.score(kind, kind_golds, {stem(f): f for f in html}, sections_by_doc(vdir))
        with open(os.path.join(WORK, "misses-items-%s.jsonl" % kind), "w", encoding="utf-8") as fh:
            for m in itm["misses"]:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        i_r, i_n, i_x = itemsmod.totals(itm)
        log("%s: 10-K/10-Q Items: %d/%d right, %d extra" % (kind, i_r, i_n, i_x))
        stm = stmod.score(kind, kind_golds, docs)
        with open(os.path.join(WORK, "misses-statements-%s.jsonl" % kind), "w", encoding="utf-8") as fh:
            for m in stm["misses"]:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        st_ = stmod.totals(stm)
        log("%s: statement kind: %d/%d primary statements right, %d of %d note tables called primary"
            % (kind, st_["primary_right"], st_["primary"], st_["notes_called_primary"], st_["notes"]))
        chk = checksmod.run(kind, docs, kind_golds)
        with open(os.path.join(WORK, "checks-%s.jsonl" % kind), "w", encoding="utf-8") as fh:
            for f in chk["failing"]:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
        v_ = Counter(f["verdict"] for f in chk["failing"])
        log("%s: table checks: %d passed, %d failed (extraction %d, real %d, unjudged %d), %d skipped"
            % (kind, chk["total"]["pass"], chk["total"]["fail"], v_["extraction"], v_["real"], v_["unjudged"],
               chk["total"]["skipped"]))

        con = None
        if kind != "html":
            if html_docs is None:
                # the dictionary is built from every tagged HTML filing, whatever --filings says
                hv, _ = run_folio("concepts-html", html_inputs(), jobs)
                html_docs = load_version(hv) if hv else {}
            con = conmod.score(kind, kind_golds, docs, html_docs)
            with open(os.path.join(WORK, "misses-concepts-%s.jsonl" % kind), "w", encoding="utf-8") as fh:
                for m in con["misses"]:
                    fh.write(json.dumps(m, ensure_ascii=False) + "\n")
            ct = conmod.totals(con)
            log("%s: line-item concepts (leave-one-filing-out): %d/%d right, %d wrong, %d found, %d reachable; "
                "Folio's lookup = this emulation on %d/%d cells"
                % (kind, ct["right"], ct["items"], ct["wrong"], ct["found"], ct["reachable"], con["agreement"][0],
                   con["agreement"][1]))
        per, misses = score_kind(kind, kind_golds, docs)
        total = scoremod.Score()
        for sc in per.values():
            total.merge(sc)
        misses.sort(key=lambda m: (m["doc"], m["fact_index"]))
        path = os.path.join(WORK, "misses-%s.jsonl" % kind)
        with open(path, "w", encoding="utf-8") as fh:
            for m in misses:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        results[kind] = {"status": "scored", "files": len(files), "seconds": secs, "per": per, "total": total,
                         "misses": misses, "version": os.path.basename(vdir), "metadata": meta,
                         "statements": stm, "checks": chk, "concepts": con, "items": itm}
        log("%s: %s  (%d misses -> %s)" % (kind, fmt_score(total), len(misses), rel(path)))
        score_facts(kind, kind_golds, vdir, docs, results, files)
    if "html" in kinds and FACTS_TEXT[0]:
        facts_text_run(jobs, results)
        facts_corpus_run(jobs, results, set(html))
    write_facts(results)
    return golds, results, gold_secs


# ------------------------------------------------------------------------------------------
# narrative facts (facts.py)

FACTS_SOURCES = factsmod.Source()


def doc_sources(docs, files):
    """{doc_id: the input file} (documents.jsonl names the file, not its folder)."""
    by_name = {os.path.basename(f): f for f in files}
    return {d: by_name.get(v["doc"].get("source") or "") for d, v in docs.items()}


def score_facts(kind, golds, vdir, docs, results, files):
    """Recall of the tagged prose figures (html) and the cross-check's pairs of one kind's run."""
    res = results.setdefault("_facts", {"pairs": [], "pair_kinds": []})
    facts = factsmod.read_facts(read_records, vdir)
    sources = doc_sources(docs, files)
    judgements = factsmod.load_judgements(factsmod.CHECKS_FILE)
    if kind == "html":
        per, misses, total = OrderedDict(), [], factsmod.Recall()
        for s, g in golds.items():
            raw = FACTS_SOURCES.get(sources.get(s)) if s in sources else None
            rc, ms = factsmod.recall_doc(s, g, facts.get(s, []), raw)
            per[s] = rc
            total.merge(rc)
            misses.extend(ms)
        res["recall"] = {"per": per, "misses": misses, "total": total}
        log("facts: prose monetary figures %d: value+scale %s, +period %s" % (
            total.n, factsmod.pct(total.reached["value"], total.n), factsmod.pct(total.reached["period"], total.n)))
    res["pair_kinds"].append(kind)
    blocks = {}
    if kind != "html":
        # a rendition's figures are read in its document text (no byte spans into the HTML)
        checked = {s for s, fs in facts.items() if any(f.get("check") in ("agrees", "disagrees") for f in fs)}
        for b in read_records(vdir, "blocks"):
            if b["doc_id"] in checked and b.get("span"):
                blocks.setdefault(b["doc_id"], []).append(b)
    for s, d in docs.items():
        raw = FACTS_SOURCES.get(sources.get(s))
        g = golds.get(s)
        text = html_raw = None
        if kind != "html":
            text = factsmod.doc_text(blocks.get(s, []))
            if g and g.get("source"):
                html_raw = FACTS_SOURCES.get(os.path.join(os.path.dirname(CORPUS), g["source"]))
        res["pairs"] += factsmod.pairs_doc(kind, s, g, facts.get(s, []), d["cells"], raw,
                                           kind == "html", judgements, text, html_raw)


def pairs_run(kind, files, jobs, results, is_html):
    """Folio on `files` (the run `facts-<kind>`), and the cross-check pairs of its documents
    (a rendition of ixbrl-pdf/ left out: the layout kind's pairs), read as HTML where
    `is_html(source)`, decided by judgement (no tags here). Returns the run's facts and
    sources, or None when it failed."""
    log("folio run: facts-%s (%d files)" % (kind, len(files)))
    vdir, _ = run_folio("facts-" + kind, files, jobs)
    if vdir is None:
        return None
    docs = load_version(vdir)
    res = results.setdefault("_facts", {"pairs": [], "pair_kinds": []})
    facts = factsmod.read_facts(read_records, vdir)
    sources = doc_sources(docs, files)
    judgements = factsmod.load_judgements(factsmod.CHECKS_FILE)
    res["pair_kinds"].append(kind)
    for s, d in docs.items():
        src = sources.get(s) or ""
        if "/ixbrl-pdf/" in src:
            continue   # the layout kind's pairs
        raw = None if src.lower().endswith(".pdf") else FACTS_SOURCES.get(src)   # a PDF's bytes are no text
        res["pairs"] += factsmod.pairs_doc(kind, s, None, facts.get(s, []), d["cells"], raw, is_html(src), judgements)
    return facts, sources


def facts_text_run(jobs, results):
    """Folio on the text and PDF-text documents: the sample's pool, and their pairs."""
    files = sorted(f for g in factsmod.SAMPLE_GLOBS for f in glob.glob(os.path.join(CORPUS, g)))
    run = pairs_run("text", files, jobs, results, lambda src: False) if files else None
    if run is None:
        return
    facts, sources = run
    rows, pool = factsmod.score_sample(facts, sources, FACTS_SOURCES,
                                       factsmod.load_judgements(factsmod.SAMPLE_FILE))
    results["_facts"]["sample"] = {"rows": rows, "pool": pool}


def facts_corpus_run(jobs, results, html):
    """Folio on the rest of the corpus (`CORPUS_GLOBS`, the inline-XBRL HTML left out): their
    cross-check pairs, each decided by its judgement (no tags), so every `disagrees` on the
    corpus is listed and judged."""
    files = sorted({f for g in factsmod.CORPUS_GLOBS for f in glob.glob(os.path.join(CORPUS, g))
                    if os.path.isfile(f)} - html)
    if files:
        pairs_run("corpus", files, jobs, results, lambda src: src.lower().endswith((".htm", ".html")))


def write_facts(results):
    res = results.get("_facts")
    if not res:
        return
    def dump(name, recs):
        with open(os.path.join(WORK, name), "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "recall" in res:
        dump("misses-facts.jsonl", res["recall"]["misses"])
    dump("facts-pairs.jsonl", res["pairs"])
    if "sample" in res:
        dump("facts-sample-drawn.jsonl", res["sample"]["rows"])


# ------------------------------------------------------------------------------------------
# output

def pct(sc, lv):
    p = sc.pct(lv)
    return "-" if p is None else "%.1f" % p


def fmt_score(sc):
    return "n=%d  " % sc.n + "  ".join("%s %s%%" % (LEVEL_TITLES[lv], pct(sc, lv)) for lv in scoremod.LEVELS)


def cause_key(m):
    return m["cause"] + (": " + str(m["detail"]) if m.get("detail") else "")


def example(m):
    g = '%s "%s" %s (%s)' % (m["doc"], m.get("gold_label") or "", m.get("displayed"), m.get("concept"))
    c = m.get("cell")
    if c:
        g += ' -> cell "%s" raw `%s` x%s' % (c.get("row_label"), c.get("raw"), c.get("scale"))
        if c.get("unit") == "percent":
            g += " %"
        t = m.get("table") or {}
        if t.get("title") or t.get("units"):
            g += ' in table %s "%s" units %s' % (t.get("table_id"), (t.get("title") or "")[:60],
                                                  json.dumps(t.get("units"), sort_keys=True))
    if m.get("expected_scale") is not None:
        g += "; expected x%s, got x%s" % (fmt_num(m["expected_scale"]), fmt_num(m["got_scale"]))
    if m.get("drift_bytes") is not None:
        g += "; the cell's span is %+d bytes away" % m["drift_bytes"]
    if m.get("cause") == "wrong period":
        g += "; gold %s, cell %s" % (json.dumps(m.get("period")), json.dumps((c or {}).get("period")))
    return g.replace("|", "\\|")


def fmt_num(x):
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x)


def report(golds, results, gold_secs, command, fast):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    head = git("rev-parse", "--short", "HEAD")
    dirty = git("status", "--porcelain", "--untracked-files=no")
    lines = []
    w = lines.append
    w("Run: %s, commit `%s`%s, `%s`, on %s (%d cores), Folio %s build, `--jobs %s`; gold read in %.1f s."
      % (now, head or "?", " (with uncommitted changes)" if dirty else "", command, platform.node() or "?",
         os.cpu_count() or 0, results.get("_build", "?"), results.get("_jobs", "?"), gold_secs))
    w("")
    kinds = [k for k in results if not k.startswith("_")]
    facts_text = factsmod.section(results.get("_facts"), rel(WORK))
    # totals
    w("| input kind | filings | tagged table facts | value+scale | +label | +period | +sign | target | Folio run |")
    w("|---|---:|---:|---:|---:|---:|---:|---|---:|")
    for k in kinds:
        r = results[k]
        tgt = TARGETS.get(k, {})
        tgt_s = ", ".join("%s >= %s%%" % (LEVEL_TITLES[lv], v) for lv, v in tgt.items())
        tgt_s += " (%s)" % TARGET_ISSUE[k] if tgt else ""
        if r["status"] != "scored":
            why = r["status"] + (": " + r["reason"] if r.get("reason") else "")
            w("| %s | %d | - | %s | | | | %s | %s |" % (k, r.get("files", 0), why.replace("|", "\\|"), tgt_s,
                                                       "%.1f s" % r["seconds"] if "seconds" in r else "-"))
            continue
        t = r["total"]
        w("| %s | %d | %d | %s%% | %s%% | %s%% | %s%% | %s | %.1f s |"
          % (k, len(r["per"]), t.n, pct(t, "value"), pct(t, "label"), pct(t, "period"), pct(t, "sign"), tgt_s,
             r["seconds"]))
        if k == "html" and set(r["per"]) - set(IXBRL_STEMS):
            sub = scoremod.Score()
            for s2, sc in r["per"].items():
                if s2 in IXBRL_STEMS:
                    sub.merge(sc)
            w("| html, the %d filings of `ixbrl/` only (those the renditions are made from) | %d | %d | %s%% | %s%% | "
              "%s%% | %s%% | | |" % (len(IXBRL_STEMS), len(IXBRL_STEMS), sub.n, pct(sub, "value"), pct(sub, "label"),
                                    pct(sub, "period"), pct(sub, "sign")))
    w("")
    # per filing
    w("Per filing: value+scale / +label / +period / +sign, in percent of the filing's tagged table facts.")
    w("")
    w("| filing | facts | " + " | ".join(kinds) + " |")
    w("|---|---:|" + "---|" * len(kinds))
    for s, g in golds.items():
        row = ["`%s`" % s, str(len(g["table_facts"]))]
        for k in kinds:
            r = results[k]
            if r["status"] != "scored":
                row.append("n/s" if r["status"] == "not supported" else "-")
            elif s in r["per"]:
                sc = r["per"][s]
                row.append(" / ".join(pct(sc, lv) for lv in scoremod.LEVELS))
            else:
                row.append("")
        w("| " + " | ".join(row) + " |")
    w("")
    # filing metadata
    meta_report(results, kinds, w)
    statements_report(results, kinds, w)
    items_report(results, kinds, w)
    checksmod.report(results, kinds, w)

    concepts_report(results, kinds, w)
    # gold health
    bad = [(s, g["byte_scan"]) for s, g in golds.items() if not g["byte_scan"]["ok"] or g["byte_scan"].get("text_mismatches")]
    html_parsed = [s for s, g in golds.items() if g["byte_scan"]["parser"] == "html"]
    w("Gold: %d table facts, plus %d prose, %d in label cells, %d hidden and %d `dei:` facts kept unscored "
      "(`%s/gold/<filing>.json`). Byte scan and lxml agree on every filing%s.%s"
      % (sum(len(g["table_facts"]) for g in golds.values()), sum(len(g["prose_facts"]) for g in golds.values()),
         sum(len(g["label_cell_facts"]) for g in golds.values()), sum(len(g["hidden_facts"]) for g in golds.values()),
         sum(len(g["dei_facts"]) for g in golds.values()), rel(WORK),
         "" if not bad else " **except: " + "; ".join("%s %s" % (s, json.dumps(b, sort_keys=True)) for s, b in bad) + "**",
         (" Not well-formed XML, read with lxml's HTML parser: %s." % ", ".join("`%s`" % s for s in html_parsed))
         if html_parsed else ""))
    w("")
    # causes
    if not fast:
        w("### Causes")
        w("")
        w("Each miss counted once, under the first level it fails (`cause: detail`); all of them, with the "
          "cell, its table's title and units, are in `%s/misses-<kind>.jsonl`." % rel(WORK))
        w("")
        for k in kinds:
            r = results[k]
            if r["status"] != "scored":
                continue
            c = Counter(cause_key(m) for m in r["misses"])
            w("**%s** (%d misses of %d facts)" % (k, len(r["misses"]), r["total"].n))
            w("")
            w("| cause | misses | % of facts | examples |")
            w("|---|---:|---:|---|")
            for key, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
                ex = [m for m in r["misses"] if cause_key(m) == key]
                picks = spread(ex, 3)
                w("| %s | %d | %.1f | %s |" % (key, n, 100.0 * n / r["total"].n if r["total"].n else 0,
                                             "<br>".join(example(m) for m in picks)))
            rest = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[10:]
            if rest:
                w("| (%d more causes) | %d | | %s |" % (len(rest), sum(n for _, n in rest),
                                                     "; ".join("%s %d" % kv for kv in rest)[:400]))
            w("")
            also = Counter(a for m in r["misses"] for a in m.get("also") or [])
            if also:
                w("Later levels the same misses fail too (`also`): %s."
                  % ", ".join("%s %d" % kv for kv in sorted(also.items(), key=lambda kv: (-kv[1], kv[0]))))
                w("")
    if facts_text:
        w(facts_text)
    return "\n".join(lines) + "\n"


META_TARGETS = {"html": "100", "layout": "95", "markdown": "95", "reading-order": "95"}


def meta_report(results, kinds, w):
    """The filing-metadata table (issue #19): Folio's documents.jsonl against the dei: facts."""
    scored = [k for k in kinds if results[k]["status"] == "scored" and "metadata" in results[k]]
    if not scored:
        return
    w("Filing metadata (#19): each filing's `dei:` facts are the gold (ACCURACY.md, Filing metadata); fields right "
      "of fields scored, per field right/scored.")
    w("")
    w("| input kind | filings | fields right | " + " | ".join(metamod.SHORT[c] for c in metamod.FIELDS) + " | target |")
    w("|---|---:|---:|" + "---:|" * len(metamod.FIELDS) + "---|")
    for k in scored:
        m = results[k]["metadata"]
        right, n, by = metamod.totals(m)
        cols = []
        for c in metamod.FIELDS:
            r_, n_ = by[c]
            cols.append("not printed" if n_ == 0 and k != "html" and c in metamod.NOT_PRINTED else "%d/%d" % (r_, n_))
        w("| %s | %d | %d/%d = %s%% | %s | >= %s%% (#19) |"
          % (k, len(m["per"]), right, n, "%.1f" % (100.0 * right / n) if n else "-", " | ".join(cols),
             META_TARGETS.get(k, "-")))
    w("")
    wrong = [x for k in scored for x in results[k]["metadata"]["misses"]]
    if wrong:
        w("Metadata misses (all %d; `%s/misses-metadata-<kind>.jsonl`): %s."
          % (len(wrong), rel(WORK), "; ".join('%s %s %s: gold "%s", Folio %s' % (x["kind"], x["doc"], metamod.SHORT[x["concept"]],
                                                                               x["gold"], json.dumps(x["folio"], ensure_ascii=False))
                                              for x in wrong[:30]).replace("|", "\\|")))
        w("")


ITEM_TARGETS = {"layout": "98% (#17)", "markdown": "98% (#17)", "reading-order": "98% (#17)", "pdf": "99% (#18)"}


def items_report(results, kinds, w):
    """The 10-K/10-Q Items table (issues #17, #18): sections.jsonl against the filing's own Item headings."""
    scored = [k for k in kinds if results[k]["status"] == "scored" and results[k].get("items")]
    if not scored:
        return
    w("10-K/10-Q Items (#17, #18): each Item heading of the filing's HTML body (table of contents and running "
      "headers left out) is the gold (ACCURACY.md, 10-K and 10-Q Items); right when exactly one Folio section names "
      "the Item, in the filing's order. *extra*: Folio Item sections the filing does not have.")
    w("")
    w("| input kind | filings | Items | right | extra | target |")
    w("|---|---:|---:|---:|---:|---|")
    for k in scored:
        r_, n_, x_ = itemsmod.totals(results[k]["items"])
        w("| %s | %d | %d | %d = %s%% | %d | %s |"
          % (k, len(results[k]["items"]["per"]), n_, r_, "%.1f" % (100.0 * r_ / n_) if n_ else "-", x_,
             (">= " + ITEM_TARGETS[k]) if k in ITEM_TARGETS else "-"))
    w("")
    causes = Counter((x["kind"], x["cause"]) for k in scored for x in results[k]["items"]["misses"])
    if causes:
        w("Item misses by kind and cause (`%s/misses-items-<kind>.jsonl`): %s."
          % (rel(WORK), "; ".join("%s %s %d" % (k, c, n) for (k, c), n in sorted(causes.items()))))
        w("")


def statements_report(results, kinds, w):
    """The statement-kind table (issue #19): tables.statement against the gold from tagged concepts."""
    scored = [k for k in kinds if results[k]["status"] == "scored" and "statements" in results[k]]
    if not scored:
        return
    w("Statement kind (#19): each HTML table's tagged concepts give its gold kind (ACCURACY.md, Statement kind); "
      "primary statements classified right, and note tables Folio calls a primary statement.")
    w("")
    w("| input kind | primary statements | right | note tables matched | called primary | target |")
    w("|---|---:|---:|---:|---:|---|")
    for k in scored:
        t = stmod.totals(results[k]["statements"])
        w("| %s | %d | %d = %s%% | %d | %d | >= 98%%, 0 (#19) |"
          % (k, t["primary"], t["primary_right"], "%.1f" % (100.0 * t["primary_right"] / t["primary"]) if t["primary"] else "-",
             t["notes"], t["notes_called_primary"]))
    w("")
    wrong = [x for k in scored for x in results[k]["statements"]["misses"]]
    if wrong:
        w("Statement misses (all %d; `%s/misses-statements-<kind>.jsonl`): %s."
          % (len(wrong), rel(WORK), "; ".join('%s %s table %s "%s": gold %s, Folio %s'
                                              % (x["kind"], x["doc"], x["table_id"], (x["title"] or "")[:50], x["gold"], x["folio"])
                                              for x in wrong[:30]).replace("|", "\\|")))
        w("")


def concepts_report(results, kinds, w):
    """The line-item concept table (issue #19): the dictionary's concept, leave-one-filing-out."""
    scored = [k for k in kinds if results[k]["status"] == "scored" and results[k].get("concepts")]
    if not scored:
        return
    w("Line-item concepts (#19): each line item of the gold's primary statements (an HTML row, its concept the one most "
      "of its facts carry) against the dictionary concept of the Folio cell found for it, the dictionary built without "
      "that filing (ACCURACY.md, Line-item concepts). *wrong*: a concept given that is not the filer's (worse than "
      "none: it sums the figure under another line item); *precision*: right / (right + wrong). *reachable*: the "
      "filer's concept is in the other filings' dictionary at all (the most any dictionary of them could score).")
    w("")
    w("| input kind | line items | right | wrong | precision | of those found | found | reachable | Folio = emulation "
      "| target |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for k in scored:
        c = results[k]["concepts"]
        t = conmod.totals(c)
        n = t["items"] or 1
        a = c["agreement"]
        w("| %s | %d | %d = %.1f%% | %d | %.1f%% | %.1f%% | %d | %d = %.1f%% | %d/%d | >= 90%% (#19) |"
          % (k, t["items"], t["right"], 100.0 * t["right"] / n, t["wrong"],
             100.0 * t["right"] / ((t["right"] + t["wrong"]) or 1), 100.0 * t["right"] / (t["found"] or 1), t["found"],
             t["reachable"], 100.0 * t["reachable"] / n, a[0], a[1]))
    w("")


def spread(items, n):
    """n examples from different filings where possible, deterministically."""
    out, seen = [], set()
    for m in items:
        if m["doc"] not in seen:
            out.append(m)
            seen.add(m["doc"])
        if len(out) == n:
            return out
    for m in items:
        if m not in out:
            out.append(m)
        if len(out) == n:
            break
    return out


def update_file(path, text):
    begin, end = "<!-- %s:begin -->" % MARKERS[0], "<!-- %s:end -->" % MARKERS[0]
    with open(path, encoding="utf-8") as fh:
        doc = fh.read()
    if begin not in doc or end not in doc:
        log("%s has no %s ... %s markers" % (path, begin, end))
        sys.exit(2)
    a = doc.index(begin) + len(begin)
    b = doc.index(end)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(doc[:a] + "\n" + text + doc[b:])
    log("updated %s" % rel(path))


# ------------------------------------------------------------------------------------------
# floors

def floor_scores(results):
    out = OrderedDict()
    for k, r in results.items():
        if k.startswith("_") or r["status"] != "scored":
            continue
        per = OrderedDict()
        for s, sc in list(r["per"].items()) + [("TOTAL", r["total"])]:
            # rounded down, so that the same run is never below its own floor
            per[s] = OrderedDict((lv, math.floor(sc.pct(lv) * 100 + 1e-6) / 100 if sc.n else None)
                                 for lv in scoremod.LEVELS)
        out[k] = per
    return out


def check_floors(floors, results):
    """Messages for every score below its floor (or no longer measured)."""
    now = floor_scores(results)
    drops = []
    for k, per in floors["floors"].items():
        for s, lvls in per.items():
            for lv, f in lvls.items():
                if f is None:
                    continue
                got = now.get(k, {}).get(s, {}).get(lv)
                if got is None:
                    drops.append("%s %s %s: floor %.2f%%, not measured" % (k, s, LEVEL_TITLES[lv], f))
                elif got + 1e-9 < f:
                    drops.append("%s %s %s: %.2f%% < floor %.2f%%" % (k, s, LEVEL_TITLES[lv], got, f))
    return drops


# ------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(prog="scripts/accuracy", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fast", action="store_true",
                    help="the CI subset (filings and kinds named in scripts/accuracy-floors.json); "
                         "exit 1 when a score drops below its floor")
    ap.add_argument("--update-floors", action="store_true",
                    help="run the fast subset and write its scores as the floors (scripts/accuracy-floors.json)")
    ap.add_argument("--update", metavar="FILE",
                    help="write the report between <!-- accuracy:begin --> and <!-- accuracy:end --> of FILE")
    ap.add_argument("--kinds", help="comma-separated input kinds (default: all: %s)" % ",".join(KINDS))
    ap.add_argument("--filings", help="comma-separated filing stems (default: every inline-XBRL filing)")
    ap.add_argument("--jobs", type=int, default=2, help="Folio --jobs (default 2)")
    ap.add_argument("--build", choices=("release", "debug"),
                    help="which Folio build to use: release (default), or debug (default with --fast: CI has "
                         "just built it for the tests; scores do not depend on the build)")
    ap.add_argument("--no-build", action="store_true", help="use the existing .build/<config>/folio as it is")
    ap.add_argument("--self-test", action="store_true", help="run the scorer's own unit tests and exit")
    ap.add_argument("--held-out", action="store_true",
                    help="score the held-out filings (the inline-XBRL filings outside ixbrl/) and their renditions "
                         "made by scripts/held-out-renditions in .accuracy/held-out/renditions; outputs in "
                         ".accuracy/held-out; --update writes between <!-- accuracy-held-out:begin/end -->")
    a = ap.parse_args(argv)
    if a.held_out and (a.fast or a.update_floors or a.filings):
        ap.error("--held-out takes no --fast, --update-floors or --filings")

    if a.self_test:
        r = subprocess.run([sys.executable, "-m", "unittest", "discover", "-s",
                            os.path.join(ROOT, "scripts", "accuracy_tests"), "-v"], cwd=ROOT)
        sys.exit(r.returncode)

    if not os.path.isdir(CORPUS):
        print("accuracy: skipped: %s is absent (the shared corpus is the gold)" % CORPUS)
        sys.exit(0)

    fast = a.fast or a.update_floors
    FACTS_TEXT[0] = not fast and not a.filings and not a.held_out
    floors = None
    if fast:
        if a.update_floors or not os.path.isfile(FLOORS):
            subset = FAST_DEFAULT
            if not a.update_floors:
                log("no %s: run scripts/accuracy --update-floors" % rel(FLOORS))
                sys.exit(2)
        else:
            with open(FLOORS) as fh:
                floors = json.load(fh)
            subset = floors["subset"]
        kinds = list(subset["kinds"])
        stems = set(subset["stems"])
    else:
        kinds = a.kinds.split(",") if a.kinds else list(KINDS)
        stems = set(a.filings.split(",")) if a.filings else None
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        ap.error("unknown kind(s): %s" % ", ".join(unknown))

    global WORK
    if fast:
        # the subset's outputs apart, so a CI run never replaces the full run's misses
        WORK = os.path.join(WORK, "fast")
    if a.held_out:
        RENDITIONS[0] = os.path.join(WORK, "held-out", "renditions")
        if not os.path.isdir(RENDITIONS[0]):
            log("no %s: run scripts/held-out-renditions first" % rel(RENDITIONS[0]))
            sys.exit(2)
        WORK = os.path.join(WORK, "held-out")
        HELD_OUT[0] = True
        MARKERS[0] = "accuracy-held-out"
        stems = {stem(f) for f in html_inputs()} - {stem(f) for f in glob.glob(os.path.join(CORPUS, "ixbrl", "*"))}
    os.makedirs(WORK, exist_ok=True)
    t0 = time.monotonic()
    config = a.build or ("debug" if fast else "release")
    golds, results, gold_secs = run(kinds, stems, a.jobs, a.no_build, config)
    results["_build"] = config
    results["_jobs"] = a.jobs
    command = "scripts/accuracy" + "".join(" " + x for x in (argv if argv is not None else sys.argv[1:]))
    text = report(golds, results, gold_secs, command, fast)
    with open(os.path.join(WORK, "report.md"), "w", encoding="utf-8") as fh:
        fh.write(text)
    scores = OrderedDict((k, {"status": r["status"], **({"total": r["total"].as_dict(),
                                                       "per_filing": {s: sc.as_dict() for s, sc in r["per"].items()}}
                                                      if r["status"] == "scored" else {"reason": r.get("reason")})})
                         for k, r in results.items() if not k.startswith("_"))
    with open(os.path.join(WORK, "scores.json"), "w", encoding="utf-8") as fh:
        json.dump(scores, fh, indent=1)
        fh.write("\n")
    print(text if not fast else text.split("\nPer filing")[0])
    if a.update:
        update_file(a.update, text)
    log("done in %.0f s (report: %s/report.md, misses: %s/misses-<kind>.jsonl)"
        % (time.monotonic() - t0, rel(WORK), rel(WORK)))

    if a.update_floors:
        out = OrderedDict([("subset", {"stems": sorted(stems), "kinds": kinds}),
                           ("note", "written by scripts/accuracy --update-floors; scripts/accuracy --fast fails "
                                    "when a score (percent) drops below its floor"),
                           ("commit", git("rev-parse", "--short", "HEAD")),
                           ("floors", floor_scores(results))])
        with open(FLOORS, "w") as fh:
            json.dump(out, fh, indent=1)
            fh.write("\n")
        log("wrote %s" % rel(FLOORS))
        return 0
    if fast and floors is not None:
        drops = check_floors(floors, results)
        if drops:
            print("accuracy: %d score(s) below their floor (scripts/accuracy-floors.json):" % len(drops))
            for d in drops:
                print("  " + d)
            return 1
        print("accuracy: every score at or above its floor (scripts/accuracy-floors.json)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
