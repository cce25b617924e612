@testable import FolioModel
import Testing

/// Checks every target byte of `map`: `expected[i]` is the origin range of target byte `i`.
private func expectByteOrigins(_ map: OffsetMap, _ expected: [Range<Int>], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(map.targetLength == expected.count, sourceLocation: sourceLocation)
    for (i, want) in expected.enumerated() {
        let got = map.origin(of: Span(start: i, end: i + 1))
        #expect(got == Span(want), "target byte \(i)", sourceLocation: sourceLocation)
    }
}

@Suite("OffsetMap")
struct OffsetMapTests {
    @Test func identityWithOffset() {
        let map = OffsetMap.identity(length: 5, originOffset: 3)
        #expect(map.runCount == 1)
        #expect(map.targetLength == 5)
        #expect(map.originStart(of: 0) == 3)
        #expect(map.originStart(of: 4) == 7)
        #expect(map.originEnd(of: 1) == 4)
        #expect(map.originEnd(of: 5) == 8)
        #expect(map.origin(of: Span(start: 1, end: 3)) == Span(start: 4, end: 6))
        #expect(map.origin(of: Span(start: 0, end: 5)) == Span(start: 3, end: 8))
        expectByteOrigins(map, [3..<4, 4..<5, 5..<6, 6..<7, 7..<8])
    }

    @Test func identityWithoutOffsetAndEmpty() {
        let map = OffsetMap.identity(length: 4)
        #expect(map.origin(of: Span(start: 0, end: 4)) == Span(start: 0, end: 4))
        let empty = OffsetMap.identity(length: 0, originOffset: 7)
        #expect(empty.runCount == 0)
        #expect(empty.targetLength == 0)
        #expect(empty == OffsetMap())
        // With no runs, positions map to themselves.
        #expect(empty.originStart(of: 0) == 0)
        #expect(empty.origin(of: Span(start: 0, end: 0)) == Span(start: 0, end: 0))
    }

    @Test func appendMergesAdjacentCopyRuns() {
        var map = OffsetMap()
        map.append(targetLength: 3, originStart: 0, originLength: 3)
        map.append(targetLength: 2, originStart: 3, originLength: 2)
        #expect(map.runCount == 1)
        #expect(map.targetLength == 5)
        #expect(map == OffsetMap.identity(length: 5))

        // Not adjacent in the origin: a new run.
        map.append(targetLength: 2, originStart: 10, originLength: 2)
        #expect(map.runCount == 2)
        // A zero-length append is ignored.
        map.append(targetLength: 0, originStart: 99, originLength: 4)
        #expect(map.runCount == 2)
        #expect(map.targetLength == 7)
        // A replacement run never merges, not even when it is adjacent in the origin.
        map.append(targetLength: 1, originStart: 12, originLength: 3)
        #expect(map.runCount == 3)
        // A copy run after a replacement run does not merge into it.
        map.append(targetLength: 2, originStart: 15, originLength: 2)
        #expect(map.runCount == 4)
        map.append(targetLength: 1, originStart: 17, originLength: 1)
        #expect(map.runCount == 4)
        #expect(map.targetLength == 11)
        expectByteOrigins(map, [0..<1, 1..<2, 2..<3, 3..<4, 4..<5, 10..<11, 11..<12, 12..<15, 15..<16, 16..<17, 17..<18])
    }

