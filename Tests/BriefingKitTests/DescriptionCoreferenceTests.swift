import Testing
@testable import BriefingKit

/// "the Vermont senator", "the Democratic presidential candidate": a definite description is a
/// mention of the one person the article describes so, and the speaker of what it says; a
/// description that fits nobody, or two people, names no one.
@Suite struct DescriptionCoreferenceTests {
    private func record(_ body: String) throws -> ArticleRecord { try TestSupport.record("Budget talks in Montpelier\n" + body + "\n") }

    private func speakers(_ record: ArticleRecord) -> [String?] {
        record.positions.map { $0.speaker?.actor.flatMap { id in record.actors.first { $0.id == id }?.name } }
    }

    private func mentions(of name: String, in record: ArticleRecord) -> [String] {
        record.actors.first { $0.name == name }?.mentions.map(\.text) ?? []
    }

    @Test func aHeadlineOpeningWithADescriptionIsRead() throws {
        // a description opening the first sentence has no sentence before it
        let found = try TestSupport.record("""
            The Vermont senator surges in Michigan

            Bernie Sanders won the Michigan primary on Tuesday. Sanders thanked his supporters in Detroit.

            """)
        #expect(found.actors.contains { $0.name == "Bernie Sanders" })
        // it describes no one named before it
        #expect(!(found.actors.first { $0.name == "Bernie Sanders" }?.mentions.map(\.text).contains("The Vermont senator") ?? true))
    }

    @Test func aDescriptionWhoseClauseSaysSheIsNoMan() throws {
        let found = try record("""
            Bernie Sanders attacked Hillary Clinton on trade Tuesday in Flint. Clinton did not attend. Sanders said her record on the Trans-Pacific Partnership was weak. The Democratic front-runner said she would not apologize for her vote.
            """)
        #expect(!mentions(of: "Bernie Sanders", in: found).contains("The Democratic front-runner"))
        // a "she" after another name is that name's
        let other = try record("""
            Bernie Sanders attacked Hillary Clinton on Tuesday. Sanders spoke in Flint. The Vermont senator said Clinton would lose because she voted for the war.
            """)
        #expect(mentions(of: "Bernie Sanders", in: other).contains("The Vermont senator"))
    }

    @Test func aDescriptionMatchingTheTitleAndStateIsAMentionOfThatPerson() throws {
        let found = try record("""
            Vermont Sen. Ann Vell met Ohio Gov. Tom Harlan on Monday. Vell and Harlan spoke for an hour.

            Harlan left early. Vell stayed. Harlan later criticized the freshman Vermont senator in a radio interview.
            """)
        #expect(mentions(of: "Ann Vell", in: found).contains("the freshman Vermont senator"))
    }

    @Test func aDescriptionOfAnotherOfficeNamesNoOne() throws {
        let found = try record("""
            Ohio Gov. Tom Harlan met donors on Monday. Harlan spoke for an hour.

            The Ohio senator said the budget would fail.
            """)
        #expect(!mentions(of: "Tom Harlan", in: found).contains("The Ohio senator"))
        #expect(speakers(found).allSatisfy { $0 != "Tom Harlan" })
    }

    @Test func aRaceRoleOfTwoCandidatesOfThePartyNamesNoOne() throws {
        let found = try record("""
            Ann Vell, a Republican presidential candidate from Ohio, spoke in Dayton.
            Tom Harlan, a Republican presidential hopeful, spoke in Toledo. Vell and Harlan both spoke for an hour.

            The Republican presidential candidate said the budget would pass.
            """)
        #expect(speakers(found).last == .some(nil))
        #expect(!mentions(of: "Ann Vell", in: found).contains("The Republican presidential candidate"))
        #expect(!mentions(of: "Tom Harlan", in: found).contains("The Republican presidential candidate"))
    }

    @Test func theOneCandidateOfTheNamedPartyIsFoundUnderAnotherRaceRole() throws {
        let found = try record("""
            Ann Vell, the Democratic presidential candidate, spoke in Dayton. Tom Harlan, a Republican senator, spoke in Toledo.
            Vell spoke for an hour, and Vell took questions.

            The Democratic nominee said the budget would pass.
            """)
        #expect(mentions(of: "Ann Vell", in: found).contains("The Democratic nominee"))
        #expect(speakers(found).last == "Ann Vell")
    }
}

extension DescriptionCoreferenceTests {
    @Test func theDescriptionOpeningTheNextSentenceIsThePartysMainPerson() throws {
        let found = try record("""
            Democrat Ann Vell toured the plant in Dayton on Monday with Tom Harlan. Vell spoke for an hour.

            Vell answered questions from workers. The Democratic presidential candidate said the plant would stay open.
            """)
        #expect(speakers(found).last == "Ann Vell")
    }
}

