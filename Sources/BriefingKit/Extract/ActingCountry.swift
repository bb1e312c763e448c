/// Tells whether a mention of a country makes it a party to the story rather than its
/// setting: the country is the subject of a verb ("the United States responded", "China and
/// America are members"), owns something ("Israel's commitment"), is the agent after "by"
/// ("detained by Britain") or the other side after "with" or "against" ("a deal with Russia").
/// A country only named as a place ("in the U.S."), a modifier ("U.S. soldiers", "the Iraq
/// war"), part of a title ("President of the United States") or by its people ("Americans
/// want", "families of Americans") takes no part, and a country with no acting mention is no
/// actor (GUIDELINES: "Iowa sued" makes Iowa an actor, "won Iowa" does not).
struct ActingCountry {
    let layer: TextLayer
    let lexicons: Lexicons

    /// Words before a country that make it the agent or the other side of an act.
    private static let partyPrepositions: WordSet = ["by", "with", "against"]
    /// Words before a country that make it an object, not a subject ("in the United States are").
    private static let objectMarkers: WordSet = ["in", "of", "at", "on", "from", "to", "for", "into", "about", "across",
                                                 "throughout", "within", "between", "toward", "towards", "over", "under",
                                                 "inside", "outside", "like", "than", "by", "with", "against"]
    /// Words that open a fronted phrase of time or place ("Late on Monday, …", "After talks, …").
    private static let frontedOpeners: WordSet = ["late", "early", "after", "before", "during", "earlier", "later", "last",
                                                  "when", "while", "since", "despite", "amid", "following"]
    /// Adverbs between a subject and its verb ("China also opposed").
    private static let adverbs: WordSet = ["also", "still", "now", "already", "never", "not", "then", "reportedly",
                                           "apparently", "openly", "quickly", "finally", "again", "meanwhile", "however",
                                           "too", "instead", "only", "likely"]

    /// Nouns and adjectives in "-ly" that are no adverb ("Trump's Mexico rally", "a family").
    private static let lyNouns: WordSet = ["rally", "family", "assembly", "supply", "reply", "belly", "bully", "monopoly",
                                           "anomaly", "jelly", "melancholy", "folly", "homily", "daily", "weekly", "monthly",
                                           "yearly", "friendly", "deadly", "costly", "elderly", "lonely", "silly"]

    /// Whether a lower-case word is an adverb in "-ly" ("unanimously", "strongly").
    private func isLyAdverb(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.lower.count > 4 && token.lower.hasSuffix("ly") && !Self.lyNouns.contains(token)
    }

    /// Whether the mention shows the country acting.
    func acts(_ mention: Range<Int>) -> Bool {
        let first = layer.tokenIndex(atOrAfter: mention.lowerBound)
        let last = layer.tokenIndex(atOrAfter: mention.upperBound) - 1
        guard first <= last, last < layer.tokens.count else { return false }
        if layer.tokens[last].range.upperBound > mention.upperBound && layer.tokens[last].endsPossessive { return true }
        if isPeople(mention, first: first) { return false }
        guard let s = layer.sentenceIndex(ofToken: first) else { return false }
        let sentence = layer.sentences[s]
        // "in Iraq, Syria and Afghanistan": the word before the whole list
        let before = wordBefore(listStart(first, in: sentence))
        if let before, Self.partyPrepositions.contains(layer.tokens[before]) { return true }
        if let before, Self.objectMarkers.contains(layer.tokens[before]) { return false }
        return isSubject(after: last, in: sentence, opensClause: opensClause(first))
    }

