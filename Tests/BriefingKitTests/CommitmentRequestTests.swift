import Testing
@testable import BriefingKit

/// A pledged request or hand-over is an act ("she would ask Mr. Lee to stay on", "will turn
/// over the emails"); what an act earns and what a speaker will never forget or bet on are none.
@Suite struct CommitmentRequestTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aPledgedRequestIsACommitment() throws {
        let found = try commitments("""
            Dana Whitfield spoke in Ohio on Monday. She said she would ask Gov. Ray Lee to continue to lead the cancer initiative.
            """)
        #expect(found.contains { $0.actor.name == "Dana Whitfield" && $0.evidence.text.contains("ask Gov. Ray Lee") })
    }

    @Test func aQuestionIsNoRequest() throws {
        let found = try commitments("""
            Dana Whitfield spoke in Ohio on Monday. She said she would ask a few questions at the hearing. \
            She said she would ask him if he wanted to debate.
            """)
        #expect(found.isEmpty)
    }

    @Test func aHedgeBeforeTheSubjectMakesAGuess() throws {
        let found = try commitments("""
            The council will meet on Monday. Perhaps the Harbor Authority will oppose any move in this direction.
            """)
        #expect(!found.contains { $0.actor.name == "Harbor Authority" })
    }

    @Test func moneyMadeAvailableIsAnAct() throws {
        let found = try commitments("""
            Dana Whitfield spoke in Ohio on Monday. She said she will make $1 billion available for job training.
            """)
        #expect(found.contains { $0.action.contains("available") })
    }

    @Test func turningOverDocumentsIsACommitment() throws {
        let found = try commitments("""
            The Harbor Authority said Tuesday that it will turn over to the state thousands of emails.
            """)
        #expect(found.contains { $0.actor.name == "Harbor Authority" && $0.action.contains("turn over") })
    }

    @Test func earningsAndMemoriesAreNoCommitments() throws {
        let found = try commitments("""
            Orrin Partners will make $27.5 million from the merger, filings show.

            “I'll never forget that night,” said Dale Porter, a Harbor resident.
            """)
        #expect(found.isEmpty)
    }
}

/// A person's report of another person's future is a claim about them, not their pledge,
/// unless the reporter is that person's staff or announces a decision.
@Suite struct CommitmentClaimAboutAnotherTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aRivalsClaimIsNoPledge() throws {
        let found = try commitments("""
            Marine Vell spoke in Paris on Wednesday. Vell said Dana Whitfield would bring war and hardship to the world.
            """)
        #expect(!found.contains { $0.actor.name == "Dana Whitfield" })
    }

    @Test func aStaffersReportBindsThePrincipal() throws {
        let found = try commitments("""
            Tom Reyes has not endorsed anyone. Betsy Marsh, Reyes's communications director, said he would wait until a nominee is chosen.
            """)
        #expect(found.contains { $0.actor.name == "Tom Reyes" && $0.evidence.text.contains("wait") })
    }

    @Test func anAnnouncementOfARoleStays() throws {
        let found = try commitments("""
            Ray Lee is reshaping his campaign. On Thursday, Lee announced that Tom Reyes would lead his delegate operation.
            """)
        #expect(found.contains { $0.evidence.text.contains("lead his delegate operation") })
    }

    @Test func aStafferDescribedByTheirPrincipalsTitleStillReports() throws {
        let found = try commitments("""
            Tom Smith, the governor's lawyer, said Andrew Reyes would testify next week.
            """)
        #expect(found.contains { $0.actor.name == "Andrew Reyes" && $0.action.contains("testify") })
    }
}
