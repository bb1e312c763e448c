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
    /// Adverbs between a subject and its verb ("China also opposed").
    private static let adverbs: WordSet = ["also", "still", "now", "already", "never", "not", "then", "reportedly",
                                           "apparently", "openly", "quickly", "finally", "again"]

    /// Whether the mention shows the country acting.
    func acts(_ mention: Range<Int>) -> Bool {
        let first = layer.tokenIndex(atOrAfter: mention.lowerBound)
        let last = layer.tokenIndex(atOrAfter: mention.upperBound) - 1
        guard first <= last, last < layer.tokens.count else { return false }
        if layer.tokens[last].range.upperBound > mention.upperBound && layer.tokens[last].endsPossessive { return true }
        if isPeople(mention, first: first) { return false }
        let before = wordBefore(first)
        if let before, Self.partyPrepositions.contains(layer.tokens[before]) { return true }
        if let before, Self.objectMarkers.contains(layer.tokens[before]) { return false }
        return isSubject(after: last, opensClause: opensClause(first))
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
        return i < layer.sentences[sentence].tokens.lowerBound || layer.tokens[i].kind == .punctuation
    }

    /// Whether a finite verb follows the mention, over the rest of a list of names and adverbs
    /// ("Japan and China are", "China also opposed").
    private func isSubject(after last: Int, opensClause: Bool) -> Bool {
        var i = last + 1
        var listed = 0
        while i < layer.tokens.count, listed < 6,
              layer.tokens[i].isMark(",") || layer.tokens[i].lower == "and" || layer.tokens[i].isCapitalized {
            i += 1
            listed += 1
        }
        while i < layer.tokens.count, Self.adverbs.contains(layer.tokens[i]) { i += 1 }
        guard i < layer.tokens.count, layer.tokens[i].kind == .word, !layer.tokens[i].isCapitalized else { return false }
        let word = layer.tokens[i]
        if ClauseParts.auxiliaries.contains(word) || word.isNegativeContraction || VerbBase.isPastForm(word) { return true }
        if lexicons.speechVerbs[word] != nil, !word.lower.hasSuffix("ing") { return true }
        return opensClause && word.lower.hasSuffix("s") && !word.lower.hasSuffix("ss") && word.lower.count > 2
    }
}
