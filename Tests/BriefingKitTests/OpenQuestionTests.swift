import Testing
@testable import BriefingKit

/// Open questions on small invented articles: which sentences leave something unresolved, and
/// how the question is put.
@Suite struct OpenQuestionTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] { try TestSupport.openQuestions(body) }

    @Test func whetherClauseBecomesTheQuestion() throws {
        let found = try questions("It was unclear whether the council was ready to vote.")
        #expect(found.first?.kind == .uncertain)
        #expect(found.first?.question == "Was the council ready to vote?")
    }

    @Test func aClosingTagIsNoPartOfTheQuestion() throws {
        let whether = try questions("It was unclear whether the council was ready to vote, Dana Hill said on Monday.")
        #expect(whether.first?.question == "Was the council ready to vote?")
        let could = try questions("That could help carry him into the March primary, which he is expected to win, Tom Lake said.")
        #expect(could.first?.question == "Could that help carry him into the March primary?")
    }

    /// An article may stop mid-sentence: a cue in its last two words is read without looking past them.
    @Test func aCueEndingTheTextWithoutPunctuationIsStillRead() throws {
        for cue in ["is considering", "are considering", "is skeptical"] {
            let found = try questions("The council \(cue)")
            #expect(found.count <= 1)
        }
        #expect(try questions("The council is considering").first?.kind == .pending)
    }

    @Test func conditionFollowsTheOutcome() throws {
        let found = try questions("If the bill fails, the mayor will call new elections.")
        #expect(found.first?.kind == .conditional)
        #expect(found.first?.question == "Will the mayor call new elections if the bill fails?")
    }

    @Test func genericAndComparativeIfAreNoConditions() throws {
        #expect(try questions("If you like the park, you can keep visiting it.").isEmpty)
        #expect(try questions("The mayor acted as if the vote would never come.").isEmpty)
    }

    @Test func yesNoQuestionCountsButNotAWhQuestion() throws {
        #expect(try questions("Will the council approve the plan?").map(\.kind) == [.explicit])
        #expect(try questions("Who is to blame for the delay?").isEmpty)
    }

    @Test func manyQuestionsAreRhetorical() throws {
        let body = "Is it fair? Is it wise? Is it legal? Is it needed? The council will not say."
        #expect(try questions(body).allSatisfy { $0.kind != .explicit })
    }

    @Test func quotedYesNoQuestionCounts() throws {
        let found = try questions("Mayor Jane Roe asked: \u{201C}Will the state pay for the bridge?\u{201D}")
        #expect(found.map(\.kind) == [.explicit])
        #expect(found.first?.question == "Will the state pay for the bridge?")
        // a quoted question put to a listener is conversation
        #expect(try questions("Mayor Jane Roe asked the crowd, \u{201C}Do you like the park?\u{201D}").isEmpty)
    }

    /// A question that says "really" or negates implies its answer: a jab, not an open question;
    /// an alternative's "or not" is no negation.
    @Test func aQuestionImplyingItsAnswerIsRhetorical() throws {
        #expect(try questions("Tom Hale asked: \u{201C}Does the council really want a toll on the bridge?\u{201D}").isEmpty)
        #expect(try questions("Tom Hale asked: \u{201C}Does that not matter to the council?\u{201D}").isEmpty)
        #expect(try questions("Tom Hale asked: \u{201C}Doesn\u{2019}t the council read its mail?\u{201D}").isEmpty)
        let alternative = try questions("The harbor board met twice. Was the toll too high, or not high enough?")
        #expect(alternative.map(\.kind) == [.explicit])
    }

    /// A speaker's quoted question on what is or was passes a judgement ("“Is this what we accept
    /// now?”"); a quoted question on what will be, or the writer's own, stays open.
    @Test func aQuotedQuestionOnWhatIsIsAJab() throws {
        #expect(try questions("Tom Hale asked: \u{201C}Is this the best the council can do for the harbor?\u{201D}").isEmpty)
        #expect(try questions("\u{201C}Was that a good use of the toll money?\u{201D} Tom Hale asked.").isEmpty)
        #expect(try questions("Tom Hale asked: \u{201C}Will the council close the harbor?\u{201D}").map(\.kind) == [.explicit])
        #expect(try questions("The harbor board met twice. Is the toll too high?").map(\.kind) == [.explicit])
    }

    /// The writer's own question to the reader is a prompt ("Do you back the mayor? Share this
    /// page."), not an issue the article leaves open; the same question quoted from a speaker is asked.
    @Test func theWritersQuestionToTheReaderIsAPrompt() throws {
        #expect(try questions("The mayor spoke for an hour. Do you back the harbor plan? Share this page.").isEmpty)
        #expect(try questions("Have you ever tried to open a bakery in this town? The permits take a year.").isEmpty)
        let quoted = try questions("\u{201C}Do you want the council reading every letter?\u{201D} Tom Hale asked the mayor.")
        #expect(quoted.map(\.kind) == [.explicit])
    }

    /// ", possibly …" hedges the clause before it, which is asked; "possibly" as an intensifier
    /// ("the best mayor you could possibly want") or inside a phrase hedges nothing.
    @Test func anAsidePossiblyHedgesTheClauseBeforeIt() throws {
        let found = try questions("Police said the fire was set by a tenant, possibly to collect the insurance.")
        #expect(found.map(\.kind) == [.uncertain])
        #expect(found.first?.question == "Was the fire set by a tenant?")
        #expect(try questions("Tom Hale is the best mayor the harbor town could possibly want.").isEmpty)
        #expect(try questions("The two men talked about possibly sharing an office.").isEmpty)
    }

    /// A course of events the text raises as a possibility is uncertain, asked as whether it will
    /// come about; the phrase stops before a relative clause. A possibility merely named is none.
    @Test func aRaisedProspectIsAskedAsWhetherItWillComeAbout() throws {
        let found = try questions("The dockworkers walked out on Monday, raising the prospect of empty shelves in the harbor town.")
        #expect(found.map(\.kind) == [.uncertain])
        #expect(found.first?.question == "Will there be empty shelves in the harbor town?")
        let relative = try questions("The strike has raised the specter of a long winter that few shops could survive.")
        #expect(relative.first?.question == "Will there be a long winter?")
        #expect(try questions("Tom Hale talked about the prospect of a new bridge.").isEmpty)
    }

    /// A belief held widely about someone is not established; a race not yet called awaits its result.
    @Test func aWidelyHeldBeliefIsUncertainAndAnUncalledRacePending() throws {
        #expect(try questions("Tom Hale is widely believed to want the harbor job.").map(\.kind) == [.uncertain])
        #expect(try questions("The harbor district remained uncalled late on Tuesday.").map(\.kind) == [.pending])
    }

    @Test func notYetAndLawsuitsArePending() throws {
        #expect(try questions("The council hasn\u{2019}t yet approved the budget.").map(\.kind) == [.pending])
        #expect(try questions("The council still has not approved the budget.").map(\.kind) == [.pending])
        #expect(try questions("Residents filed a class-action lawsuit against the council.").map(\.kind) == [.pending])
    }

    @Test func outcomeBeforeAConditionStartsAfterThat() throws {
        let found = try questions("Mayor Jane Roe conceded that the council might close the library if the budget fails.")
        #expect(found.first?.kind == .conditional)
        #expect(found.first?.question == "Might the council close the library if the budget fails?")
    }

    @Test func claimQuestionDropsALeadingConjunction() throws {
        let found = try questions("But the mayor denied that the library was closed.")
        #expect(found.first?.kind == .disputed)
        #expect(found.first?.question == "Is it true that the library was closed?")
    }

    @Test func pastCounterfactualIsNoCondition() throws {
        #expect(try questions("If the mayor had won the vote, the council would have closed the library.").isEmpty)
        #expect(try questions("The council might close the library if it had to cut the budget.").map(\.kind) == [.conditional])
    }

    @Test func unclearIfIsAskedLikeWhether() throws {
        let found = try questions("It is unclear if the council can pass the budget.")
        #expect(found.first?.kind == .uncertain)
        #expect(found.first?.question == "Can the council pass the budget?")
        let check = try questions("The bridge will be examined to determine if it had been built as designed.")
        #expect(check.map(\.kind) == [.uncertain])
        #expect(check.first?.question.hasPrefix("Had it been built") == true)
    }

    @Test func maybeHedgesOnlyWhenTheWriterOpensASentenceWithIt() throws {
        #expect(try questions("Maybe the council will change its mind.").map(\.kind) == [.uncertain])
        #expect(try questions("\u{201C}Maybe I can send him a bill,\u{201D} Mayor Jane Roe joked.").isEmpty)
        #expect(try questions("The council met five, maybe six times.").isEmpty)
    }

    @Test func aDenialContestsAClaimButWithholdingDoesNot() throws {
        let found = try questions("The mayor denied the charges through a lawyer.")
        #expect(found.map(\.kind) == [.disputed])
        #expect(found.first?.question == "Are the charges true? The mayor denied them through a lawyer.")
        #expect(try questions("The mayor denied that the library was closed.").first?.question == "Is it true that the library was closed?")
        #expect(try questions("The police deny the two fires are related.").first?.question == "Is it true that the two fires are related?")
        #expect(try questions("The request was denied by the council.").isEmpty)
        #expect(try questions("The council denied him a permit.").isEmpty)
    }

    @Test func disagreementInAQuotationIsAnOpinion() throws {
        #expect(try questions("\u{201C}I disagree with what he said,\u{201D} Mayor Jane Roe said.").isEmpty)
        #expect(try questions("Council members disagree on when to vote.").map(\.kind) == [.disputed])
        #expect(try questions("No one has disputed the figures in the report.").isEmpty)
        #expect(try questions("The union disputed the figures in the report.").map(\.kind) == [.disputed])
    }

    @Test func aConcessiveWhetherAsksNothing() throws {
        #expect(try questions("Whether you agree or not, the council voted on Monday.").isEmpty)
        #expect(try questions("The mayor walks in the park, whether it rains or shines.").isEmpty)
        #expect(try questions("His style \u{2014} whether it is rude or blunt \u{2014} works for him.").isEmpty)
        #expect(try questions("Whether the plan works or fails is the question.").map(\.kind) == [.uncertain])
    }

    @Test func aWhetherTheSentenceAnswersIsNotOpen() throws {
        #expect(try questions("Asked whether she would run again, Mayor Jane Roe said, \u{201C}Probably.\u{201D}").isEmpty)
        let open = try questions("Asked whether she would run again, Mayor Jane Roe said she would not say.")
        #expect(open.map(\.kind) == [.uncertain])
        #expect(open.first?.question == "Would she run again?")
        // a bare negation closes the answer; one that goes on keeps it back
        #expect(try questions("Asked whether she would run again, Mayor Jane Roe said that she would not, citing her age.").isEmpty)
        let withheld = try questions("Asked whether she would run again, Mayor Jane Roe said she was not going to discuss it.")
        #expect(withheld.map(\.kind) == [.uncertain])
    }

    @Test func aConditionContraryToFactIsSettled() throws {
        #expect(try questions("If the park were a person, the council would protect it.").isEmpty)
        #expect(try questions("\u{201C}We would've won if everyone could vote,\u{201D} the mayor said.").isEmpty)
        #expect(try questions("The mayor would have been re-elected if the vote were held today.").isEmpty)
        // a hypothetical about the future stays open
        #expect(try questions("If the tax were adopted, the council would close the library.").map(\.kind) == [.conditional])
        #expect(try questions("If she were to win, the mayor would close the library.").map(\.kind) == [.conditional])
        // an elliptical supposition against what was just said
        #expect(try questions("The mayor has shown no interest in the court, but if she did, she would be the first.").isEmpty)
        #expect(try questions("The mayor would be the first if she wins the seat.").map(\.kind) == [.conditional])
    }

    /// "especially if" stresses a case of an outcome stated on its own; the outcome does not hang on it.
    @Test func aStressedConditionSetsNone() throws {
        #expect(try questions("The council may want to wait, especially if the harbor toll keeps rising.").isEmpty)
        #expect(try questions("The council may want to wait if the harbor toll keeps rising.").map(\.kind) == [.conditional])
    }

    /// A thing that "threatened to" do something risked an outcome; an actor's threat is awaited.
    @Test func aThingThatThreatenedMakesNoThreat() throws {
        #expect(try questions("The vote came after a storm that threatened to flood the harbor district.").isEmpty)
        #expect(try questions("The dockworkers' union has threatened to strike next month.").map(\.kind) == [.pending])
    }

    @Test func onceAsAnAdverbSetsNoCondition() throws {
        #expect(try questions("The mayor, who once praised the plan, could change the budget.").isEmpty)
        #expect(try questions("The council could vote once it has the money.").map(\.kind) == [.conditional])
    }

    @Test func aPollAnswerLeavesNothingOpen() throws {
        #expect(try questions("Asked if the mayor should resign, 46 percent of voters said yes.").isEmpty)
        let forecast = try questions("The deficit is expected to rise to 3 percent next year.")
        #expect(forecast.map(\.kind) == [.pending])
        #expect(forecast.first?.question == "Will the deficit rise to 3 percent next year?")
    }

    @Test func questionsReadPlainly() throws {
        #expect(try questions("The mayor has yet to win a vote.").first?.question == "Will the mayor win a vote?")
        #expect(try questions("It is not clear that the money was used.").first?.question == "Was the money used?")
        #expect(try questions("It is unclear whether they'll vote on Monday.").first?.question == "Will they vote on Monday?")
        let quoted = try questions("\u{201C}It is unclear whether the council can pay,\u{201D} the mayor said.")
        #expect(quoted.first?.question == "Can the council pay?")
        let reported = try questions("Mayor Jane Roe said the council is considering an appeal.")
        #expect(reported.first?.question == "Is the council considering an appeal?")
    }

    @Test func aQuestionAnsweredAtOnceIsNotOpen() throws {
        #expect(try questions("Did the inquiry find fault with the council? Sure. It found plenty.").isEmpty)
        #expect(try questions("Will the council approve the plan? The vote is in May.").map(\.kind) == [.explicit])
    }

    @Test func anAdverbInsideAnExpectationStillLeavesItPending() throws {
        let widely = try questions("The mayor is widely expected to win the vote.")
        #expect(widely.map(\.kind) == [.pending])
        #expect(widely.first?.question == "Will the mayor win the vote?")
        // expected of someone as a social demand, not an awaited event
        #expect(try questions("The mayor is somehow expected to please everyone.").isEmpty)
        #expect(try questions("The report comes ahead of the expected release of the budget.").map(\.kind) == [.pending])
        #expect(try questions("The two candidates are locked in a tight race in Ohio.").map(\.kind) == [.pending])
    }

    @Test func anOutcomeTheWriterHedgesIsUncertain() throws {
        #expect(try questions("The council could end up raising taxes.").map(\.kind) == [.uncertain])
        #expect(try questions("The council raised taxes.").isEmpty)
        #expect(try questions("The council sent troops who could end up in combat.").isEmpty)
        let relative = try questions("The mayor won the vote, in what could ultimately stall the tax plan.")
        #expect(relative.first?.question == "Could it ultimately stall the tax plan?")
    }

    @Test func criticismAndPushbackAreDisputes() throws {
        #expect(try questions("The plan has drawn criticism from the unions.").map(\.kind) == [.disputed])
        #expect(try questions("The mayor pushed back against accusations of bias.").map(\.kind) == [.disputed])
    }

    @Test func aQuestionPutToSomeoneIsAnsweredUnlessTheyEvade() throws {
        #expect(try questions("Mayor Jane Roe asked the council whether the park should close. The council voted to keep it open.").isEmpty)
        #expect(try questions("The survey asks whether any resident owns a car.").isEmpty)
        let evaded = try questions("Reporters asked Mayor Jane Roe whether the park would close. She declined to answer.")
        #expect(evaded.map(\.kind) == [.uncertain])
        #expect(evaded.first?.question == "Would the park close?")
    }

    @Test func anOpeningWhetherBeforeAMainClauseIsConcessive() throws {
        #expect(try questions("Whether we have differences, with our views, we try to help each other.").isEmpty)
        let open = try questions("Whether the council backers are out there, however, is an unsettled question.")
        #expect(open.map(\.kind) == [.uncertain])
        #expect(open.first?.question == "Are the council backers out there?")
        #expect(try questions("Whether the bridge is safe remains to be seen.").first?.question == "Is the bridge safe?")
    }

    @Test func questionsAreWholeOrPlain() throws {
        // a subject with a verb in it cannot take the fronted auxiliary
        let means = try questions("It is unclear whether that means the council would approve of the park.")
        #expect(means.first?.question.hasPrefix("Would means") == false)
        // "has" as a main verb takes "does"
        #expect(try questions("It is unclear whether the mayor has the votes.").first?.question == "Does the mayor have the votes?")
        // a relative aside is cut out of the question
        let aside = try questions("It is unclear whether the council, which met on Monday, will vote.")
        #expect(aside.first?.question == "Will the council vote?")
        // "whether to" asks about a decision
        #expect(try questions("The council is weighing whether to close the park.").first?.question
                == "Will it be decided whether to close the park?")
        // a fragment falls back to a plain question
        let fragment = try questions("Critics were skeptical about whether Tom Vale, who had never run a city.")
        #expect(fragment.allSatisfy { !$0.question.hasSuffix("Tom Vale?") })
    }

    @Test func investigationsAndWithheldAnswersStayOpen() throws {
        #expect(try questions("Investigators are searching for the missing files.").map(\.kind) == [.pending])
        let withheld = try questions("The mayor declined to say who would replace the chief.")
        #expect(withheld.map(\.kind) == [.uncertain])
        #expect(withheld.first?.question == "Will it be made known who would replace the chief?")
        #expect(try questions("\u{201C}I would not say what he said,\u{201D} Mayor Jane Roe said.").isEmpty)
    }

    @Test func skepticismAboutAClaimIsADispute() throws {
        #expect(try questions("Pollster Tom Vale is skeptical the mayor can win the county.").map(\.kind) == [.disputed])
        #expect(try questions("These voters are skeptical of new taxes.").isEmpty)
    }

    @Test func rejectingAClaimIsADispute() throws {
        let notion = try questions("Mayor Jane Roe rejected the notion that the library would close.")
        #expect(notion.map(\.kind) == [.disputed])
        #expect(notion.first?.question == "Is it true that the library would close?")
        let charges = try questions("Tom Vale pushed back on those charges Thursday, saying the audit was fair.")
        #expect(charges.map(\.kind) == [.disputed])
        #expect(charges.first?.question == "Are those charges true? Tom Vale pushed back on them Thursday.")
        #expect(try questions("The union dismissed the allegation.").first?.question == "Is the allegation true? The union dismissed it.")
        // the claim's author belongs to the claim
        #expect(try questions("The union rejected accusations by Mayor Jane Roe that its audit was late.").first?.question
                == "Is it true that its audit was late?")
    }

    @Test func bristlingAtOrTakingIssueWithAClaimIsADispute() throws {
        let bristled = try questions("The director bristled at the suggestion that he had misled the board.")
        #expect(bristled.map(\.kind) == [.disputed])
        #expect(bristled.first?.question == "Is it true that he had misled the board?")
        #expect(try questions("Mayor Jane Roe bristled at the implication that the audit was rigged.").map(\.kind) == [.disputed])
        #expect(try questions("The union took issue with the claim that wages had risen.").first?.question
                == "Is it true that wages had risen?")
        #expect(try questions("The union took issue with the schedule.").isEmpty)
    }

    @Test func aModalBeforeAShiftOrAnImpactIsUncertain() throws {
        #expect(try questions("Late voters could shift the balance of the county council.").map(\.kind) == [.uncertain])
        #expect(try questions("The second endorsement may signal a wider split in the union.").map(\.kind) == [.uncertain])
        #expect(try questions("The ruling might have a lasting impact on the harbor towns.").map(\.kind) == [.uncertain])
    }

    @Test func rejectingAProposalOrAThingIsNoDispute() throws {
        #expect(try questions("The council rejected the idea of a new stadium.").isEmpty)
        #expect(try questions("The council rejected the budget on Monday.").isEmpty)
        #expect(try questions("The claim was rejected by the court.").isEmpty)
        #expect(try questions("Nobody has rejected the allegation.").isEmpty)
    }

    @Test func aCloseContestAsksWhoWillWin() throws {
        let found = try questions("Jane Roe and Tom Vale are in a statistical tie in the northern county.")
        #expect(found.map(\.kind) == [.pending])
        #expect(found.first?.question == "Will Jane Roe or Tom Vale win in the northern county?")
    }

    @Test func aClauseWithNoAuxiliaryTakesDoOrWill() throws {
        #expect(try questions("It is unclear whether Tom Vale supports the plan.").first?.question == "Does Tom Vale support the plan?")
        #expect(try questions("It is unclear whether the council voted for the plan.").first?.question == "Did the council vote for the plan?")
        #expect(try questions("It is unclear whether both sides want a deal.").first?.question == "Do both sides want a deal?")
        // a condition is asked with its quoted outcome, not alone ("Will the mayor resign?")
        let condition = try questions("If the mayor resigns, Jane Roe said, \u{201C}we will vote again.\u{201D}")
        #expect(condition.first?.question == "Will we vote again if the mayor resigns?")
        // an adjective before a plural is no subject of its own: "current trends continue"
        let trends = try questions("It is unclear whether current trends continue.")
        #expect(trends.first?.question == "Will it turn out that current trends continue?")
    }

    @Test func plansAndWaitsAskAboutTheActItself() throws {
        #expect(try questions("The mayor has no plans to close the park.").first?.question == "Will the mayor close the park?")
        #expect(try questions("The report, titled Bridges of Tomorrow, has not yet been released.").first?.question
                == "Will the report be released?")
        #expect(try questions("Many on Tom Vale's staff of more than 100 are expected to quickly fan out to the northern counties.")
                    .first?.question == "Will many on Tom Vale's staff of more than 100 quickly fan out to the northern counties?")
    }

    @Test func questionsLeaveAsidesAndTrailingClausesOut() throws {
        let trailing = try questions("The council is expected to approve the budget, which the mayor sent to it in March after a long debate.")
        #expect(trailing.first?.question == "Will the council approve the budget?")
        let party = try questions("Senator Tom Vale (D-Ohio) is expected to endorse Jane Roe.")
        #expect(party.first?.question == "Will Senator Tom Vale endorse Jane Roe?")
        // a list after a comma stays whole
        let list = try questions("The council is expected to visit Springfield, Shelbyville and Ogdenville next week.")
        #expect(list.first?.question == "Will the council visit Springfield, Shelbyville and Ogdenville next week?")
    }

    @Test func aPronounSubjectIsNamed() throws {
        let named = try questions("Mayor Jane Roe spoke to reporters on Monday.\nShe has yet to decide on the budget.")
        #expect(named.first?.question == "Will Jane Roe decide on the budget?")
        // in a quotation the pronoun is the speaker's word for someone else: kept
        let quoted = try questions("Mayor Jane Roe spoke on Monday.\n\u{201C}She has yet to decide on the budget,\u{201D} Tom Vale said.")
        #expect(quoted.first?.question == "Will she decide on the budget?")
    }

    @Test func verbBaseForms() {
        let verbs = VerbBase(lexicons: .bundled)
        let bases = ["voted", "stopped", "visited", "called", "carries", "loses", "pushes", "won", "agreed", "hoped", "wants"]
            .map { verbs.base(of: $0)?.base }
        #expect(bases == ["vote", "stop", "visit", "call", "carry", "lose", "push", "win", "agree", "hope", "want"])
        #expect(verbs.base(of: "voted")?.tense == .past)
        #expect(verbs.base(of: "wants")?.tense == .present)
        // a group noun and a word that is no verb form
        #expect(verbs.base(of: "voters") == nil)
        #expect(verbs.base(of: "news") == nil)
    }

    @Test func aForecastInTheTextIsUncertain() throws {
        let likely = try questions("The new budget is likely to pass next week.")
        #expect(likely.map(\.kind) == [.uncertain])
        #expect(likely.first?.question == "Will the new budget pass next week?")
        let colon = try questions("Officials agree on one thing: the bridge is unlikely to reopen before spring.")
        #expect(colon.first?.question == "Will the bridge reopen before spring?")
    }

    @Test func aConsequenceThatMayFollowIsUncertain() throws {
        let cost = try questions("The new levy could cost the county its bond rating.")
        #expect(cost.map(\.kind) == [.uncertain])
        #expect(cost.first?.question == "Could the new levy cost the county its bond rating?")
        let relative = try questions("The mayor resigned on Friday, leaving a vacancy that could tip the council's balance.")
        #expect(relative.first?.question == "Could a vacancy tip the council's balance?")
        let hinge = try questions("The outcome will depend on how many residents turn out.")
        #expect(hinge.map(\.kind) == [.uncertain])
        // a present-tense truism leaves nothing open
        #expect(try questions("What a farmer earns depends on the weather.").isEmpty)
        // a modal that is no consequence: nothing open
        #expect(try questions("Residents could see the fireworks from the bridge.").isEmpty)
    }

    @Test func whetherWithAlternativesAfterNoAskingWordIsConcessive() throws {
        #expect(try questions("The delay is costly whether the council votes in May or in June.").isEmpty)
        let asked = try questions("Engineers will determine whether or not the bridge can reopen.")
        #expect(asked.first?.question == "Can the bridge reopen?")
    }
}

