extension ActorExtractor {
    /// Words that never describe a group though written before its noun in lower case.
    private static let nonModifierWords: WordSet = ["and", "or", "but", "nor", "of", "to", "for", "with", "from", "by", "at",
                                                    "in", "on", "about", "as", "than", "that", "this", "these", "those",
                                                    "who", "which", "whose", "such", "more", "less", "own", "are", "were",
                                                    "is", "was", "be", "been", "have", "has", "had", "will", "would", "not",
                                                    "all", "both", "no", "any", "each", "every", "how", "what", "why",
                                                    "when", "where", "also", "even", "just", "only", "much", "many", "few", "its", "their",
                                                    "his", "her", "our", "my", "your", "then", "there", "here", "very",
                                                    // words that pick or contrast, not describe: "the same candidates"
                                                    "same", "different", "various", "certain", "similar"]

    /// The lower-case words the text writes before a group noun to say which people it means
    /// ("some cybersecurity experts", "told cheering supporters", "Clinton's longtime allies"),
    /// at most two, ending before token `end`: the words, the person or organization whose
    /// people they are when a name stands before them ("Clinton"), and the first token of the
    /// phrase. Nil unless the words open a noun phrase: after a quantifier or article, a
    /// possessive, a speech verb, punctuation, or that name.
    func writtenModifiers(before end: Int, in sentence: Sentence, registry: ActorRegistry)
        -> (words: [Token], leader: String?, start: Int)? {
        var start = end
        while start > sentence.tokens.lowerBound, end - start < 2, isFreeModifier(layer.tokens[start - 1]) {
            start -= 1
        }
        guard start < end else { return nil }
        let words = Array(layer.tokens[start..<end])
        guard start > sentence.tokens.lowerBound else { return nil }
        let previous = layer.tokens[start - 1]
        if let leader = followedActor(named: previous, in: registry) { return (words, leader, start - 1) }
        // "Sanders's most passionate supporters" are still his
        if Self.quantifiers.contains(previous.lower), start - 1 > sentence.tokens.lowerBound,
           let leader = followedActor(named: layer.tokens[start - 2], in: registry) { return (words, leader, start - 2) }
        guard previous.kind != .word || Self.quantifiers.contains(previous.lower) || lexicons.speechVerbs[previous.lower] != nil
                || ["his", "her", "their", "its", "our"].contains(previous.lower) else { return nil }
        return (words, nil, start)
    }

    /// A lower-case adjective or noun that may describe a group: no function word, adverb,
    /// past form or verb in the third person ("urged", "thanks" supporters).
    private func isFreeModifier(_ token: Token) -> Bool {
        let word = token.lower
        guard token.kind == .word, !token.isCapitalized, word.count > 2,
              word.allSatisfy({ $0.isLetter || $0 == "-" }), !Self.nonModifierWords.contains(word), !Self.quantifiers.contains(word),
              !word.hasSuffix("ly"), !word.hasSuffix("ed"), lexicons.speechVerbs[word] == nil,
              !lexicons.groupNouns.contains(word) else { return false }
        return !word.hasSuffix("s") || word.hasSuffix("ous") || word.hasSuffix("ss")
    }
}
