/// A word, number or punctuation mark of the text.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word, number, punctuation
    }

    /// Offsets of the token in the article's scalars.
    public let range: Range<Int>
    public let kind: Kind
    /// The token's text as written.
    public let text: String
    /// The token's text in lower case, for lexicon look-ups.
    public let lower: String
    /// Whether the token is a word starting with an upper-case letter.
    public let isCapitalized: Bool
    /// The id of `lower` in the process's word table, for `WordSet` and `WordMap` look-ups
    /// (`WordTable.unnumbered` until the tokenizer numbers the token).
    public internal(set) var wordID: UInt32 = WordTable.unnumbered

    public init(range: Range<Int>, kind: Kind, text: String) {
        // most words are already lower case: share the text then
        self.init(range: range, kind: kind, text: text,
                  lower: text.utf8.contains { (0x41...0x5A).contains($0) || $0 >= 0x80 } ? text.lowercased() : text)
    }

    /// A token whose lower-case form is already known (`text.lowercased()`).
    init(range: Range<Int>, kind: Kind, text: String, lower: String) {
        self.range = range
        self.kind = kind
        self.text = text
        self.lower = lower
        // asked of most tokens several times over: decided once (an ASCII first letter from its byte)
        if let byte = text.utf8.first, byte < 0x80 {
            isCapitalized = kind == .word && (0x41...0x5A).contains(byte)
        } else {
            isCapitalized = kind == .word && (text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
        }
    }

    /// A token whose lower-case form and its word id are already known.
    init(range: Range<Int>, kind: Kind, text: String, lower: String, wordID: UInt32) {
        self.init(range: range, kind: kind, text: text, lower: lower)
        self.wordID = wordID
    }

    /// A token of a written form met before (`WordForms`).
    init(range: Range<Int>, form: WordForm) {
        self.range = range
        kind = form.kind
        text = form.text
        lower = form.lower
        isCapitalized = form.isCapitalized
        wordID = form.wordID
    }

    /// Whether the token is this punctuation mark.
    public func isMark(_ mark: String) -> Bool { kind == .punctuation && text == mark }

    /// Whether the token is a lone apostrophe, straight or curly ("Sanders’ campaign").
    var isApostrophe: Bool { text == "'" || text == "\u{2019}" }

    /// Whether the token ends with a possessive ending, straight or curly ("Trump's", "CNN’s",
    /// "Sanders'"), or is a lone apostrophe.
    var endsPossessive: Bool {
        // each ending ends in one of these bytes (s, ', the last of ’): a cheap test first
        guard let last = text.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == 0x99 else { return false }
        return text.hasLiteralSuffix("'s") || text.hasLiteralSuffix("\u{2019}s") || text.hasLiteralSuffix("'") || text.hasLiteralSuffix("\u{2019}")
    }

    /// The text without its possessive ending: "mayor" of "mayor's", "Sanders" of "Sanders'".
    var withoutPossessive: String {
        guard endsPossessive else { return text }
        return String(text.dropLast(text.hasLiteralSuffix("'s") || text.hasLiteralSuffix("\u{2019}s") ? 2 : 1))
    }

    /// Whether the token is a negative contraction, straight or curly ("doesn't", "won’t").
    var isNegativeContraction: Bool { lower.hasSuffix("n't") || lower.hasSuffix("n\u{2019}t") }
}