    @Test func replacementRunMapsEveryByteToWholeOrigin() {
        // "ab" + "“" (3 bytes standing for 1 origin byte) + "cd"
        var map = OffsetMap()
        map.append(targetLength: 2, originStart: 0, originLength: 2)
        map.append(targetLength: 3, originStart: 2, originLength: 1)
        map.append(targetLength: 2, originStart: 3, originLength: 2)
        #expect(map.runCount == 3)
        expectByteOrigins(map, [0..<1, 1..<2, 2..<3, 2..<3, 2..<3, 3..<4, 4..<5])
        #expect(map.originStart(of: 3) == 2)
        #expect(map.originEnd(of: 3) == 3)
        #expect(map.origin(of: Span(start: 3, end: 4)) == Span(start: 2, end: 3))
        #expect(map.origin(of: Span(start: 1, end: 6)) == Span(start: 1, end: 4))

        // One target byte standing for three origin bytes (`\$` plus one more, say).
        var shrink = OffsetMap()
        shrink.append(targetLength: 2, originStart: 0, originLength: 2)
        shrink.append(targetLength: 1, originStart: 2, originLength: 3)
        shrink.append(targetLength: 1, originStart: 5, originLength: 1)
        expectByteOrigins(shrink, [0..<1, 1..<2, 2..<5, 5..<6])
        #expect(shrink.originStart(of: 2) == 2)
        #expect(shrink.originEnd(of: 3) == 5)
    }

    @Test func emptySpans() {
        var map = OffsetMap()
        map.append(targetLength: 2, originStart: 0, originLength: 2)
        map.append(targetLength: 2, originStart: 7, originLength: 2)   // bytes 2..<7 dropped
        // An empty span maps to a point: the origin position of the byte that follows.
        #expect(map.origin(of: Span(start: 0, end: 0)) == Span(start: 0, end: 0))
        #expect(map.origin(of: Span(start: 1, end: 1)) == Span(start: 1, end: 1))
        #expect(map.origin(of: Span(start: 2, end: 2)) == Span(start: 7, end: 7))
        // At the end of the text: the end of the origin.
        #expect(map.origin(of: Span(start: 4, end: 4)) == Span(start: 9, end: 9))
        // Past the end: clamped to the end of the origin.
        #expect(map.originStart(of: 40) == 9)
        #expect(map.originEnd(of: 40) == 9)
        // A span over the gap covers the dropped bytes.
        #expect(map.origin(of: Span(start: 1, end: 3)) == Span(start: 1, end: 8))

        // An inserted byte (empty origin range) maps to an empty origin span.
        var b = MappedTextBuilder()
        let origin = Array("abcd".utf8)
        b.copy(origin, 0..<2)
        b.replace(2..<2, with: UInt8(ascii: " "))
        b.copy(origin, 2..<4)
        #expect(b.bytes == Array("ab cd".utf8))
        #expect(b.map.origin(of: Span(start: 2, end: 3)) == Span(start: 2, end: 2))
        expectByteOrigins(b.map, [0..<1, 1..<2, 2..<2, 2..<3, 3..<4])
    }

    @Test func composeCopyCopy() {
        // C -> B: keeps B[0..<2] and B[5..<7].
        var outer = OffsetMap()
        outer.append(targetLength: 2, originStart: 0, originLength: 2)
        outer.append(targetLength: 2, originStart: 5, originLength: 2)
        // B -> A: a 3-byte BOM was dropped.
        let inner = OffsetMap.identity(length: 7, originOffset: 3)
        let c = outer.composed(with: inner)
        #expect(c.runCount == 2)
        expectByteOrigins(c, [3..<4, 4..<5, 8..<9, 9..<10])

        // One outer copy run split along two inner copy runs.
        var inner2 = OffsetMap()
        inner2.append(targetLength: 3, originStart: 0, originLength: 3)
        inner2.append(targetLength: 3, originStart: 10, originLength: 3)
        let d = OffsetMap.identity(length: 6).composed(with: inner2)
        #expect(d.runCount == 2)
        #expect(d == inner2)
        expectByteOrigins(d, [0..<1, 1..<2, 2..<3, 10..<11, 11..<12, 12..<13])

        // Identity on both sides stays one run.
        let e = OffsetMap.identity(length: 4, originOffset: 1).composed(with: OffsetMap.identity(length: 5, originOffset: 2))
        #expect(e == OffsetMap.identity(length: 4, originOffset: 3))
    }

