import Testing
@testable import BriefingKit

/// A stance on a policy that the actor reports of itself ("said he supports the levy"), on
/// small invented articles: what binds, and what stays an endorsement, a past act or a question.
@Suite struct CommitmentReportedStanceTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aReportedStanceOnAPolicyBindsTheReporter() throws {
        let found = try commitments("Governor Tom Lake said he supports the new harbor levy.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Tom Lake")
        #expect(item.modality == "supports")
        #expect(item.action == "support the new harbor levy")
        let past = try commitments("Mayor Jane Roe told the council that she supported a smaller police budget.")
        #expect(past.map(\.actor.name) == ["Jane Roe"])
        let favor = try commitments("Mayor Jane Roe said she is in favor of lowering the bridge toll.")
        #expect(favor.map(\.action) == ["support lowering the bridge toll"])
    }

    @Test func anEndorsementAPastActOrAQuestionIsNoStance() throws {
        #expect(try commitments("Mayor Jane Roe met Governor Tom Lake. She said she supports him.").isEmpty)
        #expect(try commitments("Governor Tom Lake said he supports Jane Roe.").isEmpty)
        #expect(try commitments("Mayor Jane Roe announced she supported the harbor levy.").isEmpty)
        #expect(try commitments("Mayor Jane Roe praised the levy that she supported in 2009.").isEmpty)
        #expect(try commitments("Aides to Governor Tom Lake would not say whether he supports the harbor levy.").isEmpty)
    }
}
