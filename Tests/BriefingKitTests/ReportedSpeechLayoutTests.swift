import Testing
@testable import BriefingKit

/// Where reported speech starts and ends, and who said it, in the sentence shapes of news
/// copy: parentheticals, settings before "that", coordinated attributions, poll shares,
/// inverted speakers — and the look-alikes that must not produce a speaker.
@Suite struct ReportedSpeechLayoutTests {
    static let headline = "Campaign trail notes\n"

    struct Found {
        var content: String
        var cue: String?
        var speaker: String?
        var mention: String?
    }

    static func positions(_ body: String) throws -> [Found] {
        let record = try TestSupport.record(Self.headline + body + "\n")
        return record.positions.map {
            Found(content: $0.content.text, cue: $0.cue?.text, speaker: record.actor(id: $0.speaker?.actor)?.name,
                  mention: $0.speaker?.mention?.text)
        }
    }

    @Test func anAttributionBetweenCommasReportsTheWholeSentence() throws {
        let found = try Self.positions("Dana Hill spoke last. The allure of simplicity itself, Dana Hill argued, is largely a chimera.")
        let position = try #require(found.first { $0.cue == "argued" })
        #expect(position.content == "The allure of simplicity itself, Dana Hill argued, is largely a chimera")
        #expect(position.speaker == "Dana Hill")
    }

