/// What tells a forecast, a recollection or someone else's claim from a pledge. Read on train
/// articles outside the gold set, these were the commonest false commitments:
/// * a hedge before the modal: "She undoubtedly will reach that number on Tuesday";
/// * an outcome rather than an act: "we are going to start winning again", "it will result in
///   job losses", "Trump will exceed expectations", "he will do well";
/// * an intention told as past: "I was going to do one really wild", "Five years earlier, Kay
///   had decided not to run", "was bent on winning the nomination last year, and he did";
/// * a third person's future inside someone else's quotation: Melania Trump's "he will punch
///   back 10 times harder", a challenger's "Speaker Ryan will never abandon …";
/// * what unnamed others say someone will do: "Some Democrats say Perez would help Clinton",
///   "observers note the White House wouldn't truly close the prison".
extension CommitmentExtractor {
    static let hedges: WordSet = ["probably", "likely", "possibly", "perhaps", "maybe", "presumably", "undoubtedly",
                                  "surely", "inevitably", "doubtless"]

    /// Whether a hedge stands between the subject and the cue ("undoubtedly will", "likely will").
    func isHedged(between subjectEnd: Int, and cue: Int) -> Bool {
        (subjectEnd..<cue).contains { Self.hedges.contains(layer.tokens[$0].lower) }
    }

    /// Words saying that a scheduled event did not take place as planned.
    private static let cancellations: Set<String> = ["but", "instead", "cancel", "canceled", "cancelled", "cancels", "postponed",
                                                     "postpone", "scrapped", "delayed", "abruptly"]

    /// "I was going to …", "they were going to …": an intention the speaker tells as past; and
    /// a past schedule that its sentence, or a negation in the sentence before it, says fell
    /// through ("was scheduled to speak but canceled"; "X will not be attending. X was scheduled
    /// to speak …"), whereas "was scheduled to speak Monday" still binds.
    func isPastIntention(cueAt k: Int, modality: String, in sentence: Sentence) -> Bool {
        // "was bent on winning the nomination last year, and he did", "was determined to win Iowa
        // in 2016, but he lost": a past resolve dated or settled after its cue
        if [Self.resolvedModality, "committed"].contains(modality), Self.pastCopulas.contains(layer.tokens[k].lower),
           ((k + 1)..<sentence.tokens.upperBound).contains(where: { Self.cancellations.contains(layer.tokens[$0].lower) || isPastTime(at: $0, in: sentence) }) {
            return true
        }
        if modality == "scheduled", ["was", "were"].contains(layer.tokens[k].lower) {
            if sentence.tokens.contains(where: { Self.cancellations.contains(layer.tokens[$0].lower) }) { return true }
            guard let index = layer.sentenceIndex(ofToken: sentence.tokens.lowerBound), index > 0,
                  layer.sentences[index - 1].paragraph == sentence.paragraph else { return false }
            return layer.sentences[index - 1].tokens.contains {
                let word = layer.tokens[$0]
                return word.lower == "not" || word.isNegativeContraction || Self.cancellations.contains(word.lower)
            }
        }
        guard modality == "going", k > sentence.tokens.lowerBound else { return false }
        return ["was", "were", "wasn't", "weren't", "wasn\u{2019}t", "weren\u{2019}t"].contains(layer.tokens[k - 1].lower)
    }

    /// Copulas of a resolve told as past ("was bent on", "remained committed to").
    private static let pastCopulas: Set<String> = ["was", "were", "remained"]

    /// Whether token `i` dates what it follows in the past: "last" before a year, month or week
    /// (a bare year may be to come: "to pass a jobs bill in 2017").
    private func isPastTime(at i: Int, in sentence: Sentence) -> Bool {
        guard layer.tokens[i].lower == "last", i + 1 < sentence.tokens.upperBound else { return false }
        return ["year", "month", "week", "summer", "fall", "spring", "winter"].contains(layer.tokens[i + 1].lower)
    }

    /// Adverbs that may stand between "had" and the cue it puts in the past ("had already decided").
    private static let pluperfectAdverbs: Set<String> = ["already", "long", "once", "earlier", "also", "originally",
                                                         "initially", "previously"]

    /// Modalities that state a plan or decision, a state of mind rather than a word given.
    private static let intentionModalities: Set<String> = ["plans", "decided", "intends"]

    /// "Kay had decided not to run", "Lee had planned to speak Monday": the narrator's pluperfect
    /// tells a plan earlier than the story's time, overtaken or carried out since. A pledge or a
    /// proposal stays on record ("Lee had pledged to back the nominee" binds), and in reported
    /// speech "said he had decided to run" is the tense shift of a standing "has decided", and
    /// so is a report given after it ("…, according to two aides", "…, his office confirmed").
    func isNarratedPluperfect(cueAt k: Int, modality: String, in sentence: Sentence) -> Bool {
        guard Self.intentionModalities.contains(modality) else { return false }
        var i = k - 1
        if i > sentence.tokens.lowerBound, Self.pluperfectAdverbs.contains(layer.tokens[i].lower) { i -= 1 }
        guard i >= sentence.tokens.lowerBound, layer.tokens[i].lower == "had" else { return false }
        return !isReportedSpeech(before: sentence.tokens.upperBound, in: sentence) && !citesASource(sentence)
    }

    /// Whether the sentence names its source with "according to".
    private func citesASource(_ sentence: Sentence) -> Bool {
        sentence.tokens.dropLast().contains { layer.tokens[$0].lower == "according" && layer.tokens[$0 + 1].lower == "to" }
    }

