import Testing
@testable import BriefingKit

/// Endorsing and citing as positions: the subject's stance toward the object noun phrase, kept
/// to that phrase (no closing time, no aside after a dash, no next act, no main clause).
@Suite struct StanceObjectPositionTests {
    private func positions(_ body: String) throws -> [ReportedSpeechLayoutTests.Found] {
        try ReportedSpeechLayoutTests.positions(body)
    }

    @Test func anEndorsementIsItsObjectWithoutTheClosingTime() throws {
        let found = try positions("Mayor Dana Hill endorsed the harbor tunnel plan last week.")
        let stance = try #require(found.first { $0.cue == "endorsed" })
        #expect(stance.content == "the harbor tunnel plan")
        #expect(stance.speaker == "Dana Hill")
        let month = try positions("The teachers union endorsed Lee Marsh in early March.")
        #expect(month.first { $0.cue == "endorsed" }?.content == "Lee Marsh")
    }

    @Test func aCitedReasonEndsBeforeTheAsideAndTheNextAct() throws {
        let aside = try positions("Dana Hill cited the county budget report - a document few had read.")
        #expect(aside.first { $0.cue == "cited" }?.content == "the county budget report")
        let next = try positions("Lee Marsh endorsed the ferry levy and campaigned for it in the spring.")
        #expect(next.first { $0.cue == "endorsed" }?.content == "the ferry levy")
    }

    @Test func noObjectMakesNoStance() throws {
        let found = try positions("The figure cited in the county report was wrong, Dana Hill said.")
        #expect(!found.contains { $0.cue == "cited" })
    }
}
