import FolioModel

/// A date as a header, label or title prints it, possibly in pieces: `December 31, 2024`,
/// `December 31,` (the year in the row below), `December 2024`, `2024` alone.
struct PrintedDate: Sendable, Hashable {
    var month: Int
    /// Nil when only the month is printed (`December 2024`: its last day).
    var day: Int?
    var year: Int?
}

/// A period printed from one date to another.
struct PrintedSpan: Sendable, Hashable {
    var start: PrintedDate
    var end: PrintedDate
}

/// What a piece of table text (a column's header path, a row label, a title) says about a
/// period, read once from its words: the length (`Three Months Ended`, `52 Weeks Ended`,
/// `Year Ended`), whether it is an instant (`As of`, `At`, `Balance at`), the dates and
/// years it prints, and whether it compares periods (`% Change`, `2024 vs. 2023`).
struct PeriodClues: Sendable, Hashable {
    var months: Int?
    var weeks: Int?
    var instant = false
    private(set) var dates: [PrintedDate] = []
    /// Years printed alone (not part of a date), in order.
    private(set) var years: [Int] = []
    /// Years printed as fiscal-year labels: `Fiscal 2024`, `FY2024`, `Fiscal Year 2024`.
    private(set) var fiscalYears: [Int] = []
    /// `Change`, `vs.`, `Variance`, `Increase (Decrease)`: a column comparing two periods.
    var change = false
    /// Periods printed from one date to another (`from June 3, 1996 (inception) to December
    /// 31, 1996`).
    private(set) var spans: [PrintedSpan] = []
    private var from: PrintedDate?

    /// `Balance`, `Balances`: a rollforward's opening or closing row.
    var balance = false
    /// `beginning of (the) year` / `end of period`: a row of a statement of flows that is a
    /// balance at one end of the column's period (`Cash at beginning of year`).
    var boundary: Boundary?

    enum Boundary: Sendable, Hashable { case beginning, end }

    /// The text is a side of a balance sheet and nothing else (`Assets`, `Current
    /// liabilities`, `Liabilities and stockholders' equity`): read from a group row, its rows
    /// are balances at a date, never flows (a purchase price allocation by year: `Assets` >
    /// `Goodwill` under `2024` | `2023`). Not `Changes in operating assets and liabilities`.
    var balanceSheetSide = false

    /// `First quarter` .. `Fourth quarter` (`1st` .. `4th`): which quarter of a fiscal year.
    var quarterNumber: Int?

    /// The ordinal words before `quarter` (`quarterNumber`).
    static let quarterOrdinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4,
                                                 "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]

    /// The text places its amounts on the balance sheet: `on`, `in`, `within` or `to` (then `the`,
    /// `our`, `consolidated`, `condensed`, `combined`) before `balance sheet(s)` or `statement(s)
    /// of financial position` (`Amounts recognized on the consolidated balance sheets`, `Net
    /// amount recognized in the statement of financial position`, `Reconciliation of cash ...
    /// to the Condensed Consolidated Statement of Financial Position`). Not `Balance sheet hedges`
    /// nor `Balance sheet classification`: no word places anything.
    var onBalanceSheet = false

    /// Something that dates a row or a group by itself: a printed date with its day, a year
    /// with a length, or a fiscal-year label (`Balance at December 31, 2024`, `Year Ended
    /// ...`, `Fiscal 2024`); not a year alone (`2025 Notes`, a maturity schedule's `2026`)
    /// nor a month (`Notes due February 2024`).
    var datesByItself: Bool {
        allYears.count == 1 && !change && (dates.contains { $0.day != nil } || hasLength || !fiscalYears.isEmpty)
    }

    /// Every distinct year printed, whatever its form: dates', then spans' ends, years alone,
    /// fiscal-year labels. Set once the words are read (the resolver asks for it several times
    /// per cell).
    private(set) var allYears: [Int] = []

    /// `allYears` from the clues read.
    private static func distinctYears(dates: [PrintedDate], spans: [PrintedSpan], years: [Int], fiscalYears: [Int]) -> [Int] {
        var out: [Int] = []
        func add(_ y: Int) { if !out.contains(y) { out.append(y) } }
        for d in dates { if let y = d.year { add(y) } }
        for s in spans { if let y = s.end.year { add(y) } }
        for y in years { add(y) }
        for y in fiscalYears { add(y) }
        return out
    }

    /// Something to date a period by: a year in any form.
    var hasYear: Bool { !allYears.isEmpty }
    var hasLength: Bool { months != nil || weeks != nil }

    static let empty = PeriodClues()

    /// The clues of `text` (lower-cased words; `%`, `$` and punctuation are separators).
    init(_ text: String) {
        self.init(words: PeriodClues.words(text))
    }

    init() {}

