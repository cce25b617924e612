/// The kinds of record a dataset version holds, one file each, in this order.
public enum RecordKind: String, Sendable, CaseIterable, Hashable, Codable {
    case documents, sections, blocks, tables, cells, footnotes, facts, diagnostics

    /// File name inside a version folder.
    public var fileName: String { rawValue + ".jsonl" }
}

/// The input format a document was read as.
public enum DocumentFormat: String, Sendable, Codable, Hashable {
    case text, html, ixbrl, xbrl, sgml, pdf, unknown

    /// Whether the pipeline reads the text as plain lines (fixed-width or tab-separated
    /// statements found in the text): plain text, an SGML submission's text, and a PDF's
    /// fixed-width rendition.
    public var isPlainText: Bool { self == .text || self == .sgml || self == .pdf }
}

/// What the text states about itself (filled by the segment stage; null where unstated).
public struct DocumentMetadata: Sendable, Hashable, Codable {
    public var title: String?
    public var issuer: String?
    /// `earnings_release`, `esg_report`, `agm_notice`, `annual_report`, `10-K`, ...
    public var formType: String?
    /// The reporting period the document covers, as stated (`fourth quarter and full year 2023`).
    public var period: String?
    /// The document's date in ISO form (`2024-03-12`) where the text states one.
    public var date: String?
    /// The end of the fiscal year a filing covers, ISO, as its cover states it (`For the
    /// fiscal year ended February 2, 2025`); read by the tables stage to date headers that
    /// print only a year (`Fiscal 2024`). Not a field of `documents.jsonl`.
    public var fiscalYearEnd: String?
    /// Filing metadata (issue #19), each field with the source it was read from in
    /// `sources` (see `FilingMetadata.swift`: who sets a field first wins, sources run in
    /// order of trust). The SEC's Central Index Key, digits as filed (`0000320193`).
    public var cik: String?
    /// The trading symbol of the registrant's main class (`AAPL`).
    public var ticker: String?
    /// EDGAR accession number (`0000891020-98-001352`).
    public var accessionNumber: String?
    /// The date the filing was filed, ISO.
    public var filingDate: String?
    /// The last day of the period the filing reports on, ISO (`2024-12-31`).
    public var periodEnd: String?
    /// The fiscal year the filing reports on, as the filer names it (`2024`).
    public var fiscalYear: Int?
    /// `FY`, `Q1`, `Q2`, `Q3`, `Q4`, `H1`, `H2`.
    public var fiscalPeriod: String?
    /// Where each metadata field was read.
    public var sources: [MetadataField: MetadataSource] = [:]

    public init(title: String? = nil, issuer: String? = nil, formType: String? = nil, period: String? = nil, date: String? = nil) {
        self.title = title
        self.issuer = issuer
        self.formType = formType
        self.period = period
        self.date = date
    }
}

/// A block's role in the document.
public enum BlockKind: String, Sendable, Codable, Hashable {
    case heading, paragraph
    case listItem = "list_item"
    case caption
    /// A table region; its cells are in `tables`/`cells`, the block keeps its text for search.
    case table
    /// A footnote definition paragraph (`1 Refers to ...`).
    case footnote
    /// A table of contents.
    case toc
}

/// Which rule put a row under the headings of its `row_path` (`cells.row_path_rule`): the
/// tables stage's row grouping (`TableBuilder.RowGrouping`, the table's checks for
/// `subtotalAbove`) records it where it decides; `folio show --why` reads it.
public enum RowPathRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// No heading is open over the row: its path is its label.
    case topLevel = "top_level"
    /// Under the heading row (a label without figures) printed above it at a lesser
    /// indentation:
    ///
    ///     Current assets:
    ///       Cash and cash equivalents        1,200
    case indentation
    /// Under an ALL CAPS heading row, no indentation printed (`CASH FLOWS FROM OPERATING
    /// ACTIVITIES:` over its lines).
    case capsHeading = "caps_heading"
    /// Under a heading row without figures, no indentation printed: a heading right after
    /// another goes one level under it, else it takes the open sub-heading's place.
    case headingRow = "heading_row"
    /// A total that closes a group it names (`Total net revenues` closes `REVENUES:`, `Net cash
    /// used in operating activities` its section): its path ends at that group.
    case closesGroup = "closes_group"
    /// Under a subtotal printed above its components (`Credit driven services`, then the four
    /// lines that add up to it), as the table's sum checks found it.
    case subtotalAbove = "subtotal_above"
    /// Under the item a second label column carries down (`Segment` | `Product` | figures).
    case labelColumns = "label_columns"
}

