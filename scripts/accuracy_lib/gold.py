"""The gold reader: an inline-XBRL filing's own tags, read with lxml.

Shares no code with Folio's reader (Swift, libxml2 through its own tree): a reader bug on
either side cannot hide itself. For one filing it returns

- `table_facts`: every `ix:nonFraction` inside a value cell of an HTML table (not inside the
  row's label cell, not `xsi:nil`, not in `ix:hidden`): the number as displayed, its magnitude
  (displayed x 10^scale, `sign="-"` applied), the row label, the concept, the context's period,
  `format`, `scale`, the displayed sign and the byte span of the displayed figure in the file;
- `prose_facts`: the other visible `ix:nonFraction` facts (outside any table cell);
- `label_cell_facts`: facts printed inside a row's label cell (`Notes due 2029 (4.5%)`);
- `hidden_facts`: facts in `ix:hidden`;
- `dei_facts`: every `dei:` fact (`ix:nonNumeric` and `ix:nonFraction`), wherever it is.

Only the table facts are scored today; the others are kept for later work (prose facts and
the cover page).

Byte spans: lxml gives no byte offsets, so `scan_fact_tags` finds the facts' tags by a scan of
the raw bytes (comments, CDATA and quoted attribute values skipped), in document order, and
`read_gold` checks that the scan and lxml agree on the count and the concept of every fact.
When they do not, the spans of that filing are dropped and the disagreement is reported
(`byte_scan.ok` false) rather than guessed.
"""

import hashlib
import html
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from lxml import etree
import lxml.html

IX_NS = {"http://www.xbrl.org/2013/inlineXBRL", "http://www.xbrl.org/2008/inlineXBRL"}
XBRLI_NS = "http://www.xbrl.org/2003/instance"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"

WS = re.compile(r"\s+")


def collapse(s):
    """Whitespace (any Unicode space, NBSP included) collapsed to one space, ends trimmed."""
    return WS.sub(" ", s).strip()


def local(el):
    """Lower-case local name of an element ('' for comments and processing instructions)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    if tag.startswith("{"):
        return tag.rsplit("}", 1)[1].lower()
    return tag.rsplit(":", 1)[-1].lower()


def namespace(el):
    tag = el.tag
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return None


def is_ix(el, name):
    """True for the inline-XBRL element `name` (lower case), parsed as XML (namespaced) or
    as HTML (the tag keeps its prefix: `ix:nonfraction`)."""
    tag = el.tag
    if not isinstance(tag, str):
        return False
    if tag.startswith("{"):
        ns, ln = tag[1:].split("}", 1)
        return ns in IX_NS and ln.lower() == name
    # libxml2's HTML parser drops the prefix: `nonfraction`, `hidden` (no HTML element of
    # those names exists)
    return tag.lower() in ("ix:" + name, name)


def attr(el, name):
    """An attribute by local name, whatever its namespace or case (HTML parsing lower-cases)."""
    v = el.get(name)
    if v is not None:
        return v
    lname = name.lower()
    for k, val in el.attrib.items():
        kl = k.rsplit("}", 1)[-1].lower()
        if kl == lname or kl.endswith(":" + lname):
            return val
    return None


def is_nil(el):
    v = el.get(XSI_NIL)
    if v is None:
        v = attr(el, "nil")
    return v is not None and v.strip().lower() in ("true", "1")


# ------------------------------------------------------------------------------------------
# parsing

def parse(raw):
    """(root, how): XML first (inline XBRL is XHTML); a file that is not well-formed XML is
    read with lxml's HTML parser, and `how` says so."""
    try:
        parser = etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True,
                                 remove_comments=False)
        return etree.fromstring(raw, parser), "xml"
    except etree.XMLSyntaxError:
        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=False)
        return lxml.html.fromstring(raw, parser=parser), "html"


# ------------------------------------------------------------------------------------------
# numbers as displayed

WORD_NUMBERS = {
    "no": 0, "none": 0, "zero": 0, "nil": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
WORD_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}


