// libFuzzer target: every reader that turns a document's digits into a number. The table
// cell number parser and the units/scale caption parser; dates (day, month, year words);
// footnote definition labels and their successors (`9` → `10`); footnote markers; period
// phrases of the facts stage. Long digit runs, Unicode and fullwidth digits, superscripts
// and Roman numerals are in its seeds. Built only by scripts/fuzz.
import FolioFacts
import FolioModel
import FolioFootnotes
import FolioSegment
import FolioTables
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let strict = NumberParser.parse(bytes: bytes)
    _ = NumberParser.parse(bytes: bytes, lenient: true)
    if let strict, let value = strict.value, !value.isFinite {
        fatalError("NumberParser returned a non-finite value \(value)")
    }
    let text = String(decoding: bytes, as: UTF8.self)
    _ = NumberParser.parse(text)
    _ = UnitsParser.isScaleNote(text)
    _ = UnitsParser.parse(text)
    _ = UnitsParser.headerCurrency(text)
    for date in DateParser.all(in: text, limit: 8) {
        if date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31 { fatalError("DateParser read \(date.iso)") }
    }
    if let label = DefinitionLabel.parse(bytes, at: 0) {
        _ = DefinitionLabel.successor(of: label.label)
    }
    _ = DefinitionLabel.successor(of: text)
    _ = MarkerScanner.scan(bytes)
    _ = PeriodParser.find(in: text, bareDates: true)
    _ = PeriodParser.heading(text)
    return 0
}

runFuzzer(fuzz)