/// How a row's label was put together from lines (`cells.label_rule`), recorded by the
/// tables stage's row grouping; nil for a label printed on one line.
public enum LabelRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// Lines printed above the row's figures joined to it (a label wrapped, or printed with a
    /// hanging indent):
    ///
    ///     Net increase (decrease) in cash, cash
    ///       equivalents and restricted cash          512      (48)
    case wrapped
    /// Lines printed under the row's figures, indented deeper, joined to it
    /// (`TableBuilder.continuesLabel`).
    case continued
}

/// A heading and everything up to the next heading of the same or a higher level.
public struct Section: Sendable, Hashable {
    public var id: Int
    public var parentId: Int?
    /// 1 = top.
    public var level: Int
    public var heading: String
    /// Bytes of the normalized text, from the heading to the end of the section's content.
    public var span: Span
    /// The rule that made the line a heading, recorded by the segment stage where it decides
    /// (`sections.heading_rule`); nil for a section made elsewhere (a test's, a reader's).
    public var headingRule: HeadingRule?

    public init(id: Int, parentId: Int?, level: Int, heading: String, span: Span, headingRule: HeadingRule? = nil) {
        self.id = id
        self.parentId = parentId
        self.level = level
        self.heading = heading
        self.span = span
        self.headingRule = headingRule
    }
}

/// Which rule made a line a section heading (`sections.heading_rule`): the segment stage's
/// decision, named where it is made (`Segmenter.confirmHeadings`, the title detector) and
/// read by `folio show --why`, never made again.
public enum HeadingRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// The document's title line, at its top (`TitleDetector`).
    case title
    /// A Part line: `PART II`, `Part I — Financial Information`.
    case part
    /// An Item line: `Item 7.`, `ITEM 1A. RISK FACTORS` (one line, or cut over two).
    case item
    /// A numbered chapter (`02 Analysis of Material ESG Issues`, `1.2 Scope`) in a document
    /// that numbers its chapters: three or more, mostly in increasing order.
    case numberedChapter = "numbered_chapter"
    /// A numbered chapter its table of contents lists as a chapter.
    case listedChapter = "listed_chapter"
    /// A line written as a heading (title case, all caps, labelled) that the table of
    /// contents lists: it takes the contents' level.
    case listed
    /// A line the table of contents lists though it is not written as a heading (`The honors
    /// received ...`), followed by content.
    case listedLine = "listed_line"
    /// A labelled leaf sub-heading: `Case: Rural Assistance Plan`.
    case label
    /// A line in capitals alone, followed by content: `SHARE RECORD DATE AND ADS RECORD DATE`.
    case allCaps = "all_caps"
    /// A line in title case alone, followed by content: `Fourth Quarter 2023 Business Highlights`.
    case titleCase = "title_case"
}

/// A paragraph, list item, heading, caption, table region or footnote definition.
///
/// A block made by segmentation is a view of its document's text: it keeps a reference to the
/// text's bytes (shared, not copied) and the range it covers, so a document's blocks add no
/// second copy of its text (`docs/reliability.md`, memory). `text` makes the String when it
/// is read. A block made from a String (`init(... text: ...)`, for tests and hand-built
/// documents) owns its bytes.
public struct Block: Sendable, Hashable {
    public var id: Int
    public var sectionId: Int?
    public var kind: BlockKind
    /// Bytes of the normalized text.
    public var span: Span
    /// For `table` blocks, the table made from it.
    public var tableId: Int?
    /// The bytes the text is read from (the document's text, or the block's own) and where.
    private var storage: [UInt8]
    private var range: Range<Int>

