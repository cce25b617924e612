import FolioModel
@testable import FolioTables
import Testing

struct NumberCase: Sendable, CustomStringConvertible {
    var input: String
    var value: Double?
    var kind: ParsedNumber.Kind = .number
    var percent = false
    var currency: String?
    var marker: String?
    var description: String { input }
}


@Suite struct NumberParserTests {
    static let cases: [NumberCase] = [
        NumberCase(input: "1,234", value: 1234),
        NumberCase(input: "7,165,584", value: 7_165_584),
        NumberCase(input: "1234", value: 1234),
        NumberCase(input: "0", value: 0),
        NumberCase(input: "2.76", value: 2.76),
        NumberCase(input: ".5", value: 0.5),
        NumberCase(input: "1,397.96", value: 1397.96),
        NumberCase(input: "(4,984)", value: -4984),
        NumberCase(input: "(1,008,874)", value: -1_008_874),
        NumberCase(input: "( 12 )", value: -12),
        NumberCase(input: "-12.5", value: -12.5),
        NumberCase(input: "\u{2212}7", value: -7),
        NumberCase(input: "\u{2013}7", value: -7),
        NumberCase(input: "-", value: 0, kind: .dash),
        NumberCase(input: "—", value: 0, kind: .dash),
        NumberCase(input: "–", value: 0, kind: .dash),
        NumberCase(input: "--", value: 0, kind: .dash),
        NumberCase(input: "—%", value: 0, kind: .dash, percent: true),
        NumberCase(input: "$  --", value: 0, kind: .dash, currency: "USD"),
        NumberCase(input: "$ -", value: 0, kind: .dash, currency: "USD"),
        NumberCase(input: " - ", value: 0, kind: .dash),
        NumberCase(input: "22.2%", value: 22.2, percent: true),
        NumberCase(input: "(3.5)%", value: -3.5, percent: true),
        NumberCase(input: "(3.5%)", value: -3.5, percent: true),
        NumberCase(input: "RMB1,234", value: 1234, currency: "RMB"),
        NumberCase(input: "RMB 1,234", value: 1234, currency: "RMB"),
        NumberCase(input: "US$0.58", value: 0.58, currency: "USD"),
        NumberCase(input: "HK$12", value: 12, currency: "HKD"),
        NumberCase(input: "$ 9,731", value: 9731, currency: "USD"),
        NumberCase(input: "$(15)", value: -15, currency: "USD"),
        NumberCase(input: "($15)", value: -15, currency: "USD"),
        NumberCase(input: "-$15", value: -15, currency: "USD"),
        NumberCase(input: "€3", value: 3, currency: "EUR"),
        NumberCase(input: "1,234(1)", value: 1234, marker: "1"),
        NumberCase(input: "1,234 (a)", value: 1234, marker: "a"),
        // A dash with its footnote marker is a nil figure, not a negative one.
        NumberCase(input: "— (2)", value: 0, kind: .dash, marker: "2"),
        NumberCase(input: "-  (a)", value: 0, kind: .dash, marker: "a"),
        NumberCase(input: "$ — (1)", value: 0, kind: .dash, currency: "USD", marker: "1"),
        // Glued to an en or em dash, as a Markdown converter sets a superscript marker.
        NumberCase(input: "$ —(1)", value: 0, kind: .dash, currency: "USD", marker: "1"),
        NumberCase(input: "–(a)", value: 0, kind: .dash, marker: "a"),
        NumberCase(input: "1,234*", value: 1234, marker: "*"),
        NumberCase(input: "1,234**", value: 1234, marker: "**"),
        NumberCase(input: "1,234^{*1}", value: 1234, marker: "1"),
        NumberCase(input: "1,234\u{00B9}", value: 1234, marker: "1"),
        NumberCase(input: "(1,234)(2)", value: -1234, marker: "2"),
        NumberCase(input: "N/A", value: nil, kind: .notApplicable),
        NumberCase(input: "n/a", value: nil, kind: .notApplicable),
        NumberCase(input: "Not applicable", value: nil, kind: .notApplicable),
        NumberCase(input: "NM", value: nil, kind: .notApplicable),
        NumberCase(input: "1O5", value: 105),
        NumberCase(input: "1,2O4", value: 1204),
        NumberCase(input: "l,234", value: 1234),
        NumberCase(input: "\u{00A0}42\u{00A0}", value: 42),
    ]

