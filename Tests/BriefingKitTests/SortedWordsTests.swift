import Testing
@testable import BriefingKit

/// The sorted word list answers membership like a set, and refuses a list out of order.
@Suite struct SortedWordsTests {
    @Test func findsEveryEntryAndNothingElse() throws {
        let list = try #require(SortedWords(text: "# comment\nable\nbook\nbooks\nrock\nteam\n"))
        #expect(list.count == 5)
        for word in ["able", "book", "books", "rock", "team"] { #expect(list.contains(word)) }
        for word in ["", "a", "boo", "bookss", "teams", "zebra", "Rock", "# comment"] { #expect(!list.contains(word)) }
    }

    @Test func aListOutOfOrderIsRefused() {
        #expect(SortedWords(text: "team\nrock\n") == nil)
        #expect(SortedWords(text: "rock\nrock\n") == nil)
    }

    @Test func theBundledCommonWordsAreInOrder() {
        #expect(Lexicons.bundled.commonWords.count > 30_000)
        #expect(Lexicons.bundled.commonWords.contains("team"))
        #expect(!Lexicons.bundled.commonWords.contains("romney"))
    }
}