    /// The block's text (made from its bytes on each read: read it once where it is used).
    public var text: String {
        get { String(decoding: textBytes, as: UTF8.self) }
        set {
            storage = Array(newValue.utf8)
            range = 0..<storage.count
        }
    }

    /// The block's text as bytes, without a copy.
    public var textBytes: ArraySlice<UInt8> { storage[range] }

    public init(id: Int, sectionId: Int? = nil, kind: BlockKind, text: String, span: Span, tableId: Int? = nil) {
        self.id = id
        self.sectionId = sectionId
        self.kind = kind
        self.span = span
        self.tableId = tableId
        storage = Array(text.utf8)
        range = 0..<storage.count
    }

    /// A block whose text is `span` of `documentText` (clamped to it), kept as a view of that
    /// buffer.
    public init(id: Int, sectionId: Int? = nil, kind: BlockKind, span: Span, of documentText: [UInt8], tableId: Int? = nil) {
        self.id = id
        self.sectionId = sectionId
        self.kind = kind
        self.span = span
        self.tableId = tableId
        storage = documentText
        let lo = max(0, min(span.start, documentText.count))
        range = lo..<max(lo, min(span.end, documentText.count))
    }

    public static func == (a: Block, b: Block) -> Bool {
        a.id == b.id && a.sectionId == b.sectionId && a.kind == b.kind && a.span == b.span
            && a.tableId == b.tableId && a.textBytes.elementsEqual(b.textBytes)
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(sectionId)
        h.combine(kind)
        h.combine(span)
        h.combine(tableId)
        h.combine(range.count)
        for byte in textBytes { h.combine(byte) }
    }
}

/// Scale and currency stated for a whole table (by its caption or header).
public struct TableUnits: Sendable, Hashable, Codable {
    public var scale: Int?
    public var currency: String?
    /// Where the units were read (`units.source`); nil only for tables built without the
    /// tables stage. Written by the emitter, not read back into stored rows.
    public var source: UnitsSource?
    public init(scale: Int? = nil, currency: String? = nil, source: UnitsSource? = nil) {
        self.scale = scale
        self.currency = currency
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case scale, currency
    }
}

/// How an arithmetic check came out.
public enum CheckOutcome: String, Sendable, Hashable, Codable {
    case pass
    case fail
    /// Not checked: the table's structure does not say what the row sums (`reason`).
    case skipped
}

/// Where a fact comes from: a figure stated in prose, or one tagged by the filer.
public enum FactOrigin: String, Sendable, Hashable, Codable {
    case narrative
    case ixbrl
    case xbrl
}

/// What comparing a fact with its table cell found.
public enum FactCheck: String, Sendable, Hashable, Codable {
    case agrees
    case disagrees
    case unmatched
}

/// One arithmetic check of a table and its outcome.
public struct TableCheck: Sendable, Hashable, Codable {
    /// `sum` (components add up to a total), `balance` (assets = liabilities + equity), `ratio`.
    public var kind: String
    /// Row (or column) the check is about, as a readable description.
    public var target: String
    public var col: Int?
    public var expected: Double?
    public var actual: Double?
    public var outcome: CheckOutcome
    /// The table rows involved, the target first: a sum's total row, then the rows it sums;
    /// a balance's total assets, then the other side's rows; a ratio's percent row.
    public var rows: [Int]
    /// Why a check was skipped (nil for one that passed or failed).
    public var reason: String?

