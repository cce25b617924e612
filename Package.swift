// swift-tools-version: 6.1
import PackageDescription

// Shared settings applied to every target (the swift-log pattern: one loop, no drift).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

var package = Package(
    name: "Folio",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioModel", targets: ["FolioModel"]),
        .library(name: "FolioPipeline", targets: ["FolioPipeline"]),
        .library(name: "FolioDataset", targets: ["FolioDataset"]),
        .library(name: "FolioRunner", targets: ["FolioRunner"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
    ],
    targets: [
        // libxml2, confined to one system-library module (see ../shared/ENGINEERING-NOTES.md).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The only module that calls libxml2: parse HTML/XML into Swift value types.
        .target(name: "FolioXML", dependencies: ["CLibXML2"]),
        // poppler (GPL; see README), confined to one system-library module like libxml2.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // The only module that calls poppler: a PDF's pages and words as Swift value types.
        .target(name: "FolioPDF", dependencies: ["CPoppler"]),
        // Records, spans, ids, diagnostics, the working document and the stage protocol.
        .target(name: "FolioModel", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Stages: each one small module, testable on its own.
        .target(name: "FolioRead", dependencies: ["FolioModel", "FolioXML", "FolioPDF"]),
        .target(name: "FolioNormalize", dependencies: ["FolioModel"]),
        .target(name: "FolioSegment", dependencies: ["FolioModel"]),
        .target(name: "FolioTables", dependencies: ["FolioModel"]),
        .target(name: "FolioFootnotes", dependencies: ["FolioModel"]),
        .target(name: "FolioFacts", dependencies: ["FolioModel"]),
        // Pipeline definitions (YAML) and the stage registry.
        .target(
            name: "FolioPipeline",
            dependencies: [
                "FolioModel", "FolioRead", "FolioNormalize", "FolioSegment", "FolioTables",
                "FolioFootnotes", "FolioFacts",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The versioned dataset store: versions, manifests, hashes, atomic commits, reuse.
        .target(
            name: "FolioDataset",
            dependencies: ["FolioModel", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The batch runner on Dispatch.
        .target(name: "FolioRunner", dependencies: ["FolioModel", "FolioPipeline", "FolioDataset", "FolioRead"]),
        // The SQLite C library (Debian's libsqlite3, FTS5 built in), called only from FolioExport.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // A version in users' hands: SQLite export, diffs between versions, the HTML report.
        .target(name: "FolioExport", dependencies: ["FolioModel", "FolioDataset", "CSQLite"]),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioModel", "FolioPipeline", "FolioDataset", "FolioRunner", "FolioExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by every test target: paths to Corpus/ and ../shared/corpus, running stages or
        // the default pipeline on a string or file, whole-output golden comparison.
        .target(name: "FolioTestSupport", dependencies: ["FolioModel", "FolioPipeline"], path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioModelTests", dependencies: ["FolioTestSupport", "FolioModel"]),
        .testTarget(name: "FolioReadTests", dependencies: ["FolioTestSupport", "FolioModel", "FolioRead"]),
        .testTarget(name: "FolioNormalizeTests", dependencies: ["FolioTestSupport", "FolioModel", "FolioRead", "FolioNormalize"]),
        .testTarget(name: "FolioSegmentTests", dependencies: ["FolioTestSupport", "FolioModel", "FolioRead", "FolioNormalize", "FolioSegment"]),
        .testTarget(name: "FolioTablesTests", dependencies: ["FolioTestSupport", "FolioModel", "FolioRead", "FolioNormalize", "FolioSegment", "FolioTables"],
                    exclude: ["Golden"]),
        .testTarget(name: "FolioFootnotesTests", dependencies: ["FolioTestSupport", "FolioModel", "FolioPipeline", "FolioFootnotes", "FolioRead"]),
        .testTarget(name: "FolioFactsTests", dependencies: ["FolioTestSupport", "FolioModel", "FolioPipeline", "FolioFacts", "FolioRead"]),
        .testTarget(name: "FolioPipelineTests", dependencies: ["FolioTestSupport", "FolioModel", "FolioPipeline"],
                    exclude: ["Golden"]),
        .testTarget(name: "FolioDatasetTests", dependencies: ["FolioTestSupport", "FolioModel", "FolioDataset", "FolioRunner", "FolioPipeline"]),
        .testTarget(name: "FolioCLITests", dependencies: ["FolioTestSupport", "FolioModel", "FolioDataset"]),
        .testTarget(name: "FolioExportTests", dependencies: ["FolioTestSupport", "FolioModel", "FolioDataset", "FolioExport", "FolioRunner", "FolioPipeline"]),
        .testTarget(name: "FolioPDFTests", dependencies: ["FolioTestSupport", "FolioPDF", "FolioModel", "FolioRead"]),
        .testTarget(name: "FolioXMLTests", dependencies: ["FolioTestSupport", "FolioXML", "FolioModel", "FolioRead"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + strictSettings
}

// libFuzzer targets in Sources/Fuzz (see scripts/fuzz and docs/reliability.md). They link only
// with `-sanitize=fuzzer` (their main hands over to libFuzzer's driver), so they exist only when
// scripts/fuzz builds them with FOLIO_FUZZ=1; a plain `swift build` never sees them.
if Context.environment["FOLIO_FUZZ"] == "1" {
    // Our modules optimised (a debug build runs the pipeline at a few inputs per second under
    // the sanitizers); bounds and overflow checks stay on, as in every -O build.
    for target in package.targets where target.type == .regular || target.type == .executable {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-O"])]
    }
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzText", ["FolioModel", "FolioPipeline"]),
        ("FuzzNumbers", ["FolioModel", "FolioTables", "FolioSegment", "FolioFootnotes", "FolioFacts"]),
        ("FuzzHTML", ["FolioModel", "FolioRead"]),
        ("FuzzSGML", ["FolioRead"]),
        ("FuzzPipelineYAML", ["FolioPipeline"]),
        ("FuzzPDF", ["FolioModel", "FolioRead"]),
    ]
    package.targets.append(.target(name: "FuzzSupport", path: "Sources/Fuzz/FuzzSupport", swiftSettings: strictSettings))
    for (name, dependencies) in fuzzTargets {
        package.targets.append(.executableTarget(name: name, dependencies: dependencies + ["FuzzSupport"], path: "Sources/Fuzz/\(name)",
                                                 swiftSettings: strictSettings))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
