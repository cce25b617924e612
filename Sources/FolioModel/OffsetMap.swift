/// Maps byte positions in a derived UTF-8 buffer (the *target*) back to byte positions in the
/// buffer it was derived from (the *origin*).
///
/// A map is a sorted list of runs. A *copy* run has equal lengths on both sides and maps
/// position by position; a *replacement* run (an escape rewritten, a marker removed, a
/// character transcoded, a space inserted) maps every target byte in it to the whole origin
/// range. Maps compose, so a stage maps its output to its input and the document keeps one
/// map all the way back to the source file.
///
/// Lookup is O(log runs); building is amortised O(1) per appended run.
public struct OffsetMap: Sendable, Hashable {
    @usableFromInline var targetStarts: [Int] = []
    @usableFromInline var originStarts: [Int] = []
    @usableFromInline var targetLengths: [Int] = []
    @usableFromInline var originLengths: [Int] = []
    /// Whether each run is a copy (maps byte for byte) or a replacement (maps as a whole),
    /// whatever its lengths: a same-length replacement (`…` for `...`) is still a replacement.
    @usableFromInline var copies: [Bool] = []

    public init() {}

    /// The identity map over `length` bytes, shifted by `originOffset` (a BOM, say).
    public static func identity(length: Int, originOffset: Int = 0) -> OffsetMap {
        var map = OffsetMap()
        if length > 0 { map.append(targetLength: length, originStart: originOffset, originLength: length) }
        return map
    }

    /// Number of runs (for tests and diagnostics).
    public var runCount: Int { targetStarts.count }

    /// How many runs the map has room for without reallocating (for tests).
    public var runCapacity: Int {
        min(targetStarts.capacity, originStarts.capacity, targetLengths.capacity, originLengths.capacity, copies.capacity)
    }

    /// Reserves room for `runs` runs, so a map whose size is known is allocated once.
    public mutating func reserveCapacity(_ runs: Int) {
        targetStarts.reserveCapacity(runs)
        originStarts.reserveCapacity(runs)
        targetLengths.reserveCapacity(runs)
        originLengths.reserveCapacity(runs)
        copies.reserveCapacity(runs)
    }

    /// Total target length covered.
    public var targetLength: Int {
        guard let last = targetStarts.last, let len = targetLengths.last else { return 0 }
        return last + len
    }

    /// Appends a run for the next `targetLength` target bytes, derived from the origin range
    /// `originStart ..< originStart + originLength`. `copy` says whether the bytes are the
    /// origin's bytes unchanged; by default, runs of equal lengths are copies. Adjacent copy
    /// runs are merged.
    public mutating func append(targetLength: Int, originStart: Int, originLength: Int, copy: Bool? = nil) {
        guard targetLength > 0 else { return }
        let isCopy = (copy ?? true) && targetLength == originLength
        let tStart = self.targetLength
        if isCopy, let i = targetStarts.indices.last, copies[i],
           originStarts[i] + originLengths[i] == originStart
        {
            targetLengths[i] += targetLength
            originLengths[i] += originLength
            return
        }
        targetStarts.append(tStart)
        originStarts.append(originStart)
        targetLengths.append(targetLength)
        originLengths.append(originLength)
        copies.append(isCopy)
    }

