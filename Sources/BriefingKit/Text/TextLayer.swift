/// The analysed text of one article: paragraphs, sentences, tokens and quotations, each
/// with integer scalar offsets into the text as read. Built once per article; every
/// extractor reads it and none re-walks the string.
public struct TextLayer: Sendable {
    public let text: ScalarText
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    public let tokens: [Token]
    public let quotations: [Quotation]

    /// Analyses the kept paragraphs of an article.
    /// - Parameters:
    ///   - text: the article's text.
    ///   - paragraphs: the paragraph ranges the cleaner kept, with their roles, in order.
    ///   - abbreviations: lower-case words that keep their final dot.
    public init(text: ScalarText, paragraphs input: [(range: Range<Int>, role: Paragraph.Role)],
                abbreviations: Set<String>) {
        self.text = text
        let tokenizer = Tokenizer(abbreviations: abbreviations)
        let splitter = SentenceSplitter()
        let scanner = QuoteScanner()
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        // a token per five or six scalars of English text, rarely more than one per four: the
        // array is allocated once (a grown array copies every token)
        tokens.reserveCapacity(input.reduce(0) { $0 + $1.range.count } / 4 + 16)
        var quotations: [Quotation] = []
        for (range, role) in input {
            // the paragraph's tokens go straight to the end of the article's array
            let base = tokens.count
            tokenizer.appendTokens(of: text, in: range, to: &tokens)
            let firstSentence = sentences.count
            for r in splitter.sentences(in: tokens, from: base) where !r.isEmpty {
                sentences.append(Sentence(range: tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound,
                                          tokens: r, paragraph: paragraphs.count))
            }
            paragraphs.append(Paragraph(range: range, role: role, sentences: firstSentence..<sentences.count))
            quotations.append(contentsOf: scanner.quotations(in: text, paragraph: range))
        }
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.quotations = quotations
    }

    /// The text of a range.
    public func string(_ range: Range<Int>) -> String { text.string(range) }

    /// A contract span for a range.
    public func span(_ range: Range<Int>) -> Span { text.span(range) }

    /// Index of the first token starting at or after `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Index of the sentence holding token `t`, or nil when no sentence does.
    public func sentenceIndex(ofToken t: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let r = sentences[mid].tokens
            if t < r.lowerBound { high = mid - 1 } else if t >= r.upperBound { low = mid + 1 } else { return mid }
        }
        return nil
    }

    /// How many quotations open inside `range` (the quotations are in text order).
    public func quotationCount(startingIn range: Range<Int>) -> Int {
        func before(_ offset: Int) -> Int {
            var low = 0, high = quotations.count
            while low < high {
                let mid = (low + high) / 2
                if quotations[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
            }
            return low
        }
        return before(range.upperBound) - before(range.lowerBound)
    }

    /// The quotation whose marks enclose `offset`, if any.
    public func quotation(containing offset: Int) -> Quotation? {
        var low = 0, high = quotations.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let r = quotations[mid].range
            if offset < r.lowerBound { high = mid - 1 } else if offset >= r.upperBound { low = mid + 1 } else { return quotations[mid] }
        }
        return nil
    }
}
