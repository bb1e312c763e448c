import Testing
@testable import BriefingKit

/// An outcome a party fears, asked as an open question in its own words, on small invented articles.
@Suite struct FearedOutcomeTests {
    private func questions(_ body: String) throws -> [OpenQuestionRecord] { try TestSupport.openQuestions(body) }

    @Test func aFearedOutcomeIsAskedAsItsClause() throws {
        let found = try questions("The harbor board met on Monday. Many fear the new levy will drive shipping firms out of the port.")
        #expect(found.map(\.question) == ["Will the new levy drive shipping firms out of the port?"])
        #expect(found.first?.kind == .uncertain)
        #expect(found.first?.evidence.text == "Many fear the new levy will drive shipping firms out of the port")
    }

    @Test func thatAndTheHoldersOfTheFearAreLeftOut() throws {
        #expect(try questions("Dock workers worried that the merger could cost them their pensions.").map(\.question)
            == ["Could the merger cost them their pensions?"])
        #expect(try questions("The vote sparked fears among farmers that the dam would flood their fields.").map(\.question)
            == ["Would the dam flood their fields?"])
        #expect(try questions("There are fears the storm may close the bridge for a week.").map(\.question)
            == ["Might the storm close the bridge for a week?"])
    }

    @Test func aPresentWorryIsAskedWhateverTheModal() throws {
        #expect(try questions("Organizers are worried that the speech would lend the mayor new legitimacy.").map(\.question)
            == ["Would the speech lend the mayor new legitimacy?"])
    }

    @Test func aFearedNegationAsksTheOutcomeItself() throws {
        #expect(try questions("She fears that the council will not honor the election results.").map(\.question)
            == ["Will the council honor the election results?"])
    }

    @Test func fearsThatOpenNoOutcomeAreNotAsked() throws {
        // a reason or a time, a speaker's own words, a past counterfactual
        #expect(try questions("She left early because she feared the mayor would find out about the loan.").isEmpty)
        #expect(try questions("“I fear the levy will drive firms out of the port,” the mayor said.").isEmpty)
        #expect(try questions("Aides feared the scandal would have ended her career.").isEmpty)
        // a worry about a thing, not a clause; a relative clause's gap
        #expect(try questions("Voters worry about things that might actually harm them.").isEmpty)
        #expect(try questions("He is exactly the kind of judge many fear the mayor would choose.").isEmpty)
        // a past fear of what was then to come is narration
        #expect(try questions("The couple worried that the attacks would harden attitudes toward migrants.").isEmpty)
        // hopes are a party's aims, not asked
        #expect(try questions("The mayor hopes the new levy will fund two more schools.").isEmpty)
    }

    @Test func aDeniedFearOrAFearOfDegreeIsNotAsked() throws {
        // the writer says there is nothing to fear
        #expect(try questions("Voters, the mayor suggested, don't have to worry that the new levy will drive firms away.").isEmpty)
        // "so worried that … that they …": the clause after the cue runs into a result clause
        #expect(try questions("The board is so worried that the levy will fail that it is willing to delay the vote.").isEmpty)
        #expect(try questions("The mayor is betting that residents feel so ignored that they will back a recall.").isEmpty)
        // an affirmative worry with "can't help but" is still a worry
        #expect(try questions("Many residents can't help but worry the levy will drive firms away.").map(\.question)
            == ["Will the levy drive firms away?"])
    }

    @Test func aClauseCutBeforeItsPredicateEndsIsNotAsked() throws {
        // "will see her choice as a sign of independence" is not "will see her choice"
        #expect(try questions("The senator is betting that voters will see her absence from the rally as a sign of independence.").isEmpty)
    }


    @Test func aReasonAnAdjectiveOrAnObjectOfFearIsNotAsked() throws {
        #expect(try questions("The clerk kept quiet for fear he would lose his job.").isEmpty)
        #expect(try questions("Worried voters will turn out in large numbers in November.").isEmpty)
        #expect(try questions("The mayor fears nothing that the council will throw at him.").isEmpty)
        // "something" that is the feared clause's own subject is asked
        #expect(try questions("Many residents worry something will go wrong at the parade.").map(\.question)
            == ["Will something go wrong at the parade?"])
    }

    @Test func aPastFearTheSentenceSettlesIsNotAsked() throws {
        #expect(try questions("Officials feared the storm might flood the city, but it turned away.").isEmpty)
    }


    @Test func aFearForMonthsOrOneWithButInsideItIsStillAsked() throws {
        #expect(try questions("Republicans have for months feared that the levy could pass.").map(\.question) == ["Could the levy pass?"])
        #expect(try questions("Farmers feared the bill could pass not only the House but the Senate.").map(\.question)
            == ["Could the bill pass not only the House but the Senate?"])
    }

}
