import Testing
@testable import BriefingKit

/// Questions the text says are raised about something, as open questions; on small invented
/// articles.
@Suite struct RaisedQuestionsTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] { try TestSupport.openQuestions(body) }

    @Test func raisedQuestionsAboutAThingAskForAnAnswer() throws {
        let found = try questions("The audit has raised questions about the harbor board's spending on dredging.")
        #expect(found.map(\.kind) == [.uncertain])
        #expect(found.first?.question == "Will the questions about the harbor board's spending on dredging be answered?")
        #expect(try questions("The vote gave rise to new questions over the levy.").first?.question
                == "Will the questions about the levy be answered?")
    }

    @Test func questionsAboutAWhClauseAskItMadeKnown() throws {
        let found = try questions("There are questions about how much the mayor knew about the audit, given the timing.")
        #expect(found.first?.question == "Will it be made known how much the mayor knew about the audit?")
    }

    @Test func questionsPutAtAnEventOrInThePastAreNotRaised() throws {
        #expect(try questions("The mayor faced questions about the audit at the town hall on Monday.").isEmpty)
        #expect(try questions("Voters at the pier will pose questions about the levy to the candidates.").isEmpty)
        #expect(try questions("There were questions about the levy in the first weeks of the campaign.").isEmpty)
        #expect(try questions("The mayor said reporters who raise questions about the audit are biased.").isEmpty)
    }

    @Test func questionsDeniedAnsweredOrQuotedAreNotRaised() throws {
        #expect(try questions("The audit did not raise questions about the harbor board's spending.").isEmpty)
        #expect(try questions("The audit raised no new questions about the harbor board's spending.").isEmpty)
        #expect(try questions("There are no more questions about the levy, the judge ruled.").isEmpty)
        #expect(try questions("The mayor will face more questions about the audit at Thursday's hearing.").isEmpty)
        #expect(try questions("Reporters asked tough questions about the levy, and the mayor answered them all.").isEmpty)
        #expect(try questions("“This raises serious questions about the levy,” Mayor Dana Hill said of the harbor board.").isEmpty)
    }

    @Test func aNegationOutsideTheVerbGroupDeniesNoQuestion() throws {
        let expected = "Will the questions about the harbor board's spending be answered?"
        // the negation sits in a relative clause
        #expect(try questions("The loan, which was not disclosed, raised new questions about the harbor board's spending.")
            .map(\.question) == [expected])
        #expect(try questions("Critics did not hesitate to raise questions about the harbor board's spending.").map(\.question) == [expected])
        // "not only … but also": the topic ends before "but"
        #expect(try questions("The memo not only raised questions about the harbor board's spending but also about its staff.")
            .map(\.question) == [expected])
    }

    @Test func aTopicThatMakesNoQuestionGivesNoItem() throws {
        // the topic's phrasing fails: no generic question in its place
        #expect(try questions("The audit raised new questions about the, well, spending.").isEmpty)
    }
}
