import Testing
import FolioModel

/// `ByteSearch.firstIndex(of:in:)`: the first offset of a needle, anchored on its least common
/// byte when not folding case, the same answer as a plain scan.
@Suite("ByteSearch: the first offset of a needle")
struct ByteSearchTests {
    /// The first offset by a plain scan, the reference.
    func plain(_ needle: String, _ hay: String) -> Int? {
        let n = Array(needle.utf8), h = Array(hay.utf8)
        guard !n.isEmpty else { return 0 }
        guard h.count >= n.count else { return nil }
        return (0...(h.count - n.count)).first { i in Array(h[i..<(i + n.count)]) == n }
    }

    func found(_ needle: String, _ hay: String, folding: Bool = false) -> Int? {
        Array(hay.utf8).withUnsafeBufferPointer { h in
            Array(needle.utf8).withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: h, foldingASCII: folding) }
        }
    }

    @Test("the first match, wherever the anchor byte stands in the needle")
    func firstMatch() {
        let long = String(repeating: "the income statement of the period ", count: 4)
        let hays = [long + "goodwill was not impaired in 2024", long + "paired", long, "goodwill was not impaired in 2024", "impaired", "x impaire", "possible that it is reasonably possible that",
                    " to be  to be ", "pppaired paired", "", "a", "the income of $5 and expense by $6"]
        let needles = ["paired", "not impaired", "possible that", " to be ", "income ", "expense ", "a", "zz", "impaired", "d"]
        for h in hays {
            for n in needles {
                #expect(found(n, h) == plain(n, h), "\(n) in \(h)")
            }
        }
    }

    @Test("folding compares the haystack's letters lowercased")
    func folding() {
        #expect(found("date of filing", "As of the Date of Filing this report", folding: true) == 10)
        #expect(found("date of filing", "As of the Date of Filing this report") == nil)
    }
}
