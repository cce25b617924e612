import Crypto

/// SHA-256 helpers shared by the runner and the store (one implementation, hex lowercase).
public enum Hashing {
    public static func sha256Hex(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        if let contiguous = bytes as? [UInt8] {
            hasher.update(data: contiguous)
        } else {
            hasher.update(data: Array(bytes))
        }
        return hex(hasher.finalize())
    }

    public static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// An incremental SHA-256 for streams (output files written in pieces).
public struct StreamingHash: Sendable {
    private var hasher = SHA256()
    public init() {}
    public mutating func update(_ bytes: [UInt8]) { hasher.update(data: bytes) }
    public mutating func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bufferPointer: bytes) }
    public func finalizeHex() -> String { Hashing.hex(hasher.finalize()) }
}
