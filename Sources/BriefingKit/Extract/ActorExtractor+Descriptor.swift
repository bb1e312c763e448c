extension ActorExtractor {
    /// Lower-case words that may open or fill a description before a name besides adjectives
    /// ending in -al, -ive, -ic or -ian ("presidential", "presumptive"): rank, time and trade.
    static let descriptorWords: WordSet = ["former", "likely", "top", "longtime", "then", "vice", "deputy", "senior",
                                                   "chief", "real", "estate", "press", "campaign", "state", "foreign", "policy",
                                                   "security", "freshman", "junior", "billionaire", "reality", "tv", "star",
                                                   "party", "house", "senate", "white", "defense", "attorney", "rival", "fellow",
                                                   "outgoing", "incoming", "acting", "retired", "veteran", "conservative",
                                                   "liberal", "progressive", "independent", "anti-trump", "establishment"]

    /// "Republican presidential candidate Donald Trump", "presumptive Democratic nominee Hillary
    /// Clinton": a description written right before a name, without a comma, ending in a role
    /// noun. Its words are adjectives, rank words, a party or a state (never a verb: "Clinton
    /// beat rival Bernie Sanders" gives "rival", not "Clinton beat rival").
    func descriptor(before chunk: NameChunk, in sentence: Sentence) -> [Token]? {
        let end = chunk.tokens.lowerBound
        guard end > sentence.tokens.lowerBound, chunk.title == nil else { return nil }
        let head = layer.tokens[end - 1]
        guard head.kind == .word, !head.isCapitalized, SubjectFinder.isHeadNoun(head) else { return nil }
        var start = end - 1
        while start > sentence.tokens.lowerBound, end - start < 5 {
            let word = layer.tokens[start - 1]
            guard word.kind == .word, isDescriptorWord(word) else { break }
            start -= 1
        }
        return Array(layer.tokens[start..<end])
    }

    /// Whether a word may stand in a description of a person: a capitalized party word or US
    /// state ("Republican", "Vermont"), a rank, time or trade word ("former", "billionaire"), a
    /// head noun, or an adjective in -al, -ive, -ic, -ian ("presidential").
    func isDescriptorWord(_ word: Token) -> Bool {
        if word.isCapitalized {
            return Self.partyOfWord[word] != nil || lexicons.usState(namedBy: word) != nil
        }
        if Self.descriptorWords.contains(word) || SubjectFinder.isHeadNoun(word) { return true }
        // the endings' bytes first: counting characters walks the word
        return Self.adjectiveEndings.contains { word.lower.hasLiteralSuffix($0) } && word.lower.count > 4
    }

    /// Adjective endings of words that describe a person ("presidential", "conservative").
    private static let adjectiveEndings = ["al", "ive", "ic", "ian"]
}