    /// The first name of a list the name at `first` ends ("Iraq, Syria and Afghanistan"), over
    /// commas, "and", "or" and the capitalized words of the names before it; not over the comma
    /// that closes a fronted phrase ("Late on Monday, Iran launched", "At a summit in Paris, …").
    private func listStart(_ first: Int, in sentence: Sentence) -> Int {
        let fronted = Self.objectMarkers.contains(layer.tokens[sentence.tokens.lowerBound])
            || Self.frontedOpeners.contains(layer.tokens[sentence.tokens.lowerBound])
        let firstComma = sentence.tokens.first { layer.tokens[$0].isMark(",") }
        var start = first
        while start - 2 >= sentence.tokens.lowerBound,
              layer.tokens[start - 1].isMark(",") || ["and", "or"].contains(layer.tokens[start - 1].lower),
              !(fronted && start - 1 == firstComma),
              layer.tokens[start - 2].isCapitalized {
            start -= 2
            while start - 1 >= sentence.tokens.lowerBound, layer.tokens[start - 1].isCapitalized { start -= 1 }
        }
        return start
    }

    /// A plural demonym without "the": the country's people, not its state ("Americans want",
    /// not "the Russians have used").
    private func isPeople(_ mention: Range<Int>, first: Int) -> Bool {
        let text = layer.string(mention)
        guard text.hasSuffix("ns"), !text.containsMark(" ") else { return false }
        return first == 0 || layer.tokens[first - 1].lower != "the"
    }

    /// The index of the word before the mention, over "the".
    private func wordBefore(_ first: Int) -> Int? {
        var i = first - 1
        if i >= 0, layer.tokens[i].lower == "the" { i -= 1 }
        return i >= 0 && layer.tokens[i].kind == .word ? i : nil
    }

    /// Whether the mention opens its sentence or a clause after a comma or opening quote, so
    /// that a present form in "-s" after it is its verb ("China opposes").
    private func opensClause(_ first: Int) -> Bool {
        var i = first - 1
        if i >= 0, layer.tokens[i].lower == "the" { i -= 1 }
        guard i >= 0, let sentence = layer.sentenceIndex(ofToken: first) else { return true }
        // "Officials said Russia wants …", "warned that China plans …"
        return i < layer.sentences[sentence].tokens.lowerBound || layer.tokens[i].kind == .punctuation
            || layer.tokens[i].lower == "that" || lexicons.speechVerbs[layer.tokens[i]] != nil && !layer.tokens[i].lower.hasSuffix("ing")
    }

    /// Whether a finite verb of its sentence follows the mention, over the rest of a list of
    /// names and adverbs ("Japan and China are", "Russia and the United States signed", "China
    /// also opposed", "Iran, meanwhile, launched").
    private func isSubject(after last: Int, in sentence: Sentence, opensClause: Bool) -> Bool {
        let end = sentence.tokens.upperBound
        var i = last + 1
        var listed = 0
        while i < end, listed < 6,
              layer.tokens[i].isMark(",") || ["and", "the"].contains(layer.tokens[i].lower) || layer.tokens[i].isCapitalized {
            i += 1
            listed += 1
        }
        while i < end, Self.adverbs.contains(layer.tokens[i]) || layer.tokens[i].isMark(",") { i += 1 }
        // "the Senate unanimously passed": an adverb in "-ly" before the verb
        if i + 1 < end, isLyAdverb(layer.tokens[i]) { i += 1 }
        guard i < end, layer.tokens[i].kind == .word, !layer.tokens[i].isCapitalized else { return false }
        let word = layer.tokens[i]
        if ClauseParts.auxiliaries.contains(word) || word.isNegativeContraction || VerbBase.isPastForm(word) { return true }
        if lexicons.speechVerbs[word] != nil, !word.lower.hasSuffix("ing") { return true }
        // a present form in "-s" ("China opposes"), not a plural noun before its own verb ("told China talks were over")
        let next = i + 1 < end ? layer.tokens[i + 1] : nil
        let nounBeforeVerb = next.map { ClauseParts.auxiliaries.contains($0) || VerbBase.isPastForm($0) } ?? false
        return opensClause && word.lower.hasSuffix("s") && !word.lower.hasSuffix("ss") && word.lower.count > 2 && !nounBeforeVerb
    }
}
