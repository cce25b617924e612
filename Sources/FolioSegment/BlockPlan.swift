import FolioModel

extension Segmenter {
    /// What segment decided about a text, with its lines' tables gone: the confirmed protos,
    /// each one's bytes, and the document's metadata.
    ///
    /// `init` builds `DocumentLines` (the line table, the lines read in place, the line
    /// facts), decides the protos and reads the metadata, then drops the lines on return; the
    /// blocks are made afterwards (`segmentation`), from the text and the plan alone
    /// (docs/reliability.md).
    struct BlockPlan {
        let protos: [Proto]
        /// `spans[i]` is the bytes of `protos[i]` (`DocumentLines.span`).
        let spans: [Span]
        let metadata: DocumentMetadata

        init(_ text: [UInt8]) {
            let doc = DocumentLines(text)
            var protos = doc.protos()
            protos = doc.joiningContinuations(protos)
            Segmenter.confirmHeadings(&protos, trimmed: doc.trimmed, toc: doc.toc, isFurniture: doc.isFurniture)
            let spans = protos.map(doc.span)
            // The title: the title block's text, else the first section's heading (the first
            // proto with a role, cut before its units note), spaces normalized as
            // `Segmenter.sections` does.
            let titleText: String?
            if let i = protos.firstIndex(where: { $0.isTitle }) {
                titleText = Segmenter.normalizeSpaces(Segmenter.string(text, spans[i]))
            } else if let i = protos.firstIndex(where: { $0.role != nil }) {
                let heading = Segmenter.headingSpans(spans[i], splitAt: protos[i].splitAt, text: text).heading
                titleText = Segmenter.normalizeSpaces(Segmenter.string(text, heading))
            } else {
                titleText = nil
            }
            self.metadata = MetadataExtractor.extract(title: titleText, lines: doc.lines, trimmed: doc.trimmed, text: text)
            self.protos = protos
            self.spans = spans
        }

        /// The blocks, sections and metadata of the confirmed protos.
        func segmentation(_ text: [UInt8]) -> Segmentation {
            let (blocksFound, headingBlockIndex, inputs, rules) = blocks(text)
            var blocks = blocksFound
            let sections = Segmenter.sections(LevelAssigner.assign(inputs), blocks: blocks, headingBlockIndex: headingBlockIndex, rules: rules)
            Segmenter.assignSections(&blocks, headingBlockIndex: headingBlockIndex)
            var out = Segmentation()
            out.blocks = blocks
            out.sections = sections
            out.metadata = metadata
            return out
        }

        /// One block a proto (a heading with its units note on the same line: two, the note a
        /// caption), the index of each heading's block, and what the level assigner reads of
        /// each heading (its role, whether a plain heading follows it, whether it follows a
        /// contents page), and the rule that made each heading (`Proto.rule`).
        func blocks(_ text: [UInt8]) -> ([Block], [Int], [HeadingInput], [HeadingRule?]) {
            var blocks: [Block] = []
            var headingBlockIndex: [Int] = []
            var inputs: [HeadingInput] = []
            var rules: [HeadingRule?] = []
            var sawTOC = false
            for (pi, p) in protos.enumerated() {
                let s = spans[pi]
                if p.role != nil {
                    let (heading, noteSpan) = Segmenter.headingSpans(s, splitAt: p.splitAt, text: text)
                    headingBlockIndex.append(blocks.count)
                    blocks.append(Block(id: blocks.count + 1, kind: .heading, span: heading, of: text))
                    var followed = false
                    if case .plain = p.role, let q = Segmenter.nextSignificant(protos, after: pi), case .plain = protos[q].role, noteSpan == nil { followed = true }
                    inputs.append(HeadingInput(role: p.role ?? .plain, followedByPlainHeading: followed, afterTOC: sawTOC))
                    rules.append(p.rule)
                    sawTOC = false
                    if let ns = noteSpan {
                        blocks.append(Block(id: blocks.count + 1, kind: .caption, span: ns, of: text))
                    }
                    continue
                }
                if p.kind == .toc { sawTOC = true }
                blocks.append(Block(id: blocks.count + 1, kind: p.kind, span: s, of: text))
            }
            return (blocks, headingBlockIndex, inputs, rules)
        }
    }

    /// A heading proto's bytes `s` cut where its units note starts (`Proto.splitAt`): the
    /// heading (spaces and tabs before the note dropped) and the note, if any.
    static func headingSpans(_ s: Span, splitAt: Int?, text: [UInt8]) -> (heading: Span, note: Span?) {
        guard let cut = splitAt else { return (s, nil) }
        var e = cut
        while e > s.start, text[e - 1] == 0x20 || text[e - 1] == 0x09 { e -= 1 }
        return (Span(start: s.start, end: e), Span(start: cut, end: s.end))
    }

    /// The text's bytes in `s` as a `String`.
    static func string(_ text: [UInt8], _ s: Span) -> String { String(decoding: text[s.start..<s.end], as: UTF8.self) }
}
