// libFuzzer target: the table cell number parser and the units/scale caption parser.
// Built only by scripts/fuzz.
import FolioModel
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
    _ = UnitsParser.isUnitsCaption(text)
    _ = UnitsParser.parse(text)
    _ = UnitsParser.headerCurrency(text)
    return 0
}

runFuzzer(fuzz)
