import BriefingKit
import Foundation

/// Writes one line per problem to standard error. A file name or reason holding a line break
/// or another control character (a file may be called "a\nb.txt") is shown escaped, so each
/// problem stays on one line.
enum ErrorReporter {
    static func report(_ errors: [Error]) {
        for error in errors {
            let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
            write("briefing: error: \(message)")
        }
    }

    static func note(_ message: String) {
        write("briefing: \(message)")
    }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((oneLine(line) + "\n").utf8))
    }

    /// `text` with control characters escaped (`\n`, `\t`, `\u{1B}`).
    static func oneLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                result += scalar.escaped(asASCII: true)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
