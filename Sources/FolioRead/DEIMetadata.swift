public import FolioModel

/// Filing metadata from inline-XBRL `dei:` facts (source `ixbrl_dei`), the filer's own tags
/// on its cover page (printed or in `ix:hidden`).
public enum DEIMetadata {
    /// Proposes each field a `dei:` fact states. The period end is the end (or instant) of
    /// the `DocumentPeriodEndDate` fact's context, which is ISO (its text is as printed,
    /// `December 31, 2024`).
    public static func apply(_ facts: [HTMLReader.DEIFact], to md: inout DocumentMetadata) {
        for f in facts {
            switch f.name {
            case "EntityRegistrantName": md.propose(.issuer, f.text, from: .ixbrlDEI)
            case "EntityCentralIndexKey": md.propose(.cik, f.text, from: .ixbrlDEI)
            case "TradingSymbol": md.propose(.ticker, f.text, from: .ixbrlDEI)
            case "DocumentType": md.propose(.formType, f.text, from: .ixbrlDEI)
            case "DocumentPeriodEndDate": md.propose(.periodEnd, f.period?.end ?? f.period?.instant, from: .ixbrlDEI)
            case "DocumentFiscalYearFocus": md.propose(.fiscalYear, f.text, from: .ixbrlDEI)
            case "DocumentFiscalPeriodFocus": md.propose(.fiscalPeriod, f.text, from: .ixbrlDEI)
            default: continue
            }
        }
    }
}
