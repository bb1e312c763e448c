import Testing
@testable import BriefingKit

/// Quotation layouts found in real news copy, each attributed to the right speaker with the
/// right cue — and the look-alikes that must not be.
@Suite struct QuotationLayoutTests {
    static let headline = "Campaign trail notes\n"

    static func positions(_ body: String) throws -> [(content: String, cue: String?, speaker: String?)] {
        let record = try TestSupport.record(Self.headline + body + "\n")
        return record.positions.map { ($0.content.text, $0.cue?.text, record.actor(id: $0.speaker?.actor)?.name) }
    }

    @Test func speechCarriedOnByAnotherVerbOrByTwoSpeakers() throws {
        let found = try Self.positions("""
            The meeting ended. Dana Hill went on to say, “From the bottom of my soul, I know this to be true.”
            Lee Marsh continued to insist that the vote was fair.
            “We can only wonder,” Ann Vell and Tim Moore, both Republicans, said in a statement.
            “The bureau will provide it,” QRX General Counsel James A. Baker wrote in a letter.
            """)
        #expect(found.first { $0.content.hasPrefix("“From the bottom") }?.speaker == "Dana Hill")
        #expect(found.first { $0.content == "that the vote was fair" }?.speaker == "Lee Marsh")
        #expect(found.first { $0.content.hasPrefix("“We can only wonder") } != nil)
        #expect(found.first { $0.content.hasPrefix("“The bureau") }?.speaker == "James A. Baker")
    }

    @Test func aQuotedTitleInTheAttributionDoesNotEndTheQuotation() throws {
        let found = try Self.positions("""
            The meeting ended. ''It's nonsense,'' Dana Hill said on QBC's ''Morning Table.'' ''She makes it all up.''
            """)
        let position = try #require(found.first { $0.speaker == "Dana Hill" })
        #expect(position.content.hasSuffix("''She makes it all up.''"))
    }

    @Test func aScareQuoteInTheAttributionDoesNotEndTheQuotation() throws {
        let found = try Self.positions("""
            The meeting ended. “We will look at everything,” Dana Hill said on Friday after hinting that “staff changes” were near. “Nothing is ruled out.”
            ''It's a bargain,'' said Corey Lane, who noted that rents had ''collapsed'' since May. ''Buyers are back.''
            """)
        let hill = try #require(found.first { $0.speaker == "Dana Hill" })
        #expect(hill.content.hasPrefix("“We will look at everything,”"))
        #expect(hill.content.hasSuffix("“Nothing is ruled out.”"))
        let lane = try #require(found.first { $0.speaker == "Corey Lane" && $0.content.hasPrefix("''It's a bargain,''") })
        #expect(lane.content.hasSuffix("''Buyers are back.''"))
    }

    @Test func aLongerQuotationInTheAttributionEndsTheQuotation() throws {
        let found = try Self.positions("""
            The meeting ended. “We are not done,” Dana Hill said after a night when aides were “still counting every vote” at the hall. “Ask me later.”
            """)
        #expect(found.contains { $0.content == "“We are not done,”" && $0.speaker == "Dana Hill" })
    }

    @Test func anotherSpeakersQuotedWordsInTheAttributionEndTheQuotation() throws {
        let found = try Self.positions("""
            The meeting ended. “We will win,” Dana Hill said, after Bob Roe called her “a crook.” “She lies about everything.”
            """)
        #expect(found.contains { $0.content == "“We will win,”" && $0.speaker == "Dana Hill" })
        #expect(!found.contains { $0.speaker == "Dana Hill" && $0.content.contains("She lies") })
    }

    @Test func anUnnamedWitnessSpeaks() throws {
        let found = try Self.positions("""
            The meeting ended. As one employee told the Weekly, "She wants to put fear in our hearts."
            "Nobody knew," a former staffer said.
            """)
        #expect(found.contains { $0.content == "\"She wants to put fear in our hearts.\"" })
        #expect(found.contains { $0.content == "\"Nobody knew,\"" })
    }

    @Test func aClauseAfterANameIsNoRole() throws {
        let record = try TestSupport.record(Self.headline + """
            Dan Moore spoke for an hour. As Dan Moore attacked Ann Vell, the attendees chanted, "Lock her up!" as they had before.
            """ + "\n")
        let vell = try #require(record.actors.first { $0.name == "Ann Vell" })
        #expect(vell.role == nil)
        #expect(!record.positions.contains { record.actor(id: $0.speaker?.actor)?.name == "Ann Vell" })
    }

