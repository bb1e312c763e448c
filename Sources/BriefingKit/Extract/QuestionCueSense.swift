/// Whether a word that can raise an open question does so where it stands. Read on train
/// articles outside the gold set, most false open questions came from a handful of cue words
/// used in another sense:
/// * "maybe" in talk and estimates ("five, maybe six years", "“Maybe I can send Mitt a bill”");
///   only the writer's own sentence-opening "Maybe …" hedges an outcome; likewise "not sure"
///   inside a quotation is a speaker musing ("“I'm not sure I really deserve it”");
/// * "deny" meaning withhold ("denied him the nomination", "the request was denied"), not
///   contest a claim ("denied that …", "denied the charges", "which he has denied");
/// * "disagree" as a speaker's own opinion inside a quotation ("“I disagree with what he said”"),
///   and "disputed" denied ("no one has disputed a word I said");
/// * a concessive "whether … or" ("Whether you agree or not, …", "…, whether it's to vote for
///   him or against him") and a "whether" the same sentence answers ("Asked whether he would
///   fire a speechwriter, Priebus said, “Probably.”").
/// * a hedged outcome ("could end up") in a description of people ("troops who could end up in
///   combat").
struct QuestionCueSense {
    let layer: TextLayer
    let parts: ClauseParts

    /// Nouns naming a claim that a denial contests.
    static let claimNouns: Set<String> = ["accusation", "accusations", "allegation", "allegations", "charge", "charges",
                                                  "claim", "claims", "report", "reports", "reporting", "story", "stories",
                                                  "notion", "assertion", "assertions", "suggestion", "suggestions", "rumor",
                                                  "rumors", "rumours", "account", "accounts", "idea", "wrongdoing", "knowledge",
                                                  "involvement", "responsibility", "links", "link", "ties", "role"]
    private static let passiveAuxiliaries: Set<String> = ["be", "been", "being", "was", "were", "is", "are", "get", "got"]
    private static let answers: Set<String> = ["said", "says", "replied", "answered", "responded", "told", "added"]
    private static let evasions: Set<String> = ["declined", "refused", "demurred", "dodged", "sidestepped", "see", "unsure",
                                                "unclear", "maybe", "perhaps"]
    /// Negations, which evade a question ("would not say", "was not going to jump to that
    /// conclusion") unless they close the answer ("said that he did not", "“I hope not”").
    private static let negations: Set<String> = ["not", "n't", "never", "wouldn't", "won't", "didn't", "wouldn\u{2019}t",
                                                 "won\u{2019}t", "didn\u{2019}t"]

    /// Whether the cue starting at token `k` is used in another sense than an open question's.
    func isOtherSense(cueAt k: Int, in sentence: Sentence) -> Bool {
        switch layer.tokens[k].lower {
        case "maybe": return !opensSentence(k, in: sentence) || isQuoted(k)
        // "“I'm not sure I really deserve it”": a speaker's own doubt in talk, not a reported one
        // ("Sarandon is not sure she can vote for Clinton")
        case "not" where k + 1 < sentence.tokens.upperBound && layer.tokens[k + 1].lower == "sure": return isQuoted(k)
        case "deny", "denies", "denied": return !contestsAClaim(denial: k, in: sentence)
        case "disagree", "disagrees": return isQuoted(k)
        // "No one has disputed a word I said", "nobody rejected the claim": a dispute denied is none
        case "disputed", "disputes", "rejected", "rejects", "dismissed", "dismisses", "refuted", "rebutted", "pushed", "brushed":
            return (max(sentence.tokens.lowerBound, k - 3)..<k).contains {
            ["no", "not", "nobody", "never", "n't"].contains(layer.tokens[$0].lower) }
        case "whether": return !isOpen(whether: k, in: sentence)
        // "troops who could end up in combat": a hedge in a description of people raises nothing
        case "could", "may", "might": return k > sentence.tokens.lowerBound && layer.tokens[k - 1].lower == "who"
        // ", possibly in a bid to hurt her" hedges what precedes it; not an intensifier ("the best president
        // you could possibly imagine") nor a word inside a phrase ("talks about possibly appearing")
        case "possibly": return k == sentence.tokens.lowerBound || !Self.asideMarks.contains(layer.tokens[k - 1].text)
        // "voters are skeptical of free trade" is an opinion; "is skeptical Trump can overcome …" doubts a claim
        case "is", "are":
            guard k + 2 < sentence.tokens.upperBound else { return false }
            if ["scheduled", "due"].contains(layer.tokens[k + 1].lower) { return !isScheduledOutcome(cueAt: k, in: sentence) }
            guard layer.tokens[k + 1].lower == "skeptical" else { return false }
            return ["of", "about", "and"].contains(layer.tokens[k + 2].lower) || layer.tokens[k + 2].kind == .punctuation
        // "declined to say who …", "did not say when": what a source keeps back stays unknown —
        // not a speaker's own words ("“I wouldn't say what he said”") nor a refusal to say words
        case "declined", "would", "wouldn't", "wouldn\u{2019}t", "did": return isWithheld(cueAt: k, in: sentence) == false
        // "a debate that threatened to make or break their campaigns": a thing that risks an outcome
        // makes no threat anyone awaits (not "the union has threatened to strike")
        case "threatened", "threatens":
            return k > sentence.tokens.lowerBound && Self.thingSubjects.contains(layer.tokens[k - 1].lower)
        default: return false
        }
    }

