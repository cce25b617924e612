import FolioModel

/// Figures printed as a list for a list of periods: the layout of annual-report notes and
/// MD&A (`Amortization expense for fiscal 2024, 2023 and 2022 was $239 million, $235 million
/// and $189 million, respectively.`, `... were $5.4 billion and $6.3 billion as of December
/// 31, 2023 and December 31, 2024.`, `... was $7.6 billion in 2024, $7.9 billion in 2023 and
/// $7.7 billion in 2022`).
extension NarrativeExtractor {
    /// The index of the last figure of the list that starts at `figures[k]`: figures of one
    /// unit separated only by commas, `and`, `or` (and spaces), or each followed by its own
    /// short period phrase (`in 2023,`). `k` itself when no figure follows that way.
    static func listEnd(_ t: [UInt8], _ figures: [Figure], from k: Int) -> Int {
        var e = k
        while e + 1 < figures.count, figures[e + 1].unit == figures[k].unit,
              isListGap(t, figures[e].end, opening(t, figures[e + 1])) {
            e += 1
        }
        return e
    }

    /// The most bytes between two items of a list (`isListGap`), and so the most an item's
    /// own period phrase after it may take (`listPeriods`, **datedListItems**).
    static let listGapBytes = 64

    /// Where a list item starts: at the parenthesis of a negative amount printed `($82)
    /// million` (`negativeInParentheses`), else at the figure.
    static func opening(_ t: [UInt8], _ f: Figure) -> Int {
        f.value < 0 && f.start > 0 && f.start <= t.count && t[f.start - 1] == UInt8(ascii: "(") ? f.start - 1 : f.start
    }

    /// Whether `t[a..<b]` separates two list items: only spaces, commas, the words `and`,
    /// `or`, and a short period phrase of the item before (`in 2023`, `in fiscal 2024`), at
    /// least one a comma or a word (not a bare space: `$5 $6` is two columns).
    ///
    /// **datedListItems.** The period phrase may be a date or a quarter's, up to 64 bytes:
    /// `$1.4 billion at December 31, 2024, $1.6 billion at December 31, 2023 and $1.1 billion
    /// at December 31, 2022`, `$8.9 million for the three months ended June 30, 2025, $16.1
    /// million for the six months ended June 30, 2025`: its words are month names, days,
    /// years and the words of a period (`at`, `as of`, `for the three months ended`); each item
    /// then takes its own period (`listPeriods`, read in as many bytes: `listGapBytes`).
    static func isListGap(_ t: [UInt8], _ a: Int, _ b: Int) -> Bool {
        isGap(t, a, b, maxBytes: listGapBytes) { r in
            let w = Array(t[r].map { Words.lower($0) })
            let digits = w.allSatisfy { ByteClass.isDigit($0) }
            let year = w.count == 4 && digits
            // (Or a dated period phrase's: `datedListItems`.)
            return year || listWords.contains(w) || digits && w.count <= 2 || periodGapWords.contains(w)
                || Months.number(String(decoding: w, as: UTF8.self)) != nil
        }
    }

    /// Whether `t[a..<b]` (at most `maxBytes`) holds only spaces, commas and words `word`
    /// accepts, at least one comma or word: the gap between two items of a list
    /// (`isListGap`, `isPlainListGap`).
    static func isGap(_ t: [UInt8], _ a: Int, _ b: Int, maxBytes: Int, word: (Range<Int>) -> Bool) -> Bool {
        let lo = max(0, min(a, t.count)), hi = max(lo, min(b, t.count))
        guard hi - lo <= maxBytes else { return false }
        var i = lo
        var separated = false
        while i < hi {
            let c = t[i]
            if c == 0x20 || c == 0x0A || c == 0x09 { i += 1; continue }
            if c == UInt8(ascii: ",") { separated = true; i += 1; continue }
            var j = i
            while j < hi, Words.isAlnum(t[j]) { j += 1 }
            guard j > i, word(i..<j) else { return false }
            separated = true
            i = j
        }
        return separated
    }

