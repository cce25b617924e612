public import FolioModel

/// Finds footnote definitions and links every marker to them.
///
/// Definitions are `footnote` blocks, and paragraphs (or list items) that open with a note
/// label (`1 Refers to`, `(1) These`, `¹ Based`, `* Domestic`, `a) Net`) when a marker with
/// that label stands earlier in the text; further definitions may follow in the same block,
/// one a line. A definition takes the paragraphs after it that continue it: those between
/// it and the next definition of its run, and those that carry on a sentence it leaves
/// open. Each marker links to the nearest definition with its label after it (notes are
/// printed after the block or table that uses them, and numbering restarts), else to the
/// nearest one before it.
///
/// Markers come from `doc.markers`: the normalize stage decides the strong ones by the one
/// position grammar (`MarkerGrammar`) and removes them from the prose; this stage links
/// them and reads from the text only the weak forms (`Items: (1)`), which a definition must
/// confirm. When no stage decided the markers (no normalize stage, or its `markers` option
/// off), the stage finds every marker in the text with `MarkerScanner`, by the same
/// grammar; the text is left as it is, and references then span the marker as printed.
public struct FootnotesStage: Stage {
    public static let name = "footnotes"
    public static let summary = "find footnote definitions and link every marker that points to them"
    public static let options: [OptionSpec] = [Option.scanMarkers, Option.maxContinuation, Option.weakMarkerReach]

    /// The stage's options, each declared once with its type, default and help.
    public enum Option {
        public static let scanMarkers = OptionSpec("scan_markers", .bool, default: .bool(true),
            help: "find in the text the markers no stage decided: every one when normalize did not remove them, else the ambiguous forms a definition must confirm")
        public static let maxContinuation = OptionSpec("max_continuation", .int(min: 0, max: 20), default: .int(3),
            help: "how many paragraphs after a definition may continue it")
        public static let weakMarkerReach = OptionSpec("weak_marker_reach", .int(min: 0, max: 1_000_000), default: .int(4000),
            help: "how many bytes after an ambiguous marker (`change (2)`, `Foundation.1`) its definition must stand")
    }

    let scanMarkers: Bool
    let maxContinuation: Int
    let weakReach: Int

    public init(options: StageOptions) {
        scanMarkers = options.bool(FootnotesStage.Option.scanMarkers)
        maxContinuation = options.int(FootnotesStage.Option.maxContinuation)
        weakReach = options.int(FootnotesStage.Option.weakMarkerReach)
    }

    // MARK: - Working types

    /// A block, or a paragraph found here when the document has no blocks.
    struct Unit {
        var blockIndex: Int?
        var span: Span
        var kind: BlockKind
    }

    struct FoundMarker {
        var label: String
        var position: Int
        var sourceSpan: Span
        /// The marker's bytes in the text (empty when normalize removed it).
        var span: Span
        /// Bytes to leave out of footnote text (marker still in the text).
        var removal: Range<Int>?
        var strong: Bool
        var definition: Int?
    }

    struct Definition {
        var label: String
        var unit: Int
        var lineStart: Int
        var contentStart: Int
        var end: Int
        /// From a `footnote` block: no confirmation needed.
        var certain: Bool
        /// Confirmed by ambiguous markers only.
        var weakOnly: Bool
        /// One line inside a block that is not a notes block.
        var lineOnly: Bool
        var continuation: [Int] = []
        var references: [Int] = []
    }

    // MARK: - Stage

