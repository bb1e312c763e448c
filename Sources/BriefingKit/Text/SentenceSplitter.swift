/// Splits a paragraph's tokens into sentences.
///
/// A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets after it) when the
/// next token starts a new sentence; abbreviations were already kept whole by the tokenizer.
/// A run of more than `maxTokens` tokens without a sentence end (a list with no full stop, a
/// 5 MB line) is cut into pieces of that length, so that the extractors' work per sentence
/// stays bounded whatever the input.
public struct SentenceSplitter: Sendable {
    /// The most tokens in one sentence; real sentences stay far below.
    public static let maxTokens = 400

    public init() {}

    /// Token index ranges of the sentences in `tokens`.
    public func sentences(in tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punctuation, t.text == "." || t.text == "!" || t.text == "?" || t.text == "\u{2026}" {
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .punctuation,
                      Self.closers.contains(tokens[j].text) || tokens[j].text == ".", !opensAfterSpace(tokens, j) {
                    j += 1
                }
                if j >= tokens.count || startsSentence(tokens[j]) {
                    result.append(start..<j)
                    start = j
                }
                i = j
                continue
            }
            i += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result.flatMap { sentence in
            stride(from: sentence.lowerBound, to: sentence.upperBound, by: Self.maxTokens).map {
                $0..<min($0 + Self.maxTokens, sentence.upperBound)
            }
        }
    }

    /// Whether the straight quote at `index` opens a quotation: space before it, none after
    /// (`said. "Next` — the quote starts the next sentence, it does not close this one).
    private func opensAfterSpace(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].text == "\"" || tokens[index].text == "'", index > 0, index + 1 < tokens.count else { return false }
        return tokens[index - 1].range.upperBound < tokens[index].range.lowerBound
            && tokens[index].range.upperBound == tokens[index + 1].range.lowerBound
    }

    private func startsSentence(_ token: Token) -> Bool {
        if token.kind == .number { return true }
        if token.kind == .punctuation { return Self.openers.contains(token.text) }
        return token.isCapitalized
    }

    static let closers: Set<String> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]
    static let openers: Set<String> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{2014}", "-"]
}
