import Testing
@testable import BriefingKit

/// Commitments stated as declared resolve ("is bent on", "is determined to", "is focused on")
/// and as a sought object ("is seeking congressional approval"), on small invented articles.
@Suite struct CommitmentResolveTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aCopulaOfResolveBindsItsActorToTheGerund() throws {
        let found = try commitments("Governor Tom Lake is bent on securing the nomination before the convention.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Tom Lake")
        #expect(item.modality == "resolved")
        #expect(item.polarity == .positive)
        #expect(item.action == "work toward securing the nomination before the convention")
        #expect(try commitments("Mayor Jane Roe is intent on rebuilding the port.").map(\.actor.name) == ["Jane Roe"])
        #expect(try commitments("Mayor Jane Roe is focused on rebuilding the port.").map(\.actor.name) == ["Jane Roe"])
    }

    @Test func determinedToBindsTheVerbAfterIt() throws {
        let found = try commitments("Mayor Jane Roe was still determined to veto the budget.")
        #expect(found.map(\.actor.name) == ["Jane Roe"])
        #expect(found.first?.action == "veto the budget")
    }

    @Test func focusedOnATopicIsNoCommitment() throws {
        #expect(try commitments("Mayor Jane Roe is focused on the economy.").isEmpty)
        #expect(try commitments("Mayor Jane Roe is focused on transparency.").isEmpty)
    }

    @Test func remainedCommittedToBindsLikeRemainsCommittedTo() throws {
        let found = try commitments("Governor Tom Lake remained committed to cutting the state payroll.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(found.first?.action == "stay committed to cutting the state payroll")
    }

    @Test func aSoughtObjectIsAnAimOfTheNamedActor() throws {
        let found = try commitments("Governor Tom Lake is seeking federal approval of the pipeline.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Tom Lake")
        #expect(item.modality == "seeks")
        #expect(item.action == "seek federal approval of the pipeline")
        // as any aim: not in someone else's report, nor for a generic organization
        #expect(try commitments("Critics say Governor Tom Lake seeks federal approval of the pipeline.").isEmpty)
        #expect(try commitments("Mayor Jane Roe spoke to Dayton Works. The group seeks federal approval of the pipeline.").isEmpty)
    }

    @Test func someoneElsesChargeOfResolveBindsNoOne() throws {
        #expect(try commitments("Senator Ann Vell said Governor Tom Lake is bent on starting a war with the unions.").isEmpty)
        #expect(try commitments("Democrats say Governor Tom Lake is determined to destroy the pension fund.").isEmpty)
        #expect(try commitments("Governor Tom Lake is bent on starting a war with the unions, Senator Ann Vell said.").isEmpty)
        #expect(try commitments("Governor Tom Lake is determined to close the port, according to Senator Ann Vell.").isEmpty)
        // the actor's own report of its resolve still binds
        #expect(try commitments("Governor Tom Lake said he is determined to balance the budget.").map(\.actor.name) == ["Tom Lake"])
    }

    @Test func aPastResolveTheSentenceDatesOrSettlesBindsNoOne() throws {
        #expect(try commitments("Governor Tom Lake was bent on winning the nomination last year, and he did.").isEmpty)
        #expect(try commitments("Governor Tom Lake was determined to win Iowa in 2016, but he lost the state.").isEmpty)
        // a year to come, or a time that dates the saying, settles nothing
        #expect(try commitments("Governor Tom Lake said on Tuesday that he was determined to pass a jobs bill in 2017.").map(\.actor.name) == ["Tom Lake"])
        #expect(try commitments("Governor Tom Lake said last week that he was determined to build the bridge.").map(\.actor.name) == ["Tom Lake"])
    }

    @Test func focusedOnANounInIngIsNoCommitment() throws {
        #expect(try commitments("Governor Tom Lake is focused on nothing but the general election.").isEmpty)
        #expect(try commitments("Governor Tom Lake is focused on housing for veterans.").isEmpty)
        #expect(try commitments("Governor Tom Lake is focused on building a new port.").map(\.actor.name) == ["Tom Lake"])
    }

    @Test func anInstitutionSeekingSomethingIsNoAim() throws {
        #expect(try commitments("Police are seeking the suspect, a man in his 30s.").isEmpty)
        // a party or a country seeking something is
        #expect(try commitments("The Democratic Party is seeking a new chairman.").map(\.actor.name) == ["Democratic Party"])
    }

}
