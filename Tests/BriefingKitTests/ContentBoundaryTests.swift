import Testing
@testable import BriefingKit

/// Where a position's content starts and ends, by the convention of attribution annotation:
/// the complementizer "that" opens reported speech, a preposition its verb takes and the day
/// it was said do not, and a quotation the content ends in keeps its closing marks.
@Suite struct ContentBoundaryTests {
    private func positions(_ body: String) throws -> [ReportedSpeechLayoutTests.Found] {
        try ReportedSpeechLayoutTests.positions(body)
    }

    @Test func theComplementizerOpensReportedSpeech() throws {
        let found = try positions("Dana Hill said that the plant will close. Tom Lake told reporters on Friday that, if elected, he would reopen it.")
        #expect(found.contains { $0.cue == "said" && $0.content == "that the plant will close" })
        #expect(found.contains { $0.cue == "told" && $0.content == "that, if elected, he would reopen it" })
        // a "that" inside the clause before the cue is the clause's own
        let before = try positions("The plan that the council approved will fail, Dana Hill said.")
        #expect(before.contains { $0.cue == "said" && $0.content == "The plan that the council approved will fail" })
    }

    @Test func aLongPhraseOfWhereItWasSaidEndsAtTheComplementizer() throws {
        let found = try positions("""
            Dana Hill told a crowded hall at a hotel in downtown Salem that she is not giving up. \
            Tom Lake told a town hall in Salem, Oregon on Monday that the tax is fair. \
            Ann Vell said earlier on Friday during a news conference that she may wait until May.
            """)
        #expect(found.contains { $0.cue == "told" && $0.content == "that she is not giving up" })
        #expect(found.contains { $0.cue == "told" && $0.content == "that the tax is fair" })
        #expect(found.contains { $0.cue == "said" && $0.content == "that she may wait until May" })
    }

    @Test func aRelativeThatIsNoContentStart() throws {
        // "the plan that he drafted": the content is the whole clause, its subject included
        let found = try positions("Dana Hill said the plan that Tom Lake drafted in the spring will fail.")
        #expect(found.contains { $0.cue == "said" && $0.content == "the plan that Tom Lake drafted in the spring will fail" })
        // past a verb joined to the object, a "that" belongs to that verb's object
        let joined = try positions("Dana Hill told stories and shared ideas in a plain manner that voters could relate to.")
        #expect(!joined.contains { $0.content.hasPrefix("that voters") })
    }

