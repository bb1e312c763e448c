import Testing
@testable import BriefingKit

/// Open questions on small invented articles: which sentences leave something unresolved, and
/// how the question is put.
@Suite struct OpenQuestionTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] {
        let article = try TestSupport.article("Council news\n" + body + "\n")
        return ArticleExtractor().extract(article).openQuestions
    }

    @Test func whetherClauseBecomesTheQuestion() throws {
        let found = try questions("It was unclear whether the council was ready to vote.")
        #expect(found.first?.kind == .uncertain)
        #expect(found.first?.question == "Was the council ready to vote?")
    }

    @Test func conditionFollowsTheOutcome() throws {
        let found = try questions("If the bill fails, the mayor will call new elections.")
        #expect(found.first?.kind == .conditional)
        #expect(found.first?.question == "Will the mayor call new elections if the bill fails?")
    }

    @Test func genericAndComparativeIfAreNoConditions() throws {
        #expect(try questions("If you like the park, you can keep visiting it.").isEmpty)
        #expect(try questions("The mayor acted as if the vote would never come.").isEmpty)
    }

    @Test func yesNoQuestionCountsButNotAWhQuestion() throws {
        #expect(try questions("Will the council approve the plan?").map(\.kind) == [.explicit])
        #expect(try questions("Who is to blame for the delay?").isEmpty)
    }

    @Test func manyQuestionsAreRhetorical() throws {
        let body = "Is it fair? Is it wise? Is it legal? Is it needed? The council will not say."
        #expect(try questions(body).allSatisfy { $0.kind != .explicit })
    }
}
