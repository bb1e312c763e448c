import Testing
@testable import BriefingKit

/// The order of the actor list: the actors a summary would name first, by how much of the
/// story they run through rather than how often one passage repeats them.
@Suite struct ActorSalienceTests {
    static func ranked(_ body: String) throws -> [String] {
        try TestSupport.record("Council news\n" + body + "\n").actors.map(\.name)
    }

    @Test func theActorTheStoryReturnsToOutranksOneQuotedAtLength() throws {
        let names = try Self.ranked("""
            Dana Hill unveiled a housing plan on Monday.
            “It is a disgrace,” said Omar Vance, a landlord. “Nobody asked us,” Vance said. “We will fight it,” Vance added.
            The council debated the plan for an hour.
            Hill defended the plan at the council.
            Critics of the plan stayed away, and Hill thanked the clerks.
            Hill will present the plan again in May.
            """)
        let hill = try #require(names.firstIndex(of: "Dana Hill"))
        let vance = try #require(names.firstIndex(of: "Omar Vance"))
        #expect(hill < vance)
    }

    @Test func aQualifiedPublicOutranksAPersonNamedInPassing() throws {
        let names = try Self.ranked("""
            The housing plan reached the floor on Monday.
            Democratic senators met before the vote.
            The clerks counted the ballots.
            The vote was close.
            Democratic senators then asked for a recount.
            The result was announced at noon, and Lou Perrin was there.
            Democratic senators left the chamber.
            Perrin went home.
            """)
        let senators = try #require(names.firstIndex(of: "Democratic senators"))
        let perrin = try #require(names.firstIndex(of: "Lou Perrin"))
        #expect(senators < perrin)
    }

    @Test func aNameInsideATitleCaseHeadlineCountsAsItsHeadlineMention() throws {
        let text = """
            Harbor Board Rebuffs Priya Nand Over Ferry Fares
            Tomas Okafor opened the harbor meeting on Tuesday.
            Priya Nand asked the board for lower ferry fares.
            The board voted against the request.
            Okafor thanked the members.
            Nand left early.
            """
        let record = try TestSupport.record(text + "\n")
        let names = record.actors.map(\.name)
        let nand = try #require(names.firstIndex(of: "Priya Nand"))
        let okafor = try #require(names.firstIndex(of: "Tomas Okafor"))
        #expect(nand < okafor)
        let mentions = try #require(record.actors.first { $0.name == "Priya Nand" }).mentions.map(\.text)
        #expect(mentions.count == 3)
    }

    @Test func aPartyNamedOnlyToQualifyARaceRanksBelowAPersonInIt() throws {
        let record = try TestSupport.record("""
            Council news
            The GOP primary opens in Ohio on Monday.
            The GOP debate drew a large crowd.
            Voters watched the GOP debate at home.
            The GOP field is crowded.
            Mara Quill spoke at the library.
            Quill thanked the volunteers.

            """)
        let names = record.actors.map(\.name)
        let quill = try #require(names.firstIndex(of: "Mara Quill"))
        let party = try #require(names.firstIndex(of: "Republican Party"))
        #expect(quill < party)
        // the mentions stay on the record: only the ranking sets them aside
        #expect(record.actors[party].mentions.count == 4)
    }

    @Test func aCampaignRanksByItsParagraphsLikeItsCandidate() throws {
        let names = try Self.ranked("""
            Voters in Dayton met Ruth Imber on Monday.
            The Hale campaign opened an office in Dayton.
            Imber visited the office.
            The Hale campaign hired ten organizers.
            The Hale campaign bought radio ads.
            Imber left town.
            The Hale campaign then raised money for Paul Hale.
            """)
        let campaign = try #require(names.firstIndex(of: "Hale campaign"))
        let imber = try #require(names.firstIndex(of: "Ruth Imber"))
        #expect(campaign < imber)
    }
}
