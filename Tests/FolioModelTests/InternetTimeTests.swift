import Foundation
import Testing
@testable import FolioModel

@Suite("InternetTime: RFC 3339 timestamps")
struct InternetTimeTests {
    /// Foundation's formatter, the text the manifest had before (the oracle).
    static func foundation(_ seconds: Int) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    @Test func knownInstants() {
        #expect(InternetTime.string(secondsSince1970: 0) == "1970-01-01T00:00:00Z")
        #expect(InternetTime.string(secondsSince1970: 951_782_400) == "2000-02-29T00:00:00Z")
        #expect(InternetTime.string(secondsSince1970: 1_796_632_348) == "2026-12-07T08:32:28Z")
        #expect(InternetTime.string(secondsSince1970: -1) == "1969-12-31T23:59:59Z")
        #expect(InternetTime.string(secondsSince1970: 4_107_542_400) == "2100-03-01T00:00:00Z")
    }

    /// Month ends, leap days, century years and times before 1970, against Foundation.
    @Test func sameAsFoundation() {
        var seconds: [Int] = []
        for year in [1900, 1969, 1970, 1999, 2000, 2024, 2025, 2100, 2400] {
            let start = Int(ISO8601DateFormatter().date(from: "\(year)-01-01T00:00:00Z")?.timeIntervalSince1970 ?? 0)
            var day = 0
            while day < 367 { seconds.append(start + day * 86_400 + (day * 3_671) % 86_400); day += 13 }
            seconds.append(start - 1)
        }
        for s in seconds {
            #expect(InternetTime.string(secondsSince1970: s) == Self.foundation(s), "\(s)")
        }
    }

    @Test func yearsOutsideFourDigitsAreClamped() {
        #expect(InternetTime.string(secondsSince1970: Int.max) == "9999-12-31T23:59:59Z")
        #expect(InternetTime.string(secondsSince1970: Int.min) == "0000-01-01T00:00:00Z")
    }
}