    @Test func quotationThenSpeakerThenAnyVerb() throws {
        let found = try Self.positions("""
            Dana Hill spoke first. “Shout it out, because I do not want to,” Dana Hill continued. “Nobody else will.”
            """)
        let position = try #require(found.first { $0.content.contains("Shout it out") })
        #expect(position.cue == "continued")
        #expect(position.speaker == "Dana Hill")
        #expect(position.content.hasSuffix("“Nobody else will.”"))   // the quotation resumed after the attribution
    }

    @Test func quotationThenUnnamedGroupThenSpeechVerb() throws {
        let found = try Self.positions("“The evidence contradicts her sworn testimony,” the committee chairmen wrote.")
        let position = try #require(found.first)
        #expect(position.content == "“The evidence contradicts her sworn testimony,”")
        #expect(position.cue == "wrote")
    }

    @Test func clauseEndingInAColonIntroducesTheQuotation() throws {
        let found = try Self.positions("""
            Senator Ann Lee has since apologized for what happened: "I should have used two email addresses. It was a mistake."
            """)
        let position = try #require(found.first { $0.content.contains("two email addresses") })
        #expect(position.cue == "apologized")
        #expect(position.speaker == "Ann Lee")
    }

    @Test func nameAndColonAtTheStartOfASentence() throws {
        let found = try Self.positions("Ann Lee: \"The polls were not wrong, they just ended too early.\"")
        let position = try #require(found.first)
        #expect(position.cue == ":")
        #expect(position.speaker == "Ann Lee")
    }

    @Test func aColonAfterAThingIsNoAttribution() throws {
        let found = try Self.positions("The plan has three parts: \"build, hire and train.\"")
        #expect(found.isEmpty)
    }

    @Test func anOpeningQuoteAfterAFullStopStartsTheNextSentence() throws {
        let record = try TestSupport.record(Self.headline + "Ann Lee said the vote will be held on Monday. \"We are ready,\" she added.\n")
        let reported = try #require(record.positions.first { $0.content.text.contains("the vote will be held") })
        #expect(reported.content.text == "the vote will be held on Monday")
    }

    @Test func aQuotationResumesAfterALongAttributionSentence() throws {
        let found = try Self.positions("""
            “We will win,” said J. J. Price, a firefighter in Roanoke, Va., who voted for the mayor in 2008. “Nothing has changed.”
            “It is over,” Dana Hill told reporters as she left beside Rep. Ann Lee (D-Calif.). “We move on.”
            """)
        #expect(found.first { $0.content.hasPrefix("“We will win,”") }?.content.hasSuffix("“Nothing has changed.”") == true)
        #expect(found.first { $0.content.hasPrefix("“It is over,”") }?.content.hasSuffix("“We move on.”") == true)
    }

    @Test func aQuotationAfterAnotherQuotedAttributionIsNotJoined() throws {
        let found = try Self.positions("""
            “We will win,” Dana Hill said, citing a poll: “Voters agree.” “Nobody else will,” said Corey Lane.
            """)
        #expect(found.first { $0.content.hasPrefix("“We will win,”") }?.content.contains("Nobody else") == false)
    }

    @Test func aClauseEndingInAVerbAndACommaIntroducesTheQuotation() throws {
        let found = try Self.positions("""
            Dana Hill spoke to the crowd in Reno for an hour.
            She continued, “Nobody in this state will be left behind.”
            Dana Hill jokingly said, “I hate to say it, I am becoming mainstream.”
            In the letter, Corey Lane went even further: “The council must resign today.”
            """)
        let continued = try #require(found.first { $0.content.contains("Nobody in this state") })
        #expect(continued.speaker == "Dana Hill")
        #expect(continued.cue == "continued")
        #expect(found.first { $0.content.contains("becoming mainstream") }?.speaker == "Dana Hill")
        #expect(found.first { $0.content.contains("must resign") }?.speaker == "Corey Lane")
    }

    @Test func aThingThatIsNamedOrAQuotationWithoutSpeakerStaysUnattributed() throws {
        let found = try Self.positions("""
            The council met on Monday. The new ad, titled, “Stand up for Reno,” runs on Friday.
            Holding signs, “Vote no on the levy,” the crowd of residents marched to the hall.
            """)
        #expect(!found.contains { $0.content.contains("Stand up for Reno") })
        #expect(!found.contains { $0.content.contains("Vote no on the levy") })
    }