    @Test(arguments: cases) func parses(_ c: NumberCase) throws {
        let n = try #require(NumberParser.parse(c.input))
        #expect(n.kind == c.kind)
        #expect(n.value == c.value)
        #expect(n.isPercent == c.percent)
        #expect(n.currency == c.currency)
        #expect(n.marker == c.marker)
    }

    static let nonNumbers: [String] = [
        "", " ", "Total", "RMB", "USD", "December 31,", "1,23", "12,34,567", "1.2.3", "abc123", "(", ")", "()",
        "((1))", "1 2", "12 months", "-diluted", "Q4", "2023-12-31", "1,234,5678", "$", "%", "Male", "l", "O",
        "Not applica", String(repeating: "9", count: 80), "1,234 (12345)", "12a3",
    ]

    @Test(arguments: nonNumbers) func rejects(_ s: String) {
        #expect(NumberParser.parse(s) == nil)
    }

    @Test("every currency prefix and look-alike starts with a byte of its first-byte table; each is still read")
    func firstByteTables() throws {
        for (p, code) in NumberParser.currencyPrefixes {
            let f = try #require(p.first)
            #expect(NumberParser.currencyFirstBytes[Int(f)])
            let n = try #require(NumberParser.parse(String(decoding: p, as: UTF8.self) + "12"), "\(code)")
            #expect(n.value == 12)
            #expect(n.currency == code)
        }
        for (p, digit) in LookAlikeDigits.table {
            let f = try #require(p.first)
            #expect(NumberParser.lookAlikeFirstBytes[Int(f)])
            let text = "1" + String(decoding: p, as: UTF8.self) + "5"
            let n = try #require(NumberParser.parse(text), "\(text)")
            #expect(n.value == Double(100 + Int(digit - 0x30) * 10 + 5))
        }
        #expect(NumberParser.currencyFirstBytes.filter { $0 }.count <= NumberParser.currencyPrefixes.count)
        #expect(!NumberParser.lookAlikeFirstBytes[Int(UInt8(ascii: "7"))])
    }

    @Test func lenientReadsALoneLookAlike() {
        #expect(NumberParser.parse("б") == nil)
        #expect(NumberParser.parse("б", lenient: true)?.value == 6)
        #expect(NumberParser.parse("б", lenient: true)?.repaired == true)
    }

    @Test func roundingTolerance() throws {
        #expect(try #require(NumberParser.parse("1,234")).roundingTolerance == 0.5)
        #expect(abs(try #require(NumberParser.parse("2.76")).roundingTolerance - 0.005) < 1e-12)
        #expect(try #require(NumberParser.parse("2.76")).fractionDigits == 2)
    }

    @Test func neverTrapsOnArbitraryBytes() {
        // A small deterministic fuzz: random byte strings from a number-ish alphabet.
        let alphabet: [UInt8] = Array("0123456789,.()-%$ RMBUS*^{}Ol".utf8) + [0xE2, 0x80, 0x94, 0xC2, 0xA0, 0xD0, 0xB1, 0xFF]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let len = Int(state >> 59)
            var bytes: [UInt8] = []
            var s = state
            for _ in 0..<len {
                s = s &* 6_364_136_223_846_793_005 &+ 1
                bytes.append(alphabet[Int(s >> 33) % alphabet.count])
            }
            let r = NumberParser.parse(bytes: bytes, lenient: (s & 1) == 0)
            if let v = r?.value { #expect(v.isFinite) }
        }
    }
}

@Suite struct UnitsParserTests {
    @Test func earningsCaption() {
        let u = UnitsParser.parse("(Amounts in thousands of Renminbi (\"RMB\") and U.S. dollars (\"USD\") except for number of shares and per share data, or otherwise noted)")
        #expect(u.scale == 1000)
        #expect(u.currencies == ["RMB", "USD"])
        #expect(u.exceptShares)
    }