    @Test func composeCopyOverReplacement() {
        // B -> A: "a" + "“" (3 bytes from A[1]) + "b".
        var inner = OffsetMap()
        inner.append(targetLength: 1, originStart: 0, originLength: 1)
        inner.append(targetLength: 3, originStart: 1, originLength: 1)
        inner.append(targetLength: 1, originStart: 2, originLength: 1)
        // C -> B: identity (a stage that copied everything).
        let c = OffsetMap.identity(length: 5).composed(with: inner)
        #expect(c.runCount == 3)
        #expect(c == inner)
        expectByteOrigins(c, [0..<1, 1..<2, 1..<2, 1..<2, 2..<3])

        // C -> B drops "a": the replacement keeps mapping to the whole origin byte.
        let d = {
            var m = OffsetMap()
            m.append(targetLength: 4, originStart: 1, originLength: 4)
            return m
        }().composed(with: inner)
        expectByteOrigins(d, [1..<2, 1..<2, 1..<2, 2..<3])
    }

    @Test func composeReplacementOverCopy() {
        // C -> B: "x" + one byte standing for B[1..<3] + "y".
        var outer = OffsetMap()
        outer.append(targetLength: 1, originStart: 0, originLength: 1)
        outer.append(targetLength: 1, originStart: 1, originLength: 2)
        outer.append(targetLength: 1, originStart: 3, originLength: 1)
        // B -> A: BOM dropped.
        let c = outer.composed(with: OffsetMap.identity(length: 4, originOffset: 3))
        #expect(c.runCount == 3)
        expectByteOrigins(c, [3..<4, 4..<6, 6..<7])
    }

    @Test func composeReplacementOverReplacement() {
        // B -> A: B[0] copy, B[1..<4] from A[1..<2] (transcoded), B[4] copy of A[2].
        var inner = OffsetMap()
        inner.append(targetLength: 1, originStart: 0, originLength: 1)
        inner.append(targetLength: 3, originStart: 1, originLength: 1)
        inner.append(targetLength: 1, originStart: 2, originLength: 1)
        // C -> B: one byte standing for B[1..<5] (the transcoded char and the next one).
        var outer = OffsetMap()
        outer.append(targetLength: 1, originStart: 0, originLength: 1)
        outer.append(targetLength: 1, originStart: 1, originLength: 4)
        let c = outer.composed(with: inner)
        expectByteOrigins(c, [0..<1, 1..<3])
    }

    @Test func threeLevelChainWithBuilder() {
        // A: BOM + `Price \$5^{*1} net`
        let a: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"Price \$5^{*1} net"#.utf8)
        #expect(a.count == 21)

        // Level 1: drop the BOM.
        var b1 = MappedTextBuilder()
        b1.copy(a, 3..<a.count)
        let textB = b1.bytes
        #expect(textB == Array(#"Price \$5^{*1} net"#.utf8))

        // Level 2: `\$` -> `$`.
        var b2 = MappedTextBuilder()
        b2.copy(textB, 0..<6)
        b2.replace(6..<8, with: [UInt8(ascii: "$")])
        b2.copy(textB, 8..<textB.count)
        let textC = b2.bytes
        #expect(textC == Array("Price $5^{*1} net".utf8))

        // Level 3: remove the marker `^{*1}`.
        var b3 = MappedTextBuilder()
        b3.copy(textC, 0..<8)
        b3.replace(8..<13, with: [UInt8]())
        b3.copy(textC, 13..<textC.count)
        let textD = b3.bytes
        #expect(textD == Array("Price $5 net".utf8))

        // Through the working document (maps compose as stages rewrite text).
        var doc = WorkingDocument(docId: "d", source: "d.txt", bytes: a)
        doc.setText(textB, map: b1.map)
        doc.rewriteText(textC, map: b2.map)
        doc.rewriteText(textD, map: b3.map)
        #expect(doc.text == textD)

        let expected: [Range<Int>] = [
            3..<4, 4..<5, 5..<6, 6..<7, 7..<8, 8..<9,   // "Price "
            9..<11,                                       // "$" from `\$`
            11..<12,                                      // "5"
            17..<18, 18..<19, 19..<20, 20..<21,           // " net"
        ]
        expectByteOrigins(doc.textMap, expected)
        #expect(doc.textMap.runCount == 4)
        // Where the marker was: an empty span at D[8] maps to the byte after the marker.
        #expect(doc.sourceSpan(of: Span(start: 8, end: 8)) == Span(start: 17, end: 17))
        // A span across the removed marker covers it in the source.
        #expect(doc.sourceSpan(of: Span(start: 7, end: 9)) == Span(start: 11, end: 18))
        #expect(doc.sourceSpan(of: Span(start: 0, end: 12)) == Span(start: 3, end: 21))

        // Composition is associative: (D->C ∘ C->B) ∘ B->A gives the same lookups.
        let other = b3.map.composed(with: b2.map).composed(with: b1.map)
        expectByteOrigins(other, expected)
    }