    @Test func theSpeakerGoesOnAfterHerAttribution() throws {
        let found = try Self.positions("""
            “We had to act,” Dana Hill said at the hall, adding: “The vote was fair.”
            """)
        let adding = try #require(found.first { $0.content == "“The vote was fair.”" })
        #expect(adding.speaker == "Dana Hill")
        #expect(adding.cue == "adding")
    }

    @Test func aQuotationAfterAddingIsReportedOnItsOwn() throws {
        let found = try Self.positions("""
            “We had to act,” Dana Hill said on QBC's “Morning Table,” adding, “The vote was fair.”
            ''It is over,'' Corey Lane said, adding, ''We move on.''
            """)
        #expect(found.first { $0.content == "“We had to act,”" }?.speaker == "Dana Hill")
        #expect(found.first { $0.content == "''It is over,''" }?.speaker == "Corey Lane")
        let adding = try #require(found.first { $0.content == "''We move on.''" })
        #expect(adding.speaker == "Corey Lane")
        #expect(adding.cue == "adding")
    }

    @Test func reportedSpeechAfterAddingIsReportedOnItsOwn() throws {
        let found = try Self.positions("""
            “The hall was full,” Dana Hill said on Monday, noting that the vote had been moved twice.
            """)
        #expect(found.first { $0.content == "“The hall was full,”" }?.speaker == "Dana Hill")
        let noting = try #require(found.first { $0.cue == "noting" })
        #expect(noting.content == "that the vote had been moved twice")
        #expect(noting.speaker == "Dana Hill")
    }

    @Test func aParticipleAfterAQuotedPhraseReportsWhatFollowsIt() throws {
        let found = try Self.positions("""
            Dana Hill gave a long defense of “river towns,” saying the valley had kept the mills open.
            """)
        let saying = try #require(found.first { $0.cue == "saying" })
        #expect(saying.content == "the valley had kept the mills open")
        #expect(saying.speaker == "Dana Hill")
        #expect(!found.contains { $0.content == "“river towns,”" })
    }

    @Test func aParticipleAfterAPrepositionOpensTheSubjectsQuotation() throws {
        let found = try Self.positions("""
            Dana Hill took questions about the mill for an hour before saying, “The town deserves better than this.”
            Ann Vell held up a sign saying “Save the mill and every job in it.”
            """)
        let before = try #require(found.first { $0.content == "“The town deserves better than this.”" })
        #expect(before.speaker == "Dana Hill")
        #expect(before.cue == "saying")
        // a participle describing a noun is the noun's: the sign's words are not Ann Vell's
        #expect(!found.contains { $0.speaker == "Ann Vell" })
    }

    @Test func aParticipleAfterATimeWordOrAnotherClausesPrepositionIsNotTheSubjects() throws {
        let found = try Self.positions("""
            Dana Hill shared a video from her rival Corey Lane on Tuesday saying, “The mill must close by the spring.”
            Dana Hill criticized Corey Lane, who paused before saying, “The budget is fine as it stands.”
            Dana Hill stood silent as Corey Lane spoke for an hour before saying, “I will never quit.”
            """)
        for content in ["“The mill must close by the spring.”", "“The budget is fine as it stands.”", "“I will never quit.”"] {
            #expect(found.first { $0.content == content }?.speaker != "Dana Hill")
        }
    }

    @Test func aParticipleAfterALongOpeningBelongsToTheMainClausesSubject() throws {
        let found = try Self.positions("""
            On Friday, after weeks of silence on the budget, Dana Hill visited the mill in Barton, saying, “The town deserves better.”
            After a long walk through the empty mill in March, she stood by the gate, saying, “We will rebuild it.”
            When Corey Lane met Ann Vell in March, he spoke for an hour about the mill, saying, “The mill will stay open.”
            """)
        #expect(found.first { $0.content == "“The town deserves better.”" }?.speaker == "Dana Hill")
        #expect(found.first { $0.content == "“We will rebuild it.”" }?.speaker == "Dana Hill")
        // a pronoun after an opening that names two people is not resolved by guesswork
        #expect(!found.contains { $0.content == "“The mill will stay open.”" && $0.speaker != nil })
    }

