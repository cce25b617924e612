import FolioModel

extension RowRuns {
    /// **A row keeps its own figures when no label comes for the others.** A row printed
    /// with its figures and, after them, whole rows of figures whose labels the converter
    /// printed elsewhere (`labelsAfterRows`) keeps its own, the first, figures even when no
    /// run of labels pairs the others, or too many wait:
    ///
    /// ```
    /// Revenue                         ← rows of the chain
    /// 100
    /// 90
    /// Cost of revenue
    /// 60
    /// 50
    /// Income taxes                    ← the carrier: its own figures first
    /// (10)
    /// (9)
    /// 30                              ← another row's figures: no label pairs them
    /// 31
    /// ```
    ///
    /// The chain ends after the carrier (`Income taxes` (10) / (9)), not before it, when the
    /// chain then holds `minRows` rows: the rows above it are a chain in their own right.
    /// With fewer rows above, the carrier may be the first row of another table whose
    /// figures come one row a line (`Net earnings` with twelve figures after a row of six),
    /// and the chain ends before it, as without the rule.
    static func carrierKeepsItsFigures(_ rows: [Row]) -> Bool {
        rows.count + 1 >= minRows
    }
}