    static let listWords: [[UInt8]] = ["and", "or", "in", "fiscal", "year"].map { Array($0.utf8) }
    /// The words of a dated period phrase between list items (`datedListItems`).
    static let periodGapWords: Set<[UInt8]> = Set(["at", "as", "of", "for", "the", "three", "six", "nine", "twelve", "months",
                                                   "ended", "quarter", "years", "fiscal", "year", "and", "or", "in"].map { Array($0.utf8) })

    /// `count` periods stated as a list in `t[range]`: a first period phrase, then further
    /// years (`fiscal 2024, 2023 and 2022`, `December 31, 2022, 2023, and 2024`, `the three
    /// months ended June 30, 2025 and 2024`: the same kind of period in those years) or full
    /// dates (`as of March 29, 2025 and September 28, 2024`), separated by commas and `and`.
    /// Nil unless exactly `count` are found. `orSeparates`: `or` separates them too (`in fiscal
    /// 2024, fiscal 2023, or fiscal 2022`, a none stated for each: `noneEachPeriod`).
    static func periodList(_ t: [UInt8], _ range: Range<Int>, base: StatedPeriod?, count: Int,
                           orSeparates: Bool = false) -> [StatedPeriod]? {
        let lo = max(0, min(range.lowerBound, t.count)), hi = max(lo, min(range.upperBound, t.count))
        // **monthYearList.** (`In December 2024 and 2023`: the first an event's month, read as
        // `eventInstant` reads it; the years after it name the same month.)
        guard count >= 2, let first = PeriodParser.find(t, lo..<hi, base: base)
                ?? PeriodParser.eventDate(t, lo..<hi).map({ StatedPeriod.event($0.date, phrase: $0.text) }) else { return nil }
        if let pair = PeriodParser.pairedDurations(first) { return count == 2 ? pair : nil }
        let phrase = Array(first.text.utf8)
        guard !phrase.isEmpty, let at = firstIndex(of: phrase, in: t, lo..<hi) else { return nil }
        var out = [first]
        var i = at + phrase.count
        while out.count < count + 1, i < hi {
            // Separators.
            var j = i
            var separated = false
            while j < hi {
                let c = t[j]
                if c == 0x20 || c == 0x0A || c == 0x09 { j += 1; continue }
                if c == UInt8(ascii: ",") { separated = true; j += 1; continue }
                if j + 3 <= hi, Words.lower(t[j]) == UInt8(ascii: "a"), Words.lower(t[j + 1]) == UInt8(ascii: "n"),
                   Words.lower(t[j + 2]) == UInt8(ascii: "d"), j + 3 == hi || !Words.isAlnum(t[j + 3]) {
                    separated = true
                    j += 3
                    continue
                }
                if orSeparates, j + 2 <= hi, Words.lower(t[j]) == UInt8(ascii: "o"), Words.lower(t[j + 1]) == UInt8(ascii: "r"),
                   j + 2 == hi || !Words.isAlnum(t[j + 2]) {
                    separated = true
                    j += 2
                    continue
                }
                break
            }
            guard separated, j < hi else { break }
            // `fiscal` before a year is part of it.
            var y = j
            if y + 7 <= hi, Array(t[y..<(y + 7)].map { Words.lower($0) }) == Array("fiscal ".utf8) { y += 7 }
            // A year of four digits on its own.
            var e = y
            while e < hi, ByteClass.isDigit(t[e]) { e += 1 }
            if e - y == 4, e == hi || !Words.isAlnum(t[e]), let year = Int(String(decoding: t[y..<e], as: UTF8.self)),
               year >= 1900, year <= 2100 {
                // A year listed after `fiscal 2024` is a fiscal year too (`FiscalYear.adjust`).
                let printed = String(decoding: t[y..<e], as: UTF8.self)
                out.append(first.shifted(years: first.year - year,
                                         text: FiscalYear.mentionsFiscal(first.text) ? "fiscal " + printed : printed))
                i = e
                continue
            }
            // A full date (a month name first).
            guard j < hi, t[j] >= UInt8(ascii: "A"), t[j] <= UInt8(ascii: "Z"),
                  let d = PeriodParser.find(t, j..<min(hi, j + 24), bareDates: true), d.kind == .instant else { break }
            let dPhrase = Array(d.text.utf8)
            guard let dAt = firstIndex(of: dPhrase, in: t, j..<min(hi, j + 24)), dAt == j else { break }
            out.append(StatedPeriod(kind: first.kind, year: d.year, month: d.month, day: d.day, text: d.text))
            i = j + dPhrase.count
        }
        return out.count == count ? out : nil
    }