    @usableFromInline
    func runIndex(containing position: Int) -> Int? {
        guard !targetStarts.isEmpty else { return nil }
        var lo = 0
        var hi = targetStarts.count - 1
        if position < targetStarts[0] { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if targetStarts[mid] <= position { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The origin position of the target byte at `position` (start side).
    public func originStart(of position: Int) -> Int {
        guard let i = runIndex(containing: position) else { return position }
        let delta = position - targetStarts[i]
        if delta >= targetLengths[i] { return originStarts[i] + originLengths[i] }
        if copies[i] { return originStarts[i] + delta }
        return originStarts[i]
    }

    /// The origin position just past the target byte before `position` (end side).
    public func originEnd(of position: Int) -> Int {
        guard position > 0, let i = runIndex(containing: position - 1) else { return originStart(of: position) }
        let delta = position - 1 - targetStarts[i]
        if delta >= targetLengths[i] { return originStarts[i] + originLengths[i] }
        if copies[i] { return originStarts[i] + delta + 1 }
        return originStarts[i] + originLengths[i]
    }

    /// The origin range a target range came from.
    public func origin(of span: Span) -> Span {
        if span.isEmpty {
            let p = originStart(of: span.start)
            return Span(start: p, end: p)
        }
        let s = originStart(of: span.start)
        return Span(start: s, end: max(s, originEnd(of: span.end)))
    }

    /// `self` maps C → B and `inner` maps B → A: the result maps C → A.
    ///
    /// The result is sized once, not grown by doubling: a copy run of `self` splits only where
    /// its origin range crosses a run boundary of `inner`, so the result has at most
    /// `runCount + inner.runCount` runs (fewer when pieces merge). For a text file `inner` is
    /// the read stage's identity map (one run) and the result has `self`'s runs, with no slack
    /// held by the document through the later stages.
    ///
    /// When `inner` is one copy run (the read stage's map of a text file: the identity,
    /// shifted past a BOM) the result is `self` with its origins shifted (`shifted(by:)`), and
    /// with no shift it is `self` itself, its storage shared: a text document holds one map,
    /// not two, while normalize hands its text over (docs/reliability.md).
    public func composed(with inner: OffsetMap) -> OffsetMap {
        if let shift = inner.identityShift, let same = shifted(by: shift, within: inner.targetLength) { return same }
        return composedRunByRun(with: inner)
    }

    /// The origin offset of a map that is one copy run from target 0: every target byte `p`
    /// maps to `p + offset`. Nil for any other map.
    var identityShift: Int? {
        guard targetStarts.count == 1, copies[0], targetStarts[0] == 0 else { return nil }
        return originStarts[0]
    }

    /// What `composedRunByRun(with:)` makes of `self` over an identity map of `length` bytes
    /// shifted by `shift`: the same runs, origins shifted. Nil (then the runs are composed one
    /// by one) unless every run is non-empty, reaches only origin bytes inside `0..<length`,
    /// and no two copy runs in a row are contiguous in the origin (which that composition
    /// would merge).
    func shifted(by shift: Int, within length: Int) -> OffsetMap? {
        for i in targetStarts.indices {
            let oStart = originStarts[i]
            guard targetLengths[i] > 0, oStart >= 0, oStart <= length, originLengths[i] >= 0, originLengths[i] <= length - oStart,
                  !copies[i] || targetLengths[i] == originLengths[i] else { return nil }
            if i > 0, copies[i], copies[i - 1], originStarts[i - 1] + originLengths[i - 1] == oStart { return nil }
        }
        guard shift != 0 else { return self }
        // Every origin is at most `length`: shifted, at most `length + shift`.
        guard shift > 0, shift <= Int.max - length else { return nil }
        var out = self
        for i in out.originStarts.indices { out.originStarts[i] += shift }
        return out
    }

    /// `composed(with:)` run by run: each copy run of `self` split along `inner`'s runs.
    func composedRunByRun(with inner: OffsetMap) -> OffsetMap {
        var result = OffsetMap()
        result.reserveCapacity(runCount + inner.runCount)
        for i in targetStarts.indices {
            let tLen = targetLengths[i]
            let oStart = originStarts[i]
            let oLen = originLengths[i]
            if copies[i] {
                // Copy run: split it along the inner map's runs to keep precision.
                var t = 0
                while t < tLen {
                    let b = oStart + t
                    guard let j = inner.runIndex(containing: b) else {
                        result.append(targetLength: tLen - t, originStart: b, originLength: tLen - t)
                        break
                    }
                    let innerEnd = inner.targetStarts[j] + inner.targetLengths[j]
                    let piece = max(1, min(tLen - t, innerEnd - b))
                    if inner.copies[j] {
                        let a = inner.originStarts[j] + (b - inner.targetStarts[j])
                        result.append(targetLength: piece, originStart: a, originLength: piece)
                    } else {
                        result.append(targetLength: piece, originStart: inner.originStarts[j], originLength: inner.originLengths[j], copy: false)
                    }
                    t += piece
                }
            } else {
                let mapped = inner.origin(of: Span(start: oStart, end: oStart + oLen))
                result.append(targetLength: tLen, originStart: mapped.start, originLength: mapped.count, copy: false)
            }
        }
        return result
    }
}

/// Builds a new UTF-8 buffer from an origin buffer, recording the map as it goes.
public struct MappedTextBuilder: Sendable {
    public private(set) var bytes: [UInt8] = []
    public private(set) var map = OffsetMap()

    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Copies `origin[range]` unchanged.
    public mutating func copy(_ origin: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: origin[range]))
        map.append(targetLength: range.count, originStart: range.lowerBound, originLength: range.count)
    }

    /// Copies `origin[range]` unchanged.
    public mutating func copy(_ origin: [UInt8], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        bytes.append(contentsOf: origin[range])
        map.append(targetLength: range.count, originStart: range.lowerBound, originLength: range.count)
    }

    /// Appends `replacement` standing for the origin bytes in `range` (which may be empty for
    /// inserted text; an empty replacement drops the range).
    public mutating func replace(_ range: Range<Int>, with replacement: some Collection<UInt8>) {
        guard !replacement.isEmpty else { return }
        bytes.append(contentsOf: replacement)
        map.append(targetLength: replacement.count, originStart: range.lowerBound, originLength: range.count, copy: false)
    }

    /// Appends one byte standing for the origin bytes in `range`.
    public mutating func replace(_ range: Range<Int>, with byte: UInt8) {
        bytes.append(byte)
        map.append(targetLength: 1, originStart: range.lowerBound, originLength: range.count, copy: false)
    }

    /// Removes trailing bytes equal to `byte` (for trimming); the map is cut to match.
    public mutating func dropTrailing(while predicate: (UInt8) -> Bool) {
        var n = bytes.count
        while n > 0, predicate(bytes[n - 1]) { n -= 1 }
        guard n < bytes.count else { return }
        bytes.removeSubrange(n...)
        map.truncate(targetLength: n)
    }
}

extension OffsetMap {
    /// Cuts the map so it covers exactly `targetLength` bytes.
    public mutating func truncate(targetLength newLength: Int) {
        while let last = targetStarts.last, last >= newLength {
            targetStarts.removeLast(); originStarts.removeLast()
            targetLengths.removeLast(); originLengths.removeLast()
            copies.removeLast()
        }
        if let i = targetStarts.indices.last, targetStarts[i] + targetLengths[i] > newLength {
            let keep = newLength - targetStarts[i]
            if copies[i] { originLengths[i] = keep }
            targetLengths[i] = keep
        }
    }
}
