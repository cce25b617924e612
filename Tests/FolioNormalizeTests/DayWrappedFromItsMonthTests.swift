import FolioModel
import FolioNormalize
import Testing

/// A period heading wrapped before its day (`Three months ended June` / `30`) is joined into
/// one line by normalization (`Normalizer.dayWrappedFromItsMonth`, #17): no later reader takes
/// the day for a figure. Inputs written for it.
@Suite struct DayWrappedFromItsMonthTests {
    /// The day after a heading ending with its month is joined to it, with or without a comma.
    @Test func theDayJoinsItsMonth() throws {
        let doc = try normalized("""
            Revenues

            Six months ended June
            30
            2031
            2030
            $42,245
            $33,435

            Nine Months Ended March
            31,
            2031

            """)
        #expect(doc.lines.contains("Six months ended June 30"))
        #expect(doc.lines.contains("Nine Months Ended March 31,"))
        #expect(doc.lines.contains("2031"))
    }

    /// Guards: a number that is no day (`32`, `450`), a line that does not end with a month's
    /// full name (`Revenue for June quarter`), or a blank line between: nothing is joined.
    @Test func noDayNoMonthOrABlankLineStayApart() throws {
        let doc = try normalized("""
            Six months ended June
            32
            2031
            $4,100

            Balance at September
            450
            2031
            $4,100

            Revenue for June quarter
            30
            2031
            $4,100

            Three months ended June

            30
            2031
            $4,100

            """)
        #expect(doc.lines.contains("Six months ended June"))
        #expect(doc.lines.contains("Balance at September"))
        #expect(doc.lines.contains("Revenue for June quarter"))
        #expect(doc.lines.contains("Three months ended June"))
        #expect(!doc.lines.contains { $0.hasSuffix("June 30") || $0.hasSuffix("June 32") || $0.hasSuffix("September 450") })
    }
}
