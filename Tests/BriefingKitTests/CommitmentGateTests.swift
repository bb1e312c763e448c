import Testing
@testable import BriefingKit

/// Commitments whose strong cue used to be dropped on the way: an outcome after a declared
/// intention, a government named by its country, a relative clause after "X of Y", a coordinated
/// subject, a pronoun that its own clause shows to be someone else, a group as subject, a relative
/// clause on a predicate noun, and a subject set apart from its verb by a phrase of setting or an
/// aside between dashes.
@Suite struct CommitmentGateTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aDeclaredIntentionBindsAnOutcomeOrAStateThatABareFutureOnlyForecasts() throws {
        let vowed = try commitments("Senator Ann Bell lost ground this week. Bell has vowed to win back the trust of the voters.")
        #expect(vowed.map(\.action) == ["win back the trust of the voters"])
        let promised = try commitments("Senator Ann Bell promised to be a vocal champion for statehood if elected.")
        #expect(promised.first?.actor.name == "Ann Bell")
        let willing = try commitments("Senator Ann Bell said she is willing to be interviewed by the inspectors.")
        #expect(willing.first?.action == "be interviewed by the inspectors")
        // a bare future of an outcome stays a forecast, and speech stays no act
        #expect(try commitments("Senator Ann Bell will win back the trust of the voters.").isEmpty)
        #expect(try commitments("Senator Ann Bell will be a vocal champion for statehood.").isEmpty)
        #expect(try commitments("Senator Ann Bell has refused to comment on the report.").isEmpty)
    }

    @Test func aVerbOfPledgingReportsAFutureAsAPledgeThatMayNameAState() throws {
        let pledged = try commitments("Senator Ann Bell spoke in Denver. She pledged that, if elected, she would be a friend to every farmer.")
        #expect(pledged.map(\.actor.name) == ["Ann Bell"])
        #expect(pledged.first?.action == "be a friend to every farmer")
        let promising = try commitments("Governor Tom Reed spoke next, promising that he will build a new bridge over the river.")
        #expect(promising.map(\.actor.name) == ["Tom Reed"])
        // the cue of "vowed to block" reports no clause: the forecast after it stays one
        #expect(try commitments("Senators have vowed to block the nominee, meaning that the court will remain short of a justice.")
            .allSatisfy { $0.action != "remain short of a justice" })
        #expect(try commitments("Senator Ann Bell said that she would be a friend to every farmer.").isEmpty)
    }

    @Test func theGovernmentOfACountryCommitsTheCountry() throws {
        let found = try commitments("The government of Costa Rica has also agreed to temporarily host up to 200 refugees.")
        #expect(found.map(\.actor.name) == ["Costa Rica"])
    }

    @Test func aRelativeClauseAfterAPersonOfAPlaceBindsThePerson() throws {
        let found = try commitments("Gov. Tom Lake of Ohio, a Republican who has refused to endorse Dana Hill, spoke on Monday.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(found.first?.polarity == .negative)
    }

    @Test func theFirstOfTwoCoordinatedSubjectsBindsWhenTheSecondNamesNoOne() throws {
        let found = try commitments("Senator Ann Bell lost support this week. She and her aides have vowed to repair the damage.")
        #expect(found.map(\.actor.name) == ["Ann Bell"])
    }

    @Test func twoCoordinatedNamedSubjectsEachGetTheCommitment() throws {
        let found = try commitments("Senator Ann Bell and Governor Tom Lake pledged to repair the bridge before winter.")
        #expect(found.map(\.actor.name) == ["Ann Bell", "Tom Lake"])
        #expect(Set(found.map(\.evidence.text)).count == 1)
        #expect(found.allSatisfy { $0.action == "repair the bridge before winter" })
        let future = try commitments("Mayor Dana Hill and Senator Ann Bell will campaign for the levy in Dayton on Friday.")
        #expect(future.map(\.actor.name) == ["Dana Hill", "Ann Bell"])
        // a group in the pair is left to the first conjunct's item
        let group = try commitments("Senator Ann Bell and local farmers have vowed to block the pipeline.")
        #expect(group.map(\.actor.name) == ["Ann Bell"])
    }

    @Test func aListOfThreeNamesGivesNoItem() throws {
        // an item for the last names alone would read as if the first had not pledged
        #expect(try commitments("Senator Ann Bell, Governor Tom Lake and Mayor Dana Hill pledged to repair the bridge.").isEmpty)
        // a time before the pair is no list
        let monday = try commitments("On Monday, Senator Ann Bell and Governor Tom Lake pledged to repair the bridge.")
        #expect(monday.map(\.actor.name) == ["Ann Bell", "Tom Lake"])
    }

    @Test func aPronounNeverBindsTheOneItsOwnClauseNames() throws {
        // inside Hill's quotation "he" is someone else than Hill, who is named in the clause
        let quoted = try commitments("Mayor Dana Hill spoke on Monday. “He will never raise taxes,” Dana Hill said of the governor.")
        #expect(!quoted.contains { $0.actor.name == "Dana Hill" })
        let object = try commitments("Mayor Dana Hill spoke on Monday. He promised to defeat Dana Hill in the primary.")
        #expect(!object.contains { $0.actor.name == "Dana Hill" })
        // a name in a later clause is no clue: "he" is still Hill
        let later = try commitments("Mayor Dana Hill spoke on Monday. He plans to introduce a bill that Governor Tom Lake opposed.")
        #expect(later.map(\.actor.name) == ["Dana Hill"])
    }

    @Test func aThirdPersonPronounInASpeakersOwnQuotationIsNotTheSpeaker() throws {
        let intro = "Governor Ann Bell campaigned in Dayton on Monday for Mayor Dana Hill.\n\n"
        let colon = try commitments(intro + "Bell said: “Hill is a fighter. She will hire a new police chief for the city.”")
        #expect(colon.isEmpty)
        let after = try commitments(intro + "“She’ll hire a new police chief who will send clear messages about crime,” Bell added, "
                                    + "referring to a post she is widely believed to want.")
        #expect(after.isEmpty)
        // in indirect speech the pronoun is still the speaker
        let indirect = try commitments(intro + "Bell said she will hire a new police chief for the city.")
        #expect(indirect.map(\.actor.name) == ["Ann Bell"])
    }

    @Test func aSecondDeclaredStanceInTheSentenceIsACommitmentOfItsOwn() throws {
        let found = try commitments("Senator Ann Bell won’t endorse Mayor Tom Lake but plans to host a debate in May.")
        #expect(found.map(\.polarity) == [.negative, .positive])
        #expect(found.map(\.evidence.text) == ["Senator Ann Bell won’t endorse Mayor Tom Lake", "plans to host a debate in May"])
        // a second bare future is no pledge of its own
        #expect(try commitments("Senator Ann Bell will not raise taxes but will cut spending.").count == 1)
    }

    @Test func aConditionalReadinessBindsLikeAPresentOne() throws {
        // "would be open to", "would be ready to": the readiness "is open to" and "is ready to" declare
        let open = try commitments("Senator Ann Bell said she would be open to raising the gas tax.")
        #expect(open.map(\.actor.name) == ["Ann Bell"])
        #expect(open.map(\.polarity) == [.positive])
        let ready = try commitments("Senator Ann Bell said she would be ready to debate Tom Reed in March.")
        #expect(ready.first?.action.hasPrefix("debate Tom Reed") == true)
        let unwilling = try commitments("Senator Ann Bell said she would not be willing to raise the gas tax.")
        #expect(unwilling.map(\.polarity) == [.negative])
        // a bare "would be" of a state is still no readiness
        #expect(try commitments("Senator Ann Bell said she would be proud of the vote.").isEmpty)
    }

    @Test func unwillingRefusesAndVolunteeredOrAgreedToTestifyOffersAnAppearance() throws {
        let refusal = try commitments("Senator Ann Bell said on Monday that she is unwilling to debate before the primary.")
        #expect(refusal.map(\.polarity) == [.negative])
        let offer = try commitments("Senator Ann Bell has volunteered to testify before the committee.")
        #expect(offer.map(\.action) == ["testify before the committee"])
        let accepted = try commitments("Senator Ann Bell agreed to testify before the committee in March.")
        #expect(accepted.first?.actor.name == "Ann Bell")
        #expect(try commitments("Senator Ann Bell declined to discuss the committee.").isEmpty)
    }

    @Test func aSentenceOpeningItBindsItsOrganizationWhenTheCueDeclaresTheIntention() throws {
        let found = try commitments("The Federal Reserve met on Tuesday. It plans to raise rates more slowly than before.")
        #expect(found.map(\.actor.name) == ["Federal Reserve"])
        // a bare future of "it" is no pledge: it may be anything
        #expect(try commitments("The Federal Reserve met on Tuesday. It will raise rates more slowly than before.").isEmpty)
    }

    @Test func aRelativeOnAPluralCommonNounNamesNoOne() throws {
        let kinds = try commitments("Senator Tom Lake is the candidate to beat in Iowa.\n\n\"The candidates who are willing to be more authentic get a lot more engagement,\" Dana Hill said.")
        #expect(kinds.isEmpty)
        let named = try commitments("Senator Tom Lake is the candidate to beat in Iowa. Dana Hill, who is willing to be more open, said so.")
        #expect(named.map(\.actor.name) == ["Dana Hill"])
    }

    @Test func aGroupBindsItselfByADeclaredIntentionButNotByABareFuture() throws {
        let vowed = try commitments("Several senators have vowed to block the nomination of Judge Ann Marlow.")
        #expect(vowed.map(\.actor.name) == ["Senators"])
        let planning = try commitments("A group of rabbis is planning to boycott the speech by Dana Hill next week.")
        #expect(planning.map(\.actor.name) == ["Rabbis"])
        #expect(planning.first?.action == "take part in the speech by Dana Hill next week")
        let all = try commitments("All of the Republican candidates have pledged to support the eventual nominee.")
        #expect(all.map(\.actor.name) == ["Republican candidates"])
        // a group's bare future is a forecast, "none of" pledges nothing, and "his allies" are someone's:
        // the one man named before, or no one the text settles
        #expect(try commitments("Several senators will block the nomination of Judge Ann Marlow.").isEmpty)
        #expect(try commitments("None of the Republican candidates have pledged to support the eventual nominee.").isEmpty)
        #expect(try commitments("Carl Brenner met Paul Ortega on Monday. His allies intend to bring the front-runner down.").isEmpty)
        let allies = try commitments("Carl Brenner spoke on Monday. His allies intend to bring the front-runner down.")
        #expect(allies.map(\.actor.name) == ["Brenner allies"])
    }

    @Test func aRelativeClauseOnAPredicateNounBindsTheSubjectOfItsCopula() throws {
        let found = try commitments("Editor's note: Dana Hill regularly incites violence and is a serial liar, xenophobe and birther "
            + "who has repeatedly pledged to ban all tourists from entering the country.")
        #expect(found.map(\.actor.name) == ["Dana Hill"])
        #expect(found.first?.action == "ban all tourists from entering the country")
        let named = try commitments("Dana Hill, who has repeatedly pledged to ban all tourists, spoke on Monday.")
        #expect(named.map(\.actor.name) == ["Dana Hill"])
        // the relative on an object is someone else
        #expect(try commitments("Dana Hill met a senator who has pledged to ban all tourists.").isEmpty)
    }

    @Test func aSubjectBeforeAPhraseOfSettingBindsAPledgeCoordinatedAfterItsVerb() throws {
        let found = try commitments("The break was complete when Dana Hill in her announcement speech called the lawmakers thieves "
            + "(although she allowed that some might be honest) and promised to build a fence along the northern border.")
        #expect(found.map(\.actor.name) == ["Dana Hill"])
        #expect(found.first?.action == "build a fence along the northern border")
        // "when" before a future still asks
        #expect(try commitments("Nobody knows when Dana Hill will build a fence along the northern border.").isEmpty)
    }

    @Test func theActorBeforeAnAsideSetOffByDashesBindsTheCueAfterIt() throws {
        let found = try commitments("Still, Dana Hill - who discussed a path ahead with advisers on Wednesday aboard a flight home - "
            + "has vowed to fight on in the primaries.")
        #expect(found.map(\.actor.name) == ["Dana Hill"])
        // a name inside the aside is no subject
        let inside = try commitments("Half a dozen of the party's donors - including Tom Lake and Ann Bell - have agreed to serve on the board.")
        #expect(!inside.contains { ["Tom Lake", "Ann Bell"].contains($0.actor.name) })
    }
}

/// A name inside a prepositional phrase of the subject noun ("new sanctions on Russia",
/// "the war in Syria") is not the subject of "will" or "would": it commits no one.
@Suite struct EmbeddedNameCommitmentTests {
    @Test func aNameAfterAPrepositionOfTheSubjectNounDoesNotCommit() throws {
        #expect(try TestSupport.commitments("He said that new sanctions on Russia would include a ban on banks.").isEmpty)
        // the subject itself still commits
        let own = try TestSupport.commitments("Russia will include a ban on banks in the new sanctions.")
        #expect(own.map(\.actor.name) == ["Russia"])
    }

    @Test func anAdverbBeforeTheParticipleKeepsTheProgressiveCommitment() throws {
        let found = try TestSupport.commitments("Senate Republicans are also threatening to block the bill.")
        #expect(found.map(\.actor.name) == ["Senate Republicans"])
    }
}