    public func process(_ doc: inout WorkingDocument) throws(DocumentFailure) {
        let text = doc.text
        let units = makeUnits(doc)
        var markers = collectMarkers(doc)
        let formFeeds = formFeedPositions(text)

        var defs = findDefinitions(text, units, markers, formFeeds)
        link(&markers, &defs, formFeeds)
        // Ambiguous markers nothing confirmed are not markers.
        markers.removeAll { !$0.strong && $0.definition == nil }
        var remap: [Int: Int] = [:]
        var kept: [Definition] = []
        for (i, d) in defs.enumerated() {
            if d.references.isEmpty, d.weakOnly || d.lineOnly { continue }
            remap[i] = kept.count
            kept.append(d)
        }
        for k in markers.indices {
            if let d = markers[k].definition { markers[k].definition = remap[d] }
        }
        defs = kept
        for k in defs.indices { defs[k].references = [] }
        for (k, m) in markers.enumerated() {
            if let d = m.definition { defs[d].references.append(k) }
        }

        addContinuations(text, units, markers, &defs)

        // Records.
        let skips = markers.compactMap(\.removal).sorted { $0.lowerBound < $1.lowerBound }
        var footnotes: [Footnote] = []
        for d in defs {
            var parts: [String] = []
            let first = cleanText(text, d.contentStart..<d.end, skipping: skips)
            if !first.isEmpty { parts.append(first) }
            var span = Span(start: d.lineStart, end: d.end)
            for u in d.continuation {
                let t = cleanText(text, units[u].span.range, skipping: skips)
                if !t.isEmpty { parts.append(t) }
                span = span.union(units[u].span)
            }
            let sectionId = units[d.unit].blockIndex.flatMap { doc.blocks[$0].sectionId } ?? section(containing: d.lineStart, doc.sections)
            let id = footnotes.count + 1
            var refs: [FootnoteReference] = []
            for k in d.references {
                refs.append(reference(markers[k], doc))
            }
            footnotes.append(Footnote(id: id, label: d.label, text: parts.joined(separator: "\n\n"),
                                      sectionId: sectionId, span: span, references: refs))
        }
        doc.footnotes = footnotes

        // Blocks that are wholly a definition, or its continuation, are footnote blocks.
        for d in defs {
            if let b = units[d.unit].blockIndex, doc.blocks[b].kind == .paragraph || doc.blocks[b].kind == .listItem,
               !d.lineOnly, isBlank(text, units[d.unit].span.start..<max(units[d.unit].span.start, d.lineStart)) {
                doc.blocks[b].kind = .footnote
            }
            for u in d.continuation {
                if let b = units[u].blockIndex { doc.blocks[b].kind = .footnote }
            }
        }

        // Diagnostics.
        var unresolved = 0
        for m in markers where m.definition == nil {
            unresolved += 1
            doc.diagnostics.append(Diagnostic(stage: Self.name, severity: .warning, code: "footnotes.unresolved_marker",
                                              message: "footnote marker \"\(m.label)\" has no definition",
                                              sourceSpan: m.sourceSpan))
        }
        var unreferenced = 0
        for d in defs where d.references.isEmpty {
            unreferenced += 1
            doc.diagnostics.append(Diagnostic(stage: Self.name, severity: .warning, code: "footnotes.unreferenced",
                                              message: "footnote \"\(d.label)\" is never referenced",
                                              sourceSpan: doc.sourceSpan(of: Span(start: d.lineStart, end: d.end))))
        }
        let inText = markers.filter { $0.removal != nil }.count
        let refCount = footnotes.reduce(0) { $0 + $1.references.count }
        doc.diagnostics.append(Diagnostic(stage: Self.name, severity: .info, code: "footnotes.summary",
                                          message: "\(footnotes.count) footnote(s), \(refCount) reference(s), \(unresolved) unresolved marker(s), \(unreferenced) unreferenced definition(s)"
                                              + (inText > 0 ? "; \(inText) marker(s) read from the text itself" : "")))
    }

    // MARK: - Units and markers

    func makeUnits(_ doc: WorkingDocument) -> [Unit] {
        let n = doc.text.count
        if !doc.blocks.isEmpty {
            return doc.blocks.enumerated().map { i, b in
                let s = max(0, min(b.span.start, n))
                return Unit(blockIndex: i, span: Span(start: s, end: max(s, min(b.span.end, n))), kind: b.kind)
            }
        }
        // No blocks (no segment stage): paragraphs between blank lines and page breaks.
        var units: [Unit] = []
        doc.text.withUnsafeBufferPointer { b in
            var i = 0
            var paraStart: Int?
            var lastContentEnd = 0
            while i < n {
                var e = i
                while e < n, b[e] != 0x0A, b[e] != 0x0C { e += 1 }
                var blank = true
                for k in i..<e where !ByteClass.isWhiteSpace(b[k]) { blank = false; break }
                if blank {
                    if let s = paraStart { units.append(Unit(blockIndex: nil, span: Span(start: s, end: lastContentEnd), kind: .paragraph)) }
                    paraStart = nil
                } else {
                    if paraStart == nil { paraStart = i }
                    var t = e
                    while t > i, ByteClass.isWhiteSpace(b[t - 1]) { t -= 1 }
                    lastContentEnd = t
                }
                if e < n, b[e] == 0x0C, let s = paraStart {
                    units.append(Unit(blockIndex: nil, span: Span(start: s, end: lastContentEnd), kind: .paragraph))
                    paraStart = nil
                }
                i = e + 1
            }
            if let s = paraStart { units.append(Unit(blockIndex: nil, span: Span(start: s, end: lastContentEnd), kind: .paragraph)) }
        }
        return units
    }

