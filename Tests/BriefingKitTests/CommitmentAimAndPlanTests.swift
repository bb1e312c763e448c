import Testing
@testable import BriefingKit

/// Commitments stated as aims and plans, or in a partial quotation, on small invented
/// articles: what binds the actor, and what stays someone else's claim.
@Suite struct CommitmentAimAndPlanTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aStatedAimBindsTheNamedActor() throws {
        let found = try commitments("Mayor Jane Roe aims to build on the city's housing program.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Jane Roe")
        #expect(item.modality == "aims")
        #expect(item.action == "seek to build on the city's housing program")
        #expect(try commitments("Governor Tom Lake is seeking to cut the state payroll.").map(\.actor.name) == ["Tom Lake"])
    }

    @Test func anAimSomeoneElseReportsOrAGenericOrganizationsAimIsNoCommitment() throws {
        #expect(try commitments("Critics say Governor Tom Lake hopes to cut the state payroll.").isEmpty)
        #expect(try commitments("Mayor Jane Roe spoke to Dayton Works. The group seeks to register new voters.").isEmpty)
        // an aim needs a verb after its "to", and one before a past verb is in a relative clause
        #expect(try commitments("Governor Tom Lake seeks to the top of the ticket.").isEmpty)
        #expect(try commitments("The party Governor Tom Lake aims to lead yawned at the plan.").isEmpty)
    }

    @Test func aPartialQuotationThatOpensAtTheModalBindsTheSubjectBeforeIt() throws {
        let found = try commitments("An aide said on Monday that Mayor Jane Roe \"will meet with any council member who asks.\"")
        #expect(found.map(\.actor.name) == ["Jane Roe"])
        #expect(found.first?.action == "meet with any council member who asks")
    }

    @Test func aNegatedPlanIsANegativeCommitment() throws {
        let found = try commitments("Governor Tom Lake does not plan to endorse anyone in the primary.")
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.first?.action == "endorse anyone in the primary")
        #expect(try commitments("Governor Tom Lake has no plan to leave the race.").map(\.polarity) == [.negative])
    }

    @Test func withPlansToAfterAClauseBindsTheClausesSubject() throws {
        let found = try commitments("Governor Tom Lake toured Dayton last week, with plans to return in the spring.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(found.first?.action == "return in the spring")
    }

    @Test func herCampaignIsTheCampaignOfThePersonItRefersTo() throws {
        let found = try commitments("Ann Bell spoke in Dayton on Monday. Her campaign is planning to air a new ad in Ohio.")
        #expect(found.map(\.actor.name) == ["Bell campaign"])
    }

    @Test func aConditionEndsAtAQuotationOrAtTheSpeakersOwnModal() throws {
        let quoted = try commitments("Governor Tom Lake says if reelected in May “I will work closely with the council.”")
        #expect(quoted.map(\.actor.name) == ["Tom Lake"])
        #expect(quoted.first?.condition == "if reelected in May")
        let unmarked = try commitments("“If a bill is proposed we will consider it,” Governor Tom Lake said.")
        #expect(unmarked.map(\.actor.name) == ["Tom Lake"])
        #expect(unmarked.first?.condition == "If a bill is proposed")
        // someone reported inside the condition stays hypothetical
        #expect(try commitments("Aides asked what would happen if Governor Tom Lake announced he would not run.").isEmpty)
    }

    @Test func getOutIsAnActNotAnOutcome() throws {
        let found = try commitments("“We are going to get out the message on jobs,” Governor Tom Lake said.")
        #expect(found.first?.action == "get out the message on jobs")
        #expect(try commitments("Governor Tom Lake said he will get a fair hearing.").isEmpty)
    }

    @Test func aFutureMadeClearIsReportedSpeech() throws {
        let found = try commitments("Governor Tom Lake has made it clear that he would sign the budget.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
    }
}
