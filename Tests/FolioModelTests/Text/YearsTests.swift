import FolioModel
import Testing

@Suite struct YearsTests {
    @Test("four digits from 1900 to 2100 are years")
    func years() {
        #expect(Years.fourDigit("2023") == 2023)
        #expect(Years.fourDigit("1900") == 1900)
        #expect(Years.fourDigit("2100") == 2100)
    }

    @Test("other numbers and words are not")
    func notYears() {
        #expect(Years.fourDigit("1899") == nil)
        #expect(Years.fourDigit("2101") == nil)
        #expect(Years.fourDigit("023") == nil)
        #expect(Years.fourDigit("20230") == nil)
        #expect(Years.fourDigit("+202") == nil)
        #expect(Years.fourDigit("FY23") == nil)
        #expect(Years.fourDigit("２０２３") == nil, "ASCII digits only")
        #expect(Years.fourDigit("") == nil)
    }

    @Test("a substring is read as its own bytes")
    func substrings() {
        let s = "FY2024 and 2025"
        #expect(Years.fourDigit(s.dropFirst(2).prefix(4)) == 2024)
        #expect(Years.fourDigit(s.suffix(4)) == 2025)
        #expect(Years.fourDigit(s.prefix(4)) == nil)
    }
}

@Suite struct YearOrSpanTests {
    @Test("a year or a two-year span names a report's period")
    func spans() {
        #expect(Years.isYearOrSpan("2023"))
        #expect(Years.isYearOrSpan("2023-24"))
        #expect(Years.isYearOrSpan("1999-00"))
    }

    @Test("other words are not: too short, too long, no dash, out of range")
    func notSpans() {
        #expect(!Years.isYearOrSpan("202"))
        #expect(!Years.isYearOrSpan("2023-2024"))
        #expect(!Years.isYearOrSpan("2023/24"))
        #expect(!Years.isYearOrSpan("1850"))
        #expect(!Years.isYearOrSpan("q4-2023"))
        #expect(!Years.isYearOrSpan("２０２３"))
    }
}
