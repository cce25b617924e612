/// What kind of heading a confirmed heading is, for level assignment.
public enum HeadingRole: Sendable, Hashable {
    /// The document's title line.
    case title
    case part
    case item
    /// A numbered chapter; depth 1 for `02`, 2 for `2.1`.
    case chapter(depth: Int)
    /// Listed in the table of contents at this TOC level (1 = chapter, 2 = section).
    case listed(level: Int)
    /// Title-case or all-caps heading with no structural marker.
    case plain
    /// A labelled leaf sub-heading (`Case: ...`).
    case label
}

/// One heading as the level assigner sees it.
public struct HeadingInput: Sendable, Hashable {
    public var role: HeadingRole
    /// The next thing after this heading is another plain heading (no content between).
    public var followedByPlainHeading: Bool
    /// A table of contents lies between the previous heading and this one.
    public var afterTOC: Bool

    public init(role: HeadingRole, followedByPlainHeading: Bool = false, afterTOC: Bool = false) {
        self.role = role
        self.followedByPlainHeading = followedByPlainHeading
        self.afterTOC = afterTOC
    }
}

/// Assigns levels and parents to a document's headings.
///
/// Structural headings take fixed levels (parts, then items, then numbered chapters, then
/// what the TOC lists under them); plain headings come one level below the deepest structural
/// level the document uses; labelled sub-headings (`Case:`) sit one level below the heading
/// they follow. A level never skips: a heading is at most one deeper than its parent. Outside
/// any chapter, a plain heading directly followed by another plain heading (no content
/// between) is the container of the plain headings that follow it.
public enum LevelAssigner {
    public struct Result: Sendable, Hashable {
        public var level: Int
        /// Index (into the input) of the parent heading.
        public var parent: Int?
    }

    public static func assign(_ headings: [HeadingInput]) -> [Result] {
        var hasPart = false, hasItem = false
        var maxChapterDepth = 0
        var maxListed = 0
        for h in headings {
            switch h.role {
            case .part: hasPart = true
            case .item: hasItem = true
            case let .chapter(d): maxChapterDepth = max(maxChapterDepth, d)
            case let .listed(l): maxListed = max(maxListed, l)
            default: break
            }
        }
        let itemLevel = hasPart ? 2 : 1
        let chapterBase = 1 + (hasPart ? 1 : 0) + (hasItem ? 1 : 0)
        var deepest = 0
        if hasPart { deepest = 1 }
        if hasItem { deepest = itemLevel }
        if maxChapterDepth > 0 { deepest = max(deepest, chapterBase + maxChapterDepth - 1) }
        if maxListed > 0 { deepest = max(deepest, chapterBase - 1 + maxListed) }
        let plainLevel = deepest + 1

        var results: [Result] = []
        results.reserveCapacity(headings.count)
        // Stack of (index, level, isLabel, isStructural).
        var stack: [(index: Int, level: Int, label: Bool, structural: Bool)] = []
        var containerLevel: Int?

        for (i, h) in headings.enumerated() {
            if h.afterTOC { containerLevel = nil }
            if case .label = h.role {
                while let top = stack.last, top.label { stack.removeLast() }
                let level = (stack.last?.level ?? 0) + 1
                results.append(Result(level: level, parent: stack.last?.index))
                stack.append((i, level, true, false))
                continue
            }
            var desired: Int
            var structural = true
            switch h.role {
            case .title: desired = 1; containerLevel = nil
            case .part: desired = 1
            case .item: desired = itemLevel
            case let .chapter(d): desired = chapterBase + d - 1
            case let .listed(l): desired = chapterBase - 1 + l
            case .plain, .label: desired = plainLevel; structural = false
            }
            if structural, h.role != .title { containerLevel = nil }
            let insideStructure = stack.contains { $0.structural && $0.level >= 1 && !isTitle(headings[$0.index].role) }
            var makesContainer = false
            if !structural {
                if let c = containerLevel {
                    desired = h.followedByPlainHeading ? c : c + 1
                    makesContainer = h.followedByPlainHeading
                } else if h.followedByPlainHeading, !insideStructure {
                    makesContainer = true
                }
            }
            while let top = stack.last, top.level >= desired { stack.removeLast() }
            let level = max(1, min(desired, (stack.last?.level ?? 0) + 1))
            results.append(Result(level: level, parent: stack.last?.index))
            stack.append((i, level, false, structural))
            if makesContainer { containerLevel = level }
        }
        return results
    }

    static func isTitle(_ r: HeadingRole) -> Bool {
        if case .title = r { return true }
        return false
    }
}
