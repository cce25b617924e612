import FolioModel

/// Decides what comparing a narrative fact with the cell `CellMatcher` found means: the fact
/// `agrees`, `disagrees`, or the comparison is not sure enough to say (`unmatched`).
///
/// The matcher finds the best row for a metric among the cells of the same period and unit;
/// a row that only shares some words (`Due to` and `Due from`, `Working capital deficiency`
/// and `Share capital`) is a good enough guess to confirm a figure that agrees within
/// rounding, never to accuse one that does not. A disagreement needs the same metric, not a
/// similar one:
/// - where the filer tagged the prose figure (inline XBRL) and the cell, their concepts and
///   contexts decide: a different concept or context is another figure (`unmatched`);
/// - else the row label (or, for a short label, its row path) must name exactly the metric's
///   words, in order and as often (`Total net revenue` = `Total net revenue`; `Deferred revenue` is not `Total
///   deferred revenue`), and the two figures must be of one scale family (within a factor
///   of two: a part, a per-share amount or a figure in other units is not a misprint);
/// - and the matcher must have found one such row, or several printing the same figure
///   (`CellMatcher.lastAmbiguous`: a segment table beside the consolidated one).
enum CrossCheck {
    static func outcome(metric: String, tag: FilerTags.Tag?, cell: Cell, stated: Double, agrees: Bool) -> FactCheck {
        if let tag, let concept = cell.concept {
            guard tag.concept == concept, tag.context == cell.context else { return .unmatched }
            return agrees ? .agrees : .disagrees
        }
        if agrees { return .agrees }
        guard sameMetric(metric, cell), let v = cell.value else { return .unmatched }
        return sameScaleFamily(stated, v * Double(cell.scale)) ? .disagrees : .unmatched
    }

    /// The metric's word stems are the row label's (or the row path's, for a label of two
    /// stems or fewer: `Diluted` under `Net income per share`), no more and no fewer.
    static func sameMetric(_ metric: String, _ cell: Cell) -> Bool {
        let m = stems(metric)
        guard !m.isEmpty else { return false }
        let label = stems(cell.rowLabel)
        if m == label { return true }
        return Set(label).count <= 2 && m == stems(cell.rowPath.joined(separator: " "))
    }

    /// Words that do not change a line item: articles and possessives. Prepositions do (`Due
    /// to` is not `Due from`).
    static let articles: Set<String> = ["the", "a", "an", "our", "its", "their"]

    /// The word stems of `s` in order, articles left out, each as often as printed (`Cash
    /// and cash equivalents` is not `Cash equivalents`).
    static func stems(_ s: String) -> [String] {
        var out: [String] = []
        var word: [UInt8] = []
        for b in s.utf8 + [0x20] {
            if Words.isAlnum(b) { word.append(Words.lower(b)); continue }
            if !word.isEmpty {
                let w = String(decoding: word, as: UTF8.self)
                if !articles.contains(w) { out.append(CellMatcher.stem(w)) }
                word.removeAll()
            }
        }
        return out
    }

    /// Both figures non-zero and within a factor of two of each other (signs ignored: prose
    /// states deductions unsigned).
    static func sameScaleFamily(_ a: Double, _ b: Double) -> Bool {
        let x = abs(a), y = abs(b)
        guard x > 0, y > 0, x.isFinite, y.isFinite else { return false }
        return max(x, y) <= 2 * min(x, y)
    }
}

/// The filer's inline XBRL facts printed in prose (outside tables), by their bytes in the
/// source: a narrative figure printed around one (`$[4.2] billion`) is that concept and
/// context.
struct FilerTags: Sendable {
    struct Tag: Sendable, Hashable {
        var concept: String
        var context: String?
    }

    /// Source spans (sorted by start) and their tags.
    var spans: [Span] = []
    var tags: [Tag] = []

    init(_ doc: WorkingDocument) {
        var items: [(Span, Tag)] = []
        for f in doc.facts where f.origin == .ixbrl && f.cell == nil {
            guard let s = f.sourceSpan, !s.isEmpty else { continue }
            items.append((s, Tag(concept: f.metric, context: f.context)))
        }
        items.sort { $0.0.start < $1.0.start }
        spans = items.map(\.0)
        tags = items.map(\.1)
    }

    /// The tag of the one fact whose bytes lie inside `figure` (nil when none, or several).
    func tag(within figure: Span) -> Tag? {
        guard !spans.isEmpty, !figure.isEmpty else { return nil }
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].start < figure.start { lo = mid + 1 } else { hi = mid }
        }
        var found: Tag?
        var k = lo
        while k < spans.count, spans[k].start < figure.end {
            if spans[k].end <= figure.end {
                if found != nil { return nil }
                found = tags[k]
            }
            k += 1
        }
        return found
    }
}
