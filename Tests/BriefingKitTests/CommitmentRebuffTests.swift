import Testing
@testable import BriefingKit

/// Refusals of a request, pressure or an offer on small invented articles: the refused request
/// is a negative commitment; a snub of a person or a request for comment is none.
@Suite struct CommitmentRebuffTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func rebuffedPressureIsANegativeCommitment() throws {
        let found = try commitments("Governor Tom Lake has rebuffed pressure to fire his budget director.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Tom Lake")
        #expect(item.polarity == .negative)
        #expect(item.action == "accept pressure to fire his budget director")
    }

    @Test func turningDownOrDecliningAnOfferOrRequestsIsARefusal() throws {
        #expect(try commitments("Mayor Jane Roe turned down requests for a second debate.").map(\.polarity) == [.negative])
        // the offerer's own offer stays its commitment
        #expect(try commitments("Mayor Jane Roe declined a Dayton Works offer to fund the park.").map(\.actor.name)
                == ["Jane Roe", "Dayton Works"])
        #expect(try commitments("Mayor Jane Roe declined a federal offer of two new trains.").map(\.action)
                == ["accept a federal offer of two new trains"])
    }

    @Test func aSnubOrARequestForCommentIsNoCommitment() throws {
        #expect(try commitments("Mayor Jane Roe rebuffed a heckler at the rally.").isEmpty)
        #expect(try commitments("Mayor Jane Roe declined a request for comment on Monday.").isEmpty)
        #expect(try commitments("Mayor Jane Roe declined interview requests on Monday.").isEmpty)
    }
}
