/// A paragraph of the article: one line of text between line breaks.
public struct Paragraph: Sendable, Hashable {
    /// What the paragraph is in the article.
    public enum Role: Sendable, Hashable {
        case headline, standfirst, body
    }

    /// Offsets of the paragraph's text, without the line break.
    public let range: Range<Int>
    public let role: Role
    /// Indices into the text layer's `sentences`.
    public let sentences: Range<Int>

    public init(range: Range<Int>, role: Role, sentences: Range<Int>) {
        self.range = range
        self.role = role
        self.sentences = sentences
    }
}

/// A sentence: a run of tokens inside one paragraph.
public struct Sentence: Sendable, Hashable {
    /// Offsets from the first token's start to the last token's end.
    public let range: Range<Int>
    /// Indices into the text layer's `tokens`.
    public let tokens: Range<Int>
    /// Index of the paragraph holding the sentence.
    public let paragraph: Int

    public init(range: Range<Int>, tokens: Range<Int>, paragraph: Int) {
        self.range = range
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