def words_value(text):
    """`ixt-sec:numwordsen`: `three`, `twenty-one`, `one hundred`, `no`."""
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s\-]+", text.lower().strip()):
        if not w or w == "and":
            continue
        if w in WORD_NUMBERS:
            current += WORD_NUMBERS[w]
            seen = True
        elif w in WORD_SCALES:
            current = max(current, 1) * WORD_SCALES[w]
            if WORD_SCALES[w] >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return Decimal(total + current) if seen else None


def displayed_value(text, fmt):
    """The displayed figure as a non-negative Decimal, read by the fact's `format`
    (ixt transformation registry 3-5 names and their older spellings); None when unreadable."""
    f = (fmt or "").split(":")[-1].lower().replace("-", "")
    t = text.strip()
    if f in ("fixedzero", "zerodash", "nocontent"):
        return Decimal(0)
    if f == "numwordsen":
        v = words_value(t)
        if v is not None:
            return v
    if f == "numcommadecimal":
        t = t.replace(".", "").replace(" ", "").replace("\u00a0", "").replace(",", ".")
    else:
        t = t.replace(",", "").replace(" ", "").replace("\u00a0", "")
    t = t.strip("()$€£¥%").replace("\u2212", "-")
    if t in ("-", "\u2014", "\u2013"):
        return Decimal(0)   # a lone dash printed for zero
    m = re.fullmatch(r"-?(\d+(\.\d*)?|\.\d+)", t)
    if not m:
        return None
    try:
        return abs(Decimal(t))
    except InvalidOperation:
        return None


def to_number(d):
    """A Decimal as a JSON number: an int when integral, else a float."""
    if d == d.to_integral_value():
        return int(d)
    return float(d)


# ------------------------------------------------------------------------------------------
# contexts and units

def read_contexts(root):
    """context id -> {period, dimensions}; period is {start, end} or {instant} (ISO dates)."""
    contexts = {}
    for el in root.iter():
        if local(el) != "context" or (namespace(el) not in (XBRLI_NS, None)):
            continue
        cid = el.get("id")
        if not cid:
            continue
        period = {}
        dims = []
        for sub in el.iter():
            ln = local(sub)
            txt = (sub.text or "").strip()
            if ln == "startdate":
                period["start"] = txt[:10]
            elif ln == "enddate":
                period["end"] = txt[:10]
            elif ln == "instant":
                period["instant"] = txt[:10]
            elif ln == "forever":
                period["forever"] = True
            elif ln in ("explicitmember", "typedmember"):
                dims.append({"dimension": sub.get("dimension"), "member": collapse("".join(sub.itertext()))})
        if "start" in period and "end" in period:
            period = {"start": period["start"], "end": period["end"]}
        contexts[cid] = {"period": period or None, "dimensions": dims}
    return contexts


def read_units(root):
    units = {}
    for el in root.iter():
        if local(el) != "unit" or not el.get("id"):
            continue
        measures = [collapse(m.text or "") for m in el.iter() if local(m) == "measure"]
        if len(measures) == 2 and any(local(x) == "divide" for x in el.iter()):
            units[el.get("id")] = measures[0] + "/" + measures[1]
        else:
            units[el.get("id")] = "*".join(measures)
    return units


# ------------------------------------------------------------------------------------------
# tables: cells, rows, labels, displayed sign

def ancestors(el):
    p = el.getparent()
    while p is not None:
        yield p
        p = p.getparent()


def row_cells(tr):
    return [c for c in tr if local(c) in ("td", "th")]


def has_letter(s):
    return any(ch.isalpha() for ch in s)


SCALE_SUFFIXES = {"k", "m", "mm", "mn", "b", "bn", "thousand", "thousands", "million", "millions",
                  "billion", "billions"}
LETTER_RUN = re.compile(r"[^\W\d_]+")


def holds_label_letter(s):
    """Whether a cell's text holds a letter that is not only a figure's scale suffix
    (`$445 M`, `1.2 bn` are figures, not labels). A suffix follows a figure: a lone `B` (a
    share class) or `M` with no figure before it is a label."""
    for m in LETTER_RUN.finditer(s):
        if m.group().lower() not in SCALE_SUFFIXES or not s[:m.start()].rstrip().endswith(DIGITS):
            return True
    return False


