import Foundation

/// A boilerplate pattern matched, case-insensitively, against a whole line; compiled by
/// Foundation (ICU) the first time a line needs it, once for all threads. A pattern that does
/// not compile matches nothing.
final class WholeLineExpression: @unchecked Sendable {
    private let pattern: String
    private let lock = NSLock()
    /// Nil until compiled; then the expression, or nil when the pattern does not compile.
    private var compiled: NSRegularExpression??

    init(pattern: String) {
        self.pattern = pattern
    }

    /// Whether the expression matches all of `line`.
    func matches(_ line: String) -> Bool {
        guard let regex = expression() else { return false }
        // anchored: the expression starts with ^, so no later start can match; ICU would try them all
        return regex.firstMatch(in: line, options: [.anchored], range: NSRange(line.startIndex..., in: line)) != nil
    }

    /// The pattern, compiled the first time a line needs it (under the lock); nil when it does not compile.
    private func expression() -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let compiled { return compiled }
        let regex = try? NSRegularExpression(pattern: "^(?:(?:\(pattern)))$", options: [.caseInsensitive])
        compiled = .some(regex)
        return regex
    }
}