/// Scheduled appearances and questions put in the past raise nothing to follow up.
@Suite struct OpenQuestionSettledTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] { try TestSupport.openQuestions(body) }

    /// "is scheduled to speak" is the speaker's own plan; "is scheduled to vote" awaits an outcome.
    @Test func aScheduledAppearanceIsNoOpenQuestion() throws {
        #expect(try questions("The mayor is scheduled to speak at the harbor festival on Friday.").isEmpty)
        #expect(try questions("Councilwoman Ada Finch is due to address the union hall next week.").isEmpty)
        #expect(try questions("The council is scheduled to vote on the budget on Friday.").map(\.kind) == [.pending])
    }

    /// "is due to the fact that …" gives a cause, not a date.
    @Test func dueToACauseIsNoSchedule() throws {
        #expect(try questions("The delay is due to the fact that the ferry broke down.").isEmpty)
    }

    /// "The question was whether …" tells a question since answered; "the question is whether" asks.
    @Test func aQuestionPutInThePastIsSettled() throws {
        #expect(try questions("Last spring the question was whether the ferry would keep running.").isEmpty)
        #expect(try questions("There was a question about whether the mayor could win the harbor vote.").isEmpty)
        #expect(try questions("The question is whether the ferry will keep running.").map(\.kind) == [.uncertain])
    }

    /// A "whether" inside a past "when"-clause tells an episode ("when she wavered on whether …");
    /// two wh-questions joined by "and" tell none.
    @Test func aWhetherInAPastEpisodeIsSettled() throws {
        #expect(try questions("The mayor hurt her standing in 2009 when she wavered on whether the ferry should keep running.").isEmpty)
        #expect(try questions("Fares differ depending on when riders boarded and whether the ferry will keep running.").map(\.kind) == [.uncertain])
    }
}

/// Words that look like a cue or a condition but leave nothing open.
@Suite struct OpenQuestionFalseCueTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] { try TestSupport.openQuestions(body) }

    /// The writer's "if we …" with another outcome, and an outcome told to "you", suppose nothing
    /// to follow up; "we" acting on the condition is a program that stays open.
    @Test func theWritersSuppositionIsNoCondition() throws {
        #expect(try questions("If we recall one thing about the old mayor, it will be her laugh at the harbor.").isEmpty)
        #expect(try questions("But if the ferry company has lost money, you would never guess it from its ads.").isEmpty)
        #expect(try questions("We can rebuild the pier by spring if we raise the harbor levy.").map(\.kind) == [.conditional])
        #expect(try questions("If the levy passes, the ferry company will add a second boat.").map(\.kind) == [.conditional])
    }

    /// "Despite X's insistence that …, …": the main clause stands against the claim, which is asked.
    @Test func aClaimHeldDespiteIsDisputed() throws {
        let asked = try questions("Despite Mayor Finch's insistence that the harbor fund is safe, auditors found it empty.")
        #expect(asked.map(\.kind) == [.disputed])
        #expect(asked.first?.question == "Is it true that the harbor fund is safe?")
    }
}
