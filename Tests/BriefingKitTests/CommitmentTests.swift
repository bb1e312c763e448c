import Testing
@testable import BriefingKit

/// Commitments on small invented articles: what binds an actor, and what is only a
/// prediction, a poll, a demand or a hypothetical.
@Suite struct CommitmentTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] {
        let article = try TestSupport.article("Council news\n" + body + "\n")
        return ArticleExtractor().extract(article).commitments
    }

    @Test func pledgeWithLimitAndTimeframe() throws {
        let found = try commitments("Mayor Jane Roe said on Friday that she will open three new libraries next year but not in the old town.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Jane Roe")
        #expect(item.polarity == .positive)
        #expect(item.action == "open three new libraries next year")
        #expect(item.limits == ["not in the old town"])
        #expect(item.timeframe == "next year")
    }

    @Test func aPromiseWhoseObjectStandsBeforeItInARelativeClauseIsNoCommitment() throws {
        // "bridge" has no object after it: what follows belongs to another clause
        let found = try commitments("The divisions that Mayor Jane Roe promised to bridge have only grown deeper.")
        #expect(found.isEmpty)
        let kept = try commitments("Mayor Jane Roe promised to bridge the divisions in the council.")
        #expect(kept.first?.action == "bridge the divisions in the council")
    }

    @Test func refusalIsNegative() throws {
        let found = try commitments("Governor Tom Lake refused to sign the budget.")
        #expect(found.map(\.polarity) == [.negative])
    }

    @Test func predictionsAndPollsAreNotCommitments() throws {
        #expect(try commitments("Analysts say Governor Tom Lake will lose the election.").isEmpty)
        #expect(try commitments("In the survey, 40 percent of voters said they would back Tom Lake.").isEmpty)
    }

    @Test func speechRefusalIsNotACommitment() throws {
        #expect(try commitments("Governor Tom Lake declined to comment on the budget.").isEmpty)
    }

    @Test func demandOnOthersIsNotACommitment() throws {
        #expect(try commitments("Senator Ann Bell called for the mayor's resignation.").isEmpty)
    }

    @Test func firstPersonInAQuoteBindsTheSpeaker() throws {
        let found = try commitments("\"We are going to build the bridge,\" Governor Tom Lake said.")
        #expect(found.first?.actor.name == "Tom Lake")
    }

    @Test func conditionIsKept() throws {
        let found = try commitments("Senator Ann Bell said she would resign if the bill fails.")
        #expect(found.first?.condition == "if the bill fails")
    }
}
