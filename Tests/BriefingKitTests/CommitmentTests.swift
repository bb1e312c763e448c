import Testing
@testable import BriefingKit

/// Commitments on small invented articles: what binds an actor, and what is only a
/// prediction, a poll, a demand or a hypothetical.
@Suite struct CommitmentTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func pledgeWithLimitAndTimeframe() throws {
        let found = try commitments("Mayor Jane Roe said on Friday that she will open three new libraries next year but not in the old town.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Jane Roe")
        #expect(item.polarity == .positive)
        #expect(item.action == "open three new libraries next year")
        #expect(item.limits == ["not in the old town"])
        #expect(item.timeframe == "next year")
    }

    @Test func aPromiseWhoseObjectStandsBeforeItInARelativeClauseIsNoCommitment() throws {
        // "bridge" has no object after it: what follows belongs to another clause
        let found = try commitments("The divisions that Mayor Jane Roe promised to bridge have only grown deeper.")
        #expect(found.isEmpty)
        let kept = try commitments("Mayor Jane Roe promised to bridge the divisions in the council.")
        #expect(kept.first?.action == "bridge the divisions in the council")
    }

    @Test func aGoingToFollowedByAConjunctionIsAPlaceGoneToNotAnAct() throws {
        let found = try commitments("""
            Mayor Jane Roe spoke on Monday. "We feel good about the towns we're going to and the time we have there," she said.
            """)
        #expect(found.isEmpty)
        let kept = try commitments("Mayor Jane Roe said she is going to quickly and fully repair the bridge.")
        #expect(kept.first?.actor.name == "Jane Roe")
    }

    @Test func aContractedWillOrWouldBindsThePronounsActor() throws {
        let found = try commitments("Governor Tom Lake was asked about the budget. He said he'll sign it on Friday, and that he’d veto any tax rise.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(found.first?.action == "sign it on Friday")
        let quoted = try commitments("“I’m going to veto it,” Governor Tom Lake said.")
        #expect(quoted.map(\.actor.name) == ["Tom Lake"])
        // "'d" before a past participle is "had": a past experience, no commitment
        #expect(try commitments("Governor Tom Lake said he'd never seen such a budget.").isEmpty)
    }

    @Test func aPledgeAfterAPerfectAndAnAdverbBindsTheRelativeClausesActor() throws {
        let found = try commitments("It was a reversal for Governor Tom Lake, who had previously pledged to sign the budget.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
    }

    @Test func refusalIsNegative() throws {
        let found = try commitments("Governor Tom Lake refused to sign the budget.")
        #expect(found.map(\.polarity) == [.negative])
    }

    @Test func predictionsAndPollsAreNotCommitments() throws {
        #expect(try commitments("Analysts say Governor Tom Lake will lose the election.").isEmpty)
        #expect(try commitments("In the survey, 40 percent of voters said they would back Tom Lake.").isEmpty)
    }

    @Test func aShareAfterAPledgeIsItsOwnFigureNotAPoll() throws {
        let found = try commitments("Governor Tom Lake vowed to cut the county sales tax by 2 percent.")
        #expect(found.map(\.action) == ["cut the county sales tax by 2 percent"])
        // after a bare future, a share is a forecast of figures
        #expect(try commitments("Analysts said the county bank will lift its rate by half a percent.").isEmpty)
    }

    @Test func aPledgeToRefrainIsNegative() throws {
        let found = try commitments("Governor Tom Lake vowed to refrain from vetoing the school budget.")
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.first?.action == "go on vetoing the school budget")
    }

    @Test func aPledgeToStayNeutralIsNegative() throws {
        let found = try commitments("Governor Tom Lake promised to remain strictly neutral in the council race.")
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.first?.action == "take sides in the council race")
        let quoted = try commitments("Senator Ann Bell vowed to be \u{201C}impartial\u{201D} during the zoning talks.")
        #expect(quoted.map(\.polarity) == [.negative])
        #expect(quoted.first?.action == "take sides during the zoning talks")
        let bare = try commitments("Mayor Jane Roe told reporters she plans to stay neutral.")
        #expect(bare.map(\.polarity) == [.negative])
        #expect(bare.first?.action == "take sides")
    }

    @Test func aPlanToStayAwayIsNegative() throws {
        let found = try commitments("Governor Tom Lake plans to skip the county fair in August.")
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.first?.action == "take part in the county fair in August")
        // "will not boycott" turns back to taking part
        #expect(try commitments("Governor Tom Lake will not boycott the budget hearing.").map(\.polarity) == [.positive])
    }

    @Test func aPledgeToQuitACampaignIsNegative() throws {
        let found = try commitments("""
            Governor Tom Lake said he will suspend his presidential campaign on Friday. Senator Ann Bell agreed to end her bid for the nomination.
            """)
        #expect(found.map(\.polarity) == [.negative, .negative])
        #expect(found.map(\.action) == ["continue his presidential campaign on Friday", "continue her bid for the nomination"])
        // ending something else is an act
        #expect(try commitments("Governor Tom Lake said he will end the hiring freeze.").map(\.polarity) == [.positive])
    }

    @Test func coordinatedNamedSubjectsBindEachActor() throws {
        let found = try commitments("Governor Tom Lake and Senator Ann Bell agreed to meet in Dayton next week.")
        #expect(found.map(\.actor.name) == ["Tom Lake", "Ann Bell"])
    }

    @Test func aFirstSubjectAfterItsDescriptionBindsForBoth() throws {
        let found = try commitments("Democratic front-runner Ann Bell and Governor Tom Lake will speak at the fair on Monday.")
        #expect(found.map(\.actor.name) == ["Ann Bell", "Tom Lake"])
        // a name after a verb is its object, not the first subject
        let object = try commitments("Voters praised Senator Ann Bell and Governor Tom Lake will speak at the fair on Monday.")
        #expect(object.map(\.actor.name) == ["Tom Lake"])
    }

    @Test func speechRefusalIsNotACommitment() throws {
        #expect(try commitments("Governor Tom Lake declined to comment on the budget.").isEmpty)
    }

    @Test func demandOnOthersIsNotACommitment() throws {
        #expect(try commitments("Senator Ann Bell called for the mayor's resignation.").isEmpty)
    }

    @Test func firstPersonInAQuoteBindsTheSpeaker() throws {
        let found = try commitments("\"We are going to build the bridge,\" Governor Tom Lake said.")
        #expect(found.first?.actor.name == "Tom Lake")
    }

    @Test func conditionIsKept() throws {
        let found = try commitments("Senator Ann Bell said she would resign if the bill fails.")
        #expect(found.first?.condition == "if the bill fails")
    }

    @Test func progressiveBindsItsParticiple() throws {
        let found = try commitments("Senator Ann Bell said she will be attending the summit on Friday.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Ann Bell")
        // the action reads after "will": "be attending the summit"
        #expect(item.action.hasPrefix("be attending the summit"))
        #expect(item.timeframe == "on Friday")
    }

    @Test func coordinatedVerbTakesTheClauseSubject() throws {
        // a pronoun that opens the sentence, a name before an irregular past, a role noun
        let pronoun = try commitments("Mayor Jane Roe spoke to reporters on Monday.\n\nShe praised the budget and pledged to hire more teachers.")
        #expect(pronoun.map(\.actor.name) == ["Jane Roe"])
        let role = try commitments("Ann Bell, the Vermont senator, said the budget was too small.\n\nThe Vermont senator emailed supporters and vowed to compete in the primary.")
        #expect(role.map(\.actor.name) == ["Ann Bell"])
        let irregular = try commitments("Mayor Jane Roe held a meeting with parents and promised to reopen the school.")
        #expect(irregular.map(\.actor.name) == ["Jane Roe"])
        #expect(irregular.first?.action == "reopen the school")
    }

    @Test func aReportAfterAWhetherClauseStillBinds() throws {
        let found = try commitments("Asked whether she would run again, Mayor Jane Roe said she would not seek another term.")
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.first?.action == "seek another term")
        #expect(try commitments("Nobody knows whether Mayor Jane Roe will seek another term.").isEmpty)
    }

    @Test func aBeliefAboutSomeoneElseIsAForecast() throws {
        #expect(try commitments("Senator Ann Bell said she thinks Governor Tom Lake will sign the bill.").isEmpty)
        #expect(try commitments("Senator Ann Bell said Governor Tom Lake will sign the bill.").count == 1)
    }

    @Test func hedgedForecastsAndDescriptionsAreNotCommitments() throws {
        #expect(try commitments("Mayor Jane Roe said she would probably attend the meeting.").isEmpty)
        #expect(try commitments("Governor Tom Lake, who will chair the committee, spoke on Monday.").isEmpty)
        #expect(try commitments("Governor Tom Lake said a judge would not treat him fairly.").isEmpty)
        #expect(try commitments("Mayor Jane Roe said she would attend the meeting.").count == 1)
    }

    @Test func anEllipticalRefusalHasNoAction() throws {
        // "decided not to" with nothing after it: "following" is not what she decided
        #expect(try commitments("Mayor Jane Roe decided not to following the death of her father.").isEmpty)
        let kept = try commitments("Mayor Jane Roe decided not to run following the death of her father.")
        #expect(kept.first?.action == "run following the death of her father")
    }

    @Test func negativeCueForms() throws {
        #expect(try commitments("Governor Tom Lake promised not to raise taxes.").map(\.polarity) == [.negative])
        #expect(try commitments("Governor Tom Lake said he won\u{2019}t raise taxes.").map(\.polarity) == [.negative])
        let intention = try commitments("Governor Tom Lake has no intention of resigning.")
        #expect(intention.map(\.polarity) == [.negative])
        #expect(intention.first?.action == "consider resigning")
        let sofar = try commitments("Governor Tom Lake has so far refused to release the report.")
        #expect(sofar.first?.actor.name == "Tom Lake")
        #expect(sofar.first?.polarity == .negative)
    }

    @Test func subjectAcrossARelativeClauseOrAPlace() throws {
        let relative = try commitments("Governor Tom Lake, a Republican who has refused to endorse the nominee, spoke in Ohio.")
        #expect(relative.first?.actor.name == "Tom Lake")
        #expect(relative.first?.polarity == .negative)
        let place = try commitments("Senator Ann Bell of Vermont proposed a tax on carbon.")
        #expect(place.first?.actor.name == "Ann Bell")
    }

    @Test func scheduledActionIsACommitment() throws {
        let found = try commitments("Governor Tom Lake is scheduled to visit the plant on Monday.")
        #expect(found.first?.actor.name == "Tom Lake")
        #expect(found.first?.timeframe == "on Monday")
    }

    @Test func aPronounReachesBackOverShortParagraphsToAPersonOfItsGender() throws {
        let body = "Mr. Tom Lake wrote to the council on Monday.\n\nThe letter was short.\n\nNonetheless, he sought to reassure voters.\n\n"
            + "\u{201C}We are going to rebuild the bridge,\u{201D} he said."
        #expect(try commitments(body).map(\.actor.name) == ["Tom Lake"])
        // a woman is not "he"
        let other = body.replacingOccurrences(of: "Mr. Tom Lake", with: "Mrs. Ann Bell")
        #expect(try commitments(other).isEmpty)
    }

    @Test func aHedgeBeforeTheModalMakesAForecast() throws {
        #expect(try commitments("Governor Tom Lake undoubtedly will sign the bill on Friday.").isEmpty)
        #expect(try commitments("Governor Tom Lake likely will sign the bill on Friday.").isEmpty)
        #expect(try commitments("Governor Tom Lake will sign the bill on Friday.").count == 1)
    }

    @Test func anIntentionToldAsPastIsNoCommitment() throws {
        #expect(try commitments("\u{201C}I was going to sign the bill,\u{201D} Governor Tom Lake said.").isEmpty)
        #expect(try commitments("\u{201C}I am going to sign the bill,\u{201D} Governor Tom Lake said.").count == 1)
    }

    @Test func aPlanToldInTheNarratorsPluperfectIsNoCommitment() throws {
        #expect(try commitments("Six years earlier, Governor Tom Lake had decided not to run for the Senate.").isEmpty)
        #expect(try commitments("Governor Tom Lake had already planned to sign the bill on Friday.").isEmpty)
        // a pledge stays on record, and reported speech shifts a standing decision's tense
        #expect(try commitments("Governor Tom Lake had pledged to sign the bill on Friday.").count == 1)
        #expect(try commitments("A spokeswoman said Governor Tom Lake had decided to sign the bill on Friday.").count == 1)
        #expect(try commitments("Governor Tom Lake has decided not to run for the Senate.").count == 1)
        // so does a report given after the plan
        #expect(try commitments("Governor Tom Lake had decided to veto the ferry bill, according to two aides.").count == 1)
        #expect(try commitments("Governor Tom Lake had decided to veto the ferry bill, his office confirmed on Friday.").count == 1)
    }

    @Test func anOutcomeIsNoAct() throws {
        #expect(try commitments("\u{201C}We are going to start winning again,\u{201D} Governor Tom Lake said.").isEmpty)
        #expect(try commitments("Governor Tom Lake said he will do well in the primary.").isEmpty)
        #expect(try commitments("Governor Tom Lake said he will exceed expectations in the primary.").isEmpty)
        let act = try commitments("\u{201C}We are going to start building the bridge,\u{201D} Governor Tom Lake said.")
        #expect(act.map(\.action) == ["start building the bridge"])
    }

    @Test func aThirdPersonsFutureInSomeoneElsesQuotationIsTheirClaim() throws {
        #expect(try commitments("\u{201C}Governor Tom Lake will raise your taxes,\u{201D} Mayor Jane Roe said.").isEmpty)
        // reported rather than quoted, the same words may relay his announcement
        #expect(try commitments("Mayor Jane Roe said Governor Tom Lake will raise your taxes.").map(\.actor.name) == ["Tom Lake"])
        #expect(try commitments("\u{201C}I will cut your taxes,\u{201D} Governor Tom Lake said.").map(\.actor.name) == ["Tom Lake"])
    }

    @Test func theActionReadsAfterWill() throws {
        let proposal = try commitments("Senator Ann Bell proposed to set term limits for the council.")
        #expect(proposal.map(\.action) == ["set term limits for the council"])
        #expect(try commitments("Senator Ann Bell proposed a tax on carbon.").map(\.action) == ["propose a tax on carbon"])
        #expect(try commitments("Senator Ann Bell has called for a tax on carbon.").map(\.action) == ["call for a tax on carbon"])
        let running = try commitments("Governor Tom Lake is not running for reelection.")
        #expect(running.map(\.action) == ["run for reelection"])
        #expect(running.map(\.polarity) == [.negative])
        #expect(try commitments("Governor Tom Lake is running for president.").map(\.action) == ["run for president"])
        let gerund = try commitments("Governor Tom Lake is committed to building the bridge.")
        #expect(gerund.map(\.action) == ["stay committed to building the bridge"])
    }

    @Test func aPurposeAfterACallIsNoDemandOnOthers() throws {
        let found = try commitments("Senator Ann Bell calls for tax reform, to make the system fair.")
        #expect(found.map(\.action) == ["call for tax reform"])
        #expect(try commitments("Senator Ann Bell called for the mayor to resign.").isEmpty)
    }

    @Test func anEllipsisBindsNoActButANounPhraseObjectDoes() throws {
        #expect(try commitments("\u{201C}We always have, and we will this time as well,\u{201D} Governor Tom Lake said.").isEmpty)
        #expect(try commitments("Governor Tom Lake agreed to a moratorium on new permits.").map(\.action) == ["a moratorium on new permits"])
    }

    @Test func aNegationAfterAnAdverbTurnsThePolarity() throws {
        let found = try commitments("\u{201C}I would absolutely not support the plan,\u{201D} Governor Tom Lake said.")
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.map(\.action) == ["support the plan"])
    }

    @Test func aPronounAfterAReportAndABareWeekdayBindsTheReporter() throws {
        let found = try commitments("The Harbor Trust met on Friday. The Harbor Trust said Monday it will close the old pier.")
        #expect(found.map(\.actor.name) == ["Harbor Trust"])
        #expect(found.first?.action == "close the old pier")
    }

    @Test func aSpeakersOwnBeliefAboutWhatTheyWillDoIsAForecast() throws {
        #expect(try commitments("\u{201C}I think we will open the bridge in May,\u{201D} Governor Tom Lake said.").isEmpty)
        #expect(try commitments("\u{201C}We will open the bridge in May,\u{201D} Governor Tom Lake said.").count == 1)
    }

    @Test func aSpeakersOwnWouldIsAHypotheticalUnlessTheSpeakerReportsItAsAPledge() throws {
        #expect(try commitments("\u{201C}Between the two of them, I would pick the mayor,\u{201D} Governor Tom Lake said.").isEmpty)
        #expect(try commitments("\u{201C}If I were younger, I'd run for the seat myself,\u{201D} Governor Tom Lake said.").isEmpty)
        let said = try commitments("\u{201C}I have always said that I would back the nominee,\u{201D} Governor Tom Lake said.")
        #expect(said.map(\.actor.name) == ["Tom Lake"])
        #expect(said.map(\.action) == ["back the nominee"])
    }

    @Test func aNamedActorAfterAnArticleAnnouncesItsOwnFuture() throws {
        let found = try commitments("A struggling Acme Corporation announced it would cut 3,000 jobs.")
        #expect(found.map(\.actor.name) == ["Acme Corporation"])
        #expect(found.map(\.action) == ["cut 3,000 jobs"])
        #expect(try commitments("Mayor Jane Roe said a federal judge would block the plan.").isEmpty)
    }

    @Test func aPronounBindsOnlyTheReporterItself() throws {
        let years = try commitments("The Acme Corporation has said for years that it would build the plant.")
        #expect(years.map(\.actor.name) == ["Acme Corporation"])
        // "it" is the plan or France, not Jane Roe: her forecast binds nobody
        #expect(try commitments("The plan was first tried by the Acme Corporation. Mayor Jane Roe said it would work.").isEmpty)
    }

    @Test func aWarningOfWhatTheActorCouldDoIsAConditionalThreat() throws {
        let found = try commitments("The Acme Corporation has warned it could close the plant if the tax passes.")
        #expect(found.map(\.actor.name) == ["Acme Corporation"])
        #expect(found.first?.condition == "if the tax passes")
        #expect(found.map(\.polarity) == [.positive])
        #expect(try commitments("Analysts said the Acme Corporation could close the plant.").isEmpty)
    }

    @Test func aDeclaredInabilityIsNegative() throws {
        let found = try commitments("The Acme Corporation says it cannot hope to repay the loan.")
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.map(\.action) == ["repay the loan"])
        // not the actor's own declaration: a constraint someone else states
        #expect(try commitments("Under the new law the Acme Corporation cannot sell the plant.").isEmpty)
        #expect(try commitments("\u{201C}I can't sell the plant,\u{201D} Governor Tom Lake said.").isEmpty)
        #expect(try commitments("Governor Tom Lake says that does not mean he cannot sell the plant.").isEmpty)
    }

    @Test func balkingIsARefusal() throws {
        let found = try commitments("Governor Tom Lake balked at accepting the refugees.")
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.map(\.action) == ["consider accepting the refugees"])
    }

    @Test func endingOrKeepingACampaignIsACommitment() throws {
        let ending = try commitments("Senator Ann Bell is ending her campaign for the nomination.")
        #expect(ending.map(\.polarity) == [.negative])
        #expect(ending.map(\.action) == ["continue her campaign for the nomination"])
        let staying = try commitments("Senator Ann Bell is staying in the race until the convention.")
        #expect(staying.map(\.polarity) == [.positive])
        #expect(staying.map(\.action) == ["stay in the race until the convention"])
        // the cue's own words are the whole act
        let bare = try commitments("Senator Ann Bell says, win or lose on Tuesday, she is staying in the race.")
        #expect(bare.map(\.action) == ["stay in the race"])
        let suspended = try commitments("Senator Ann Bell is suspending her campaign.")
        #expect(suspended.map(\.action) == ["continue her campaign"])
    }

    @Test func aStandingOrderBinds() throws {
        let found = try commitments("Governor Tom Lake has ordered a review of the visa program.")
        #expect(found.map(\.action) == ["order a review of the visa program"])
    }

    @Test func aScheduleBindsItsBe() throws {
        let found = try commitments("Mayor Jane Roe is scheduled to be among the speakers on Monday.")
        #expect(found.map(\.actor.name) == ["Jane Roe"])
        #expect(try commitments("Mayor Jane Roe will be angry about the vote.").isEmpty)
        // a role one is slated for is no act
        #expect(try commitments("Mayor Jane Roe is slated to be a delegate in July.").isEmpty)
        let slated = try commitments("Mayor Jane Roe is slated to be at the state fair in July.")
        #expect(slated.map(\.actor.name) == ["Jane Roe"])
    }

    @Test func aConcernAboutSomeonesFutureIsABelief() throws {
        #expect(try commitments("Economists share a concern that the Acme Corporation will raise prices too quickly.").isEmpty)
        #expect(try commitments("The Acme Corporation, which began the year predicting that it would raise prices, has waited.").isEmpty)
    }

    @Test func gainingDelegatesIsAnOutcome() throws {
        #expect(try commitments("Senator Ann Bell will gain at least 24 delegates.").isEmpty)
        #expect(try commitments("\u{201C}I wouldn't underestimate the voters,\u{201D} Senator Ann Bell said.").isEmpty)
    }

    @Test func theCampaignIsTheCampaignOfThePersonWhoseAidesSpeak() throws {
        let found = try commitments("Mayor Jane Roe spoke at the Acme Corporation. Senator Ann Bell's advisers said that the campaign would not accept the result.")
        #expect(found.map(\.actor.name) == ["Bell campaign"])
        #expect(found.map(\.polarity) == [.negative])
    }

    @Test func aPossessorsCallsOrBidAcrossAWordOfRepetitionAreTheirCommitment() throws {
        let calls = try commitments("Voters in Ohio opposed Governor Tom Lake's repeated calls to ban all new permits.")
        #expect(calls.map(\.actor.name) == ["Tom Lake"])
        #expect(calls.map(\.action) == ["ban all new permits"])
        let bid = try commitments("Voters in Ohio opposed Senator Ann Bell's bid to close the state's coal plants.")
        #expect(bid.map(\.actor.name) == ["Ann Bell"])
        #expect(try commitments("The union answered calls to strike on Monday.").isEmpty)
    }

    @Test func aPossessorsPledgeAcrossAdjectivesIsTheirCommitment() throws {
        let named = try commitments("Voters in Ohio mocked Governor Tom Lake's controversial pledge to close every coal plant.")
        #expect(named.map(\.actor.name) == ["Tom Lake"])
        #expect(named.map(\.action) == ["close every coal plant"])
        let pronoun = try commitments("Governor Tom Lake spoke on Monday. Voters tired of his constant vows to cut the state payroll.")
        #expect(pronoun.map(\.actor.name) == ["Tom Lake"])
        // a noun between them is someone the possessor has, and the cue is that one's verb
        #expect(try commitments("Senator Ann Bell's rival plans to cut the state payroll.").allSatisfy { $0.actor.name != "Ann Bell" })
        #expect(try commitments("Senator Ann Bell's executive plans to cut the state payroll.").allSatisfy { $0.actor.name != "Ann Bell" })
    }

    @Test func aPossessorsProposalIsTheirCommitment() throws {
        let call = try commitments("Voters in Ohio opposed Governor Tom Lake's call to ban all new permits.")
        #expect(call.map(\.actor.name) == ["Tom Lake"])
        #expect(call.map(\.action) == ["ban all new permits"])
        let proposal = try commitments("Senator Ann Bell's proposal for a tax on carbon has drawn praise.")
        #expect(proposal.map(\.action) == ["propose a tax on carbon"])
        let proposals = try commitments("Critics in Ohio attacked Senator Ann Bell's proposals to raise the gas tax.")
        #expect(proposals.map(\.actor.name) == ["Ann Bell"])
        #expect(proposals.map(\.action) == ["raise the gas tax"])
        // the proposal's own verb ends the action: a past form after its object, not only an auxiliary
        let drew = try commitments("Senator Ann Bell's proposal for a tax on carbon drew praise from Democrats.")
        #expect(drew.map(\.action) == ["propose a tax on carbon"])
        let fire = try commitments("Senator Ann Bell's proposals to raise the gas tax drew fire from truckers.")
        #expect(fire.map(\.action) == ["raise the gas tax"])
        // but a participle that opens the object is no verb of the sentence
        let leave = try commitments("Critics in Ohio attacked Senator Ann Bell's proposal to provide paid leave to farm workers.")
        #expect(leave.map(\.action) == ["provide paid leave to farm workers"])
        // "plan for" names a topic, a place or a period as often as a measure: no proposal
        #expect(try commitments("Critics mocked Senator Ann Bell's plans for the border, which she unveiled in May.").isEmpty)
        #expect(try commitments("Tom Reed mocked Senator Ann Bell's plan for the first 100 days.").isEmpty)
        #expect(try commitments("The council discussed a plan for new permits.").isEmpty)
        #expect(try commitments("The council issued a call to action on housing.").isEmpty)
        let pronoun = try commitments("Governor Tom Lake spoke on Monday. Voters opposed his proposal to ban all new permits.")
        #expect(pronoun.map(\.actor.name) == ["Tom Lake"])
        // the pronoun is not the one its own proposal names
        #expect(try commitments("Governor Tom Lake met Mayor Jim Roe. Voters cheered his promise to repeal Jim Roe's rules.").isEmpty)
        let participle = try commitments("Governor Tom Lake toured the state, proposing a ban on new permits.")
        #expect(participle.map(\.action) == ["propose a ban on new permits"])
        let subject = try commitments("Senator Ann Bell's plan to rally voters in Ohio would cost millions.")
        #expect(subject.map(\.action) == ["rally voters in Ohio"])
    }

    @Test func aParticipleModifyingTheObjectOfANounCueStaysInTheAction() throws {
        // a past form followed by "by" or a preposition modifies the object; the sentence's verb comes later
        let amassed = try commitments("Senator Ann Bell's proposal to tax fortunes amassed by the richest families drew praise on Monday.")
        #expect(amassed.map(\.action) == ["tax fortunes amassed by the richest families"])
        let earned = try commitments("Governor Tom Lake's proposal to expand benefits earned by veterans won support from unions.")
        #expect(earned.map(\.action) == ["expand benefits earned by veterans"])
        let enrolled = try commitments("Governor Tom Lake's proposal to make college free for students enrolled in public universities drew praise.")
        #expect(enrolled.map(\.action) == ["make college free for students enrolled in public universities"])
        // an auxiliary later in the span is the verb, not the participle before it
        let paid = try commitments("Senator Ann Bell's proposal to raise the minimum wage paid by large employers would cost jobs.")
        #expect(paid.map(\.action) == ["raise the minimum wage paid by large employers"])
        // with no later verb, a past form before a preposition other than "by" is the sentence's verb
        let failed = try commitments("Senator Ann Bell's plan to tax carbon failed in the Senate.")
        #expect(failed.map(\.action) == ["tax carbon"])
    }

    @Test func aNamedActorsProgressiveEventIsAScheduledAct() throws {
        let found = try commitments("Mayor Jane Roe is holding a town hall meeting in Dayton on Friday.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Jane Roe")
        #expect(item.modality == "scheduled act")
        #expect(item.action == "hold a town hall meeting in Dayton on Friday")
        #expect(item.timeframe == "on Friday")
        let ad = try commitments("Governor Tom Lake's campaign manager spoke. Governor Tom Lake is airing a new television ad in Ohio.")
        #expect(ad.map(\.action) == ["air a new television ad in Ohio"])
        let negated = try commitments("Governor Tom Lake is not holding a rally tonight.")
        #expect(negated.map(\.polarity) == [.negative])
    }

    @Test func aProgressiveStateOrFigureOfSpeechIsNoScheduledAct() throws {
        #expect(try commitments("Mayor Jane Roe is holding her own in the polls.").isEmpty)
        #expect(try commitments("Mayor Jane Roe is leading in the polls in Dayton.").isEmpty)
        #expect(try commitments("Mayor Jane Roe is holding up the budget.").isEmpty)
        #expect(try commitments("Governor Tom Lake is sending mixed messages on taxes.").isEmpty)
        #expect(try commitments("Governor Tom Lake is calling the election rigged.").isEmpty)
        #expect(try commitments("Governor Tom Lake is reviewing his options after the vote.").isEmpty)
        // voters' act is no institution's: only a group that acts for one binds itself
        #expect(try commitments("Angry voters are holding a rally in Dayton on Friday.").isEmpty)
        let officials = try commitments("Immigration officials are also reviewing all visas issued last year.")
        #expect(officials.map(\.action) == ["review all visas issued last year"])
        let collective = try commitments("Mayor Jane Roe won. A group of conservative leaders is calling a meeting in Dayton on Friday.")
        #expect(collective.map(\.actor.name) == ["Conservative leaders"])
        // "the organization" names no one in particular
        #expect(try commitments("The Acme Corporation spoke. The organization is spending $2 million on ads in Ohio.").isEmpty)
        let sum = try commitments("The Acme Corporation is spending $2 million on ads in Ohio.")
        #expect(sum.map(\.action) == ["spend $2 million on ads in Ohio"])
    }

    @Test func aParticipleAfterAPresentClauseIsAScheduledActButNotAfterAPastOne() throws {
        let found = try commitments("Governor Tom Lake is breaking with tradition, hosting a dinner for donors in Dayton.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(found.map(\.action) == ["host a dinner for donors in Dayton"])
        #expect(try commitments("Governor Tom Lake spoke in Dayton on Monday, holding a rally for donors.").isEmpty)
    }

    @Test func anAnnouncedPlanOrEventIsACommitmentButNotAnAnnouncedResult() throws {
        let buy = try commitments("Mayor Jane Roe announced a $2 million ad buy this week in Ohio.")
        #expect(buy.map(\.actor.name) == ["Jane Roe"])
        #expect(buy.map(\.modality) == ["announced"])
        let proposal = try commitments("Senator Ann Bell unveiled a proposal to build three new bridges.")
        #expect(proposal.map(\.action) == ["go ahead with a proposal to build three new bridges"])
        #expect(try commitments("Senator Ann Bell announced the winner of the essay prize.").isEmpty)
        #expect(try commitments("Senator Ann Bell announced she supported legislation to repeal the tax.").isEmpty)
    }

    @Test func aScheduledVisitOrStopIsAnAct() throws {
        let stops = try commitments("Governor Tom Lake has scheduled campaign stops in Iowa and Nevada next week.")
        #expect(stops.map(\.actor.name) == ["Tom Lake"])
        let visit = try commitments("Mayor Jane Roe announced a visit to the flooded towns on Friday.")
        #expect(visit.map(\.actor.name) == ["Jane Roe"])
    }

    @Test func aRelativeNamedByFirstNameInAppositionIsTheActor() throws {
        let found = try commitments("Governor Tom Bellamy arrived on Sunday. On Monday, Bellamy's wife, Ann, is scheduled to open the state fair.")
        #expect(found.map(\.actor.name) == ["Ann Bellamy"])
        #expect(found.map(\.action) == ["open the state fair"])
        // a first name after another noun is no relative of the possessor
        #expect(try commitments("Governor Tom Bellamy arrived on Sunday. On Monday, Bellamy's rival, Ann, is scheduled to open the state fair.").isEmpty)
    }

    @Test func anOpEdsFirstPersonBindsTheAuthorNamedInItsClosingLine() throws {
        let body = """
        I grew up in Dayton, and my parents ran a bakery there.

        This is why, despite the calls from the bureau, I refuse to fill out the new form.

        Dana Whitcombe is the author of a book on local government.
        """
        let found = try commitments(body)
        #expect(found.map(\.actor.name) == ["Dana Whitcombe"])
        #expect(found.map(\.polarity) == [.negative])
        #expect(found.map(\.action) == ["fill out the new form"])
        // without the closing line, "I" outside quotations is no one
        #expect(try commitments("I grew up in Dayton, and my parents ran a bakery there.\n\nI refuse to fill out the new form.").isEmpty)
        // nor when the article has no first person of its own: a closing line about a source
        let news = try commitments("The council met on Monday.\n\nI refuse to fill out the new form.\n\nDana Whitcombe is a spokeswoman for the council.")
        #expect(news.isEmpty)
    }

    @Test func aScheduledSpeechOrAppearanceIsAnActButARefusedCommentIsNot() throws {
        let speech = try commitments("Senator Ann Bell is scheduled to speak Monday at the state convention.")
        #expect(speech.map(\.actor.name) == ["Ann Bell"])
        #expect(speech.map(\.action) == ["speak Monday at the state convention"])
        let testimony = try commitments("Governor Tom Lake will testify before the budget committee on Thursday.")
        #expect(testimony.map(\.action) == ["testify before the budget committee on Thursday"])
        let appearance = try commitments("Governor Tom Lake will appear before the budget committee on Thursday.")
        #expect(appearance.map(\.actor.name) == ["Tom Lake"])
        #expect(try commitments("Governor Tom Lake will appear to be the favourite on Thursday.").isEmpty)
        #expect(try commitments("Governor Tom Lake declined to speak about the budget.").isEmpty)
    }

    @Test func aSecondClauseJoinedByAndEndsTheAction() throws {
        let found = try commitments("Immigration officials are reviewing all visas issued last year and are considering a moratorium on new ones.")
        #expect(found.map(\.action) == ["review all visas issued last year"])
    }

    @Test func aCallForAGerundOrANounIsTheCallersProgramme() throws {
        let gerund = try commitments("Senator Ann Bell called for denying permits to companies from abroad.")
        #expect(gerund.map(\.actor.name) == ["Ann Bell"])
        let ban = try commitments("Senator Ann Bell is calling for a ban on selling land to the state.")
        #expect(ban.map(\.actor.name) == ["Ann Bell"])
        #expect(try commitments("Senator Ann Bell called for the mayor to resign.").isEmpty)
    }

    @Test func aDeclaredRefusalOfSupportIsNegative() throws {
        let found = try commitments("Senator Ann Bell said she could not support the new budget.")
        #expect(found.map(\.actor.name) == ["Ann Bell"])
        #expect(found.map(\.polarity) == [.negative])
        // a past inability to do something else binds nothing
        #expect(try commitments("Senator Ann Bell said she could not attend the meeting.").isEmpty)
        let threat = try commitments("Governor Tom Lake has threatened not to attend the debate.")
        #expect(threat.map(\.polarity) == [.negative])
    }

    @Test func theActorARelativeClauseHangsOnBindsTheCueAfterIt() throws {
        let found = try commitments("Governor Ann Bellamy, who spent $2 million on ads last year, plans to focus on jobs in December.")
        #expect(found.map(\.actor.name) == ["Ann Bellamy"])
        #expect(found.map(\.action) == ["focus on jobs in December"])
    }
}
