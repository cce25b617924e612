"""Line-item concepts (issue #19): the dictionary of labels and their concepts, and its score.

The dictionary is built from tagged filings: Folio's own dataset of the inline-XBRL HTML
filings, where each figure of a primary statement carries the concept its filer tagged
(`cells.concept`, `concept_source: tagged`) and Folio's row label and statement kind. One
entry per (statement kind, label key, concept): the number of filings that print the label
with that concept in that statement, and the concept's balance side where the balance sheet
shows it (above its `Total assets` line: `debit`; below: `credit`; other statements: empty).

The label key, `label_key`, is the same in Folio (`ConceptDictionary.labelKey`, Swift); a test
there and `agreement` here (the key computed on both sides must give the same lookups) keep
them equal:

- ASCII letters and digits form words, lowercased; anything else separates words;
- words that are only digits are dropped (share counts, note numbers), and so are `note` and
  full month names;
- wording variants read as one word (`earnings` and `profit` as `income`, `sales` and
  `revenues` as `revenue`, plurals of a few nouns, `shareholders` and `shareowners` as
  `stockholders`): `SYNONYMS`;
- `attributable to <anything but noncontrolling ...>` ends the key as `attributable to
  parent` (the filer's own name follows it: `Net income attributable to AbbVie Inc.`);
- figure tail: from the first `,` or `;` that a digit follows, the label is not part of the
  key (`Common stock, $0.01 par value, 4,000 shares authorized` -> `common stock`);
- `net of [income] tax(es)` ends the key as `net of tax`, in the label or its figure tail;
- date tail: `at`, `as`, `of`, `on`, `in`, `ended`, `ending` left at the key's end go;
- plural (`singular`) and `non` prefix: `Non-controlling interests` -> `noncontrolling interest`;
- period position (`period_position`): `Balance at end of year`, `Ending balance` -> `balance`.
- current-portion tail (`current_portion`): `Operating lease liabilities, net of current
  portion` -> `operating lease liability`;
- per-share holder tail (`per_share_holder`): `Basic earnings per share attributable to Example
  Inc.` -> `basic income per share`;
- cash and equivalents (`cash_equivalents`), stockholders' deficit (`stockholders_deficit`):
  `cash and equivalents` as `cash and cash equivalents`, `stockholders deficit` as
  `stockholders equity`;
- loss is income's sign (`loss_as_income`): `loss` as `income` beside `income`, after `net`,
  `operating`, `comprehensive`, `gross`, or leading before `before`/`from` (`Net income
  (loss)`, `Net loss` -> `net income`; `Investment loss` stays);
- effect on cash (`effect_on_cash`): `on cash ...` after `effect` goes (`Effect of exchange
  rate changes on cash, cash equivalents and restricted cash` -> `effect of exchange rate
  change`);
- accounting vocabulary (`vocabulary`): the standard names of one line item read as one
  (`Paid-in surplus` -> `additional paid in capital`, `Capital investments` -> `capital
  expenditure`, `Trade payables` -> `account payable`).

Standard concepts only (`is_standard`): a row tagged with a filer's extension concept gives
no entry (another filer never has it).

Sections (`section`, Folio's `ConceptDictionary.section`): the nearest heading above a row
(its row path) that names a part of the statement (a cash flow's operating, investing,
financing activities, changes in assets and liabilities, supplemental information; a
balance sheet's current assets or liabilities) puts the row's entry in the data a second
time, under `<statement>/<section>`; a balance-sheet row no heading places gets its part by
position (`balance_parts`: current or noncurrent assets or liabilities, from the totals
printed below it).

Lookup (`lookup`, the same in Folio), for a value cell of a table Folio calls a primary
statement: the concept most filings give (statement section, key) when the row has a
section; else (statement, key); else the entry of the same statement whose key shares the
most words with the label (Jaccard of the words outside `STOP`, at least `FUZZY_MIN`, and at
most `FUZZY_EXTRA` words of either side not in the other: one-word difference; a total's label
never takes a key with an `other` it lacks, a label without `total` a total's key only with
the same content words: a part is not its total); else, in an
income statement's per-share or share-count section, its heading looked up the same way
(measure heading); else (any statement printing the row's kind of figure, key: stock and flow,
`FIGURES`), section entries not counted again. Ties: more
filings, then the shorter key, then the concept's name. No consensus (`Index.settled`): an
entry whose most frequent concept only one filing gives, while other filings give others,
gives none, at whichever step it is found. Then the noncontrolling-interest context
(`nci_concept`), and an income statement's lines (`income_concept`): one printing no gross line
totals its expenses as `CostsAndExpenses`; one totalling its nonoperating items prints `Other
income (expense), net` as `OtherNonoperatingIncomeExpense`; and retired repurchases
(`repurchase_concept`): a filing printing no treasury stock gives its equity statement's
repurchases as `StockRepurchasedAndRetiredDuringPeriodValue`.

Run `scripts/concept-dictionary` to rebuild the data after filings are added to the corpus.
"""

import json
import re
from collections import Counter, OrderedDict, defaultdict

PRIMARY = ("balance_sheet", "income_statement", "comprehensive_income", "cash_flow", "equity")
SYNONYMS = {
    "earnings": "income", "profit": "income", "profits": "income", "sales": "revenue", "revenues": "revenue",
    "expenses": "expense", "costs": "cost", "liabilities": "liability", "assets": "asset",
    "shareholders": "stockholders", "shareowners": "stockholders", "stockholder": "stockholders",
    "shareholder": "stockholders", "equivalents": "equivalent", "activities": "activity",
    "receivables": "receivable", "payables": "payable", "taxes": "tax", "investments": "investment",
    "securities": "security", "borrowings": "borrowing", "obligations": "obligation", "losses": "loss",
    "gains": "gain", "balances": "balance", "stockholders": "stockholders",
}
STOP = {"the", "of", "and", "in", "for", "to", "a", "an", "from", "on", "net", "total", "inc", "co", "corp",
        "corporation", "company", "llc", "ltd", "plc", "by", "used", "provided"}
