import Testing
@testable import BriefingKit

/// Open questions raised by wording that contests a claim, hedges an outcome or names a step
/// still to come, on small invented articles.
@Suite struct OpenQuestionClaimTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] { try TestSupport.openQuestions(body) }

    @Test func aDisputeThatOnlyPointsAtTheClaimAsksTheSentenceBefore() throws {
        let found = try questions("""
            Some experts say that the mayor will not accept the harbor plan. City officials insist this is not the case.
            """)
        let dispute = try #require(found.first { $0.kind == .disputed })
        #expect(dispute.question == "Is it true that the mayor will not accept the harbor plan?")
        let happened = try questions("""
            Dana Hill says an aide pushed her out of the room. The campaign has denied it happened.
            """)
        #expect(happened.first { $0.kind == .disputed }?.question == "Is it true that an aide pushed her out of the room?")
        // "the case against her" is a court case, not a pointer; a quotation in the first person is no claim to restate
        let court = try questions("""
            Some residents say the mayor lied. Her lawyers denied that the case against her was politically motivated.
            """)
        #expect(court.first { $0.kind == .disputed }?.question == "Is it true that the case against her was politically motivated?")
        let quoted = try questions("""
            “We never hid the audit,” Dana Hill said. City officials insist this is not the case.
            """)
        #expect(!quoted.contains { $0.question.contains("we never hid") })
        // a quotation, a report after a time and a clause inside a report are claims as said
        let quotation = try questions("""
            "The mayor lied about the audit," Dana Hill said. The mayor denied that was the case.
            """)
        #expect(quotation.first { $0.kind == .disputed }?.question == "Is it true that the mayor lied about the audit?")
        let timed = try questions("Dana Hill said on Monday the mayor lied about the audit. The mayor denied that was the case.")
        #expect(timed.first { $0.kind == .disputed }?.question == "Is it true that the mayor lied about the audit?")
        let embedded = try questions("Dana Hill said the mayor knew that the audit was flawed. The mayor denied that was the case.")
        #expect(embedded.first { $0.kind == .disputed }?.question == "Is it true that the mayor knew that the audit was flawed?")
        // a claim the sentence before only names is not restated
        let named = try questions("Dana Hill's claims that the mayor lied spread quickly. The mayor denied that was the case.")
        #expect(named.first { $0.kind == .disputed }?.question == "Which side is right?")
    }

    @Test func accusationThatAsksTheClaim() throws {
        let found = try questions("Mayor Jane Roe responded on Monday to accusations that her aides hid the audit.")
        #expect(found.map(\.kind) == [.disputed])
        #expect(found.first?.question == "Is it true that her aides hid the audit?")
    }

    @Test func criticsAskTheirClaimBeforeOrAfter() throws {
        let before = try questions("Critics argue that the levy will drive shops out of the district.")
        #expect(before.first?.kind == .disputed)
        #expect(before.first?.question == "Is it true that the levy will drive shops out of the district?")
        let after = try questions("The new levy drove shops out of the district, critics say.")
        #expect(after.first?.question == "Is it true that the new levy drove shops out of the district?")
    }

    @Test func opponentsOrOthersArguingAskTheirClaim() throws {
        let others = try questions("Although the mayor says the dam is safe, others argue that the spillway is cracked.")
        #expect(others.map(\.kind) == [.disputed])
        #expect(others.first?.question == "Is it true that the spillway is cracked?")
        #expect(try questions("Opponents contend that the levy will drive shops out of the district.").first?.question
                == "Is it true that the levy will drive shops out of the district?")
        #expect(try questions("Others arrived late to the harbor meeting.").isEmpty)
        // set off by commas, the side comes before its claim
        #expect(try questions("On top of that, opponents say, the levy will raise rents.").first?.question
                == "Is it true that the levy will raise rents?")
    }

    @Test func aClaimTheWriterCallsFalseIsAsked() throws {
        let found = try questions("Roe spoke at length, repeating a false claim that she opposed the harbor plan.")
        #expect(found.map(\.kind) == [.disputed])
        #expect(found.first?.question == "Is it true that she opposed the harbor plan?")
        let wrongly = try questions("Tom Hale wrongly claimed that the audit was never filed.")
        #expect(wrongly.first?.question == "Is it true that the audit was never filed?")
    }

    /// "Contrary to X's claims, Y say …": the claim Y sets against X's, asked without its source.
    @Test func contraryToClaimsAsksTheCounterClaim() throws {
        let found = try questions("Contrary to the mayor's claims, auditors say the harbor fund was never touched.")
        #expect(found.map(\.kind) == [.disputed])
        #expect(found.first?.question == "Is it true that the harbor fund was never touched?")
    }

    @Test func figuresThatDoNotAddUpAreDisputed() throws {
        #expect(try questions("Rivals say the mayor's budget math doesn't add up.").map(\.kind) == [.disputed])
        #expect(try questions("The council's numbers do not add up, Tom Hale said.").map(\.kind) == [.disputed])
    }

    /// "it is unclear exactly how …" asks the wh-clause, up to its comma or dash, not "Is it unclear …?".
    @Test func anUnclearWhClauseIsAskedUpToItsBreak() throws {
        let how = try questions("It is unclear exactly how the harbor fees will be split, given that the port has no budget.")
        #expect(how.first?.question == "Will it be made known how the harbor fees will be split?")
        let what = try questions("It was unclear what effect the ruling would have on the ferry line.")
        #expect(what.first?.question == "Will it be made known what effect the ruling would have on the ferry line?")
    }

    /// "hard to know where …", "far from certain that …": the text says the outcome cannot be told yet.
    @Test func anOutcomeThatCannotBeToldYetIsUncertain() throws {
        let known = try questions("It is hard to know where the harbor money will go next year.")
        #expect(known.map(\.kind) == [.uncertain])
        #expect(known.first?.question == "Will it be made known where the harbor money will go next year?")
        let certain = try questions("It is far from certain that the council will back the harbor plan.")
        #expect(certain.first?.question == "Will the council back the harbor plan?")
        #expect(try questions("The mayor said it was too early to tell.").map(\.kind) == [.uncertain])
        #expect(try questions("The new harbor rules are difficult to predict, Tom Hale wrote.").first?.question
            == "How will the new harbor rules turn out?")
        // "hard to know whether" asks the whether clause, not the plain question of its kind
        #expect(try questions("It is hard to know whether the council will back the harbor plan.").first?.question
            == "Will the council back the harbor plan?")
    }

    @Test func signsPointingAndARunningMateBeingChosenArePending() throws {
        #expect(try questions("All signs point to the governor signing the harbor bill on Friday.").map(\.kind) == [.pending])
        #expect(try questions("Senator Jane Roe, a potential running mate, spoke in Ohio.").map(\.kind) == [.pending])
    }

    @Test func couldStillHedgesAnOutcome() throws {
        let found = try questions("The council could still block the harbor plan.")
        #expect(found.map(\.kind) == [.uncertain])
        #expect(found.first?.question == "Could the council still block the harbor plan?")
    }

    @Test func aStepStillToComeIsPending() throws {
        let found = try questions("The harbor plan still has to pass a vote in the regional assembly.")
        #expect(found.map(\.kind) == [.pending])
        #expect(found.first?.question == "Will the harbor plan pass a vote in the regional assembly?")
    }

    @Test func notSureIsReportedDoubtButQuotedMusing() throws {
        #expect(try questions("Councillor Tom Hale is not sure he can back the harbor plan.").map(\.kind) == [.uncertain])
        #expect(try questions("\u{201C}I'm not sure I deserve the prize,\u{201D} Tom Hale said.").isEmpty)
    }

    @Test func unknownAndNoOneKnowsAreUncertain() throws {
        #expect(try questions("The cost of the bridge repairs remains unknown.").map(\.kind) == [.uncertain])
        #expect(try questions("No one knows when the ferry will sail again.").map(\.kind) == [.uncertain])
    }

    @Test func withheldIfIsAskedLikeWhether() throws {
        let found = try questions("The mayor would not say if the bridge had been inspected.")
        #expect(found.map(\.kind) == [.uncertain])
        #expect(found.first?.question == "Will it be made known whether the bridge had been inspected?")
    }

    @Test func providedAsAVerbSetsNoCondition() throws {
        #expect(try questions("The new law provided cover for the council, which would otherwise face a revolt.").allSatisfy { $0.kind != .conditional })
        #expect(try questions("The council will approve the budget, provided that the state pays for the bridge.").map(\.kind) == [.conditional])
    }

    @Test func aSpeakerThinkingAloudAsksNothing() throws {
        #expect(try questions("\u{201C}I don't know if the ferry will ever pay,\u{201D} Tom Hale said.").isEmpty)
        #expect(try questions("Engineers do not know if the ferry will sail again.").map(\.kind) == [.uncertain])
    }
}
