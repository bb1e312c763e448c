import Foundation
import Testing
@testable import BriefingKit

/// The boilerplate detector runs a pattern only on lines holding its required literals: it
/// must flag exactly the lines the patterns' plain union flags.
@Suite struct BoilerplateScreeningTests {
    /// The reference: every pattern joined into one case-insensitive whole-line expression.
    static func unionMatches(_ patterns: [String], _ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let regex = try! NSRegularExpression(pattern: "^(?:" + patterns.map { "(?:\($0))" }.joined(separator: "|") + ")$",
                                             options: [.caseInsensitive])
        return regex.firstMatch(in: trimmed, options: [.anchored], range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
    }

    static let lines = [
        "Sign up to First Edition", "SIGN UP FOR the morning briefing", "\u{17F}ign up to First Edition",
        "after newsletter promotion", "Skip past newsletter promotion", "Subscribe to our newsletter",
        "Get our free daily newsletter", "Privacy Notice: we use cookies", "Share this article", "Share Tweet Email",
        "comments", "Follow us on X", "Follow Jane Smith on Twitter.", "Click here to read more", "Read more: the deal",
        "Read more", "Related: Sanctions explained", "Related stories", "Advertisement", "Story continues below advertisement",
        "By Jane Smith", "By Jane Smith and John Doe, in Kyiv", "by jane smith", "Photograph: Reuters",
        "Photographs: Getty", "The minister in Kyiv. Photograph: Efrem Lukatsky/AP", "Protesters in Paris Photo: Getty Images",
        "(AP Photo/Evan Vucci)", "Reuters Photo by someone", "Copyright 2025 Example News", "\u{A9} Example News 2025",
        "\u{201C}Share this,\u{201D} she said of the plan.", "The \u{212A}remlin said: \u{201C}Photograph: none\u{201D}",
        "Officials said they would sign up to the plan after newsletter promotion ended.",
        "Starmer hosted a virtual call on Tuesday morning.", "Photo: a caption. With a full stop. Photo: Later",
        "Stra\u{DF}e photo: K\u{F6}ln", "  Advertisement  ", "advertisement\u{301}",
    ]

    @Test func bundledPatternsFlagWhatTheirUnionFlags() {
        let patterns = Lexicons.bundled.boilerplatePatterns
        let detector = BoilerplateDetector(patterns: patterns)
        var flagged = 0
        for line in Self.lines {
            let expected = Self.unionMatches(patterns, line)
            #expect(detector.isBoilerplate(line) == expected, "\(line)")
            if expected { flagged += 1 }
        }
        // the list exercises both answers
        #expect(flagged >= 20)
    }

    @Test func literalsOfAPattern() throws {
        let signUp = try #require(RequiredLiterals(pattern: "sign up (to|for) .{0,80}"))
        #expect(signUp.prefixes == [Array("sign up ".utf8)])
        #expect(signUp.clauses.contains([Array("to".utf8), Array("for".utf8)]))
        #expect(signUp.admits(Array("sign up for news".utf8)))
        #expect(!signUp.admits(Array("please sign up for news".utf8)))
        let credit = try #require(RequiredLiterals(pattern: "(?-i:By [A-Z][\\p{L}'.-]+)(,? (in|and) [A-Z].{0,40})?"))
        #expect(credit.prefixes == [Array("by ".utf8)])
        let anywhere = try #require(RequiredLiterals(pattern: ".{0,200}(?-i:(Photo|Picture): [A-Z])"))
        #expect(anywhere.prefixes == nil)
        #expect(anywhere.admits(Array("a caption picture: x".utf8)))
        #expect(!anywhere.admits(Array("a caption: no credit".utf8)))
    }

    @Test func unknownSyntaxGivesNoRequirement() {
        for pattern in ["(?=x)abc", "(a)\\1", "\\Qa.b\\E", "[[:alpha:]]x", "(?x) a b", "(?i)abc", "ab{,3}"] {
            #expect(RequiredLiterals(pattern: pattern) == nil, "\(pattern)")
        }
    }

    @Test func aLineOverTheLengthLimitIsNoBoilerplate() {
        let detector = BoilerplateDetector(patterns: ["advert.*"])
        #expect(detector.isBoilerplate("Advert " + String(repeating: "x", count: 233)))
        #expect(!detector.isBoilerplate("Advert " + String(repeating: "x", count: 234)))
        // the limit counts characters, not bytes: 240 characters in 473 bytes
        #expect(detector.isBoilerplate("Advert " + String(repeating: "\u{E9}", count: 233)))
        #expect(!detector.isBoilerplate("Advert " + String(repeating: "\u{E9}", count: 234)))
    }

    @Test func moreCharactersThanTheLimitFromTheBytesAlone() {
        #expect(BoilerplateDetector.hasMoreCharacters(String(repeating: "w", count: 41), than: 40))
        #expect(!BoilerplateDetector.hasMoreCharacters(String(repeating: "w", count: 40), than: 40))
        // CR LF is one character: 21 × "w\r\n" is 63 bytes but 42 characters, 20 × is 40
        #expect(BoilerplateDetector.hasMoreCharacters(String(repeating: "w\r\n", count: 21), than: 40))
        #expect(!BoilerplateDetector.hasMoreCharacters(String(repeating: "w\r\n", count: 20), than: 40))
        // non-ASCII characters are not counted: false, though 50 characters ("e" and an accent each)
        #expect(!BoilerplateDetector.hasMoreCharacters(String(repeating: "e\u{301}", count: 50), than: 40))
        #expect(!BoilerplateDetector.hasMoreCharacters(String(repeating: "\u{E9}", count: 50), than: 40))
    }

    @Test func unreadablePatternFallsBackToTheUnion() {
        let patterns = ["(?=sign)sign up .{0,20}", "advertisement"]
        let detector = BoilerplateDetector(patterns: patterns)
        for line in ["Sign up now", "Advertisement", "Sign up to it"] {
            #expect(detector.isBoilerplate(line) == Self.unionMatches(patterns, line), "\(line)")
        }
    }

    /// A paragraph proven article text from its scalars is neither boilerplate nor a
    /// newsletter opening; a line in doubt (short, starting with an s or a space, or with few
    /// ASCII neighbours) is left to the string checks.
    @Test func certainlyTextFromTheScalarsAlone() {
        let detector = BoilerplateDetector(patterns: ["advert.*", "sign up .*"])
        func scalars(_ line: String) -> ArraySlice<Unicode.Scalar> { ArraySlice(Array(line.unicodeScalars)) }
        let long = "Advert " + String(repeating: "x", count: 234)
        #expect(detector.isCertainlyText(scalars(long)))
        #expect(!detector.isBoilerplate(long))
        for line in ["Advert " + String(repeating: "x", count: 233), "Sign up " + String(repeating: "x", count: 300),
                     " Advert " + String(repeating: "x", count: 300), long + "\t",
                     "Advert " + String(repeating: "\u{E9}", count: 300), "Advert" + String(repeating: "\r\n", count: 200)] {
            #expect(!detector.isCertainlyText(scalars(line)), "\(line.prefix(12).debugDescription)")
        }
        // a slice counts from its own start
        let framed = Array(("ab" + long + "cd").unicodeScalars)
        #expect(detector.isCertainlyText(framed[2..<(framed.count - 2)]))
    }
}
