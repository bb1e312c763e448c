import Testing
@testable import BriefingKit

/// Pledges of a thing rather than of an act ("promised mass deportation") on small invented
/// articles, and a clause's subject that names no actor.
@Suite struct CommitmentPledgedObjectTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aPledgedThingIsAPositiveCommitment() throws {
        let found = try commitments("Governor Tom Lake promised a new bridge for the river towns.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Tom Lake")
        #expect(item.polarity == .positive)
        #expect(item.action == "deliver a new bridge for the river towns")
        #expect(try commitments("Mayor Jane Roe has sought to calm the city by pledging further police reform.").map(\.actor.name)
                == ["Jane Roe"])
    }

    @Test func anAdjectiveANounOrAClauseIsNoPledgedThing() throws {
        // "pledged" describing delegates, "promises" as a noun
        #expect(try commitments("Mayor Jane Roe leads by 400 pledged delegates in the count.").isEmpty)
        #expect(try commitments("Voters tired of empty promises by Mayor Jane Roe stayed home.").isEmpty)
        // a person or a clause after the verb
        #expect(try commitments("Mayor Jane Roe promised him nothing at the meeting.").isEmpty)
        #expect(try commitments("Mayor Jane Roe promises the county will pave the road.").allSatisfy { $0.action != "deliver the county will pave the road" })
    }

    @Test func aNameThatIsNoActorEndsTheSearchForAClauseSubject() throws {
        // the clause after the comma is Zed's, whom the text never names as an actor
        let found = try commitments("Mayor Jane Roe claimed that the plan was dead, Zed won the seat by promising new parks.")
        #expect(found.allSatisfy { $0.actor.name != "Jane Roe" })
    }
}
