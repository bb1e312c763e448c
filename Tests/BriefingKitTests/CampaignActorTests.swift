import Testing
@testable import BriefingKit

/// A candidate's campaign as an organization: one actor, "Surname campaign", for "the Vance
/// camp", "Vance’s campaign" and a "his campaign" that acts, resolved to the one person it can
/// mean; none for the campaign as a period of time or an ambiguous pronoun.
@Suite struct CampaignActorTests {
    static func actors(_ body: String) throws -> [ActorRecord] {
        try TestSupport.record("Campaign trail notes\n" + body + "\n").actors
    }

    @Test func aCampaignThatActsAfterHisOrHerIsTheCampaignOfTheOnePersonBefore() throws {
        let actors = try Self.actors("Senator Dana Orrin toured the mill towns on Monday. Her campaign released new figures on Tuesday.")
        let campaign = try #require(actors.first { $0.name == "Orrin campaign" }, "'her campaign' is the senator's")
        #expect(campaign.kind == .organization)
        #expect(campaign.mentions.map(\.text) == ["Her campaign"])
    }

    @Test func aCampaignBesideItsCandidateIsAnOrganization() throws {
        let actors = try Self.actors("Mark Hale spoke in Dayton. Reporters questioned Paul Vance and his campaign about the loans.")
        #expect(actors.contains { $0.name == "Vance campaign" && $0.kind == .organization }, "the man before 'and', not Hale")
        let unknown = try Self.actors("""
            Paul Vance spoke in Dayton. Quorra said the plant was safe. \
            Vance has not discussed Quorra and his campaign did not reply.
            """)
        #expect(!unknown.contains { $0.name == "Quorra campaign" }, "a name of no known gender is no candidate")
    }

    @Test func theCampaignThatActsIsTheCampaignNamedBefore() throws {
        let actors = try Self.actors("""
            Dana Orrin toured the mill towns. The Orrin campaign bought airtime in Ohio.
            The campaign is paying canvassers to knock on doors.
            """)
        let campaign = try #require(actors.first { $0.name == "Orrin campaign" })
        #expect(campaign.mentions.map(\.text) == ["Orrin campaign", "The campaign"])
    }

    @Test func noCampaignWhenTwoPeopleFitOrTheCampaignIsATime() throws {
        let two = try Self.actors("Paul Vance met Mark Hale in Dayton. His campaign released new figures on Tuesday.")
        #expect(!two.contains { $0.name.hasSuffix("campaign") }, "'his' may mean either man")
        let time = try Self.actors("""
            Dana Orrin spoke in Dayton. The focus of her campaign was jobs. \
            Orrin has praised the mills throughout her campaign.
            """)
        #expect(!time.contains { $0.name.hasSuffix("campaign") })
    }

    @Test func aCandidatesCampIsTheirCampaign() throws {
        let actors = try Self.actors("""
            Paul Vance spoke on Monday. The Vance camp rejected the poll. \
            Vance’s campaign then released its own.
            """)
        let campaigns = actors.filter { $0.name.hasSuffix("campaign") }
        #expect(campaigns.map(\.name) == ["Vance campaign"], "one actor for both spellings")
        #expect(campaigns.first?.mentions.count == 2)
    }

    @Test func aQuotedSlogansCampaignIsNoCandidatesCampaign() throws {
        let actors = try Self.actors("Paul Vance spoke on Monday. Many in the 'Never Vance' campaign stayed home.")
        #expect(!actors.contains { $0.name.hasSuffix("campaign") })
    }
}
