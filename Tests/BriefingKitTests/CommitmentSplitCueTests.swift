import Testing
@testable import BriefingKit

/// An infinitive cue split by a time or an occasion phrase ("promised Monday to …", "vowed at
/// a rally in Dayton to …") binds as the unsplit cue does, and nothing else splits it.
@Suite struct CommitmentSplitCueTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aTimePhraseBetweenTheCueAndItsToKeepsTheCommitment() throws {
        let found = try commitments("Senator Ann Bell promised Monday to repeal the toll on the county bridge.")
        #expect(found.map(\.actor.name) == ["Ann Bell"])
        #expect(found.first?.action == "repeal the toll on the county bridge")
        let refusal = try commitments("Mayor Tom Reyes declined on Tuesday night to endorse the levy.")
        #expect(refusal.map(\.polarity) == [.negative])
    }

    @Test func anOccasionPhraseBetweenTheCueAndItsToKeepsTheCommitment() throws {
        let found = try commitments("Governor Dana Hill vowed Sunday at a town hall in Dayton to veto the budget.")
        #expect(found.map(\.action) == ["veto the budget"])
    }

    @Test func aClauseOrSpeechBetweenTheCueAndAToIsNoSplitCue() throws {
        // the "to" belongs to "allows", inside a relative clause
        #expect(try commitments("Zentrix Foods agreed in a deal that allows the union to strike.").isEmpty)
        // speech is no act, split or not
        #expect(try commitments("Mayor Tom Reyes declined on Tuesday to comment on the levy.").isEmpty)
        // a present form is as often a noun: "her promises in the debate to …"
        #expect(try commitments("Voters recalled her promises in the debate to cut the toll.").isEmpty)
    }
}
