/// An infinitive commitment cue split by a time or an occasion phrase: "Ann Bell promised Monday
/// to repave every road", "pledged on Saturday at a rally in Dayton to cut taxes", "vowed in a
/// statement to appeal". The phrase table matches "promised to" only with nothing between.
///
/// Only a past-tense verb splits ("promised", "refused", "agreed"): a present or base form there is
/// as often a noun ("his promises in the debate to …"). Only pledges, acceptances, refusals, threats
/// and plans ("planned Monday to …") split, not a decision ("decided") nor a motion ("moving", "headed").
extension CommitmentExtractor {
    private static let splittableModalities: Set<String> = ["pledged", "promised", "vowed", "agreed", "offered", "refused",
                                                            "declined", "threatened", "plans"]
    private static let dayParts: WordSet = ["night", "morning", "afternoon", "evening"]
    private static let periods: WordSet = ["week", "weekend", "month", "year"]
    private static let timeAdverbs: WordSet = ["yesterday", "today", "again", "publicly", "privately", "repeatedly",
                                               "recently", "previously", "once"]
    private static let occasionPrepositions: WordSet = ["at", "in", "during", "on", "before"]
    /// Words that open another clause or predicate inside what would be the occasion phrase
    /// ("agreed in a deal that allows them to …"): the "to" is then not the cue's.
    private static let clauseWords: WordSet = ["that", "which", "who", "whom", "whose", "where", "when", "and", "or", "but",
                                               "if", "because", "as"]
    /// The longest occasion phrase read: "at a Las Vegas rally", "in an interview with CNN".
    private static let occasionLength = 6

    /// The split cue starting at `k`: its length through its "to", its modality and polarity.
    func splitCue(at k: Int, in sentence: Sentence) -> (Int, String, Polarity)? {
        let verb = layer.tokens[k]
        guard let index = lexicons.commitmentInfinitiveVerbs[verb], verb.lower.hasSuffix("ed") else { return nil }
        let entry = lexicons.commitmentCues[index]
        guard Self.splittableModalities.contains(entry.modality) else { return nil }
        var i = k + 1
        var phrases = 0
        while phrases < 2, let next = timePhraseEnd(from: i, in: sentence) ?? occasionPhraseEnd(from: i, in: sentence) {
            i = next
            phrases += 1
        }
        guard phrases > 0, i + 1 < sentence.tokens.upperBound, layer.tokens[i].lower == "to" else { return nil }
        return (i + 1 - k, entry.modality, entry.polarity)
    }

    /// Where a time phrase starting at `i` ends: "Monday", "Sunday night", "on Tuesday", "last
    /// week", "earlier this month", "in 2014", "in March", "again".
    private func timePhraseEnd(from i: Int, in sentence: Sentence) -> Int? {
        let end = sentence.tokens.upperBound
        guard i < end else { return nil }
        let word = layer.tokens[i]
        if Self.timeAdverbs.contains(word) { return i + 1 }
        if CalendarWords.weekdays.contains(word) {
            return i + 1 < end && Self.dayParts.contains(layer.tokens[i + 1]) ? i + 2 : i + 1
        }
        guard i + 1 < end else { return nil }
        let next = layer.tokens[i + 1]
        switch word.lower {
        case "on", "last", "this", "late":
            if CalendarWords.weekdays.contains(next) { return timePhraseEnd(from: i + 1, in: sentence) }
            return word.lower != "on" && Self.periods.contains(next) ? i + 2 : nil
        case "earlier", "later":
            return ["this", "last"].contains(next.lower) ? timePhraseEnd(from: i + 1, in: sentence) : nil
        case "in":
            return next.kind == .number && next.text.count == 4 || CalendarWords.months.contains(next) ? i + 2 : nil
        default:
            return nil
        }
    }

    /// Where an occasion phrase starting at `i` ends, right before the "to" that follows it
    /// within a few words: "at a Las Vegas rally", "in a statement", "during the debate".
    private func occasionPhraseEnd(from i: Int, in sentence: Sentence) -> Int? {
        guard i < sentence.tokens.upperBound, Self.occasionPrepositions.contains(layer.tokens[i]) else { return nil }
        var j = i + 1
        while j < min(sentence.tokens.upperBound, i + 1 + Self.occasionLength) {
            let word = layer.tokens[j]
            if word.lower == "to" { return j > i + 1 ? j : nil }
            guard word.kind != .punctuation, !Self.clauseWords.contains(word), !ClauseParts.auxiliaries.contains(word),
                  lexicons.speechVerbs[word] == nil else { return nil }
            j += 1
        }
        return nil
    }
}
