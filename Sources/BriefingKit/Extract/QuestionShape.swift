/// Whether the words a question is built from make a whole question, and the plain safe
/// question to ask when they do not. A reader sees the question in the briefing without its
/// sentence, so a fragment ("Will it turn out that Barack Obama?", "Would means he approve of
/// …?", "… the Islamic State, also known?") is worse than a plain question about the issue.
enum QuestionShape {
    /// Words that cannot stand in a subject before the auxiliary that is moved to the front:
    /// question and relative words ("when the bank", "which the Senate"), and verbs of saying,
    /// thinking and meaning ("that means he would …").
    static let nonSubjectWords: WordSet = ["when", "where", "which", "who", "whom", "what", "how", "why", "as",
                                                   "than", "means", "meant", "mean", "says", "said", "say", "thinks",
                                                   "thought", "think", "believes", "believed", "knows", "knew", "know",
                                                   "hopes", "hoped", "wants", "wanted", "feels", "felt", "claims",
                                                   "claimed", "argues", "argued", "told", "tells", "added", "whether",
                                                   "if", "because", "although", "though", "while", "not", "never", "since"]

    /// Words a whole question does not end on: "… also known?", "… the Islamic State, as?".
    private static let danglingEnds: WordSet = ["the", "a", "an", "of", "to", "and", "or", "but", "than", "which", "who",
                                                "whose", "whom", "its", "their", "his", "our", "my", "your", "known",
                                                "such", "as", "into", "between", "including", "whether", "if", "very",
                                                "be", "is", "are", "was", "were", "will", "would", "can", "could", "should",
                                                "may", "might", "must", "has", "have", "had", "does", "did"]

    /// Whether `subject` can stand between the fronted auxiliary and the rest: one to twelve
    /// words, none of them a question word, a conjunction or a finite verb.
    static func isSubject(_ subject: ArraySlice<Token>) -> Bool {
        // "at work and in politics, her history …": a clause opening on a preposition has its subject later
        guard let first = subject.first, subject.count <= 12,
              !prepositionStarts.contains(first.lower) || subject.dropFirst().first?.lower == "least" else { return false }
        // "than" in "more than 100" compares quantities inside the subject
        return !subject.indices.contains { i in
            let word = subject[i]
            guard word.kind == .word else { return false }
            if word.lower == "than", i > subject.startIndex, ["more", "less", "fewer"].contains(subject[i - 1].lower) { return false }
            return nonSubjectWords.contains(word.lower) || ClauseParts.auxiliaries.contains(word.lower)
        } && subject.first?.kind == .word
    }

    /// Whether `words` read as a whole clause after "Will it turn out that": not opening on a
    /// word no clause opens on ("to accept the delay", "could ultimately lead …"), not ending on
    /// a word that needs more, and with a finite verb: a subject pronoun first ("we go to a
    /// contested convention"), an auxiliary, a word in "-ed" or "-s" that no determiner or
    /// preposition introduces ("Obama says"), or a plain verb after a plural ("people want").
    static func isWholeClause(_ words: [Token]) -> Bool {
        guard words.count >= 2, let first = words.first, first.kind == .word, !endsDangling(words),
              !badStarts.contains(first.lower), !ClauseParts.auxiliaries.contains(first.lower),
              !finiteExtras.contains(first.lower) else { return false }
        if subjectPronouns.contains(first.lower) { return true }
        return words.indices.dropFirst().contains { i in
            let word = words[i], previous = words[i - 1]
            guard word.kind == .word, !word.isCapitalized, previous.kind == .word else { return false }
            if ClauseParts.auxiliaries.contains(word.lower) || finiteExtras.contains(word.lower) { return true }
            guard !closedClass.contains(previous.lower), !closedClass.contains(word.lower) else { return false }
            if word.lower.hasSuffix("ed") { return true }
            // "the Syrian refugees President Obama": a plural noun before a titled name, cut off before
            // its verb — not "Donald remains Donald", "a Democrat succeeds Obama"
            if word.lower.hasSuffix("s") && !word.lower.hasSuffix("ss") {
                let rest = words[(i + 1)...].filter { $0.kind == .word }
                return rest.count < 2 || !rest.allSatisfy(\.isCapitalized)
            }
            return (previous.lower.hasSuffix("s") && !previous.lower.hasSuffix("ss") || previous.lower == "people")
                && !word.lower.hasSuffix("ly")
        }
    }

