public import FolioModel

/// Turns table regions into tables of typed cells, with arithmetic checks.
///
/// In a plain-text filing (text or SGML) the stage finds the regions itself with
/// `TableRegionFinder`, whatever blocks segmentation made (it may cut a statement at its
/// header, group and page-break lines), then marks the blocks each table covers. In other
/// documents regions come from the segment stage's `table` blocks (or the finder when there
/// are none). A label column printed apart from its figures is joined to them
/// (`SplitLabels`). Each region is split into rows and cells,
/// regions that are really prose, bullet lists or a table of contents are dropped (their
/// blocks become paragraphs), a region holding two statements is split where a new header
/// starts, and a statement continued after a repeated header is kept as one table.
///
/// Cells (`Table.cells`) are in long format. `Cell.row` and `Cell.col` are 0-based within
/// the table's *data* rows and *data* columns: header rows and group rows without values do
/// not count as rows, and the label column is not column 0 (the first column of figures
/// is). `Table.nRows` counts data rows; `Table.nCols` counts data columns plus the label
/// column; `Table.header` rows carry the label column's header first.
public struct TablesStage: Stage {
    public static let name = "tables"
    public static let summary = "recover table structure; type cells (sign, scale, unit, currency); check totals"
    public static let options: [OptionSpec] = [Option.findRegions, Option.perShareUnit, Option.maxRows, Option.maxColumns, Option.maxCells]

    /// The stage's options, each declared once with its type, default and help.
    public enum Option {
        public static let findRegions = OptionSpec("find_regions", .bool, default: .bool(true),
            help: "find table regions in the text when the document has no table blocks")
        public static let perShareUnit = OptionSpec("per_share_unit", .choice(["currency", "null"]), default: .string("currency"),
            help: "unit of per-share figures: the column's currency (RMB for 2.76 per share) or null")
        public static let maxRows = OptionSpec("max_rows", .int(min: 1, max: 10_000_000), default: .int(100_000),
            help: "a table region with more lines than this is left as text (tables.too_large)")
        public static let maxColumns = OptionSpec("max_columns", .int(min: 2, max: 1_000_000), default: .int(1_000),
            help: "a table region with more columns than this is left as text (tables.too_large)")
        public static let maxCells = OptionSpec("max_cells", .int(min: 2, max: 100_000_000), default: .int(1_000_000),
            help: "a table region with more rows x columns than this is left as text (tables.too_large)")
    }

    let findRegions: Bool
    let perShareCurrency: Bool
    let limits: (rows: Int, columns: Int, cells: Int)

    public init(options: StageOptions) {
        findRegions = options.bool(TablesStage.Option.findRegions)
        perShareCurrency = options.string(TablesStage.Option.perShareUnit) != "null"
        limits = (options.int(TablesStage.Option.maxRows), options.int(TablesStage.Option.maxColumns),
                  options.int(TablesStage.Option.maxCells))
    }

    /// Why a region of `rows` is over the configured dimensions, or nil.
    func overLimit(_ rows: [GridRow]) -> String? {
        let columns = rows.reduce(0) { max($0, $1.cells.count) }
        if rows.count > limits.rows { return "\(rows.count) rows, over tables.max_rows (\(limits.rows))" }
        if columns > limits.columns { return "\(columns) columns, over tables.max_columns (\(limits.columns))" }
        if rows.count * columns > limits.cells {
            return "\(rows.count) x \(columns) cells, over tables.max_cells (\(limits.cells))"
        }
        return nil
    }

    struct Part {
        var rows: [GridRow]
        var context: TableContext
        var span: Span
        var blockIndex: Int?
        var headerKey: [[String]]
        /// Table blocks joined to this one as its continuation.
        var mergedBlocks: [Int] = []
        /// The layout its rows were read from.
        var layout: TableLayout = .tabs
        /// A later part of the same statement (split at its own header) that states no units:
        /// it takes the units the part before it was built with (a header cell's included).
        var unitsFromPrevious = false
    }

    public func process(_ document: inout WorkingDocument) throws(DocumentFailure) {
        // A plain-text filing (fixed-width or tab-separated statements): the region finder reads
        // each statement whole, across the header, group and page-break lines segmentation may
        // cut into separate blocks; blocks are then matched to the tables found.
        let fromText = findRegions && !document.textIsMarkup && document.format.isPlainText
        let (regions, absorbed) = tableRegions(document, fromText: fromText)
        var items = Self.readRows(regions, &document)
        Self.rejoinSplitLabels(&items, &document)
        var found = PartsFound()
        parts(of: items, into: &found, &document)
        // A table block none of whose runs is a table is prose (or a table of contents).
        for (bi, kind) in found.demoted where !found.keptBlocks.contains(bi) { document.blocks[bi].kind = kind }
        var (tables, leadIns) = buildTables(found.parts, absorbed: absorbed, &document)
        // An absorbed table block no table covers is prose after all.
        for (ab, _) in absorbed where document.blocks[ab].kind == .table && document.blocks[ab].tableId == nil {
            document.blocks[ab].kind = .paragraph
        }
        if fromText { Self.matchBlocks(&document, tables, toc: found.tocSpans) }
        RestatedRows.adoptScales(&tables)
        TableChecks.ratioChecks(&tables)
        // The statement kind first: the period resolver reads it (a balance sheet's undated
        // columns are instants, a statement of flows' years are fiscal years).
        StatementClassifier.classifyAll(&tables)
        PeriodResolver.resolveAll(&tables, filing: FilingPeriods(metadata: document.metadata), leadIns: leadIns,
                                  acquisitions: Self.acquisitionDates(tables, leadIns: leadIns, text: document.text))
        ConceptDictionary.assignAll(&tables)
        reportChecks(tables, rejected: found.rejected, &document)
        document.tables = tables
    }

    /// The table regions of a document, in text order, each with the table block it came
    /// from, and the blocks absorbed into another block's region (block index → that block).
    ///
    /// With table blocks (and not a plain-text filing read from its text): the blocks' tabular
    /// runs; where the region finder reads one table across several blocks (the segment stage
    /// may cut a statement at its header lines and group labels, `Net income per share:`),
    /// its region wins (`widenedRegions`). Without: the regions the finder reads in the text
    /// (raw markup is never scanned as text; rendered HTML is text, its tables tab rows;
    /// statements printed column by column only in a plain-text filing).
    func tableRegions(_ document: WorkingDocument, fromText: Bool) -> ([(TableRegion, Int?)], [Int: Int]) {
        let text = document.text
        let tableBlocks = document.blocks.indices.filter { document.blocks[$0].kind == .table }
        guard !tableBlocks.isEmpty && !fromText else {
            guard findRegions && !document.textIsMarkup else { return ([], [:]) }
            return (TableRegionFinder.find(in: text, readingOrder: fromText).map { ($0, nil) }, [:])
        }
        var absorbed: [Int: Int] = [:]
        var covered = Set<Int>()
        let widened = findRegions && !document.textIsMarkup ? Self.widenedRegions(document, absorbed: &absorbed, covered: &covered) : []
        var byStart: [(Int, (TableRegion, Int?))] = widened.map { ($0.0.span.start, ($0.0, $0.1)) }
        for bi in tableBlocks where !covered.contains(bi) {
            let span = document.blocks[bi].span
            let lo = max(0, min(span.start, text.count)), hi = max(lo, min(span.end, text.count))
            // The tabular runs inside the block (a caption line the block may include is
            // left to the lookback); the whole block when none is found, so that the
            // filter can still read it as prose.
            let found = TableRegionFinder.find(in: text, range: lo..<hi)
            if found.isEmpty {
                let lines = TableRegionFinder.lines(text, in: lo..<hi)
                byStart.append((lo, (TableRegion(span: Span(start: lo, end: hi), layout: .tabs, lines: lines), bi)))
            } else {
                for r in found { byStart.append((r.span.start, (r, bi))) }
            }
        }
        return (byStart.sorted { $0.0 < $1.0 }.map(\.1), absorbed)
    }

    /// **One statement cut into blocks.** A region the finder reads across several blocks
    /// (two table blocks, or a table block and the header or group lines beside it):
    ///
    /// ```
    ///                              Three Months Ended      ← paragraph block
    ///                              2024        2023        ← table block
    /// Net income per share:                                ← heading block (plain text)
    ///   Basic                      1.20        1.10        ← table block
    /// ```
    ///
    /// The first table block carries the region; the blocks it holds (wholly inside it, or,
    /// table blocks, starting in it, as a block may end with a rule line `=====` the region
    /// leaves out) are `covered`, the others than the first `absorbed` into it. Only table,
    /// paragraph and caption blocks are absorbed, and in a plain-text filing headings and
    /// list items too (`EARNINGS/ (LOSS) PER COMMON SHARE`, `- LIFO`: a statement's group or
    /// row labels).
    static func widenedRegions(_ document: WorkingDocument, absorbed: inout [Int: Int], covered: inout Set<Int>) -> [(TableRegion, Int)] {
        var widened: [(TableRegion, Int)] = []
        for r in TableRegionFinder.find(in: document.text) {
            let inside = document.blocks.indices.filter { i in
                let b = document.blocks[i].span
                return b.start < r.span.end && r.span.start < b.end
            }
            let tablesInside = inside.filter { document.blocks[$0].kind == .table }
            guard let first = tablesInside.first else { continue }
            let blocksInside = inside.filter { i in
                let b = document.blocks[i].span
                if document.blocks[i].kind == .table { return b.start >= r.span.start && b.start < r.span.end }
                return b.start >= r.span.start && b.end <= r.span.end
            }
            guard tablesInside.count > 1 || blocksInside.count > tablesInside.count,
                  tablesInside.allSatisfy({ blocksInside.contains($0) }) else { continue }
            let plainText = document.format.isPlainText
            let absorbable = blocksInside.allSatisfy { i in
                let k = document.blocks[i].kind
                return k == .table || k == .paragraph || k == .caption || (plainText && (k == .heading || k == .listItem))
            }
            guard absorbable else { continue }
            widened.append((r, first))
            for i in blocksInside {
                covered.insert(i)
                if i != first { absorbed[i] = first }
            }
        }
        return widened
    }

