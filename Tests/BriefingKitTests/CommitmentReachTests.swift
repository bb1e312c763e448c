import Testing
@testable import BriefingKit

/// Commitments that the rules found on articles nobody tuned on: an organization's "it" right
/// after its own report, a possessed refusal or call, a campaign named with a lone apostrophe, a
/// participle after "by", a time phrase between "who" and the cue, a candidate's call on a
/// country, and "opted to".
@Suite struct CommitmentReachTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func anOrganizationsItAfterItsOwnReportBindsTheOrganization() throws {
        // an earlier organization would otherwise be the pronoun's antecedent
        let found = try commitments("Zentrix Foods is giving no money this year. Bellcora indicated it would give $75,000 to the convention.")
        #expect(found.map(\.actor.name).contains("Bellcora"))
        #expect(found.first { $0.actor.name == "Bellcora" }?.action == "give $75,000 to the convention")
        // a person is never "it", and a common word opening a sentence names no one
        #expect(try commitments("Senator Ann Bell said it would cost the state $9 million.").isEmpty)
        #expect(try commitments("Zentrix Foods spoke on Monday. Projections suggest it would generate $91 billion.").allSatisfy {
            $0.actor.name != "Projections"
        })
    }

    @Test func aNamedPossessorsRefusalOrCallIsACommitmentButAPronounsIsNot() throws {
        let refusal = try commitments("Critics seized on Dana Hill’s refusal to release the transcripts of her speeches.")
        #expect(refusal.map(\.actor.name) == ["Dana Hill"])
        #expect(refusal.map(\.polarity) == [.negative])
        let call = try commitments("Voters cheered Dana Hill's call for a ban on fracking in the state.")
        #expect(call.map(\.action) == ["propose a ban on fracking in the state"])
        // "his refusal" may be anyone's: the pronoun resolution is not trusted here
        #expect(try commitments("Governor Tom Lake spoke on Monday. Voters were angered by his refusal to release the report.").isEmpty)
        // a call for someone else to act is a demand
        #expect(try commitments("Voters cheered Dana Hill's call for the mayor to resign.").isEmpty)
    }

    @Test func aCampaignNamedWithALoneApostropheIsThatPersonsCampaign() throws {
        let found = try commitments("Senator Ann Sanders lost the primary. Sanders’ campaign reiterated plans to win over the superdelegates.")
        #expect(found.map(\.actor.name) == ["Sanders campaign"])
    }

    @Test func theCampaignIsTheOneTheSentenceBeforeGaveAnOwner() throws {
        // not the organization named last ("the Ohio Farm Bureau")
        let found = try commitments("Senator Ann Bell spoke to the Ohio Farm Bureau. Her staff has begun to study the map. The campaign will open an office in Toledo.")
        #expect(found.map(\.actor.name) == ["Bell campaign"])
        // "her" as an object owns nothing: the campaign is not Ann Bell's
        let object = try commitments("Senator Tom Hale met Ann Bell. Hale praised her. The campaign will open an office in Toledo.")
        #expect(!object.map(\.actor.name).contains("Bell campaign"))
    }

    @Test func aParticipleAfterByHasTheClausesSubject() throws {
        let found = try commitments("Dana Hill has rallied thousands by promising to impose tariffs on imported goods.")
        #expect(found.map(\.actor.name) == ["Dana Hill"])
        #expect(found.first?.action == "impose tariffs on imported goods")
    }

    @Test func aTimePhraseBetweenWhoAndTheCueKeepsTheRelativesAntecedent() throws {
        let found = try commitments("Senator Tom Lake of Texas, who last year threatened to shut down the government, spoke on Monday.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
    }

    @Test func aCandidatesCallOnACountryIsTheirPolicyNotADemand() throws {
        let found = try commitments("Dana Hill is calling for the United States to step up military efforts against the militants.")
        #expect(found.map(\.actor.name) == ["Dana Hill"])
        #expect(try commitments("Dana Hill is calling for the mayor to resign.").isEmpty)
    }

    @Test func optedToDecidesAndOptedNotToRefuses() throws {
        let opted = try commitments("Governor Tom Lake opted to request a recount after the primary.")
        #expect(opted.map(\.polarity) == [.positive])
        let declined = try commitments("The company says it considered a plant in Chicago, but Zentrix Foods opted not to build it.")
        #expect(declined.map(\.polarity) == [.negative])
    }

    @Test func hasChosenNotToRefuses() throws {
        let found = try commitments("Governor Tom Lake has chosen not to tap the state's reserve fund.")
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.first?.action == "tap the state's reserve fund")
    }
}
