import FolioModel

extension Lookback {
    /// How far above a table (bytes) the sentence stating its acquisition's date is looked for:
    /// an acquisition note's opening paragraph, then a paragraph on the accounting, then the
    /// lead-in, about thirty lines of fixed-width text.
    static let acquisitionWindow = 6000

    /// **The date an acquisition closed, stated above its table.** An acquisition note opens
    /// with the sentence that dates the deal, then prints the purchase price allocation at
    /// that date, under a lead-in that names the date without printing it:
    ///
    /// ```
    /// Acquisition of Example Therapeutics
    ///   On August 1, 2024, Example Inc. completed its acquisition of Example Therapeutics. ...
    ///   The following table summarizes the fair value of assets acquired and liabilities
    /// assumed as of the acquisition date:
    /// (in millions)
    /// Cash and equivalents                      $    1,020
    /// ```
    ///
    /// The nearest sentence above `start` (not above `lo`, the end of the table before that is
    /// not about an acquisition, nor
    /// more than `acquisitionWindow` bytes up) that opens with the date, `On <month> <day>,
    /// <year>` or `In <month> <year>` (its last day), and speaks of acquiring (`acquired`,
    /// `acquisition`, `acquire`) within its first `acquisitionWords` words (the subject and
    /// the verb: `..., the Company acquired`, `..., Example Inc. completed its previously
    /// announced acquisition`; counted in words, so a company's `Inc.` does not end the
    /// sentence early): that date; nil when there is none. A sentence that only
    /// mentions a date inside (`The valuation ... was finalized during the three months ended
    /// December 31, 2024`) does not date the deal. The period resolver decides which cells
    /// take it (`PeriodResolver.acquisitionDateColumns`).
    static func acquisitionDate(_ text: [UInt8], from lo: Int, before start: Int) -> CalendarDate? {
        let end = min(start, text.count)
        let low = max(0, lo, end - acquisitionWindow)
        guard low < end else { return nil }
        var i = end - 3
        while i >= low {
            // `On ` or `In `, at the start of a sentence.
            if text[i] == 0x4F || text[i] == 0x49, text[i + 1] == 0x6E, text[i + 2] == 0x20,
               opensSentence(text, at: i, low: low, atBound: low == max(0, lo)), let d = datedAcquisition(text, at: i, end: end) {
                return d
            }
            i -= 1
        }
        return nil
    }

    /// Whether the byte at `i` starts a sentence: the first non-blank byte before it (within
    /// the window) ends a sentence (`.`, `:`, `;`) or a line ends between them; at the
    /// window's start, only when that is the document's start or the end of the table before
    /// (`atBound`), not a cut in the text.
    static func opensSentence(_ text: [UInt8], at i: Int, low: Int, atBound: Bool) -> Bool {
        var k = i - 1
        while k >= low {
            switch text[k] {
            case 0x20, 0x09: k -= 1
            case 0x0A, 0x0D, 0x0C: return true
            case 0x2E, 0x3A, 0x3B: return true
            default: return false
            }
        }
        return atBound
    }

    /// How many words of a dated sentence's opening may go before its word of acquiring.
    static let acquisitionWords = 16

    /// The date a sentence starting at `i` opens with, when it speaks of acquiring within its
    /// first `acquisitionWords` words (`acquisitionDate`).
    static func datedAcquisition(_ text: [UInt8], at i: Int, end: Int) -> CalendarDate? {
        let w = PeriodClues.words(String(decoding: text[i..<min(end, i + 200)], as: UTF8.self)).prefix(acquisitionWords)
        guard w.count >= 4, w[0] == "on" || w[0] == "in",
              w.contains(where: { $0 == "acquired" || $0 == "acquisition" || $0 == "acquire" }) else { return nil }
        guard let month = Dates.month(letters: w[1], wordLength: w[1].utf8.count) else { return nil }
        if w[0] == "on", let day = Int(w[2]), Dates.days.contains(day), w[2].utf8.count <= 2,
           let year = Int(w[3]), w[3].utf8.count == 4, Years.plausible.contains(year) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if w[0] == "in", let year = Int(w[2]), w[2].utf8.count == 4, Years.plausible.contains(year) {
            return CalendarDate.monthEnd(year: year, month: month)
        }
        return nil
    }
}
