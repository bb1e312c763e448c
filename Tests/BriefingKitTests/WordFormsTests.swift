import Foundation
import Testing
@testable import BriefingKit

/// A word met before takes its token's strings and id from the word table's forms: the token is
/// the one the tokenizer made the first time, at its own range.
@Suite struct WordFormsTests {
    private static func tokens(_ text: String, abbreviations: Set<String> = Lexicons.bundled.abbreviations) -> [Token] {
        let scalars = ScalarText(text)
        return Tokenizer(abbreviations: abbreviations).tokens(of: scalars, in: 0..<scalars.count)
    }

    /// Everything of a token but its range.
    private static func contents(_ token: Token) -> String {
        "\(token.text)|\(token.lower)|\(token.kind)|\(token.isCapitalized)|\(token.wordID)"
    }

    @Test func aWordWrittenAgainIsTheTokenItWasTheFirstTime() {
        // capitals, numbers, an abbreviation's dot, contractions, non-ASCII words and marks, a
        // word longer than a string holds inline
        let text = "Mr. Über said 30,000 people in the U.S. didn't vote; he'll ÉCOLE naïve “quoted” "
            + "counter-intelligence-operations-abroad Trump’s"
        let once = Self.tokens(text)
        let twice = Self.tokens(text + " " + text)
        #expect(twice.count == 2 * once.count)
        for (first, second) in zip(twice[..<once.count], twice[once.count...]) {
            #expect(Self.contents(first) == Self.contents(second), "\(first.text)")
            #expect(second.range == (first.range.lowerBound + text.unicodeScalars.count + 1)..<(first.range.upperBound + text.unicodeScalars.count + 1))
        }
        for (alone, first) in zip(once, twice) { #expect(Self.contents(alone) == Self.contents(first), "\(alone.text)") }
    }

    @Test func anAbbreviationDependsOnTheTokenizerNotOnTheFormsMetBefore() {
        // "gen" is met (and kept) without its dot first; each tokenizer decides the dot by its own list
        #expect(Self.tokens("gen gen. Smith", abbreviations: ["gen"]).map(\.text) == ["gen", "gen.", "Smith"])
        #expect(Self.tokens("gen gen. Smith", abbreviations: []).map(\.text) == ["gen", "gen", ".", "Smith"])
    }

    @Test func theFormsKeepEveryWordAcrossTheirGrowth() {
        var forms = WordForms()
        // far more forms than the first slots hold, words of one length (hashes collide) and
        // words that differ in one scalar only
        let words = (0..<5_000).map { "w\($0)" } + ["ab", "ba", "Ab", "über"]
        let text = words.joined(separator: " ")
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var start = 0
        for word in words {
            ranges.append(start..<(start + word.unicodeScalars.count))
            start += word.unicodeScalars.count + 1
        }
        for (n, range) in ranges.enumerated() {
            #expect(forms.token(scalars, range) == nil)
            forms.keep(Token(range: range, kind: .word, text: words[n], lower: words[n].lowercased(), wordID: UInt32(n)), scalars, range)
        }
        for (n, range) in ranges.enumerated() {
            let token = forms.token(scalars, range)
            #expect(token?.text == words[n] && token?.wordID == UInt32(n) && token?.range == range)
            #expect(forms.lower(scalars, range) == words[n].lowercased())
        }
    }

    @Test func aLongFormIsNotKept() {
        // a long unbroken run is worked out again each time rather than held for the process's life
        var forms = WordForms()
        let long = String(repeating: "QUJD", count: 40)
        let scalars = Array(long.unicodeScalars)
        forms.keep(Token(range: 0..<scalars.count, kind: .word, text: long, lower: long.lowercased(), wordID: 1), scalars, 0..<scalars.count)
        #expect(forms.token(scalars, 0..<scalars.count) == nil)
    }

    @Test(arguments: [("said via Reuters", " via ", true), ("Photo via Getty", " via ", true), ("Photo via", " via ", false),
                      ("vi a", " via ", false), ("additional reporting by jo", "additional reporting by", true),
                      ("additional reporting b", "additional reporting by", false), ("zzz", "zzz", true), ("aaab", "aab", true),
                      ("x", "xy", false), ("ab", "", true)])
    func aNeedleIsFoundWhereverItIs(_ haystack: String, _ needle: String, _ found: Bool) {
        #expect(ASCIIText.contains(Array(haystack.utf8), Array(needle.utf8)) == found)
    }
}