    /// Pronouns that, right before "threatened to", stand for a thing or an event rather than an actor.
    private static let thingSubjects: Set<String> = ["that", "which", "it", "this"]

    /// Marks that set off a hedge added to a clause (", possibly …", "– possibly …").
    private static let asideMarks: Set<String> = [",", "-", "\u{2013}", "\u{2014}"]

    /// Verbs of a scheduled appearance ("is scheduled to speak", "is due to address the
    /// convention"): the person's own plan, a commitment rather than an outcome to follow up.
    private static let appearanceVerbs: Set<String> = ["appear", "speak", "address", "be", "make", "give", "deliver", "attend",
                                                       "headline", "visit", "campaign", "travel", "join", "host",
                                                       "hold", "participate", "testify", "arrive", "leave", "return", "tour"]

    /// Whether "is scheduled to" or "is due to" at `k` awaits an outcome ("is scheduled to vote",
    /// "are due to be sentenced") — not a scheduled appearance ("is scheduled to appear on
    /// “The View”") nor a cause ("is due to the fact that …").
    private func isScheduledOutcome(cueAt k: Int, in sentence: Sentence) -> Bool {
        guard k + 3 < sentence.tokens.upperBound, layer.tokens[k + 2].lower == "to" else { return false }
        let verb = layer.tokens[k + 3]
        return verb.kind == .word && !Self.appearanceVerbs.contains(verb.lower) && !FiniteVerbQuestion.determiners.contains(verb)
    }

    /// Whether the "whether" (or asking "if") at token `k` leaves its question open: it is not
    /// concessive, the sentence does not answer it, and it was not a question of the past.
    func isOpen(whether k: Int, in sentence: Sentence) -> Bool {
        !isConcessive(whether: k, in: sentence) && !isAnswered(whether: k, in: sentence) && !isMusing(whether: k, in: sentence)
            && !isPastQuestion(whether: k, in: sentence)
    }

    /// "The question was whether his fans would show up", "there was a question about whether
    /// he could compete": a question the text puts in the past, since answered — not "the
    /// question is whether", "questions remain about whether".
    private func isPastQuestion(whether k: Int, in sentence: Sentence) -> Bool {
        let window = max(sentence.tokens.lowerBound, k - 5)..<k
        return window.contains { ["question", "questions"].contains(layer.tokens[$0].lower) }
            && window.contains { ["was", "were"].contains(layer.tokens[$0].lower) } || isPastEpisode(whether: k, in: sentence)
    }

    /// "when he equivocated on whether the state should remove the flag", "when asked whether he
    /// would fundraise": a "when"-clause in the past tells an episode, background the article does
    /// not follow up — not "when it comes to whether", nor "depending on when they were
    /// diagnosed and whether …".
    private func isPastEpisode(whether k: Int, in sentence: Sentence) -> Bool {
        let window = max(sentence.tokens.lowerBound, k - 5)..<k
        guard let when = window.last(where: { layer.tokens[$0].lower == "when" }) else { return false }
        let between = (when + 1)..<k
        // "depending on when they were diagnosed and whether …": two questions joined, no episode
        return !between.contains { layer.tokens[$0].kind == .punctuation || ["and", "or"].contains(layer.tokens[$0].lower) }
            && between.contains { i in
                let word = layer.tokens[i].lower
                return word.count > 3 && word.hasSuffix("ed") || ["said", "was", "were", "did"].contains(word)
            }
    }

