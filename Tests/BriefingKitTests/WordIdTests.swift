import Foundation
import Testing
@testable import BriefingKit

/// Word ids give the same answers as the strings they stand for.
@Suite struct WordIdTests {
    static func tokens(_ text: String) -> [Token] {
        let scalars = ScalarText(text)
        return Tokenizer(abbreviations: Lexicons.bundled.abbreviations).tokens(of: scalars, in: 0..<scalars.count)
    }

    @Test func aWordSetAnswersATokenAsItsLowerCaseText() {
        let set: WordSet = ["said", "told", "über", "o'neill"]
        for token in Self.tokens("Smith SAID he told Über O'Neill and nobody else, Über-fast.") {
            #expect(set.contains(token) == set.contains(token.lower), "\(token.text)")
        }
        #expect(set.contains(Self.tokens("SAID")[0]))
        #expect(!set.contains(Self.tokens("says")[0]))
    }

    @Test func aTokenMadeOutsideTheTokenizerIsLookedUpByItsText() {
        let token = Token(range: 0..<4, kind: .word, text: "Said")
        #expect(token.wordID == WordTable.unnumbered)
        #expect(WordSet(["said"]).contains(token))
        #expect(WordMap(["said": 7])[token] == 7)
    }

    @Test func aWordMapAnswersATokenAsItsLowerCaseText() {
        let map = WordMap(["said": true, "thinks": false])
        for token in Self.tokens("Officials said she Thinks it is over; he thought so.") {
            #expect(map[token] == map[token.lower], "\(token.text)")
        }
    }

    @Test func theSameWordHasOneIdWhateverItsCase() {
        let ids = Self.tokens("Vote vote VOTE").map(\.wordID)
        #expect(Set(ids).count == 1)
        #expect(ids[0] != WordTable.unnumbered)
    }

    @Test func aTableKeepsEveryIdAcrossItsGrowth() {
        let table = WordTable()
        // far more words than the table's first slots hold: it grows several times
        let words = (0..<20_000).map { "w\($0)q" } + ["", "ünïcode", "a-very-long-invented-word-beyond-fifteen-bytes"]
        let ids = words.map { table.id(of: $0) }
        #expect(Set(ids).count == words.count)
        #expect(ids == Array(0..<UInt32(words.count)))
        for (word, id) in zip(words, ids) {
            #expect(table.id(of: word) == id)
            #expect(table.existingID(of: word) == id)
        }
        #expect(table.existingID(of: "w20000q") == nil)
    }

