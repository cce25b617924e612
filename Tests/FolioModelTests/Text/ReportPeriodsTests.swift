import FolioModel
import Testing

/// Words cut at spaces, read as `ReportPeriods` reads them (a four-digit year only).
private struct Word: ReportPeriodWord {
    var text: String
    var reportKeyword: ReportPeriods.Keyword { ReportPeriods.keyword(spelled: text) }
    var reportYear: Int? { Years.fourDigit(text) }
}

private func read(_ s: String, joint: Bool = false) -> ReportPeriods.Phrase? {
    let words = s.split(separator: " ").map { Word(text: String($0)) }
    func word(_ i: Int) -> Word { i >= 0 && i < words.count ? words[i] : Word(text: "") }
    for i in words.indices {
        if let p = joint ? ReportPeriods.joint(at: i, word) : ReportPeriods.phrase(at: i, word) { return p }
    }
    return nil
}

@Suite struct ReportPeriodsTests {
    @Test("a quarter, half or year named with its year")
    func phrases() {
        #expect(read("fourth quarter 2023") == ReportPeriods.Phrase(period: .quarter(4), year: 2023, start: 0, yearWord: 2))
        #expect(read("results for the third quarter of fiscal 2023") == ReportPeriods.Phrase(period: .quarter(3), year: 2023, start: 3, yearWord: 7))
        #expect(read("2nd quarter 2024")?.period == .quarter(2))
        #expect(read("first half 2024") == ReportPeriods.Phrase(period: .half(1), year: 2024, start: 0, yearWord: 2))
        #expect(read("q4 2023") == ReportPeriods.Phrase(period: .quarter(4), year: 2023, start: 0, yearWord: 1))
        #expect(read("full year 2023") == ReportPeriods.Phrase(period: .year, year: 2023, start: 0, yearWord: 2))
        #expect(read("fiscal years 2024 2023") == ReportPeriods.Phrase(period: .year, year: 2024, start: 0, yearWord: 2))
        #expect(read("fiscal 2024") == ReportPeriods.Phrase(period: .year, year: 2024, start: 0, yearWord: 1))
        #expect(read("fy 2024") == ReportPeriods.Phrase(period: .year, year: 2024, start: 0, yearWord: 1))
    }

    @Test("links bridge at most their reach; no year, no period")
    func limits() {
        #expect(read("fourth quarter of the calendar 2023") == nil) // three links after an ordinal quarter
        #expect(read("q4 of fiscal 2023")?.start == 2)              // `q4` reaches one link: `fiscal 2023` is read
        #expect(read("third half 2023") == nil)                     // a year has two halves
        #expect(read("fourth quarter results") == nil)
        #expect(read("fiscal 1850") == nil)
    }

    @Test("a quarter and its year named together")
    func joint() {
        #expect(read("fourth quarter and full year 2023") == ReportPeriods.Phrase(period: .year, year: 2023, start: 3, yearWord: 5))
        #expect(read("fourth quarter and full year 2023", joint: true)
                == ReportPeriods.Phrase(period: .quarter(4), year: 2023, start: 0, yearWord: 5, fullYearFrom: 3))
        #expect(read("q4 and fiscal year 2023", joint: true)?.fullYearFrom == 2)
        #expect(read("fourth quarter and 2023", joint: true) == nil)
    }
}
