import BriefingKit
import Foundation

/// Writes one line per problem to standard error.
enum ErrorReporter {
    static func report(_ errors: [Error]) {
        for error in errors {
            let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
            FileHandle.standardError.write(Data("briefing: error: \(message)\n".utf8))
        }
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("briefing: \(message)\n".utf8))
    }
}
