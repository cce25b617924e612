import Foundation
import Testing
import FolioModel
@testable import FolioSegment

/// Prints outlines for reading: `FOLIO_PRINT_OUTLINE=1 swift test --filter OutlineDump`.
@Suite struct OutlineDump {
    @Test func printOutlines() throws {
        guard ProcessInfo.processInfo.environment["FOLIO_PRINT_OUTLINE"] != nil else { return }
        var urls = [Seed.agm, .release, .esg].map { seedsDir.appendingPathComponent($0.rawValue) }
        urls += sharedFiles("pdf-text", ext: "txt") + sharedFiles("earnings-releases", ext: "txt") + sharedFiles("edgar-sgml", ext: "txt")
        let only = ProcessInfo.processInfo.environment["FOLIO_ONLY"]
        for url in urls where only == nil || url.lastPathComponent.contains(only ?? "") {
            let doc = try segmentFile(url)
            print("==== \(url.lastPathComponent): \(doc.sections.count) sections, \(doc.blocks.count) blocks")
            print("metadata: \(doc.metadata)")
            print(outlineText(doc))
            if ProcessInfo.processInfo.environment["FOLIO_BLOCKS"] != nil {
                for b in doc.blocks {
                    print("  [\(b.id) \(b.kind.rawValue) s\(b.sectionId.map(String.init) ?? "-")] " + String(b.text.prefix(90)).replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\t", with: "→"))
                }
            }
        }
    }
}