    @Test func aQuotationGoesOnIntoTheParagraphItsAttributionCloses() throws {
        let found = try positions("“The plant will close,” Dana Hill told reporters.\n\n“We have no money left for it.”\n\nThe county disagreed.")
        #expect(found.contains {
            $0.speaker == "Dana Hill" && $0.content == "“The plant will close,” Dana Hill told reporters.\n\n“We have no money left for it.”"
        })
        // a quotation closed by a comma waits for an attribution of its own
        let own = try positions("“The plant will close,” Dana Hill told reporters.\n\n“We have no money left,” Tom Lake said.")
        #expect(own.contains { $0.speaker == "Dana Hill" && $0.content == "“The plant will close,”" })
        #expect(own.contains { $0.speaker == "Tom Lake" && $0.content == "“We have no money left,”" })
    }

    @Test func theWritersClosingAppositionIsNoPartOfTheContent() throws {
        let found = try positions("""
            Dana Hill said the repairs would cost $2 million — a high sum. \
            Tom Lake said the county would keep the plant open, a policy that could cost jobs. \
            Ann Vell said she was a stronger leader than Carl Moss, a Democrat. \
            Rita Stone said the county could act through a vote, a levy or a bond.
            """)
        #expect(found.contains { $0.speaker == "Dana Hill" && $0.content == "the repairs would cost $2 million" })
        #expect(found.contains { $0.speaker == "Tom Lake" && $0.content == "the county would keep the plant open" })
        // a name's apposition and a list stay whole
        #expect(found.contains { $0.speaker == "Ann Vell" && $0.content == "she was a stronger leader than Carl Moss, a Democrat" })
        #expect(found.contains { $0.speaker == "Rita Stone" && $0.content == "the county could act through a vote, a levy or a bond" })
    }

    @Test func aPrepositionTheVerbTakesIsNoPartOfTheContent() throws {
        let found = try positions("Dana Hill called for a long pause in the county. Ann Vell called on the county to close the plant.")
        #expect(found.contains { $0.speaker == "Dana Hill" && $0.content == "a long pause in the county" })
        #expect(found.contains { $0.speaker == "Ann Vell" && $0.content == "the county to close the plant" })
    }

    @Test func theDayTheWordsWereSaidIsNoPartOfThem() throws {
        let found = try positions("Dana Hill announced Monday she will run for mayor. Tom Lake said on Tuesday the vote was fair.")
        #expect(found.contains { $0.cue == "announced" && $0.content == "she will run for mayor" })
        #expect(found.contains { $0.cue == "said" && $0.content == "the vote was fair" })
        let partOfDay = try positions("Tom Lake said yesterday morning the road will be examined.")
        #expect(partOfDay.contains { $0.cue == "said" && $0.content == "the road will be examined" })
        let dayAndPart = try positions("Tom Lake said on Monday morning the road will be examined.")
        #expect(dayAndPart.contains { $0.cue == "said" && $0.content == "the road will be examined" })
    }

    @Test func aQuotationClosingTheContentKeepsItsClosingMarks() throws {
        let found = try positions("Dana Hill called the county plan “a disaster for farmers.”")
        #expect(found.contains { $0.cue == "called" && $0.content == "the county plan “a disaster for farmers.”" })
        // a quotation that stops before the sentence goes on is not stretched
        let inside = try positions("Dana Hill called the plan “a disaster” on Monday.")
        #expect(!inside.contains { $0.content.hasSuffix("Monday.") })
    }

    @Test func aQuotationOpenedInTheContentRunsToItsClosingMark() throws {
        let found = try positions("Dana Hill said the county plan “would not work. Nobody in the valley wants it.”")
        #expect(found.contains { $0.cue == "said" && $0.content == "the county plan “would not work. Nobody in the valley wants it.”" })
    }

    @Test func aNameGivenInARelativeClauseRunsFromItsPronoun() throws {
        let found = try positions("The council approved what Dana Hill called “a reckless plan.” Tom Lake chairs a group which called for a vote.")
        #expect(found.contains { $0.cue == "called" && $0.content == "what Dana Hill called “a reckless plan.”" })
        #expect(!found.contains { $0.content.hasPrefix("which called") }, "a pronoun that is the subject gives no speaker to include")
    }

    @Test func theFeelingExpressedGoesWithTheVerb() throws {
        let found = try positions("Dana Hill expressed concern that the bridge would close. She also expressed doubts about the new budget.")
        #expect(found.contains { $0.cue == "expressed" && $0.content == "that the bridge would close" })
        #expect(found.contains { $0.cue == "expressed" && $0.content == "the new budget" })
    }

    @Test func wordsLackingTheirSubjectRunFromThePronounBeforeTheSpeaker() throws {
        let found = try positions("The county kept the old rules, which Dana Hill said had hurt the farmers.")
        #expect(found.contains { $0.cue == "said" && $0.content == "which Dana Hill said had hurt the farmers" })
        let whole = try positions("The county kept the rules that Dana Hill said the farmers hated.")
        #expect(whole.contains { $0.cue == "said" && $0.content == "the farmers hated" }, "a clause with its own subject starts after the verb")
    }

    @Test func aQuotationAfterTheComplementizerIsStillDirect() throws {
        let record = try TestSupport.record("Plant row\nDana Hill said that “the plant will close in the spring.”\n")
        let position = try #require(record.positions.first { $0.content.text.contains("plant will close") })
        #expect(position.content.text.hasPrefix("that “"))
        #expect(position.kind == .direct)
    }

    @Test func theStatementShownToReadersDropsTheComplementizer() {
        let said = Span(start: 10, end: 14, text: "said")
        let after = PositionRecord(speaker: nil, cue: said, content: Span(start: 15, end: 45, text: "that, if elected, he would run"),
                                   kind: .reported)
        #expect(after.statement == Span(start: 21, end: 45, text: "if elected, he would run"))
        // before its cue, "that" is the clause's own word; a lone "that" or "thatch" stays whole
        let before = PositionRecord(speaker: nil, cue: Span(start: 40, end: 44, text: "said"),
                                    content: Span(start: 0, end: 20, text: "that is not the plan"), kind: .reported)
        #expect(before.statement == before.content)
        for text in ["that", "thatch roofs are fine"] {
            let record = PositionRecord(speaker: nil, cue: said, content: Span(start: 15, end: 15 + text.count, text: text), kind: .reported)
            #expect(record.statement == record.content)
        }
    }

    @Test func theStatementShownToReadersDropsARelativeLeadIn() throws {
        // "which Dana Hill said had hurt the farmers": the content keeps pronoun, speaker and cue
        let input = "Farm rules\nThe county kept the rules, which Dana Hill said had hurt the farmers.\n"
        let record = try TestSupport.record(input)
        let position = try #require(record.positions.first { $0.cue?.text == "said" })
        #expect(position.content.text == "which Dana Hill said had hurt the farmers")
        #expect(position.statement.text == "had hurt the farmers")
        let scalars = Array(input.unicodeScalars)[position.statement.start..<position.statement.end]
        #expect(String(String.UnicodeScalarView(scalars)) == "had hurt the farmers", "still an exact span of the input")
        // a lead-in that is no relative clause stays: "In the long run, she said, …"
        let said = Span(start: 17, end: 21, text: "said")
        let setting = PositionRecord(speaker: nil, cue: said, content: Span(start: 0, end: 40, text: "In the long run, she said, it will work"),
                                     kind: .reported)
        #expect(setting.statement == setting.content)
        // a quotation the attribution interrupts opens with its own "What": it stays whole
        let interrupted = PositionRecord(speaker: nil, cue: Span(start: 18, end: 22, text: "said"),
                                         content: Span(start: 0, end: 35, text: "What we need, she said, is a plan"), kind: .direct)
        #expect(interrupted.statement == interrupted.content)
        // an apostrophe is no quotation mark: the relative lead-in still goes
        let possessive = PositionRecord(speaker: nil, cue: Span(start: 22, end: 26, text: "said"),
                                        content: Span(start: 0, end: 47, text: "which Ann Bell's aide said had hurt the farmers"), kind: .reported)
        #expect(possessive.statement == Span(start: 27, end: 47, text: "had hurt the farmers"))
    }

    @Test func aSecondVerbOfSayingOfTheSameSpeakerEndsTheFirstContent() throws {
        let found = try positions("""
            Dana Hill said the bridge was safe and called the plan a waste. \
            Tom Lake said the levy was fair and questioned why the mayor had waited.
            """)
        #expect(found.contains { $0.cue == "said" && $0.content == "the bridge was safe" })
        #expect(found.contains { $0.cue == "called" && $0.content == "the plan a waste" })
        #expect(found.contains { $0.cue == "said" && $0.content == "the levy was fair" })
        #expect(found.contains { $0.cue == "questioned" && $0.content == "why the mayor had waited" })
        // another speaker's verb inside the content is reported speech within it: the content stays whole
        let nested = try positions("Dana Hill said the mayor was wrong and Tom Lake claimed that the vote was rigged.")
        #expect(nested.contains { $0.cue == "said" && $0.content == "the mayor was wrong and Tom Lake claimed that the vote was rigged" })
    }

    @Test func anAdverbAfterAndKeepsTheSharedSpeakerOfASecondVerb() throws {
        let found = try positions("""
            Nora Vance said the budget was balanced, and then warned that the reserve would run dry by spring.             Owen Pratt said the plan was sound but also argued that the council should wait.
            """)
        #expect(found.contains { $0.speaker == "Nora Vance" && $0.cue == "said" && $0.content == "the budget was balanced" })
        #expect(found.contains { $0.speaker == "Nora Vance" && $0.cue == "warned" && $0.content == "that the reserve would run dry by spring" })
        #expect(found.contains { $0.speaker == "Owen Pratt" && $0.cue == "argued" && $0.content == "that the council should wait" })
    }

    @Test func theDayAndPartOfDayItWasSaidAreNoPartOfTheContent() throws {
        let found = try positions("Dana Hill said Tuesday night the plant will close. Tom Lake said Friday morning \"we will reopen it.\"")
        #expect(found.contains { $0.cue == "said" && $0.content == "the plant will close" })
        #expect(found.contains { $0.cue == "said" && $0.content == "\"we will reopen it.\"" })
        // the day that is the clause's subject stays
        let subject = try positions("Dana Hill said Tuesday night was a turning point for the state.")
        #expect(subject.contains { $0.cue == "said" && $0.content == "Tuesday night was a turning point for the state" })
    }

    @Test func reportedSpeechInARelativeClauseOnAWhoseEndsWhereTheMainClauseResumes() throws {
        let found = try positions("The governor, whose critics say he ignored the warnings, announced a new review on Monday.")
        #expect(found.contains { $0.cue == "say" && $0.content == "he ignored the warnings" })
    }
}