FUZZY_MIN = 0.5
# one-word difference (`closest`): content words of the label not in the key, and of the key not in
# the label, at most this many each
FUZZY_EXTRA = 1
# opposed words: words of one set that name different things of one kind (Folio's
# `ConceptDictionary.opposedWords`): what happens to a line's item (its event), the term of an
# asset or debt, ...; a closest key whose one word the label lacks is opposed to the label's one
# word the key lacks is another line item
OPPOSED = {}
for _set, _members in (("event", ("purchase acquisition acquire addition payment contribution",
                                  "revenue sale proceed maturity maturitie disposal disposition",
                                  "gain loss", "impairment writedown", "amortization depreciation accretion",
                                  "repayment reduction", "issuance issued", "interest")),
                       ("term", ("long", "short")), ("current", ("current", "noncurrent")),
                       ("due", ("within", "after")), ("side", ("asset", "liability")),
                       ("owed", ("receivable", "payable"))):
    for _i, _words in enumerate(_members):
        for _w in _words.split():
            OPPOSED[_w] = (_set, _i)
# current or not: the part on the same side across the current line (`lookup_key`)
OTHER_PART = {"current asset": "noncurrent asset", "noncurrent asset": "current asset",
              "current liability": "noncurrent liability", "noncurrent liability": "current liability"}
# side of the sheet: the balance a balance-sheet part holds (Folio's `ConceptDictionary.partSide`)
PART_SIDE = {"current asset": "debit", "noncurrent asset": "debit", "current liability": "credit",
             "noncurrent liability": "credit"}
WORD = re.compile(r"[A-Za-z0-9]+")


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
# words a date tail leaves at the end of a key once its month and numbers are dropped
DATE_LEAD = {"at", "as", "of", "on", "in", "ended", "ending"}
TAX_WORDS = {"tax", "taxes"}


def figure_tail(label):
    """Where the label's figure tail starts: the first `,` or `;` that an ASCII digit follows
    anywhere later (`Common stock, $0.01 par value, 4,000 shares authorized`), or the `(` that
    opens the parenthesis it is printed in (`Common stock ($0.01 par value; 100 shares
    authorized)`: Folio's `ConceptDictionary.figureTail`, a figure tail in parentheses), else
    None."""
    digits = [i for i, ch in enumerate(label) if "0" <= ch <= "9"]
    if not digits:
        return None
    opened = None
    for i, ch in enumerate(label[:digits[-1]]):
        if ch == "(":
            opened = i
        elif ch == ")":
            opened = None
        elif ch in ",;":
            return i if opened is None else opened
    return None


def key_words(text):
    """(the key words of `text`, whether a rule ended the key there)."""
    words = [w.lower() for w in WORD.findall(text)]
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.isdigit() or w == "note" or w in MONTHS:
            i += 1
            continue
        if w == "attributable" and words[i + 1:i + 2] == ["to"]:
            rest = [x for x in words[i + 2:] if not x.isdigit()]
            if not rest or not rest[0].startswith("non"):
                return out + ["attributable", "to", "parent"], True
        if w == "net" and words[i + 1:i + 2] == ["of"] and (
                words[i + 2:i + 3] and words[i + 2] in TAX_WORDS
                or words[i + 2:i + 3] == ["income"] and words[i + 3:i + 4] and words[i + 3] in TAX_WORDS):
            return out + ["net", "of", "tax"], True
        if w == "non" and i + 1 < len(words) and words[i + 1].isalpha():
            # prefix: `non-controlling`, `non current`, `Non-operating` as one word
            w = "non" + words[i + 1]
            i += 1
        out.append(SYNONYMS.get(w) or singular(w))
        i += 1
    return out, False


# plural: a word ending in `s` read as its singular (`interests`, `leases`, `adjustments`);
# not `ss`, `us`, `is` (`loss`, `plus`, `basis`), and not `shares` (a count, not `per share`)
def singular(w):
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w != "shares" and not w.isdigit():
        return w[:-1]
    return w


def label_key(label):
    label = label or ""
    cut = figure_tail(label)
    out, ended = key_words(label if cut is None else label[:cut])
    if not ended and cut is not None:
        rest, _ = key_words(label[cut:])
        if rest[-3:] == ["net", "of", "tax"]:
            out += ["net", "of", "tax"]
    while out and out[-1] in DATE_LEAD:
        out.pop()
    out = period_position(out)
    out = current_portion(out)
    out = per_share_holder(out)
    out = cash_equivalents(out)
    out = stockholders_deficit(out)
    out = loss_as_income(out)
    out = effect_on_cash(out)
    out = vocabulary(out)
    return " ".join(out)


def effect_on_cash(out):
    """Effect on cash: `on cash ...` after `effect` goes (`Effect of exchange rate changes on
    cash, cash equivalents and restricted cash` -> `effect of exchange rate change`): the cash
    an exchange-rate effect acts on is the statement's cash total whatever its label lists
    (Folio's `ConceptDictionary.effectOnCash`)."""
    if "effect" in out:
        for j in range(out.index("effect") + 1, len(out) - 1):
            if out[j] == "on" and out[j + 1] == "cash":
                return out[:j]
    return out


