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

    /// A 64-bit fingerprint of `bytes` (not cryptographic): eight bytes a step, each word
    /// mixed in by a multiply and a rotate, then the tail bytes and the length. For noticing that
    /// two reads of one file differ, where a SHA-256 of the first read would be computed only
    /// to be compared (about 1 instruction a byte against SHA-256's 15-20).
    public static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        let k0: UInt64 = 0x9E37_79B9_7F4A_7C15
        let k1: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var h: UInt64 = k1 ^ UInt64(truncatingIfNeeded: bytes.count)
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            var i = 0
            while i < words {
                let w = raw.loadUnaligned(fromByteOffset: i &* 8, as: UInt64.self)
                h = ((h ^ (w &* k0)) &* k1)
                h = (h << 29) | (h >> 35)
                i &+= 1
            }
            var tail: UInt64 = 0
            var j = words &* 8
            while j < raw.count {
                tail = (tail << 8) | UInt64(raw[j])
                j &+= 1
            }
            h = (h ^ (tail &* k0)) &* k1
        }
        h ^= h >> 31
        h = h &* k0
        return h ^ (h >> 29)
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
