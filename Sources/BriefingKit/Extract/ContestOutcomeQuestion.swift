/// An electoral contest the text sets up with its likely or threatened outcome ("Roe is at risk
/// of losing her seat to Hale", "Roe is the favorite to win the runoff", "Roe will face Democrat
/// Tom Hale in November"), asked as how it ends: "Will Roe lose her seat to Hale?", "Will Roe
/// win the runoff?", "Will Roe beat Democrat Tom Hale in November?". Not a contest with no named
/// side ("will face full-throated opposition", "would face longer odds").
struct ContestOutcomeQuestion {
    let layer: TextLayer
    let lexicons: Lexicons

    private static let copulas: WordSet = ["is", "are", "was", "remains", "remain"]
    private static let facing: WordSet = ["face", "challenge", "challenging"]
    /// Words that open a named rival after "will face" besides a capitalized name.
    private static let rivalOpeners: WordSet = ["incumbent", "former", "fellow"]
    /// Longest rest of a question, in tokens.
    private static let maxWords = 12
    private static let marks: Set<String> = [",", ";", ":", "(", "-", "\u{2013}", "\u{2014}"]

    /// The question for the first contest in `sentence`, or nil when it has none or its side is
    /// not a plain subject.
    func question(in sentence: Sentence, phraser: QuestionPhraser) -> String? {
        let end = sentence.tokens.upperBound
        let word = { (i: Int) in i < end ? self.layer.tokens[i].lower : "" }
        for k in sentence.tokens {
            // "<side> is at risk of losing <what>"
            if Self.copulas.contains(layer.tokens[k]), word(k + 1) == "at", word(k + 2) == "risk", word(k + 3) == "of", word(k + 4) == "losing" {
                return asked(side: k, verb: "lose", rest: k + 5, in: sentence, phraser: phraser)
            }
            // "<side> is the (clear) favorite (to win …)"
            if Self.copulas.contains(layer.tokens[k]), word(k + 1) == "the",
               let favorite = [k + 2, k + 3].first(where: { word($0) == "favorite" || word($0) == "favourite" }) {
                let rest = favorite + 1
                return word(rest) == "to" && rest + 1 < end ? asked(side: k, verb: nil, rest: rest + 1, in: sentence, phraser: phraser)
                    : asked(side: k, verb: "win", rest: rest, in: sentence, phraser: phraser, restRequired: false)
            }
            // "<side> will (now) face <named rival>", "will be challenging <named rival>"
            if word(k) == "will" {
                var verb = k + 1
                while ["now", "then", "be", "likely"].contains(word(verb)) { verb += 1 }
                guard Self.facing.contains(layer.tokens[min(verb, end - 1)]), verb + 1 < end else { continue }
                let rival = layer.tokens[verb + 1]
                guard rival.isCapitalized || Self.rivalOpeners.contains(rival) else { continue }
                return asked(side: k, verb: "beat", rest: verb + 1, in: sentence, phraser: phraser)
            }
        }
        return nil
    }

    /// "Will <side> <verb> <rest>?": the side is the subject before `verbAt`, after any report
    /// ("officials think Roe is …" → "Roe"); the rest runs to the next mark.
    private func asked(side verbAt: Int, verb: String?, rest: Int, in sentence: Sentence, phraser: QuestionPhraser,
                       restRequired: Bool = true) -> String? {
        var start = verbAt
        while start > sentence.tokens.lowerBound, !Self.marks.contains(layer.tokens[start - 1].text),
              !isReport(layer.tokens[start - 1]), layer.tokens[start - 1].lower != "that" {
            start -= 1
        }
        let side = (start..<verbAt).map { layer.tokens[$0] }
        var words: [Token] = []
        var i = rest
        // words and numbers up to the next mark; a full stop inside the sentence ends an abbreviation ("Aug. 30")
        let isWord = { (i: Int) in i < sentence.tokens.upperBound && self.layer.tokens[i].kind != .punctuation }
        while i < sentence.tokens.upperBound, words.count < Self.maxWords,
              isWord(i) || layer.tokens[i].isMark(".") && isWord(i + 1) && (layer.tokens[i + 1].isCapitalized || layer.tokens[i + 1].kind == .number) {
            words.append(layer.tokens[i])
            i += 1
        }
        guard !side.isEmpty, QuestionShape.isSubject(side[...]), !restRequired || !words.isEmpty, !QuestionShape.endsDangling(words) else { return nil }
        return (["Will", phraser.lowered(side)] + (verb.map { [$0] } ?? []) + (words.isEmpty ? [] : [phraser.join(words)])).joined(separator: " ") + "?"
    }

    private func isReport(_ token: Token) -> Bool {
        lexicons.speechVerbs[token] != nil || lexicons.attitudeVerbs.contains(token)
    }
}