    /// The rest of a list `figures[k...e]` whose head is the last of `out`, one fact per
    /// period of `ps` (`listPeriods`): the head takes the first period; a figure for the same
    /// dates is another current one, any other a comparative of the head.
    static func appendList(_ out: inout [NarrativeFact], metric m: String, _ figures: [Figure], _ k: Int, _ e: Int,
                           _ ps: [StatedPeriod]) {
        guard e > k, ps.count == e - k + 1, !out.isEmpty else { return }
        let head = out.count - 1
        out[head].period = ps[0]
        for i in (k + 1)...e {
            let same = ps[i - k].sameDates(ps[0])
            out.append(NarrativeFact(metric: m, figure: figures[i], period: ps[i - k],
                                     role: same ? "current" : "comparative", of: same ? nil : head, stated: out[head].stated))
        }
    }

    /// **respectiveMetrics.** A list of figures closed by `respectively` whose periods are
    /// not a list (`listPeriods` found none) states one figure for each of a list of metrics,
    /// all for the head's period: `At December 31, 2024, the carrying value and fair value of
    /// debt was $18.2 billion and $16.8 billion, respectively.` -> `Carrying value of debt`
    /// $18.2 billion, `Fair value of debt` $16.8 billion; `we had U.S. federal, state and
    /// foreign net operating loss carryforwards of $363 million, $329 million and $329 million,
    /// respectively` -> `U.S. federal net operating loss carryforwards`, `State net operating
    /// loss carryforwards`, `Foreign net operating loss carryforwards`. The metrics are the
    /// items (split at commas and `and`) of the words before the metric's first preposition
    /// or participle (`of debt`, `allocated to ...`), each with that qualifier; an item of at
    /// most two words, shorter by two words than the last and not ending as it does, is an
    /// adjective of the last item's noun (`federal`, `state`), and so is a shorter one ending
    /// in a hyphenated compound (`short-term and long-term obligations` -> `Short-term
    /// obligations`; `revenue and operating income` keeps `Revenue`). Nil unless the head metric
    /// (`m`) has exactly `count` items and `respectively` follows the list (after `after`).
    static func respectiveMetrics(_ m: String, _ t: [UInt8], after: Int, count: Int) -> [String]? {
        // `respectively` right after the list (commas and spaces between).
        var i = max(0, min(after, t.count))
        while i < t.count, t[i] == 0x20 || t[i] == UInt8(ascii: ",") { i += 1 }
        let word = Array("respectively".utf8)
        guard i + word.count <= t.count, (0..<word.count).allSatisfy({ Words.lower(t[i + $0]) == word[$0] }) else { return nil }
        // The items of the words before the qualifier, as space-separated tokens.
        let tokens = m.split(separator: " ").map(String.init)
        let qualifierAt = tokens.firstIndex { metricQualifiers.contains($0.lowercased()) } ?? tokens.count
        var items: [[String]] = [[]]
        for tok in tokens[..<qualifierAt] {
            if tok.lowercased() == "and" || tok.lowercased() == "or" {
                if !(items[items.count - 1].isEmpty) { items.append([]) }
                continue
            }
            if tok.hasSuffix(",") {
                items[items.count - 1].append(String(tok.dropLast()))
                items.append([])
                continue
            }
            items[items.count - 1].append(tok)
        }
        guard items.count == count, count >= 2, items.allSatisfy({ !$0.isEmpty }) else {
            return items.count == 1 ? namesInQualifier(tokens, from: qualifierAt, count: count) : nil
        }
        return itemMetrics(items, qualifier: tokens[qualifierAt...])
    }