extension DescriptionCoreferenceTests {
    @Test func theDescriptionAfterAQuotationClosedAfterItsCommaIsThePreviousSubject() throws {
        let found = try record("""
            Democrat Ann Vell toured the plant in Dayton on Monday with Tom Harlan. Vell spoke for an hour.

            Vell answered questions from workers. “The plant will stay open,” the Democratic presidential candidate said.
            """)
        #expect(mentions(of: "Ann Vell", in: found).contains("the Democratic presidential candidate"))
    }

    @Test func aPartyMemberSpeakingAfterAQuotationOfTwoSentencesIsTheCandidateBeforeIt() throws {
        let found = try record("""
            Presidential candidate Ann Vell suggests cutting fees as a step toward helping farmers in Dayton.

            “It may surprise you, but fees are the problem. They drive up the prices of everything,” the Republican said on Monday.

            Vell later toured a farm. Vell met workers there.
            """)
        #expect(mentions(of: "Ann Vell", in: found).contains("the Republican"))
        #expect(speakers(found).last == "Ann Vell")
    }

    @Test func theRepublicanBeforeANounIsNoPerson() throws {
        let found = try record("""
            Presidential candidate Ann Vell suggests cutting fees as a step toward helping farmers in Dayton.

            “Fees are the problem,” the Republican race heard on Monday. Vell later toured a farm.
            """)
        #expect(!mentions(of: "Ann Vell", in: found).contains { $0.hasPrefix("the Republican") })
    }
}

/// The fallback of a description described nowhere: the person the sentence before opens with,
/// named more than once, whatever the party; after a fronted phrase of time or circumstance too;
/// never a staff member, another person ("the other candidate") or a president.
extension DescriptionCoreferenceTests {
    @Test func theDescriptionOpeningTheNextSentenceIsThePreviousSubjectNamedTwice() throws {
        let found = try record("""
            Tom Harlan spoke in Dayton. Harlan spoke in Toledo. Harlan spoke in Akron. Ann Vell toured the plant.

            Ann Vell criticized Tom Harlan's plan on Monday. The Democratic presidential candidate said the plan would fail.
            """)
        #expect(mentions(of: "Ann Vell", in: found).contains("The Democratic presidential candidate"))
        #expect(speakers(found).last == "Ann Vell")
    }

    @Test func theDescriptionAfterAFrontedPhraseIsThePreviousSubject() throws {
        let found = try record("""
            Ann Vell toured the plant in Dayton. Vell spoke for an hour.

            Vell answered questions from workers. On Friday, the Vermont senator said the plant would stay open.
            """)
        #expect(mentions(of: "Ann Vell", in: found).contains("the Vermont senator"))
    }

    @Test func anAppositionOrAContrastIsNoFrontedPhrase() throws {
        let found = try record("""
            Ann Vell toured the plant in Dayton. Vell spoke for an hour.

            Vell answered questions from workers. Rather, the Vermont senator said the plant would stay open.
            Vell left. Harlo, the incoming ambassador, said the talks would resume.
            """)
        #expect(!mentions(of: "Ann Vell", in: found).contains("the Vermont senator"))
        #expect(!mentions(of: "Ann Vell", in: found).contains("the incoming ambassador"))
    }

    @Test func aStaffMemberIsNoCandidate() throws {
        let found = try record("""
            Tom Harlan's campaign moved staff to Iowa. Spokeswoman Ann Vell said the campaign was lean. Vell said it twice.

            Ann Vell said the move was planned. The former Ohio governor has been mired in single digits in polls.
            """)
        #expect(!mentions(of: "Ann Vell", in: found).contains("The former Ohio governor"))
    }

    @Test func theOtherCandidateIsNotThePreviousSubject() throws {
        let found = try record("""
            Ann Vell toured the plant in Dayton. Vell spoke for an hour.

            Vell answered questions from workers. The other candidate said the plant would close.
            """)
        #expect(!mentions(of: "Ann Vell", in: found).contains("The other candidate"))
    }

    @Test func theFormerPresidentIsNotThePreviousSubject() throws {
        let found = try record("""
            Tom Harlan toured the plant in Dayton. Harlan spoke for an hour.

            Harlan answered questions from workers. The former president said the plant would stay open.
            """)
        #expect(!mentions(of: "Tom Harlan", in: found).contains("The former president"))
    }
}
