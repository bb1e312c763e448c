/// A pledged request of someone, an act although its verb is one of speech ("she would ask
/// Mr. Biden to continue", "will urge Congress to act"); a question is none.
extension CommitmentExtractor {
    /// Verbs of speech that make a request of someone, an act when pledged ("she would ask Mr.
    /// Biden to continue", "will urge Congress to act", "will ask Congress for $1.8 billion").
    private static let requestVerbs: Set<String> = ["ask", "urge", "invite", "press"]
    /// Words that make what is asked a question rather than a request ("ask her if …").
    private static let questionOpeners: Set<String> = ["if", "whether", "what", "why", "how", "when", "where", "who", "that",
                                                       "about", "question", "questions"]

    /// Whether the verb of speech at `j` asks someone to do something or for something: an
    /// object of up to four words, then "to" and a verb or "for", with no punctuation between.
    func asksSomeone(verbAt j: Int, in sentence: Sentence) -> Bool {
        guard Self.requestVerbs.contains(layer.tokens[j].lower) else { return false }
        var k = j + 1
        while k < min(sentence.tokens.upperBound, j + 6), layer.tokens[k].kind == .word {
            let word = layer.tokens[k].lower
            // "ask her if she wanted to debate", "ask the question to the candidates": a question
            if Self.questionOpeners.contains(word) { return false }
            if k > j + 1, word == "for" { return true }
            if k > j + 1, word == "to", k + 1 < sentence.tokens.upperBound, layer.tokens[k + 1].kind == .word,
               !layer.tokens[k + 1].isCapitalized { return true }
            k += 1
        }
        return false
    }
}