    /// A region's grid rows, as its layout's reader reads them.
    struct RegionRows {
        var region: TableRegion
        var block: Int?
        var rows: [GridRow]
        /// A units caption the fixed-width reader found inside the region.
        var caption: String
        /// Another table block joined to this one (its label column printed apart).
        var joined: Int?
    }

    /// Each region's rows, read by its layout's reader (the table in docs/rules.md,
    /// "Tables in text"); a column-runs region whose runs do not reconcile stays text.
    static func readRows(_ regions: [(TableRegion, Int?)], _ document: inout WorkingDocument) -> [RegionRows] {
        let text = document.text
        var items: [RegionRows] = []
        for (region, bi) in regions {
            switch region.layout {
            case .tabs: items.append(RegionRows(region: region, block: bi, rows: GridReader.tabRows(text, region.lines), caption: ""))
            case .pipes: items.append(RegionRows(region: region, block: bi, rows: GridReader.pipeRows(text, region.lines), caption: ""))
            case .fixedWidth:
                let read = FixedWidth.read(text, region.lines)
                items.append(RegionRows(region: region, block: bi, rows: read.rows, caption: read.caption))
            case .columnRuns:
                // The lines normalization joined from two printed lines (`joinsLines`): a band
                // of the runs may end at such a label (`Label.printedWrapped`).
                let joined = document.lineJoins.isEmpty ? [] : region.lines.map { document.joinsLines($0) }
                switch ColumnRuns.read(text, region.lines, joined: joined) {
                case .rows(let rows): items.append(RegionRows(region: region, block: bi, rows: rows, caption: ""))
                case .unreconciled(let why):
                    document.diagnose(Self.name, .info, "tables.column_runs_unreconciled",
                                      "labels and figures printed column by column left as text: \(why)", span: region.span)
                }
            case .rowRuns: items.append(RegionRows(region: region, block: bi, rows: RowRuns.read(text, region.lines), caption: ""))
            }
        }
        return items
    }

    /// The most bytes between a label column printed apart (the last run of one tab region)
    /// and the figures it labels (the first rows of the next) for `SplitLabels` to join them.
    static let maxSplitLabelGap = 400

    /// **A label column printed apart from its figures** (`SplitLabels`): the last run of
    /// one tab region, the first rows of the next, at most `maxSplitLabelGap` bytes apart,
    /// joined into rows; the joined rows replace the label run, or become a region of their
    /// own after the rows before it.
    static func rejoinSplitLabels(_ items: inout [RegionRows], _ document: inout WorkingDocument) {
        guard items.count >= 2 else { return }
        let text = document.text
        let vocabulary = SplitLabels.Vocabulary(items.map(\.rows))
        var i = 0
        while i + 1 < items.count {
            defer { i += 1 }
            guard items[i].region.layout == .tabs, items[i + 1].region.layout == .tabs,
                  let runStart = items[i].rows.lastIndex(where: { $0.blankBefore }) ?? (items[i].rows.isEmpty ? nil : 0) else { continue }
            let labels = Array(items[i].rows[runStart...])
            let lo = items[i].region.span.end, hi = items[i + 1].region.span.start
            guard lo <= hi, hi - lo < maxSplitLabelGap else { continue }
            let gap = TableRegionFinder.lines(text, in: lo..<hi)
            guard let (rows, used) = SplitLabels.rejoin(text, labels: labels, gap: gap, values: items[i + 1].rows, vocabulary: vocabulary),
                  let f = rows.first, let l = rows.last else { continue }
            var rest = Array(items[i + 1].rows.dropFirst(used))
            if !rest.isEmpty { rest[0].blankBefore = true }
            items[i + 1].rows = rest
            let joined = items[i + 1].block.flatMap { $0 == items[i].block ? nil : $0 }
            let region = TableRegion(span: Span(start: f.span.start, end: l.span.end), layout: .tabs, lines: [])
            if runStart == 0 {
                items[i].rows = rows
                items[i].joined = joined
            } else {
                items[i].rows.removeSubrange(runStart...)
                items.insert(RegionRows(region: region, block: items[i].block, rows: rows, caption: "", joined: joined), at: i + 1)
                i += 1
            }
            document.diagnose(Self.name, .info, "tables.labels_rejoined",
                              "a label column printed apart from its figures joined to them (\(rows.count) rows)",
                              span: region.span)
        }
    }

    /// What `parts(of:into:_:)` decides: the parts to build, the blocks that stay tables or
    /// become prose (or contents), the contents pages' spans, the regions read as prose.
    struct PartsFound {
        var parts: [Part] = []
        var demoted: [Int: BlockKind] = [:]
        var keptBlocks = Set<Int>()
        var tocSpans: [Span] = []
        var rejected = 0
        /// The running page lines of a text without page breaks (`RunningLines`).
        var running = RunningLines()
    }

    /// The parts of each region's rows: over the size limits, the region stays text; runs the
    /// filter reads as prose, bullets or a contents page are dropped (`RegionFilter`); the rest
    /// is split at headers (`TableBuilder.splitAtHeaders`), with the title and units read
    /// above the region (`statedUnits`), and joined to the part before where it continues it
    /// (`addPart`).
    func parts(of items: [RegionRows], into found: inout PartsFound, _ document: inout WorkingDocument) {
        let joinedBlocks = Set(items.compactMap(\.joined))
        let runningHeaders = items.isEmpty ? [] : Self.runningUnitsHeaders(document.text)
        let furniturePages = items.isEmpty ? [] : Self.furnitureUnitsPages(document.removals)
        // A markup table's context is its document's: only a text keeps its pages' lines.
        // Only a text without page breaks: the normalizer has taken a paged text's running lines.
        if !items.isEmpty, !Self.readsMarkup(document.format),
           document.text.withUnsafeBufferPointer({ ByteSearch.firstIndex(ofByte: 0x0C, in: $0, from: 0) == nil }) {
            found.running = RunningLines.find(document.text)
        }
        for item in items {
            let (region, bi, rows) = (item.region, item.block, item.rows)
            if rows.isEmpty, let bi, joinedBlocks.contains(bi) { found.keptBlocks.insert(bi); continue }
            if let reason = overLimit(rows) {
                document.diagnose(Self.name, .warning, "tables.too_large", "table region of \(reason); left as text",
                                  span: region.span)
                if let bi { found.demoted[bi] = .paragraph }
                continue
            }
            var kept: [[GridRow]] = []
            var reasons: [Rejection] = []
            // Rendered HTML: each table block is one `<table>` of the source.
            let markup = (document.format == .html || document.format == .ixbrl) && bi != nil
            // In text renditions a rate printed in a cell of its own runs into the label after it
            // (`LabelColumns.splitOpeningRates`); a markup table's cells are the filer's own.
            for block in RegionFilter.blocks(rows).map({ LabelColumns.foldSecondLabelColumn(markup ? $0 : LabelColumns.splitOpeningRates($0)) }) {
                if let reason = RegionFilter.rejection(block, markup: markup, headedRow: region.layout == .fixedWidth || region.layout == .pipes) {
                    found.rejected += 1
                    reasons.append(reason)
                    if let f = block.first, let l = block.last {
                        document.diagnose(Self.name, .info, "tables.not_a_table", "tabular lines read as \(reason)", span: Span(start: f.span.start, end: l.span.end))
                    }
                } else {
                    kept.append(block)
                }
            }
            if kept.isEmpty {
                if reasons.contains(.tableOfContents) { found.tocSpans.append(region.span) }
                if let bi { found.demoted[bi] = reasons.contains(.tableOfContents) ? .toc : .paragraph }
                continue
            }
            if let bi { found.keptBlocks.insert(bi) }
            let lookback = Self.statedUnits(item, kept: kept, document, after: found.parts.last?.span.end ?? 0,
                                            runningHeaders: runningHeaders, furniturePages: furniturePages, running: found.running)
            let split = kept.flatMap { TableBuilder.splitAtHeaders($0) }
            for (k, p) in split.enumerated() {
                Self.addPart(p, index: k, of: item, lookback: lookback, to: &found, &document)
            }
        }
    }