    public init(kind: String, target: String, col: Int?, expected: Double?, actual: Double?, outcome: CheckOutcome,
                rows: [Int] = [], reason: String? = nil) {
        self.kind = kind
        self.target = target
        self.col = col
        self.expected = expected
        self.actual = actual
        self.outcome = outcome
        self.rows = rows
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey { case kind, target, col, expected, actual, outcome, rows, reason }

    /// Versions written before checks named their rows read with `rows` empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(String.self, forKey: .kind)
        target = try c.decode(String.self, forKey: .target)
        col = try c.decodeIfPresent(Int.self, forKey: .col)
        expected = try c.decodeIfPresent(Double.self, forKey: .expected)
        actual = try c.decodeIfPresent(Double.self, forKey: .actual)
        outcome = try c.decode(CheckOutcome.self, forKey: .outcome)
        rows = try c.decodeIfPresent([Int].self, forKey: .rows) ?? []
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
    }
}

/// One data cell, in long format.
/// One bound of a range printed in a cell: the figure as printed (before scale) and its bytes.
public struct CellBound: Sendable, Hashable {
    public var value: Double
    /// Bytes of the normalized text (nil when the cell's text is not its bytes as printed).
    public var span: Span?
    public init(value: Double, span: Span?) {
        self.value = value
        self.span = span
    }
}

public struct Cell: Sendable, Hashable {
    public var row: Int
    public var col: Int
    public var rowLabel: String
    /// Labels of the enclosing group rows, outermost first, ending with `rowLabel`.
    public var rowPath: [String]
    /// Header texts over this column, top to bottom, spanning headers included.
    public var columnPath: [String]
    /// The cell as printed.
    public var raw: String
    /// The printed number with its sign, before scale; nil for text and `N/A`.
    public var value: Double?
    public var scale: Int
    public var unit: String?
    /// Bytes of the normalized text.
    public var span: Span?
    /// The period the figure refers to, resolved from the column path, the row label and
    /// path and the table's title (the tables stage's `PeriodResolver`); nil when it cannot
    /// be decided, with the reason in `periodReason`.
    public var period: Period?
    /// Why `period` is nil: a `PeriodReason` code (`no_date`, `compares_periods`, ...).
    public var periodReason: String?
    /// The inline XBRL concept of the fact printed in this cell (`us-gaap:Revenues`), nil for
    /// an untagged cell.
    public var concept: String?
    /// The `contextRef` of that fact (the filer's context id).
    public var context: String?
    /// Where `concept` comes from: the filer's tag, or Folio's dictionary of labels for an
    /// untagged value cell of a primary statement; nil when there is no concept.
    public var conceptSource: ConceptSource? = nil

    /// Why `scale` differs from the table's (nil when it does not, or the cell has no value).
    public var scaleReason: ScaleReason?
    /// A range printed in one cell (`4.80% - 4.95%`, `$10 - $20`): its low and high bound as
    /// printed, each with its own bytes; `value` is then nil, and `scale` and `unit` apply to
    /// both bounds. Nil for any other cell.
    public var bounds: [CellBound]? = nil
    /// The rule that put the row under the headings of its `rowPath` (`cells.row_path_rule`);
    /// nil for a cell made without the tables stage.
    public var rowPathRule: RowPathRule? = nil
    /// How the row's label was joined from lines (`cells.label_rule`); nil for one line.
    public var labelRule: LabelRule? = nil

    public init(row: Int, col: Int, rowLabel: String, rowPath: [String], columnPath: [String], raw: String, value: Double?, scale: Int, unit: String?, span: Span? = nil,
                period: Period? = nil, periodReason: String? = nil, concept: String? = nil, context: String? = nil, scaleReason: ScaleReason? = nil) {
        self.scaleReason = scaleReason
        self.period = period
        self.periodReason = periodReason
        self.concept = concept
        self.context = context
        self.row = row
        self.col = col
        self.rowLabel = rowLabel
        self.rowPath = rowPath
        self.columnPath = columnPath
        self.raw = raw
        self.value = value
        self.scale = scale
        self.unit = unit
        self.span = span
    }
}

