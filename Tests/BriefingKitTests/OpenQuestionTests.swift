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

    @Test func quotedYesNoQuestionCounts() throws {
        let found = try questions("Mayor Jane Roe asked: \u{201C}Will the state pay for the bridge?\u{201D}")
        #expect(found.map(\.kind) == [.explicit])
        #expect(found.first?.question == "Will the state pay for the bridge?")
        // a quoted question put to a listener is conversation
        #expect(try questions("Mayor Jane Roe asked the crowd, \u{201C}Do you like the park?\u{201D}").isEmpty)
    }

    @Test func notYetAndLawsuitsArePending() throws {
        #expect(try questions("The council hasn\u{2019}t yet approved the budget.").map(\.kind) == [.pending])
        #expect(try questions("The council still has not approved the budget.").map(\.kind) == [.pending])
        #expect(try questions("Residents filed a class-action lawsuit against the council.").map(\.kind) == [.pending])
    }

    @Test func outcomeBeforeAConditionStartsAfterThat() throws {
        let found = try questions("Mayor Jane Roe conceded that the council might close the library if the budget fails.")
        #expect(found.first?.kind == .conditional)
        #expect(found.first?.question == "Might the council close the library if the budget fails?")
    }

    @Test func claimQuestionDropsALeadingConjunction() throws {
        let found = try questions("But the mayor denied that the library was closed.")
        #expect(found.first?.kind == .disputed)
        #expect(found.first?.question == "Is it true that the mayor denied that the library was closed?")
    }

    @Test func pastCounterfactualIsNoCondition() throws {
        #expect(try questions("If the mayor had won the vote, the council would have closed the library.").isEmpty)
        #expect(try questions("The council might close the library if it had to cut the budget.").map(\.kind) == [.conditional])
    }

    @Test func unclearIfIsAskedLikeWhether() throws {
        let found = try questions("It is unclear if the council can pass the budget.")
        #expect(found.first?.kind == .uncertain)
        #expect(found.first?.question == "Can the council pass the budget?")
        let check = try questions("The bridge will be examined to determine if it had been built as designed.")
        #expect(check.map(\.kind) == [.uncertain])
        #expect(check.first?.question.hasPrefix("Had it been built") == true)
    }
}
