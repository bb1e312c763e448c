import Testing
@testable import BriefingKit

/// A clause's subject that names no actor ends the search for a commitment's subject.
@Suite struct CommitmentClauseSubjectTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aNameThatIsNoActorEndsTheSearchForAClauseSubject() throws {
        // the clause after the comma is Zed's, whom the text never names as an actor
        let found = try commitments("Mayor Jane Roe claimed that the plan was dead, Zed won the seat by promising to build new parks.")
        #expect(found.allSatisfy { $0.actor.name != "Jane Roe" })
        // the same sentence with the actor as the clause's subject binds her
        let kept = try commitments("Mayor Jane Roe claimed that the plan was dead and won the seat by promising to build new parks.")
        #expect(kept.contains { $0.actor.name == "Jane Roe" })
    }
}