    private static let musingWords: Set<String> = ["know", "sure", "wonder", "tell", "idea"]
    private static let reportVerbs: Set<String> = ["said", "says", "say", "told", "tells", "added"]

    /// "“I don't know if Donald realizes this,” he said", "“I'm starting to wonder if he's …”": a
    /// speaker thinking aloud in the first person, in a quotation or a reported line, asks
    /// nothing the article follows up.
    private func isMusing(whether k: Int, in sentence: Sentence) -> Bool {
        let window = max(sentence.tokens.lowerBound, k - 4)..<k
        guard let verb = window.last(where: { Self.musingWords.contains(layer.tokens[$0].lower) }),
              (max(sentence.tokens.lowerBound, verb - 5)..<verb).contains(where: { ClauseParts.firstPersonSubjects.contains(layer.tokens[$0]) })
        else { return false }
        return isQuoted(k) || sentence.tokens.contains { Self.reportVerbs.contains(layer.tokens[$0].lower) }
    }

    private static let askedWords: Set<String> = ["who", "what", "when", "where", "why", "how", "which", "whether", "if",
                                                  "the", "any", "whom", "whose"]

    /// For a cue of saying ("declined to specify", "would not say"): whether what was not said is
    /// asked about ("… say who he plans to vote for", "… specify the nature of the talks"), outside
    /// a quotation. Nil when the cue is no cue of saying ("did not violate").
    private func isWithheld(cueAt k: Int, in sentence: Sentence) -> Bool? {
        guard let say = withheldVerb(cueAt: k, in: sentence) else { return nil }
        guard !isQuoted(k), say + 1 < sentence.tokens.upperBound else { return false }
        let next = layer.tokens[say + 1].lower
        return Self.askedWords.contains(next) && (next != "the" && next != "any" || layer.tokens[say].lower != "say")
    }

    /// The verb of saying in a cue that withholds ("declined to specify" → "specify").
    func withheldVerb(cueAt k: Int, in sentence: Sentence) -> Int? {
        (k..<min(k + 4, sentence.tokens.upperBound)).first { ["say", "specify", "disclose", "identify"].contains(layer.tokens[$0].lower) }
    }

    /// Whether token `k` opens its sentence, after marks and a conjunction ("And maybe …").
    private func opensSentence(_ k: Int, in sentence: Sentence) -> Bool {
        (sentence.tokens.lowerBound..<k).allSatisfy {
            layer.tokens[$0].kind == .punctuation || SentenceConjunctions.words.contains(layer.tokens[$0]) || layer.tokens[$0].lower == "or"
        }
    }

    private func isQuoted(_ k: Int) -> Bool {
        layer.quotation(containing: layer.tokens[k].range.lowerBound) != nil
    }

    /// "denied that …", "denied the charges", "which he has denied", "denied it" — not "denied him
    /// the nomination" nor "the request was denied".
    private func contestsAClaim(denial k: Int, in sentence: Sentence) -> Bool {
        var before = k - 1
        while before >= sentence.tokens.lowerBound, SubjectFinder.adverbs.contains(layer.tokens[before].lower)
                && !Self.passiveAuxiliaries.contains(layer.tokens[before].lower) || layer.tokens[before].lower.hasSuffix("ly") {
            before -= 1
        }
        if before >= sentence.tokens.lowerBound, Self.passiveAuxiliaries.contains(layer.tokens[before].lower) { return false }
        guard k + 1 < sentence.tokens.upperBound else { return true }
        let next = layer.tokens[k + 1]
        if next.kind == .punctuation || ["that", "it", "them", "this", "any", "and", "through", "to", "in", "on", "as", "all",
                                         "ever", "wrongdoing"].contains(next.lower) {
            return true
        }
        // "denied the fraud claims", "denied Politico's report": a claim noun within a short phrase
        let end = min(sentence.tokens.upperBound, k + 5)
        return ((k + 1)..<end).contains { Self.claimNouns.contains(layer.tokens[$0].lower) }
            || hasClauseComplement(denial: k, in: sentence)
    }