# accounting vocabulary: the standard names of one line item read as one (`vocabulary`), as key words
# (after SYNONYMS and `singular`) and the words each reads as
VOCABULARY = (
    (("capital", "investment"), ("capital", "expenditure")),
    (("paid", "in", "surplus"), ("additional", "paid", "in", "capital")),
    (("capital", "surplus"), ("additional", "paid", "in", "capital")),
    (("accumulated", "income"), ("retained", "income")),
    (("reinvested", "income"), ("retained", "income")),
    (("trade", "payable"), ("account", "payable")),
    (("trade", "receivable"), ("account", "receivable")),
    (("provision", "for", "income", "tax"), ("income", "tax", "expense")),
    (("income", "tax", "provision"), ("income", "tax", "expense")),
    (("unearned", "revenue"), ("deferred", "revenue")),
    (("borrowing",), ("debt",)),
    (("share", "repurchase"), ("repurchase", "of", "common", "stock")),
    (("stock", "repurchase"), ("repurchase", "of", "common", "stock")),
)


def vocabulary(out):
    """Accounting vocabulary: the standard names accounting gives one line item, which any filer
    may print, read as one (`VOCABULARY`): `Capital investments` as `capital expenditure`,
    `Paid-in surplus` and `Capital surplus` as `additional paid in capital`, `Accumulated
    earnings` and `Reinvested earnings` as `retained income`, `Trade payables` / `Trade
    receivables` as `account payable` / `account receivable`, `Provision for income taxes` and
    `Income tax provision` as `income tax expense`, `Unearned revenue` as `deferred revenue`,
    `borrowings` as `debt`, `Share repurchases` / `Stock repurchases` as `repurchase of common
    stock`; terms matched left to right, each run of words
    once (Folio's `ConceptDictionary.vocabulary`)."""
    res = []
    i = 0
    while i < len(out):
        for frm, to in VOCABULARY:
            if tuple(out[i:i + len(frm)]) == frm:
                res.extend(to)
                i += len(frm)
                break
        else:
            res.append(out[i])
            i += 1
    return res


# words before `loss` that make it an income measure's negative result (`loss_as_income`)
INCOME_MEASURES = ("net", "operating", "comprehensive", "gross")


def loss_as_income(out):
    """Loss is income's sign: `loss` reads as `income` where it names an income measure's
    negative result, the same line item: beside `income` (`Net income (loss)`, `(Loss)
    income`), after `net`, `operating`, `comprehensive` or `gross` (`Net loss`, `Other
    comprehensive loss`), or leading the key before `before` or `from` (`Loss before income
    taxes`, `Loss from operations`); then `income income` reads as one `income`. A loss named
    for what it is on (`Investment loss`, `Foreign exchange loss`, `Gain (loss) on
    investments`) keeps its word: a gain-or-loss line, not an income (Folio's
    `ConceptDictionary.lossAsIncome`)."""
    res = []
    for i, w in enumerate(out):
        if w == "loss":
            pair = (i > 0 and out[i - 1] == "income") or (i + 1 < len(out) and out[i + 1] == "income")
            measure = (i > 0 and out[i - 1] in INCOME_MEASURES) or (i == 0 and i + 1 < len(out) and out[i + 1] in ("before", "from"))
            if pair or measure:
                w = "income"
        if w == "income" and res and res[-1] == "income":
            continue
        res.append(w)
    return res


def per_share_holder(out):
    """Per-share holder tail: `attributable to parent` after a per-share figure (`per` and
    `share` before it) goes: earnings per share are the parent's holders' whatever the label
    says, so `Basic earnings per share attributable to Example Inc.` is `basic income per
    share` (Folio's `ConceptDictionary.perShareHolder`)."""
    if len(out) > 3 and out[-3:] == ["attributable", "to", "parent"] and "per" in out[:-3] and "share" in out[:-3]:
        return out[:-3]
    return out


def cash_equivalents(out):
    """Cash and equivalents: `cash and equivalent` reads as `cash and cash equivalent` (`Net
    change in cash and equivalents`), the same line item worded short (Folio's
    `ConceptDictionary.cashEquivalents`)."""
    res = []
    for i, w in enumerate(out):
        if w == "equivalent" and i >= 2 and out[i - 1] == "and" and out[i - 2] == "cash":
            res.append("cash")
        res.append(w)
    return res


def stockholders_deficit(out):
    """Stockholders' deficit: `stockholders deficit` reads as `stockholders equity` (`Total
    shareholders' deficit`: the equity of a filer whose equity is negative, the same line item)
    (Folio's `ConceptDictionary.stockholdersDeficit`)."""
    return ["equity" if w == "deficit" and i > 0 and out[i - 1] == "stockholders" else w for i, w in enumerate(out)]


CURRENT_PART = {"portion", "installment", "maturity", "maturitie"}


def current_portion(out):
    """Current-portion tail: `net of current portion`, `less current portion`, `excluding
    current installments` at a key's end: the rest of a liability once its current part is
    taken out, the noncurrent part the balance sheet's position gives (`balance_parts`)."""
    for j in range(len(out) - 2):
        if out[j + 1] == "current" and out[j + 2] in CURRENT_PART and (
                out[j] in ("less", "excluding") or (out[j] == "of" and j > 0 and out[j - 1] == "net")):
            start = j - 1 if out[j] == "of" else j
            if start > 0:
                return out[:start]
    return out


PERIOD_END = {"beginning", "end", "start"}
PERIOD_WORDS = {"of", "the", "fiscal", "year", "period", "quarter", "month"}
BALANCE_EDGE = {"beginning", "ending", "opening", "closing"}


def period_position(out):
    """Period position: `at beginning of year`, `end of period`, `as of the end of the fiscal
    year` at a key's end, and `beginning`/`ending` before `balance`, name the period's edge a
    balance is printed at, not the line item: `Balance at end of year` -> `balance`."""
    for j in range(len(out) - 1, -1, -1):
        if out[j] in PERIOD_END and len(out) - j >= 2 and all(w in PERIOD_WORDS for w in out[j + 1:]) and out[j + 1] == "of":
            out = out[:j]
            while out and (out[-1] in DATE_LEAD or out[-1] == "the"):
                out.pop()
            break
    if len(out) >= 2 and out[0] in BALANCE_EDGE and out[1] == "balance":
        out = out[1:]
    elif len(out) >= 3 and out[-2] in BALANCE_EDGE and out[-1] == "balance":
        out = out[:-2]
    return out