DIGITS = tuple("0123456789")


def year_label_cell(cells, value_cell):
    """A row without a letter (a maturity schedule's `2026 | $ 892 | $ 418`): its label is
    the first cell left of the figure that prints something other than a currency sign and
    holds no tagged fact (`ix:nonFraction` or `ix:nonNumeric`: a tagged remaining life `4.1`
    is a figure of the row, not its label)."""
    for c in cells:
        if c is value_cell:
            return None
        t = collapse("".join(c.itertext())).strip("$€£¥ ")
        if t and not any(is_ix(e, "nonfraction") or is_ix(e, "nonnumeric") for e in c.iter()):
            return c
    return None


def grid_starts(cells):
    """The grid column where each cell of a row starts (`colspan` counted; rows' `rowspan`s are
    not, which EDGAR's statement tables do not use for their label column)."""
    starts, col = [], 0
    for c in cells:
        starts.append(col)
        try:
            span = int((c.get("colspan") or "1").strip())
        except ValueError:
            span = 1
        col += min(max(span, 1), 1000)
    return starts


def table_label_column(table, cache):
    """The table's label column: the grid column where most of its rows that hold a letter
    have their label (the first cell with a letter); the leftmost on a tie; None when no row
    holds a letter."""
    key = ("label_column", id(table))
    if key not in cache:
        counts = {}
        for r in own_rows(table):
            cells = row_cells(r)
            for c, start in zip(cells, grid_starts(cells)):
                if holds_label_letter("".join(c.itertext())):
                    counts[start] = counts.get(start, 0) + 1
                    break
        column = min(counts, key=lambda k: (-counts[k], k)) if counts else None
        cache[key] = (table, column)   # the table kept alive: its id stays its own
    return cache[key][1]


def letterless_label_cell(table, cells, value_cell, cache):
    """A row without a letter takes its label from the table's label column: the cell
    covering that grid column, when it is left of the figure or the figure's own cell
    (`2026 | $ 892 | $ 418` under `Thereafter` / `Total` rows gives `2026`; a price-range row
    `$ 218.21 | 2 | 4.1 | ...` gives `$ 218.21`). When that cell is empty (a segment's second
    year row `| 2024 | 3,550 | ...` under `Beauty | 2025 | 3,490 | ...`, a total row) or the
    table has no lettered row, `year_label_cell` decides."""
    column = table_label_column(table, cache)
    if column is None:
        return year_label_cell(cells, value_cell)
    starts = grid_starts(cells)
    for i, (c, start) in enumerate(zip(cells, starts)):
        end = starts[i + 1] if i + 1 < len(starts) else start + 1
        if start <= column < end:
            text = collapse("".join(c.itertext())).strip("$€£¥ ")
            return c if text else year_label_cell(cells, value_cell)
        if c is value_cell:   # the figure is left of the label column: no label
            return None
    return None


def is_superscript(el):
    if local(el) == "sup":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "vertical-align:super" in style


def text_without_superscripts(el):
    """The element's text with superscript descendants (footnote markers) left out."""
    parts = []

    def walk(e):
        if is_superscript(e):
            return
        if e.text and isinstance(e.tag, str):
            parts.append(e.text)
        for c in e:
            walk(c)
            if c.tail:
                parts.append(c.tail)
    walk(el)
    return "".join(parts)


TRAILING_MARKER = re.compile(r"(\s*(\(\s*[0-9a-zA-Z]{1,2}\s*\)|\*+|[\u2020\u2021\u00a7]+))+\s*$")


def label_core(text):
    """A label without its trailing footnote markers: `Revenue (1)(2)`, `Revenue*`,
    `Revenue †` -> `Revenue`."""
    core = TRAILING_MARKER.sub("", text)
    return collapse(core) if has_letter(core) else collapse(text)


def text_around(cell, target):
    """(before, after): the cell's text before and after the element `target`."""
    before, after = [], []
    state = {"seen": False}

    def walk(e):
        if e is target:
            state["seen"] = True
            return
        if e.text and isinstance(e.tag, str):
            (after if state["seen"] else before).append(e.text)
        for c in e:
            walk(c)
            if c.tail:
                (after if state["seen"] else before).append(c.tail)
    walk(cell)
    return "".join(before), "".join(after)


