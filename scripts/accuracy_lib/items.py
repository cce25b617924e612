"""10-K and 10-Q Items scored against the filing's own headings (issues #17, #18).

The gold is read from the inline-XBRL HTML with lxml, sharing no code with Folio's segmenter:

- a *block* is an HTML block element (`p`, `div`, `td`, `th`, `h1`-`h6`, `li`, ...); its own text
  is its text and that of its inline descendants, not of nested blocks (a heading `div` that also
  holds a rule drawn as a table keeps its heading text);
- a block whose own text starts with `Item <number>[A-C]` (optionally after `Part <I-IV>`), at
  most 200 characters long, is an Item heading; a block of at most 80 characters starting with
  `Part <I-IV>` and not followed by an Item sets the part;
- the table of contents is left out: Item headings inside a `<table>` that holds three or more of
  them;
- the first occurrence of each Item is kept (later ones are running page headers); the key is the
  Item number for a 10-K (numbers are unique across its parts) and (part, number) for a 10-Q (Part
  I and Part II both have an Item 1; an Item before any part heading is in Part I).

Folio's side is `sections.jsonl` of the same filing (the HTML or a rendition), in section order: a
section whose heading parses the same way is Folio's Item, its part the latest `PART` section
before it. An Item is *right* when exactly one Folio section has its key and Folio's Items follow
the gold order (the Item is in the longest common subsequence of the two orders). Misses:
`missing` (no section), `duplicate` (several sections, e.g. the contents read as headings),
`out of order`. Folio Items whose key the gold does not have are counted as `extra`.
Only filings whose `dei:DocumentType` is 10-K or 10-Q (or their amendments) are scored.
"""

import re
from collections import OrderedDict

from . import gold as goldmod

BLOCKS = {"p", "div", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "tbody", "thead",
          "tfoot", "body", "section", "center", "ul", "ol", "br", "hr", "article", "header", "footer", "blockquote"}
CONTAINERS = {"tr", "table", "tbody", "thead", "tfoot", "body", "ul", "ol", "br", "hr"}
ITEM = re.compile(r"^(?:part\s+(i{1,3}|iv)\s*[,.\-\u2013\u2014:]?\s*)?item\s*(\d{1,2}[a-c]?)\s*(?:[.:\-\u2013\u2014]|\s|$)",
                  re.I)
PART = re.compile(r"^part\s+(i{1,3}|iv)\b", re.I)
MAX_ITEM_CHARS = 200
MAX_PART_CHARS = 80
TOC_ITEMS = 3


def form_of(g):
    """`10-K`, `10-Q` or None (any other form, or no `dei:DocumentType`)."""
    for f in g.get("dei_facts", []):
        if f.get("concept") == "dei:DocumentType":
            v = re.sub(r"\s+", "", (f.get("displayed") or "")).upper()
            if v.startswith("10-K"):
                return "10-K"
            if v.startswith("10-Q"):
                return "10-Q"
            return None
    return None


def own_text(el):
    """The element's text and its inline descendants', not that of nested blocks."""
    out = [el.text or ""]
    for c in el:
        if isinstance(c.tag, str) and goldmod.local(c) not in BLOCKS:
            out.append(own_text(c))
        out.append(c.tail or "")
    return "".join(out)


def parse_heading(text):
    """("part", "II") or ("item", "7A", part or None) or None."""
    t = goldmod.collapse(text)
    m = PART.match(t)
    if m and len(t) <= MAX_PART_CHARS:
        rest = t[m.end():].lstrip(" .,-\u2013\u2014:")
        if not ITEM.match(rest):
            return ("part", m.group(1).upper())
    m = ITEM.match(t)
    if m and len(t) <= MAX_ITEM_CHARS:
        return ("item", m.group(2).upper(), m.group(1).upper() if m.group(1) else None)
    return None


def key_of(form, part, number):
    return number if form == "10-K" else (part or "I", number)


def gold_items(path, form):
    """[(key, heading text)] of a filing's body Items, in document order."""
    with open(path, "rb") as fh:
        root, _ = goldmod.parse(fh.read())
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = goldmod.local(el)
        if name not in BLOCKS or name in CONTAINERS:
            continue
        text = goldmod.collapse(own_text(el))
        h = parse_heading(text) if text else None
        if h is None:
            continue
        table = next((a for a in el.iterancestors() if goldmod.local(a) == "table"), None)
        found.append((h, text, table))
    per_table = {}
    for h, _, table in found:
        if h[0] == "item" and table is not None:
            per_table[id(table)] = per_table.get(id(table), 0) + 1
    items, seen, part = [], set(), None
    for h, text, table in found:
        if table is not None and per_table.get(id(table), 0) >= TOC_ITEMS:
            continue
        if h[0] == "part":
            part = h[1]
            continue
        k = key_of(form, h[2] or part, h[1])
        if k not in seen:
            seen.add(k)
            items.append((k, text))
    return items


def folio_items(sections, form):
    """[(key, heading, section_id)] of Folio's Item sections, in section order."""
    out, part = [], None
    for s in sorted(sections, key=lambda s: s.get("ordinal") or 0):
        h = parse_heading(s.get("heading") or "")
        if h is None:
            continue
        if h[0] == "part":
            part = h[1]
            continue
        out.append((key_of(form, h[2] or part, h[1]), goldmod.collapse(s.get("heading") or ""), s.get("section_id")))
    return out


def lcs(a, b):
    """The elements of `a` in a longest common subsequence of `a` and `b`."""
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    out, i, j = set(), 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.add(a[i])
            i, j = i + 1, j + 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def score(kind, golds, files, sections_by_doc):
    """{"per": {stem: (right, items, extra)}, "misses": [...]} over the 10-K/10-Q filings."""
    per, misses = OrderedDict(), []
    for s, g in golds.items():
        form = form_of(g)
        if form is None or s not in files:
            continue
        gold = gold_items(files[s], form)
        if not gold:
            continue
        mine = folio_items(sections_by_doc.get(s, []), form)
        keys = [k for k, _, _ in mine]
        gold_keys = [k for k, _ in gold]
        in_order = lcs(gold_keys, [k for k in keys if keys.count(k) == 1])
        right = 0
        for k, text in gold:
            n = keys.count(k)
            if n == 1 and k in in_order:
                right += 1
                continue
            cause = "missing" if n == 0 else "duplicate" if n > 1 else "out of order"
            misses.append({"kind": kind, "doc": s, "item": k if isinstance(k, str) else "%s/%s" % k,
                           "cause": cause, "gold_heading": text[:120],
                           "folio_headings": [h for kk, h, _ in mine if kk == k][:5]})
        extra = [(k, h) for k, h, _ in mine if k not in gold_keys]
        for k, h in extra:
            misses.append({"kind": kind, "doc": s, "item": k if isinstance(k, str) else "%s/%s" % k,
                           "cause": "extra", "gold_heading": None, "folio_headings": [h]})
        per[s] = (right, len(gold), len(extra))
    return {"per": per, "misses": misses}


def totals(result):
    right = sum(r for r, _, _ in result["per"].values())
    items = sum(n for _, n, _ in result["per"].values())
    extra = sum(e for _, _, e in result["per"].values())
    return right, items, extra
