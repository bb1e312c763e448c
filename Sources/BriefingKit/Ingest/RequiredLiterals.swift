/// What every line that a boilerplate pattern matches must start with and contain, read from
/// the pattern's text, so that most lines are ruled out without running the regular expression.
///
/// The pattern is matched against the whole line, so its leading literals are the line's
/// start ("sign up (to|for) .{0,80}" starts with "sign up "); the rest is a conjunction of
/// clauses, each a set of literals of which the line must contain one (`["sign up "],
/// ["to", "for"], [" "]`). It is only ever a necessary condition: syntax the reader does not
/// know (lookarounds, back-references, `\Q…\E`, nested sets, free-spacing mode) makes the
/// pattern unreadable, and optional parts give nothing. It holds for case-insensitive matching
/// of lines whose non-ASCII characters have no other case: literals are lower-case, and a
/// non-ASCII literal is kept only when it has no other case either, so that it matches itself alone.
struct RequiredLiterals: Sendable {
    /// Literals (UTF-8, lower-case) one of which a matching line starts with; nil when unknown.
    let prefixes: [[UInt8]]?
    /// Each clause: literals of which a matching line contains one; the most selective first.
    let clauses: [[[UInt8]]]

    /// The requirement of a pattern; nil when the pattern uses syntax this reader does not know.
    init?(pattern: String) {
        var parser = Parser(Array(pattern.unicodeScalars))
        let found = parser.alternation()
        guard let found, !parser.failed, parser.atEnd else { return nil }
        prefixes = found.prefixes
        // a clause whose shortest literal is long rules out most lines: test it first
        clauses = found.clauses.sorted { ($0.map(\.count).min() ?? 0) > ($1.map(\.count).min() ?? 0) }
    }

    /// Whether `line` (UTF-8, ASCII letters lower-cased, no other character with other cases)
    /// starts with one of the prefixes and contains one literal of every clause.
    func admits(_ line: [UInt8]) -> Bool {
        if let prefixes, !prefixes.contains(where: { Self.starts(line, with: $0) }) { return false }
        return clauses.allSatisfy { clause in clause.contains { ASCIIText.contains(line, $0) } }
    }

    /// `line.starts(with: prefix)`, byte by byte (the generic sequence walk costs far more).
    private static func starts(_ line: [UInt8], with prefix: [UInt8]) -> Bool {
        guard line.count >= prefix.count else { return false }
        for k in prefix.indices where line[k] != prefix[k] { return false }
        return true
    }

    /// What a part of a pattern implies about the text it matches.
    private struct Found {
        var prefixes: [[UInt8]]?
        var clauses: [[[UInt8]]]
    }

    /// A recursive-descent reader of the ICU pattern syntax boilerplate patterns use.
    private struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        /// Set on syntax the reader does not know.
        var failed = false
        /// Whether the last atom read had a quantifier (a quantified literal is no run member).
        private var justQuantified = false

        init(_ s: [Unicode.Scalar]) { self.s = s }

        var atEnd: Bool { i >= s.count }

        /// `A|B|…` up to a closing parenthesis or the end. One alternative gives its own
        /// requirement; several give the prefixes of all (when each has some), and one clause
        /// holding the longest single literal of each (when each has one).
        mutating func alternation() -> Found? {
            var alternatives = [sequence()]
            while !failed, i < s.count, s[i] == "|" {
                i += 1
                alternatives.append(sequence())
            }
            if failed { return nil }
            if alternatives.count == 1 { return alternatives[0] }
            var prefixes: [[UInt8]]? = []
            for alternative in alternatives {
                if let own = alternative.prefixes { prefixes?.append(contentsOf: own) } else { prefixes = nil }
            }
            var clause: [[UInt8]] = []
            for alternative in alternatives {
                let single = alternative.clauses.filter { $0.count == 1 }.map { $0[0] }
                guard let best = single.max(by: { $0.count < $1.count }) else { return Found(prefixes: prefixes, clauses: []) }
                clause.append(best)
            }
            return Found(prefixes: prefixes, clauses: [clause])
        }

        /// Atoms up to `|`, `)` or the end: runs of literal characters and required groups.
        private mutating func sequence() -> Found {
            var found = Found(prefixes: nil, clauses: [])
            var run: [UInt8] = []
            var runIsPrefix = false
            func endRun() {
                if !run.isEmpty { found.clauses.append([run]) }
                if runIsPrefix { found.prefixes = [run] }
                run = []
                runIsPrefix = false
            }
            var atStart = true
            while !failed, i < s.count, s[i] != "|", s[i] != ")" {
                let atom = self.atom()
                if failed { break }
                let required = quantifierAllowsNone() == false
                if failed { break }
                switch atom {
                case .literal(let bytes) where required && !justQuantified:
                    if atStart { runIsPrefix = true }
                    run += bytes
                case .group(let inner) where required:
                    endRun()
                    if atStart { found.prefixes = inner.prefixes }
                    found.clauses += inner.clauses
                default:
                    endRun()
                }
                atStart = false
            }
            endRun()
            return found
        }