MINUS = ("-", "\u2212", "\u2013")
CURRENCY_EDGE = "$€£¥ \t\r\n\u00a0\u2009\u202f"


def displayed_sign(cell, fact, row, displayed_text):
    """-1 when the figure is printed negative (a `(` or a minus before it in its cell, or the
    figure's own text starting with one), else +1; and whether a `)` closes it (in the cell,
    or at the start of the next cell of the row, where many filers print it)."""
    before, after = text_around(cell, fact)
    b = before.rstrip(CURRENCY_EDGE)
    # `US$`, `RMB` and other letters before the figure are not a sign
    b = re.sub(r"[A-Za-z]+\$?$", "", b).rstrip(CURRENCY_EDGE)
    neg = False
    if b.endswith("("):
        neg = True
    elif b.endswith(MINUS):
        # a minus, unless it separates a range (`4.6% - 5.2%`, `2025 - 2034`)
        left = b[:-1].rstrip(CURRENCY_EDGE)
        neg = not left or not (left[-1].isdigit() or left[-1] in "%)")
    dt = displayed_text.strip()
    if dt.startswith("(") or (dt[:1] in MINUS and len(dt) > 1):
        neg = True
    closed = ")" in after.lstrip(CURRENCY_EDGE)[:2] or dt.endswith(")")
    if not closed:
        cells = row_cells(row)
        if cell in cells:
            i = cells.index(cell)
            if i + 1 < len(cells):
                nxt = collapse("".join(cells[i + 1].itertext()))
                closed = nxt.startswith(")")
    return (-1 if neg else 1), closed


# ------------------------------------------------------------------------------------------
# the byte scan

def scan_fact_tags(raw, prefixes):
    """Start tags of `<prefix:nonFraction>` (any of `prefixes`, case-insensitive) in the raw
    bytes, in document order: [(name, display_start, display_end)] where the display span
    covers the figure's text (tags inside the element skipped, surrounding whitespace and
    `&#160;`/`&nbsp;` trimmed). Comments, CDATA sections and quoted attribute values are
    skipped, so a `<` inside them is not taken for a tag."""
    low = raw.lower()
    opens = tuple(("<" + p + ":nonfraction").encode() for p in prefixes)
    closes = tuple(("</" + p + ":nonfraction").encode() for p in prefixes)
    n = len(raw)
    out = []
    stack = []   # indexes into out of elements whose content is open
    content_starts = []
    i = 0

    def tag_end(j):
        """Index just after the `>` ending the tag starting at j (quotes respected)."""
        q = None
        while j < n:
            c = raw[j]
            if q is not None:
                if c == q:
                    q = None
            elif c in (0x22, 0x27):
                q = c
            elif c == 0x3E:
                return j + 1
            j += 1
        return n

    while True:
        j = raw.find(b"<", i)
        if j < 0:
            break
        if raw.startswith(b"<!--", j):
            k = raw.find(b"-->", j + 4)
            i = n if k < 0 else k + 3
            continue
        if raw.startswith(b"<![CDATA[", j):
            k = raw.find(b"]]>", j + 9)
            i = n if k < 0 else k + 3
            continue
        end = tag_end(j)
        tag = raw[j:end]
        ltag = low[j:end]
        matched_open = next((o for o in opens if ltag.startswith(o) and len(ltag) > len(o)
                             and ltag[len(o)] in b" \t\r\n/>"), None)
        if matched_open is not None:
            m = re.search(rb"""\sname\s*=\s*("([^"]*)"|'([^']*)')""", tag)
            name = (m.group(2) if m.group(2) is not None else m.group(3)).decode("utf-8", "replace") if m else ""
            self_closing = tag.rstrip().endswith(b"/>")
            out.append([name, None, None])
            if not self_closing:
                stack.append(len(out) - 1)
                content_starts.append(end)
        elif stack and any(ltag.startswith(c) for c in closes):
            idx = stack.pop()
            start = content_starts.pop()
            out[idx][1], out[idx][2] = display_span(raw, start, j)
        i = end
    return [tuple(x) for x in out]