/// A table recovered from the text.
public struct Table: Sendable, Hashable {
    public var id: Int
    public var sectionId: Int?
    public var title: String?
    public var units: TableUnits
    /// Header rows, each an array of strings with spanning headers repeated over their columns.
    public var header: [[String]]
    public var nRows: Int
    public var nCols: Int
    /// Bytes of the normalized text.
    public var span: Span
    public var checks: [TableCheck]
    public var cells: [Cell]
    /// Which financial statement the table is (decided once, by the tables stage); nil when
    /// the tables stage did not run.
    public var statement: StatementKind? = nil

    public init(id: Int, sectionId: Int? = nil, title: String? = nil, units: TableUnits = TableUnits(), header: [[String]] = [], nRows: Int = 0, nCols: Int = 0, span: Span, checks: [TableCheck] = [], cells: [Cell] = []) {
        self.id = id
        self.sectionId = sectionId
        self.title = title
        self.units = units
        self.header = header
        self.nRows = nRows
        self.nCols = nCols
        self.span = span
        self.checks = checks
        self.cells = cells
    }
}

/// Where a cell's `concept` comes from (`cells.concept_source`).
public enum ConceptSource: String, Sendable, Hashable, Codable {
    /// The inline XBRL fact printed in the cell (the filer's own concept).
    case tagged
    /// The concept dictionary's for the cell's row label and statement (`ConceptDictionary`).
    case dictionary
}

/// Which financial statement a table is: one of the five primary statements, a segment
/// table, or anything else (a note's table, MD&A, a cover's table).
public enum StatementKind: String, Sendable, Hashable, Codable, CaseIterable {
    case balanceSheet = "balance_sheet"
    case incomeStatement = "income_statement"
    case comprehensiveIncome = "comprehensive_income"
    case cashFlow = "cash_flow"
    case equity
    case segment
    case other

    /// The five primary statements.
    public var isPrimary: Bool { self != .segment && self != .other }
}

/// A footnote marker found in the text (and removed from the prose by normalization).
public struct Marker: Sendable, Hashable {
    /// The label as printed, without decoration (`NoteLabels` decides it, once): `1`,
    /// `*1` → `1`, `¹` → `1`, `*`, `a`.
    public var label: String
    /// Byte position in the normalized text where the marker stood.
    public var position: Int
    /// Bytes of the original file the marker occupied.
    public var sourceSpan: Span
    /// Bytes the marker still occupies at `position` in the normalized text: 0 where it was
    /// removed, its width where it was kept (a bracketed or parenthesised marker in a table
    /// line, which stays part of the row label as printed).
    public var keptLength: Int

    public init(label: String, position: Int, sourceSpan: Span, keptLength: Int = 0) {
        self.label = label
        self.position = position
        self.sourceSpan = sourceSpan
        self.keptLength = keptLength
    }

    /// The bytes of the normalized text the marker occupies (empty where it was removed).
    public var span: Span { Span(start: position, end: position + keptLength) }
}

/// A place in the text that points at a footnote.
public struct FootnoteReference: Sendable, Hashable {
    public var blockId: Int?
    /// Bytes of the normalized text (empty where the marker was removed).
    public var span: Span
    /// Bytes of the original file (the marker as printed).
    public var sourceSpan: Span
    /// For markers inside tables.
    public var tableId: Int?
    public var row: Int?
    public var col: Int?

    public init(blockId: Int?, span: Span, sourceSpan: Span, tableId: Int? = nil, row: Int? = nil, col: Int? = nil) {
        self.blockId = blockId
        self.span = span
        self.sourceSpan = sourceSpan
        self.tableId = tableId
        self.row = row
        self.col = col
    }
}

/// A footnote definition with every reference to it.
public struct Footnote: Sendable, Hashable {
    public var id: Int
    public var label: String
    public var text: String
    public var sectionId: Int?
    /// Bytes of the normalized text the definition occupies.
    public var span: Span?
    public var references: [FootnoteReference]

