import Testing
@testable import BriefingKit

/// What unnamed others say an actor will do ("Some Democrats say Perez would …", "critics say
/// he will …") is their claim about the actor, not the actor's pledge; their own "they will"
/// stays theirs, and a named reporter still reports the actor's pledge.
@Suite struct CommitmentHearsayTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func othersClaimAboutAnActorIsNoPledge() throws {
        #expect(try commitments("Mayor Jane Roe spoke on Monday. Some party strategists said Roe would cut the harbor levy.").isEmpty)
        #expect(try commitments("Mayor Jane Roe spoke on Monday. Critics say she will cut the harbor levy.").isEmpty)
        #expect(try commitments("Mayor Jane Roe spoke on Monday. Many observers now say Roe will veto the budget.").isEmpty)
        #expect(try commitments("Mayor Jane Roe spoke on Monday. Critics of the plan say Roe will cut the levy.").isEmpty)
        #expect(try commitments("Mayor Jane Roe spoke on Monday. Critics say that while Roe will cut the levy, she will raise fees.").isEmpty)
    }

    @Test func theirOwnPledgeAndANamedReportStillBind() throws {
        let own = try commitments("Several senators said they will vote against the harbor levy.")
        #expect(own.count == 1)
        let named = try commitments("Mayor Jane Roe spoke on Monday. Her spokesman Tim Moore said Roe will cut the harbor levy.")
        #expect(named.map(\.actor.name) == ["Jane Roe"])
        // a clause after "but" is the writer's again
        let afterBut = try commitments("Mayor Jane Roe spoke on Monday. Critics say the levy is high, but Roe will cut it next year.")
        #expect(afterBut.map(\.actor.name) == ["Jane Roe"])
    }
}