NBSP_ENTITIES = (b"&#160;", b"&nbsp;", b"&#xa0;", b"&#xA0;")


def display_span(raw, start, end):
    """Bytes [start, end) are an element's content: the span from its first to its last
    byte of visible text (tags skipped, whitespace and NBSP entities trimmed)."""
    pieces = []  # (s, e) of text runs outside tags
    i = start
    while i < end:
        j = raw.find(b"<", i, end)
        if j < 0:
            pieces.append((i, end))
            break
        if j > i:
            pieces.append((i, j))
        k = raw.find(b">", j, end)
        i = end if k < 0 else k + 1
    first = last = None
    for s, e in pieces:
        a, b = trim(raw, s, e)
        if a < b:
            if first is None:
                first = a
            last = b
    if first is None:
        return start, start
    return first, last


def trim(raw, s, e):
    while s < e:
        if raw[s] in b" \t\r\n":
            s += 1
            continue
        ent = next((x for x in NBSP_ENTITIES if raw.startswith(x, s) and s + len(x) <= e), None)
        if ent is not None:
            s += len(ent)
            continue
        if raw.startswith("\u00a0".encode(), s):
            s += 2
            continue
        break
    while e > s:
        if raw[e - 1] in b" \t\r\n":
            e -= 1
            continue
        ent = next((x for x in NBSP_ENTITIES if raw.endswith(x, s, e)), None)
        if ent is not None:
            e -= len(ent)
            continue
        if raw.endswith("\u00a0".encode(), s, e):
            e -= 2
            continue
        break
    return s, e


# ------------------------------------------------------------------------------------------
# the gold of one filing

