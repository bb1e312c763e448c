import Testing
@testable import BriefingKit

/// How a commitment reads in the briefing: a pledge as what the actor will (not) do, a proposal
/// as what was put forward.
@Suite struct CommitmentWordingTests {
    private func statement(_ action: String, _ modality: String, _ polarity: Polarity = .positive) -> String {
        CommitmentWording.statement(action: action, modality: modality, polarity: polarity)
    }

    @Test func pledgesAndRefusalsReadAsWhatTheActorWillDo() {
        #expect(statement("send troops to the border", "pledged") == "will send troops to the border")
        #expect(statement("endorse Trump", "refused", .negative) == "will not endorse Trump")
        #expect(statement("keeping our border safe", "committed") == "committed to keeping our border safe")
        // a verb that merely ends in "ing" is no gerund
        #expect(statement("bring charges", "declined", .negative) == "will not bring charges")
        #expect(statement("bring up the audit", "vowed", .negative) == "will not bring up the audit")
    }

    @Test func aProposalReadsAsWhatWasPutForward() {
        #expect(statement("propose a ban on imports", "proposed") == "proposed a ban on imports")
        #expect(statement("call for a wall", "called for") == "called for a wall")
        #expect(statement("bar imports from China", "proposal") == "proposed to bar imports from China")
        // refusing a proposal stays a refusal
        #expect(statement("propose a ban on imports", "proposed", .negative) == "will not propose a ban on imports")
    }
}
