import FolioModel
import Testing

/// A word for the grammar's tests: month names, days and years spelled plainly.
private struct W: DateWord {
    var text: String
    var dateMonth: Int? { Months.number(text) }
    var dateDay: Int? { Int(text).flatMap { Dates.days.contains($0) ? $0 : nil } }
    var dateYear: Int? { Years.fourDigit(text) }
}

private func words(_ s: String) -> (Int) -> W {
    let ws = s.split(separator: " ").map(String.init)
    return { k in W(text: k >= 0 && k < ws.count ? ws[k] : "") }
}

@Suite struct DatesTests {
    @Test("month words: full names, sept, three letters only in a short word")
    func monthWords() {
        #expect(Dates.month(letters: "december", wordLength: 9) == 12)
        #expect(Dates.month(letters: "sept", wordLength: 5) == 9)
        #expect(Dates.month(letters: "dec", wordLength: 4) == 12)
        #expect(Dates.month(letters: "mar", wordLength: 10) == nil, "Mar-a-Lago is no month")
        #expect(Dates.month(letters: "decade", wordLength: 6) == nil)
    }

    @Test("month day year and day month year")
    func fullDates() {
        #expect(Dates.monthDayYear(at: 0, words("march 12 2024")) == Dates.Parts(year: 2024, month: 3, day: 12, next: 3))
        #expect(Dates.dayMonthYear(at: 1, words("on 12 march 2024")) == Dates.Parts(year: 2024, month: 3, day: 12, next: 4))
        #expect(Dates.monthDayYear(at: 0, words("march 32 2024")) == nil)
        #expect(Dates.monthDayYear(at: 0, words("march 12 1850")) == nil)
        #expect(Dates.monthDayYear(at: 0, words("march 12")) == nil)
        #expect(Dates.dayMonthYear(at: 0, words("march 12 2024")) == nil)
    }

    @Test("a month and year ends on the month's last day; a month and day waits for its year")
    func partialDates() {
        #expect(Dates.monthYear(at: 0, words("february 2024")) == Dates.Parts(year: 2024, month: 2, day: 29, next: 2))
        #expect(Dates.monthYear(at: 0, words("february 12 2024")) == nil)
        #expect(Dates.monthDay(at: 0, words("june 30 and")) == Dates.Parts(year: 0, month: 6, day: 30, next: 2))
        #expect(Dates.monthDay(at: 0, words("june and")) == nil)
    }

    @Test("ISO dates: four-digit year, two-digit month, a day")
    func iso() {
        func n(_ s: Substring) -> Int? { Int(s) }
        #expect(Dates.iso("2024-03-12".split(separator: "-"), number: n).map { [$0.year, $0.month, $0.day] } == [2024, 3, 12])
        #expect(Dates.iso("2024-3-12".split(separator: "-"), number: n) == nil)
        #expect(Dates.iso("2024-13-12".split(separator: "-"), number: n) == nil)
        #expect(Dates.iso("24-03-12".split(separator: "-"), number: n) == nil)
        #expect(Dates.iso("2024-03".split(separator: "-"), number: n) == nil)
    }
}