def heading_section(statement, key):
    """The section a heading's key opens, or None (`section`)."""
    w = key.split()
    ws = set(w)
    if statement == "cash_flow":
        if "supplemental" in ws or ("cash" in ws and "paid" in ws) or (("noncash" in ws or "non" in ws and "cash" in ws) and ("investing" in ws or "financing" in ws)):
            return "supplemental"
        if ("change" in ws or "changes" in ws) and ("asset" in ws or "liability" in ws or "capital" in ws):
            return "changes"
        if "investing" in ws:
            return "investing"
        if "financing" in ws:
            return "financing"
        if "operating" in ws:
            return "operating"
    elif statement == "income_statement":
        if "weighted" in ws or "shares" in ws:
            part = "shares"
        elif "per" in ws and "share" in ws:
            part = "per share"
        else:
            return None
        if "basic" in ws and "diluted" not in ws:
            return part + " basic"
        if "diluted" in ws and "basic" not in ws:
            return part + " diluted"
        return part
    elif statement == "balance_sheet":
        if "current" in ws and not ("non" in ws or "noncurrent" in ws):
            if "asset" in ws:
                return "current asset"
            if "liability" in ws:
                return "current liability"
    return None


def section(statement, row_path, part=None):
    """The section of a statement a row is printed in: the class of its nearest heading that
    has one (`heading_section`), else its balance-sheet part (`balance_parts`), else ""."""
    return section_heading(statement, row_path, part)[0]


def section_heading(statement, row_path, part=None):
    """(`section`, the key of the heading that names it), else (part, "") or ("", "")."""
    for h in reversed((row_path or [])[:-1]):
        hk = label_key(h)
        sec = heading_section(statement, hk)
        if sec:
            return sec, hk
    if part:
        return part, ""
    return "", ""


# the totals that close a balance sheet's parts (`balance_parts`)
PART_TOTALS = (("total current asset", "current asset"), ("total asset", "noncurrent asset"),
               ("total current liability", "current liability"), ("total liability", "noncurrent liability"))


def balance_parts(rows):
    """Balance-sheet parts by position: {row: part} of a balance sheet's rows [(row, label)]
    in order. The rows down to `Total current assets` are current assets, those after it down
    to `Total assets` noncurrent ones; after `Total assets`, down to `Total current
    liabilities`, current liabilities; after that, down to `Total liabilities`, noncurrent
    ones. A part whose closing total is not printed gives none of its rows a part."""
    at = {}
    for r, label in rows:
        k = label_key(label)
        for total, part in PART_TOTALS:
            if k == total and total not in at:
                at[total] = r
    out = {}
    bounds = [(None if i == 0 else at.get(PART_TOTALS[i - 1][0]), at.get(total), part)
              for i, (total, part) in enumerate(PART_TOTALS)]
    for r, _ in rows:
        for lo, hi, part in bounds:
            if hi is None or r >= hi:
                continue
            if lo is None and part != "current asset":
                continue
            if lo is not None and r <= lo:
                continue
            out[r] = part
            break
    return out


def table_parts(cells, kinds):
    """{(table, row): part} of the balance sheets among `cells` (`balance_parts`)."""
    rows = OrderedDict()
    for c in cells:
        if kinds.get(c["table_id"]) == "balance_sheet":
            rows.setdefault(c["table_id"], OrderedDict()).setdefault(c["row"], c.get("row_label") or "")
    out = {}
    for tid, rs in rows.items():
        for r, part in balance_parts(sorted(rs.items())).items():
            out[(tid, r)] = part
    return out


# stock and flow: the figures a statement prints, balances at a date (a balance sheet) or changes
# over a period (income, comprehensive income, cash flow); an equity statement prints both
FIGURES = {"balance_sheet": ("stock",), "income_statement": ("flow",), "comprehensive_income": ("flow",),
           "cash_flow": ("flow",)}


# sections whose heading names the measure of every row under it (the rows name classes of
# stock): `Basic earnings per share` over `Class A common stock`
MEASURE_SECTIONS = ("per share", "shares")


# a concept of the parent's holders only, and the same including noncontrolling interests
NCI_PAIRS = (("us-gaap:NetIncomeLoss", "us-gaap:ProfitLoss"),
             ("us-gaap:StockholdersEquity", "us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"),
             ("us-gaap:ComprehensiveIncomeNetOfTax",
              "us-gaap:ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest"))
# words of a key that name the parent's holders: such a line is the parent's, whatever the filing
PARENT_WORDS = {"attributable", "stockholders", "parent"}


def names_noncontrolling(key):
    w = key.split()
    return "noncontrolling" in w or ("non" in w and "controlling" in w) or "minority" in w


def prints_noncontrolling(labels):
    """Whether any of a filing's primary-statement row labels, headings or column headers names
    a noncontrolling (minority) interest (Folio's `ConceptDictionary.printsNoncontrolling`)."""
    return any(names_noncontrolling(label_key(t)) for t in labels)


def totals_whole_equity(cells, kinds):
    """Whole-entity equity: whether a balance sheet among `cells` (`kinds`: table -> statement)
    totals its equity as `Total equity` (the key `total equity`): such a filer reports the
    concepts including noncontrolling interests, printed or not (Folio's
    `ConceptDictionary.totalsWholeEquity`)."""
    return any(kinds.get(c["table_id"]) == "balance_sheet" and label_key(c.get("row_label") or "") == "total equity"
               for c in cells)


