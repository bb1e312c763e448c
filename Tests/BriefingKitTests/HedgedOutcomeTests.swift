import Testing
@testable import BriefingKit

/// The writer's hedge ("could", "may", "might") asked as an open question in an article that
/// raises little else, on small invented articles.
@Suite struct HedgedOutcomeTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] { try TestSupport.openQuestions(body) }

    @Test func aHedgeIsAskedAsTheHedgedClause() throws {
        let found = try questions("The city council approved the budget on Monday. The new levy could fail in the spring vote.")
        #expect(found.map(\.question) == ["Could the new levy fail in the spring vote?"])
        #expect(found.first?.kind == .uncertain)
        #expect(found.first?.evidence.text == "The new levy could fail in the spring vote")
        // "may" is asked as "might": a question opening on "May" reads as asking leave
        #expect(try questions("The voters may reject the harbor plan.").map(\.question) == ["Might the voters reject the harbor plan?"])
    }

    @Test func aHedgeInsideAnotherClauseIsAskedOnItsOwn() throws {
        #expect(try questions("The shake-up was viewed as a sign his campaign may be in trouble.").map(\.question)
            == ["Might his campaign be in trouble?"])
    }

    @Test func onlyTheFirstHedgeIsAsked() throws {
        #expect(try questions("The levy could fail in the spring vote. The harbor might close by June.").map(\.question)
            == ["Could the levy fail in the spring vote?"])
    }

    @Test func anArticleThatRaisesThreeQuestionsHasNoHedgeAsked() throws {
        let found = try questions("""
            It is unclear whether the mayor will run. It is unclear whether the levy will pass. It is unclear whether \
            the harbor will reopen. The new levy could fail in the spring vote.
            """)
        #expect(found.count == 3)
        #expect(!found.contains { $0.question.contains("fail") })
    }

    @Test func modalsThatHedgeNoOutcomeAreNotAsked() throws {
        // negated, the past of "can" with a verb of perceiving, a description of people
        #expect(try questions("The mayor could not be reached. She could hear the crowd outside. Voters who could swing the race stayed home.").isEmpty)
        // a speaker's words, a concession answered by "but", the month
        #expect(try questions("“The levy could fail,” the mayor said.").isEmpty)
        #expect(try questions("The two may be political opposites, but they agree on the harbor.").isEmpty)
        #expect(try questions("The council will meet again on May 4 to hear the report.").allSatisfy { !$0.question.hasPrefix("Might") })
    }

    @Test func thePermissionARuleGivesIsNoHedge() throws {
        #expect(try questions("Under the new rules, each state may send 10 delegates to the convention.").isEmpty)
        #expect(try questions("Sen. Ann Bell might as well retire, her aides joked.").allSatisfy { !$0.question.contains("as well") })
    }

    @Test func aLawThatMayBeStruckDownIsStillAHedge() throws {
        let found = try questions("The new law may be struck down by the Supreme Court.")
        #expect(found.map(\.question) == ["Might the new law be struck down by the Supreme Court?"])
    }

    @Test func aHedgedClauseRunningIntoTheSentencesVerbIsNotAskedWhole() throws {
        let asked = try TestSupport.openQuestions("The talk that the levy could pass the council has gripped the harbor.").map(\.question)
        #expect(!asked.contains { $0.contains("has gripped") })
    }

}
