import Testing
@testable import BriefingKit

/// Declared support ("reiterated his support for …"), a participial "calling for", a decision
/// against an act, and "once" as an adverb, on small invented articles.
@Suite struct CommitmentDeclaredSupportTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func restatingOrPledgingSupportBindsToSupport() throws {
        let found = try commitments("Senator Dana Hill of Ohio spoke on Monday. Ms. Hill reiterated her support for the farm bill.")
        let item = try #require(found.first)
        #expect(found.count == 1)
        #expect(item.actor.name == "Dana Hill")
        #expect(item.polarity == .positive)
        #expect(item.action == "support the farm bill")
        let pledged = try commitments("Governor Tom Lake officially pledged his support to the Hill campaign on Friday.")
        #expect(pledged.map(\.actor.name) == ["Tom Lake"])
        let continued = try commitments("Governor Tom Lake continued to affirm his support for the farm bill.")
        #expect(continued.map(\.action) == ["support the farm bill"])
    }

    @Test func anEndorsementMadeOnceOrADescribedSupportIsNone() throws {
        // a one-time endorsement binds nothing further
        #expect(try commitments("Governor Tom Lake threw his support behind Senator Dana Hill on Wednesday.").isEmpty)
        #expect(try commitments("Governor Tom Lake announced his support for Senator Dana Hill on Wednesday.").isEmpty)
        // words that describe the support, or an embedded or denied declaration
        #expect(try commitments("Governor Tom Lake expressed support for the victims of the flood.").isEmpty)
        #expect(try commitments("Governor Tom Lake has not reiterated his support for the farm bill.").isEmpty)
        #expect(try commitments("Governor Tom Lake reiterated that support for the farm bill was strong.").isEmpty)
    }

    @Test func aParticipialCallForIsTheClauseSubjectsProposal() throws {
        let found = try commitments("Governor Tom Lake has repudiated free trade, calling for heavy tariffs on imported steel.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Tom Lake")
        #expect(item.action.hasPrefix("call for heavy tariffs"))
        // a gerund after a possessive names the call, it does not make it
        #expect(try commitments("Governor Tom Lake said videos of his calling for tariffs would not change his mind.")
            .allSatisfy { !$0.action.contains("tariffs") })
    }

    @Test func decidingAgainstAnActRefusesIt() throws {
        let found = try commitments("The Labor Department has decided against revisiting the 2004 rules.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Labor Department")
        #expect(item.polarity == .negative)
        #expect(item.action == "go ahead with revisiting the 2004 rules")
    }

    @Test func onceAfterADeterminerOrBeforeEveryIsNoCondition() throws {
        let stolid = try commitments("Governor Tom Lake reiterated his support for the farm bill, throwing the once stolid party into disarray.")
        #expect(try #require(stolid.first).condition == nil)
        let yearly = try commitments("The Labor Department will update the rule once every three years.")
        #expect(try #require(yearly.first).condition == nil)
        let real = try commitments("The Labor Department will update the rule once it has the money.")
        #expect(real.first?.condition == "once it has the money")
    }

    @Test func aWordThatWeakensOrDeniesTheSupportDeclaresNone() throws {
        #expect(try commitments("Senate Republicans signaled little support for the plan on Tuesday.").isEmpty)
        #expect(try commitments("Sen. Ann Bell signaled no support for the measure on Tuesday.").isEmpty)
        let full = try commitments("Sen. Ann Bell reiterated her full support for the bill.")
        #expect(full.map(\.polarity) == [.positive])
    }

    @Test func aParticipleDescribingTheNounBeforeItIsNotTheSubjectsCall() throws {
        #expect(try commitments("Sen. Tom Lake met with activists calling for a $15 minimum wage.").isEmpty)
        let own = try commitments("Sen. Tom Lake has repudiated free trade, calling for heavy tariffs on imports.")
        #expect(own.map(\.actor.name) == ["Tom Lake"])
    }

    @Test func anOwnerOrAnAdjectiveThatDoesNotWeakenItStillDeclares() throws {
        let found = try commitments("Sen. Ann Bell reaffirmed U.S. support for Israel on Monday.")
        #expect(found.map(\.polarity) == [.positive])
    }
}
