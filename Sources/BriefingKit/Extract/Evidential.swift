extension PositionExtractor {
    /// Verbs of seeming: the writer's reading of how things look.
    static let evidentialVerbs: WordSet = ["appear", "appears", "appeared", "seem", "seems", "seemed"]

    /// Words after "appeared" that make it a matter of being somewhere, not of seeming:
    /// "appeared on CNN", "appeared at a rally", "appeared before the committee".
    private static let placeWords: WordSet = ["on", "at", "in", "before", "with", "alongside", "onstage", "together", "for",
                                              "during", "via", "as", "from", "inside", "outside", "live", "briefly", "twice",
                                              "again", "there", "here", "and", "or", "but", "onscreen", "publicly"]

    /// Words that may stand between the clause's subject and the verb: "would seem", "also
    /// appeared", "has seemed".
    private static let verbLeadIns: WordSet = ["would", "might", "may", "could", "can", "will", "does", "did", "do", "has",
                                               "have", "had", "also", "now", "still", "even", "only", "all", "both", "at", "first",
                                               "initially", "increasingly", "certainly", "clearly"]

    /// "Twitter appears to be heavily used by ISIS", "New Hampshire seems stable", "it seemed
    /// like an impossible task": an impression nobody is named as holding. The content is the
    /// whole clause, its subject included, to the clause's end; the speaker is left open.
    func evidential(_ k: Int, in sentence: Sentence) -> Found? {
        guard Self.evidentialVerbs.contains(layer.tokens[k]), k + 1 < sentence.tokens.upperBound else { return nil }
        let next = layer.tokens[k + 1]
        guard next.kind == .word, !next.isCapitalized, !Self.placeWords.contains(next) else { return nil }
        var verb = k
        while verb - 1 > sentence.tokens.lowerBound, Self.verbLeadIns.contains(layer.tokens[verb - 1]) { verb -= 1 }
        guard let start = mainClauseStart(verb: verb, cue: k, in: sentence), start < verb,
              let content = wholeClause(from: start, complement: k + 1, in: sentence) else { return nil }
        return Found(subject: nil, cue: layer.tokens[k].range, content: content)
    }
}