    /// The title and units stated for a region's table, nearest first: the lines above it
    /// (`Lookback.context`; for a reading-order table whose nearest line names no statement, the
    /// statement named above its header pieces, `ColumnRuns.statementTitleAbove`, after `after`,
    /// the end of the table before), a units caption inside the region (fixed width), and when no
    /// scale is stated there, for a reading-order table (column or row runs) the units caption
    /// above the lines the reader did not pair (`ColumnRuns.unitsAbove`), then the running units
    /// header of its pages, else a running units
    /// statement the normalizer removed as page furniture on its page. A caption inside a
    /// rendered HTML table is a header cell; one that is a running header is read as one.
    static func statedUnits(_ item: RegionRows, kept: [[GridRow]], _ document: WorkingDocument, after: Int = 0,
                            runningHeaders: [(text: String, span: Span)],
                            furniturePages: [(pageStart: Int, pageEnd: Int, text: String)],
                            running: RunningLines = RunningLines()) -> Lookback.Found {
        let region = item.region, innerCaption = item.caption
        let markupTables = Self.readsMarkup(document.format)
        var lookback = Lookback.context(document.text, before: region.layout == .fixedWidth ? region.span.start : kept[0][0].span.start,
                                        running: running)
        if !innerCaption.isEmpty {
            let u = UnitsParser.parse(innerCaption)
            if lookback.context.units.scale == nil, u.scale != nil || lookback.context.units.source == nil {
                lookback.context.units.source = UnitsSource(kind: .caption, text: innerCaption)
            }
            if lookback.context.units.scale == nil { lookback.context.units.scale = u.scale }
            if lookback.context.units.currencies.isEmpty { lookback.context.units.currencies = u.currencies }
            lookback.context.units.exceptShares = lookback.context.units.exceptShares || u.exceptShares
            if lookback.context.units.shareScale == nil { lookback.context.units.shareScale = u.shareScale }
            // The rows and columns it exempts or scales on their own (`except ratios`).
            if lookback.context.units.scoped.isEmpty { lookback.context.units.scoped = u.scoped }
            lookback.found = true
        }
        if markupTables, let src = lookback.context.units.source, src.kind == .caption, let sp = src.span,
           Self.insideMarkupTable(document, sp) {
            lookback.context.units.source?.kind = .headerCell
        }
        if let src = lookback.context.units.source, src.kind == .caption, let sp = src.span,
           runningHeaders.contains(where: { $0.span == sp }) {
            lookback.context.units.source?.kind = .runningHeader
        }
        // Reading order: a header printed above the units caption (`headerAboveCaption`) is
        // no title; the title is read above it.
        let titleBefore = region.layout == .columnRuns ? ColumnRuns.headerAboveCaption(document.text, kept[0]) : nil
        if let titleBefore {
            lookback.context.title = Lookback.context(document.text, before: titleBefore, running: running).context.title
        }
        // Reading order: the statement's units caption above lines the reader did not pair.
        // A reading-order table's title: the statement named above its header pieces when the
        // nearest line names none (`ColumnRuns.statementTitleAbove`), that line kept after it
        // when it states a period (`Year Ended December 31,`: the periods read from the title).
        if region.layout == .columnRuns || region.layout == .rowRuns,
           StatementClassifier.fromTitle(lookback.context.title ?? "") == nil,
           let title = ColumnRuns.statementTitleAbove(document.text, before: titleBefore ?? kept[0][0].span.start, after: after) {
            let nearest = lookback.context.title.map { (text: $0, clues: PeriodClues($0)) }
            if let nearest, nearest.clues.hasLength || nearest.clues.instant || nearest.clues.hasYear || !nearest.clues.dates.isEmpty {
                lookback.context.title = title + " " + nearest.text
            } else {
                lookback.context.title = title
            }
        }
        if lookback.context.units.scale == nil, region.layout == .columnRuns || region.layout == .rowRuns,
           let found = ColumnRuns.unitsAbove(document.text, before: kept[0][0].span.start) {
            lookback.context.units.adopt(UnitsParser.parse(found.text),
                                         source: UnitsSource(kind: .caption, text: found.text, span: found.span))
            lookback.found = true
        }
        if lookback.context.units.scale == nil,
           let header = runningHeaders.last(where: { $0.span.end <= region.span.start }) {
            lookback.context.units.adopt(UnitsParser.parse(header.text),
                                         source: UnitsSource(kind: .runningHeader, text: header.text, span: header.span))
            lookback.found = true
        }
        if lookback.context.units.scale == nil, !furniturePages.isEmpty {
            let at = document.sourceSpan(of: region.span).start
            if let page = furniturePages.first(where: { $0.pageStart <= at && at < $0.pageEnd }) {
                lookback.context.units.adopt(UnitsParser.parse(page.text), source: UnitsSource(kind: .runningHeader, text: page.text))
                lookback.found = true
            }
        }
        return lookback
    }

    /// The most bytes between a table with a stated scale and the next table, printing a
    /// currency but no units of its own, for the units note to stay in force (`(millions)`
    /// over a statement and its segment detail).
    static let unitsNoteReach = 1500

    /// One part (split off at a header, index `k` in its region) added to `found.parts`: a
    /// part under its own heading line takes it as its title; a units note stays in force
    /// for a close following table (`unitsNoteReach`); a later part of a statement, or one
    /// after nothing but furniture, takes the title and units of the part before. A part
    /// with the same header as the part before, nothing but blank lines or furniture between
    /// them, is its continuation (joined to it), as is a fixed-width part continued on the
    /// next page without its header (`continuation`).
    static func addPart(_ rows: [GridRow], index k: Int, of item: RegionRows, lookback: Lookback.Found,
                        to found: inout PartsFound, _ document: inout WorkingDocument) {
        let text = document.text
        let (region, bi) = (item.region, item.block)
        var p = rows
        // A part split off at its own header (or its own labelled period row,
        // `TableBuilder.splitAtHeaders`), under its own heading line: its title, and the
        // units the heading states when it is a lead-in ending with its units note (`Our
        // lease liabilities were as follows (in millions):`, the region read from the table
        // above it through this one).
        var ownTitle: String?
        var ownUnits: StatedUnits?
        if k > 0, p.count > 2, p[0].dataColumns.isEmpty, !p[0].label.isEmpty,
           TableBuilder.isHeaderLike(p[1]) || TableBuilder.isLabelledYearsRow(p[1]) {
            let heading = p[0].label
            if let note = UnitsParser.trailingNote(heading), let head = Lookback.leadInTitle(heading, noteOffset: note.offset) {
                ownTitle = head
                var units = UnitsParser.parse(note.note)
                if let cell = p[0].cells.first ?? nil {
                    units.source = Lookback.leadIn(note, cell.span)
                }
                ownUnits = units
            } else {
                ownTitle = LabelText.groupName(heading)
            }
            p.removeFirst()
        }
        guard let first = p.first, let last = p.last else { return }
        var context = lookback.context
        var continuesPrevious = false
        if let ownTitle {
            context = TableContext(title: ownTitle)
            if let ownUnits { context.units = ownUnits }
        }
        if context.units.scale == nil, context.units.currencies.isEmpty, let prev = found.parts.last,
           prev.context.units.scale != nil, region.span.start - prev.span.end < unitsNoteReach,
           p.contains(where: { r in r.cells.dropFirst().contains { $0.flatMap { NumberParser.parse($0.text)?.currency } != nil } }) {
            context.units = prev.context.units
        }
        if let prev = found.parts.last, ownTitle == nil,
           k > 0 || (!lookback.found && Lookback.onlyFurniture(text, min(prev.span.end, region.span.start), region.span.start, running: found.running)) {
            if context.title == nil { context.title = prev.context.title }
            if context.units.isEmpty { context.units = prev.context.units }
            continuesPrevious = context.units.isEmpty
        }
        let span = Span(start: first.span.start, end: last.span.end)
        let key = TableBuilder.headerKeyOf(p)
        if let prev = found.parts.last, !key.isEmpty, key == prev.headerKey,
           Lookback.onlyFurniture(text, prev.span.end, span.start, title: prev.context.title, running: found.running) {
            found.parts[found.parts.count - 1].rows += p.dropFirst(key.count)
            found.parts[found.parts.count - 1].span = prev.span.union(span)
            if let bi { found.parts[found.parts.count - 1].mergedBlocks.append(bi) }
            document.diagnose(Self.name, .info, "tables.continuation", "table continued after a repeated header joined to the table before it", span: span)
            return
        }
        // A Markdown table whose first row names its columns (`Financial Assets` | `Level 1` |
        // ...) has a header of its own, labelled: never a continuation.
        let pipesContinue = region.layout == .pipes && !TableBuilder.isLabelledHeader(first)
        // A chain of rows printed row by row right after a statement's column runs
        // (`rowsAfterColumnRuns`) continues it as a fixed-width part does.
        if ownTitle == nil, let prev = found.parts.last,
           prev.layout == region.layout && (region.layout == .fixedWidth || pipesContinue)
            || Self.rowsAfterColumnRuns(region.layout, after: prev.layout) && !(p.first?.dataColumns.isEmpty ?? true),
           let groupRows = Self.continuation(p, key: key, after: prev, text, at: span.start, sameGrid: k > 0, running: found.running) {
            found.parts[found.parts.count - 1].rows += groupRows + p
            found.parts[found.parts.count - 1].span = prev.span.union(span)
            if let bi { found.parts[found.parts.count - 1].mergedBlocks.append(bi) }
            let message = k > 0 ? "rows set apart by a blank line, without a header, joined to the statement above them"
                                : "table continued on the next page without its header joined to the table before it"
            document.diagnose(Self.name, .info, "tables.continuation", message, span: span)
            return
        }
        if ownTitle == nil, region.layout == .columnRuns, let prev = found.parts.last, prev.layout == .columnRuns,
           let bandRows = Self.columnRunsContinuation(p, key: key, after: prev, text, at: span.start) {
            found.parts[found.parts.count - 1].rows += bandRows + p
            found.parts[found.parts.count - 1].span = prev.span.union(span)
            if let bi { found.parts[found.parts.count - 1].mergedBlocks.append(bi) }
            document.diagnose(Self.name, .info, "tables.continuation",
                              "a band of a statement printed column by column joined to the band above it", span: span)
            return
        }
        if ownTitle == nil, region.layout == .rowRuns, let prev = found.parts.last, prev.layout == .rowRuns,
           Self.rowRunsFragment(p, key: key, after: prev, text) {
            found.parts[found.parts.count - 1].rows += p.dropFirst(key.count)
            found.parts[found.parts.count - 1].span = prev.span.union(span)
            if let bi { found.parts[found.parts.count - 1].mergedBlocks.append(bi) }
            document.diagnose(Self.name, .info, "tables.continuation",
                              "a later chain of rows of a statement printed row by row joined to the statement above it", span: span)
            return
        }
        var part = Part(rows: p, context: context, span: span, blockIndex: bi, headerKey: key)
        part.layout = region.layout
        part.unitsFromPrevious = continuesPrevious
        if k == 0, let jb = item.joined { part.mergedBlocks.append(jb); found.keptBlocks.insert(jb) }
        found.parts.append(part)
    }

