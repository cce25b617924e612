import Testing
@testable import FolioFootnotes

/// `MarkerScanner.scan` passes over eight bytes at once where none may start a marker
/// (`positionsStartingNone`); what it finds must not depend on where the eight-byte steps fall.
@Suite struct MarkerScannerSkipTests {
    @Test("markers are found wherever they fall against the eight-byte steps")
    func markersAtEveryOffset() {
        // A letter before `)` (a weak ` a)`), a digit after `.` (flattened), `(1)`, `*`, `¹`.
        let tail = "Items: a) Results Foundation.1 In 2023 EBITDA(1) was up* and income¹ rose"
        let expected = MarkerScannerTests.found(tail)
        #expect(expected.count >= 4)
        for pad in 0..<17 {
            let s = String(repeating: "w", count: pad) + " " + tail
            #expect(MarkerScannerTests.found(s) == expected, "pad \(pad)")
            #expect(MarkerScannerTests.found(s, weak: false) == MarkerScannerTests.found(tail, weak: false), "pad \(pad)")
        }
    }

    @Test("eight bytes passed over at once hold no position a marker may start at")
    func skippedBytesStartNoMarker() {
        // Bytes of prose with the ones that open or end a form among them.
        let alphabet = Array("abcxyz019 .()[]^*,;".utf8) + [0xC2, 0xB9, 0xE2, 0x80, 0xA0]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes.append(alphabet[Int(state >> 33) % alphabet.count])
        }
        var skipped = 0
        bytes.withUnsafeBufferPointer { b in
            let lo = 3, hi = b.count - 5
            for i in lo..<hi {
                let none = MarkerScanner.positionsStartingNone(b, i, lo, hi)
                #expect(none >= 0 && none <= 8 && i + none <= hi)
                skipped += none
                for k in i..<(i + none) {
                    #expect(!MarkerScanner.mayStart(b, k, lo, hi, includeWeak: true), "position \(k)")
                }
            }
        }
        #expect(skipped > 0)
    }
}