    func collectMarkers(_ doc: WorkingDocument) -> [FoundMarker] {
        var out: [FoundMarker] = []
        if !doc.markers.isEmpty {
            out = doc.markers.map {
                FoundMarker(label: $0.label, position: $0.position, sourceSpan: $0.sourceSpan,
                            span: $0.span, removal: nil, strong: true, definition: nil)
            }
        }
        guard scanMarkers else { return out.sorted { $0.position < $1.position } }
        // When normalize decided the strong markers (by `MarkerGrammar`), only the ambiguous
        // forms it leaves in the text (`Items: (1)`), which a definition may confirm; when
        // nothing decided them, every marker in the text, by the same grammar.
        let weakOnly = doc.markersDecided || !doc.markers.isEmpty
        for m in MarkerScanner.scan(doc.text) where !weakOnly || !m.isStrong {
            let span = Span(m.range)
            let source = doc.sourceSpan(of: span)
            for label in m.labels {
                out.append(FoundMarker(label: label, position: m.range.lowerBound, sourceSpan: source, span: span,
                                       removal: m.removal, strong: m.isStrong, definition: nil))
            }
        }
        return out.sorted { $0.position < $1.position }
    }

    func formFeedPositions(_ text: [UInt8]) -> [Int] {
        // `memchr` from one form feed to the next (most of a text holds none).
        text.withUnsafeBufferPointer { b in
            var out: [Int] = []
            var from = 0
            while let i = ByteSearch.firstIndex(ofByte: 0x0C, in: b, from: from) {
                out.append(i)
                from = i + 1
            }
            return out
        }
    }

    /// Whether a page break stands in `lo..<hi`.
    func pageBreak(between lo: Int, _ hi: Int, _ formFeeds: [Int]) -> Bool {
        guard lo < hi else { return false }
        let k = lowerBound(formFeeds, lo)
        return k < formFeeds.count && formFeeds[k] < hi
    }

    // MARK: - Definitions