    /// The tables of the parts (`TableBuilder.build`), numbered from 1, each placed in its
    /// block's section (a part found in the text: the innermost section around it), and the
    /// lead-in sentence each table's units came from. A part that continues the units of the
    /// one before takes them; a column-runs part whose totals do not add up (labels and
    /// figures paired by count, out of step) stays text. Blocks merged or absorbed into a
    /// table's region take its id where the table covers them.
    func buildTables(_ parts: [Part], absorbed: [Int: Int], _ document: inout WorkingDocument) -> ([Table], [Int: String]) {
        var tables: [Table] = []
        var leadIns: [Int: String] = [:]
        var lastStated = StatedUnits()
        for part in parts {
            let id = tables.count + 1
            var context = part.context
            if part.unitsFromPrevious, context.units.isEmpty { context.units = lastStated }
            guard let built = TableBuilder.build(rows: part.rows, context: context, id: id, span: part.span,
                                                   perShareCurrency: perShareCurrency) else { continue }
            if part.layout == .columnRuns || part.layout == .rowRuns, built.table.checks.contains(where: { $0.outcome == .fail }) {
                let how = part.layout == .rowRuns ? "row_runs" : "column_runs"
                document.diagnose(Self.name, .info, "tables.\(how)_unreconciled",
                                  "labels and figures printed \(part.layout == .rowRuns ? "row by row" : "column by column") left as text: a total does not add up",
                                  span: part.span)
                continue
            }
            lastStated = built.stated
            var table = built.table
            if let bi = part.blockIndex {
                table.sectionId = document.blocks[bi].sectionId
                if document.blocks[bi].tableId == nil { document.blocks[bi].tableId = id }
                for mb in part.mergedBlocks where document.blocks[mb].tableId == nil { document.blocks[mb].tableId = id }
                let owners = Set([bi] + part.mergedBlocks)
                for (ab, owner) in absorbed where owners.contains(owner) && document.blocks[ab].tableId == nil {
                    let b = document.blocks[ab].span
                    if b.start < part.span.end && part.span.start < b.end {
                        document.blocks[ab].kind = .table
                        document.blocks[ab].tableId = id
                    }
                }
            } else {
                table.sectionId = document.sections.last(where: { $0.span.start <= part.span.start && part.span.end <= $0.span.end })?.id
            }
            for (sev, code, msg, span) in built.notes { document.diagnose(Self.name, sev, code, "table \(id): " + msg, span: span) }
            if let l = part.context.leadIn { leadIns[id] = l }
            tables.append(table)
        }
        return (tables, leadIns)
    }

    /// The date each acquisition table's note states above it (`Lookback.acquisitionDate`),
    /// by table id: only for tables about an acquisition (`PeriodResolver.aboutAcquisition`),
    /// looked for after the last table before it that is not about an acquisition too (an
    /// acquisition's note may print the consideration transferred, then its allocation, both
    /// under the sentence that dates the deal).
    static func acquisitionDates(_ tables: [Table], leadIns: [Int: String], text: [UInt8]) -> [Int: CalendarDate] {
        var out: [Int: CalendarDate] = [:]
        var bound = 0
        for t in tables {
            let about = PeriodResolver.aboutAcquisition(t, leadIn: leadIns[t.id])
            defer { if !about { bound = max(bound, t.span.end) } }
            guard about, t.span.start > bound,
                  let d = Lookback.acquisitionDate(text, from: bound, before: t.span.start) else { continue }
            out[t.id] = d
        }
        return out
    }

    /// A warning for each failed check, and the stage's summary: tables, cells, checks
    /// passed, regions read as prose.
    func reportChecks(_ tables: [Table], rejected: Int, _ document: inout WorkingDocument) {
        var passed = 0, total = 0, cells = 0
        for t in tables {
            cells += t.cells.count
            for c in t.checks where c.outcome != .skipped {
                total += 1
                if c.outcome == .pass { passed += 1 } else {
                    let where_ = c.col.map { " (column \($0))" } ?? ""
                    document.diagnose(Self.name, .warning, "tables.check_failed",
                                      "table \(t.id)\(t.title.map { " (" + $0 + ")" } ?? ""): \(c.kind) check of \(c.target)\(where_) failed: printed \(fmt(c.expected)), computed \(fmt(c.actual))",
                                      span: t.span)
                }
            }
        }
        let rate = total == 0 ? "" : String(format1(Double(passed) / Double(total) * 100)) + "%"
        document.diagnose(Self.name, .info, "tables.summary",
                          "\(tables.count) tables, \(cells) cells, checks \(passed)/\(total) passed" + (total == 0 ? "" : " (\(rate))")
                          + (rejected > 0 ? "; \(rejected) tabular region(s) read as prose" : ""))
    }

    /// **Statement continued without its header.** A fixed-width statement cut in two by a
    /// page break (page number, running header and footer, the statement's title repeated)
    /// or by blank lines, whose later part prints no header row of its own:
    ///
    /// ```
    ///   Class C common stock                       $  38.97   $  33.17
    ///                                                                       ← blank lines, or
    ///                                 57                                    ← page furniture
    /// Basic Weighted-average Shares Outstanding                             ← group label
    ///   Class A common stock                          1,621      1,618
    /// ```
    ///
    /// The later part is the same table: its rows join the part before it, so they take its
    /// header (the columns' periods), caption and title. Only when the part before it has a
    /// header, both print figures in the same number of columns, and nothing lies between
    /// them but furniture (`Lookback.onlyFurniture`) and, right above the later part, at most
    /// two group label lines (`isGroupLabelLine`), which the region finder leaves out as a
    /// title: they are returned, as label rows to put before the part's rows. Nil when the
    /// part is not a continuation. A part with a header of its own is a new table, or a
    /// continuation under a repeated header (joined by its header key).
    ///
    /// The later part may also be a later block of the same region, split off at a blank line
    /// (`RegionFilter.blocks`) because a figure printed in the label zone of one of its rows
    /// (`Preferred stock – shares issued –   March 2025   2,315.6`) makes a column the part
    /// before does not fill: it ends in the same column, so it is a continuation all the same.
    /// A Markdown table is continued so too: a converter that cuts a table in two (at a page
    /// break, or at a group label it printed as a row of its own) prints the later part as a
    /// table of its own, without the header (`|**Amounts recognized on the consolidated
    /// balance**<br>**sheets**|||||` over the rows); one whose first row names its columns
    /// beside a label (`TableBuilder.isLabelledHeader`) has a header of its own.
    /// `sameGrid`: both parts are blocks of one region, read into one grid of columns; then a
    /// part before that holds only the statement's first rows may fill fewer columns
    /// (`cutAfterFirstRows`).
    static func continuation(_ rows: [GridRow], key: [[String]], after prev: Part, _ text: [UInt8], at start: Int,
                             sameGrid: Bool = false, running: RunningLines = RunningLines()) -> [GridRow]? {
        guard key.isEmpty, !prev.headerKey.isEmpty, prev.span.end <= start, let first = rows.first,
              !TableBuilder.isHeaderLike(first) else { return nil }
        let n = TableBuilder.figureColumnCount(rows)
        guard n > 0, n == TableBuilder.figureColumnCount(prev.rows) || (sameGrid && cutAfterFirstRows(rows, after: prev.rows)) else { return nil }
        var groupRows: [GridRow] = []
        var gapEnd = start
        for line in TableRegionFinder.lines(text, in: prev.span.end..<start).reversed() {
            let r = GridReader.trim(text, line.range)
            if r.isEmpty {
                if groupRows.isEmpty { continue }
                break
            }
            guard groupRows.count < 2, isGroupLabelLine(text, r) else { break }
            var row = GridRow(cells: [GridCell(text: String(decoding: text[r], as: UTF8.self), span: Span(start: r.lowerBound, end: r.upperBound))],
                              span: line, blankBefore: false)
            row.indent = r.lowerBound - line.start
            groupRows.insert(row, at: 0)
            gapEnd = line.start
        }
        return Lookback.onlyFurniture(text, prev.span.end, gapEnd, title: prev.context.title, running: running) ? groupRows : nil
    }

    /// **Rows printed row by row after a statement's column runs** (session 36, #17). A
    /// converter that follows the text flow prints a note's upper rows column by column
    /// (labels, then one run a column, each period group's header before its runs) and its
    /// lower rows, set apart on the page, row by row (each label, then its figures): those
    /// rows come out as a part of their own (`RowRuns`), without the header the column runs'
    /// part read. Such a part continues the one before on the terms a fixed-width part
    /// continued without its header does (`continuation`: no header of its own, as many
    /// figure columns, nothing but furniture and group labels between), and when its first
    /// row holds figures: a chain opening with a group label may open with a lead-in sentence
    /// ending with a colon (`The following percentages were as follows:`), a new table's.
    static func rowsAfterColumnRuns(_ layout: TableLayout, after previous: TableLayout) -> Bool {
        layout == .rowRuns && previous == .columnRuns
    }

