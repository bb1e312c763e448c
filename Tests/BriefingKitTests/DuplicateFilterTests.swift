import Foundation
import Testing
@testable import BriefingKit

/// Near-identical stories are recognised; different stories on the same subject are not.
@Suite struct DuplicateFilterTests {
    static func derived(_ text: String, url: String? = nil) -> Article {
        DerivedArticle(title: nil, body: text.components(separatedBy: "\n"), source: nil, author: nil, url: url,
                       published: "2026-11-24").article(id: "a", path: "feed.xml", savedAt: (Date(), .runDate))
    }

    /// For each article in order, whether the filter keeps it as new.
    static func kept(_ articles: [Article]) -> [Bool] {
        var filter = DuplicateFilter()
        return articles.map { filter.isNew($0) }
    }

    static let story = """
        The city council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that \
        had lasted for more than three years. The mayor said work would begin in the spring and cost about twelve \
        million pounds, paid partly by a grant from the national government. Residents who had campaigned for the \
        bridge welcomed the decision, while opposition councillors said the cost was too high for a town of its size.
        """

    @Test func theSameStoryWithADifferentFooterIsARepeat() {
        #expect(Self.kept([Self.derived(Self.story),
                           Self.derived(Self.story + "\nRead more: sign up for our daily newsletter."),
                           Self.derived(Self.story.uppercased())]) == [true, false, false])
    }

    @Test func aDifferentStoryOnTheSameSubjectIsKept() {
        let followUp = """
            Opposition councillors on Wednesday asked for an independent review of the bridge plan, saying the \
            twelve million pound estimate left out the cost of closing the river road for two years. The mayor \
            rejected the request and said the grant from the national government would be lost if work were delayed.
            """
        #expect(Self.kept([Self.derived(Self.story), Self.derived(followUp)]) == [true, true])
    }

    @Test func aRepeatedLinkIsARepeatWhateverTheText() {
        #expect(Self.kept([Self.derived("Short item one.", url: "https://news.example/item"),
                           Self.derived("Short item two.", url: "http://www.news.example/item/")]) == [true, false])
    }

    @Test func textFilesAreAlwaysKept() throws {
        let article = try TestSupport.article(Self.story)
        #expect(Self.kept([article, article]) == [true, true])
    }
}
