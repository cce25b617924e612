import Testing
import FolioModel
@testable import FolioFacts

/// The terms of an agreement already made, stated with `will` (issue #20): `agreementTerms`,
/// `agreementTermsName`. Made-up sentences.
@Suite("Facts: agreement terms")
struct FactsAgreementTermsTests {
    func dated(_ s: String) -> [String] { FactsFromToTests().dated(s) }

    @Test("agreementTerms: `Under the terms of the <agreement>, <subject> will pay a fine of $X` is the agreement's term")
    func termsOfAgreement() {
        #expect(dated("Under the terms of the settlement agreement, Acme will pay a fine of $133 million.") == [
            "Fine under the settlement agreement 133.0 current nil..nil",
        ])
        #expect(dated("Under the terms of the non-prosecution agreement, Zenith Corp will pay a penalty of $58 million; and retain an independent monitor.") == [
            "Penalty under the non-prosecution agreement 58.0 current nil..nil",
        ])
        // (Without the opening, `will` states a plan: no fact.)
        #expect(dated("Acme will pay a fine of $134 million.") == [])
        #expect(dated("Acme will pay a fine of $134 million under the settlement agreement.") == [])
    }

    @Test("agreementTerms: `Pursuant to the <agreement>, ...` opens the terms too; a later word of a plan still refuses")
    func pursuantToAgreement() {
        #expect(dated("Pursuant to the plea agreement, the Company will pay a fine of $75 million.") == [
            "Fine under the plea agreement 75.0 current nil..nil",
        ])
        // (A plan after the terms' `will`, or no subject right before it: no fact.)
        #expect(dated("Pursuant to the plea agreement, the Company expects to pay a fine of $75 million.") == [])
        #expect(dated("Under the terms of the agreement, which the parties expect to sign next year, the Company will pay a fine of $75 million.") == [])
    }

    @Test("agreementTermsName: a figure of such a sentence in the past is named a term of the agreement")
    func agreementName() {
        #expect(dated("Under the terms of the settlement agreement, Acme paid a fine of $132 million.") == [
            "Fine under the settlement agreement 132.0 current nil..nil",
        ])
        // (`the agreement` alone adds nothing to the name.)
        #expect(dated("Under the terms of the agreement, Acme made an upfront payment of $40 million.") == [
            "Upfront payment 40.0 current nil..nil",
        ])
    }
}
