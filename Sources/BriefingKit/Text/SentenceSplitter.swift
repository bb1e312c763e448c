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
                      case let mark = Self.markValue(tokens[j].text), Self.isCloser(mark) || mark == 0x2E,
                      !opensAfterSpace(tokens, j, first: first) {
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
        let mark = Self.markValue(tokens[index].text)
        guard mark == 0x22 || mark == 0x27, index > first, index + 1 < tokens.count else { return false }
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
        if token.kind == .punctuation { return Self.isOpener(Self.markValue(token.text)) }
        return token.isCapitalized
    }

    /// Whether the scalar value (`markValue(_:)`) is one of `openers`.
    static func isOpener(_ mark: UInt32) -> Bool {
        switch mark {
        case 0x22, 0x27, 0x201C, 0x2018, 0x28, 0x5B, 0x2014, 0x2D: return true
        default: return false
        }
    }

    /// Whether the scalar value (`markValue(_:)`) is one of `closers`.
    private static func isCloser(_ mark: UInt32) -> Bool {
        switch mark {
        case 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x5D: return true
        default: return false
        }
    }

    /// The value of the one scalar of `text` (a punctuation token's), decoded from its UTF-8
    /// bytes; 0 when the text is not one scalar of at most three bytes. Comparing it answers as
    /// comparing the strings does for every mark of `openers`, `closers` and the tests that read
    /// it: no other scalar is canonically equivalent to one of them (none is the target of a
    /// singleton decomposition).
    static func markValue(_ text: String) -> UInt32 {
        var text = text
        return text.withUTF8 { utf8 -> UInt32 in
            guard let lead = utf8.first else { return 0 }
            switch (lead, utf8.count) {
            case (..<0x80, 1): return UInt32(lead)
            case (0xC0..<0xE0, 2): return UInt32(lead & 0x1F) << 6 | UInt32(utf8[1] & 0x3F)
            case (0xE0..<0xF0, 3): return UInt32(lead & 0x0F) << 12 | UInt32(utf8[1] & 0x3F) << 6 | UInt32(utf8[2] & 0x3F)
            default: return 0
            }
        }
    }

    static let closers: Set<String> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]
    static let openers: Set<String> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{2014}", "-"]
}
