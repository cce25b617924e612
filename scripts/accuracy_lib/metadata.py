"""Filing metadata scored against the filer's `dei:` facts (issue #19).

For every inline-XBRL filing the first `dei:` fact of each concept below is the gold; Folio's
`documents.jsonl` record of the same filing (the HTML, or a text rendition with the same file
stem) is compared field by field. Values are compared after the normalizations below, each of
which only removes a difference of writing, never of content:

- registrant name: case, punctuation and white space ignored, a leading `The` dropped, and the
  legal suffix compared in its short form (`Corporation` = `Corp`, `Company` = `Co`,
  `Incorporated` = `Inc`, `Limited` = `Ltd`): the cover prints `THE PROCTER & GAMBLE COMPANY`
  where the tag says `PROCTER & GAMBLE CO`;
- CIK: as a number (leading zeros ignored);
- period end: the printed date (`December 31, 2024`) as ISO;
- fiscal year, fiscal period, form type: as text, case and spaces ignored.

The text renditions do not print the CIK (a `dei:` fact in `ix:hidden`): it is scored for the
HTML only and shown as `not printed` for the renditions.
"""

import datetime
import re
from collections import OrderedDict

FIELDS = OrderedDict([
    ("dei:EntityRegistrantName", "issuer"),
    ("dei:EntityCentralIndexKey", "cik"),
    ("dei:DocumentPeriodEndDate", "period_end"),
    ("dei:DocumentFiscalYearFocus", "fiscal_year"),
    ("dei:DocumentFiscalPeriodFocus", "fiscal_period"),
    ("dei:DocumentType", "form_type"),
])
SHORT = {"dei:EntityRegistrantName": "name", "dei:EntityCentralIndexKey": "CIK",
         "dei:DocumentPeriodEndDate": "period end", "dei:DocumentFiscalYearFocus": "fiscal year",
         "dei:DocumentFiscalPeriodFocus": "fiscal period", "dei:DocumentType": "form type"}
NOT_PRINTED = {"dei:EntityCentralIndexKey"}   # hidden in every filing: absent from the renditions
SUFFIXES = {"corporation": "corp", "company": "co", "incorporated": "inc", "limited": "ltd"}
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"])}


def name_key(s):
    words = re.sub(r"[^0-9a-z&]+", " ", (s or "").lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1] in SUFFIXES:
        words[-1] = SUFFIXES[words[-1]]
    return " ".join(words)


def iso_date(s):
    s = (s or "").strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", s)
    if m:
        return s
    m = re.match(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$", s)
    if m and m.group(1).lower() in MONTHS:
        try:
            return datetime.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2))).isoformat()
        except ValueError:
            return None
    return None


def key(concept, value):
    """The comparable form of a gold or Folio value (None when it has none)."""
    if value is None:
        return None
    v = str(value).strip()
    if not v:
        return None
    if concept == "dei:EntityRegistrantName":
        return name_key(v)
    if concept == "dei:EntityCentralIndexKey":
        return int(v) if v.isdigit() else v
    if concept == "dei:DocumentPeriodEndDate":
        return iso_date(v) or v
    return re.sub(r"\s+", " ", v).upper()


def gold_of(g):
    """{concept: displayed} of a filing's gold: the first fact of each concept."""
    out = OrderedDict()
    for f in g.get("dei_facts", []):
        c = f.get("concept")
        if c in FIELDS and c not in out and (f.get("displayed") or "").strip():
            out[c] = f["displayed"]
    return out


def score(kind, golds, docs):
    """{"per": {stem: {concept: outcome}}, "misses": [...]}; outcome is right, wrong, missing,
    not printed, or absent (no gold fact)."""
    per = OrderedDict()
    misses = []
    for s, g in golds.items():
        gold = gold_of(g)
        d = docs.get(s)
        row = OrderedDict()
        for concept, field in FIELDS.items():
            if concept not in gold:
                row[concept] = "absent"
                continue
            if kind != "html" and concept in NOT_PRINTED:
                row[concept] = "not printed"
                continue
            got = (d or {}).get("meta", {}).get(field) if d else None
            gk, fk = key(concept, gold[concept]), key(concept, got)
            if fk is None:
                outcome = "missing"
            elif fk == gk:
                outcome = "right"
            else:
                outcome = "wrong"
            row[concept] = outcome
            if outcome != "right":
                misses.append({"kind": kind, "doc": s, "concept": concept, "field": field, "outcome": outcome,
                               "gold": gold[concept], "folio": got,
                               "source": ((d or {}).get("meta", {}).get("metadata_sources") or {}).get(field)})
        per[s] = row
    return {"per": per, "misses": misses}


def totals(result):
    """(right, scored) over every field and filing; per concept likewise."""
    right = scored = 0
    by = OrderedDict((c, [0, 0]) for c in FIELDS)
    for row in result["per"].values():
        for c, o in row.items():
            if o in ("right", "wrong", "missing"):
                scored += 1
                by[c][1] += 1
                if o == "right":
                    right += 1
                    by[c][0] += 1
    return right, scored, by