    func findDefinitions(_ text: [UInt8], _ units: [Unit], _ markers: [FoundMarker], _ formFeeds: [Int]) -> [Definition] {
        // Marker positions by label, strong and weak apart.
        var strongAt: [String: [Int]] = [:]
        var weakAt: [String: [Int]] = [:]
        for m in markers {
            if m.strong { strongAt[m.label, default: []].append(m.position) } else { weakAt[m.label, default: []].append(m.position) }
        }
        /// The confirmation of a definition of `label` at `pos`: by a strong marker before it
        /// (within `lo` when given), by a weak marker shortly before it, or none.
        func confirmation(_ label: String, _ pos: Int, from lo: Int = 0) -> (strong: Bool, weak: Bool) {
            var strong = false
            if let ps = strongAt[label] {
                let k = lowerBound(ps, pos) - 1
                strong = k >= 0 && ps[k] >= lo
            }
            var weak = false
            if let ps = weakAt[label] {
                let k = lowerBound(ps, pos) - 1
                if k >= 0, ps[k] >= lo, pos - ps[k] <= weakReach, !pageBreak(between: ps[k], pos, formFeeds) { weak = true }
            }
            return (strong, weak)
        }

        var defs: [Definition] = []
        for (ui, u) in units.enumerated() {
            guard u.kind == .footnote || u.kind == .paragraph || u.kind == .listItem else { continue }
            var lineStart = u.span.start
            var lineIndex = 0
            var unitDefs: [Definition] = []
            let intro = notesIntro(text, u.span)
            while lineStart < u.span.end {
                var lineEnd = lineStart
                while lineEnd < u.span.end, text[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1; lineIndex += 1 }
                guard let dl = DefinitionLabel.parse(text, at: lineStart, end: lineEnd) else { continue }
                let opening = lineIndex == 0 || (lineIndex == 1 && intro)
                let certain = u.kind == .footnote && opening
                var weakOnly = false
                var lineOnly = false
                if !certain {
                    if dl.form == .numberDot, u.kind != .footnote { continue }
                    if opening {
                        let c = confirmation(dl.label, lineStart)
                        guard c.strong || c.weak else { continue }
                        weakOnly = !c.strong
                    } else if let prev = unitDefs.last {
                        // A notes block: the next note of the run, or a confirmed label.
                        let c = confirmation(dl.label, lineStart)
                        let next = DefinitionLabel.successor(of: prev.label) == dl.label
                        guard next || c.strong || c.weak else { continue }
                        weakOnly = prev.weakOnly && !c.strong
                        lineOnly = prev.lineOnly
                    } else {
                        // A note line inside other text: its marker must be in the same block.
                        let c = confirmation(dl.label, lineStart, from: u.span.start)
                        guard c.strong || c.weak else { continue }
                        weakOnly = !c.strong
                        lineOnly = true
                    }
                }
                let d = Definition(label: dl.label, unit: ui, lineStart: lineStart, contentStart: dl.contentStart,
                                   end: lineOnly ? lineEnd : u.span.end, certain: certain, weakOnly: weakOnly, lineOnly: lineOnly)
                if let last = unitDefs.indices.last, !unitDefs[last].lineOnly {
                    unitDefs[last].end = lineStart
                }
                unitDefs.append(d)
            }
            if u.kind == .footnote, unitDefs.isEmpty {
                // A footnote block without a label: the continuation of the note before it
                // (taken later), or, standing alone, a note whose label we cannot read.
                if ui > 0, units[ui - 1].kind == .footnote || defs.last?.unit == ui - 1 { continue }
                unitDefs.append(Definition(label: "", unit: ui, lineStart: u.span.start, contentStart: u.span.start,
                                           end: u.span.end, certain: true, weakOnly: false, lineOnly: false))
            }
            for k in unitDefs.indices {
                var e = unitDefs[k].end
                while e > unitDefs[k].contentStart, ByteClass.isWhiteSpace(text[e - 1]) { e -= 1 }
                unitDefs[k].end = e
            }
            defs.append(contentsOf: unitDefs)
        }
        return defs
    }

    /// Whether a block opens with a short line introducing notes (`Notes:`, `Footnotes:`).
    func notesIntro(_ text: [UInt8], _ span: Span) -> Bool {
        var e = span.start
        while e < span.end, text[e] != 0x0A { e += 1 }
        guard e < span.end else { return false } // one line only
        var t = e
        while t > span.start, ByteClass.isWhiteSpace(text[t - 1]) { t -= 1 }
        var s = span.start
        while s < t, ByteClass.isWhiteSpace(text[s]) { s += 1 }
        guard t - s >= 4, t - s <= 24, text[t - 1] == 0x3A else { return false }
        return text[s..<(t - 1)].allSatisfy { ByteClass.isLetter($0) || $0 == 0x20 }
    }

    // MARK: - Linking