    /// Verbs that begin or end what follows them: the act is the next verb ("start winning",
    /// "begin to lose support").
    private static let aspectVerbs: Set<String> = ["start", "begin", "stop"]
    private static let outcomeAdverbs: Set<String> = ["well", "better", "worse", "poorly", "badly", "fine"]

    /// Whether the verb at `j` names an outcome or a state, not an act: a non-binding verb
    /// (but "get … out" acts), "do well", or an aspect verb before one in any form ("start winning").
    func namesAnOutcome(verbAt j: Int, in sentence: Sentence) -> Bool {
        let word = layer.tokens[j].lower
        let next = j + 1 < sentence.tokens.upperBound ? layer.tokens[j + 1].lower : ""
        if ["do", "doing", "does"].contains(word), Self.outcomeAdverbs.contains(next) { return true }
        // "will make $27.5 million": what an act earns, not the act (but "will make $1 billion
        // available", "will make 20 stops" are acts)
        if ["make", "earn"].contains(word), next.hasPrefix("$"),
           !((j + 2)..<min(sentence.tokens.upperBound, j + 7)).contains(where: { layer.tokens[$0].lower == "available" }) {
            return true
        }
        // "will turn over the emails": handing over is an act ("turn" alone names a change)
        if word == "turn", next == "over" { return false }
        // "get out the message", "get our records out": the phrasal verb is an act
        if word == "get", let out = ((j + 1)..<min(j + 6, sentence.tokens.upperBound)).first(where: {
            layer.tokens[$0].lower == "out" || layer.tokens[$0].kind == .punctuation
        }), layer.tokens[out].lower == "out" { return false }
        if Self.aspectVerbs.contains(word), j + 1 < sentence.tokens.upperBound {
            let then = next == "to" && j + 2 < sentence.tokens.upperBound ? j + 2 : j + 1
            return baseForms(of: layer.tokens[then].lower).contains { lexicons.nonBindingVerbs.contains($0) }
        }
        return lexicons.nonBindingVerbs.contains(word)
    }

    /// The word and the base forms its "-ing" form may come from ("winning" → "win", "losing"
    /// → "lose").
    private func baseForms(of word: String) -> [String] {
        guard word.hasSuffix("ing"), word.count > 5 else { return [word] }
        let stem = String(word.dropLast(3))
        var forms = [word, stem, stem + "e"]
        if let last = stem.last, stem.dropLast().last == last { forms.append(String(stem.dropLast())) }
        return forms
    }

    /// A third person's future inside a quotation whose speaker is someone else ("“When you
    /// attack him, he will punch back,” she said"): a claim about them, no pledge of theirs.
    func isSomeoneElsesClaim(_ subject: Subject, subjects: SubjectFinder) -> Bool {
        let start = subject.mention.lowerBound
        guard let entry = subject.entry, layer.quotation(containing: start) != nil,
              let speaker = subjects.speaker(ofContentAt: start) else { return false }
        return speaker != entry && subjects.organization(of: speaker) != entry
    }

    /// Words opening a phrase of some unnamed people ("some friends", "many Democrats").
    private static let quantifiers: WordSet = ["some", "many", "several", "few", "most", "other", "others"]
    /// People whose report on someone is commentary on them ("critics say he would …").
    private static let commentators: WordSet = ["critics", "analysts", "observers", "experts", "opponents", "skeptics",
                                                "pundits", "detractors", "commentators", "strategists"]
    /// Words that open a new clause between a report and what follows ("Critics say X, but Hill will …").
    private static let clauseTurns: WordSet = ["but", "while", "although", "though", "whereas", "yet"]

    /// Whether the nearest report before `k` is given by unnamed others, and `k` is in what they
    /// report: the subject phrase of the reporting verb (up to six words back to a mark) opens
    /// with a quantifier ("Some party strategists said", "Others say") or holds a word for
    /// commentators ("critics say", "Critics of the plan say"). What they say an actor will do or
    /// has pledged is their claim about that actor (read on train articles: forecasts, past acts
    /// and a wrong actor); their own "they will" is theirs, and the caller keeps it.
    func isReportedByOthers(before k: Int, in sentence: Sentence) -> Bool {
        guard let verb = nearestReportingWord(before: k, in: sentence),
              !((verb + 1)..<k).contains(where: { i in
                  layer.tokens[i].isMark(";") || Self.clauseTurns.contains(layer.tokens[i]) && layer.tokens[i - 1].isMark(",")
              })
        else { return false }
        var i = verb - 1
        while i >= sentence.tokens.lowerBound, SubjectFinder.adverbs.contains(layer.tokens[i]) { i -= 1 }
        var start = i + 1
        while start > sentence.tokens.lowerBound, i - start < 5, layer.tokens[start - 1].kind == .word { start -= 1 }
        guard start <= i else { return false }
        let phrase = start...i
        if phrase.contains(where: { Self.commentators.contains(layer.tokens[$0]) }) { return true }
        let opensClause = start == sentence.tokens.lowerBound || layer.tokens[start - 1].kind == .punctuation
        // "some friends say", "Others say", also after a conjunction ("and some say", "but many say")
        let opener = layer.tokens[start]
        let first = start < i && (Self.clauseTurns.contains(opener) || ["and", "as"].contains(opener.lower)) ? start + 1 : start
        return Self.quantifiers.contains(layer.tokens[first]) && opensClause
    }
}
