/// Whether a word that can raise an open question does so where it stands. Read on train
/// articles outside the gold set, most false open questions came from a handful of cue words
/// used in another sense:
/// * "maybe" in talk and estimates ("five, maybe six years", "“Maybe I can send Mitt a bill”");
///   only the writer's own sentence-opening "Maybe …" hedges an outcome;
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
    private static let claimNouns: Set<String> = ["accusation", "accusations", "allegation", "allegations", "charge", "charges",
                                                  "claim", "claims", "report", "reports", "reporting", "story", "stories",
                                                  "notion", "assertion", "assertions", "suggestion", "suggestions", "rumor",
                                                  "rumors", "rumours", "account", "accounts", "idea", "wrongdoing", "knowledge",
                                                  "involvement", "responsibility", "links", "link", "ties", "role"]
    private static let passiveAuxiliaries: Set<String> = ["be", "been", "being", "was", "were", "is", "are", "get", "got"]
    private static let answers: Set<String> = ["said", "says", "replied", "answered", "responded", "told", "added"]
    private static let evasions: Set<String> = ["not", "n't", "never", "declined", "refused", "demurred", "wouldn't", "won't",
                                                "didn't", "wouldn\u{2019}t", "won\u{2019}t", "didn\u{2019}t", "dodged", "sidestepped",
                                                "see", "unsure", "unclear", "maybe", "perhaps"]

    /// Whether the cue starting at token `k` is used in another sense than an open question's.
    func isOtherSense(cueAt k: Int, in sentence: Sentence) -> Bool {
        switch layer.tokens[k].lower {
        case "maybe": return !opensSentence(k, in: sentence) || isQuoted(k)
        case "deny", "denies", "denied": return !contestsAClaim(denial: k, in: sentence)
        case "disagree", "disagrees": return isQuoted(k)
        // "No one has disputed a word I said": a dispute denied is none
        case "disputed", "disputes": return (max(sentence.tokens.lowerBound, k - 3)..<k).contains {
            ["no", "not", "nobody", "never", "n't"].contains(layer.tokens[$0].lower) }
        case "whether": return !isOpen(whether: k, in: sentence)
        // "troops who could end up in combat": a hedge in a description of people raises nothing
        case "could", "may", "might": return k > sentence.tokens.lowerBound && layer.tokens[k - 1].lower == "who"
        default: return false
        }
    }

    /// Whether the "whether" (or asking "if") at token `k` leaves its question open: it is not
    /// concessive and the sentence does not answer it.
    func isOpen(whether k: Int, in sentence: Sentence) -> Bool {
        !isConcessive(whether: k, in: sentence) && !isAnswered(whether: k, in: sentence)
    }

    /// Whether token `k` opens its sentence, after marks and a conjunction ("And maybe …").
    private func opensSentence(_ k: Int, in sentence: Sentence) -> Bool {
        (sentence.tokens.lowerBound..<k).allSatisfy {
            layer.tokens[$0].kind == .punctuation || ["and", "but", "or", "so"].contains(layer.tokens[$0].lower)
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

    /// "Whether you agree or not, …", "…, whether it's to vote for him or against him": a
    /// whether-clause with "or" that opens the sentence or follows a comma sets no question.
    private func isConcessive(whether k: Int, in sentence: Sentence) -> Bool {
        let hasOr = { (range: Range<Int>) in range.contains { self.layer.tokens[$0].lower == "or" } }
        // after a comma: "…, whether it's Republican or Democrat", "Immigrants, whether refugees,
        // economic migrants or terrorists, have …"
        if k > sentence.tokens.lowerBound, [",", "-", "\u{2014}", "\u{2013}"].contains(layer.tokens[k - 1].text) {
            return hasOr((k + 1)..<sentence.tokens.upperBound)
        }
        // opening the sentence, the alternatives come before the comma that closes the clause
        // ("Whether the model works or not will be part of the postmortem" asks)
        guard opensSentence(k, in: sentence),
              let comma = ((k + 1)..<sentence.tokens.upperBound).first(where: { layer.tokens[$0].isMark(",") }) else { return false }
        return hasOr((k + 1)..<comma)
    }

    /// Where the clause a "whether" opens ends: a clause end, or the comma after a question put
    /// to someone ("Asked whether she would run, Roe said …").
    func whetherClauseEnd(_ k: Int, in sentence: Sentence) -> Int {
        let end = parts.clauseEnd(from: k + 1, in: sentence)
        guard isPutToSomeone(k, in: sentence) else { return end }
        return ((k + 1)..<end).first { layer.tokens[$0].isMark(",") } ?? end
    }

    private func isPutToSomeone(_ k: Int, in sentence: Sentence) -> Bool {
        (max(sentence.tokens.lowerBound, k - 4)..<k).contains { ["asked", "asking"].contains(layer.tokens[$0].lower) }
    }

    /// "Asked whether he would fire a speechwriter, Priebus said, “Probably.”": the sentence
    /// gives the answer; "…, Ban demurred" or "she said she would not say" leaves it open.
    private func isAnswered(whether k: Int, in sentence: Sentence) -> Bool {
        guard isPutToSomeone(k, in: sentence) else { return false }
        let window = max(sentence.tokens.lowerBound, k - 4)..<k
        let clause = k..<whetherClauseEnd(k, in: sentence)
        let rest = sentence.tokens.filter { !clause.contains($0) && !window.contains($0) }
        return rest.contains { Self.answers.contains(layer.tokens[$0].lower) }
            && !rest.contains { Self.evasions.contains(layer.tokens[$0].lower) }
    }
}