def nci_concept(concept, key, nci):
    """Noncontrolling-interest context: of a pair (`NCI_PAIRS`), the concept including
    noncontrolling interests where the filing prints them (unless the label names the
    parent's holders), the parent's where it prints none."""
    if nci is None:
        return concept
    for parent, whole in NCI_PAIRS:
        if not nci and concept == whole:
            return parent
        if nci and concept == parent and not (PARENT_WORDS & set(key.split())):
            return whole
    return concept


# an income statement's lines that decide what some of its rows are (`income_concept`)
OPERATING_EXPENSES = "us-gaap:OperatingExpenses"
COSTS_AND_EXPENSES = "us-gaap:CostsAndExpenses"
NONOPERATING = "us-gaap:NonoperatingIncomeExpense"
OTHER_NONOPERATING = "us-gaap:OtherNonoperatingIncomeExpense"


def income_lines(labels):
    """(gross, nonoperating total) of an income statement's row labels: whether a key holds
    `gross` (`Gross profit`, `Gross margin`), and whether one holds `total` and `nonoperating`,
    or `total`, `other` and `income` (`Total other income (expense)`) (Folio's
    `ConceptDictionary.incomeLines`)."""
    gross = nonop = False
    for label in labels:
        w = label_key(label).split()
        gross = gross or "gross" in w
        nonop = nonop or ("total" in w and ("nonoperating" in w or ("other" in w and "income" in w)))
    return gross, nonop


def table_lines(cells, kinds):
    """{table: `income_lines`} of the income statements among `cells`."""
    labels = defaultdict(set)
    for c in cells:
        if kinds.get(c["table_id"]) == "income_statement":
            labels[c["table_id"]].add(c.get("row_label") or "")
    return {tid: income_lines(ls) for tid, ls in labels.items()}


def income_concept(concept, statement, key, lines):
    """The concept of an income statement's row given the lines it prints (`lines`: None,
    unknown) (Folio's `ConceptDictionary.incomeConcept`):
    - costs without gross: a statement that prints no gross line subtracts its cost of sales
      among its expenses, so its expenses total is `CostsAndExpenses`, not `OperatingExpenses`
      (the expenses below a gross line);
    - component of a nonoperating total: a statement that totals its nonoperating items prints
      `Other income (expense), net` as one line of that total: a row without `total` gets
      `OtherNonoperatingIncomeExpense` for `NonoperatingIncomeExpense`."""
    if statement != "income_statement" or lines is None or concept is None:
        return concept
    gross, nonop = lines
    if not gross and concept == OPERATING_EXPENSES:
        return COSTS_AND_EXPENSES
    if nonop and concept == NONOPERATING and "total" not in key.split():
        return OTHER_NONOPERATING
    return concept


# retired repurchases: the equity statement's repurchase concept of a filing that holds treasury
# stock, and of one that retires what it repurchases
TREASURY_ACQUIRED = "us-gaap:TreasuryStockValueAcquiredCostMethod"
REPURCHASED_RETIRED = "us-gaap:StockRepurchasedAndRetiredDuringPeriodValue"


def prints_treasury(cells, kinds):
    """Whether the filing's balance sheets print a treasury stock row (a key holding
    `treasury`); None where it has no balance sheet (Folio's
    `ConceptDictionary.printsTreasuryStock`)."""
    sheets = False
    for c in cells:
        if kinds.get(c["table_id"]) == "balance_sheet":
            sheets = True
            if "treasury" in label_key(c.get("row_label") or "").split():
                return True
    return False if sheets else None


def repurchase_concept(concept, statement, treasury):
    """Retired repurchases: a filing whose balance sheet prints no treasury stock retires the
    shares it repurchases, so its equity statement's repurchases are
    `StockRepurchasedAndRetiredDuringPeriodValue`, not `TreasuryStockValueAcquiredCostMethod`
    (`treasury` None: unknown) (Folio's `ConceptDictionary.repurchaseConcept`)."""
    if statement == "equity" and treasury is False and concept == TREASURY_ACQUIRED:
        return REPURCHASED_RETIRED
    return concept


# restricted-cash reconciliation: a cash flow statement's cash total, and the balance sheet's
# cash and cash equivalents it reconciles from
CASH_TOTAL = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
CASH_ONLY = "us-gaap:CashAndCashEquivalentsAtCarryingValue"


def names_restricted_cash(key):
    """Whether a key names restricted cash (`restricted cash`, `restricted cash equivalent`)."""
    w = key.split()
    return any(w[i] == "restricted" and w[i + 1] == "cash" for i in range(len(w) - 1))


def table_restricted(cells, kinds):
    """{table: whether it prints a row naming restricted cash} of the cash flow statements among
    `cells` (Folio's `ConceptDictionary.printsRestrictedCash`)."""
    out = {}
    for c in cells:
        if kinds.get(c["table_id"]) == "cash_flow":
            out[c["table_id"]] = out.get(c["table_id"], False) or names_restricted_cash(label_key(c.get("row_label") or ""))
    return out


def restricted_cash_concept(concept, statement, key, restricted):
    """Restricted-cash reconciliation: a cash flow statement that prints a row naming restricted
    cash reconciles its cash total from the balance sheet's cash: there a row naming cash and
    not `restricted` (`Cash and cash equivalents`) is `CashAndCashEquivalentsAtCarryingValue`,
    not the total (Folio's `ConceptDictionary.restrictedCashConcept`)."""
    if statement == "cash_flow" and restricted and concept == CASH_TOTAL and "restricted" not in key.split():
        return CASH_ONLY
    return concept


def content_words(key):
    return frozenset(w for w in key.split() if w not in STOP)


# ------------------------------------------------------------------------------------------
# building

