extension PositionExtractor {
    /// Forms of "find": a finding when a study or a poll finds, or when a clause follows.
    static let findingVerbs: WordSet = ["find", "finds", "found"]

    /// Nouns for what measures or inquires: "a poll found …", "the review found that …".
    private static let findingNouns: WordSet = ["poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
                                                "review", "analysis", "investigation", "investigators", "audit", "research",
                                                "researchers", "data", "inquiry", "probe", "analysts", "economists", "scientists",
                                                "panel", "jury", "judge", "court", "records", "experts", "assessment", "evaluation",
                                                "examination", "test", "tests", "index"]

    private static let leadIns: WordSet = ["also", "has", "have", "had", "recently", "previously", "earlier", "still", "even"]

    /// "A Marquette poll found Clinton leading by 15 points", "the review found that staff had
    /// not searched the office": what a study or a poll finds is its finding. Not a thing
    /// come upon ("police found a car", "she found herself alone").
    func isFinding(_ k: Int, in sentence: Sentence) -> Bool {
        guard k + 1 < sentence.tokens.upperBound else { return false }
        if layer.tokens[k + 1].lower == "that" { return true }
        var subjectEnd = k - 1
        while subjectEnd > sentence.tokens.lowerBound, Self.leadIns.contains(layer.tokens[subjectEnd]) { subjectEnd -= 1 }
        return subjectEnd >= sentence.tokens.lowerBound && Self.findingNouns.contains(layer.tokens[subjectEnd])
    }
}
