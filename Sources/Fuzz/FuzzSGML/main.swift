// libFuzzer target: the EDGAR SGML submission splitter. Oracle: every part's text range
// lies inside the input. Built only by scripts/fuzz.
import FolioRead
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = SubmissionSplitter.looksLikeSubmission(bytes)
    for part in SubmissionSplitter.split(bytes) {
        if part.text.lowerBound < 0 || part.text.upperBound > bytes.count {
            fatalError("part \(part.type) range \(part.text) outside \(bytes.count) bytes")
        }
        _ = part.idSuffix
    }
    return 0
}

runFuzzer(fuzz)