        private enum Atom {
            /// A character matching only itself (lower-case UTF-8).
            case literal([UInt8])
            /// A group and what its content implies.
            case group(Found)
            /// Anything else: a set, a class escape, `.`, an anchor.
            case other
        }

        private mutating func atom() -> Atom {
            let c = s[i]
            i += 1
            switch c {
            case "(":
                return group()
            case "[":
                skipSet()
                return .other
            case "\\":
                return escape()
            case ".", "^", "$":
                return .other
            case "*", "+", "?", "{", ")", "|":
                failed = true
                return .other
            default:
                return literal(c)
            }
        }

        /// A group after its `(`: plain, `?:` or with scoped flags (`?-i:`). Flags set without
        /// a colon, free-spacing mode and lookarounds are not read.
        private mutating func group() -> Atom {
            if i < s.count, s[i] == "?" {
                i += 1
                while i < s.count, s[i] == "-" || ("a"..."z").contains(s[i]) {
                    if s[i] == "x" { failed = true }
                    i += 1
                }
                guard i < s.count, s[i] == ":" else { failed = true; return .other }
                i += 1
            }
            let inner = alternation()
            guard !failed, i < s.count, s[i] == ")", let inner else { failed = true; return .other }
            i += 1
            return .group(inner)
        }

        /// A set `[…]` after its `[`; nested sets are not read.
        private mutating func skipSet() {
            if i < s.count, s[i] == "^" { i += 1 }
            if i < s.count, s[i] == "]" { failed = true; return }
            while i < s.count, s[i] != "]" {
                if s[i] == "[" { failed = true; return }
                if s[i] == "\\" { i += 1 }
                i += 1
            }
            if i >= s.count { failed = true; return }
            i += 1
        }

        /// An escape after its `\`: a quoted punctuation mark is a literal; `\p{…}`, `\s`, `\b`
        /// and the like match classes or positions; numeric, quoting and named escapes are not read.
        private mutating func escape() -> Atom {
            guard i < s.count else { failed = true; return .other }
            let c = s[i]
            i += 1
            if c.isASCII, !c.properties.isAlphabetic, !("0"..."9").contains(c) { return literal(c) }
            switch c {
            case "p", "P":
                if i < s.count, s[i] == "{" {
                    while i < s.count, s[i] != "}" { i += 1 }
                    guard i < s.count else { failed = true; return .other }
                }
                i += 1
                return .other
            case "s", "S", "d", "D", "w", "W", "b", "B", "h", "H", "v", "V", "R", "X", "A", "z", "Z", "G":
                return .other
            default:
                failed = true
                return .other
            }
        }

        /// A character matching itself: ASCII lower-cased; other characters only when they have
        /// no other case (else they could match other text).
        private func literal(_ c: Unicode.Scalar) -> Atom {
            if c.isASCII { return .literal([UInt8(truncatingIfNeeded: c.value | (("A"..."Z").contains(c) ? 0x20 : 0))]) }
            return c.properties.changesWhenCaseFolded || c.properties.changesWhenCaseMapped ? .other : .literal(Array(UTF8.encode(c)!))
        }

        /// Reads a quantifier after an atom, if any: true when it allows zero repetitions
        /// (`?`, `*`, `{0,…}`), false otherwise. Sets `justQuantified` when there was one.
        private mutating func quantifierAllowsNone() -> Bool {
            justQuantified = false
            guard i < s.count else { return false }
            var allowsNone: Bool
            switch s[i] {
            case "?", "*": allowsNone = true; i += 1
            case "+": allowsNone = false; i += 1
            case "{":
                i += 1
                var digits = ""
                while i < s.count, ("0"..."9").contains(s[i]) { digits.unicodeScalars.append(s[i]); i += 1 }
                while i < s.count, s[i] == "," || ("0"..."9").contains(s[i]) { i += 1 }
                guard let minimum = Int(digits), i < s.count, s[i] == "}" else { failed = true; return true }
                i += 1
                allowsNone = minimum == 0
            default:
                return false
            }
            justQuantified = true
            // lazy or possessive forms
            if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }
            return allowsNone
        }
    }
}
