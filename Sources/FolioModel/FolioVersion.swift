/// Folio's version, written into every manifest as `tool_version`.
///
/// A run reuses a document's records from the parent version only when the parent was made by
/// the same pipeline and the same tool version (docs/dataset.md, "Incremental runs"). So any
/// change to what Folio writes for an input (a new record field, a rule that changes a value)
/// comes with a new version here; otherwise the first incremental run after an upgrade would
/// keep the old records of unchanged inputs beside new records of changed ones.
/// `CorpusPinTests` holds each version with the output it writes from Corpus/ and fails when
/// the output changes under the same version.
public enum FolioVersion {
    public static let tool = "0.9.0"
}
