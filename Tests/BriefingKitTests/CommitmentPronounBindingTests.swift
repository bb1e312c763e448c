import Testing
@testable import BriefingKit

/// Who the "we", "they" and "I" of a commitment are: a staff member's "we" is the body they
/// speak for (a candidate's campaign), or no one when the text does not name it; a "they" after
/// a report is the reporter, and no one when the reporter is a person, a coordination, a share
/// of people or a pronoun itself; an "I" is never someone the speaker quotes, nor a speaker the
/// text names by one word with no role or title.
@Suite struct CommitmentPronounBindingTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func anItInTheWordsOfAnUnnamedOrganizationIsThatOrganization() throws {
        // "the company" is none of the organizations named before it, so neither is its "it"
        let found = try commitments("""
            Acme Steel hired lawyers on Monday. The FBI opened an inquiry. The company said it would cooperate.
            """)
        #expect(!found.contains { $0.actor.name == "FBI" })
        // an "it" outside the unnamed organization's words still refers back
        let named = try commitments("""
            Acme Steel Inc. hired lawyers on Monday. It said it would cooperate with the inquiry.
            """)
        #expect(named.map(\.actor.name) == ["Acme Steel Inc."])
    }

    @Test func aBareCampaignOrChamberIsNoActorOfItsOwn() throws {
        let found = try commitments("""
            The Democratic National Committee met on Monday. Ann Bell spoke there. The campaign will not accept PAC money, a spokesman said. The chamber will vote on the bill next week.
            """)
        #expect(!found.contains { ["Campaign", "Chamber"].contains($0.actor.name) })
    }

    @Test func aCampaignManagersWeIsTheCandidatesCampaign() throws {
        let found = try commitments("""
            Senator Mary Whitfield won Ohio on Tuesday.

            "We're going to start chipping away at the lead," added her campaign manager Rob Lane, speaking to reporters.
            """)
        #expect(found.map(\.actor.name) == ["Whitfield campaign"])
    }

    @Test func aCandidatesSpokeswomanSpeaksForTheCampaignTheTextNames() throws {
        let found = try commitments("""
            The Whitfield campaign has spent heavily in Iowa.

            Whitfield spokeswoman Lena Marsh said: "We will not run negative ads in this state."
            """)
        #expect(found.map(\.actor.name) == ["Whitfield campaign"])
    }

    @Test func aStaffWeWithNoNamedBodyIsNoOnes() throws {
        let found = try commitments("""
            Representative Ann Bell of Ohio, the state party chairwoman, also expressed concern. "We will be reaching out to both campaigns," she said.
            """)
        #expect(!found.contains { $0.actor.name == "Ann Bell" })
        // a candidate's own "we" stays theirs
        let own = try commitments("""
            Senator Dana Whitfield spoke in Dayton. "We will build a new bridge," Whitfield said.
            """)
        #expect(own.map(\.actor.name) == ["Dana Whitfield"])
    }

    @Test func anIInWordsTheSpeakerQuotesIsNotTheSpeakers() throws {
        let nested = try commitments("""
            "He told us, 'Trust me, I'll fix the roads.' Nobody believed him," said Dana Marlowe, a retired nurse.
            """)
        #expect(!nested.contains { $0.actor.name == "Dana Marlowe" })
        let own = try commitments("""
            "Trust me, I'll fix the roads," said Dana Marlowe, a retired nurse.
            """)
        #expect(own.map(\.actor.name) == ["Dana Marlowe"])
    }

    @Test func anIOfASpeakerNamedByOneWordWithNoRoleIsNoOnes() throws {
        let found = try commitments("""
            "I will vote for him if he keeps the plant open," Marlowe said. Marlowe has worked there for years.
            """)
        #expect(!found.contains { $0.actor.name == "Marlowe" })
    }

    @Test func aTheyAfterAReportIsTheReportingBody() throws {
        let named = try commitments("""
            Officials with the Forward Ohio PAC made clear Monday they have no plans to spend money in the race.
            """)
        #expect(named.map(\.actor.name) == ["Forward Ohio PAC"])
        let group = try commitments("Senate Republicans have said they will not consider the nominee.")
        #expect(group.map(\.actor.name) == ["Senate Republicans"])
    }

    @Test func aTheyReportedByNoBodyIsNoOnes() throws {
        let share = try commitments("""
            The Forward Ohio PAC ran the poll. About one in five say they will not vote for the nominee.
            """)
        #expect(share.isEmpty)
        let coordinated = try commitments("""
            The Forward Ohio PAC praised the towns. Senator Ann Bell and her rivals have said they'll undo the rule if elected.
            """)
        #expect(coordinated.isEmpty)
    }

    @Test func anElisionIsNoNestedQuotation() throws {
        let found = try commitments("""
            "We're gonna beat 'em, and I will sign the bill in January," said Senator Ann Bell.
            """)
        #expect(found.map(\.actor.name) == ["Ann Bell"])
    }

    @Test func anIOfASpeakerNamedWithACourtesyTitleIsTheSpeakers() throws {
        let found = try commitments("""
            "I will build the bridge and the county will pay for it," Mr. Brandt said at the rally.
            """)
        #expect(found.map(\.actor.name) == ["Brandt"])
    }
}
