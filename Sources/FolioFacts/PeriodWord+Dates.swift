import FolioModel

/// A period phrase's word as the one date grammar (`Dates`) reads it: its month keyword, a
/// number from 1 to 31, a year (`PeriodWord.year`).
extension PeriodWord: DateWord {
    var dateMonth: Int? { month }
    var dateDay: Int? { Dates.days.contains(number) ? number : nil }
    var dateYear: Int? { year }
}
