import Foundation

/// Reading and writing test files as bytes.
public enum TestFiles {
    /// The bytes of the file at `path`, or nil when it cannot be read.
    public static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    /// The file at `path` as UTF-8 text, or nil when it cannot be read.
    public static func text(_ path: String) -> String? {
        read(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes `text` to `path` (replacing it); false when it cannot be written.
    @discardableResult
    public static func write(_ path: String, _ text: String) -> Bool {
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
}