def line_items(version_docs):
    """(doc_id, statement, key, concept, balance) per tagged row of a primary statement of a
    Folio dataset (`cli.load_version`): the concept most of the row's tagged figures carry."""
    out = []
    for doc_id, d in version_docs.items():
        kinds = {t["table_id"]: t.get("statement") for t in d["tables"]}
        rows = OrderedDict()
        for c in d["cells"]:
            st = kinds.get(c["table_id"])
            if st not in PRIMARY or c.get("value") is None or not c.get("concept") or c.get("concept_source", "tagged") != "tagged":
                continue
            rows.setdefault((c["table_id"], c["row"]), []).append(c)
        # balance side: rows of a balance sheet after its `Total assets` row are credits
        assets_row = {}
        for (tid, r), cs in rows.items():
            if kinds.get(tid) == "balance_sheet" and label_key(cs[0]["row_label"]).startswith("total asset"):
                assets_row.setdefault(tid, r)
        parts = table_parts(d["cells"], kinds)
        for (tid, r), cs in rows.items():
            key = label_key(cs[0]["row_label"])
            if not key or names_an_entity(key):
                continue
            concept = Counter(c["concept"] for c in cs).most_common(1)[0][0]
            balance = ""
            if kinds[tid] == "balance_sheet" and tid in assets_row:
                balance = "debit" if r <= assets_row[tid] else "credit"
            out.append((doc_id, kinds[tid], key, concept, balance, section(kinds[tid], cs[0].get("row_path"), parts.get((tid, r)))))
    return out


ENTITY_WORDS = frozenset(("incorporated", "inc", "corporation", "corp", "plc", "ltd", "llc"))


def names_an_entity(key):
    """A label that names a company (`Total Acme Inc. stockholders' equity`): the name is the
    filer's, so the label cannot carry over to another filing's statements; the row's line item
    is learnt from the filings that print it without a name."""
    return bool(ENTITY_WORDS & set(key.split()))


# the standard taxonomies: a concept of any other prefix is a filer's own extension
STANDARD = ("us-gaap", "ifrs-full", "srt")


def is_standard(concept):
    """Standard concepts only: whether a concept is of a standard taxonomy (`STANDARD`). A
    filer's extension concept (`ma:AmortizationofCustomerandMerchantIncentives`) is never
    another filer's, so it gives no entry: given to another filing it would always be wrong, and
    its vote would split the consensus (`Index.settled`) of a label the other filers tag with a
    standard concept."""
    return concept.split(":", 1)[0] in STANDARD


def build(items, exclude=None):
    """Entries [(statement, key, concept, filings, balance)] from line items, leaving out the
    filing `exclude` (leave-one-filing-out scoring) and extension concepts (`is_standard`)."""
    filings = defaultdict(set)
    balances = defaultdict(Counter)
    for doc_id, st, key, concept, balance, sec in items:
        if doc_id == exclude or not is_standard(concept):
            continue
        filings[(st, key, concept)].add(doc_id)
        if sec:
            filings[(st + "/" + sec, key, concept)].add(doc_id)
        if balance:
            balances[concept][balance] += 1
    out = []
    for (st, key, concept), docs in filings.items():
        b = balances[concept].most_common(1)[0][0] if balances[concept] else ""
        out.append((st, key, concept, len(docs), b))
    out.sort()
    return out


