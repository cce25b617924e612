// libFuzzer target: the whole default text pipeline (read, normalize, segment, tables,
// footnotes, facts) and record emission on arbitrary bytes. The first byte picks the file
// name the document is read under (plain text, HTML, XML or an SGML submission), so one
// target covers each reader; the rest is the document. Built only by scripts/fuzz.
import FolioModel
import FolioPipeline
import FuzzSupport

private let pipeline: Pipeline? = (try? DefaultPipeline.definition()).map(Pipeline.init)
private let names = ["fuzz.txt", "fuzz.htm", "fuzz.xml", "fuzz.txt"]

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let pipeline, let data, size > 0 else { return 0 }
    let source = names[Int(data[0]) % names.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let (doc, failed) = pipeline.process(docId: "fuzz", source: source, bytes: bytes, sha256: "0")
    _ = RecordEmitter.emit(doc, failed: failed)
    return 0
}

runFuzzer(fuzz)