    @Test func aDescriptionBeforeANameIsTheRoleLaterDescriptionsFind() throws {
        let found = try Self.positions("""
            Republican presidential candidate Dana Hill spoke in Dayton. Democratic presidential candidate Lee Marsh \
            spoke in Akron.
            The Democratic presidential candidate said the plan would fail. The Republican presidential candidate \
            said the vote would wait.
            """)
        #expect(found.first { $0.content == "the plan would fail" }?.speaker == "Lee Marsh")
        #expect(found.first { $0.content == "the vote would wait" }?.speaker == "Dana Hill",
                "the party in the description picks the candidate of that party, not the nearest one")
    }

    @Test func aDescriptionThatFitsTwoCandidatesOrSkipsAnotherRoleStaysUnresolved() throws {
        let found = try Self.positions("""
            Presidential candidate Dana Hill spoke in Dayton. Presidential candidate Lee Marsh spoke in Akron.
            The candidate said the plan would fail.
            Veteran journalist Kim Ross wrote first. News anchor Ana Ruiz wrote next. The Brazilian journalist said \
            the letter was sincere.
            """)
        let plan = try #require(found.first { $0.content == "the plan would fail" })
        #expect(plan.speaker == nil, "two candidates were named: 'the candidate' is either")
        let letter = try #require(found.first { $0.content == "the letter was sincere" })
        #expect(letter.speaker == nil, "the anchor named last stands between the journalist and the description")
    }

    @Test func whereTheSpeakerTurnedIsNoSpeaker() throws {
        let found = try Self.positions("""
            Dana Hill spoke last. Lee Marsh then went on Channel Nine to declare the race over. \
            Ann Ruiz took to Twitter to call the count unfair.
            """)
        #expect(!found.contains { $0.speaker == "Channel Nine" || $0.mention == "Channel Nine" })
        #expect(!found.contains { $0.mention == "Twitter" })
    }

    @Test func aPlaceAfterThePhraseIsNotTheSpeaker() throws {
        let found = try Self.positions("""
            Dana Hill spoke last. A man from Texas said the plan was late. Voters in Iowa said it was fine.
            """)
        let late = try #require(found.first { $0.content == "the plan was late" })
        #expect(late.speaker == nil && late.mention == "A man from Texas")
        let fine = try #require(found.first { $0.content == "it was fine" })
        #expect(fine.speaker != "Iowa" && fine.mention == "Voters in Iowa")
    }

    @Test func theSubjectOfAReportedClauseIsNoInvertedSpeaker() throws {
        let found = try Self.positions("""
            The Hallam Bureau denies the blasts are related. One news site, Hallam Daily, says bureau sources told it the cause was not gas.
            Another site, Hallam Post, claims bureau sources have ascribed the blast to a leak.
            """)
        #expect(!found.contains { $0.content == "One news site, Hallam Daily" || $0.content == "Another site, Hallam Post" })
    }

    @Test func aPartyDescriptionFindsThePoliticianOfThatPartyAndState() throws {
        let found = try Self.positions("""
            Sen. Dana Hill (R-Ky.) spoke first. Gov. Lee Marsh, an Ohio Republican, spoke next.
            The Kentucky Republican said the bill would fail. The Ohio Republican said the vote would wait.
            """)
        #expect(found.first { $0.content == "the bill would fail" }?.speaker == "Dana Hill")
        #expect(found.first { $0.content == "the vote would wait" }?.speaker == "Lee Marsh")
    }

    @Test func aQuotationCarryingOnTheClauseAfterTheAttributionReportsTheWholeSentence() throws {
        let found = try Self.positions("The new bridge, Dana Hill said, “is a fine example of waste.”")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.content == "The new bridge, Dana Hill said, “is a fine example of waste.”")
        let own = try Self.positions("Of the bridge, Dana Hill said, “It was a waste.”")
        #expect(own.first { $0.cue == "said" }?.content == "“It was a waste.”", "a quotation of its own sentence stands alone")
    }

    @Test func aPhraseOpeningTheClauseBeforeTheAttributionIsPartOfIt() throws {
        let found = try Self.positions("In the long run, Dana Hill said, the bridge would cost less.")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.content == "In the long run, Dana Hill said, the bridge would cost less")
    }

    @Test func aSettingBeforeTheCommaIsNoParenthetical() throws {
        let found = try Self.positions("In February, Dana Hill said, “I would like to see the plan.”")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.content == "“I would like to see the plan.”")
    }

    @Test func anAccordingToInsideItsClauseReportsTheWholeSentence() throws {
        let found = try Self.positions("""
            At the heart of the trouble, according to Dana Hill, a former envoy, was a decision to wait.
            """)
        let position = try #require(found.first { $0.cue == "according to" })
        #expect(position.content == "At the heart of the trouble, according to Dana Hill, a former envoy, was a decision to wait")
        let closing = try Self.positions("The plan is dead, according to Dana Hill, who spoke on condition of anonymity.")
        #expect(closing.first { $0.cue == "according to" }?.content == "The plan is dead")
    }

    @Test func aThingCalledByANameIsNoJudgement() throws {
        let found = try Self.positions("A new group called Voters First is trying to raise money.")
        #expect(!found.contains { $0.cue == "called" })
    }

    @Test func aJudgementEndsWhereTheSubjectsNextActStarts() throws {
        let found = try Self.positions("""
            Dana Hill called the plan “an absolute disgrace,” and threatened to impose a tax on imported cars.
            """)
        let position = try #require(found.first { $0.cue == "called" })
        #expect(position.content == "the plan “an absolute disgrace,”")
    }

    @Test func wherePeopleSpokeIsNotWhatTheySaid() throws {
        let found = try Self.positions("The fight is far from over, Dana Hill said in a video message to the convention.")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.content == "The fight is far from over")
        #expect(!found.contains { $0.content.contains("video message") })
    }

    @Test func aQuantityAfterTheCueOpensTheContent() throws {
        let found = try Self.positions("""
            Friday morning, as the parade rolled through town, Dana Hill reported at least six planes filled the skies.
            """)
        let position = try #require(found.first { $0.cue == "reported" })
        #expect(position.content == "at least six planes filled the skies")
    }

    @Test func aPronounAfterTheVerbIsItsObjectNotAnInvertedSpeaker() throws {
        let found = try Self.positions("The company found the posting, reported it to the police, and removed it on Thursday.")
        #expect(!found.contains { $0.content.contains("found the posting") })
    }

    @Test func unnamedSubjectsOfNewsCopy() throws {
        let described = try Self.positions("The billionaire businessman says running for office is tough and mean.")
        #expect(described.first?.mention == "The billionaire businessman")
        #expect(described.first?.content == "running for office is tough and mean")
        let others = try Self.positions("Others, however, say a recalibration is overdue.")
        #expect(others.first?.mention == "Others")
        #expect(others.first?.content == "a recalibration is overdue")
        let relative = try Self.positions("Dana Hill rebuked critics who say she should resign at once.")
        // the relative pronoun is the speaker's mention; the phrase it stands for is no known actor
        #expect(relative.first { $0.cue == "say" }?.mention == "who")
        #expect(relative.first { $0.cue == "say" }?.content == "she should resign at once")
    }

    @Test func bySayingSharesTheClausesSubject() throws {
        let found = try Self.positions("Throughout the race, Dana Hill kept her distance by saying she would wait for the vote.")
        let position = try #require(found.first { $0.cue == "saying" })
        #expect(position.speaker == "Dana Hill")
        #expect(position.content == "she would wait for the vote")
    }

    @Test func aParticiplesSubjectEndsBeforeItsClausesVerb() throws {
        let found = try Self.positions("""
            Dana Hill appeared with ABC's Lee Marsh on Sunday, saying the bridge would open in May.
            Corey Lane met the host Ann Vell on Monday, saying the town would pay.
            """)
        #expect(found.first { $0.content == "the bridge would open in May" }?.speaker == "Dana Hill")
        #expect(found.first { $0.content == "the town would pay" }?.speaker == "Corey Lane")
    }

    @Test func aLongSettingBeforeThatIsSkipped() throws {
        let found = try Self.positions("""
            Dana Hill said Thursday during a taping of a town hall meeting in Buffalo, New York, that the state is wrong to ban fracking.
            """)
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.content == "that the state is wrong to ban fracking")
    }

    @Test func aClauseOfItsOwnIsNotSkippedToReachALaterColon() throws {
        let found = try Self.positions("""
            Dana Hill insisted on Tuesday they would not send troops, telling Fox News: “You have my word.”
            """)
        let insisted = try #require(found.first { $0.cue == "insisted" })
        #expect(insisted.content == "they would not send troops")
    }

    @Test func aCoordinatedVerbOfSayingEndsTheContent() throws {
        let found = try Self.positions("""
            Dana Hill said she did not want to think about defeat and predicted that Tom Baxter will lose badly.
            """)
        let said = try #require(found.first { $0.cue == "said" })
        #expect(said.content == "she did not want to think about defeat")
        let predicted = try #require(found.first { $0.cue == "predicted" })
        #expect(predicted.content == "that Tom Baxter will lose badly")
        #expect(predicted.speaker == "Dana Hill")
    }

    @Test func aSecondSpeakerAfterACommaEndsTheContent() throws {
        let found = try Self.positions("Most voters said Dana Hill is honest, and three-quarters said the same of Tom Baxter.")
        let first = try #require(found.first)
        #expect(first.content == "Dana Hill is honest")
        let named = try Self.positions("Asked about the vote, Dana Hill said it was fair, Tom Baxter said on Monday.")
        #expect(named.first { $0.cue == "said" }?.content == "it was fair")
    }

    @Test func aShareOfRespondentsIsTheSpeaker() throws {
        let found = try Self.positions("Sixty-six percent said it made no difference to them.")
        let position = try #require(found.first)
        #expect(position.content == "it made no difference to them")
        #expect(position.mention == "Sixty-six percent")
        #expect(position.speaker == nil)   // a share is no actor
    }

    @Test func aQuotationInsideItsClauseKeepsTheClause() throws {
        let found = try Self.positions("Dana Hill spoke. The new strategy is a “very welcome tack,” Dana Hill said.")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.content == "The new strategy is a “very welcome tack,”")
    }

    @Test func aQuotationAfterTheCueKeepsTheRestOfItsClause() throws {
        let found = try Self.positions("Dana Hill said “it gets me mad” every time she thinks about the vote.")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.content == "“it gets me mad” every time she thinks about the vote")
    }

    @Test func doubledApostropheQuotationsResumeAfterTheAttribution() throws {
        let found = try Self.positions("''Our jobs are leaving,'' Dana Hill said. ''That is my wheelhouse.'' She said more later.")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.content == "''Our jobs are leaving,'' Dana Hill said. ''That is my wheelhouse.''")
    }

    @Test func aQuotationEndingInANestedQuotationAndASpaceCloses() throws {
        let found = try Self.positions("\"They treat it like, 'Oh, this is important,' \" Dana Hill said at the rally.")
        let position = try #require(found.first)
        #expect(position.content == "\"They treat it like, 'Oh, this is important,' \"")
        #expect(position.speaker == "Dana Hill")
    }

    @Test func aQuestionPutByNobodyNamedHasNoSpeaker() throws {
        let found = try Self.positions("When asked whether she would run again, Dana Hill smiled.")
        let position = try #require(found.first { $0.cue == "asked" })
        #expect(position.content == "whether she would run again")
        #expect(position.speaker == nil && position.mention == nil)
    }

    @Test func anAsAttributionReportsTheClauseItFollows() throws {
        let found = try Self.positions("The race “is a dead heat right now,” as Dana Hill said on Monday, which raises the stakes.")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.content == "“is a dead heat right now,”")
        #expect(!found.contains { $0.content.contains("on Monday") })
    }

    @Test func aNameWithPartyAndStateBeforeTheAppositionSpeaks() throws {
        let found = try Self.positions("Sen. Dana Hill (D-Vt.), one of the bill's authors, said the bill will pass.")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.speaker == "Dana Hill")
        #expect(position.content == "the bill will pass")
    }

    @Test func aStateOfTwoDottedLettersAfterThePartyKeepsTheSentenceWhole() throws {
        let found = try Self.positions("Rep. Dana Orle (D-N.J.) said: “The levy is fair.”")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.speaker == "Dana Orle")
        #expect(position.content == "“The levy is fair.”")
    }

    @Test func anInvertedSpeakerAfterATitleWithOf() throws {
        let found = try Self.positions("“We will be ready,” said former secretary of state Dana Hill.")
        let position = try #require(found.first)
        #expect(position.speaker == "Dana Hill")
    }

    @Test func aCurlyQuotationInsideAStraightOneDoesNotCloseIt() throws {
        let found = try Self.positions("""
            Dana Hill stated: "The department isn’t about “Equal Justice Under Law” anymore. It is about power."
            """)
        let position = try #require(found.first)
        #expect(position.content == "\"The department isn’t about “Equal Justice Under Law” anymore. It is about power.\"")
    }

    @Test func aNameClosingTheAttributionSpeaksWithoutAnActor() throws {
        let found = try Self.positions("“Nobody has seen anything like it,” said Baron.")
        let position = try #require(found.first)
        #expect(position.mention == "Baron")
        #expect(position.speaker == nil)
    }

    @Test func aNameInTheAppositionAfterAPossessiveSpeaks() throws {
        let found = try Self.positions("Dana Hill spoke. “We are ready,” said Hill’s deputy campaign manager, Tom Baxter, who ran the count.")
        let position = try #require(found.first { $0.content == "“We are ready,”" })
        #expect(position.speaker == "Tom Baxter")
    }

    @Test func aHeadlineOpeningWithANameAndAColonIsWhatTheySaid() throws {
        let found = try Self.positions("Dana Hill spoke on Monday.\n\nDana Hill: My immigration plans are not set in stone\n\nQ: Do you think the law should change?")
        let position = try #require(found.first { $0.cue == ":" })
        #expect(position.speaker == "Dana Hill")
        #expect(position.content == "My immigration plans are not set in stone")
        #expect(found.count == 1)   // an interview's "Q:" is nobody
    }

    /// The positions of an invented article whose first line (its title) is `title`.
    static func positions(title: String, body: String) throws -> [Found] {
        let record = try TestSupport.record(title + "\n\n" + body + "\n")
        return record.positions.map {
            Found(content: $0.content.text, cue: $0.cue?.text, speaker: record.actor(id: $0.speaker?.actor)?.name,
                  mention: $0.speaker?.mention?.text)
        }
    }

    @Test func aTitleOpeningWithAPollOrAReportAndAColonIsWhatItFound() throws {
        let body = "The survey of 800 voters was taken last week."
        let poll = try #require(try Self.positions(title: "Poll: Hill and Baxter hold narrow leads in Ohio", body: body).first { $0.cue == ":" })
        #expect(poll.content == "Hill and Baxter hold narrow leads in Ohio")
        #expect(poll.mention == "Poll")
        let wire = try #require(try Self.positions(title: "AP: Baxter aide moved county money to lobbyists", body: body).first { $0.cue == ":" })
        #expect(wire.mention == "AP")
        // a name (of someone the article covers) after a label and a dash
        let labelled = try #require(try Self.positions(title: "EXCLUSIVE – Dana Hill: Don’t Trust the Ballot Machines",
                                                                 body: "Dana Hill spoke at the rally on Monday.").first { $0.cue == ":" })
        #expect(labelled.mention == "Dana Hill")
        #expect(labelled.content == "Don’t Trust the Ballot Machines")
        // a label opening the title, and a short heading in the body, are nobody
        #expect(!(try Self.positions(title: "The Latest: Hill wins all 66 delegates in Ohio", body: body)).contains { $0.cue == ":" })
        #expect(!(try Self.positions(title: "Morning notes", body: "UN: PEACEKEEPERS PAID FOR SILENCE IN THREE TOWNS")).contains { $0.cue == ":" })
        let report = try #require(try Self.positions(title: "Report: Baxter aide moved county money", body: body).first { $0.cue == ":" })
        #expect(report.mention == "Report")
    }

    @Test func theFirstBodyLineUnderAMetadataTitleIsNoTitle() throws {
        let record = try TestSupport.record("""
            ---
            title: "County news"
            ---
            Poll: Hill and Baxter hold narrow leads in Ohio

            The survey of 800 voters was taken last week.
            """)
        #expect(!record.positions.contains { $0.cue?.text == ":" })
    }

    @Test func aLabelOpeningTheTitleIsNoSource() throws {
        let body = "The county board met on Tuesday."
        for label in ["Analysis", "Editorial", "Opinion"] {
            let found = try Self.positions(title: "\(label): Hill and Baxter split the county vote", body: body)
            #expect(!found.contains { $0.cue == ":" }, "\(label)")
        }
    }

    @Test func aPossessiveAfterTheVerbLeadsToTheSpeakersOwnName() throws {
        let found = try Self.positions("Dana Hill spoke. “We will win,” said Hill’s campaign manager Tom Baxter.")
        let position = try #require(found.first { $0.content == "“We will win,”" })
        #expect(position.speaker == "Tom Baxter")
    }

    @Test func neitherAPossessiveNorAPronounWithItsVerbIsAnInvertedSpeaker() throws {
        let found = try Self.positions("""
            Dana Hill spoke. The lawmaker, who represents a rural district, said Hill’s remarks have had wide reach. \
            The senator, who was elected in 2010, said he remembers the vote.
            """)
        // the content is never the subject's own description, and Hill never speaks here
        #expect(!found.contains { $0.content.hasPrefix("The lawmaker") || $0.content.hasPrefix("The senator") })
        #expect(!found.contains { $0.speaker == "Dana Hill" })
    }

    @Test func aClauseOpeningNounPhraseIsTheSpeakerWhenNothingNearerIs() throws {
        let found = try Self.positions("""
            A law professor familiar with the inquiry said that the records would be released.
            Dana Hill of Northfield University suggested to reporters that the vote was close.
            """)
        let official = try #require(found.first { $0.cue == "said" })
        #expect(official.mention == "A law professor familiar with the inquiry")
        #expect(official.speaker == nil)
        #expect(official.content == "that the records would be released")
        let hill = try #require(found.first { $0.cue == "suggested" })
        #expect(hill.speaker == "Dana Hill")
    }

    @Test func aPluralNounAndItsModifierOpeningTheClauseSpeak() throws {
        let found = try Self.positions("""
            The council met on Monday. People close to the talks said that the budget would be cut.
            Dozens of families are facing a level of stress daily as costs rise.
            The Ohio Democrat spent 5 years in a state prison and says such cells are cruel.
            """)
        let people = try #require(found.first { $0.cue == "said" })
        #expect(people.mention == "People close to the talks")
        #expect(people.content == "that the budget would be cut")
        // a modifier with a verb or a coordinated verb of its own is a clause, not part of the speaker
        #expect(!found.contains { $0.cue == "stress" })
        #expect(!found.contains { $0.mention?.hasPrefix("The Ohio Democrat spent") == true })
    }

    @Test func aClauseWithAVerbBeforeTheCueHasNoClauseOpeningSpeaker() throws {
        let found = try Self.positions("The plan that the council approved said nothing about taxes.")
        #expect(!found.contains { $0.mention == "The plan" })
    }

    @Test func aNameSetOffAfterItsDescriptorIsTheSpeaker() throws {
        let found = try Self.positions("""
            The mayor's former campaign manager, Corey Lane, said the new manager should be replaced.
            The mayor will stay in the race, his top aide, Tad Dune, told reporters.
            """)
        let lane = try #require(found.first { $0.cue == "said" })
        #expect(lane.speaker == "Corey Lane")
        #expect(lane.content == "the new manager should be replaced")
        let dune = try #require(found.first { $0.cue == "told" })
        #expect(dune.speaker == "Tad Dune")
        #expect(dune.content == "The mayor will stay in the race")
    }

    @Test func modifiersBeforeAClosingGroupBelongToTheSubject() throws {
        let found = try Self.positions("The agency would seek the records, former aides said.")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.content == "The agency would seek the records")
        #expect(position.mention == "former aides")
    }

    @Test func aPassiveCueNeverMakesItsSubjectTheSpeaker() throws {
        let found = try Self.positions("""
            Dana Hill was told by aides that the race was lost. Dana Hill was asked whether she would run again.
            Dana Hill was criticized by Corey Lane for the remarks. It was announced that the plant would close.
            """)
        #expect(!found.contains { $0.speaker == "Dana Hill" })
        let told = try #require(found.first { $0.cue == "told" })
        #expect(told.mention == "aides")
        #expect(told.content == "that the race was lost")
        let asked = try #require(found.first { $0.cue == "asked" })
        #expect(asked.mention == nil)
        #expect(asked.content == "whether she would run again")
        let announced = try #require(found.first { $0.cue == "announced" })
        #expect(announced.mention == nil)
        #expect(announced.content == "that the plant would close")
    }

    @Test func anAppositionBeforeTheVerbIsSkippedToItsSubject() throws {
        let found = try Self.positions("""
            Dana Hill of Northfield Bank, the region's largest bank, warned that rates would rise.
            Many speakers at the service said the loss was painful.
            """)
        #expect(found.first { $0.cue == "warned" }?.speaker == "Dana Hill")
        #expect(found.first { $0.cue == "said" }?.mention == "Many speakers at the service")
    }

    @Test func coordinatedAndParticipleJudgementsShareTheClausesSubject() throws {
        let found = try Self.positions("""
            Dana Hill called the plan reckless and accused the council of hiding its cost.
            Corey Lane spoke on Monday, criticizing the budget as wasteful.
            Dana Hill seemed to urge the opposite course.
            """)
        #expect(found.first { $0.cue == "accused" }?.speaker == "Dana Hill")
        #expect(found.first { $0.cue == "criticizing" }?.speaker == "Corey Lane")
        #expect(found.first { $0.cue == "urge" }?.speaker == "Dana Hill")
    }

    @Test func aSpeakerInsideReportedWordsIsNotSharedByTheNextVerb() throws {
        let found = try Self.positions("The woman said that Corey Lane had admitted the theft, and questioned why he would do so.")
        #expect(!found.contains { $0.cue == "questioned" && $0.speaker == "Corey Lane" })
    }

    @Test func anUninflectedWordAfterAndIsNoCoordinatedJudgement() throws {
        let found = try Self.positions("The report was based on her calendars and call sheets kept by aides.")
        #expect(!found.contains { $0.cue == "call" })
    }

    @Test func anAccordingToInsideItsClauseGoesOnAfterASettingOrAnAmount() throws {
        let found = try Self.positions("""
            About 10 p.m., according to a congressional timeline, the guards left for the compound.
            The firm receives, according to one report, $234 million in contracts.
            Her rating among voters is “the lowest in a decade,” according to a new poll.
            """)
        let contents = found.filter { $0.cue == "according to" }.map(\.content)
        #expect(contents.contains("About 10 p.m., according to a congressional timeline, the guards left for the compound"))
        #expect(contents.contains("The firm receives, according to one report, $234 million in contracts"))
        #expect(contents.contains("Her rating among voters is “the lowest in a decade,”"))
    }

    @Test func anInvertedSpeakerDescribedThenNamedIsTheName() throws {
        let found = try Self.positions("""
            Chief Executive Ada Moss opened the plant in March.
            The audit found no errors in the ledger, said a longtime clerk, Nina Shore.
            “We kept every receipt,” said the firm's chief executive, Ada Moss.
            """)
        let said = try #require(found.first { $0.cue == "said" && $0.content.hasPrefix("The audit") })
        #expect(said.content == "The audit found no errors in the ledger")
        #expect(said.mention == "Nina Shore")
        #expect(found.first { $0.cue == "found" }?.content == "no errors in the ledger")
        #expect(found.first { $0.content.contains("receipt") }?.speaker == "Ada Moss")
    }

    @Test func aNameAfterADescriptionWithAnInnerNounIsNotTheSpeaker() throws {
        let found = try Self.positions("""
            Mayor Rob Vance defended the budget. Gov. Andrew Tolle signed the bill. Jane Roe was hurt in the crash.
            The audit found no errors in the ledger, said a former aide to the mayor, Rob Vance.
            “The vote was rushed,” said a spokeswoman for the governor, Andrew Tolle.
            The driver never braked, said a lawyer representing the family of the victim, Jane Roe.
            “The records were shredded,” said a longtime governor aide, Andrew Tolle.
            """)
        for opening in ["The audit", "The vote", "The driver", "The records"] {
            #expect(!found.contains { $0.content.contains(opening) && $0.speaker != nil }, "\(opening)")
        }
    }

    @Test func aDocumentSpeaksAndLookAlikesDoNot() throws {
        let found = try Self.positions("""
            The letter says the two offices are different.
            He was not on the “top secret” email chains, a spokesman said.
            The tweet in question was a quotation from an old speech.
            """)
        #expect(found.first { $0.cue == "says" }?.mention == "The letter")
        #expect(!found.contains { $0.cue == "chains" })
        #expect(!found.contains { $0.cue == "question" })
    }

    @Test func aParticipleAfterAQuotedUtteranceIsTheSpeakersNotANameInsideIt() throws {
        let found = try Self.positions("""
            Dana Hill spoke in Dover on Monday. ''The talks went on for hours in Canada,'' Ms. Hill said, adding \
            that the next round would start in May.
            """)
        let added = try #require(found.first { $0.cue == "adding" })
        #expect(added.mention == "Ms. Hill", "the comma inside the quotation opens no apposition to 'Canada'")
    }

    @Test func aCueQuotedBeforeTheSpeakerLeavesTheSpeakerToAParticiple() throws {
        let found = try Self.positions("""
            Lee Marsh returned to Akron. ''Ann called me and said the plant had closed,'' the former mayor said, \
            referring to the night of the flood.
            """)
        let referring = try #require(found.first { $0.cue == "referring" })
        #expect(referring.mention == "the former mayor", "'said' inside the quotation is not a cue before the subject")
    }
}
