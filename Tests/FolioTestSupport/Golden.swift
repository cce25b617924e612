public import Testing

/// Whole-output golden files: a test renders its whole output as text and compares it with a
/// committed file. When they differ, the output is written to `<golden>.actual` next to it:
/// check the diff (`diff <golden> <golden>.actual`), and when the change is right, move the
/// `.actual` over the golden and say why in the commit.
public enum Golden {
    /// The difference between the golden at `path` and `actual` (nil when equal); writes
    /// `<path>.actual` when they differ or the golden is missing.
    public static func difference(path: String, actual: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let expected = TestFiles.text(path) else {
            TestFiles.write(path + ".actual", actual)
            return "golden file \(name) missing; wrote \(name).actual"
        }
        guard expected != actual else { return nil }
        TestFiles.write(path + ".actual", actual)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < min(e.count, a.count) && e[first] == a[first] { first += 1 }
        let el = first < e.count ? String(e[first]) : "<end>"
        let al = first < a.count ? String(a[first]) : "<end>"
        return "golden \(name) differs at line \(first + 1) (whole output in \(name).actual; move it over the golden when the change is right):\n expected: \(el)\n actual:   \(al)"
    }

    /// Records an issue when the golden at `path` and `actual` differ.
    public static func expect(path: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let message = difference(path: path, actual: actual) {
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }
}
