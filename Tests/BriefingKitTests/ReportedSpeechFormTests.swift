import Testing
@testable import BriefingKit

/// Reported speech in forms the plain "X said …" rules miss: a relative "who" as the
/// speaker, adverbs before the verb, speakers named by any noun, expectations nobody holds,
/// a finding closing its sentence, a question put at the sentence's start, and reported
/// clauses that end where the writer sets another clause against them.
@Suite struct ReportedSpeechFormTests {
    private func positions(_ body: String) throws -> [ReportedSpeechLayoutTests.Found] {
        try ReportedSpeechLayoutTests.positions(body)
    }

    @Test func aRelativeWhoSpeaksForTheNameBeforeIt() throws {
        let found = try positions("Dana Hill visited the plant. Hill, who said the plant will stay open, left early.")
        let position = try #require(found.first { $0.cue == "said" })
        #expect(position.mention == "who")
        #expect(position.speaker == "Dana Hill")
        // the relative clause ends where the main clause's verb resumes
        #expect(position.content == "the plant will stay open")
    }

    @Test func aParticipleCueAfterTheContentOpensAnAttributionOfItsOwn() throws {
        let found = try positions("Dana Hill has suggested the levy could pass, referring to the county budget that was adopted in May.")
        #expect(found.first { $0.cue == "suggested" }?.content == "the levy could pass")
        #expect(found.first { $0.cue == "referring" }?.content == "the county budget that was adopted in May")
    }

    @Test func anAsComplementDoesNotEndTheReportedClause() throws {
        let found = try positions("Dana Hill pointed to the levy vote that should be seen as a warning to the county.")
        #expect(found.first { $0.cue == "pointed" }?.content == "the levy vote that should be seen as a warning to the county")
        // a subordinate "as" still ends it
        let clause = try positions("Dana Hill pointed to the failed levy vote in March as the county board met.")
        #expect(clause.first { $0.cue == "pointed" }?.content == "the failed levy vote in March")
    }

    @Test func aRelativeWhoAfterAnInvertedSpeakerIsNotTheQuotationBeforeIt() throws {
        let found = try positions("“We will win,” said Dana Hill, who predicted a record turnout in the county.")
        #expect(found.contains { $0.cue == "predicted" && $0.content == "a record turnout in the county" && $0.speaker == "Dana Hill" })
        #expect(found.contains { $0.cue == "said" && $0.content == "“We will win,”" })
    }

    @Test func aRelativeWhoBeforeAnActIsNoSpeech() throws {
        let found = try positions("The rally was for Dana Hill, who opposed the new tax on farms.")
        #expect(!found.contains { $0.cue == "opposed" })
    }

    @Test func anAdverbInLyOrEvenMayStandBeforeTheVerb() throws {
        let found = try positions("Dana Hill quietly suggested that the vote be delayed. Tom Lake even argued the law is void.")
        #expect(found.contains { $0.cue == "suggested" && $0.speaker == "Dana Hill" && $0.content == "that the vote be delayed" })
        #expect(found.contains { $0.cue == "argued" && $0.speaker == "Tom Lake" && $0.content == "the law is void" })
    }

    @Test func anyNounOpeningTheClauseSpeaksBeforeAVerbOfSaying() throws {
        let found = try positions("The football legend said people misunderstand the mayor. Farm fans insist the fair must stay.")
        #expect(found.contains { $0.mention == "The football legend" && $0.content == "people misunderstand the mayor" })
        #expect(found.contains { $0.mention == "Farm fans" && $0.content == "the fair must stay" })
    }

    @Test func aSettingOrAPossessiveBeforeTheVerbIsNoSpeaker() throws {
        let found = try positions("Two hours after his first tweet said nothing, the mayor spoke. Editor's note: the fair is closed.")
        #expect(!found.contains { $0.mention?.hasPrefix("Two hours") == true })
        #expect(!found.contains { $0.mention == "Editor's" })
        let noun = try positions("His opening remarks were so subdued that the crowd left.")
        #expect(!noun.contains { $0.cue == "remarks" })
    }

    @Test func anExpectationReportsItsWholeClauseWithNoSpeaker() throws {
        let found = try positions("Dana Hill is expected to sign the bill on Friday, though Tom Lake will not attend.")
        let position = try #require(found.first { $0.cue == "expected" })
        #expect(position.content == "Dana Hill is expected to sign the bill on Friday")
        #expect(position.mention == nil)
        let relative = try positions("The bill, which the council is expected to pass, costs little.")
        #expect(!relative.contains { $0.cue == "expected" })
    }