    /// **namesInQualifier.** A metric of one noun whose qualifier ends in as many names as the
    /// list has figures (`respectiveMetrics`): `goodwill allocated to our Industrial and Medical
    /// segments of $2.10 billion and $450 million, respectively` -> `Goodwill allocated to
    /// Industrial segments`, `Goodwill allocated to Medical segments`. The names are the words
    /// after the qualifier's last link (`nameLinks`, as `respectiveNames` has them: `to`, `in`, `by`, `for`, `at`, `from`,
    /// `among`, `between`, `with`, `on`), a leading article or `our` dropped, split at commas,
    /// `and`, `or`; a short name takes the last one's noun as `respectiveMetrics` has it. Nil
    /// unless exactly `count` names of one to six words each.
    static func namesInQualifier(_ tokens: [String], from q: Int, count: Int) -> [String]? {
        guard q < tokens.count, let l = tokens.indices.last(where: { $0 > q && nameLinks.contains(tokens[$0].lowercased()) }) else { return nil }
        var names: [[String]] = [[]]
        for (i, tok) in tokens[(l + 1)...].enumerated() {
            let w = tok.lowercased()
            if i == 0, determiners.contains(w) { continue }
            if w == "and" || w == "or" {
                if !names[names.count - 1].isEmpty { names.append([]) }
                continue
            }
            names[names.count - 1].append(tok.hasSuffix(",") ? String(tok.dropLast()) : tok)
            if tok.hasSuffix(",") { names.append([]) }
        }
        guard names.count == count, names.allSatisfy({ !$0.isEmpty && $0.count <= 6 }) else { return nil }
        let head = tokens[...l].joined(separator: " ")
        return itemMetrics(names, qualifier: [], capitalized: false).map { head + " " + $0 }
    }

    /// One metric per item (`respectiveMetrics`): an item of at most two words, shorter than
    /// the last, takes the last item's noun; each then the qualifier, capitalized.
    static func itemMetrics(_ items: [[String]], qualifier: ArraySlice<String>, capitalized: Bool = true) -> [String] {
        guard let lastItem = items.last else { return [] }
        return items.indices.map { k in
            var item = items[k]
            if k < items.count - 1, item.count <= 2, item.last?.lowercased() != lastItem.last?.lowercased(),
               item.count + 1 < lastItem.count || item.count < lastItem.count && item.last?.contains("-") == true {
                item += lastItem.dropFirst()
            }
            let s = (item + qualifier).joined(separator: " ")
            guard capitalized, let c = s.first else { return s }
            return c.uppercased() + s.dropFirst()
        }
    }