    /// "denies the two explosions are related": a clause follows the denial without "that".
    func hasClauseComplement(denial k: Int, in sentence: Sentence) -> Bool {
        let end = min(sentence.tokens.upperBound, k + 7)
        for i in (k + 1)..<end {
            if layer.tokens[i].kind == .punctuation { return false }
            if ClauseParts.auxiliaries.contains(layer.tokens[i].lower) { return i > k + 1 }
        }
        return false
    }

    /// "Whether you agree or not, …", "…, whether it's to vote for him or against him", "the
    /// timing is terrible whether you do it before or after": a whether-clause with "or" that opens
    /// the sentence, follows a comma, or follows no word that asks sets no question.
    private func isConcessive(whether k: Int, in sentence: Sentence) -> Bool {
        let hasOr = { (range: Range<Int>) in range.contains { self.layer.tokens[$0].lower == "or" } }
        // after a comma: "…, whether it's Republican or Democrat", "Immigrants, whether refugees,
        // economic migrants or terrorists, have …"
        if k > sentence.tokens.lowerBound, [",", "-", "\u{2014}", "\u{2013}"].contains(layer.tokens[k - 1].text) {
            return hasOr((k + 1)..<sentence.tokens.upperBound)
        }
        // mid-sentence after no word that asks: "the timing is terrible whether you do it before or
        // after" — not "determine whether or not it should remain", "the debate over whether …"
        if !opensSentence(k, in: sentence), !Self.askingContext.contains(layer.tokens[k - 1].lower) {
            return hasOr((k + 1)..<whetherClauseEnd(k, in: sentence))
        }
        // opening the sentence, the alternatives come before the comma that closes the clause
        // ("Whether the model works or not will be part of the postmortem" asks)
        guard opensSentence(k, in: sentence),
              let comma = ((k + 1)..<sentence.tokens.upperBound).first(where: { layer.tokens[$0].isMark(",") }) else { return false }
        if hasOr((k + 1)..<comma) || ((k + 1)..<sentence.tokens.upperBound).contains(where: { layer.tokens[$0].lower == "whether" }) {
            return true
        }
        // "Whether we have differences, …, we try to help": a main clause follows the comma — not
        // "Whether those backers are out there, however, is an unsettled question", nor "Whether
        // the paper does much is hard to predict, especially …"
        if openPredicate(in: (k + 1)..<comma) != nil { return false }
        var next = comma + 1
        if next < sentence.tokens.upperBound, ["who", "which"].contains(layer.tokens[next].lower),
           let close = ((next + 1)..<sentence.tokens.upperBound).first(where: { layer.tokens[$0].isMark(",") }) {
            next = close + 1
        }
        while next < sentence.tokens.upperBound, layer.tokens[next].kind == .punctuation
                || Self.asides.contains(layer.tokens[next].lower) {
            next += 1
        }
        return next < sentence.tokens.upperBound && !Self.predicateStarts.contains(layer.tokens[next].lower)
    }

    /// Words before a mid-sentence "whether" that make it ask: verbs and nouns of asking and
    /// deciding, and the prepositions after them ("a debate over whether", "questions about whether").
    private static let askingContext: Set<String> = ["over", "about", "of", "on", "as", "to", "and", "or", "but", "is", "was",
                                                     "question", "questions", "debate", "doubt", "doubts", "decision", "dispute",
                                                     "uncertainty", "unsure", "undecided", "unclear", "clear", "sure", "uncertain",
                                                     "know", "knows", "knew", "see", "ask", "asks", "asked", "asking", "wonder",
                                                     "wonders", "wondered", "wondering", "decide", "decides", "decided", "deciding",
                                                     "determine", "determines", "determined", "shows", "choose", "choosing", "considering", "consider", "weigh", "weighing",
                                                     "say", "said", "says", "tell", "told", "show", "check", "test", "examine",
                                                     "examining", "investigate", "investigating", "review", "reviewing", "questioned",
                                                     "matter", "matters", "depends", "depend", "explore", "exploring",
                                                     "discuss", "discussed", "discussing", "learn", "find", "out", "assess", "gauge",
                                                     "predict", "indicate", "indication", "sign", "signal", "clarify", "specify"]

    private static let asides: Set<String> = ["however", "though", "still", "also", "too", "then", "now", "perhaps", "of", "course"]

