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
    public static let options: [OptionSpec] = [Option.latexResidue, Option.markers, Option.homoglyphs, Option.unicodeSpaces, Option.nfc, Option.bullets, Option.dehyphenate, Option.joinLines, Option.pageFurniture, Option.stripIndent, Option.markup]

    /// The stage's options, each declared once with its type, default and help.
    public enum Option {
        public static let latexResidue = OptionSpec("latex_residue", .bool, default: .bool(true),
            help: "repair LaTeX/Markdown residue of PDF converters (US\\$, _{x}, [%], \\square, **bold**, $\\mathbf{..}$)")
        public static let markers = OptionSpec("markers", .bool, default: .bool(true),
            help: "remove footnote markers (^{*1}, *¹³, ¹, ⁽¹⁾, †, word(3), word[2]: where MarkerGrammar says one may stand) from the prose into marker records")
        public static let homoglyphs = OptionSpec("homoglyphs", .bool, default: .bool(true),
            help: "repair Cyrillic/Greek letters inside Latin words and letters inside digit runs")
        public static let unicodeSpaces = OptionSpec("unicode_spaces", .bool, default: .bool(true),
            help: "non-breaking and other odd spaces become a space; zero-width characters and soft hyphens go")
        public static let nfc = OptionSpec("nfc", .bool, default: .bool(true),
            help: "compose a Latin letter and a following combining accent (Unicode NFC)")
        public static let bullets = OptionSpec("bullets", .bool, default: .bool(true),
            help: "bullet glyphs (•, \\square, private-use icons, ...) at line start become `- ` list items")
        public static let dehyphenate = OptionSpec("dehyphenate", .bool, default: .bool(true),
            help: "undo hyphenation at line ends and inside joined lines (quar-\\nter, applica- tion); real compounds keep their hyphen")
        public static let joinLines = OptionSpec("join_lines", .bool, default: .bool(true),
            help: "join lines broken inside a paragraph, and paragraphs split by a page break")
        public static let pageFurniture = OptionSpec("page_furniture", .bool, default: .bool(true),
            help: "remove page numbers and running headers/footers, recording them")
        public static let stripIndent = OptionSpec("strip_indent", .bool, default: .bool(true),
            help: "remove the leading indentation of prose lines (not of table lines or lines next to them)")
        public static let markup = OptionSpec("markup", .bool, default: .bool(false),
            help: "also normalize text that is still raw HTML/XML markup (rendered HTML is always normalized)")
    }

    let config: NormalizeConfig

    public init(options: StageOptions) {
        config = NormalizeConfig(options: options)
    }

    public func process(_ document: inout WorkingDocument) throws(DocumentFailure) {
        if document.textIsMarkup && !config.markup {
            document.diagnose(Self.name, .info, "normalize.skipped_markup",
                              "\(document.format.rawValue) markup left as it is (normalize.markup is off)")
            return
        }
        guard Normalizer.fitsLineOffsets(document.text.count) else {
            document.diagnose(Self.name, .warning, "normalize.too_large",
                              "text of \(document.text.count) bytes left as it is: normalize reads at most \(Normalizer.maxTextBytes) bytes")
            return
        }
        let result = Normalizer.normalize(document.text, config: config)
        if config.markers { document.markersDecided = true }
        let before = document.textMap
        for m in result.markers {
            document.markers.append(Marker(label: m.label, position: m.position, sourceSpan: before.origin(of: m.span), keptLength: m.kept))
        }
        for r in result.removals {
            document.removals.append(Removal(kind: r.kind, text: r.text, sourceSpan: before.origin(of: r.span)))
        }
        document.rewriteText(result.bytes, map: result.map)
        document.lineJoins = result.joins
        for (code, noun) in Normalizer.countNames {
            if let n = result.counts[code], n > 0 {
                document.diagnose(Self.name, .info, "normalize.\(code)", "\(n) \(noun)")
            }
        }
    }
}

/// The switches of the normalize stage.
public struct NormalizeConfig: Sendable, Hashable {
    public var latexResidue: Bool
    public var markers: Bool
    public var homoglyphs: Bool
    public var unicodeSpaces: Bool
    public var nfc: Bool
    public var bullets: Bool
    public var dehyphenate: Bool
    public var joinLines: Bool
    public var pageFurniture: Bool
    public var stripIndent: Bool
    public var markup: Bool

    /// Every repair as the stage's option specs default it.
    public init() { self.init(options: StageOptions()) }

    public init(options: StageOptions) {
        latexResidue = options.bool(NormalizeStage.Option.latexResidue)
        markers = options.bool(NormalizeStage.Option.markers)
        homoglyphs = options.bool(NormalizeStage.Option.homoglyphs)
        unicodeSpaces = options.bool(NormalizeStage.Option.unicodeSpaces)
        nfc = options.bool(NormalizeStage.Option.nfc)
        bullets = options.bool(NormalizeStage.Option.bullets)
        dehyphenate = options.bool(NormalizeStage.Option.dehyphenate)
        joinLines = options.bool(NormalizeStage.Option.joinLines)
        pageFurniture = options.bool(NormalizeStage.Option.pageFurniture)
        stripIndent = options.bool(NormalizeStage.Option.stripIndent)
        markup = options.bool(NormalizeStage.Option.markup)
    }
}