    /// **comparativeList.** A list of figures after a comparative word (`, and`, `compared
    /// to`) with a list of as many periods of its own (`listPeriods`): `The expense was $81
    /// million and $153 million for the three and six months ended June 30, 2025,
    /// respectively, and $69 million and $145 million for the three and six months ended June
    /// 30, 2024, respectively.`, `... for the three months ended June 30, 2025 and 2024,
    /// respectively, and $2 million and $5 million for the six months ended June 30, 2025 and
    /// 2024, respectively.` Each figure of `figures[k...e]` takes its own period in order (read
    /// one by one, the second list's figures all took the first period after the last of
    /// them); one for the dates of `current` is another current figure, any other a
    /// comparative of the current one. (The first figure is `first`: it may have taken a
    /// unit noun.) The index of the list's last figure when it read one; nil (and `out` untouched) when
    /// no list starts at `figures[k]`, it names another metric (`namesOtherMetric`) or has no
    /// periods of its own.
    static func appendComparativeList(_ out: inout [NarrativeFact], _ t: [UInt8], metric m: String, _ figures: [Figure], _ k: Int,
                                      first: Figure, ctx: [Word], sentence r: Range<Int>, current: StatedPeriod?,
                                      base: StatedPeriod?, earlier: [StatedPeriod]? = nil) -> Int? {
        let e = listEnd(t, figures, from: k)
        let afterEnd = e + 1 < figures.count ? figures[e + 1].start : r.upperBound
        guard e > k, !namesOtherMetric(ctx),
              let ps = samePeriodsIn(t, figures[e].end..<afterEnd, earlier: earlier, count: e - k + 1)
                ?? listPeriods(t, figures, k, e, clauseStart: figures[k].start, sentenceEnd: r.upperBound, base: current ?? base),
              ps.count == e - k + 1 else { return nil }
        let index = currentIndex(out, first.unit)
        for i in k...e {
            let same = current.map { ps[i - k].sameDates($0) } ?? false
            out.append(NarrativeFact(metric: m, figure: i == k ? first : figures[i], period: ps[i - k],
                                     role: same ? "current" : "comparative", of: same ? nil : index))
        }
        return e
    }

    /// **samePeriodsIn.** A comparative list dated only as `the same periods in 2024` (`Dividends
    /// received were $10 and $8 during the six and three months ended June 30, 2025 and $37 and
    /// $17 for the same periods in 2024.`): the periods of the list read before it in the
    /// sentence (`earlier`, as many), each moved to that year: six and three months ended June
    /// 30, 2024. Nil unless `t[range]` says `same period` or `same periods`, then `in` or `of`
    /// and a year, and `earlier` has `count` periods.
    static func samePeriodsIn(_ t: [UInt8], _ range: Range<Int>, earlier: [StatedPeriod]?, count: Int) -> [StatedPeriod]? {
        guard let earlier, earlier.count == count, range.count <= 80, range.upperBound <= t.count else { return nil }
        let words = Words.split(t[range])
        guard let s = words.indices.first(where: { words[$0].text == "same" }), s + 3 < words.count,
              ["period", "periods"].contains(words[s + 1].text), ["in", "of"].contains(words[s + 2].text),
              words[s + 3].text.count == 4, let year = Int(words[s + 3].text), year >= 1900, year <= 2100 else { return nil }
        return earlier.map { p in p.shifted(years: p.year - year, text: "same period in \(year)") }
    }

    /// The rest of a list `figures[k...e]` whose head is the last of `out`, read as a list of
    /// metrics (`respectiveMetrics`): the head takes the first metric, each other figure its
    /// own with the head's period. False (and `out` untouched) when the list is no such list.
    static func appendRespective(_ out: inout [NarrativeFact], _ t: [UInt8], _ figures: [Figure], _ k: Int, _ e: Int) -> Bool {
        guard e > k, let head = out.indices.last, out[head].figure == figures[k],
              let ms = respectiveMetrics(out[head].metric, t, after: figures[e].end, count: e - k + 1) else { return false }
        out[head].metric = ms[0]
        for i in (k + 1)...e {
            out.append(NarrativeFact(metric: ms[i - k], figure: figures[i], period: out[head].period, role: "current", stated: false))
        }
        return true
    }

