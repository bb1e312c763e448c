import Testing
@testable import BriefingKit

/// Open questions of sentences that no cue word of the extractor raises, found by their own
/// rules, on small invented articles.
@Suite struct OpenQuestionUnmarkedTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] { try TestSupport.openQuestions(body) }

    @Test func aClaimReportedWithTheVerbIsAsked() throws {
        let that = try questions("Tom Hale claimed that the harbor audit was never filed.")
        #expect(that.map(\.kind) == [.disputed])
        #expect(that.first?.question == "Is it true that the harbor audit was never filed?")
        #expect(try questions("The mayor claims he never saw the ferry report.").first?.question
                == "Is it true that he never saw the ferry report?")
        #expect(try questions("The union flyer claims the new levy is a tax on renters.").first?.question
                == "Is it true that the new levy is a tax on renters?")
    }

    @Test func claimsThatTakeNoClauseAreNotAsked() throws {
        #expect(try questions("The rebels claimed responsibility for the harbor blast.").isEmpty)
        #expect(try questions("Her claim that the dam leaked was repeated at the hearing.").isEmpty)
        #expect(try questions("Nobody could stop the mayor from claiming the ferry prize was his.").isEmpty)
        #expect(try questions("The claims that were filed last spring reached the ferry board.").isEmpty)
    }

    @Test func aClaimRepeatedLaterIsAskedOnce() throws {
        let found = try questions("Tom Hale claimed that the harbor audit was never filed.\n\nOn Monday, Tom Hale claimed that the harbor audit was never filed.")
        #expect(found.count == 1)
    }

    @Test func anUnansweredRequestForCommentIsAwaited() throws {
        let found = try questions("The harbor board did not immediately respond to a request for comment.")
        #expect(found.map(\.kind) == [.pending])
        #expect(found.first?.question == "Will the harbor board respond?")
        #expect(try questions("The ferry office also didn't return calls seeking comment.").first?.question == "Will the ferry office respond?")
        #expect(try questions("The harbor board declined to comment.").isEmpty)
        #expect(try questions("The mayor did not respond to the charge in her speech.").isEmpty)
    }

    @Test func aContestWithItsLikelyOutcomeIsAskedHowItEnds() throws {
        let risk = try questions("Jane Roe is at risk of losing her harbor seat to Tom Hale.")
        #expect(risk.map(\.kind) == [.pending])
        #expect(risk.first?.question == "Will Jane Roe lose her harbor seat to Tom Hale?")
        #expect(try questions("Jane Roe is the favorite to win the harbor runoff.").first?.question == "Will Jane Roe win the harbor runoff?")
        #expect(try questions("Jane Roe will face Democrat Tom Hale in November.").first?.question
                == "Will Jane Roe beat Democrat Tom Hale in November?")
        #expect(try questions("The ferry plan will face full-throated opposition from the board.").isEmpty)
    }
}
