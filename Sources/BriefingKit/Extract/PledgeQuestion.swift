/// A pledge made under a stated condition ("Sanders promised to act by executive order if
/// Congress did not pass reform"): the pledge verb binds the outcome to the condition as "will"
/// does, and the question asks whether the pledge will be kept: "Will Sanders act by executive
/// order if Congress did not pass reform?".
struct PledgeQuestion {
    let layer: TextLayer

    /// Verbs of a pledge, in the forms that are rarely nouns before "to".
    private static let verbs: WordSet = ["promises", "promised", "pledges", "pledged", "vows", "vowed"]
    /// Words before a pledge word that make it a noun ("with promises to tackle …", "her vows to …").
    private static let nounMarkers: WordSet = ["with", "of", "on", "by", "for", "about", "'s", "\u{2019}s"]
    private static let perfect: WordSet = ["has", "have", "had"]

    /// Whether the token at `i` pledges a deed: a pledge verb before "to" ("vowed to"), not the
    /// noun ("the promise of", "with promises to voters"); `tokens` bounds the look-around.
    func isPledge(at i: Int, in tokens: Range<Int>) -> Bool {
        guard Self.verbs.contains(layer.tokens[i]), i > tokens.lowerBound, i + 2 < tokens.upperBound,
              layer.tokens[i + 1].lower == "to" else { return false }
        let before = layer.tokens[i - 1]
        return !FiniteVerbQuestion.determiners.contains(before) && !Self.nounMarkers.contains(before)
    }

    /// "Will <subject> <pledged deed> <condition>?" for an outcome clause `outcome` that pledges
    /// ("Both have promised to pursue legislation"), nil when it holds no pledge or its subject is
    /// not a plain one.
    func question(in outcome: Range<Int>, condition: Range<Int>, phraser: QuestionPhraser) -> String? {
        guard let verb = outcome.first(where: { isPledge(at: $0, in: outcome) }),
              let conditionPhrase = phraser.conditionPhrase(condition) else { return nil }
        let subjectEnd = Self.perfect.contains(layer.tokens[verb - 1]) ? verb - 1 : verb
        var subject = (outcome.lowerBound..<subjectEnd).map { layer.tokens[$0] }
        while let first = subject.first, first.kind == .punctuation { subject.removeFirst() }
        // a quoted deed ("promised to “be a vocal champion”") is asked without its marks
        var deed = ((verb + 2)..<outcome.upperBound).map { layer.tokens[$0] }.filter { !QuestionPhraser.quoteMarks.contains($0.text) }
        while let last = deed.last, last.kind == .punctuation { deed.removeLast() }
        guard !subject.isEmpty, QuestionShape.isSubject(subject[...]), !deed.isEmpty else { return nil }
        return "Will " + phraser.lowered(subject) + " " + phraser.join(deed) + " " + conditionPhrase + "?"
    }
}
