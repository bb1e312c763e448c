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
        sentences(in: tokens, from: 0)
    }

    /// Token index ranges of the sentences in `tokens[first...]` (one paragraph's tokens at the
    /// end of an article's array), as indices of `tokens`.
    func sentences(in tokens: [Token], from first: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = first
        var i = first
        while i < tokens.count {
            // read in place (a copy of the token costs more than the test), punctuation first
            if tokens[i].kind == .punctuation, Self.isSentenceEnd(tokens[i].text) {
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .punctuation,
                      Self.closers.contains(tokens[j].text) || tokens[j].text == ".", !opensAfterSpace(tokens, j, first: first) {
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
    private func opensAfterSpace(_ tokens: [Token], _ index: Int, first: Int) -> Bool {
        guard tokens[index].text == "\"" || tokens[index].text == "'", index > first, index + 1 < tokens.count else { return false }
        return tokens[index - 1].range.upperBound < tokens[index].range.lowerBound
            && tokens[index].range.upperBound == tokens[index + 1].range.lowerBound
    }

    private static func isSentenceEnd(_ mark: String) -> Bool {
        // read from the first byte (comparing strings with a non-ASCII mark normalizes them);
        // none of the four has another canonical form
        guard let first = mark.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return mark.utf8.count == 1
        case 0xE2: return mark == "\u{2026}"
        default: return false
        }
    }

    private func startsSentence(_ token: Token) -> Bool {
        if token.kind == .number { return true }
        if token.kind == .punctuation { return Self.openers.contains(token.text) }
        return token.isCapitalized
    }

    static let closers: Set<String> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]
    static let openers: Set<String> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{2014}", "-"]
}
