import Testing
@testable import BriefingKit

@Suite struct QuoteScannerTests {
    /// The inner texts of the quotations the scanner finds in one paragraph.
    static func quotes(_ paragraph: String) -> [String] {
        let text = ScalarText(paragraph)
        return QuoteScanner().quotations(in: text, paragraph: 0..<text.count).map { text.string($0.inner) }
    }

    @Test func curlyDoubleQuotes() {
        #expect(Self.quotes("She said “we will win the vote” on Monday.") == ["we will win the vote"])
    }

    @Test func straightDoubleQuotes() {
        #expect(Self.quotes("He called it \"a good deal\" and left.") == ["a good deal"])
    }

    @Test func britishSingleQuotes() {
        #expect(Self.quotes("One official said: 'Wednesday is a really important moment.'")
            == ["Wednesday is a really important moment."])
        #expect(Self.quotes("They called it ‘article-5 like’ reassurance.") == ["article-5 like"])
    }

    @Test func apostrophesInsideASingleQuotedQuotation() {
        #expect(Self.quotes("'You don't get 30 chiefs to Ukraine's capital for nothing,' said one.")
            == ["You don't get 30 chiefs to Ukraine's capital for nothing,"])
    }

    @Test(arguments: [
        "Ukraine's forces held the line.",
        "Prices last rose like this in the '90s, officials said.",
        "Voters don't trust the plan and won't back it.",
        "The minister shouldn‘t have said it, critics argued.",
        "The Smiths' house and the ministers' offices were closed.",
    ])
    func apostrophesDoNotOpenQuotations(_ sentence: String) {
        #expect(Self.quotes(sentence) == [])
    }

    @Test func doubleQuotationWithApostrophesAround() {
        #expect(Self.quotes("Ukraine's envoy said \"it's over\" and didn't elaborate.") == ["it's over"])
    }

    @Test func anOpeningMarkTypedForTheClosingOneClosesTheQuotation() {
        #expect(Self.quotes("“It is unusual,“ said Dana Hill. “Very.”") == ["It is unusual,", "Very."])
        #expect(Self.quotes("“Is it over?“ he asked.") == ["Is it over?"])
    }

    @Test func threeApostrophesCloseANestedSingleAndTheDoubleQuotation() {
        let paragraph = "''Voters will not settle for 'We will see,''' said Dana Hill. ''Never.''"
        #expect(Self.quotes(paragraph) == ["Voters will not settle for 'We will see,'", "Never."])
    }

    @Test func unclosedQuotationRunsToTheParagraphEnd() {
        let paragraph = "Roe said: “We will rebuild the bridge, and we will do it this year"
        let text = ScalarText(paragraph)
        let found = QuoteScanner().quotations(in: text, paragraph: 0..<text.count)
        #expect(found.count == 1)
        #expect(found.first?.range.upperBound == text.count)
        #expect(found.first.map { text.string($0.inner) } == "We will rebuild the bridge, and we will do it this year")
        #expect(found.first?.continuesPrevious == false)
    }

    @Test func quotationReopenedAtParagraphStartContinuesThePrevious() {
        let paragraph = "“And we will not stop there"
        let text = ScalarText(paragraph)
        let found = QuoteScanner().quotations(in: text, paragraph: 0..<text.count)
        #expect(found.count == 1)
        #expect(found.first?.continuesPrevious == true)
    }

    @Test func findsWordsInASingleQuotationNestedInADoubleOne() throws {
        let paragraph = "“He said, ‘Trust me, I’ll do good.’ Then I left, and Ukraine’s ‘deal’ we signed.”"
        let text = ScalarText(paragraph)
        let quote = try #require(QuoteScanner().quotations(in: text, paragraph: 0..<text.count).first)
        let scalars = Array(paragraph.unicodeScalars)
        let offset = { (word: String) -> Int in
            let w = Array(word.unicodeScalars)
            return (0...(scalars.count - w.count)).first { Array(scalars[$0..<($0 + w.count)]) == w } ?? -1
        }
        let nested = { (word: String) in QuoteScanner().isInNestedSingleQuotation(offset(word), of: quote, in: text) }
        #expect(nested("I’ll"))
        #expect(!nested("He said"))
        #expect(!nested("Then I"))
        #expect(!nested("we signed"))
    }

    @Test func scansOnlyTheGivenParagraph() {
        let whole = "First “open quote\nSecond line “closed here” end"
        let text = ScalarText(whole)
        let firstLine = 0..<(Array(whole.unicodeScalars).firstIndex(of: "\n") ?? 0)
        let found = QuoteScanner().quotations(in: text, paragraph: firstLine)
        #expect(found.map { text.string($0.inner) } == ["open quote"])
    }
}

@Suite struct TokenizerTests {
    static func tokens(_ sentence: String) -> [Token] {
        let text = ScalarText(sentence)
        return Tokenizer(abbreviations: Lexicons.bundled.abbreviations).tokens(of: text, in: 0..<text.count)
    }