def read_gold(path, doc_id):
    with open(path, "rb") as fh:
        raw = fh.read()
    root, how = parse(raw)
    contexts = read_contexts(root)
    units = read_units(root)

    facts = [el for el in root.iter() if is_ix(el, "nonfraction")]
    prefixes = sorted({(el.prefix or "ix") if how == "xml" else
                       (el.tag.split(":")[0] if ":" in el.tag else "ix") for el in facts} or {"ix"})
    scanned = scan_fact_tags(raw, prefixes)
    names = [attr(el, "name") or "" for el in facts]
    scan_names = [s[0] for s in scanned]
    byte_scan = {"ok": names == scan_names, "lxml_facts": len(facts), "scanned_tags": len(scanned),
                 "prefixes": prefixes, "parser": how}
    if not byte_scan["ok"]:
        first_diff = next((i for i, (a, b) in enumerate(zip(names, scan_names)) if a != b),
                          min(len(names), len(scan_names)))
        byte_scan["first_difference"] = first_diff

    out = {"doc_id": doc_id, "source": path, "sha256": hashlib.sha256(raw).hexdigest(),
           "bytes": len(raw), "byte_scan": byte_scan, "table_facts": [], "prose_facts": [],
           "label_cell_facts": [], "hidden_facts": [], "dei_facts": []}
    text_mismatches = 0
    rows_cache = {}
    # every <table> in document order (proxies kept alive, so id() is stable), for `html_table`
    all_tables = [el for el in root.iter() if local(el) == "table"]
    table_number = {id(t): i for i, t in enumerate(all_tables)}

    for i, el in enumerate(facts):
        name = attr(el, "name") or ""
        ctx = attr(el, "contextRef")
        fmt = attr(el, "format")
        scale_s = attr(el, "scale")
        try:
            scale = int(scale_s) if scale_s not in (None, "") else 0
        except ValueError:
            scale = 0
        sign_attr = attr(el, "sign")
        text = collapse("".join(el.itertext()))
        disp = displayed_value(text, fmt)
        nil = is_nil(el)
        magnitude = None
        if disp is not None:
            mag = disp.scaleb(scale)
            if sign_attr == "-":
                mag = -mag
            magnitude = to_number(mag)
        span = None
        if byte_scan["ok"] and scanned[i][1] is not None:
            span = [scanned[i][1], scanned[i][2]]
            shown = collapse(html.unescape(re.sub(rb"<[^>]*>", b"", raw[span[0]:span[1]]).decode("utf-8", "replace")))
            if shown != text and not nil:
                text_mismatches += 1
        c = contexts.get(ctx) or {}
        rec = {
            "index": i, "id": attr(el, "id"), "concept": name, "context": ctx,
            "period": c.get("period"), "dimensions": c.get("dimensions", []),
            "unit": units.get(attr(el, "unitRef") or "", attr(el, "unitRef")),
            "format": fmt, "scale": scale, "sign_attr": sign_attr,
            "decimals": attr(el, "decimals"), "displayed": text,
            "displayed_value": to_number(disp) if disp is not None else None,
            "magnitude": magnitude, "span": span,
        }
        anc = list(ancestors(el))
        hidden = any(is_ix(a, "hidden") for a in anc)
        if name.lower().startswith("dei:"):
            out["dei_facts"].append(dict(rec, kind="nonFraction", hidden=hidden))
        if nil:
            continue
        if hidden:
            out["hidden_facts"].append(rec)
            continue
        cell = next((a for a in anc if local(a) in ("td", "th")), None)
        row = next((a for a in anc if local(a) == "tr"), None)
        table = next((a for a in anc if local(a) == "table"), None)
        if cell is None or row is None or table is None or cell not in list(row_cells(row)) \
                or table not in list(ancestors(row)):
            out["prose_facts"].append(rec)
            continue
        cells = row_cells(row)
        label_cell = next((c2 for c2 in cells if holds_label_letter("".join(c2.itertext()))), None)
        if label_cell is None:
            label_cell = letterless_label_cell(table, cells, cell, rows_cache)
        if label_cell is cell:
            out["label_cell_facts"].append(dict(rec, label=collapse("".join(cell.itertext()))))
            continue
        label = collapse("".join(label_cell.itertext())) if label_cell is not None else ""
        core = label_core(collapse(text_without_superscripts(label_cell))) if label_cell is not None else ""
        sign, closed = displayed_sign(cell, el, row, text)
        rec.update({
            "label": label, "label_core": core,
            "displayed_sign": sign, "paren_closed": closed,
            "row_index": table_rows(table, rows_cache).get(id(row)),
            "col_index": cells.index(cell),
            "html_table": table_number.get(id(table)),
        })
        out["table_facts"].append(rec)

    # dei facts printed as text (ix:nonNumeric): the cover page
    for el in root.iter():
        if is_ix(el, "nonnumeric"):
            name = attr(el, "name") or ""
            if name.lower().startswith("dei:"):
                c = contexts.get(attr(el, "contextRef")) or {}
                out["dei_facts"].append({"kind": "nonNumeric", "concept": name, "context": attr(el, "contextRef"),
                                         "period": c.get("period"), "format": attr(el, "format"),
                                         "displayed": collapse("".join(el.itertext()))[:500],
                                         "hidden": any(is_ix(a, "hidden") for a in ancestors(el))})
    byte_scan["text_mismatches"] = text_mismatches
    return out


def table_rows(table, cache):
    """{id(tr): index} of the table's own rows (not those of nested tables), in order."""
    # lxml makes element proxies on demand and ids of dead proxies are reused: the cache
    # keeps the table's and its rows' proxies alive, so the same node gives the same object
    key = id(table)
    if key not in cache:
        rows = own_rows(table)
        cache[key] = (table, rows, {id(r): i for i, r in enumerate(rows)})
    return cache[key][2]


def own_rows(table):
    rows = []

    def walk(e):
        for c in e:
            ln = local(c)
            if ln == "table":
                continue
            if ln == "tr":
                rows.append(c)
            else:
                walk(c)
    walk(table)
    return rows


# ------------------------------------------------------------------------------------------
# labels compared

QUOTES = {ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032`\u00b4"}
QUOTES.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033"})
QUOTES.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})


def norm_label(s):
    """Labels compared: NFKC, case-folded, quotes and dashes unified, then every character
    that is not a letter or a digit dropped (spaces, punctuation, `$`, markers' brackets)."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", s).casefold().translate(QUOTES)
    return "".join(ch for ch in s if ch.isalnum())
