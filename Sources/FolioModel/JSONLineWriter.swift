/// Writes one JSON object per line with keys in the order they are written.
///
/// Hand-written for speed and for byte-exact determinism: numbers are written in a canonical
/// form (integers without a fraction, other values in the shortest form that reads back
/// exactly), strings are escaped minimally (`"`, `\`, control characters), non-ASCII is kept
/// as UTF-8.
public struct JSONLineWriter: Sendable {
    /// The buffer: `storage[0..<count]` is written; the rest is zero-filled room to grow into,
    /// so every write is a bounds-check-free store after one capacity check.
    @usableFromInline var storage: [UInt8]
    @usableFromInline var count = 0
    /// One bit per open object or array (bit `depth - 1`): whether its next value needs a comma.
    @usableFromInline var commaBits: UInt64 = 0
    @usableFromInline var depth = 0
    /// Comma flags of levels nested deeper than 64 (never reached by the records, kept correct).
    @usableFromInline var deepCommas: [Bool] = []

    /// The bytes written so far.
    public var bytes: [UInt8] { Array(storage[0..<count]) }

    public init(reservingCapacity capacity: Int = 0) {
        storage = [UInt8](repeating: 0, count: max(capacity, 64))
    }

    /// Takes the bytes written so far and starts empty.
    public mutating func take() -> [UInt8] {
        let out = Array(storage[0..<count])
        count = 0
        commaBits = 0
        depth = 0
        deepCommas = []
        return out
    }

    /// Makes room for `n` more bytes.
    @inline(__always) @usableFromInline
    mutating func reserve(_ n: Int) {
        if count + n > storage.count { grow(count + n) }
    }

