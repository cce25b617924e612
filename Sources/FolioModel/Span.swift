/// A half-open range of positions, as written in records: `{"start": s, "end": e}`.
///
/// Inside the pipeline every span is a byte range into a UTF-8 buffer. When records are
/// written, spans into the normalized text are converted to Unicode scalar (code point)
/// offsets, which is what Python, DuckDB and Spark index strings by; `source_span` stays in
/// bytes of the original file.
public struct Span: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    @inlinable
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    @inlinable
    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    @inlinable public var range: Range<Int> { start..<end }
    @inlinable public var count: Int { end - start }
    @inlinable public var isEmpty: Bool { end == start }

    /// The smallest span covering both.
    @inlinable
    public func union(_ other: Span) -> Span {
        Span(start: min(start, other.start), end: max(end, other.end))
    }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