    /// The predicate in `range` that says a whether-clause subject is open ("is hard to say").
    private func openPredicate(in range: Range<Int>) -> Int? {
        range.first { i in
            Self.predicateStarts.contains(layer.tokens[i].lower)
                && ((i + 1)..<min(i + 5, range.upperBound)).contains { Self.openJudgements.contains(layer.tokens[$0].lower) }
        }
    }

    /// Words that open the predicate of a sentence whose subject is a whether-clause ("… is
    /// unclear", "… remains to be seen", "… depends on …").
    private static let predicateStarts: Set<String> = ["is", "was", "will", "would", "may", "might", "could", "remains",
                                                       "remained", "depends", "seems", "appears", "has", "matters"]
    /// Words after such a predicate that say the question is open ("is hard to say", "is the question").
    private static let openJudgements: Set<String> = ["unclear", "clear", "unknown", "known", "hard", "difficult", "question",
                                                      "issue", "seen", "guess", "uncertain", "predict", "say", "tell",
                                                      "doubt", "open", "debate", "depends", "matter", "unsettled", "test"]

    /// Where the clause a "whether" opens ends: a clause end, or the comma after a question put
    /// to someone ("Asked whether she would run, Roe said …").
    func whetherClauseEnd(_ k: Int, in sentence: Sentence) -> Int {
        var end = parts.clauseEnd(from: k + 1, in: sentence)
        // "whether Barack Obama, who had served …, could …": the clause goes on after a relative aside
        if end + 2 < sentence.tokens.upperBound, layer.tokens[end].isMark(","), ["who", "which"].contains(layer.tokens[end + 1].lower),
           let close = ((end + 2)..<sentence.tokens.upperBound).first(where: { layer.tokens[$0].isMark(",") }),
           close + 1 < sentence.tokens.upperBound, ClauseParts.auxiliaries.contains(layer.tokens[close + 1].lower) {
            end = parts.clauseEnd(from: close + 1, in: sentence)
        }
        // "Whether this merger is a success remains to be seen": the question ends at the predicate
        if opensSentence(k, in: sentence), k + 3 < end, let predicate = openPredicate(in: (k + 3)..<end) {
            end = predicate
        }
        guard isPutToSomeone(k, in: sentence) else { return end }
        return ((k + 1)..<end).first { layer.tokens[$0].isMark(",") } ?? end
    }

    private func isPutToSomeone(_ k: Int, in sentence: Sentence) -> Bool {
        (max(sentence.tokens.lowerBound, k - 4)..<k).contains { ["asked", "asking", "asks", "ask"].contains(layer.tokens[$0].lower) }
    }

    /// "Asked whether he would fire a speechwriter, Priebus said, “Probably.”": a question put to
    /// someone is answered, in its sentence or the next, unless one of them says it was not
    /// ("…, Ban demurred", "she said she would not say", "the campaign refused to answer").
    /// A question asked of people in general ("The survey asks whether …") is a procedure.
    private func isAnswered(whether k: Int, in sentence: Sentence) -> Bool {
        guard isPutToSomeone(k, in: sentence) else { return false }
        let window = max(sentence.tokens.lowerBound, k - 4)..<k
        let clause = k..<whetherClauseEnd(k, in: sentence)
        let rest = sentence.tokens.filter { !clause.contains($0) && !window.contains($0) }
        if rest.contains(where: { Self.evasions.contains(layer.tokens[$0].lower) || isEvasiveNegation(at: $0, in: sentence) }) { return false }
        guard let next = layer.sentences.first(where: { $0.tokens.lowerBound >= sentence.tokens.upperBound }) else { return true }
        return !next.tokens.contains { Self.strictEvasions.contains(layer.tokens[$0].lower) }
    }

    /// Whether token `i` is a negation that keeps an answer back: a word follows it in its clause
    /// ("would not say", "was not going to"), unlike the bare "no" of "said that he did not, but …".
    private func isEvasiveNegation(at i: Int, in sentence: Sentence) -> Bool {
        Self.negations.contains(layer.tokens[i].lower) && i + 1 < sentence.tokens.upperBound && layer.tokens[i + 1].kind == .word
    }

    /// Words in the sentence after a question that say it went unanswered.
    private static let strictEvasions: Set<String> = ["declined", "refused", "demurred", "dodged", "sidestepped", "evaded",
                                                      "unsure", "unclear"]
}