    @Test func captions() {
        #expect(UnitsParser.parse("(In millions)").scale == 1_000_000)
        #expect(!UnitsParser.parse("(In millions, except per share amounts)").exceptShares)
        #expect(UnitsParser.parse("(in thousands, except number of shares)").exceptShares)
        #expect(UnitsParser.parse("(In Millions of Dollars)").currencies == ["USD"])
        #expect(UnitsParser.parse("RMB'000").scale == 1000)
        #expect(UnitsParser.parse("RMB'000").currencies == ["RMB"])
        #expect(UnitsParser.parse("(in billions of HK$)").scale == 1_000_000_000)
        #expect(UnitsParser.parse("(in billions of HK$)").currencies == ["HKD"])
        #expect(UnitsParser.parse("Dollars in thousands").scale == 1000)
        #expect(UnitsParser.parse("Board of Directors Members").isEmpty)
        #expect(UnitsParser.parse("Resource Consumption Category").isEmpty)
    }

    @Test func headerCurrencies() {
        #expect(UnitsParser.headerCurrency("RMB")?.currency == "RMB")
        #expect(UnitsParser.headerCurrency("USD")?.currency == "USD")
        #expect(UnitsParser.headerCurrency("US$")?.currency == "USD")
        #expect(UnitsParser.headerCurrency("HK$")?.currency == "HKD")
        #expect(UnitsParser.headerCurrency("RMB'000")?.scale == 1000)
        #expect(UnitsParser.headerCurrency("US$ million")?.scale == 1_000_000)
        #expect(UnitsParser.headerCurrency("2023") == nil)
        #expect(UnitsParser.headerCurrency("December 31,") == nil)
        #expect(UnitsParser.headerCurrency("Rmbx") == nil)
    }
}

/// The scanner computes a figure's value from its digits (`mantissa / 10^k` up to 15
/// digits); it must equal `Double(String)` of the digits, which it replaced.
@Suite struct NumberValueTests {
    @Test("values equal Double(String) of the printed digits, short and long figures")
    func valuesMatchDoubleParsing() throws {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return seed
        }
        var texts = ["0.1", "0.3", "1.005", "123456789012345", "1234567890123456", "12345678901234.5", "0.000000000000000000001",
                     "9007199254740993", "1,234,567.891", "(2.675)", "$1,000.10", "-0.0", ".5", "99.9999999999999999"]
        for _ in 0..<2000 {
            let intDigits = Int(next() % 18), fracDigits = Int(next() % 9)
            var s = intDigits == 0 ? "" : String(next() % 9 + 1)
            for _ in 1..<max(1, intDigits) { s += String(next() % 10) }
            if fracDigits > 0 || s.isEmpty {
                s += "."
                for _ in 0..<max(1, fracDigits) { s += String(next() % 10) }
            }
            texts.append(s)
        }
        for t in texts {
            let n = try #require(NumberParser.parse(t), "\(t)")
            var plain = t.filter { $0.isNumber || $0 == "." }
            if plain.hasPrefix(".") { plain = "0" + plain }
            var expected = try #require(Double(plain), "\(plain)")
            if t.hasPrefix("(") || t.hasPrefix("-"), expected != 0 { expected = -expected }
            #expect(n.value == expected, "\(t): \(String(describing: n.value)) vs \(expected)")
        }
    }
}

@Suite struct YearCellTests {
    @Test("a year cell: four digits 1900-2100, with a trailing footnote marker")
    func years() {
        for s in ["2003", "1900", "2100", "2003*", "2003**", "2003(1)", "2003(a)"] { #expect(TableBuilder.isYear(s), "\(s)") }
        for s in ["1899", "2101", "203", "20031", "2003(1", "2003)(1)", "(1)2003", "2003 ", "２００３", "2O03", "", "*", "2003(1)*(2)"] {
            #expect(!TableBuilder.isYear(s), "\(s)")
        }
    }
}
