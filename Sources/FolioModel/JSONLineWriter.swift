/// Writes one JSON object per line with keys in the order they are written.
///
/// Hand-written for speed and for byte-exact determinism: numbers are written in a canonical
/// form (integers without a fraction, other values in the shortest form that reads back
/// exactly), strings are escaped minimally (`"`, `\`, control characters), non-ASCII is kept
/// as UTF-8.
public struct JSONLineWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    @usableFromInline var needsComma: [Bool] = []

    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Takes the bytes written so far and starts empty.
    public mutating func take() -> [UInt8] {
        defer { bytes = []; needsComma = [] }
        return bytes
    }

    // MARK: Structure

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma.removeLast()
    }

    /// Ends a top-level record: closes nothing, writes the newline.
    public mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma.removeLast()
    }

    /// Writes `"name":`; the value follows.
    public mutating func key(_ name: StaticString) {
        if let last = needsComma.indices.last {
            if needsComma[last] { bytes.append(UInt8(ascii: ",")) }
            needsComma[last] = false
        }
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    @usableFromInline
    mutating func separate() {
        if let last = needsComma.indices.last {
            if needsComma[last] { bytes.append(UInt8(ascii: ",")) }
            needsComma[last] = true
        }
    }

    // MARK: Values

    public mutating func null() {
        separate()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    }

    public mutating func bool(_ b: Bool) {
        separate()
        if b { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
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
        if i == 0 { bytes.append(UInt8(ascii: "0")); return }
        var v = i.magnitude
        var tmp: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                  UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &tmp) { buf in
            while v > 0 {
                buf[n] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
                n += 1
            }
            if i < 0 { bytes.append(UInt8(ascii: "-")) }
            while n > 0 {
                n -= 1
                bytes.append(buf[n])
            }
        }
    }

    /// A number in canonical form; non-finite values are written as null.
    public mutating func number(_ d: Double?) {
        guard let d, d.isFinite else { null(); return }
        separate()
        if d == d.rounded(), abs(d) < 9.0e15 {
            appendInt(Int(d))
        } else {
            bytes.append(contentsOf: Array(d.description.utf8))
        }
    }

    public mutating func string(_ s: String?) {
        guard var str = s else { null(); return }
        separate()
        bytes.append(UInt8(ascii: "\""))
        str.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func string(utf8 buffer: UnsafeBufferPointer<UInt8>) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(buffer)
        bytes.append(UInt8(ascii: "\""))
    }

    @usableFromInline
    mutating func appendEscaped(_ buf: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var i = 0
        let n = buf.count
        while i < n {
            let c = buf[i]
            if c >= 0x20 && c != 0x22 && c != 0x5C && c != 0x7F {
                i += 1
                continue
            }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
            bytes.append(UInt8(ascii: "\\"))
            switch c {
            case 0x22: bytes.append(0x22)
            case 0x5C: bytes.append(0x5C)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            }
            i += 1
            runStart = i
        }
        if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n])) }
    }

    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    /// `{"start":s,"end":e}` or null.
    public mutating func span(_ span: Span?) {
        guard let span else { null(); return }
        beginObject()
        key("start"); int(span.start)
        key("end"); int(span.end)
        endObject()
    }
}
