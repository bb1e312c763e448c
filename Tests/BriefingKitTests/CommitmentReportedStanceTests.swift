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

    @Test func aRelativeThatIsNoReportedThat() throws {
        #expect(try commitments("Governor Tom Lake said the harbor levy that he supports passed easily.").isEmpty)
        #expect(try commitments("Governor Tom Lake said the harbor levy that he supports will pass.").isEmpty)
        let told = try commitments("Governor Tom Lake told the board that he supports the harbor levy.")
        #expect(told.map(\.actor.name) == ["Tom Lake"])
    }

    @Test func aPastSupportIsNoReportedStance() throws {
        for sentence in ["Governor Tom Lake said that he had supported the harbor levy.",
                         "Governor Tom Lake said that he once supported the harbor levy.",
                         "Governor Tom Lake said that he supported the harbor levy in 2009.",
                         "Governor Tom Lake said that he supported the harbor levy back then.",
                         "Governor Tom Lake said that he initially supported the harbor levy but now opposes it."] {
            #expect(try commitments(sentence).allSatisfy { $0.action != "support the harbor levy" }, "\(sentence)")
        }
        let stance = try commitments("Governor Tom Lake told reporters that he supported the harbor levy.")
        #expect(stance.map(\.actor.name) == ["Tom Lake"])
    }

    @Test func supportForATitleOrRoleIsNoStance() throws {
        #expect(try commitments("Governor Tom Lake said he supports the president.").isEmpty)
        #expect(try commitments("Governor Tom Lake said he supports the nominee of his party.").isEmpty)
        #expect(try commitments("Governor Tom Lake said he supports the party's candidate.").isEmpty)
    }

    @Test func aDeniedOrNegatedReportBindsNoOne() throws {
        for sentence in ["Governor Tom Lake denied he supports the harbor levy.",
                         "Governor Tom Lake never said he supports the harbor levy.",
                         "Governor Tom Lake denied he will raise the harbor levy.",
                         "Governor Tom Lake denied that he plans to raise the harbor levy.",
                         "Governor Tom Lake did not say that he would raise the harbor levy."] {
            #expect(try commitments(sentence).isEmpty, "\(sentence)")
        }
        let said = try commitments("Governor Tom Lake said that he plans to raise the harbor levy.")
        #expect(said.map(\.actor.name) == ["Tom Lake"])
        // "not only said" affirms the report
        let notOnly = try commitments("Governor Tom Lake not only said he plans to raise the harbor levy, he campaigned for it.")
        #expect(notOnly.map(\.actor.name) == ["Tom Lake"])
    }
}