    @inline(never) @usableFromInline
    mutating func grow(_ needed: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(needed, storage.count * 2) - storage.count))
    }

    /// Appends bytes known to fit (after `reserve`).
    @inline(__always) @usableFromInline
    mutating func put(_ src: UnsafeRawBufferPointer) {
        let n = src.count
        guard n > 0, let base = src.baseAddress else { return }
        let at = count
        storage.withUnsafeMutableBytes { dst in
            guard let d = dst.baseAddress else { return }
            (d + at).copyMemory(from: base, byteCount: n)
        }
        count += n
    }

    @inline(__always) @usableFromInline
    mutating func putByte(_ b: UInt8) {
        reserve(1)
        store(b)
    }

    /// Stores one byte known to fit (after `reserve`).
    @inline(__always) @usableFromInline
    mutating func store(_ b: UInt8) {
        let at = count
        storage.withUnsafeMutableBufferPointer { $0[at] = b }
        count = at + 1
    }

    @inline(__always) @usableFromInline
    mutating func putLiteral(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        reserve(n)
        put(UnsafeRawBufferPointer(start: s.utf8Start, count: n))
    }

    // MARK: Structure

    @inline(__always) @usableFromInline
    mutating func push() {
        if depth >= 64 { deepCommas.append(false) } else { commaBits &= ~(1 << UInt64(depth)) }
        depth += 1
    }

    @inline(__always) @usableFromInline
    mutating func pop() {
        guard depth > 0 else { return }
        depth -= 1
        if depth >= 64 { deepCommas.removeLast() }
    }

    public mutating func beginObject() {
        separate()
        putByte(UInt8(ascii: "{"))
        push()
    }

    public mutating func endObject() {
        putByte(UInt8(ascii: "}"))
        pop()
    }

    /// Ends a top-level record: closes nothing, writes the newline.
    public mutating func endLine() {
        putByte(UInt8(ascii: "\n"))
    }

    public mutating func beginArray() {
        separate()
        putByte(UInt8(ascii: "["))
        push()
    }

    public mutating func endArray() {
        putByte(UInt8(ascii: "]"))
        pop()
    }

    /// Whether the innermost open level needs a comma before its next entry; then sets it to
    /// `next`.
    @inline(__always) @usableFromInline
    mutating func takeComma(setting next: Bool) -> Bool {
        guard depth > 0 else { return false }
        let level = depth - 1
        if level >= 64 {
            let k = deepCommas.count - 1
            let was = deepCommas[k]
            deepCommas[k] = next
            return was
        }
        let bit: UInt64 = 1 << UInt64(level)
        let was = commaBits & bit != 0
        if next { commaBits |= bit } else { commaBits &= ~bit }
        return was
    }

    /// Writes `"name":`; the value follows.
    public mutating func key(_ name: StaticString) {
        let comma = takeComma(setting: false)
        let n = name.utf8CodeUnitCount
        reserve(n + 4)
        if comma { store(UInt8(ascii: ",")) }
        store(UInt8(ascii: "\""))
        put(UnsafeRawBufferPointer(start: name.utf8Start, count: n))
        store(UInt8(ascii: "\""))
        store(UInt8(ascii: ":"))
    }

    @usableFromInline
    mutating func separate() {
        if takeComma(setting: true) { putByte(UInt8(ascii: ",")) }
    }

    // MARK: Values

    public mutating func null() {
        separate()
        putLiteral("null")
    }

    public mutating func bool(_ b: Bool) {
        separate()
        if b { putLiteral("true") } else { putLiteral("false") }
    }

    public mutating func int(_ i: Int) {
        separate()
        appendInt(i)
    }

    public mutating func int(_ i: Int?) {
        if let i { int(i) } else { null() }
    }

    @usableFromInline
    mutating func appendInt(_ i: Int) {
        reserve(21)
        let at = count
        let n = storage.withUnsafeMutableBufferPointer { out -> Int in
            if i == 0 { out[at] = UInt8(ascii: "0"); return 1 }
            var v = i.magnitude
            var digits = 0
            var probe = v
            while probe > 0 { digits += 1; probe /= 10 }
            let sign = i < 0 ? 1 : 0
            if sign == 1 { out[at] = UInt8(ascii: "-") }
            var k = at + sign + digits
            while v > 0 {
                k -= 1
                out[k] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
            }
            return sign + digits
        }
        count += n
    }

    /// A number in canonical form; non-finite values are written as null.
    public mutating func number(_ d: Double?) {
        guard let d, d.isFinite else { null(); return }
        separate()
        if d == d.rounded(), abs(d) < 9.0e15 {
            appendInt(Int(d))
        } else {
            var s = d.description
            s.withUTF8 { u in
                reserve(u.count)
                put(UnsafeRawBufferPointer(u))
            }
        }
    }

    public mutating func string(_ s: String?) {
        guard var str = s else { null(); return }
        separate()
        str.withUTF8 { appendQuoted($0) }
    }

    /// The same bytes as `string(String(decoding: bytes, as: UTF8.self))`: valid UTF-8 is
    /// written as it is, without the copy into a `String`; invalid UTF-8 takes that path (its
    /// bad sequences become U+FFFD).
    public mutating func string(decoding bytes: [UInt8]) {
        let valid = bytes.withUnsafeBufferPointer { b -> Bool in
            guard Self.isValidUTF8(b) else { return false }
            string(utf8: b)
            return true
        }
        if !valid { string(String(decoding: bytes, as: UTF8.self)) }
    }

    /// Whether `b` is well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates,
    /// nothing above U+10FFFF, no truncated sequence), eight ASCII bytes at a time.
    public static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let n = b.count
        var i = 0
        while i < n {
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let c = base[i]
            if c < 0x80 { i += 1; continue }
            @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && base[i + k] & 0xC0 == 0x80 }
            switch c {
            case 0xC2...0xDF:
                guard cont(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard cont(1), cont(2) else { return false }
                let c1 = base[i + 1]
                if c == 0xE0, c1 < 0xA0 { return false }
                if c == 0xED, c1 > 0x9F { return false }
                i += 3
            case 0xF0...0xF4:
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = base[i + 1]
                if c == 0xF0, c1 < 0x90 { return false }
                if c == 0xF4, c1 > 0x8F { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }

    public mutating func string(utf8 buffer: UnsafeBufferPointer<UInt8>) {
        separate()
        appendQuoted(buffer)
    }

    @usableFromInline
    mutating func appendQuoted(_ buf: UnsafeBufferPointer<UInt8>) {
        reserve(buf.count + 2)
        store(UInt8(ascii: "\""))
        appendEscaped(buf)
        putByte(UInt8(ascii: "\""))
    }

    /// Whether any of the 8 bytes of `x` needs escaping (`< 0x20`, `"`, `\\`, `0x7F`).
    @inline(__always) @usableFromInline
    static func needsEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20 (bytes with the high bit set are excluded by `~x`).
        let less = (x &- ones &* 0x20) & ~x & highs
        func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        return (less | hasZero(x ^ (ones &* 0x22)) | hasZero(x ^ (ones &* 0x5C)) | hasZero(x ^ (ones &* 0x7F))) != 0
    }

    @inline(__always) @usableFromInline
    static func isPlain(_ c: UInt8) -> Bool { c >= 0x20 && c != 0x22 && c != 0x5C && c != 0x7F }

    @usableFromInline
    mutating func appendEscaped(_ buf: UnsafeBufferPointer<UInt8>) {
        guard let base = buf.baseAddress else { return }
        let n = buf.count
        var runStart = 0
        var i = 0
        while i < n {
            // Eight clean bytes at a time, then byte by byte through a word that has one.
            if i + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if !Self.needsEscape(x) { i += 8; continue }
            }
            let c = base[i]
            if Self.isPlain(c) { i += 1; continue }
            if runStart < i {
                reserve(i - runStart)
                put(UnsafeRawBufferPointer(start: base + runStart, count: i - runStart))
            }
            switch c {
            case 0x22: putLiteral("\\\"")
            case 0x5C: putLiteral("\\\\")
            case 0x0A: putLiteral("\\n")
            case 0x0D: putLiteral("\\r")
            case 0x09: putLiteral("\\t")
            case 0x08: putLiteral("\\b")
            case 0x0C: putLiteral("\\f")
            default:
                let hex: StaticString = "0123456789abcdef"
                reserve(6)
                let h = hex.utf8Start
                store(UInt8(ascii: "\\")); store(UInt8(ascii: "u")); store(0x30); store(0x30)
                store(h[Int(c >> 4)]); store(h[Int(c & 0xF)])
            }
            i += 1
            runStart = i
        }
        if runStart < n {
            reserve(n - runStart)
            put(UnsafeRawBufferPointer(start: base + runStart, count: n - runStart))
        }
    }

    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    /// `{"start":s,"end":e}` or null.
    public mutating func span(_ span: Span?) {
        guard let span else { null(); return }
        separate()
        putLiteral("{\"start\":")
        appendInt(span.start)
        putLiteral(",\"end\":")
        appendInt(span.end)
        putByte(UInt8(ascii: "}"))
    }
}
