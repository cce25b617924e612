// libFuzzer target: the HTML / inline XBRL reader (libxml2 parse, rendering to text with an
// offset map, tables, ix facts). The first byte's low bit selects XHTML (inline XBRL) mode.
// Oracle: every rendered byte maps back inside the source. Built only by scripts/fuzz.
import FolioModel
import FolioRead
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    guard let rendered = try? HTMLReader.render(bytes, xhtml: data[0] & 1 == 1) else { return 0 }
    if !rendered.text.isEmpty {
        let span = rendered.map.origin(of: Span(start: 0, end: rendered.text.count))
        if span.start < 0 || span.end > bytes.count {
            fatalError("rendered text maps outside the source: \(span) for \(bytes.count) bytes")
        }
    }
    return 0
}

runFuzzer(fuzz)