    /// **Bands of a statement printed column by column.** A converter that follows the page's
    /// text flow prints a statement band by band where the rows are set apart (a group, a
    /// subtotal under a rule), and a band whose labels and figures are printed apart from the
    /// other bands' is read as a region of its own (`ColumnRuns`): the statement comes out cut
    /// into parts, the later ones without title or header. A band of one row is printed as its
    /// label, then one figure a column, and is no region at all:
    ///
    /// ```
    /// CONSOLIDATED STATEMENTS OF INCOME
    /// Revenue:                  ← the first part: title, header, rows
    /// ...
    /// Total revenue
    /// 2024 / 20,521 / ...
    ///
    /// Gross profit              ← a band of one row: its label, a figure a column
    /// 19,147
    /// 17,055
    ///
    /// Operating expenses:       ← a later part: no header of its own
    /// Research and development
    /// ...
    /// ```
    ///
    /// A later column-runs part is the statement above continued when it prints no header of
    /// its own, fills as many columns as the part before, that part has a header or a title
    /// naming a statement (`StatementClassifier.fromTitle`), and nothing lies between them but
    /// blank lines, lone currency signs, furniture (`Lookback.onlyFurniture`) and one-row
    /// bands: a label line followed by exactly one figure a column (returned as rows, to put
    /// before the part's rows) or a group label ending with a colon. Nil otherwise: a year or
    /// header piece, a label without its figures, or a figure count that is not the
    /// columns' leaves the parts apart.
    static func columnRunsContinuation(_ rows: [GridRow], key: [[String]], after prev: Part, _ text: [UInt8],
                                       at start: Int) -> [GridRow]? {
        guard key.isEmpty, prev.span.end <= start, start - prev.span.end <= maxBandGap, let first = rows.first,
              !TableBuilder.isHeaderLike(first) else { return nil }
        guard !prev.headerKey.isEmpty || StatementClassifier.fromTitle(prev.context.title ?? "") != nil else { return nil }
        let n = TableBuilder.figureColumnCount(rows)
        guard n >= 2, n == TableBuilder.figureColumnCount(prev.rows) else { return nil }
        var out: [GridRow] = []
        // The row being read: its label line and figures so far.
        var label: GridCell?
        var figures: [GridCell] = []
        func close() -> Bool {
            guard let l = label else { return true }
            label = nil
            if figures.isEmpty, l.text.hasSuffix(":") {
                out.append(GridRow(cells: [l], span: l.span))
                return true
            }
            guard figures.count == n, let last = figures.last else { return false }
            out.append(GridRow(cells: [l] + figures.map { Optional($0) }, span: Span(start: l.span.start, end: last.span.end)))
            figures = []
            return true
        }
        for line in TableRegionFinder.lines(text, in: prev.span.end..<start) {
            switch ColumnRuns.classify(text, line) {
            case .blank, .currencySign:
                continue
            case .figure:
                if label != nil, let c = ColumnRuns.figureCell(text, line) {
                    figures.append(c)
                } else if !Lookback.onlyFurniture(text, line.start, line.end, title: prev.context.title) {
                    return nil
                }
            case .label:
                guard close() else { return nil }
                if Lookback.onlyFurniture(text, line.start, line.end, title: prev.context.title) { continue }
                guard !ColumnRuns.isCaptionOrSentence(text, line), let c = GridReader.cell(text, line.range) else { return nil }
                label = c
            case .year, .other:
                return nil
            }
        }
        return close() ? out : nil
    }

    /// **Chains of rows of one statement printed row by row.** A converter that follows the
    /// page's text flow prints a statement row by row (`RowRuns`), but prints some rows' labels
    /// or figures elsewhere (a total's label after the rows below it, a group's labels in one
    /// run): the pairing stops there, and the rows after the lines it could not pair are a
    /// chain of their own, without title (and with the same header, when the years are read
    /// above it):
    ///
    /// ```
    /// CONSOLIDATED STATEMENTS OF CASH FLOWS   ← the first chain: title, rows
    /// Net income / 500 / 400
    /// Accrued expenses / (20) / 15
    /// Unearned revenue / 30 / 25 / 610 / 540  ← figures of a row whose label comes later
    /// Net cash from operating activities      ← labels printed apart: not paired
    /// Purchases of equipment
    /// (90) / (80)
    /// Repayments of debt / (40) / (35)        ← a later chain: the same statement
    /// ```
    ///
    /// A later row-runs part is the statement above continued when the part before names a
    /// statement in its title (`StatementClassifier.fromTitle`), the later part prints no
    /// header or the same one (`key`), fills as many columns, and nothing lies between them
    /// within `maxFragmentGap` bytes but what a statement's own unpaired lines are: labels,
    /// figures, lone currency signs, blank lines. A line naming a statement (the next
    /// statement's title), a units caption, a line ending with a period (`See accompanying
    /// notes.`, a paragraph's last line, a company's name before the next title) or a year (a
    /// new header) ends the statement: the parts stay apart. The lines between are left as
    /// text (their pairing is not known); the later part's rows take the statement's title,
    /// header and units. The gap is read from the later part's first row: its header (the
    /// years printed above the statement's first rows) lies before the part above.
    ///
    /// The later rows must not fall under a group the part above left open (`Changes in
    /// operating assets and liabilities:` over financing rows, whose section heading lies
    /// unpaired in the gap): a part above that holds group labels is not joined unless a
    /// total is printed after the last of them (`closesItsGroups`). (Putting the
    /// gap's heading over the later rows would make a section whose rows in the gap are
    /// missing: its total no longer adds up, and the whole statement is left as text.)
    static func rowRunsFragment(_ rows: [GridRow], key: [[String]], after prev: Part, _ text: [UInt8]) -> Bool {
        guard key.isEmpty || key == prev.headerKey, let first = rows.dropFirst(key.count).first,
              !TableBuilder.isHeaderLike(first), prev.span.end <= first.span.start,
              first.span.start - prev.span.end <= maxFragmentGap,
              let title = prev.context.title, StatementClassifier.fromTitle(title) != nil,
              closesItsGroups(Array(prev.rows.dropFirst(prev.headerKey.count)))
        else { return false }
        let n = TableBuilder.figureColumnCount(Array(rows.dropFirst(key.count)))
        guard n >= 2, n == TableBuilder.figureColumnCount(prev.rows) else { return false }
        for line in TableRegionFinder.lines(text, in: prev.span.end..<first.span.start) {
            switch ColumnRuns.classify(text, line) {
            case .blank, .currencySign, .figure:
                continue
            case .year, .other:
                return false
            case .label:
                let r = GridReader.trim(text, line.range)
                guard let last = r.last, text[last] != 0x2E, !ColumnRuns.isCaptionOrSentence(text, line) else { return false }
                if StatementClassifier.fromTitle(String(decoding: text[r], as: UTF8.self)) != nil { return false }
            }
        }
        return true
    }

    /// Whether a statement's part leaves no group open for the rows after it: it holds no
    /// group label (a row with a label and no figures), or a total is printed after its last
    /// group label (`ASSETS` / `Current assets:` / ... / `Total current assets`: the group is
    /// closed, the rows after it fall under none of its groups).
    static func closesItsGroups(_ rows: [GridRow]) -> Bool {
        guard let lastGroup = rows.lastIndex(where: { $0.dataColumns.isEmpty && !$0.label.isEmpty }) else { return true }
        return rows[(lastGroup + 1)...].contains { !$0.dataColumns.isEmpty && LabelText.isTotalLabel($0.label) }
    }

    /// The most bytes between two chains of rows of one statement (`rowRunsFragment`).
    static let maxFragmentGap = 3000

    /// The most bytes between two bands of a column-runs statement (`columnRunsContinuation`).
    static let maxBandGap = 1500

    /// The most rows of figures a part may hold to be only a statement's first rows
    /// (`cutAfterFirstRows`).
    static let firstRowsLimit = 2

    /// **Statement cut after its first rows.** A statement whose first rows print figures in
    /// fewer columns than the rows below them (an amount without the percentage beside it),
    /// set apart from them by a blank line:
    ///
    /// ```
    ///                                      2024                     2023
    ///                               Amount      Percent      Amount      Percent
    /// Income before income taxes  $ 15,254                 $ 13,639
    ///
    /// Federal statutory tax          3,203       21.0 %       2,864       21.0 %
    /// Foreign tax effect              (649)      (4.3)%        (393)      (2.9)%
    /// ```
    ///
    /// The region's blocks split there (`RegionFilter.blocks`: the later block fills columns the
    /// first does not), and the later part, printing no header, ends in a column the part
    /// before does not. Read into one grid, the part before is the statement's head when it
    /// has a header and at most `firstRowsLimit` rows of figures, every column of which the
    /// later part fills too, and the later part fills a column the first rows skip between
    /// theirs: the later part goes on under its header. A later block that only adds columns
    /// right of the first rows' (`Maturities` in three columns under two years) is another table.
    static func cutAfterFirstRows(_ rows: [GridRow], after prev: [GridRow]) -> Bool {
        let body = prev.drop { TableBuilder.isHeaderLike($0) }
        guard body.count < prev.count else { return false }
        let before = RegionFilter.figureColumns(Array(body)), after = RegionFilter.figureColumns(rows)
        let figureRows = body.filter { r in r.dataColumns.contains { before.contains($0) } }
        guard let lo = before.min(), let hi = before.max(), figureRows.count <= firstRowsLimit, before.isSubset(of: after) else { return false }
        // A column the first rows skip between theirs (the percentage beside an amount); a
        // later block that only adds columns right of them is another table.
        return after.contains { $0 > lo && $0 < hi && !before.contains($0) }
    }

    /// A line that can be a group label of a statement's rows (`Basic Weighted-average Shares
    /// Outstanding`, `Cash flows from investing activities:`): one cell of at most 70 bytes
    /// starting with a capital letter, not a sentence (no closing `.`), not a units statement
    /// and not page furniture.
    static func isGroupLabelLine(_ text: [UInt8], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= 70, let f = r.first, let l = r.last, text[f] >= 0x41, text[f] <= 0x5A, text[l] != 0x2E,
              FixedWidth.tokens(text, Span(start: r.lowerBound, end: r.upperBound)).count == 1 else { return false }
        let s = String(decoding: text[r], as: UTF8.self)
        return !UnitsParser.isStatement(s) && !Lookback.isFurniture(s)
    }

    /// **Running units header.** A units statement printed on a line of its own at the top of
    /// the pages of a notes section and worded to cover every table below it
    /// (`UnitsParser.isGeneralStatement`: `(Tabular amounts in millions, except per share
    /// data)`, `Amounts in millions of dollars except per share amounts or as otherwise
    /// specified.`). It is in force for the tables below it that state no scale of their own,
    /// until the next one. A caption repeated over each statement (`(In millions)`) is not one:
    /// it says nothing of the tables without a caption (share prices, head counts). In text order.
    static func runningUnitsHeaders(_ text: [UInt8]) -> [(text: String, span: Span)] {
        var found: [(text: String, span: Span)] = []
        text.withUnsafeBufferPointer { t in
            // Line by line, each line's end found by `memchr` (not a test of every byte).
            var lineStart = 0
            while lineStart <= t.count {
                let i = ByteSearch.firstIndex(ofByte: 0x0A, in: t, from: lineStart) ?? t.count
                var a = lineStart, b = i
                while a < b, t[a] == 0x20 || t[a] == 0x09 { a += 1 }
                while b > a, t[b - 1] == 0x20 || t[b - 1] == 0x09 || t[b - 1] == 0x0D { b -= 1 }
                // Cheap first test on the first byte: `(`, `I`/`i`, `A`/`a`, `D`/`d`.
                if b - a >= 8, b - a <= 200, Self.mayOpenGeneralStatement(t[a]) {
                    let line = UnsafeBufferPointer(rebasing: t[a..<b])
                    if !line.contains(0x09), UnitsParser.mayBeGeneralStatement(line) {
                        let s = String(decoding: line, as: UTF8.self)
                        if UnitsParser.isGeneralStatement(s) { found.append((s, Span(start: a, end: b))) }
                    }
                }
                lineStart = i + 1
            }
        }
        return found
    }