    @Test func aQuotationAfterTheCircumstancesOfTheCue() throws {
        let found = try Self.positions("""
            Dana Hill said on the radio on Monday, in a message to her staff, “The vote was fair.”
            """)
        let position = try #require(found.first { $0.speaker == "Dana Hill" })
        #expect(position.content == "“The vote was fair.”")
        // the phrase after a cue does not run over another speaker's verb, and a title is no quotation
        let other = try Self.positions("""
            Asked by Corey Lane to respond to the ruling, Dana Hill said, “We will appeal.”
            Dana Hill said in her 2012 book, “Hard Roads Home.”
            """)
        #expect(other.first { $0.content == "“We will appeal.”" }?.speaker == "Dana Hill")
        #expect(!other.contains { $0.content == "“Hard Roads Home.”" })
    }

    @Test func leadInsAfterAConjunctionOrBeforeAParticiple() throws {
        let found = try Self.positions("""
            Dana Hill spoke for an hour. And Dana Hill gloated: “I told you he would not be ready.”
            """)
        #expect(found.first { $0.content == "“I told you he would not be ready.”" }?.speaker == "Dana Hill")
        let record = try TestSupport.record(Self.headline + """
            The former mayor continued, saying, “You need somebody who understands the budget.”
            """ + "\n")
        let saying = try #require(record.positions.first { $0.content.text == "“You need somebody who understands the budget.”" })
        #expect(saying.speaker?.mention?.text == "The former mayor")
        #expect(saying.cue?.text == "continued, saying")
    }

    @Test func anAdverbOrAnotherBeforeTheVerbAfterTheQuotation() throws {
        let record = try TestSupport.record(Self.headline + """
            Dana Hill spoke for an hour. “It is clear that the plan does not work,” she often says.
            “Polls are misleading,” another party official added.
            """ + "\n")
        let often = try #require(record.positions.first { $0.content.text.hasPrefix("“It is clear") })
        #expect(often.cue?.text == "says")
        #expect(often.speaker?.mention?.text == "she")
        let another = try #require(record.positions.first { $0.content.text.hasPrefix("“Polls are misleading") })
        #expect(another.speaker?.mention?.text == "another party official")
    }

    @Test func aOneWordAnswerIsAttributed() throws {
        let found = try Self.positions("""
            Dana Hill was asked which city would win. “Denver,” she answered.
            The mayor called the plan “reckless” in a speech.
            """)
        #expect(found.first { $0.content == "“Denver,”" }?.speaker == "Dana Hill")
        #expect(!found.contains { $0.content == "“reckless”" })
    }

    @Test func aOneWordReplyAfterTheVerbIsAttributed() throws {
        let found = try Self.positions("""
            Asked whether the bridge would reopen by spring, Corey Lane said, “Doubtful.”
            Dana Hill said the word “soon” twice.
            """)
        #expect(found.first { $0.content == "“Doubtful.”" }?.speaker == "Corey Lane")
        #expect(!found.contains { $0.content == "“soon”" })
    }

    @Test func aSignOrALetterSpeaksThroughIt() throws {
        let text = """
            Dana Hill lifted a sign of her own. “I am still with Reno,” it read.
            “What was the turning point?” Corey Lane questioned.
            """
        let record = try TestSupport.record(Self.headline + text + "\n")
        let sign = try #require(record.positions.first { $0.content.text == "“I am still with Reno,”" })
        #expect(sign.cue?.text == "read")
        #expect(sign.speaker?.mention?.text == "it")
        #expect(sign.speaker?.actor == nil)   // the sign speaks, not an actor
        let found = try Self.positions(text)
        #expect(found.first { $0.content.hasPrefix("“What was the turning point") }?.speaker == "Corey Lane")
    }

    @Test func aPronounAfterAnotherSpeakersWordsStaysUnresolved() throws {
        let found = try Self.positions("""
            “The vote was fair,” said Ann Vell, a council member. She continued, “We will not appeal.”
            Dana Hill met Corey Lane in Reno. “We will win,” Corey Lane said. She continued, “Nobody else will.”
            """)
        #expect(found.first { $0.content == "“We will not appeal.”" }?.speaker == "Ann Vell")
        let ambiguous = try #require(found.first { $0.content == "“Nobody else will.”" })
        #expect(ambiguous.speaker == nil)   // "She" is not surely Dana Hill: the last words were Corey Lane's
    }