    /// **currencyItems.** A list of amounts each in a currency of its own states one measure
    /// once in each currency, the way a note gives the notional amounts of its hedges or the
    /// principal of its foreign notes: `notional amounts totaling €6.2 billion, SEK 1.4 billion,
    /// CAD 500 million and CHF 50 million at December 31, 2024` is four facts of that metric,
    /// one per currency, all of the period stated right after the list (else the head's). The
    /// items are amounts in pairwise different currencies (any the scanner knows), separated
    /// only by commas, `and`, `or`; a list in one currency is `listEnd`'s. A second list of the
    /// same currencies in the same order after that period phrase and `and`, with a period of
    /// its own (`and €4.9 billion, SEK 1.4 billion, CAD 750 million and CHF 50 million at
    /// December 31, 2023`), is the same measure at that period. Returns the items after the
    /// head, `k + 1` on, each with its period (nil where none is stated after the list).
    static func currencyItems(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>,
                              base: StatedPeriod?) -> [(index: Int, period: StatedPeriod?)]? {
        let e = currencyRunEnd(t, figures, from: k)
        guard e > k else { return nil }
        func periodAfter(_ e: Int) -> StatedPeriod? {
            let next = e + 1 < figures.count ? figures[e + 1].start : r.upperBound
            return PeriodParser.find(t, cutComparison(t, figures[e].end..<min(next, figures[e].end + listGapBytes)), base: base)
        }
        let first = periodAfter(e)
        var out = ((k + 1)...e).map { (index: $0, period: first) }
        // The same currencies again, for another period.
        let j = e + 1, n = e - k + 1
        if let p1 = first, j + n - 1 < figures.count, isListGap(t, figures[e].end, opening(t, figures[j])),
           currencyRunEnd(t, figures, from: j) == j + n - 1,
           (0..<n).allSatisfy({ figures[j + $0].unit == figures[k + $0].unit }),
           let second = periodAfter(j + n - 1), !second.sameDates(p1) {
            out += (j...(j + n - 1)).map { (index: $0, period: second) }
        }
        return out
    }

    /// The last figure of the run of amounts from `figures[k]` in pairwise different
    /// currencies separated only by commas, `and`, `or` (`currencyItems`); `k` when none follows.
    static func currencyRunEnd(_ t: [UInt8], _ figures: [Figure], from k: Int) -> Int {
        guard k < figures.count, figures[k].hasCurrency else { return k }
        var e = k
        var units: [String?] = [figures[k].unit]
        while e + 1 < figures.count, figures[e + 1].hasCurrency, !units.contains(figures[e + 1].unit),
              isPlainListGap(t, figures[e].end, opening(t, figures[e + 1])) {
            e += 1
            units.append(figures[e].unit)
        }
        return e
    }

    /// Whether `t[a..<b]` holds only spaces, commas and the words `and`, `or`, at least one
    /// comma or word (`currencyRunEnd`).
    static func isPlainListGap(_ t: [UInt8], _ a: Int, _ b: Int) -> Bool {
        isGap(t, a, b, maxBytes: 8) { Words.equal(t, $0, andWord) || Words.equal(t, $0, orWord) }
    }
    static let andWord = Array("and".utf8)
    static let orWord = Array("or".utf8)

    /// Words that open the qualifier shared by the items of a list of metrics (`respectiveMetrics`).
    static let metricQualifiers: Set<String> = ["of", "for", "to", "in", "on", "at", "from", "under", "with", "by", "subject",
                                                "related", "designated", "held", "allocated", "attributable", "recorded"]