    @Test func keepsAbbreviationsNumbersAndPossessivesWhole() {
        let texts = Self.tokens("Mr. Smith said the U.S. would send 30,000 troops to Ukraine's border.").map(\.text)
        #expect(texts == ["Mr.", "Smith", "said", "the", "U.S.", "would", "send", "30,000", "troops", "to",
                          "Ukraine's", "border", "."])
    }

    @Test func keepsADottedStateAfterAPartyHyphenWhole() {
        let texts = Self.tokens("Rep. Dana Orle (D-N.J.) said yes.").map(\.text)
        #expect(texts == ["Rep.", "Dana", "Orle", "(", "D-N.J.", ")", "said", "yes", "."])
    }

    @Test func numbersAreNumbersAndPunctuationIsSeparate() {
        let tokens = Self.tokens("About 12.5% of 30,000, he said.")
        #expect(tokens.first { $0.text == "30,000" }?.kind == .number)
        #expect(tokens.first { $0.text == "12.5" }?.kind == .number)
        #expect(tokens.filter { $0.kind == .punctuation }.map(\.text) == ["%", ",", "."])
    }

    @Test func aPronounAndItsContractedVerbAreTwoWordsReadInFull() {
        let tokens = Self.tokens("He'll go, she’s been there, they’re ready and I'd never seen it; don't touch Ukraine's 'rock.")
        #expect(tokens.map(\.text).prefix(4) == ["He", "'ll", "go", ","])
        let lower = Dictionary(tokens.map { ($0.text, $0.lower) }, uniquingKeysWith: { first, _ in first })
        #expect(lower["'ll"] == "will")
        #expect(lower["’s"] == "has", "before a past participle, 's is 'has'")
        #expect(lower["’re"] == "are")
        #expect(lower["'d"] == "had", "before a past participle, 'd is 'had'")
        #expect(tokens.contains { $0.text == "don't" } && tokens.contains { $0.text == "Ukraine's" })
        #expect(Self.tokens("He'd barely campaigned.").map(\.lower).prefix(2) == ["he", "had"])
        #expect(Self.tokens("She'd support him and it's expected to pass.").map(\.lower)
                == ["she", "would", "support", "him", "and", "it", "is", "expected", "to", "pass", "."])
    }

    @Test func tokenRangesPointAtTheirText() {
        let sentence = "“It’s over,” Zelenskyy’s aide said — in Kyiv 🇺🇦 today."
        for token in Self.tokens(sentence) {
            #expect(TestSupport.slice(sentence, token.range) == token.text)
        }
    }
}

@Suite struct TextLayerTests {
    @Test func sentencesDoNotSplitAfterAbbreviations() throws {
        let article = try TestSupport.article("""
            Talks resume
            Mr. Smith met U.S. officials on Monday. They agreed to meet again.
            """)
        let layer = ArticleExtractor().textLayer(of: article)
        let body = layer.sentences.filter { layer.paragraphs[$0.paragraph].role != .headline }.map { layer.string($0.range) }
        #expect(body == ["Mr. Smith met U.S. officials on Monday.", "They agreed to meet again."])
    }

    @Test func aTitleBeforeANameNeverEndsASentence() throws {
        let article = try TestSupport.article("""
            Talks resume
            He thanked Mr. Trump and said he would vote. Mrs. Lee, Ms. Ortiz, Dr. Kim, Gov. Hale, Sen. Ruiz, Rep. Moss, Gen. Ward, Lt. Cole and St. Clair spoke. They left.
            """)
        let layer = ArticleExtractor().textLayer(of: article)
        let body = layer.sentences.filter { layer.paragraphs[$0.paragraph].role != .headline }.map { layer.string($0.range) }
        #expect(body == ["He thanked Mr. Trump and said he would vote.",
                         "Mrs. Lee, Ms. Ortiz, Dr. Kim, Gov. Hale, Sen. Ruiz, Rep. Moss, Gen. Ward, Lt. Cole and St. Clair spoke.",
                         "They left."])
    }

    @Test func quotationsAreFoundInEveryParagraph() throws {
        let article = try TestSupport.article("""
            Talks resume
            Roe said: “We are ready.”
            Smith replied: 'So are we.'
            """)
        let layer = ArticleExtractor().textLayer(of: article)
        #expect(layer.quotations.map { layer.string($0.inner) } == ["We are ready.", "So are we."])
    }
}

@Suite struct SentenceSplitterTests {
    /// The sentences of one paragraph.
    static func sentences(_ paragraph: String) -> [String] {
        let text = ScalarText(paragraph)
        let tokens = Tokenizer(abbreviations: ["mr"]).tokens(of: text, in: 0..<text.count)
        return SentenceSplitter().sentences(in: tokens).map {
            text.string(tokens[$0.lowerBound].range.lowerBound..<tokens[$0.upperBound - 1].range.upperBound)
        }
    }

    @Test func aMarkIsReadAsItsOneScalar() {
        #expect(SentenceSplitter.markValue(".") == 0x2E)
        #expect(SentenceSplitter.markValue("\u{00AB}") == 0xAB)
        #expect(SentenceSplitter.markValue("\u{201D}") == 0x201D)
        // not one scalar of at most three bytes: no mark the splitter reads
        #expect(SentenceSplitter.markValue("") == 0)
        #expect(SentenceSplitter.markValue("?!") == 0)
        #expect(SentenceSplitter.markValue("\u{201D}\u{201D}") == 0)
        #expect(SentenceSplitter.markValue("\u{1F600}") == 0)
    }

    @Test func closingMarksStayWithTheSentenceTheyClose() {
        #expect(Self.sentences("He said “we won.” Then he left (for good.) Mr. Lee stayed.")
            == ["He said “we won.”", "Then he left (for good.)", "Mr. Lee stayed."])
        #expect(Self.sentences("She asked 'why?' They did not answer.") == ["She asked 'why?'", "They did not answer."])
    }

    @Test func anOpeningMarkStartsTheNextSentence() {
        #expect(Self.sentences("It ended. “We go on,” he said. (He did.) — Later, 3 left.")
            == ["It ended.", "“We go on,” he said.", "(He did.)", "— Later, 3 left."])
        // a straight quote after a space, touching the next word, opens the next sentence
        #expect(Self.sentences("It ended. \"We go on,\" he said.") == ["It ended.", "\"We go on,\" he said."])
        // a lower-case word after a stop continues the sentence
        #expect(Self.sentences("It ended. and then it began.") == ["It ended. and then it began."])
    }
}