    @Test func aColonLeadInNamesItsSpeakerBeforeAnAppositionOrATime() throws {
        let found = try Self.positions("""
            Senate leader Ann Vell, R-Ore., delivered a sharp message to the mayor: "It's time to stop attacking the council."
            Tom Reddick later Friday told Channel 9: "Both of us are meeting next week to talk about it."
            Lena Ford, who wrote the zoning plan as mayor, interjected to say: "They have both been inconsistent."
            At the time, Dana Hill seemed to suggest she had been misled: "He never told me the cost," Corey Lane told reporters.
            """)
        #expect(found.first { $0.content.hasPrefix("\"It's time to stop") }?.speaker == "Ann Vell")
        #expect(found.first { $0.content.hasPrefix("\"Both of us") }?.speaker == "Tom Reddick")
        #expect(found.first { $0.content.hasPrefix("\"They have both") }?.speaker == "Lena Ford")
        // a quotation closed by a comma belongs to the attribution after it
        #expect(found.first { $0.content.hasPrefix("\"He never told me") }?.speaker == "Corey Lane")
    }
}

/// Agents after a participle: in "“…” displayed by X" the agent did something, it said nothing;
/// in "warned by X that …" the agent is the speaker and ends where the reported clause begins.
@Suite struct QuotationPassiveParticipleTests {
    @Test func theAgentOfAParticipleAfterAQuotedPhraseIsNoSpeaker() throws {
        let found = try QuotationLayoutTests.positions("""
            Dana Hill, the state attorney in Reno, closed the case on Friday.
            Tim Moore said he “appreciates the care and professionalism” displayed by the state attorney in Reno.
            An aide testified that “none of the instructors” were chosen by Hill.
            """)
        #expect(!found.contains { $0.speaker == "Dana Hill" })
        #expect(found.contains { $0.speaker == "Tim Moore" && $0.content.contains("appreciates the care") })
    }

    @Test func anUnnamedAgentEndsBeforeTheClauseItReports() throws {
        let found = try QuotationLayoutTests.positions("""
            The agency had interviewed Tim Moore after being warned by the Russian government that he was a threat.
            """)
        #expect(found.contains { $0.content == "that he was a threat" && $0.cue == "warned" })
        // a relative clause belongs to the agent
        let relative = try QuotationLayoutTests.positions("""
            Tim Moore was told by the aide who ran the campaign that the vote was lost.
            """)
        #expect(relative.contains { $0.content == "that the vote was lost" && $0.cue == "told" })
    }

}

/// A phrase quoted inside a sentence's opening ("Holding signs calling Hill “a loser,” the
/// protesters chanted “…”") is not what the verb introduces when a quotation of its own follows.
@Suite struct QuotationOpeningPhraseTests {
    @Test func aPhraseQuotedInTheOpeningIsNotWhatTheVerbIntroduces() throws {
        let found = try QuotationLayoutTests.positions("""
            Holding signs calling Dana Hill “Reno’s Biggest Loser,” the protesters chanted “Hill: Bad for Reno, bad for you.”
            Remarking upon Hill's "genuine warmth," Tim Moore said, "Leave aside the politics, she cares about people."
            After a critic said Reno might do better with "fewer schools," Hill said: "I don't like what he said."
            """)
        #expect(found.contains { $0.content == "“Hill: Bad for Reno, bad for you.”" && $0.cue == "chanted" })
        #expect(found.contains { $0.content == "\"Leave aside the politics, she cares about people.\"" && $0.speaker == "Tim Moore" })
        #expect(found.contains { $0.content == "\"I don't like what he said.\"" && $0.speaker == "Dana Hill" })
        #expect(!found.contains { $0.content == "“Reno’s Biggest Loser,”" || $0.content == "\"fewer schools,\"" })
    }

    @Test func aQuotationOpeningItsClauseAfterADashKeepsItsAttribution() throws {
        let found = try QuotationLayoutTests.positions("""
            Dana Hill has railed against the plan - “I love this town,” she said, “I will never leave it.”
            """)
        #expect(found.contains { $0.content.contains("“I love this town,”") && $0.speaker == "Dana Hill" })
        // a quotation right after a short opening and its comma still opens its clause
        let opening = try QuotationLayoutTests.positions("""
            In Reno, “We will win,” Dana Hill said, “Nothing will stop us.”
            """)
        #expect(opening.contains { $0.content.contains("“We will win,”") && $0.speaker == "Dana Hill" })
        // an opening phrase with a verb of its own quotes something else ("a sign that read, “…”")
        let sign = try QuotationLayoutTests.positions("""
            Standing beside a sign that read, “Jobs not walls,” Dana Hill said, “We will build the bridge.”
            """)
        #expect(sign.contains { $0.content == "“We will build the bridge.”" && $0.speaker == "Dana Hill" })
    }
}