    @Test func truncate() {
        var map = OffsetMap()
        map.append(targetLength: 5, originStart: 0, originLength: 5)
        map.append(targetLength: 3, originStart: 5, originLength: 1)   // replacement
        map.append(targetLength: 4, originStart: 6, originLength: 4)

        var t10 = map
        t10.truncate(targetLength: 10)
        #expect(t10.runCount == 3)
        #expect(t10.targetLength == 10)
        #expect(t10.originEnd(of: 10) == 8)
        expectByteOrigins(t10, [0..<1, 1..<2, 2..<3, 3..<4, 4..<5, 5..<6, 5..<6, 5..<6, 6..<7, 7..<8])

        var t7 = map
        t7.truncate(targetLength: 7)
        #expect(t7.runCount == 2)
        #expect(t7.targetLength == 7)
        // A cut replacement run still stands for its whole origin range.
        #expect(t7.originEnd(of: 7) == 6)

        var t5 = map
        t5.truncate(targetLength: 5)
        #expect(t5 == OffsetMap.identity(length: 5))

        var t0 = map
        t0.truncate(targetLength: 0)
        #expect(t0.runCount == 0)
        #expect(t0.targetLength == 0)

        var same = map
        same.truncate(targetLength: 12)
        #expect(same == map)
    }

    @Test func builderDropTrailing() {
        var b = MappedTextBuilder()
        let origin = Array("ab \t\n".utf8)
        b.copy(origin, 0..<origin.count)
        b.dropTrailing { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }
        #expect(b.bytes == Array("ab".utf8))
        #expect(b.map == OffsetMap.identity(length: 2))
        b.dropTrailing { $0 == 0x20 }
        #expect(b.bytes == Array("ab".utf8))
    }

    @Test func builderCopyFromBufferPointer() {
        let origin = Array("hello world".utf8)
        var b = MappedTextBuilder()
        origin.withUnsafeBufferPointer { buf in
            b.copy(buf, 6..<11)
            b.copy(buf, 5..<5)
        }
        #expect(b.bytes == Array("world".utf8))
        expectByteOrigins(b.map, [6..<7, 7..<8, 8..<9, 9..<10, 10..<11])
    }

    /// A normalizer's map (a replacement every fourth byte: 1,025 runs, past a power of two)
    /// composed with a read stage's identity map: the composed map a document keeps is sized
    /// to its runs once, not grown by doubling to 2,048, and maps as before.
    @Test func composedMapIsSizedOnce() {
        var outer = OffsetMap()
        for k in 0..<513 {
            outer.append(targetLength: 3, originStart: 4 * k, originLength: 3)
            if k < 512 { outer.append(targetLength: 1, originStart: 4 * k + 3, originLength: 1, copy: false) }
        }
        #expect(outer.runCount == 1_025)
        let inner = OffsetMap.identity(length: 4 * 513 + 10, originOffset: 3)
        let c = outer.composed(with: inner)
        #expect(c.runCount == 1_025)
        #expect(c.runCapacity >= c.runCount)
        #expect(c.runCapacity < c.runCount + 64, "capacity \(c.runCapacity) for \(c.runCount) runs")
        #expect(c.origin(of: Span(start: 4, end: 7)) == Span(start: 7, end: 10))
        #expect(c.origin(of: Span(start: 3, end: 4)) == Span(start: 6, end: 7))
    }
}