class Index:
    """The lookup over entries, as Folio's `ConceptDictionary` does it."""

    def __init__(self, entries):
        self.by_st_key = defaultdict(Counter)
        self.by_key = defaultdict(Counter)
        # stock and flow: the any-statement step of a balance-sheet row, and of a flow
        # statement's row, reads only the statements of its kind of figure (`FIGURES`)
        self.by_figure_key = {"stock": defaultdict(Counter), "flow": defaultdict(Counter)}
        self.by_st = defaultdict(dict)
        # current or not: each concept's balance-sheet parts in the data
        self.parts = defaultdict(set)
        for st, key, concept, n, b in entries:
            if st.startswith("balance_sheet/"):
                self.parts[concept].add(st.split("/", 1)[1])
        # side of the sheet: each concept's balance side, as the data records it
        self.side = {}
        for st, key, concept, n, b in entries:
            if b:
                self.side[concept] = b
        for st, key, concept, n, _ in entries:
            self.by_st_key[(st, key)][concept] += n
            if "/" in st:
                continue
            self.by_key[key][concept] += n
            for figure in FIGURES.get(st, ("stock", "flow")):
                self.by_figure_key[figure][key][concept] += n
            self.by_st[st].setdefault(key, content_words(key))

    @staticmethod
    def best(counter):
        return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    @classmethod
    def settled(cls, counter):
        """No consensus: the concept most filings give, or None where no concept is given by
        more than one filing while other filings give the key others (`Income tax effect`
        of a comprehensive income statement: each filer tags the tax of its own item)
        (Folio's `ConceptDictionary.settled`)."""
        best = cls.best(counter)
        # A concept's noncontrolling-interest partner agrees with it (Folio's
        # `noncontrollingPartner`): which of the two a filing gets is decided by its NCI.
        partner = next((b if a == best else a for a, b in NCI_PAIRS if best in (a, b)), None)
        top = counter[best] + (counter.get(partner, 0) if partner else 0)
        if top == 1 and sum(counter.values()) > 1:
            return None
        return best

    def lookup(self, statement, label, row_path=None, nci=None, part=None, lines=None, treasury=None, restricted=None):
        key = label_key(label)
        if not key:
            return None
        concept = income_concept(nci_concept(self.lookup_key(statement, key, row_path, part), key, nci), statement, key, lines)
        return restricted_cash_concept(repurchase_concept(concept, statement, treasury), statement, key, restricted)

    def lookup_key(self, statement, key, row_path, part=None):
        c = self.any_part_lookup_key(statement, key, row_path, part)
        # current or not: a row of a balance-sheet part takes no concept the data records only
        # in the other part of its side (Folio's `ConceptDictionary.partBits`)
        if c and statement == "balance_sheet":
            sec, _ = section_heading(statement, row_path, part)
            other = OTHER_PART.get(sec)
            ps = self.parts.get(c, set())
            if other and other in ps and sec not in ps:
                return None
        return c

    def any_part_lookup_key(self, statement, key, row_path, part=None):
        sec, head = section_heading(statement, row_path, part)
        within = statement + "/" + sec if sec else None
        if within and (within, key) in self.by_st_key:
            return self.settled(self.by_st_key[(within, key)])
        if (statement, key) in self.by_st_key:
            return self.settled(self.by_st_key[(statement, key)])
        near = self.closest(statement, key, PART_SIDE.get(sec) if statement == "balance_sheet" else None)
        if near is not None:
            return near
        if sec.split(" basic")[0].split(" diluted")[0] in MEASURE_SECTIONS:
            # measure heading: a row the statement does not know takes its heading's concept
            if (statement, head) in self.by_st_key:
                return self.settled(self.by_st_key[(statement, head)])
            near = self.closest(statement, head)
            if near is not None:
                return near
        figure = FIGURES.get(statement)
        pool = self.by_figure_key[figure[0]] if figure else self.by_key
        if key in pool:
            return self.settled(pool[key])
        return None

    def closest(self, statement, key, side=None):
        """The concept of the key of `statement` sharing the most words with `key` (Jaccard at
        least 1/2, one word apart at most on either side; total is not other: a key with
        `total` never takes a key with an `other` it lacks), or None (also when that key has no
        consensus, `settled`); a part is not its total: a label without `total` takes a
        total's key only with the same content words."""
        words = content_words(key)
        if not words:
            return None
        total = "total" in key.split()
        best = None
        for k2, w2 in self.by_st.get(statement, {}).items():
            if not w2:
                continue
            inter = len(words & w2)
            if inter == 0:
                continue
            # exact fractions, compared by cross-multiplication in Folio
            union = len(words | w2)
            if inter * 2 < union:   # FUZZY_MIN = 1/2
                continue
            # one-word difference: at most one content word of each side not in the other
            if len(words) - inter > FUZZY_EXTRA or len(w2) - inter > FUZZY_EXTRA:
                continue
            # total is not other: a total's label does not take a residual line's key
            if total and "other" in w2 and "other" not in words:
                continue
            # opposed words: one word apart on each side, the two words of one set naming
            # different things (`Impairment of intangible assets` against `Purchases of
            # intangible assets`, `Long-term investments` against `Short-term investments`)
            # (Folio's `ConceptDictionary.opposed`)
            if len(words) - inter == 1 and len(w2) - inter == 1:
                a = OPPOSED.get(next(iter(words - w2)))
                b = OPPOSED.get(next(iter(w2 - words)))
                if a and b and a[0] == b[0] and a != b:
                    continue
            # side of the sheet: a row of a balance-sheet part takes no key whose concept the
            # balance sheets print on the other side (Folio's `ConceptDictionary.partSide`)
            if side:
                c2 = self.settled(self.by_st_key[(statement, k2)])
                if c2 is not None and self.side.get(c2, side) != side:
                    continue
            # a part is not its total: a label without `total` takes a total's key only with
            # the same content words (Folio's `ConceptDictionary.labelsATotal`)
            if not total and "total" in k2.split() and (len(words) > inter or len(w2) > inter):
                continue
            n = sum(self.by_st_key[(statement, k2)].values())
            cand = (inter, union, n, k2)
            if best is None or better(cand, best):
                best = cand
        if best is None:
            return None
        return self.settled(self.by_st_key[(statement, best[3])])


def better(a, b):
    """Whether candidate a = (inter, union, filings, key) beats b: higher Jaccard, then more
    filings, then the shorter key, then the key's text."""
    ia, ua, na, ka = a
    ib, ub, nb, kb = b
    if ia * ub != ib * ua:
        return ia * ub > ib * ua
    if na != nb:
        return na > nb
    if len(ka) != len(kb):
        return len(ka) < len(kb)
    return ka < kb


# ------------------------------------------------------------------------------------------
# the data file Folio compiles

def swift_source(entries, sources):
    """Sources/FolioTables/ConceptDictionary+Data.swift: the entries as one TSV string."""
    lines = ["\t".join([st, key, concept, str(n), b]) for st, key, concept, n, b in entries]
    body = "\n".join(lines)
    assert '"""' not in body and "\\" not in body
    return ("// Generated by scripts/concept-dictionary from the tagged filings below; do not edit.\n"
            "// Rebuild: scripts/concept-dictionary (docs/concepts.md).\n"
            "// Built from %d filings: %s\n\n"
            "extension ConceptDictionary {\n"
            "    /// statement TAB label key TAB concept TAB filings TAB balance, one entry a line.\n"
            "    static let data = \"\"\"\n%s\n\"\"\"\n}\n") % (len(sources), ", ".join(sources), body)


# ------------------------------------------------------------------------------------------
# the score (ACCURACY.md, Line-item concepts)

