import Testing
@testable import BriefingKit

/// Plural committers: a coordination of two named actors, at the start of a sentence or of a
/// subordinate clause, or named by a plural noun for people ("Trailing contenders Ted Cruz and
/// John Kasich"), binds each of them, also through their reported "they will"; a
/// sentence-opening "They" binds the group that opened the sentence before. A "they" is never
/// one member of a group, nor a group named elsewhere.
@Suite struct CommitmentPluralSubjectTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aTheyReportedByTwoNamedActorsBindsEach() throws {
        let found = try commitments("""
            Senator Ann Bell (D) and Governor Tom Lake (R) announced they will suspend their campaigns.
            """)
        #expect(found.map(\.actor.name) == ["Ann Bell", "Tom Lake"])
        #expect(Set(found.map(\.evidence.text)).count == 1)
        #expect(found.allSatisfy { $0.action == "continue their campaigns" && $0.polarity == .negative })
        // a "would" in their own report is theirs, with its condition
        let would = try commitments("Mayor Dana Hill and Senator Ann Bell said they would back the levy if it passed the council.")
        #expect(would.map(\.actor.name) == ["Dana Hill", "Ann Bell"])
    }

    @Test func aPairOpeningASubordinateClauseBindsEach() throws {
        let found = try commitments("""
            Senator Ann Bell will campaign for the levy, while Mayor Dana Hill and Governor Tom Lake said they would oppose it.
            """)
        #expect(found.map(\.actor.name) == ["Ann Bell", "Dana Hill", "Tom Lake"])
        let pledged = try commitments("Senator Ann Bell spoke first, while Mayor Dana Hill and Governor Tom Lake pledged to repair the bridge.")
        #expect(pledged.map(\.actor.name) == ["Dana Hill", "Tom Lake"])
    }

    @Test func aPairNamedByAPluralNounForPeopleBindsEach() throws {
        let found = try commitments("""
            Senator Ann Bell won the primary. Trailing contenders Governor Tom Lake and Mayor Dana Hill have agreed to split the remaining debates.
            """)
        #expect(found.map(\.actor.name) == ["Tom Lake", "Dana Hill"])
        #expect(found.allSatisfy { $0.evidence.text.hasPrefix("Governor Tom Lake and Mayor Dana Hill") })
        let like = try commitments("""
            While candidates like Senator Ann Bell and Governor Tom Lake are vowing to bring back factory jobs, voters remain wary.
            """)
        #expect(like.map(\.actor.name) == ["Ann Bell", "Tom Lake"])
    }

    @Test func aTheyReportedByAPairWithNoSecondActorOrByAListIsNoOnes() throws {
        // "her aides" name no actor: the "they" is not Bell alone
        #expect(try commitments("""
            The Forward Ohio PAC met on Monday. Senator Ann Bell and her aides said they will repair the bridge.
            """).isEmpty)
        #expect(try commitments("""
            Senator Ann Bell, Governor Tom Lake and Mayor Dana Hill said they will repair the bridge.
            """).isEmpty)
        // which John a lone first name means is a guess
        let lone = try commitments("""
            Mayor Craig Dunn and Senator John Hammond spoke on Monday. Dunn and John said they would back the levy.
            """)
        #expect(!lone.contains { $0.actor.name == "John Hammond" })
        // a belief of the pair is no pledge
        #expect(try commitments("Senator Ann Bell and Governor Tom Lake think they will win the vote.").isEmpty)
    }

    @Test func aSentenceOpeningTheyContinuesTheGroupThatOpenedTheSentenceBefore() throws {
        let found = try commitments("""
            Democratic activists are crying fraud over delegate selection. They have promised to press their case to the convention floor.
            """)
        #expect(found.map(\.actor.name) == ["Democratic activists"])
        #expect(found.first?.evidence.text.hasPrefix("They have promised") == true)
        // the group named inside the sentence before, not as its subject, is a guess
        let inside = try commitments("""
            Senator Ann Bell met Democratic activists in Dayton on Friday. They have promised to press their case to the convention floor.
            """)
        #expect(!inside.contains { $0.actor.name == "Democratic activists" })
    }
}