    /// The first bytes a general units statement may start with: `(`, `I`/`i`, `A`/`a`, `D`/`d`.
    static func mayOpenGeneralStatement(_ b: UInt8) -> Bool {
        switch b {
        case 0x28, 0x49, 0x69, 0x41, 0x61, 0x44, 0x64: return true
        default: return false
        }
    }

    /// **Running units statement printed as page furniture.** A general units statement
    /// (`UnitsParser.isGeneralStatement`) repeated at the foot or head of the pages of a notes
    /// section, which the normalizer removed as a running footer or header: it covers its own
    /// page, in source bytes. A footer's page runs from the furniture before it (the page's
    /// head) to the footer; a header's from the header to the next furniture.
    static func furnitureUnitsPages(_ removals: [Removal]) -> [(pageStart: Int, pageEnd: Int, text: String)] {
        let rem = removals.sorted { $0.sourceSpan.start < $1.sourceSpan.start }
        var out: [(pageStart: Int, pageEnd: Int, text: String)] = []
        for (i, r) in rem.enumerated() where r.kind == "running_footer" || r.kind == "running_header" {
            guard UnitsParser.isGeneralStatement(r.text) else { continue }
            if r.kind == "running_footer" {
                out.append((i > 0 ? rem[i - 1].sourceSpan.end : 0, r.sourceSpan.start, r.text))
            } else {
                out.append((r.sourceSpan.end, i + 1 < rem.count ? rem[i + 1].sourceSpan.start : Int.max, r.text))
            }
        }
        return out
    }

    /// Whether the stage reads the source bytes of a document of `format`: an HTML one's markup,
    /// to tell a units note printed inside a `<table>` (`insideMarkupTable`). The pipeline keeps
    /// the bytes of such a document through this stage and releases those of any other once
    /// the read stage has made its text.
    static func readsMarkup(_ format: DocumentFormat) -> Bool { format == .html || format == .ixbrl }

    public func readsSourceBytes(of format: DocumentFormat) -> Bool { Self.readsMarkup(format) }

    /// Whether the source bytes of `span` lie inside an HTML `<table>` element: a units note
    /// printed in a table's own cells (`(millions of dollars, unless noted)` in its first row),
    /// which the HTML reader writes above the rows.
    static func insideMarkupTable(_ document: WorkingDocument, _ span: Span) -> Bool {
        let at = document.sourceSpan(of: span).start
        let bytes = document.bytes
        guard at > 0, at <= bytes.count else { return false }
        // Back to the nearest `<table` or `</table`, at most 256 KB.
        var p = at - 1
        let stop = max(0, at - 262_144)
        while p >= stop {
            if bytes[p] == 0x3C, p + 6 <= bytes.count {
                let n1 = p + 1 < bytes.count ? ByteSearch.lowerASCII(bytes[p + 1]) : 0
                if n1 == 0x74 || n1 == 0x2F {
                    let from = n1 == 0x2F ? p + 2 : p + 1
                    if from + 5 <= bytes.count,
                       bytes[from..<(from + 5)].map(ByteSearch.lowerASCII).elementsEqual("table".utf8) {
                        return n1 == 0x74
                    }
                }
            }
            p -= 1
        }
        return false
    }

    /// Blocks of a plain-text filing and the tables found in its text: a table block
    /// overlapping a table, or any other block (not a footnote) inside one, is that table's;
    /// a table block no table covers is prose (or a table of contents).
    static func matchBlocks(_ document: inout WorkingDocument, _ tables: [Table], toc: [Span]) {
        // Spans and ids only: no copy of a whole table per block.
        let owners = tables.map { (span: $0.span, id: $0.id) }
        for bi in document.blocks.indices {
            let b = document.blocks[bi].span
            let kind = document.blocks[bi].kind
            let owner = owners.first { t in
                if kind == .table { return b.start < t.span.end && t.span.start < b.end }
                return kind != .footnote && kind != .toc && b.start >= t.span.start && b.end <= t.span.end
            }
            if let owner {
                document.blocks[bi].kind = .table
                document.blocks[bi].tableId = owner.id
            } else if kind == .table {
                document.blocks[bi].tableId = nil
                document.blocks[bi].kind = toc.contains { b.start < $0.end && $0.start < b.end } ? .toc : .paragraph
            }
        }
    }

    func fmt(_ v: Double?) -> String {
        guard let v else { return "null" }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }

