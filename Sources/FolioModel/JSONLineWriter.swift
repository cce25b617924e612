/// Writes one JSON object per line with keys in the order they are written.
///
/// Hand-written for speed and for byte-exact determinism: numbers are written in a canonical
/// form (integers without a fraction, other values in the shortest form that reads back
/// exactly), strings are escaped minimally (`"`, `\`, control characters), non-ASCII is kept
/// as UTF-8.
///
/// The bytes go into one growable buffer through a pointer: each write is one capacity check
/// and plain stores (the buffer is copied first if the writer value was copied).
public struct JSONLineWriter: Sendable {
    /// Owns the buffer; `owner.base[0..<count]` is written, `capacity` bytes are allocated.
    /// The pointer is a constant of the owner and the counts are the writer's own fields, so
    /// a write is one uniqueness and capacity check and plain stores.
    @usableFromInline var owner: ByteOwner
    @usableFromInline var count = 0
    @usableFromInline var capacity: Int
    /// One bit per open object or array (bit `depth - 1`): whether its next value needs a comma.
    @usableFromInline var commaBits: UInt64 = 0
    @usableFromInline var depth = 0
    /// Comma flags of levels nested deeper than 64 (never reached by the records, kept correct).
    @usableFromInline var deepCommas: [Bool] = []

    /// The bytes written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: owner.base, count: count)) }

    public init(reservingCapacity capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        owner = ByteOwner(capacity: self.capacity)
    }

    /// Bytes written and not yet taken.
    public var byteCount: Int { count }

    /// Hands the bytes written so far to `body` and starts empty, keeping the buffer's
    /// capacity (for a writer that streams its lines out instead of taking them).
    /// A buffer grown past `shrinkingAbove` bytes (by one long line) is freed afterwards.
    public mutating func drain<E: Error>(shrinkingAbove limit: Int = .max,
                                         _ body: (UnsafeRawBufferPointer) throws(E) -> Void) throws(E) {
        let b = UnsafeRawBufferPointer(start: owner.base, count: count)
        try body(b)
        if capacity > limit {
            capacity = 1 << 16
            owner = ByteOwner(capacity: capacity)
        }
        count = 0
        commaBits = 0
        depth = 0
        deepCommas = []
    }

