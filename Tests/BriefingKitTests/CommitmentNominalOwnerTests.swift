import Testing
@testable import BriefingKit

/// Commitments stated as a noun or a gerund whose owner is elsewhere than before a verb: a
/// described possessor ("the governor's pledge"), a pronoun after its clause's verb ("repeated
/// his promise"), the actor blamed for a refusal ("criticized Lake for refusing to …"), the
/// subject after an opening phrase ("By refusing to …, Lake …"), a speaker's "we" across a
/// conjunction, and a declared commitment ("pledged his commitment to …"), on small invented articles.
@Suite struct CommitmentNominalOwnerTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aDefiniteDescriptionOwnsItsPledge() throws {
        let found = try commitments("Governor Tom Lake spoke on Monday. Voters cheered the governor's pledge to close every coal plant.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(found.map(\.action) == ["close every coal plant"])
        // an indefinite description refers to no one
        #expect(try commitments("Governor Tom Lake spoke on Monday. Voters cheered a governor's pledge to close every coal plant.").isEmpty)
    }

    @Test func aPronounAfterItsClausesVerbIsThatClausesSubject() throws {
        // the senator, not the governor named after him
        let repeated = try commitments("Senator Dan Ray spoke with Governor Tom Lake on Monday. The senator repeated his promise to cut the state payroll.")
        #expect(repeated.map(\.actor.name) == ["Dan Ray"])
        // a refusal binds a pronoun only through its clause's subject
        let defended = try commitments("Governor Tom Lake defended his refusal to release his tax returns.")
        #expect(defended.map(\.actor.name) == ["Tom Lake"])
        #expect(defended.map(\.polarity) == [.negative])
        #expect(try commitments("Governor Tom Lake spoke on Monday. Voters mocked his refusal to release his tax returns.").isEmpty)
        // one criticizes another's refusal, not one's own
        #expect(try commitments("Governor Tom Lake spoke on Monday. Senator Dan Ray criticized his refusal to release his tax returns.")
            .allSatisfy { $0.actor.name != "Dan Ray" })
    }

    @Test func theActorBlamedOrPraisedForAGerundCueIsBound() throws {
        let refusing = try commitments("Voters criticized Governor Tom Lake for refusing to release the report.")
        #expect(refusing.map(\.actor.name) == ["Tom Lake"])
        #expect(refusing.map(\.polarity) == [.negative])
        #expect(refusing.map(\.action) == ["release the report"])
        let agreeing = try commitments("Voters are angry at Governor Tom Lake for agreeing to the debate.")
        #expect(agreeing.map(\.actor.name) == ["Tom Lake"])
        #expect(agreeing.map(\.polarity) == [.positive])
        #expect(try commitments("There is no excuse for refusing to release the report.").isEmpty)
        // the one who blames or praises after "by" or "from" is not the one who refuses
        let passive = try commitments("Governor Tom Lake has been criticized by Senator Dan Ray for refusing to release the report.")
        #expect(!passive.contains { $0.actor.name == "Dan Ray" })
        #expect(try commitments("Governor Tom Lake won praise from Senator Dan Ray for agreeing to the debate.").allSatisfy { $0.actor.name != "Dan Ray" })
    }

    @Test func anOpeningGerundPhraseBindsTheClauseSubjectAfterIt() throws {
        let found = try commitments("By refusing to sign the budget, Governor Tom Lake forced a shutdown.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.map(\.action) == ["sign the budget"])
        // "Paul Ryan's aides": the owner of the subject is none
        let owned = try commitments("While refusing to endorse Dan Ray, Governor Tom Lake's aides said he would vote for him.")
        #expect(!owned.contains { $0.polarity == .negative && $0.actor.name == "Tom Lake" })
    }

    @Test func aSpeakersWeCarriesAcrossAConjunction() throws {
        let found = try commitments("The Harbor Food Bank said on Twitter, \"We have never sold the land, and have no plans to ever sell it.\"")
        #expect(found.map(\.actor.name) == ["Harbor Food Bank"])
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.map(\.action) == ["sell it"])
    }

    @Test func aDeclaredCommitmentBindsButADescribedOneDoesNot() throws {
        let found = try commitments("Governor Tom Lake pledged his commitment to the farm bill.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(found.map(\.action) == ["stay committed to the farm bill"])
        #expect(try commitments("Governor Tom Lake's commitment to the farm bill is well known.").isEmpty)
    }
}