    @Test func aStringTableAnswersAsItsDictionary() {
        // many keys, so probes run past colliding slots; an empty key and non-ASCII ones
        var entries = Dictionary(uniqueKeysWithValues: (0..<5_000).map { ("k\($0)z", $0) })
        entries[""] = -1
        entries["zoë ménard"] = -2
        entries["a-very-long-invented-key-beyond-sixteen-bytes"] = -3
        let table = StringTable(entries)
        let probes = Array(entries.keys) + ["k5000z", "k1", "kz", "zoe\u{308} me\u{301}nard", "Zoë Ménard", "zoë ménard ", "a-very-long-invented-key-beyond-sixteen-byte"]
        for key in probes { #expect(table[key] == entries[key], "\(key)") }
        // a key looked up as a part of a longer string, with no string made of it
        for key in probes { #expect(table[("the " + key).dropFirst(4)] == entries[key], "\(key)") }
        #expect(table["zoe\u{308} me\u{301}nard"] == -2)
        #expect(table["k5000z"] == nil)
    }

    @Test func aStringSetAnswersAsASetOfStrings() {
        let words = ["new york", "ann arbor", "zoë ménard", "", "a-very-long-invented-place-beyond-sixteen-bytes"]
        let set = StringSet(words), reference = Set(words)
        for probe in words + ["new", "new york ", "zoe\u{308} me\u{301}nard", "Ann Arbor", "a-very-long-invented-place"] {
            #expect(set.contains(probe) == reference.contains(probe), "\(probe)")
        }
        #expect(set.contains("zoe\u{308} me\u{301}nard"))
    }

    @Test(arguments: ["Ann Lee", "chief of staff to Ann Lee", "", "Zoë Ménard's aide", "a", "Lee Group", "aide to Ann Le"])
    func textIsSearchedAsFoundationDoes(_ text: String) {
        for sought in ["Ann Lee", "Lee", "", "Zoë", "Zoe\u{308}", "Ann Lee Group of aides and more", "a", "Le"] {
            #expect(text.containsText(sought) == (text.range(of: sought) != nil), "\(text) \(sought)")
        }
    }

    @Test(arguments: ["Valeant Pharmaceuticals International", "  Ann   Lee ", "Zoë Ménard-Ball", "a\tb\nc", "José  Ortega y\u{301} Gasset", "",
                      "Ann Lee ", " Ann Lee", "Ann\rLee", "Ann Lee"])
    func nameWordsSplitAsCharactersDo(_ text: String) {
        #expect(NameWords.split(text) == text.split(separator: " ").map(String.init))
        #expect(NameWords.firstWord(text) == text.split(separator: " ").first.map(String.init))
        #expect(NameWords.singleSpaced(text) == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
        // every suffix after a space is tried in order while none gives a value
        var tried: [String] = []
        let none: Int? = NameWords.firstSuffixAfterSpace(text) { tried.append(String($0)); return nil }
        #expect(none == nil)
        #expect(tried == text.indices.filter { text[$0] == " " }.map { String(text[text.index(after: $0)...]) })
        #expect(NameWords.spaceCount(text) == text.utf8.filter { $0 == UInt8(ascii: " ") }.count)
        for limit in 0...4 { #expect(NameWords.hasMoreCharacters(text, than: limit) == (text.count > limit), "\(text) \(limit)") }
    }

    @Test func theFirstSuffixThatGivesAValueIsTheAnswer() {
        let found = NameWords.firstSuffixAfterSpace("the Obama White House") { $0 == "White House" ? $0.count : nil }
        #expect(found == 11)
        #expect(NameWords.firstSuffixAfterSpace("Zoë Ménard Foundation") { $0.hasPrefix("Ménard") ? String($0) : nil } == "Ménard Foundation")
    }

    @Test func articleWordsAnswerAsTheSetOfTheirTexts() {
        let tokens = Self.tokens("Smith said the Über plan, o'neill said, would fail")
        var words = ArticleWords()
        for token in tokens where !token.isCapitalized { words.insert(token) }
        words.insert("fail")
        words.insert("a-word-no-article-has-written-before-xq")
        let reference = Set(tokens.filter { !$0.isCapitalized }.map(\.lower) + ["fail", "a-word-no-article-has-written-before-xq"])
        for token in tokens + Self.tokens("Said SAID Fail nothing") {
            #expect(words.contains(token) == reference.contains(token.lower), "\(token.text)")
        }
        for probe in ["said", "über", "smith", "o'neill", "a-word-no-article-has-written-before-xq", "nothing"] {
            #expect(words.contains(probe) == reference.contains(probe), "\(probe)")
        }
    }

    @Test(arguments: ["Ann Lee", "Ann Lee's", "Let’s", "", "a-very-long-invented-name-beyond-sixteen-bytes", "Zoë Ménard", "\u{2019}"])
    func bytesAreSearchedAsTheViewDoes(_ text: String) {
        for byte: UInt8 in [0x27, 0xE2, 0x20, 0x73] {
            #expect(text.containsByte(where: { $0 == byte }) == text.utf8.contains(byte), "\(text) \(byte)")
        }
    }

    @Test(arguments: ["ODYSSEAS ΠΑΠΑΣ Lee", "İLKAY Gündoğan", "Ann  Lee's", " Ann", "ΣΑΣ"])
    func lowerCaseWordsAreTheWordsInLowerCase(_ text: String) {
        // the name chunker tests a name's words on its lower-case form
        #expect(text.lowercased().split(separator: " ").map(String.init) == text.split(separator: " ").map { $0.lowercased() })
    }

    @Test(arguments: ["Smith's", "Smith’s", "Smiths'", "Smith’", "s", "'s", "x'\u{301}s", "Mr.", "e\u{301}.", ".\u{301}", "",
                      "a\r's", "\u{0600}'s", "Zoë’s", "\r\n."])
    func literalSuffixesAsCharactersDo(_ text: String) {
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}", "."] {
            #expect(text.hasLiteralSuffix(suffix) == text.hasSuffix(suffix), "\(text.debugDescription) \(suffix)")
        }
    }

    @Test func dayStringsAreTheCalendarsDays() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // around 1970, leap days, the turn of centuries, and far outside the years read by arithmetic
        let moments: [TimeInterval] = [0, -0.5, -1, 86_399.9, 86_400, 951_782_400, 951_868_800, 4_107_542_400, 1_764_115_200.25,
                                       -11_676_096_000, -12_219_292_800, -62_135_596_800, 253_402_300_800, 300_000_000_000]
        for seconds in moments {
            let date = Date(timeIntervalSince1970: seconds)
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            let expected = String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
            #expect(Timestamp.dayString(date) == expected, "\(seconds)")
        }
    }

    @Test(arguments: ["a.txt", "/x/y/a.md", "a", ".bashrc", "a.", "a.b.c", "dir/a.md/", "/", "", "//", "x/..", "..", "...",
                      "a/\u{301}b.txt", "y.\u{301}", "a.b\u{301}", "/tmp//x//y.html"])
    func articleIdsAreWhatTheFoundationPathFunctionsGive(_ path: String) {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        #expect(PlainTextReader.id(for: path) == (stem.isEmpty ? name : stem))
    }
}