    public init(id: Int, label: String, text: String, sectionId: Int?, span: Span?, references: [FootnoteReference] = []) {
        self.id = id
        self.label = label
        self.text = text
        self.sectionId = sectionId
        self.span = span
        self.references = references
    }
}

/// A period a fact refers to: a duration or an instant (ISO dates), or as stated.
public struct FactPeriod: Sendable, Hashable, Codable {
    public var start: String?
    public var end: String?
    public var instant: String?
    /// The phrase it was read from (`fourth quarter of 2023`).
    public var text: String?
    public init(start: String? = nil, end: String? = nil, instant: String? = nil, text: String? = nil) {
        self.start = start
        self.end = end
        self.instant = instant
        self.text = text
    }
}

/// A figure stated by the document (in prose, or tagged with XBRL).
public struct Fact: Sendable, Hashable {
    public var id: Int
    public var origin: FactOrigin
    public var metric: String
    public var value: Double?
    public var scale: Int
    public var unit: String?
    public var period: FactPeriod?
    public var span: Span?
    public var sourceSpan: Span?
    public var cell: FactCell?
    public var check: FactCheck
    public var comparedValue: Double?
    /// Narrative facts: `current` (the figure a sentence is about), `comparative` (the same
    /// metric for an earlier period, stated beside it) or `change` (a percent change); nil
    /// for XBRL facts.
    public var role: String?
    /// For `comparative` and `change` facts, the id of the `current` fact they go with.
    public var comparativeOf: Int?
    /// Inline XBRL facts: the `contextRef` the filer tagged the fact with (kept in memory for
    /// the cell it is printed in, `Cell.context`; not a field of `facts.jsonl`).
    public var context: String?

    public init(id: Int, origin: FactOrigin, metric: String, value: Double?, scale: Int, unit: String?, period: FactPeriod?, span: Span?, sourceSpan: Span? = nil, cell: FactCell? = nil, check: FactCheck = .unmatched, comparedValue: Double? = nil, role: String? = nil, comparativeOf: Int? = nil) {
        self.role = role
        self.comparativeOf = comparativeOf
        self.id = id
        self.origin = origin
        self.metric = metric
        self.value = value
        self.scale = scale
        self.unit = unit
        self.period = period
        self.span = span
        self.sourceSpan = sourceSpan
        self.cell = cell
        self.check = check
        self.comparedValue = comparedValue
    }
}

public struct FactCell: Sendable, Hashable, Codable {
    public var tableId: Int
    public var row: Int
    public var col: Int
    public init(tableId: Int, row: Int, col: Int) {
        self.tableId = tableId
        self.row = row
        self.col = col
    }
}

/// Something normalization removed from the text and recorded (a page number, a running
/// header), so nothing is silently lost.
public struct Removal: Sendable, Hashable {
    /// `page_number`, `running_header`, `running_footer`, ...
    public var kind: String
    public var text: String
    public var sourceSpan: Span
    /// Where it was printed, for a PDF (its `sourceSpan` is then empty and not written).
    public var sourceBox: SourceBox?
    public init(kind: String, text: String, sourceSpan: Span, sourceBox: SourceBox? = nil) {
        self.kind = kind
        self.text = text
        self.sourceSpan = sourceSpan
        self.sourceBox = sourceBox
    }
}

/// Where a document sits inside a multi-document file (an EDGAR submission's `<DOCUMENT>`).
public struct DocumentPart: Sendable, Hashable, Codable {
    public var type: String
    public var sequence: Int?
    public var filename: String?
    public var description: String?
    /// The submission's SGML header, shared by all its parts (not written in `part`: its
    /// fields become the document's filing metadata).
    public var header: SubmissionHeader?
    public init(type: String, sequence: Int?, filename: String?, description: String?, header: SubmissionHeader? = nil) {
        self.type = type
        self.sequence = sequence
        self.filename = filename
        self.description = description
        self.header = header
    }
}