@Suite("OffsetMap: explicit replacement runs")
struct OffsetMapReplacementFlagTests {
    @Test("a same-length replacement maps every byte to the whole origin range")
    func sameLengthReplacement() {
        // "…" (3 bytes) written as "..." (3 bytes): a replacement, not a copy.
        var b = MappedTextBuilder()
        let origin = Array("a…b".utf8)
        b.copy(origin, 0..<1)
        b.replace(1..<4, with: Array("...".utf8))
        b.copy(origin, 4..<5)
        #expect(String(decoding: b.bytes, as: UTF8.self) == "a...b")
        #expect(b.map.runCount == 3)
        #expect(b.map.origin(of: Span(start: 2, end: 3)) == Span(start: 1, end: 4))
        #expect(b.map.origin(of: Span(start: 0, end: 1)) == Span(start: 0, end: 1))
        #expect(b.map.origin(of: Span(start: 4, end: 5)) == Span(start: 4, end: 5))
    }

    @Test("composition keeps a same-length replacement whole")
    func composed() {
        var inner = OffsetMap()
        inner.append(targetLength: 2, originStart: 0, originLength: 2, copy: false)  // e.g. UTF-16 unit → "é"
        inner.append(targetLength: 3, originStart: 2, originLength: 3)
        let outer = OffsetMap.identity(length: 5)
        let c = outer.composed(with: inner)
        #expect(c.origin(of: Span(start: 1, end: 2)) == Span(start: 0, end: 2))
        #expect(c.origin(of: Span(start: 3, end: 4)) == Span(start: 3, end: 4))
    }
}

/// Composing over the read stage's map of a text file (one copy run, a BOM's shift or none)
/// gives what composing run by run gives, and with no shift shares the outer map.
@Suite struct OffsetMapIdentityComposeTests {
    static func outer() -> OffsetMap {
        var m = OffsetMap()
        m.append(targetLength: 3, originStart: 0, originLength: 3)
        m.append(targetLength: 1, originStart: 3, originLength: 2, copy: false)
        m.append(targetLength: 2, originStart: 5, originLength: 2)
        m.append(targetLength: 1, originStart: 7, originLength: 0, copy: false)
        m.append(targetLength: 2, originStart: 8, originLength: 2)
        m.append(targetLength: 1, originStart: 10, originLength: 0, copy: false)
        return m
    }

    @Test("Over an identity map, shifted or not, the fast path equals the run-by-run composition")
    func identityFastPath() {
        let o = Self.outer()
        for shift in [0, 3] {
            let inner = OffsetMap.identity(length: 10, originOffset: shift)
            #expect(inner.identityShift == shift)
            #expect(o.composed(with: inner) == o.composedRunByRun(with: inner))
            #expect(o.shifted(by: shift, within: 10) != nil)
        }
        #expect(o.composed(with: OffsetMap.identity(length: 10)) == o)
    }

    @Test("Maps the fast path does not cover are composed run by run")
    func fallbacks() {
        let o = Self.outer()
        // An origin past the inner map's end, or two contiguous copy runs (merged by the
        // composition), or an inner map of two runs.
        #expect(o.shifted(by: 0, within: 9) == nil)
        var unmerged = OffsetMap()
        unmerged.append(targetLength: 2, originStart: 0, originLength: 2, copy: false)
        unmerged.append(targetLength: 2, originStart: 2, originLength: 2)
        #expect(unmerged.shifted(by: 0, within: 4) != nil)
        var two = OffsetMap()
        two.append(targetLength: 5, originStart: 0, originLength: 5)
        two.append(targetLength: 5, originStart: 9, originLength: 5)
        #expect(two.identityShift == nil)
        #expect(o.composed(with: two) == o.composedRunByRun(with: two))
        #expect(o.shifted(by: Int.max, within: 10) == nil)
    }
}
