import Testing
@testable import BriefingKit

/// Information a party keeps back, told in the writer's words, as an open question; on small
/// invented articles.
@Suite struct WithheldInformationTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] { try TestSupport.openQuestions(body) }

    @Test func notSayingWhatIsAskedAsMadeKnown() throws {
        let found = try questions("The harbor board isn't saying which contractors it will hire for the dredging work.")
        #expect(found.map(\.kind) == [.uncertain])
        #expect(found.first?.question == "Will it be made known which contractors it will hire for the dredging work?")
    }

    @Test func informationNotHandedOverIsAskedWithTheVerbsBase() throws {
        let report = try questions("The audit did not provide evidence that the fund was touched.")
        #expect(report.map(\.kind) == [.uncertain])
        #expect(report.first?.question == "Will the audit provide evidence that the fund was touched?")
        // auxiliaries and adverbs between subject and cue are not the subject; a list after a comma stays whole
        let release = try questions("Mayor Jane Roe has so far declined to release the names, dates and fees of her donors.")
        #expect(release.first?.question == "Will Mayor Jane Roe release the names, dates and fees of her donors?")
        // a comma before another clause ends what is kept back
        let details = try questions("The port did not offer details, but dockworkers said the cranes were idle.")
        #expect(details.first?.question == "Will the port offer details?")
    }

    @Test func aRequestLeftUnansweredAwaitsAResponse() throws {
        let found = try questions("The Roe campaign did not immediately respond to a request for comment.")
        #expect(found.map(\.kind) == [.pending])
        #expect(found.first?.question == "How will the Roe campaign respond?")
        #expect(try questions("Dana Hill and Tom Hale did not immediately return a request seeking comment.").first?.question
                == "How will Dana Hill and Tom Hale respond?")
        // no answer awaited: not "immediately"
        #expect(try questions("The Roe campaign did not return a message left on Friday.").isEmpty)
    }

    @Test func handingOverSomethingElseIsNoWithholding() throws {
        #expect(try questions("The mill does not offer workers a single day of paid leave.").isEmpty)
        #expect(try questions("Apparently, the mayor did not give up on the harbor plan.").isEmpty)
        #expect(try questions("The warden refused to release the prisoners before the hearing.").isEmpty)
    }

    @Test func passivesCommentsBareVerbsAndClaimsAreNoWithholding() throws {
        #expect(try questions("The price of the harbor land was not disclosed.").isEmpty)
        #expect(try questions("A spokesman for the port declined to comment.").isEmpty)
        #expect(try questions("The campaign did not elaborate.").isEmpty)
        #expect(try questions("Roe has not said that the fund is safe.").isEmpty)
        #expect(try questions("Roe hasn't indicated any interest in the harbor post.").isEmpty)
    }

    @Test func subordinateQuotedFirstPersonOrPastAbilityIsNoWithholding() throws {
        #expect(try questions("Voters saw a weakness she did not reveal in the first campaign.").isEmpty)
        #expect(try questions("The crowd jeered after Roe refused to say which contractors she favored.").isEmpty)
        #expect(try questions("“I won't reveal the terms of the deal,” Roe said at the pier.").isEmpty)
        #expect(try questions("At the hearing we did not provide the figures for the dredging work.").isEmpty)
        #expect(try questions("Hale said Roe could not answer questions on the budget.").isEmpty)
    }

    @Test func aResponseAnswersARequestOrEndsTheClause() throws {
        #expect(try questions("Mayor Jane Roe did not immediately return to the harbor after the rally.").isEmpty)
        #expect(try questions("Mayor Jane Roe did not immediately respond to the protesters at the pier.").isEmpty)
        #expect(try questions("The Roe campaign did not immediately return phone calls on Friday.").first?.question
                == "How will the Roe campaign respond?")
        #expect(try questions("The Roe campaign did not immediately respond.").first?.question == "How will the Roe campaign respond?")
        // a cut-off line with no closing period
        #expect(try questions("The Roe campaign did not immediately respond").first?.question == "How will the Roe campaign respond?")
    }

    @Test func aWithholdingClaimedInAnAsideIsTheSpeakers() throws {
        #expect(try questions("The audit did not provide evidence, Mayor Jane Roe said, that the fund was touched.").isEmpty)
    }

    @Test func aWithholdingThatMakesNoQuestionGivesNoItem() throws {
        // no subject the question can name: no generic "How will it turn out?"
        #expect(try questions("In a statement on Monday the campaign did not provide details about the breach.").isEmpty)
    }
}
