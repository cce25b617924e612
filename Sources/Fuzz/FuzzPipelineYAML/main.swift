// libFuzzer target: the pipeline-definition loader (YAML via Yams, then validation of
// stages and options) and stage construction. Built only by scripts/fuzz.
import FolioPipeline
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let definition = try? PipelineDefinition.parse(bytes, path: "fuzz.yml") {
        _ = Pipeline(definition)
    }
    return 0
}

runFuzzer(fuzz)
