@testable import FolioRead
import Testing

/// The renderer's per-element lookups made without hashing: the element class by the name's
/// first byte (`Renderer.tagClass`), the cell symbols behind a length guard
/// (`Renderer.symbolMaxBytes`). Each must answer as the sets they stand for.
@Suite("Element and cell lookups without hashing")
struct TagClassTests {
    @Test("tagClass answers as tagClasses for every listed name and others")
    func tagClassIsTheSetLookup() {
        let others = ["td", "th", "tr", "table", "span", "b", "font", "ix:nonfraction", "ix:headers", "pre", "br",
                      "hr", "", "P", "DIV", "divx", "h7", "h", "sv", "objects", "x", "headers"]
        for name in Array(Renderer.skipped) + Array(Renderer.blocks) + others {
            #expect(Renderer.tagClass(name) == (Renderer.tagClasses[name] ?? 0), "\(name)")
        }
        #expect(Renderer.tagClass("script") & 1 != 0)
        #expect(Renderer.tagClass("div") & 2 != 0)
        #expect(Renderer.tagClass("span") == 0)
    }

    @Test("no currency symbol or closer is longer than the guard")
    func symbolsFitTheGuard() {
        for s in Renderer.currencySymbols.union(Renderer.closers) {
            #expect(s.utf8.count <= Renderer.symbolMaxBytes, "\(s)")
        }
        #expect(Renderer.symbolMaxBytes == 3)
    }

    @Test("every currency symbol and closer passes the first-byte guard; figures and words do not")
    func symbolsPassTheFirstByteGuard() {
        for s in Renderer.currencySymbols.union(Renderer.closers) {
            #expect(Renderer.maybeSymbol(s), "\(s)")
        }
        for s in ["", "12", "(3", "Net", "2024", "USD$"] {
            #expect(!Renderer.maybeSymbol(s), "\(s)")
        }
    }
}