def score(kind, golds, docs, html_docs):
    """Leave-one-filing-out: each rendition filing's primary-statement line items (gold: the
    HTML rows of the gold's primary statements, each with the concept most of its facts carry)
    against the dictionary concept of the Folio cell found for the row, the dictionary built
    from `html_docs` without that filing."""
    from . import score as scoremod
    from . import statements as stmod
    items = line_items(html_docs)
    full = Index(build(items))
    per = OrderedDict()
    misses = []
    agree = [0, 0]
    for s, g in golds.items():
        d = docs.get(s) or {"cells": [], "tables": []}
        index = Index(build(items, exclude=s))
        seen_elsewhere = {it[3] for it in items if it[0] != s}
        kinds = {t["table_id"]: t.get("statement") for t in d["tables"]}
        nci = prints_noncontrolling(t for c in d["cells"] if kinds.get(c["table_id"]) in PRIMARY
                                    for t in [c.get("row_label") or ""] + list(c.get("row_path") or []) + list(c.get("column_path") or [])) \
            or totals_whole_equity(d["cells"], kinds)
        parts = table_parts(d["cells"], kinds)
        lines = table_lines(d["cells"], kinds)
        treasury = prints_treasury(d["cells"], kinds)
        restricted = table_restricted(d["cells"], kinds)
        by_mag = defaultdict(list)
        for c in d["cells"]:
            m = scoremod.cell_magnitude(c)
            if m is not None:
                by_mag[scoremod.magnitude_key(m)].append(c)
            # Folio's own lookup (the full dictionary) against this emulation of it
            if kinds.get(c["table_id"]) in PRIMARY and c.get("value") is not None and c.get("concept_source") == "dictionary":
                agree[1] += 1
                agree[0] += full.lookup(kinds[c["table_id"]], c.get("row_label"), c.get("row_path"), nci,
                                        parts.get((c["table_id"], c["row"])), lines.get(c["table_id"]), treasury,
                                        restricted.get(c["table_id"])) == c.get("concept")
        row = {"items": 0, "found": 0, "right": 0, "wrong": 0, "reachable": 0}
        for ht, (gk, facts) in stmod.gold_tables(g).items():
            if gk not in stmod.PRIMARY:
                continue
            # the Folio table holding most of this statement's figures (Statement kind): a
            # line item's cell is looked for there first, so a figure an MD&A table prints
            # earlier with the same label is not the one scored
            home = stmod.match_tables(kind, facts, d["cells"])
            rows = OrderedDict()
            for f in facts:
                rows.setdefault(f.get("row_index"), []).append(f)
            for r, fs in rows.items():
                plain = [f for f in fs if not f.get("dimensions")] or fs
                concept = Counter(f["concept"] for f in plain).most_common(1)[0][0]
                row["items"] += 1
                row["reachable"] += concept in seen_elsewhere
                cell = None
                for f in fs:
                    if f.get("magnitude") is None:
                        continue
                    cands = [c for c in by_mag.get(scoremod.magnitude_key(f["magnitude"]), [])
                             if scoremod.label_matches(c.get("row_label"), f)]
                    at_home = [c for c in cands if c["table_id"] == home]
                    if at_home:
                        cell = at_home[0]
                        break
                    if cands and cell is None:
                        cell = cands[0]
                got = None
                if cell is not None:
                    row["found"] += 1
                    st = kinds.get(cell["table_id"])
                    got = index.lookup(st, cell.get("row_label"), cell.get("row_path"), nci,
                                       parts.get((cell["table_id"], cell["row"])), lines.get(cell["table_id"]), treasury,
                                       restricted.get(cell["table_id"])) if st in PRIMARY else None
                if got == concept:
                    row["right"] += 1
                else:
                    # wrong: a concept given, not the filer's (worse than none: it sums the
                    # figure under another line item)
                    row["wrong"] += got is not None
                    misses.append({"kind": kind, "doc": s, "html_table": ht, "row": r, "label": fs[0].get("label"),
                                   "gold": concept, "folio": got, "found": cell is not None,
                                   "statement": kinds.get(cell["table_id"]) if cell else None,
                                   "folio_label": cell.get("row_label") if cell else None})
        per[s] = row
    return {"per": per, "misses": misses, "agreement": agree}


def totals(result):
    t = Counter()
    for row in result["per"].values():
        t.update(row)
    return t


def load_entries(path):
    """Entries from the generated Swift file (for checks)."""
    text = open(path, encoding="utf-8").read()
    body = text.split('"""\n', 1)[1].rsplit('\n"""', 1)[0]
    out = []
    for line in body.splitlines():
        st, key, concept, n, b = line.split("\t")
        out.append((st, key, concept, int(n), b))
    return out


# ------------------------------------------------------------------------------------------
# scripts/concept-dictionary

DATA = "Sources/FolioTables/ConceptDictionary+Data.swift"


def main(argv=None):
    """Rebuild the dictionary: Folio over every inline-XBRL HTML filing of the corpus, the
    tagged rows of its primary statements into `DATA`."""
    import argparse
    import os
    from . import cli
    ap = argparse.ArgumentParser(prog="scripts/concept-dictionary", description=main.__doc__)
    ap.add_argument("--no-build", action="store_true", help="use the Folio binary as it is")
    ap.add_argument("--build", default="release", choices=["release", "debug"])
    ap.add_argument("--check", action="store_true", help="exit 1 when the data file differs from a rebuild")
    a = ap.parse_args(argv)
    if not a.no_build:
        cli.build(a.build)
    cli.FOLIO = os.path.join(cli.ROOT, ".build", a.build, "folio")
    files = cli.html_inputs()
    vdir, _ = cli.run_folio("concepts-html", files, 2)
    if vdir is None:
        raise SystemExit("folio run failed")
    docs = cli.load_version(vdir)
    entries = build(line_items(docs))
    src = swift_source(entries, [cli.stem(f) for f in files])
    path = os.path.join(cli.ROOT, DATA)
    old = open(path, encoding="utf-8").read() if os.path.isfile(path) else ""
    if a.check:
        print("concept dictionary: %s" % ("up to date" if old == src else "differs from a rebuild"))
        raise SystemExit(0 if old == src else 1)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(src)
    print("concept dictionary: %d entries, %d label keys, from %d filings -> %s"
          % (len(entries), len({(e[0], e[1]) for e in entries}), len(files), DATA))


if __name__ == "__main__":
    main()
