import Testing
@testable import BriefingKit

/// A quotation carried on over paragraphs that open with a quotation mark and name no speaker
/// is one position of the speaker the paragraph before closes with — and paragraphs that are
/// not such a continuation stay apart.
@Suite struct QuotationParagraphsTests {
    static func positions(_ body: String) throws -> [(content: String, cue: String?, speaker: String?)] {
        try QuotationLayoutTests.positions(body)
    }

    @Test func quotationParagraphsAfterAnAttributionHoldingATitleCarryOn() throws {
        let found = try Self.positions("""
            The race goes on.
            ''This was never a gentle process,'' said Dana Hill, the author of ''Small Towns,'' a history of the county.
            ''The lesson of this year is that none of the old rules apply.''
            ''Nobody knows what comes next.''
            The vote is in May.
            """)
        let hill = try #require(found.first { $0.speaker == "Dana Hill" })
        #expect(hill.content.hasPrefix("''This was never a gentle process,''"))
        #expect(hill.content.hasSuffix("''Nobody knows what comes next.''"))
        #expect(!found.contains { $0.content.hasPrefix("''The lesson") || $0.content.hasPrefix("''Nobody") })
    }

    @Test func aQuotationLeftOpenAtTheParagraphEndCarriesOn() throws {
        let found = try Self.positions("""
            The race goes on.
            Dana Hill told the crowd in Reno: “We will build the new bridge and we will build it this year.
            “And the county will not pay a cent for it.”
            """)
        let hill = try #require(found.first { $0.speaker == "Dana Hill" })
        #expect(hill.content.hasPrefix("“We will build"))
        #expect(hill.content.hasSuffix("“And the county will not pay a cent for it.”"))
    }

    @Test func aSingleQuotedSubheadingStaysApart() throws {
        let found = try Self.positions("""
            The race goes on.
            ''We hired everyone who applied,'' Dana Hill said, ''and we will hire more.''
            'A healthy environment.'
            The plant opened in 1990.
            """)
        let hill = try #require(found.first { $0.speaker == "Dana Hill" })
        #expect(hill.content.hasSuffix("''and we will hire more.''"))
    }

    @Test func aQuotationParagraphWithItsOwnSpeakerOrAfterNarrationStaysApart() throws {
        let found = try Self.positions("""
            The race goes on.
            “We will win this county,” Dana Hill said.
            “They will lose it,” Bob Roe said.
            “Nobody is counting,” Ann Vell said on Friday. The crowd cheered for an hour.
            “Lock the doors!”
            """)
        #expect(found.contains { $0.content == "“We will win this county,”" && $0.speaker == "Dana Hill" })
        #expect(found.contains { $0.content == "“They will lose it,”" && $0.speaker == "Bob Roe" })
        #expect(!found.contains { $0.content.contains("Lock the doors") && $0.content.hasPrefix("“Nobody") })
    }

    @Test func aQuotedLabelEndingInAColonCarriesOnNoOnesWords() throws {
        let found = try Self.positions("""
            The race goes on.
            “We will win this county,” Dana Hill said.
            “Related:”
            The vote is in May.
            """)
        let hill = try #require(found.first { $0.speaker == "Dana Hill" })
        #expect(hill.content == "“We will win this county,”")
    }

    @Test func anotherVoicesParagraphDoesNotCarryOn() throws {
        // a reporter's question
        let asked = try Self.positions("""
            The race goes on.
            “We will not raise taxes,” Dana Hill said on Monday.
            “Not even on the rich?”
            “Not even on them,” she said.
            """)
        #expect(!asked.contains { $0.content.contains("Not even on the rich") })
        // an opponent's words naming the speaker
        let named = try Self.positions("""
            The race goes on.
            “I am not a fan of his posts,” Dana Hill said at the fair on Monday.
            “Crooked Dana Hill is a total disaster. Sad!”
            The vote is in May.
            """)
        #expect(!named.contains { $0.content.contains("total disaster") })
        // the next paragraph names it as someone else's
        let reply = try Self.positions("""
            The race goes on.
            “We are going to win so much,” Dana Hill said on Monday.
            “Lock him up! Lock him up!”
            The crowd chanted for ten minutes.
            """)
        #expect(!reply.contains { $0.content.contains("Lock him up") })
        // a quoted phrase ending a reported clause is no quotation to carry on
        let phrase = try Self.positions("""
            The race goes on.
            Dana Hill said the plan was “a disaster for working families.”
            “We have the votes, and we will pass it this week.”
            The vote is in May.
            """)
        #expect(!phrase.contains { $0.content.contains("pass it this week") })
    }

    @Test func aOneSentenceParagraphOfAnotherVoiceAfterAClosingAttributionIsNotJoined() throws {
        let named = try Self.positions("""
            The race goes on.
            “I am not a fan of his posts,” said Dana Hill.
            “Crooked Dana Hill is a total disaster.”
            The vote is in May.
            """)
        #expect(named.first { $0.speaker == "Dana Hill" }?.content == "“I am not a fan of his posts,”")
        let reply = try Self.positions("""
            The race goes on.
            “We are going to win this county,” Dana Hill said.
            “We have the votes, and we will pass it this week.”
            That was the reply from the office of Mayor Bob Roe.
            """)
        #expect(reply.first { $0.speaker == "Dana Hill" }?.content == "“We are going to win this county,”")
    }

    @Test func aContentEndingItsParagraphIsNotCutBack() throws {
        // a headline's content runs to the end of its line, with no full stop
        let record = try TestSupport.record("""
            Dana Hill says she 'can' and 'may' build the bridge this year

            Mayor Dana Hill spoke on Friday in Reno.

            """)
        #expect(record.positions.contains { $0.content.text == "she 'can' and 'may' build the bridge this year" })
    }
}
