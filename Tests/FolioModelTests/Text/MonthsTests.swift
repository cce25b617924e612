import FolioModel
import Testing

@Suite struct MonthsTests {
    @Test("full names, three-letter abbreviations and sept name their months")
    func names() {
        #expect(Months.number("january") == 1)
        #expect(Months.number("december") == 12)
        #expect(Months.number("dec") == 12)
        #expect(Months.number("may") == 5)
        #expect(Months.number("sept") == 9)
        #expect(Months.number("sep") == 9)
    }

    @Test("other words are not months: prefixes longer than three, other words, upper case")
    func notMonths() {
        #expect(Months.number("janu") == nil)
        #expect(Months.number("ma") == nil)
        #expect(Months.number("marchx") == nil)
        #expect(Months.number("total") == nil)
        #expect(Months.number("March") == nil, "callers lower-case first")
        #expect(Months.number("") == nil)
    }

    @Test("read on bytes: every name and abbreviation of the lists, and no near miss of each first letter")
    func everyName() {
        for (i, name) in Months.names.enumerated() {
            #expect(Months.number(name) == i + 1)
            #expect(Months.number(Months.abbreviations[i]) == i + 1)
        }
        for w in ["jux", "junee", "febr", "mab", "apri", "augus", "sepx", "septe", "octo", "novembers", "dece", "xyz"] {
            #expect(Months.number(w) == nil, "\(w)")
        }
    }

    @Test("full names only")
    func fullNames() {
        #expect(Months.number(fullName: "june") == 6)
        #expect(Months.number(fullName: "jun") == nil)
        #expect(Months.isFullName("october"))
        #expect(!Months.isFullName("oct"))
        #expect(Months.names.count == 12 && Months.abbreviations.count == 12)
        #expect(Months.abbreviations[8] == "sep")
    }
}
