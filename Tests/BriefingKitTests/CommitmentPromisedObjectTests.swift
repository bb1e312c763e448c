import Testing
@testable import BriefingKit

/// A promise whose object is a noun phrase ("promised a new bridge", "by pledging lower taxes"),
/// and the clauses, passives, noun participles and refusals that are none, on small invented articles.
@Suite struct CommitmentPromisedObjectTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aPromisedNounPhraseIsTheAction() throws {
        let found = try commitments("Governor Tom Lake promised a new bridge for the county.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(found.map(\.polarity) == [.positive])
        #expect(found.map(\.action) == ["deliver a new bridge for the county"])
        let gerund = try commitments("Governor Tom Lake won the election by promising lower taxes.")
        #expect(gerund.map(\.action) == ["deliver lower taxes"])
        let vote = try commitments("Governor Tom Lake pledged her vote to Senator Dan Ray.")
        #expect(vote.map(\.actor.name) == ["Tom Lake"])
    }

    @Test func aClauseAPassiveANounParticipleOrARefusalIsNoPromisedObject() throws {
        // the reported clause binds as a future, not the words before it as an object
        #expect(try commitments("Governor Tom Lake promised voters that he would cut taxes.").map(\.action) == ["cut taxes"])
        #expect(try commitments("The workers were promised a raise by Governor Tom Lake.").isEmpty)
        #expect(try commitments("Governor Tom Lake has won more pledged delegates than Senator Dan Ray.").isEmpty)
        #expect(try commitments("Governor Tom Lake promised no new taxes.").isEmpty)
        #expect(try commitments("Governor Tom Lake promised him a job.").isEmpty)
        // a relative clause on the promised thing: what follows is the main verb
        #expect(try commitments("The bridge Governor Tom Lake promised costs far more than expected.").isEmpty)
    }
}