    init(words w: [String]) {
        var i = 0
        func word(_ k: Int) -> String { k >= 0 && k < w.count ? w[k] : "" }
        while i < w.count {
            let t = w[i]
            if let m = Months.number(t), let date = PeriodClues.date(w, at: i, month: m) {
                let before = word(i - 1)
                if before == "from" {
                    // `Period from June 3, 1996 (Inception) to December 31, 1996`.
                    from = date.0
                } else if before == "to" || before == "through", let start = from {
                    spans.append(PrintedSpan(start: start, end: date.0))
                    from = nil
                } else if !PeriodClues.maturityWords.contains(before) {
                    // `Senior notes due February 2024`: a maturity, not a period.
                    dates.append(date.0)
                }
                if PeriodClues.instantWords.contains(word(i - 1)) { instant = true }
                i = date.1
                continue
            }
            if let y = Years.fourDigit(t) {
                if word(i - 1) == "fiscal" || word(i - 1) == "fy" || (word(i - 1) == "year" && word(i - 2) == "fiscal") {
                    fiscalYears.append(y)
                } else {
                    years.append(y)
                }
                i += 1
                continue
            }
            if let y = PeriodClues.fyWord(t) { fiscalYears.append(y); i += 1; continue }
            // `Less Than 12 Months`, `over 12 months`: an age bucket, not the period's length.
            if var n = PeriodClues.count(t), !PeriodClues.bucketWords.contains(word(i - 1)) {
                var next = word(i + 1)
                // `fifty-two weeks`
                if n == 50, let unit = PeriodClues.count(next), unit < 10 {
                    n += unit
                    i += 1
                    next = word(i + 1)
                }
                // `12 Months or Greater`, `12 months or longer`: an age bucket too.
                let bucketAfter = word(i + 2) == "or" && PeriodClues.bucketAfterWords.contains(word(i + 3))
                if next == "months" || next == "month", bucketAfter {
                    i += 2
                    continue
                }
                if next == "months" || next == "month" {
                    if months == nil { months = n }
                    i += 2
                    continue
                }
                if next == "weeks" || next == "week" {
                    if weeks == nil { weeks = n }
                    i += 2
                    continue
                }
            }
            // Every word below starts with one of these letters: the others skip the compares.
            switch t.utf8.first {
            case UInt8(ascii: "q"), UInt8(ascii: "y"), UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "e"),
                 UInt8(ascii: "o"), UInt8(ascii: "c"), UInt8(ascii: "v"), UInt8(ascii: "i"), UInt8(ascii: "d"): break
            default:
                i += 1
                continue
            }
            switch t {
            case "quarter", "quarters":
                if months == nil, weeks == nil { months = 3 }
                if t == "quarter", let n = Self.quarterOrdinals[word(i - 1)] { quarterNumber = n }
            case "year", "years":
                // `Year Ended`, `Fiscal Year`, `Years Ending`; not `year-to-date` or `prior year`.
                let next = word(i + 1)
                if months == nil, weeks == nil,
                   next == "ended" || next == "ending" || next == "end" || word(i - 1) == "fiscal" || word(i - 1) == "twelve" {
                    months = 12
                }
            case "as":
                if word(i + 1) == "of" || word(i + 1) == "at" { instant = true }
            case "beginning", "end", "opening", "ending", "closing":
                let next = word(i + 1), after = word(i + 2) == "the" ? word(i + 3) : word(i + 2)
                if next == "of", ["period", "year", "quarter", "month", "fiscal", "years", "periods"].contains(after) {
                    boundary = t == "end" ? .end : .beginning
                } else if t != "end", w.contains("balance") || w.contains("balances") || next == "outstanding" {
                    // `Beginning balance`, `Total equity, beginning balances`, `Ending outstanding balance`.
                    boundary = t == "beginning" || t == "opening" ? .beginning : .end
                }
            case "expected":
                // `Expected to vest`, `Vested and expected to vest`, `Vested or expected to
                // vest`: awards outstanding at the end of an award activity table's period.
                if word(i + 1) == "to", word(i + 2) == "vest" { boundary = .end }
            case "balance", "balances":
                balance = true
            case "change", "changes", "vs", "versus", "variance", "increase", "decrease", "compared":
                change = true
            default:
                break
            }
            i += 1
        }
        allYears = Self.distinctYears(dates: dates, spans: spans, years: years, fiscalYears: fiscalYears)
        balanceSheetSide = w.contains { $0 == "assets" || $0 == "liabilities" } && w.allSatisfy { Self.balanceSideWords.contains($0) }
        onBalanceSheet = Self.placesOnBalanceSheet(w)
    }

    /// `onBalanceSheet`, read from the words.
    static func placesOnBalanceSheet(_ w: [String]) -> Bool {
        for i in w.indices {
            let statement: Bool
            switch w[i] {
            case "balance": statement = i + 1 < w.count && (w[i + 1] == "sheet" || w[i + 1] == "sheets")
            case "statement", "statements":
                statement = i + 2 < w.count && w[i + 1] == "of" && w[i + 2] == "financial"
                    && i + 3 < w.count && (w[i + 3] == "position" || w[i + 3] == "condition")
            default: statement = false
            }
            guard statement else { continue }
            var k = i - 1
            while k >= 0, Self.statementQualifiers.contains(w[k]) { k -= 1 }
            if k >= 0, w[k] == "on" || w[k] == "in" || w[k] == "within" || w[k] == "to" { return true }
        }
        return false
    }

    /// Words between a placing word and the statement it names (`on the consolidated balance
    /// sheets`).
    static let statementQualifiers: Set<String> = ["the", "our", "consolidated", "condensed", "combined", "company", "s"]

    /// The words of a balance sheet's side (`balanceSheetSide`).
    static let balanceSideWords: Set<String> = ["assets", "liabilities", "current", "noncurrent", "non", "long", "term", "and",
                                                "equity", "stockholders", "shareholders", "s"]

    /// Words before a date that make it a maturity or a deadline, not a period.
    static let maturityWords: Set<String> = ["due", "matures", "maturing", "maturity", "expiring", "expires", "expire", "until", "through"]

    /// Words before a count of months that make it an age bucket (`Less Than 12 Months`).
    static let bucketWords: Set<String> = ["than", "over", "under", "within", "beyond", "exceeding", "past", "last", "next"]

    /// Words after `<n> months or` that make it an age bucket (`12 Months or Greater`).
    static let bucketAfterWords: Set<String> = ["greater", "longer", "more", "over", "beyond"]

    /// Words that put a date as an instant: `at December 31`, `as of`, `balance at`.
    static let instantWords: Set<String> = ["at", "of", "as"]

    /// A date starting at the month word `w[i]` (`Dates`, the one date grammar): the month,
    /// then a day (1-31, at most two digits) and/or a year. A month with neither (`may`) is not
    /// a date. Returns the date and the index after it.
    static func date(_ w: [String], at i: Int, month m: Int) -> (PrintedDate, Int)? {
        func word(_ k: Int) -> ClueWord { ClueWord(text: k < w.count ? w[k] : "") }
        if let d = Dates.monthDayYear(at: i, word) { return (PrintedDate(month: m, day: d.day, year: d.year), d.next) }
        if let d = Dates.monthDay(at: i, word) { return (PrintedDate(month: m, day: d.day, year: nil), d.next) }
        if let d = Dates.monthYear(at: i, word) { return (PrintedDate(month: m, day: nil, year: d.year), d.next) }
        return nil
    }

    /// A header's word (`words`: lower-cased letters or digits) as the date grammar reads it.
    struct ClueWord: DateWord {
        var text: String
        var dateMonth: Int? { Months.number(text) }
        var dateDay: Int? {
            guard text.utf8.count <= 2, let d = Int(text), Dates.days.contains(d) else { return nil }
            return d
        }
        var dateYear: Int? { Years.fourDigit(text) }
    }

    /// Lower-cased ASCII letter and digit runs of `text` (other bytes separate words).
    /// Each word is written lower-cased straight into its `String` (no byte array between).
    /// The runs are counted first, so the array is allocated once (it grew by doubling, a
    /// copy per step, for every label, group and header the resolver reads).
    static func words(_ text: String) -> [String] {
        ByteSearch.withBytes(text) { b in
            func isWordByte(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) }
            var runs = 0
            var inWord = false
            for c in b {
                let w = isWordByte(c)
                if w && !inWord { runs += 1 }
                inWord = w
            }
            var out: [String] = []
            out.reserveCapacity(runs)
            var i = 0
            while i < b.count {
                guard isWordByte(b[i]) else { i += 1; continue }
                var j = i + 1
                while j < b.count, isWordByte(b[j]) { j += 1 }
                let run = UnsafeBufferPointer(rebasing: b[i..<j])
                let word = String(unsafeUninitializedCapacity: run.count) { buf in
                    for k in 0..<run.count { buf[k] = ByteSearch.lowerASCII(run[k]) }
                    return run.count
                }
                // Only a long word ending as a period word does (`r`, `s`, `d`) may be glued.
                let last = ByteSearch.lowerASCII(b[j - 1])
                if run.count >= 6, last == 0x72 || last == 0x73 || last == 0x64, endsInGluedPeriodWord(run), let parts = unglued(word) {
                    out.append(contentsOf: parts)
                } else if run.count >= 4, last >= 0x30, last <= 0x39, ByteSearch.lowerASCII(run[0]) >= 0x61, let parts = monthGluedToDay(word) {
                    out.append(contentsOf: parts)
                } else {
                    out.append(word)
                }
                i = j
            }
            return out
        }
    }

    /// **Month glued to its day.** A converter that drops the space between a month and the
    /// day after it (`Balance at January1, 2024`, `December31,2024`) hides the date from the
    /// clues: a word that is a month's full name followed by one or two digits making a day
    /// (`Dates.days`) is read as the two words (`january`, `1`). Any other word stays whole
    /// (`q1`, `tier1`, `june2024`): nil.
    static func monthGluedToDay(_ w: String) -> [String]? {
        guard let cut = w.firstIndex(where: \.isNumber) else { return nil }
        let head = String(w[..<cut]), tail = String(w[cut...])
        guard tail.utf8.count <= 2, tail.allSatisfy(\.isNumber), let day = Int(tail), Dates.days.contains(day),
              Months.number(fullName: head) != nil else { return nil }
        return [head, tail]
    }

    /// **Period words glued to the word before.** A converter that drops the space between
    /// two words of a heading or label (`as of and for theyears ended December 31`, `Cash,
    /// beginningofyear`, `End ofperiod`) hides the period word the clues read: a word that
    /// ends in a period word (`year`, `years`, `period`, `periods`, `quarter`) after `the`,
    /// `of` or `for` (themselves after nothing or a boundary word: `beginning`, `end`,
    /// `opening`, `ending`, `closing`) is read as those words (`the years`, `beginning of
    /// year`). Any other word stays whole (`midyear`, `biyearly`): nil.
    static func unglued(_ w: String) -> [String]? {
        guard w.utf8.count >= 6, let tail = gluedPeriodWords.first(where: { w.hasSuffix($0) }), w.utf8.count > tail.utf8.count else { return nil }
        var head = String(w.dropLast(tail.count))
        var out = [tail]
        if head.hasSuffix("the") {
            out.insert("the", at: 0)
            head = String(head.dropLast(3))
        }
        if head.hasSuffix("of") {
            out.insert("of", at: 0)
            head = String(head.dropLast(2))
        }
        if head == "for" || (out.count > 1 && gluedBoundaryWords.contains(head)) {
            out.insert(head, at: 0)
        } else if !head.isEmpty || out.count == 1 {
            return nil
        }
        return out
    }

    static let gluedPeriodWords = ["years", "year", "periods", "period", "quarter"]
    /// `gluedPeriodWords` as bytes.
    static let gluedPeriodBytes: [[UInt8]] = gluedPeriodWords.map { Array($0.utf8) }

    /// Whether the bytes of a word (any case) end in one of `gluedPeriodWords` with a byte
    /// or more before it: what `unglued` needs before it reads the word. Most long words a
    /// label prints end in `s`, `d` or `r` (`expenses`, `deferred`); asked on bytes, they
    /// skip `unglued`'s `String` suffix tests.
    static func endsInGluedPeriodWord(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        for tail in gluedPeriodBytes where run.count > tail.count {
            let start = run.count - tail.count
            var k = 0
            while k < tail.count, ByteSearch.lowerASCII(run[start + k]) == tail[k] { k += 1 }
            if k == tail.count { return true }
        }
        return false
    }
    static let gluedBoundaryWords: Set<String> = ["beginning", "end", "opening", "ending", "closing"]


    /// `fy2024`, `fy24`: a fiscal-year label in one word.
    static func fyWord(_ w: String) -> Int? {
        guard w.utf8.first == UInt8(ascii: "f"), w.hasPrefix("fy") else { return nil }
        let digits = w.dropFirst(2)
        guard let v = Int(digits) else { return nil }
        if digits.utf8.count == 4, v >= 1900, v <= 2100 { return v }
        if digits.utf8.count == 2 { return 2000 + v }
        return nil
    }

    /// A count of months or weeks: digits (1-99) or a number word.
    /// Read on bytes: a word of digits is its value; a number word is compared only with the
    /// words of its first letter.
    static func count(_ w: String) -> Int? {
        let u = w.utf8
        guard let f = u.first else { return nil }
        if ByteClass.isDigit(f) {
            guard u.count <= 2 else { return nil }
            var v = 0
            for b in u {
                guard ByteClass.isDigit(b) else { return nil }
                v = v * 10 + Int(b &- 0x30)
            }
            return v > 0 ? v : nil
        }
        switch f {
        case UInt8(ascii: "o"): return w == "one" ? 1 : nil
        case UInt8(ascii: "t"):
            switch w {
            case "two": return 2
            case "three": return 3
            case "twelve": return 12
            case "thirteen": return 13
            case "twenty": return 20
            default: return nil
            }
        case UInt8(ascii: "f"): return w == "four" ? 4 : w == "fifty" ? 50 : nil
        case UInt8(ascii: "s"): return w == "six" ? 6 : w == "sixteen" ? 16 : nil
        case UInt8(ascii: "n"): return w == "nine" ? 9 : nil
        default: return nil
        }
    }
}
