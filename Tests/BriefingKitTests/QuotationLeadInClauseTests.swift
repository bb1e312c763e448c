import Testing
@testable import BriefingKit

/// Quotations opened by a participle of saying on the sentence's clause ("…, saying, “…”"), or
/// by the verb of a subordinate clause ("… when Reddick interrupted: “…”"), and a look-alike
/// whose speaker is not the clause's subject.
@Suite struct QuotationLeadInClauseTests {
    static func positions(_ body: String) throws -> [(content: String, cue: String?, speaker: String?)] {
        let record = try TestSupport.record("Campaign trail notes\n" + body + "\n")
        return record.positions.map { ($0.content.text, $0.cue?.text, record.actor(id: $0.speaker?.actor)?.name) }
    }

    @Test func aParticipleAfterTheClauseGivesTheQuotationToItsSubject() throws {
        let found = try Self.positions("""
            The rally was loud. On Thursday, after staying neutral for months, Dana Hill appeared with Lee Marsh and officially endorsed Ann Vell, saying, “I think she is exactly what this state needs.”

            The vote came late. And then Tom Reddick went fully on the attack, saying, “Is the mayor going to finally answer the question?”
            """)
        let hill = try #require(found.first { $0.content.hasPrefix("“I think she is") })
        #expect(hill.speaker == "Dana Hill")
        #expect(hill.cue == "saying")
        #expect(found.first { $0.content.hasPrefix("“Is the mayor") }?.speaker == "Tom Reddick")
    }

    @Test func aParticipleOnANounGetsNoSpeaker() throws {
        let found = try Self.positions("""
            The rally was loud. Dana Hill held up a sign saying “Vote them out.”
            """)
        #expect(!found.contains { $0.content == "“Vote them out.”" && $0.speaker == "Dana Hill" })
    }

    @Test func aSubordinateClausesVerbOpensItsSubjectsQuotation() throws {
        let found = try Self.positions("""
            Dana Hill was speaking when Tom Reddick interrupted: “That is not true.”
            """)
        let interruption = try #require(found.first { $0.content == "“That is not true.”" })
        #expect(interruption.speaker == "Tom Reddick")
    }
}
