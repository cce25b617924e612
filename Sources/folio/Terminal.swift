import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing to the terminal: stderr lines, whether a stream is a terminal, colours.
enum Terminal {
    static var stderrIsTerminal: Bool { isatty(2) != 0 }
    static var stdoutIsTerminal: Bool { isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("folio: error: " + message + "\n").utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("folio: warning: " + message + "\n").utf8))
    }

    static func stderr(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func bold(_ s: String, _ on: Bool) -> String { on ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    static func dim(_ s: String, _ on: Bool) -> String { on ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    static func red(_ s: String, _ on: Bool) -> String { on ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
    static func green(_ s: String, _ on: Bool) -> String { on ? "\u{1B}[32m\(s)\u{1B}[0m" : s }
}