    private static let badStarts: WordSet = ["to", "by", "very", "sure", "of", "in", "on", "at", "for", "with", "from",
                                             "than", "as", "and", "or", "but", "not", "who", "which", "whom", "when",
                                             "where", "while", "although", "though", "because"]
    /// Words no subject opens on: prepositions and conjunctions ("at least" excepted).
    private static let prepositionStarts: WordSet = ["to", "by", "of", "in", "on", "at", "for", "with", "from", "than",
                                                     "as", "and", "or", "but", "since", "because", "although", "though",
                                                     "while", "when", "where", "who", "which", "whom"]
    private static let subjectPronouns: WordSet = ["i", "you", "we", "they", "he", "she", "it", "there"]
    private static let finiteExtras: WordSet = ["won't", "won\u{2019}t", "can't", "can\u{2019}t", "didn't", "didn\u{2019}t",
                                                "doesn't", "doesn\u{2019}t", "isn't", "isn\u{2019}t", "aren't", "aren\u{2019}t",
                                                "wasn't", "wasn\u{2019}t", "hasn't", "hasn\u{2019}t", "haven't", "haven\u{2019}t"]
    /// Determiners, prepositions and conjunctions: no finite verb is one or follows one.
    /// The words that open a wh-question or a wh-clause ("where donors will go").
    static let whWords: WordSet = ["who", "what", "when", "where", "why", "how", "which"]

    static let closedClass: WordSet = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                                               "these", "those", "some", "many", "several", "all", "of", "in", "on", "for",
                                               "with", "by", "to", "from", "at", "and", "or", "but", "than", "like", "as",
                                               "about", "into", "over", "under", "between", "not", "no", "every", "each"]

    /// Whether the last word of `words` leaves the question unfinished.
    static func endsDangling(_ words: [Token]) -> Bool {
        guard let last = words.last(where: { $0.kind == .word }) else { return true }
        return danglingEnds.contains(last.lower)
    }

    /// Words after "has", "have", "had" that make it the main verb ("has no plans", "had the
    /// votes"), and after "does", "do", "did" ("does much to …").
    private static let objectStarts: WordSet = ["no", "the", "a", "an", "any", "some", "many", "much", "more", "little",
                                                "plenty", "enough", "its", "his", "her", "their", "our", "my", "your",
                                                "nothing", "something", "anything", "this", "these", "those", "two",
                                                "three", "several", "every", "each", "all", "both", "it", "them", "so"]

    /// Whether the auxiliary `aux` is the main verb, given the word `next` after the subject.
    static func isMainVerb(_ aux: String, before next: Token?) -> Bool {
        guard let next, ["has", "have", "had", "does", "do", "did"].contains(aux) else { return false }
        return next.kind != .word || objectStarts.contains(next.lower) || next.text.first?.isNumber == true
    }

    /// The "do" that fronts a main verb `aux` ("has" → "Does", "had" → "Did"), and the verb's
    /// base form that stays after the subject.
    static func doSupport(for aux: String) -> (front: String, base: String) {
        switch aux {
        case "has": return ("Does", "have")
        case "have": return ("Do", "have")
        case "had": return ("Did", "have")
        case "does": return ("Does", "do")
        case "do": return ("Do", "do")
        default: return ("Did", "do")
        }
    }

    /// The plain question for an issue whose words make no whole question: about the stated
    /// condition when it is a whole clause ("What will happen if the bill fails?"), else about
    /// the kind of issue.
    static func safe(for kind: OpenQuestionKind, condition: String?) -> String {
        if let condition { return "What will happen " + condition + "?" }
        switch kind {
        case .disputed: return "Which side is right?"
        case .conditional: return "Will the condition be met?"
        case .pending: return "How will it be decided?"
        case .uncertain, .explicit: return "How will it turn out?"
        }
    }
}
