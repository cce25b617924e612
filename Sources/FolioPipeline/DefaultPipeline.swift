/// The default pipeline, embedded so `folio run` works from any directory. `Pipelines/default.yml`
/// in the repository is the same text (a test keeps them equal); when it exists in the
/// working directory it is used instead, so edits to it take effect.
public enum DefaultPipeline {
    public static let path = "Pipelines/default.yml"
    public static let yaml = """
        # The default Folio pipeline: used when `folio run` is given no --pipeline.
        # Each stage may be given options; `folio stages` lists them with their defaults.
        name: default
        description: Text and HTML filings into sections, blocks, typed table cells, footnotes and narrative facts.
        stages:
          - read
          - normalize
          - segment
          - tables
          - footnotes
          - facts

        """

    public static func definition() throws(PipelineError) -> PipelineDefinition {
        try PipelineDefinition.parse(Array(yaml.utf8), path: "<embedded default pipeline>")
    }
}