    func link(_ markers: inout [FoundMarker], _ defs: inout [Definition], _ formFeeds: [Int]) {
        var byLabel: [String: [Int]] = [:]
        for (i, d) in defs.enumerated() { byLabel[d.label, default: []].append(i) }
        for k in markers.indices {
            let m = markers[k]
            guard let list = byLabel[m.label] else { continue }
            // First definition after the marker.
            var lo = 0, hi = list.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if defs[list[mid]].lineStart > m.position { hi = mid } else { lo = mid + 1 }
            }
            var target: Int?
            if lo < list.count {
                let d = list[lo]
                if m.strong || (defs[d].lineStart - m.position <= weakReach && !pageBreak(between: m.position, defs[d].lineStart, formFeeds)) {
                    target = d
                }
            }
            if target == nil, m.strong, lo > 0 {
                // The nearest one before, unless the marker sits in that definition's own text.
                let d = list[lo - 1]
                if !(defs[d].lineStart <= m.position && m.position < defs[d].end) { target = d }
            }
            markers[k].definition = target
            if let t = target { defs[t].references.append(k) }
        }
    }

    // MARK: - Continuation paragraphs

    func addContinuations(_ text: [UInt8], _ units: [Unit], _ markers: [FoundMarker], _ defs: inout [Definition]) {
        guard maxContinuation > 0 else { return }
        let markerPositions = markers.map(\.position)
        var defUnits = Set<Int>()
        var firstDefInUnit: [Int: Int] = [:]
        for (i, d) in defs.enumerated() {
            defUnits.insert(d.unit)
            if firstDefInUnit[d.unit] == nil { firstDefInUnit[d.unit] = i }
        }
        func hasMarker(_ s: Span) -> Bool {
            let k = lowerBound(markerPositions, s.start)
            return k < markerPositions.count && markerPositions[k] <= s.end
        }
        for i in defs.indices {
            let d = defs[i]
            // Only the last definition of its block can run on into the next paragraphs.
            guard !d.lineOnly, i + 1 >= defs.count || defs[i + 1].unit != d.unit else { continue }
            var run: [Int] = []
            var u = d.unit + 1
            // Footnote blocks without a label of their own continue the note (the segment
            // stage said so); paragraphs may, up to the limit.
            var forced = 0
            while u < units.count {
                let unit = units[u]
                let footnoteText = unit.kind == .footnote && !defUnits.contains(u)
                if footnoteText, forced == run.count {
                    run.append(u)
                    forced += 1
                    u += 1
                    continue
                }
                if run.count - forced >= maxContinuation { break }
                if unit.kind != .paragraph || defUnits.contains(u) || hasMarker(unit.span) || unit.span.isEmpty { break }
                run.append(u)
                u += 1
            }
            guard !run.isEmpty else { continue }
            defs[i].continuation = Array(run[..<forced])
            // Between this note and the next of its run: all of them continue it.
            if u < units.count, let next = firstDefInUnit[u], defs[next].lineStart == units[u].span.start || isBlank(text, units[u].span.start..<defs[next].lineStart),
               DefinitionLabel.successor(of: d.label) == defs[next].label {
                defs[i].continuation = run
                continue
            }
            // Otherwise only paragraphs that carry on a sentence left open.
            var endByte = lastByte(text, forced > 0 ? units[run[forced - 1]].span.range : d.contentStart..<d.end)
            for r in run[forced...] {
                let startByte = firstByte(text, units[r].span.range)
                let opens = startByte.map(ByteClass.isLower) ?? false
                let leftOpen = endByte.map { $0 == 0x2C || $0 == 0x3B || $0 == 0x3A || $0 == 0x2D || ByteClass.isLower($0) } ?? false
                guard opens || leftOpen else { break }
                defs[i].continuation.append(r)
                endByte = lastByte(text, units[r].span.range)
            }
        }
    }

    // MARK: - Helpers

    func reference(_ m: FoundMarker, _ doc: WorkingDocument) -> FootnoteReference {
        var ref = FootnoteReference(blockId: blockId(containing: m.position, doc.blocks, doc.text), span: m.span, sourceSpan: m.sourceSpan)
        for t in doc.tables where t.span.start <= m.position && m.position <= t.span.end {
            ref.tableId = t.id
            if let c = t.cells.first(where: { c in c.span.map { $0.start <= m.position && m.position < $0.end } ?? false })
                ?? t.cells.first(where: { c in c.span.map { $0.end == m.position } ?? false }) {
                ref.row = c.row
                ref.col = c.col
            } else if let c = t.cells.first(where: { c in
                // A marker on a row label: the first cell after it on the same line.
                guard let s = c.span, s.start > m.position, m.position >= 0, s.start <= doc.text.count else { return false }
                return !doc.text[m.position..<s.start].contains(0x0A)
            }) {
                ref.row = c.row
            } else {
                // A marker in a header: the column below it.
                ref.col = headerColumn(m.position, t, doc.text)
            }
            break
        }
        return ref
    }

    /// The column of the cells under a header position: by field (tab) index for tabbed
    /// tables, else by where the cells stand on their lines (fixed-width tables).
    func headerColumn(_ pos: Int, _ t: Table, _ text: [UInt8]) -> Int? {
        guard pos >= 0, pos <= text.count else { return nil }
        func lineStart(_ p: Int) -> Int {
            var i = min(p, text.count)
            while i > 0, text[i - 1] != 0x0A { i -= 1 }
            return i
        }
        let ls = lineStart(pos)
        var le = pos
        while le < text.count, text[le] != 0x0A { le += 1 }
        if text[ls..<le].contains(0x09) {
            let field = text[ls..<pos].reduce(0) { $0 + ($1 == 0x09 ? 1 : 0) }
            for c in t.cells {
                guard let sp = c.span, sp.start <= text.count else { continue }
                let cls = lineStart(sp.start)
                if text[cls..<sp.start].reduce(0, { $0 + ($1 == 0x09 ? 1 : 0) }) == field { return c.col }
            }
            return nil
        }
        // Fixed width: the header's last character over a cell, or the nearest cell end.
        let x = pos - ls
        var best: (col: Int, distance: Int)?
        for c in t.cells {
            guard let sp = c.span, sp.end <= text.count, sp.start < sp.end else { continue }
            let cls = lineStart(sp.start)
            let lo = sp.start - cls, hi = sp.end - cls
            let d = (lo < x && x <= hi) ? 0 : min(abs(x - hi), abs(x - lo))
            if d <= 3, best == nil || d < best?.distance ?? Int.max { best = (c.col, d) }
            if d == 0 { break }
        }
        return best?.col
    }

    /// The block holding `pos`, or ending just before it with only blanks between (a
    /// marker removed from the end of a line).
    func blockId(containing pos: Int, _ blocks: [Block], _ text: [UInt8]) -> Int? {
        var lo = 0, hi = blocks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if blocks[mid].span.start <= pos { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let b = blocks[lo - 1]
        if pos <= b.span.end { return b.id }
        let gap = max(0, b.span.end)..<min(pos, text.count)
        if gap.count < 8, gap.allSatisfy({ text[$0] == 0x20 || text[$0] == 0x09 }) { return b.id }
        return nil
    }

    func section(containing pos: Int, _ sections: [Section]) -> Int? {
        var best: Section?
        for s in sections where s.span.start <= pos && pos < s.span.end {
            if best == nil || s.level >= (best?.level ?? 0) { best = s }
        }
        return best?.id
    }

    /// The text in `range` with marker bytes left out and whitespace runs folded to one space.
    func cleanText(_ text: [UInt8], _ range: Range<Int>, skipping skips: [Range<Int>]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        // First skip ending after the range start (skips are sorted and do not overlap).
        var lo = 0, hi = skips.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if skips[mid].upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        var i = max(0, range.lowerBound)
        let end = min(range.upperBound, text.count)
        var pendingSpace = false
        while i < end {
            if k < skips.count, skips[k].lowerBound <= i {
                if i < skips[k].upperBound { i = skips[k].upperBound; k += 1; continue }
                k += 1
                continue
            }
            let c = text[i]
            if ByteClass.isWhiteSpace(c) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(c)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    func isBlank(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.lowerBound < range.upperBound else { return true }
        for i in range where i < text.count && !ByteClass.isWhiteSpace(text[i]) { return false }
        return true
    }

    func firstByte(_ text: [UInt8], _ range: Range<Int>) -> UInt8? {
        for i in range where i < text.count && !ByteClass.isWhiteSpace(text[i]) { return text[i] }
        return nil
    }

    func lastByte(_ text: [UInt8], _ range: Range<Int>) -> UInt8? {
        for i in range.reversed() where i < text.count && !ByteClass.isWhiteSpace(text[i]) { return text[i] }
        return nil
    }
}

/// The first index of sorted `a` whose element is not below `x`.
func lowerBound(_ a: [Int], _ x: Int) -> Int {
    var lo = 0, hi = a.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if a[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
