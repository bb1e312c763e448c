import Testing
@testable import BriefingKit

/// Which conditions leave an outcome open, and where a condition that no comma closes ends.
@Suite struct OpenQuestionConditionTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] { try TestSupport.openQuestions(body) }

    /// Each sentence gives exactly one open question, conditional, asked as written beside it.
    private func expectConditionalQuestions(_ cases: [(sentence: String, asked: String)]) throws {
        for (sentence, asked) in cases {
            let found = try questions(sentence)
            #expect(found.map(\.kind) == [.conditional], "\(sentence)")
            #expect(found.first?.question == asked)
        }
    }

    @Test func aModalInsideTheConditionIsNotItsOutcome() throws {
        #expect(try questions("If the mayor implied that she would resign, she did not say so at the meeting.").isEmpty)
        #expect(try questions("The levy rose sharply if the utility could pass costs on, the audit found.").isEmpty)
    }

    @Test func anOutcomeWithoutACommaEndsTheCondition() throws {
        let found = try questions("Mayor Jane Roe said that if elected she will rebuild the old bridge.")
        #expect(found.map(\.kind) == [.conditional])
        #expect(found.first?.question == "Will Jane Roe rebuild the old bridge if elected?")
        let settled = try questions("Dana Hill, a lawyer, said: \u{201C}If I get a fair offer I will settle the case.\u{201D}")
        #expect(settled.first?.question.hasSuffix("settle the case if I get a fair offer?") == true)
    }

    @Test func theMonthMayIsNoModal() throws {
        #expect(try questions("If the council approved the budget in May, the plan went ahead.").isEmpty)
    }

    @Test func illustrationsAndGuidesSetNoCondition() throws {
        #expect(try questions("For example, if a resident moves away, the tax would fall.").isEmpty)
        #expect(try questions("If history is any guide, the council will delay the vote.").isEmpty)
    }

    @Test func askingSomeoneIfIsAQuestionNotACondition() throws {
        let asked = "A reporter asked the mayor if the bridge would reopen before winter."
        #expect(try questions(asked).allSatisfy { $0.kind != .conditional })
        let found = try questions(asked + " The mayor declined to answer.")
        #expect(found.map(\.kind) == [.uncertain])
        #expect(found.first?.question == "Would the bridge reopen before winter?")
    }

    @Test func aReportBeforeTheOutcomeStaysOutOfTheQuestion() throws {
        let said = try questions("If turnout is low, the experts say, the levy could fail.")
        #expect(said.first?.question == "Could the levy fail if turnout is low?")
        let noting = try questions("Mayor Jane Roe spoke on Monday, noting she would sign the bill if the council passed it.")
        #expect(noting.first?.question == "Would Jane Roe sign the bill if the council passed it?")
    }

    @Test func aQuotedConditionCountsOnlyWhenTheSpeakerPledgesUnderIt() throws {
        let talk = "\u{201C}If my neighbours painted their fence purple, I'd laugh at them,\u{201D} said Dana Hill, a retired teacher."
        #expect(try questions(talk).allSatisfy { $0.kind != .conditional })
        let pledge = "\u{201C}If the council cuts the library budget, I will vote against it,\u{201D} said Dana Hill, a councillor."
        #expect(try questions(pledge).map(\.kind) == [.conditional])
        let unquoted = "If the council cuts the library budget, the branch could close."
        #expect(try questions(unquoted).map(\.kind) == [.conditional])
    }

    /// A condition the writer states whose outcome only a speaker's quotation gives with
    /// "might" or "would" is that speaker's comment on others; a quoted outcome in the speaker's
    /// own first person, or one that says what "will" happen, still counts.
    @Test func aSpeculativeOutcomeOnlyQuotedIsTalkUnlessTheSpeakerSpeaksForTheirSide() throws {
        let comment = "If the mayor wins a third term, the critic said, \u{201C}the harbor might never reopen.\u{201D}"
        #expect(try questions(comment).allSatisfy { $0.kind != .conditional })
        let verdict = "\u{201C}Most people would call that a defeat\u{201D} if the levy passed by fewer than ten votes, said Dana Hill, a pollster."
        #expect(try questions(verdict).allSatisfy { $0.kind != .conditional })
        let ownSide = "Dana Hill conceded \u{201C}it will be very hard for us to hold the seat\u{201D} if the levy fails."
        #expect(try questions(ownSide).map(\.kind) == [.conditional])
        let announcement = "If the council passes the levy, Mayor Dana Hill said, \u{201C}the city will hire 40 more officers.\u{201D}"
        #expect(try questions(announcement).map(\.kind) == [.conditional])
    }

    @Test func anOutcomeReportedBeforeItsConditionIsAskedWithoutTheReport() throws {
        let found = try questions("Mayor Jane Roe announced she will step down if the council passes the budget.")
        #expect(found.first?.question == "Will Jane Roe step down if the council passes the budget?")
    }

    @Test func droppingOutIfIsAConditionNotAQuestion() throws {
        let found = try questions("Dana Hill said she will drop out if she loses Ohio.")
        #expect(found.map(\.kind) == [.conditional])
    }

    /// A pledge verb binds its deed to a condition as "will" does, asked as whether the pledge
    /// will be kept; the noun ("with promises to …") pledges nothing.
    @Test func aPledgeUnderAConditionIsConditional() throws {
        let found = try TestSupport.openQuestions("Tom Hale promised to rebuild the pier if the council raised the harbor fee.")
        #expect(found.map(\.kind) == [.conditional])
        #expect(found.first?.question == "Will Tom Hale rebuild the pier if the council raised the harbor fee?")
        #expect(try TestSupport.openQuestions("Tom Hale won the seat with promises to rebuild the pier if it had been raining.").isEmpty)
    }

    /// The outcome is asked with its condition, never the condition alone: words after the
    /// condition that ask nothing leave the outcome to the clause before it, quoted words lose
    /// their marks, "that" before an auxiliary is a subject, a report and "then" are dropped.
    @Test func theOutcomeIsAskedNotTheConditionAlone() throws {
        let cases = [
            ("The mayor could lose the vote if the council splits, according to people close to the talks.",
             "Could the mayor lose the vote if the council splits?"),
            ("Jane Roe said the levy would be a \u{201C}disaster\u{201D} if turnout is low.", "Would the levy be a disaster if turnout is low?"),
            ("If the council raised the fee, that could hurt the harbor shops.", "Could that hurt the harbor shops if the council raised the fee?"),
            ("If the levy fails, analysts say the mayor will cut the bus routes.", "Will the mayor cut the bus routes if the levy fails?"),
            ("If the council agrees, then the mayor will reopen the pier.", "Will the mayor reopen the pier if the council agrees?"),
        ]
        try expectConditionalQuestions(cases)
    }

    /// A condition named as the only way to an outcome ("only possible if …") is what stays open:
    /// it is asked itself, not the outcome that waits on it.
    @Test func aSoleConditionIsAskedItself() throws {
        let cases = [
            ("A ceasefire will only be possible if the rebels withdraw their artillery.", "Will the rebels withdraw their artillery?"),
            ("The harbor can reopen only if the council approves the repairs.", "Will the council approve the repairs?"),
        ]
        try expectConditionalQuestions(cases)
    }
}
