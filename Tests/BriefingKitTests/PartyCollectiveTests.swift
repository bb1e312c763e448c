import Testing
@testable import BriefingKit

/// A party's establishment, base and electorate named as one body ("the Republican
/// establishment", "the GOP base") are groups; the words alone, or as a modifier, are not.
@Suite struct PartyCollectiveTests {
    @Test func partyEstablishmentIsAGroupSpelledAsTheParty() throws {
        let actors = try ActorRecognitionTests.actors("""
            Senator Dana Orrin said she would take on the GOP establishment. The Republican Party establishment \
            has tried to stop her for years.
            """)
        let group = try #require(actors.first { $0.name == "Republican establishment" })
        #expect(group.kind == .group)
        #expect(group.mentions.count == 2, "\"GOP\" and \"Republican Party\" name one party's establishment")
    }

    @Test func partyBaseAndPoliticalEstablishmentAreGroups() throws {
        let actors = try ActorRecognitionTests.actors("""
            Orrin has electrified the Democratic base, aides said. She ran against the political establishment \
            and the political establishment lost.
            """)
        #expect(actors.contains { $0.name == "Democratic base" && $0.kind == .group })
        #expect(actors.contains { $0.name == "Political establishment" && $0.kind == .group })
    }

    @Test func partyElectorateIsThePartysVoters() throws {
        let actors = try ActorRecognitionTests.actors("""
            Senator Dana Orrin spoke in Dayton. The Republican electorate is angry, Orrin said.
            """)
        #expect(actors.contains { $0.name == "Republican voters" && $0.kind == .group })
        #expect(!actors.contains { $0.name.hasSuffix("electorate") })
    }

    @Test func unqualifiedOrModifyingCollectivesAreNoGroups() throws {
        let actors = try ActorRecognitionTests.actors("""
            Senator Dana Orrin visited the base in Dayton. Establishment figures met the Republican establishment \
            candidate, Orrin said. The party establishment stayed quiet, and so did the political electorate.
            """)
        #expect(!actors.contains { $0.name.lowercased().hasSuffix(" base") }, "a base with no party is a place")
        #expect(!actors.contains { $0.name.hasSuffix("establishment") },
                "a noun before another noun modifies it; a lone \"party\" does not say which")
        #expect(!actors.contains { $0.name.hasSuffix("voters") }, "an electorate needs a party")
    }

    @Test func anOwnedBaseIsNoGroup() throws {
        let actors = try ActorRecognitionTests.actors("""
            Senator Dana Orrin spent Tuesday rallying his political base in Ohio. Her political base is loyal, and \
            Orrin's GOP base turned out. Their Democratic base stayed home.
            """)
        #expect(!actors.contains { $0.name.lowercased().hasSuffix(" base") }, "a person's base is no body of its own")
    }

    @Test func aPartOrAMemberOfACollectiveIsNoActor() throws {
        let record = try TestSupport.record("""
            Campaign trail notes
            A third of the GOP base says it would not vote for Senator Dana Orrin, according to a new poll. Most of the \
            Democratic base wants a change. Jim Bell, a member of the Republican establishment, met Orrin. Bell \
            is a member of the political establishment.
            """ + "\n")
        #expect(!record.actors.contains { $0.name.hasSuffix(" base") || $0.name.hasSuffix("establishment") })
        // the poll speaks, and the share of the base it asked, with no actor: never the base itself
        #expect(!record.positions.contains { $0.speaker?.actor != nil && $0.speaker?.name?.hasSuffix(" base") == true })
        #expect(!record.positions.contains { ["GOP base", "the GOP base"].contains($0.speaker?.name ?? "") })
    }

    @Test func theyPrefersAPluralGroupToACollective() throws {
        let record = try TestSupport.record("""
            Campaign trail notes
            Senator Dana Orrin spoke in Dayton. Orrin supporters want to turn out the GOP base. The race is close, they said.
            """ + "\n")
        let speakers = record.positions.compactMap(\.speaker?.name)
        #expect(speakers.contains("Orrin supporters"))
        #expect(!speakers.contains("Republican base"), "a singular collective is no first choice for \"they\"")
    }
}
