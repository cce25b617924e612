import Testing
import FolioModel
@testable import FolioNormalize

/// Normalize's line table stores positions in 32 bits: the stage admits only texts whose
/// positions fit, and a stored position reads back as it was given.
@Suite struct LineStorageTests {
    @Test("The size limit is the largest text whose positions fit in 32 bits")
    func limit() {
        #expect(Normalizer.maxTextBytes == Int(Int32.max))
        #expect(Normalizer.fitsLineOffsets(0))
        #expect(Normalizer.fitsLineOffsets(Int(Int32.max)))
        #expect(!Normalizer.fitsLineOffsets(Int(Int32.max) + 1))
        #expect(!Normalizer.fitsLineOffsets(Int.max))
    }

    @Test("A line's positions read back as stored, up to the limit; beyond it they clamp, never trap")
    func roundTrip() {
        let big = Normalizer.maxTextBytes
        var line = Line(start: big - 3, end: big - 1, next: big, page: 7, textStart: big - 2)
        #expect(line.start == big - 3 && line.end == big - 1 && line.next == big && line.page == 7 && line.textStart == big - 2)
        #expect(line.bulletEnd == -1 && line.markdownHeadingEnd == -1)
        line.bulletEnd = big
        line.markdownHeadingEnd = 0
        #expect(line.bulletEnd == big && line.markdownHeadingEnd == 0)
        line.end = big + 10
        #expect(line.end == big)
        #expect(MemoryLayout<Line>.stride <= 40)
    }
}