    func format1(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

extension TableBuilder {
    /// The last data column of `rows` that holds a figure (0 when none does).
    static func figureColumnCount(_ rows: [GridRow]) -> Int {
        var n = 0
        for r in rows {
            for c in r.dataColumns where c > n {
                if let t = r.text(c), isFigure(t) { n = c }
            }
        }
        return n
    }

    /// Header rows of a part as printed (for continuation matching), and under them a row of
    /// years labelled with a stub heading (`Wholesale | 2026 | 2025`, `isLabelledYearsRow`):
    /// a second schedule printed under the same period headings as the first
    /// (`Nine months ended May 31 | Three months ended May 31`), with its own segment and
    /// years, is a schedule of its own, not the first one continued after a repeated header.
    static func headerKeyOf(_ rows: [GridRow]) -> [[String]] {
        var out: [[String]] = []
        for r in rows {
            guard isHeaderLike(r) || (!out.isEmpty && isLabelledYearsRow(r)) else { break }
            var cells = r.cells.map { $0?.text ?? "" }
            while cells.last == "" { cells.removeLast() }
            out.append(cells)
            if !isHeaderLike(r) { break }
        }
        return out
    }

    /// A labelled row whose data cells, two or more, are all years.
    static func isLabelledYearsRow(_ r: GridRow) -> Bool {
        let cols = r.dataColumns
        return !r.label.isEmpty && cols.count >= 2 && cols.allSatisfy { r.text($0).map(isYear) ?? false }
    }
}

/// Title and units from the lines before a table.
enum Lookback {
    struct Found {
        var context: TableContext
        var found: Bool
    }

    /// Title and units from the lines before a table (nearest first, at most five, up to
    /// the previous table line). Units come from, nearest first: a caption line
    /// (`UnitsParser.isCaptionLine`: `(In millions, except per share data)`), a title line that
    /// carries one (`Statements of Operations (Amounts in ...)`), or the parenthesised tail of
    /// a lead-in sentence (`... as follows (in millions):`, `UnitsParser.trailingNote`). A
    /// footnote or sentence that only mentions a figure with a scale word (`(1) Includes $14.1
    /// billion ...`) is not a units statement and is passed over. A header line left above
    /// the region that prints the units note in its label column (`unitsNoteCell`) states the
    /// units too, and a number stranded in the left margin of a line (`withoutMarginNumber`)
    /// is no part of it.
    static func context(_ text: [UInt8], before start: Int, running: RunningLines = RunningLines()) -> Found {
        // Lines before `start`, nearest first, up to the previous table line.
        var lines: [(text: String, span: Span)] = []
        // The units note printed in the label column of each line (`unitsNoteCell`), by line.
        var stubNotes: [(note: String, span: Span)?] = []
        let lo = max(0, start - 6000)
        // The line right above the table: a column heading left above it is skipped.
        var adjacent = true
        // Cut from the table up, only as far as the look-back reads.
        TableRegionFinder.forEachLineBackward(text, in: lo..<max(lo, start)) { span in
            defer { adjacent = false }
            if adjacent, isColumnHeadingAbove(text, span, tableStart: start) { return true }
            // A page's running footer or header (`RunningLines`) is no part of the table.
            if running.contains(text, span) { return true }
            // A TAB is always a `Character` of its own: a byte test.
            // A row of another table (a TAB row, a fixed-width row of figures, a pipe row).
            if text[span.range].contains(0x09) || FixedWidth.isDataLine(text, span) || TableRegionFinder.classify(text, span) == .pipe { return false }
            // Markdown emphasis and headings read as their text (`### **(in thousands)**`).
            var t = String(decoding: GridReader.plainMarkdown(text, span.range), as: UTF8.self)
            while t.hasPrefix("#") { t.removeFirst() }
            t = withoutMarginNumber(t.trimmingSpaces())
            if !t.isEmpty {
                lines.append((t, trimmed(text, span)))
                stubNotes.append(unitsNoteCell(text, span))
            }
            return lines.count < 8
        }
        // Units statements found, top to bottom, with where each was read.
        var captions: [(text: String, source: UnitsSource)] = []
        var title: String?
        var titleIndex: Int?
        var scanned = 0
        // A year alone on a line between the title and the table (`yearUnderDate`).
        var yearBelow: String?
        for (line, lineSpan) in lines {
            scanned += 1
            if scanned > 5 { break }
            if title == nil, yearBelow == nil, Years.fourDigit(line) != nil { yearBelow = line; continue }
            // A header line printing the units note in its label column, left above the
            // region (`Millions, except useful life      Accumulated      Net book`).
            if let stub = stubNotes[scanned - 1] {
                captions.insert((stub.note, UnitsSource(kind: .caption, text: stub.note, span: stub.span)), at: 0)
                continue
            }
            if title != nil {
                // Above the title: only a units note still belongs to the table.
                if line.hasPrefix("("), UnitsParser.isStatement(line) {
                    captions.insert((line, UnitsSource(kind: .caption, text: line, span: lineSpan)), at: 0)
                }
                // A lead-in sentence over several titled tables that ends with their units:
                // `The following tables show ... (in millions):`.
                else if let note = UnitsParser.trailingNote(line) {
                    captions.insert((note.note, leadIn(note, lineSpan)), at: 0)
                }
                if scanned > 4 { break }
                continue
            }
            // A lead-in sentence of any length right above the table: `The following table
            // summarizes ... (in millions):`.
            if let note = UnitsParser.trailingNote(line), !line.hasPrefix("(") {
                captions.insert((note.note, leadIn(note, lineSpan)), at: 0)
                if let head = leadInTitle(line, noteOffset: note.offset) {
                    title = head
                    titleIndex = scanned - 1
                }
                continue
            }
            if line.utf8.count > 260 { continue }
            // A title line that carries the caption: `Statements of Operations (Amounts in ...)`.
            if let open = firstOpenParenthesis(line), open > line.startIndex,
               LabelText.words(String(line[..<open])).count >= 2,
               UnitsParser.parse(String(line[..<open])).isEmpty,
               UnitsParser.parse(String(line[open...])).scale != nil {
                title = String(line[..<open]).trimmingSpaces()
                let note = String(line[open...])
                let at = lineSpan.start + line.utf8.distance(from: line.utf8.startIndex, to: open.samePosition(in: line.utf8) ?? line.utf8.startIndex)
                captions.insert((note, UnitsSource(kind: .caption, text: note, span: Span(start: at, end: lineSpan.end))), at: 0)
                continue
            }
            // The line's units are parsed only where they decide.
            let captionish = (line.hasPrefix("(") && !UnitsParser.isFigureNote(line))
                || (line.hasSuffix(")") && !line.contains("(") && !UnitsParser.parse(line).isEmpty) || UnitsParser.isScaleNote(line)
            if captionish && line.utf8.count < 260 {
                captions.insert((line, UnitsSource(kind: .caption, text: line, span: lineSpan)), at: 0)
                continue
            }
            if line.utf8.count > 150 || line.hasSuffix(".") || line.hasPrefix("<") || !LabelText.hasLetterOrDigit(line) { continue }
            // A footnote about some figures (`(1) Includes $14.1 billion ...`) is not a title.
            if Self.isFurniture(line) || UnitsParser.isFigureNote(line) { continue }
            var line = line
            // A Markdown heading: `## Segment results`.
            while line.hasPrefix("#") { line.removeFirst() }
            line = line.trimmingSpaces()
            if line.isEmpty { continue }
            if endsTitleScan(line) { break }
            title = yearUnderDate(line, year: yearBelow)
            titleIndex = scanned - 1
        }
        // A period line under a statement's name (`BALANCE SHEETS` / `DECEMBER 31, 1997 AND
        // 1996`): the name, then the period.
        if let t = title, let ti = titleIndex, isPeriodLine(t) {
            var period = [t]
            var k = ti + 1
            while k < lines.count && k <= ti + 3 {
                let l = lines[k].text
                k += 1
                if l.hasPrefix("(") || isFurniture(l) || !LabelText.hasLetterOrDigit(l) || stubNotes[k - 1] != nil { continue }
                if isPeriodLine(l) { period.insert(l, at: 0); continue }
                if l.utf8.count <= 150, !l.hasSuffix("."), !l.hasSuffix(":") { title = ([l] + period).joined(separator: " ") }
                break
            }
        }
        if let t = title, let ti = titleIndex, let name = statementOverEntity(t, lines: lines.map(\.text), at: ti) { title = name }
        var units = UnitsParser.parse(captions.map(\.text).joined(separator: " "))
        if !units.isEmpty {
            // The statement that gives the scale (else the first one) is the source.
            units.source = (captions.last { UnitsParser.parse($0.text).scale != nil } ?? captions.first)?.source
        }
        return Found(context: TableContext(title: title, units: units, leadIn: leadInSentence(lines.map(\.text))),
                     found: title != nil || !units.isEmpty)
    }

    /// **A date's year on the line below it.** A one-column table's header, left above the
    /// region, prints its date in pieces, the year alone under the month and day:
    ///
    ///                                                          September 30,
    ///                                                               2024
    ///                                                          (in millions)
    ///     Due within one year                                  $     2,968
    ///
    /// The nearest line that reads as a title is `September 30,`: a date without its year,
    /// which dates nothing. The year printed alone between it and the table (`year`) completes
    /// it: `September 30, 2024`. A title that prints a year, or names no date, is kept as it is.
    static func yearUnderDate(_ title: String, year: String?) -> String {
        guard let year else { return title }
        let clues = PeriodClues(title)
        guard clues.allYears.isEmpty, !clues.dates.isEmpty else { return title }
        return title + " " + year
    }

    /// The most words of a column heading left above a table (`isColumnHeadingAbove`).
    static let columnHeadingWords = 4

    /// **A column heading left above the table.** A table of one column of figures prints its
    /// column's name alone on the line above its rows, over the figures:
    ///
    ///     ... the consideration transferred for Example, which consisted of the following (in
    ///     millions):
    ///                                                                      Fair Value
    ///     Cash                                                    $             1,931
    ///     Fair value of pre-existing relationship                                 212
    ///
    /// A line of one cell makes no table line, so the heading stayed above the region, where
    /// it was read as the table's title, and hid the lead-in sentence above it (the sentence
    /// that says what the table is: an acquisition's consideration). The line right above
    /// the table (`span`) is such a heading, not a title, when it is short (at most
    /// `columnHeadingWords` words, no sentence end), states no units and no period (a units
    /// note or `Fiscal 2024` over the figures is read as ever), and starts no further left
    /// than the second cell of the table's first line (the first figure or column heading).
    static func isColumnHeadingAbove(_ text: [UInt8], _ span: Span, tableStart: Int) -> Bool {
        let t = trimmed(text, span)
        guard t.end > t.start, text[t.end - 1] != 0x2E, text[t.end - 1] != 0x3A else { return false }
        let line = String(decoding: text[t.range], as: UTF8.self)
        guard LabelText.words(line).count <= columnHeadingWords, UnitsParser.parse(line).isEmpty else { return false }
        let clues = PeriodClues(line)
        guard !clues.hasYear, !clues.hasLength, !clues.instant, clues.dates.isEmpty else { return false }
        var e = tableStart
        while e < text.count, text[e] != 0x0A, text[e] != 0x0D, text[e] != 0x0C { e += 1 }
        // The cells as the fixed-width reader splits them, placed in characters.
        let row = FixedWidth.tokens(text, Span(start: tableStart, end: e))
        guard row.count >= 2, let heading = FixedWidth.tokens(text, span).first else { return false }
        return heading.x0 >= row[1].x0
    }

    /// The first `(` of a line: on bytes when the line is ASCII (each byte is then a
    /// `Character`), else by `Character`.
    static func firstOpenParenthesis(_ line: String) -> String.Index? {
        if line.utf8.allSatisfy({ $0 < 0x80 }) { return line.utf8.firstIndex(of: UInt8(ascii: "(")) }
        return line.firstIndex(of: "(")
    }

    /// **Statement name over the entity line.** A statement's name printed above the filer's
    /// name, the table under both:
    ///
    ///     Condensed Consolidated Statements of Financial Position (Unaudited)
    ///     Northwind Freight Corporation and Subsidiary Companies
    ///
    ///     Millions, except share and per share amounts             2025      2024
    ///
    /// The nearest line is the entity (`... and Subsidiaries`, `... and Subsidiary Companies`,
    /// `... and Consolidated Subsidiaries`), not the title: when it names no statement and the
    /// line right above it does (`StatementClassifier.fromTitle`), that line is the title.
    /// `lines` are the lines before the table, nearest first; `at` is the title's index.
    static func statementOverEntity(_ title: String, lines: [String], at index: Int) -> String? {
        let next = index + 1
        guard next < lines.count, isEntityLine(title), StatementClassifier.fromTitle(title) == nil else { return nil }
        let above = lines[next]
        guard above.utf8.count <= 150, StatementClassifier.fromTitle(above) != nil else { return nil }
        return above
    }

    /// A line naming a group of companies: short, and ending in `and Subsidiaries`, `and
    /// Subsidiary Companies` or `and Consolidated Subsidiaries`.
    static func isEntityLine(_ line: String) -> Bool {
        guard line.utf8.count <= 120 else { return false }
        let l = line.lowercased()
        return l.hasSuffix(" and subsidiaries") || l.hasSuffix(" and subsidiary companies") || l.hasSuffix(" and consolidated subsidiaries")
    }

    /// **The sentence right above a table** (lines nearest first): the first line that is
    /// not a units caption (`(in millions)`), when it is a sentence of five words or more
    /// (`The following table summarizes ... as of December 31, 2024:`). Nil for a heading, a
    /// title or nothing.
    /// A sentence wrapped over lines (fixed-width or Markdown text) is joined back: upper
    /// lines are taken while they do not end a sentence (`.`, `:`, `;`), four at most.
    /// **A lead-in ends a sentence.** Its last line ends in `:`, `.` or `;` (after a units
    /// note, `... as of December 31, 2024 (in millions):`), or is a period line of its own
    /// (`December 31, 2024` over a table, `isPeriodLine`), or a line it joins is a period
    /// phrase (`As of June 30, 2025` over a heading line). Other lines are headings: a
    /// schedule's title block over the signature of the report above it
    /// (`VALUATION AND QUALIFYING ACCOUNTS` / `SCHEDULE II` / `February 25, 2025` /
    /// `New York, New York`) joins into no sentence, and its date, the day a report was
    /// signed, is no period of the table.
    ///
    /// **A lead-in over the first column's heading.** In reading order the first column's
    /// header pieces may stand between the lead-in and the labels (`At January 31, 2025,
    /// marketable securities consisted of the following (in millions):` / `Amortized` /
    /// `Cost`): up to `ColumnRuns.maxPieces` such short lines right under a lead-in ending
    /// with `:` are passed over (`pastHeaderPieces`).
    static func leadInSentence(_ lines: [String]) -> String? {
        var k = 0
        while k < lines.count, k < 2, lines[k].hasPrefix("("), lines[k].hasSuffix(")") { k += 1 }
        guard k < lines.count else { return nil }
        if let lead = pastHeaderPieces(lines, from: k) { k = lead }
        var sentence = lines[k]
        // Whether the lines read make a sentence: the nearest ends one, or one of them is a
        // period phrase (`As of June 30, 2025`, not a date alone).
        var stated = endsSentence(lines[k]) || isPeriodLine(lines[k])
        var j = k + 1
        while j < lines.count, j <= k + 3 {
            let up = lines[j]
            if up.hasSuffix(".") || up.hasSuffix(":") || up.hasSuffix(";") || up.hasPrefix("(") || sentence.utf8.count > 600 { break }
            sentence = up + " " + sentence
            if !stated, isPeriodLine(up), let f = LabelText.words(up).first, !Months.isFullName(f) { stated = true }
            j += 1
        }
        return stated && LabelText.words(sentence).count >= 5 ? sentence : nil
    }

    /// The index of a lead-in line (ending with `:`, five words or more) right above one to
    /// `ColumnRuns.maxPieces` header pieces from `lines[k]` on (nearest first): each at most a
    /// header piece long (`ColumnRuns.maxPieceBytes`), no sentence end, no period line, no
    /// parenthesis first. Nil otherwise, and `leadInSentence` reads the lines as before.
    static func pastHeaderPieces(_ lines: [String], from k: Int) -> Int? {
        var j = k
        while j < lines.count, j - k < ColumnRuns.maxPieces {
            let l = lines[j]
            if l.hasSuffix(":") { break }
            guard l.utf8.count <= ColumnRuns.maxPieceBytes, !endsSentence(l), !isPeriodLine(l), !l.hasPrefix("(") else { return nil }
            j += 1
        }
        guard j > k, j < lines.count, lines[j].hasSuffix(":"), LabelText.words(lines[j]).count >= 5 else { return nil }
        return j
    }

    /// The line ends a sentence or a clause: its last character, trailing spaces and a
    /// closing Markdown emphasis (`*`, `_`) aside, is `:`, `.` or `;`.
    static func endsSentence(_ line: String) -> Bool {
        var u = Array(line.utf8)
        while let last = u.last, last == 0x20 || last == 0x2A || last == 0x5F || last == 0x09 { u.removeLast() }
        guard let last = u.last else { return false }
        return last == 0x3A || last == 0x2E || last == 0x3B
    }

    /// **Lead-in that names its table.** The words before a lead-in's units note are the
    /// table's title when they read as one: short (a title's length, at most 150 bytes), at
    /// least two words, starting with a capital and not ending a sentence:
    /// `Future minimum lease payments and debt maturities at June 30, 2025 (in thousands):`.
    /// A long sentence (`The following table summarizes ... for the periods presented (in
    /// millions):` over 150 bytes) gives only its units.
    static func leadInTitle(_ line: String, noteOffset: Int) -> String? {
        let head = String(decoding: line.utf8.prefix(noteOffset), as: UTF8.self).trimmingSpaces()
        guard head.utf8.count <= 150, !head.hasSuffix("."), LabelText.words(head).count >= 2,
              let f = head.unicodeScalars.first, f.properties.isUppercase, !isFurniture(head) else { return nil }
        return head
    }

    /// A lead-in's units note as a source: the note's bytes at the end of its line.
    static func leadIn(_ note: (note: String, offset: Int), _ lineSpan: Span) -> UnitsSource {
        let at = lineSpan.start + note.offset
        return UnitsSource(kind: .leadIn, text: note.note, span: Span(start: at, end: min(lineSpan.end, at + note.note.utf8.count)))
    }

    /// **Units note in the label column of a header line above the region.** A statement's
    /// header line printing its units note where the row labels go, its column headings over
    /// the figures (`FixedWidth.isUnitsNoteHeader`), that the region's extent left above it
    /// (a period line at the left margin comes between it and the figures):
    ///
    ///     Millions, except estimated useful life          Accumulated     Net book
    ///     As of June 30, 2025                     Cost    depreciation       value
    ///     Land                                 $ 5,450             N/A   $ 5,450
    ///
    /// The note (the line's first cell) and its bytes; nil for any other line.
    static func unitsNoteCell(_ text: [UInt8], _ line: Span) -> (note: String, span: Span)? {
        guard FixedWidth.isUnitsNoteHeader(text, line), let first = FixedWidth.tokens(text, line).first else { return nil }
        return (first.text, Span(start: first.start, end: first.end))
    }

    /// Gap (spaces) that sets a margin number apart from the text of its line.
    static let marginNumberGap = 24

    /// **Number stranded in the margin.** A page or line number the converter printed at the
    /// left margin of a heading line, far from its text (a gap of `marginNumberGap` spaces or
    /// more), is no part of the line:
    ///
    ///     4                                          Fiscal Year Ended January 31,
    ///                                                2025         2024        2023
    ///
    /// The line reads as its text (`Fiscal Year Ended January 31,`). A number of one to three
    /// digits only; a footnote marker or a list number is printed close to its text.
    static func withoutMarginNumber(_ line: String) -> String {
        let b = Array(line.utf8)
        var i = 0
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        guard i >= 1, i <= 3 else { return line }
        let digits = i
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i - digits >= marginNumberGap, i < b.count else { return line }
        return String(decoding: b[i...], as: UTF8.self)
    }

    /// A line's span without its leading and trailing blanks.
    static func trimmed(_ text: [UInt8], _ span: Span) -> Span {
        var a = span.start, b = span.end
        while a < b, text[a] == 0x20 || text[a] == 0x09 { a += 1 }
        while b > a, text[b - 1] == 0x20 || text[b - 1] == 0x09 || text[b - 1] == 0x0D { b -= 1 }
        return Span(start: a, end: b)
    }

    /// A line naming a period or date (`DECEMBER 31, 1997 AND 1996`, `YEAR ENDED ...`,
    /// `TO DECEMBER 31, 1996`, `For the 13 Weeks Ended July 3, 2004 ...`).
    static func isPeriodLine(_ line: String) -> Bool {
        let w = LabelText.words(line)
        // The first word first: most lines are not a period's, and then need no year search.
        guard let f = w.first, Months.isFullName(f) || periodLineStarts.contains(f) else { return false }
        var year = false
        for part in line.split(whereSeparator: { !$0.isNumber }) where part.count == 4 && TableBuilder.isYear(String(part)) { year = true }
        return year
    }

    /// A line above a region that is no title and ends the scan for one:
    /// - the tail of a sentence (`1997 is as follows:`), opening lowercase or with a digit;
    /// - **a figure is no title** (`figureAbove`): one amount (`$16,866`, `$ 640,294`), as a
    ///   reading-order text prints a figure of the runs before it right above a region;
    /// - **a comparison heading is no title** (`comparisonHeading`): the heading of a change
    ///   column (`Q2'25 vs. Q2'24`, `2025 vs. 2024`), a header piece printed above the region.
    ///   One opening like a period line (`Fiscal 2024 vs. Fiscal 2023`) is read as one: under
    ///   a name it is the name's period.
    static func endsTitleScan(_ line: String) -> Bool {
        if let f = line.unicodeScalars.first, f.properties.isLowercase || ("0"..."9").contains(Character(f)) { return true }
        if let n = NumberParser.parse(line), n.kind == .number, n.value != nil { return true }
        return !isPeriodLine(line) && isComparisonHeading(line)
    }

    /// `comparisonHeading`: periods compared and nothing else, `vs.` or `versus` between them:
    /// its words (letters only) are `vs`/`versus` and period words, and it prints a digit.
    static func isComparisonHeading(_ line: String) -> Bool {
        let w = LabelText.words(line)
        guard w.contains(where: { $0 == "vs" || $0 == "versus" }), line.contains(where: \.isNumber) else { return false }
        return w.allSatisfy { $0 == "vs" || $0 == "versus" || comparedPeriodWords.contains($0) || Months.isFullName($0) }
    }

    /// The words of the periods a comparison heading compares (`Q2'25`: `q`; `YTD'25`: `ytd`).
    static let comparedPeriodWords: Set<String> = ["q", "h", "ytd", "fy", "fiscal", "year", "years", "quarter", "quarters",
                                                   "month", "months", "ended", "change", "compared", "to", "and"]

    /// The first words of a period line besides a month (`isPeriodLine`).
    static let periodLineStarts = ["year", "years", "six", "three", "nine", "twelve", "for", "as", "at", "to", "period", "quarter", "fiscal"]

    static func isFurniture(_ line: String) -> Bool {
        // Page numbers (`12`, `07/08`, `Page 3`).
        let l = line.lowercased()
        if l.hasPrefix("page ") { return true }
        return line.allSatisfy { $0.isNumber || $0 == "/" || $0 == " " || $0 == "-" }
    }

    /// Only blank lines, page numbers, rules, units notes, `(continued)` lines, running page
    /// lines (`RunningLines`) or the table's own title repeated between two offsets: what
    /// separates the pages of one statement.
    static func onlyFurniture(_ text: [UInt8], _ from: Int, _ to: Int, title: String? = nil,
                              running: RunningLines = RunningLines()) -> Bool {
        guard from <= to, to <= text.count else { return false }
        if to - from > 3000 { return false }
        for line in TableRegionFinder.lines(text, in: from..<to) {
            if running.contains(text, line) { continue }
            let s = String(decoding: text[line.range], as: UTF8.self).trimmingSpaces()
            if s.isEmpty || isFurniture(s) || !LabelText.hasLetterOrDigit(s) { continue }
            let l = s.lowercased()
            if l.contains("(continued)") || l == "continued" { continue }
            if let title, l == title.lowercased() { continue }
            if s.hasPrefix("("), UnitsParser.parse(s).scale != nil || s.lowercased().contains("unaudited") { continue }
            return false
        }
        return true
    }
}