    @Test func aFindingClosingItsSentenceReportsWhatCameBefore() throws {
        let found = try positions("Turnout rose in every county, a new state analysis shows.")
        let position = try #require(found.first { $0.cue == "shows" })
        #expect(position.content == "Turnout rose in every county")
        #expect(position.mention == "a new state analysis")
    }

    @Test func aQuestionAskedAtTheSentencesStartHasNoAsker() throws {
        let found = try positions("Asked whether he would run again, Tom Lake said he had not decided.")
        #expect(found.contains { $0.cue == "Asked" && $0.content == "whether he would run again" && $0.mention == nil })
        #expect(found.contains { $0.cue == "said" && $0.content == "he had not decided" })
    }

    @Test func reportedSpeechEndsBeforeAContrastingClause() throws {
        let found = try positions("Most farmers say they are worried about the price, but the mayor is as popular as ever.")
        #expect(found.first { $0.cue == "say" }?.content == "they are worried about the price")
        // the speaker's own limit goes on: no new subject after "but"
        let limit = try positions("Officials say the city is prepared to send nurses, but will not send soldiers.")
        #expect(limit.first { $0.cue == "say" }?.content == "the city is prepared to send nurses, but will not send soldiers")
        let more = try positions("Tom Lake said the plan was sound on Monday, and he repeated it on Tuesday.")
        #expect(more.first { $0.cue == "said" }?.content == "the plan was sound on Monday")
    }

    @Test func anInterrogativeWhoSpeaksForNoOne() throws {
        let found = try positions("It is unclear who said the plant will close.")
        #expect(!found.contains { $0.mention == "who" })
    }

    @Test func aSubordinatorBeforeADescribedNameIsPassedOver() throws {
        let found = try positions("When the council's chairwoman, Dana Hill, said the plant will close, workers left.")
        #expect(found.contains { $0.cue == "said" && $0.speaker == "Dana Hill" })
    }

    @Test func contentInAnOpeningSubordinateClauseEndsBeforeTheMainClause() throws {
        let found = try positions("When Dana Hill suggested that the county would sue the state, Governor Ann Lee laughed.")
        #expect(found.contains { $0.cue == "suggested" && $0.content == "that the county would sue the state" })
        // a clause closed before the cue leaves the content whole
        let asked = try positions("When asked, Dana Hill said that if elected, she would close the plant.")
        #expect(asked.contains { $0.cue == "said" && $0.content == "that if elected, she would close the plant" })
    }

    @Test func aSeemingReportsItsWholeClauseWithNoSpeaker() throws {
        let found = try positions("In the end, the mayor appeared to have won the vote. The plant seems safe for now.")
        let appeared = try #require(found.first { $0.cue == "appeared" })
        #expect(appeared.content == "the mayor appeared to have won the vote")
        #expect(appeared.mention == nil)
        #expect(found.contains { $0.cue == "seems" && $0.content == "The plant seems safe for now" && $0.mention == nil })
        // being somewhere is no seeming, nor is a seeming inside a relative clause
        let place = try positions("Dana Hill appeared on television with Tom Lake. The farms, which seem dry, were sold.")
        #expect(!place.contains { $0.cue == "appeared" || $0.cue == "seem" })
    }

    @Test func aStudyOrAPollFindsWhatItReports() throws {
        let found = try positions("A county survey found most farmers backing the plan. The review also found that the plant was unsafe.")
        #expect(found.contains { $0.cue == "found" && $0.mention == "A county survey" && $0.content == "most farmers backing the plan" })
        #expect(found.contains { $0.cue == "found" && $0.content == "that the plant was unsafe" })
        // a thing come upon is no finding
        let thing = try positions("Police found a car near the river on Monday.")
        #expect(!thing.contains { $0.cue == "found" })
    }

    @Test func aClauseOpenedByAccordingToAfterAConjunctionOrAColonIsItsContent() throws {
        let found = try positions("But according to Dana Hill, the plant will close in May. It was clear: According to Tom Lake, the vote failed.")
        #expect(found.contains { $0.speaker == "Dana Hill" && $0.content == "the plant will close in May" })
        #expect(found.contains { $0.mention == "Tom Lake" && $0.content == "the vote failed" })
    }

    @Test func whatASpeakerPointsOrRefersToIsTheContent() throws {
        let found = try positions("Dana Hill pointed to the example of the county farms. Tom Lake said the plan was dead, referring to the new plant.")
        #expect(found.contains { $0.cue == "pointed" && $0.speaker == "Dana Hill" && $0.content == "the example of the county farms" })
        #expect(found.contains { $0.cue == "referring" && $0.speaker == "Tom Lake" && $0.content == "the new plant" })
    }
}
