import Testing
@testable import BriefingKit

/// Accusations the article reports: a disputed open question asking whether the accused did it.
@Suite struct AccusationQuestionTests {
    /// The appended denial: an accusation no one answers is no dispute (see
    /// `anUnansweredAccusationLeavesNothingOpen`).
    private static let denial = "A spokesman denied every charge."

    /// The questions of `body` in an article that also reports a denial, without the denial's own.
    private func questions(_ body: String) throws -> [OpenQuestionRecord] {
        try TestSupport.openQuestions(body + " " + Self.denial).filter { !Self.denial.hasPrefix($0.evidence.text) }
    }

    @Test func anUnansweredAccusationLeavesNothingOpen() throws {
        #expect(try TestSupport.openQuestions("Mayor Jane Roe accused the water board of hiding the test results.").isEmpty)
        #expect(try TestSupport.openQuestions("Critics accused the council of being too close to developers. The council met on Monday.").isEmpty)
    }

    @Test func anAccusationAsksWhetherTheAccusedDidIt() throws {
        let found = try questions("Mayor Jane Roe accused the water board of hiding the test results.")
        #expect(found.map(\.kind) == [.disputed])
        #expect(found.first?.question == "Did the water board hide the test results? Mayor Jane Roe says so.")
    }

    @Test func aPassiveAccusationAsksAboutItsSubject() throws {
        let found = try questions("Dana Hill is accused of plotting two break-ins at the depot.")
        #expect(found.first?.question == "Did Dana Hill plot two break-ins at the depot?")
    }

    @Test func beingAndANounReadAsStatesAndCharges() throws {
        // "Critics" is no name: the question goes without a side
        #expect(try questions("Critics accused the council of being too close to developers.").first?.question
            == "Is the council too close to developers?")
        #expect(try questions("The union accused the mayor of negligence in the flood.").first?.question
            == "Is the mayor guilty of negligence in the flood?")
    }

    @Test func theChargeEndsAtAReportOrASecondVerb() throws {
        let found = try questions("Two tenants who accused the landlord of fraud said they were never repaid.")
        #expect(found.first?.question == "Is the landlord guilty of fraud?")
    }

    @Test func noAccusedNoQuestion() throws {
        #expect(try questions("The accused stood silent in the courtroom on Monday.").isEmpty)
        #expect(try questions("Roe said he was accused on Monday.").isEmpty)
    }

    @Test func lyingIsLie() throws {
        #expect(try questions("Critics accused the mayor of lying about the budget.").first?.question
            == "Did the mayor lie about the budget?")
    }

    @Test func aDenialOrAPassiveNamesNoAccuser() throws {
        #expect(try questions("The state has not publicly accused the county of hiding the records.").first?.question
            == "Did the county hide the records?")
        #expect(try questions("Dana Hill is accused of plotting two break-ins at the depot.").first?.question
            == "Did Dana Hill plot two break-ins at the depot?")
    }

    @Test func aRejectionAnswersAnAccusationButADenialDeniedDoesNot() throws {
        let accusation = "Critics accused the mayor of lying about the budget."
        #expect(try TestSupport.openQuestions(accusation + " The mayor dismissed the accusations.").contains { $0.kind == .disputed })
        #expect(try TestSupport.openQuestions(accusation + " No one has disputed the audit.").isEmpty)
    }
}