    /// Hands the bytes written so far to `body` and keeps writing where the line is, inside
    /// whatever object, array or string is open (unlike `drain`, which starts a new line):
    /// for a line too long to hold, streamed out in pieces (`RecordLines.document`).
    public mutating func flush<E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> Void) throws(E) {
        try body(UnsafeRawBufferPointer(start: owner.base, count: count))
        count = 0
    }

    /// Room for at least `n` bytes in all, allocated once.
    public mutating func reserveCapacity(_ n: Int) {
        if n > capacity { reallocate(n) }
    }

    /// Takes the bytes written so far and starts empty.
    public mutating func take() -> [UInt8] {
        let out = bytes
        count = 0
        commaBits = 0
        depth = 0
        deepCommas = []
        return out
    }

    /// Room for `n` more bytes: the address to write them at (then `advance`). A shared buffer
    /// (the writer value was copied) is copied first.
    @inline(__always) @usableFromInline
    mutating func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if _slowPath(count + n > capacity || !isKnownUniquelyReferenced(&owner)) { reallocate(count + n) }
        return owner.base + count
    }

    @inline(never) @usableFromInline
    mutating func reallocate(_ needed: Int) {
        let newCapacity = needed > capacity ? max(needed, capacity * 2) : capacity
        let fresh = ByteOwner(capacity: newCapacity)
        fresh.base.initialize(from: owner.base, count: count)
        owner = fresh
        capacity = newCapacity
    }

    @inline(__always) @usableFromInline
    mutating func advance(_ n: Int) { count += n }

    @inline(__always) @usableFromInline
    mutating func put(_ src: UnsafePointer<UInt8>, _ n: Int) {
        guard n > 0 else { return }
        let p = reserve(n)
        if n <= 16 {
            for k in 0..<n { p[k] = src[k] }
        } else {
            p.update(from: src, count: n)
        }
        advance(n)
    }

    @inline(__always) @usableFromInline
    mutating func putByte(_ b: UInt8) {
        reserve(1).pointee = b
        advance(1)
    }

    @inline(__always) @usableFromInline
    mutating func putLiteral(_ s: StaticString) {
        put(s.utf8Start, s.utf8CodeUnitCount)
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

    /// Begins an object with entries already written once by a writer (`prefix`: `{` and at
    /// least one `"key":value`, as `beginObject`, `key` and a value write them): one copy of
    /// the same bytes, the next entry preceded by a comma. For an entry every record of a
    /// document starts with (`RecordLines.begin`).
    public mutating func beginObject(written prefix: [UInt8]) {
        separate()
        prefix.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { put(base, b.count) }
        }
        push()
        _ = takeComma(setting: true)
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
        let p = reserve(n + 4)
        var k = 0
        if comma { p[0] = UInt8(ascii: ","); k = 1 }
        p[k] = UInt8(ascii: "\"")
        // The name's bytes in one copy (a key is a few to a few dozen bytes).
        (p + k + 1).update(from: name.utf8Start, count: n)
        p[k + 1 + n] = UInt8(ascii: "\"")
        p[k + 2 + n] = UInt8(ascii: ":")
        advance(k + 3 + n)
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
        let p = reserve(21)
        if i == 0 { p[0] = UInt8(ascii: "0"); advance(1); return }
        var v = i.magnitude
        var digits = 0
        var probe = v
        while probe > 0 { digits += 1; probe /= 10 }
        let sign = i < 0 ? 1 : 0
        if sign == 1 { p[0] = UInt8(ascii: "-") }
        var k = sign + digits
        while v > 0 {
            k -= 1
            p[k] = UInt8(truncatingIfNeeded: v % 10) + 0x30
            v /= 10
        }
        advance(sign + digits)
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
                if let b = u.baseAddress { put(b, u.count) }
            }
        }
    }

    public mutating func string(_ s: String?) {
        guard let s else { null(); return }
        separate()
        // A native string's bytes in place; any other (bridged) string through a copy.
        if s.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) == nil {
            var str = s
            str.withUTF8 { appendQuoted($0) }
        }
    }

    /// The same bytes as `string(String(decoding: bytes, as: UTF8.self))`: valid UTF-8 is
    /// written as it is, without the copy into a `String`; invalid UTF-8 takes that path (its
    /// bad sequences become U+FFFD).
    public mutating func string(decoding bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { string(decoding: $0) }
    }

    /// The same for bytes in place.
    public mutating func string(decoding b: UnsafeBufferPointer<UInt8>) {
        if Self.isValidUTF8(b) { string(utf8: b) } else { string(String(decoding: b, as: UTF8.self)) }
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

    /// Opens a string value whose content is written in pieces (`stringPiece`) and closed by
    /// `endString`: the bytes are those `string(utf8:)` writes for the pieces joined, since
    /// escaping is byte by byte and non-ASCII is kept as it is. Pieces must be valid UTF-8
    /// joined (each piece alone may cut a sequence).
    public mutating func beginString() {
        separate()
        putByte(UInt8(ascii: "\""))
    }

    /// The next piece of the string `beginString` opened, escaped.
    public mutating func stringPiece(_ piece: UnsafeBufferPointer<UInt8>) {
        appendEscaped(piece)
    }

    /// Closes the string `beginString` opened.
    public mutating func endString() {
        putByte(UInt8(ascii: "\""))
    }

    public mutating func string(utf8 buffer: UnsafeBufferPointer<UInt8>) {
        separate()
        appendQuoted(buffer)
    }

    /// `buf` quoted and escaped. A string with nothing to escape (nearly every one) is one
    /// room check and one copy; otherwise the escaping starts at its first such byte.
    @usableFromInline
    mutating func appendQuoted(_ buf: UnsafeBufferPointer<UInt8>) {
        let n = buf.count
        let p = reserve(n + 2)
        let clean = buf.baseAddress.map { Self.cleanPrefix($0, n) } ?? 0
        if clean == n {
            p[0] = UInt8(ascii: "\"")
            if let base = buf.baseAddress, n > 0 { (p + 1).update(from: base, count: n) }
            p[n + 1] = UInt8(ascii: "\"")
            advance(n + 2)
            return
        }
        putByte(UInt8(ascii: "\""))
        appendEscaped(buf, from: clean)
        putByte(UInt8(ascii: "\""))
    }

    /// How many bytes at the start of `base[0..<n]` need no escape (eight at a time).
    @usableFromInline
    static func cleanPrefix(_ base: UnsafePointer<UInt8>, _ n: Int) -> Int {
        var i = 0
        while i + 8 <= n {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            if Self.needsEscape(x) { break }
            i += 8
        }
        while i < n, Self.isPlain(base[i]) { i += 1 }
        return i
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

    /// `buf` escaped; its first `clean` bytes are known to need no escape.
    @usableFromInline
    mutating func appendEscaped(_ buf: UnsafeBufferPointer<UInt8>, from clean: Int = 0) {
        guard let base = buf.baseAddress else { return }
        let n = buf.count
        var runStart = 0
        var i = clean
        while i < n {
            // Eight clean bytes at a time, then byte by byte through a word that has one.
            if i + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if !Self.needsEscape(x) { i += 8; continue }
            }
            let c = base[i]
            if Self.isPlain(c) { i += 1; continue }
            put(base + runStart, i - runStart)
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
                let h = hex.utf8Start
                let p = reserve(6)
                p[0] = UInt8(ascii: "\\"); p[1] = UInt8(ascii: "u"); p[2] = 0x30; p[3] = 0x30
                p[4] = h[Int(c >> 4)]; p[5] = h[Int(c & 0xF)]
                advance(6)
            }
            i += 1
            runStart = i
        }
        put(base + runStart, n - runStart)
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

    /// `{"page":N,"x0":..,"y0":..,"x1":..,"y1":..}`, coordinates rounded to 0.01 pt (a hundredth
    /// of a point is far below a glyph's size; the rounding keeps poppler's float noise out of
    /// the output).
    public mutating func box(_ box: SourceBox?) {
        guard let box else { null(); return }
        beginObject()
        key("page"); int(box.page)
        key("x0"); number(Self.hundredths(box.x0))
        key("y0"); number(Self.hundredths(box.y0))
        key("x1"); number(Self.hundredths(box.x1))
        key("y1"); number(Self.hundredths(box.y1))
        endObject()
    }

    static func hundredths(_ d: Double) -> Double { (d * 100).rounded() / 100 }
}

/// The writer's buffer: a constant pointer to allocated bytes, freed with the owner.
@usableFromInline
final class ByteOwner: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<UInt8>

    init(capacity: Int) {
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    deinit { base.deallocate() }
}
