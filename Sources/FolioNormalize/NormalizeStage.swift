public import FolioModel

/// Repairs text damaged by PDF extraction, keeping the map back to the source bytes.
///
/// Works on lines: line ends (CRLF, CR, form feed) become LF, trailing spaces go, runs of
/// blank lines become one blank line, page furniture (page numbers, running headers and
/// footers) is removed and recorded, lines broken inside a paragraph are joined (and
/// hyphenation undone), bullet glyphs become `- ` list items. Inside lines it repairs
/// converter residue (`US\$`, `_{x}`, `\square`, `**bold**`), removes footnote markers into
/// `markers`, repairs homoglyphs, odd spaces and decomposed accents. Lines that hold a table
/// (tabs, or fixed-width columns) are never joined and keep their spacing.
///
/// Every repair has a switch in the pipeline definition; all are on by default.
public struct NormalizeStage: Stage {
    public static let name = "normalize"
    public static let summary = "repair extraction damage (escapes, markers, spaces, line ends); map every character to its source"
    public static let options: [OptionSpec] = [
        OptionSpec("latex_residue", .bool, default: .bool(true),
                   help: "repair LaTeX/Markdown residue of PDF converters (US\\$, _{x}, [%], \\square, **bold**, $\\mathbf{..}$)"),
        OptionSpec("markers", .bool, default: .bool(true),
                   help: "remove footnote markers (^{*1}, *¹³, ¹, word(3), word[2]) from the prose into marker records"),
        OptionSpec("homoglyphs", .bool, default: .bool(true),
                   help: "repair Cyrillic/Greek letters inside Latin words and letters inside digit runs"),
        OptionSpec("unicode_spaces", .bool, default: .bool(true),
                   help: "non-breaking and other odd spaces become a space; zero-width characters and soft hyphens go"),
        OptionSpec("nfc", .bool, default: .bool(true),
                   help: "compose a Latin letter and a following combining accent (Unicode NFC)"),
        OptionSpec("bullets", .bool, default: .bool(true),
                   help: "bullet glyphs (•, \\square, private-use icons, ...) at line start become `- ` list items"),
        OptionSpec("dehyphenate", .bool, default: .bool(true),
                   help: "undo hyphenation at line ends and inside joined lines (quar-\\nter, applica- tion); real compounds keep their hyphen"),
        OptionSpec("join_lines", .bool, default: .bool(true),
                   help: "join lines broken inside a paragraph, and paragraphs split by a page break"),
        OptionSpec("page_furniture", .bool, default: .bool(true),
                   help: "remove page numbers and running headers/footers, recording them"),
        OptionSpec("strip_indent", .bool, default: .bool(true),
                   help: "remove the leading indentation of prose lines (not of table lines or lines next to them)"),
    ]

    let config: NormalizeConfig

    public init(options: StageOptions) {
        config = NormalizeConfig(options: options)
    }

    public func process(_ document: inout WorkingDocument) throws(DocumentFailure) {
        let result = Normalizer.normalize(document.text, config: config)
        let before = document.textMap
        for m in result.markers {
            document.markers.append(Marker(label: m.label, position: m.position, sourceSpan: before.origin(of: m.span)))
        }
        for r in result.removals {
            document.removals.append(Removal(kind: r.kind, text: r.text, sourceSpan: before.origin(of: r.span)))
        }
        document.rewriteText(result.bytes, map: result.map)
        for (code, noun) in Normalizer.countNames {
            if let n = result.counts[code], n > 0 {
                document.diagnose(Self.name, .info, "normalize.\(code)", "\(n) \(noun)")
            }
        }
    }
}

/// The switches of the normalize stage.
public struct NormalizeConfig: Sendable, Hashable {
    public var latexResidue = true
    public var markers = true
    public var homoglyphs = true
    public var unicodeSpaces = true
    public var nfc = true
    public var bullets = true
    public var dehyphenate = true
    public var joinLines = true
    public var pageFurniture = true
    public var stripIndent = true

    public init() {}

    public init(options: StageOptions) {
        latexResidue = options.bool("latex_residue", default: true)
        markers = options.bool("markers", default: true)
        homoglyphs = options.bool("homoglyphs", default: true)
        unicodeSpaces = options.bool("unicode_spaces", default: true)
        nfc = options.bool("nfc", default: true)
        bullets = options.bool("bullets", default: true)
        dehyphenate = options.bool("dehyphenate", default: true)
        joinLines = options.bool("join_lines", default: true)
        pageFurniture = options.bool("page_furniture", default: true)
        stripIndent = options.bool("strip_indent", default: true)
    }
}