    /// The first place `needle` occurs in `t[range]`.
    static func firstIndex(of needle: [UInt8], in t: [UInt8], _ range: Range<Int>) -> Int? {
        guard let c0 = needle.first, range.count >= needle.count else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - needle.count
        while i <= last {
            if t[i] == c0 {
                var k = 1
                while k < needle.count, t[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// **sharedTrailingPeriods.** Two lists of as many figures joined by `and`, each its own
    /// metric, whose periods are printed once, after the second: `Additions to the allowance
    /// were $5.5 billion, $5.2 billion, and $5.5 billion and deductions from the allowance were
    /// $5.2 billion, $5.1 billion, and $5.5 billion in 2022, 2023, and 2024.`, `long-term
    /// deferred tax assets of $3.40 billion and $1.22 billion and long-term deferred tax
    /// liabilities of $247 million and $245 million for fiscal years 2023 and 2022,
    /// respectively`. The first list `figures[k...e]` takes the periods of the list right
    /// after it when the words between start with `and` and state no period, the next list
    /// has as many figures of the same unit, and exactly as many periods follow it; nil
    /// otherwise.
    static func periodsOfNextList(_ t: [UInt8], _ figures: [Figure], _ k: Int, _ e: Int, sentenceEnd: Int,
                                  base: StatedPeriod?) -> [StatedPeriod]? {
        let n = e - k + 1
        guard n >= 2, e + 1 < figures.count, figures[e + 1].unit == figures[e].unit else { return nil }
        let gap = figures[e].end..<opening(t, figures[e + 1])
        let words = Words.split(t[gap])
        guard gap.count <= 160, words.first?.text == "and" || opensIncludedPart(words), PeriodParser.find(t, gap, base: base) == nil
        else { return nil }
        let e2 = listEnd(t, figures, from: e + 1)
        guard e2 - e == n else { return nil }
        let afterEnd = e2 + 1 < figures.count ? figures[e2 + 1].start : sentenceEnd
        return periodList(t, figures[e2].end..<afterEnd, base: base, count: n)
    }

    /// **includedPartPeriods.** Whether the words between two lists open a part of the first
    /// list's measure stated alongside it (`which includes`, `which included`, `including`):
    /// `Depreciation expense on equipment was $4.9 billion, $5.2 billion, and $6.1 billion which
    /// includes amortization of equipment acquired under finance leases of $1.1 billion, $1.2
    /// billion, and $1.3 billion for 2022, 2023, and 2024.` The part's periods are the whole's
    /// (`sharedTrailingPeriods`); before, the first list kept its head alone.
    static func opensIncludedPart(_ words: [Word]) -> Bool {
        guard let w = words.first else { return false }
        if w.text == "including" { return true }
        return w.text == "which" && words.count > 1 && ["includes", "included", "include"].contains(words[1].text)
    }

    /// The periods of a list of figures `figures[k...e]` whose first is stated as the metric's
    /// figure: a list of exactly as many periods after the last figure (`... and $189 million,
    /// respectively, as of ...`, `as of December 31, 2022, 2023, and 2024`) or before the
    /// first in the same clause (`During fiscal 2024, 2023 and 2022, ... was`), else each
    /// figure's own period phrase right after it (`$7.9 billion in 2023,`; as long as the gap
    /// `isListGap` lets between two items, 64 bytes: `$16.1 million for the six months ended
    /// June 30, 2025,` is 41 bytes, **datedListItems**), else
    /// (**respectivelyAgain**) the periods of an earlier list of as many figures in the same
    /// sentence (`During fiscal 2024, 2023 and 2022, the intrinsic value was $185 million, $134
    /// million and $56 million, respectively, and the tax benefit was $28 million, $27 million
    /// and $11 million`); nil when none serves.
    static func listPeriods(_ t: [UInt8], _ figures: [Figure], _ k: Int, _ e: Int, clauseStart: Int, sentenceEnd: Int,
                            base: StatedPeriod?, earlier: [StatedPeriod]? = nil) -> [StatedPeriod]? {
        let n = e - k + 1
        let afterEnd = e + 1 < figures.count ? figures[e + 1].start : sentenceEnd
        if let p = periodList(t, figures[e].end..<afterEnd, base: base, count: n) { return p }
        if let p = periodList(t, clauseStart..<figures[k].start, base: base, count: n) { return p }
        var own: [StatedPeriod] = []
        for i in k...e {
            let next = i + 1 < figures.count ? figures[i + 1].start : sentenceEnd
            guard let p = PeriodParser.find(t, figures[i].end..<min(next, figures[i].end + listGapBytes), base: base) else {
                return earlier?.count == n ? earlier : periodsOfNextList(t, figures, k, e, sentenceEnd: sentenceEnd, base: base)
            }
            own.append(p)
        }
        return own
    }
}
