/// Finds what an article leaves unresolved: "whether" and "unclear", pending decisions ("is
/// expected to", "has yet to", "is mulling"), disputes ("denied", "disagrees"), outcomes that
/// hang on a stated condition, and yes/no questions the text asks.
///
/// When a sentence raises several kinds, the guidelines' order decides: disputed,
/// conditional, pending, uncertain, explicit. At most one question per sentence.
///
/// Precision rules: a condition must be a real one ("if the US is willing …", not "as if",
/// "if you like your plan") with a modal in its sentence; a literal question counts only as
/// a yes/no question ("Will Cruz's gambit do any better?"), and not at all in an article
/// that asks many (an op-ed's rhetorical questions).
struct OpenQuestionExtractor {
    let layer: TextLayer
    let lexicons: Lexicons

    struct Found {
        var kind: OpenQuestionKind
        var question: String
        var evidence: Range<Int>
    }

    private static let priority: [OpenQuestionKind] = [.disputed, .conditional, .pending, .uncertain, .explicit]
    private static let modals: WordSet = ["will", "would", "could", "can", "may", "might", "only", "possible"]
    /// Words that open a yes/no question.
    private static let questionOpeners: WordSet = ["will", "would", "can", "could", "is", "are", "was", "were", "do",
                                                       "does", "did", "should", "has", "have", "may", "might", "shall"]
    /// More literal questions than this in one article mark its questions as rhetorical.
    private static let rhetoricalQuestionCount = 3

    func extract() -> [Found] {
        let parts = ClauseParts(layer: layer)
        let phraser = QuestionPhraser(layer: layer)
        let body = layer.sentences.filter { layer.paragraphs[$0.paragraph].role != .headline }
        let asksMany = body.filter(endsWithQuestionMark).count > Self.rhetoricalQuestionCount
        var found: [Found] = []
        for sentence in body {
            var best: (kind: OpenQuestionKind, at: Int)?
            for k in sentence.tokens {
                guard let kind = cue(at: k, in: sentence) else { continue }
                if kind == .conditional, !hasModal(sentence) { continue }
                if best == nil || Self.rank(kind) < Self.rank(best!.kind) { best = (kind, k) }
            }
            var condition = parts.condition(in: sentence)
            // "If Sanders had won half of the coin tosses, …": a past counterfactual is settled
            // "it is unclear if …" asks a question; it sets no condition
            if let range = condition, isCounterfactual(range) || isWhether(layer.tokenIndex(atOrAfter: range.lowerBound), in: sentence) {
                condition = nil
            }
            if let condition, hasModal(sentence), best == nil || Self.rank(.conditional) < Self.rank(best!.kind) {
                best = (.conditional, layer.tokenIndex(atOrAfter: condition.lowerBound))
            }
            // "it is unclear if …", "to determine if …": "if" that asks like "whether"
            if best == nil, let asked = sentence.tokens.first(where: { isWhether($0, in: sentence) }) {
                best = (.uncertain, asked)
            }
            if best == nil, !asksMany, let start = yesNoQuestionStart(sentence) {
                best = (.explicit, start)
            }
            guard let (kind, at) = best else { continue }
            found.append(Found(kind: kind, question: question(kind: kind, at: at, condition: condition, in: sentence,
                                                              parts: parts, phraser: phraser),
                               evidence: evidenceRange(sentence)))
        }
        return found
    }

    private static let askingWords: WordSet = ["unclear", "uncertain", "clear", "sure", "determine", "know", "decide",
                                                   "see", "wonder", "wondered", "asked"]

    /// "whether", or "if" after a word that asks ("it is unclear if the bill can pass", "to
    /// determine if it had performed as designed").
    private func isWhether(_ i: Int, in sentence: Sentence) -> Bool {
        let word = layer.tokens[i].lower
        return word == "whether" || word == "if" && i > sentence.tokens.lowerBound
            && Self.askingWords.contains(layer.tokens[i - 1])
    }

    /// Whether a condition is past and unreal: "if Sanders had won", "if he had not run" — not
    /// "if they had to pay more".
    private func isCounterfactual(_ condition: Range<Int>) -> Bool {
        let start = layer.tokenIndex(atOrAfter: condition.lowerBound)
        let end = layer.tokenIndex(atOrAfter: condition.upperBound)
        return (start..<end).contains { layer.tokens[$0].lower == "had" && ($0 + 1 >= end || layer.tokens[$0 + 1].lower != "to") }
    }

    private static func rank(_ kind: OpenQuestionKind) -> Int { priority.firstIndex(of: kind) ?? priority.count }

    private func cue(at k: Int, in sentence: Sentence) -> OpenQuestionKind? {
        lexicons.questionCueTable.firstMatch(in: layer.tokens, at: k, end: sentence.tokens.upperBound)
            .map { lexicons.questionCues[$0].kind }
    }

    private func hasModal(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains { Self.modals.contains(layer.tokens[$0]) }
    }

    private func endsWithQuestionMark(_ sentence: Sentence) -> Bool {
        var end = sentence.tokens.upperBound - 1
        while end > sentence.tokens.lowerBound, SentenceSplitter.closers.contains(layer.tokens[end].text) { end -= 1 }
        return layer.tokens[end].isMark("?")
    }

    /// Where the yes/no question of a sentence starts: "Will Cruz's gambit do any better?", "Do
    /// you want Facebook looking at …?", or a quoted one ("She asked: “Will we be thrown out?”")
    /// — not "Who am I leaving out?" nor "What, exactly, are her qualifications?".
    private func yesNoQuestionStart(_ sentence: Sentence) -> Int? {
        guard endsWithQuestionMark(sentence) else { return nil }
        // the sentence's start, and each place after an opening quotation mark or a colon
        var starts = [sentence.tokens.lowerBound]
        for i in sentence.tokens where layer.tokens[i].isMark(":")
            || layer.tokens[i].kind == .punctuation && SentenceSplitter.openers.contains(layer.tokens[i].text)
            && layer.quotation(containing: layer.tokens[i].range.upperBound) != nil {
            starts.append(i + 1)
        }
        for start in starts {
            var i = start
            while i < sentence.tokens.upperBound, layer.tokens[i].kind == .punctuation || ["and", "but", "so"].contains(layer.tokens[i].lower) {
                i += 1
            }
            // "Do I bear responsibility …?": a speaker's question to himself, answered by him; "… asked,
            // “Do you feel …?”": a quoted question to a listener is conversation
            if i + 1 < sentence.tokens.upperBound, Self.questionOpeners.contains(layer.tokens[i]),
               layer.tokens[i + 1].lower != "i", start == sentence.tokens.lowerBound || layer.tokens[i + 1].lower != "you" {
                return i
            }
        }
        return nil
    }

    /// The question in plain words: the literal question, the clause after "whether", the
    /// outcome with its condition ("Will we see liberals on the court if Trump becomes
    /// president?"), or the clause holding the cue.
    private func question(kind: OpenQuestionKind, at k: Int, condition: Range<Int>?, in sentence: Sentence,
                          parts: ClauseParts, phraser: QuestionPhraser) -> String {
        if kind == .explicit {
            return phraser.literal(k..<sentence.tokens.upperBound)
        }
        if let whether = sentence.tokens.first(where: { isWhether($0, in: sentence) }), kind != .disputed || k > whether {
            return phraser.question(from: whether..<parts.clauseEnd(from: whether + 1, in: sentence),
                                    fallbackPrefix: "Will it turn out that")
        }
        if kind == .conditional, let condition {
            let conditionStart = layer.tokenIndex(atOrAfter: condition.lowerBound)
            let conditionEnd = layer.tokenIndex(atOrAfter: condition.upperBound)
            // the outcome follows the condition ("if X, we will Y") or precedes it ("we can Y if X")
            var after = conditionEnd
            while after < sentence.tokens.upperBound, layer.tokens[after].kind == .punctuation { after += 1 }
            let following = after..<max(after, parts.clauseEnd(from: after, in: sentence))
            let main = following.count >= 3 || conditionStart == sentence.tokens.lowerBound
                ? following
                : afterComplementizer(clauseTokens(around: conditionStart - 1, in: sentence, parts: parts).lowerBound..<conditionStart)
            if main.count >= 2 {
                return phraser.question(from: main, condition: conditionStart..<conditionEnd)
            }
        }
        let clause = clauseTokens(around: k, in: sentence, parts: parts)
        return kind == .disputed ? phraser.claimQuestion(from: clause)
            : phraser.question(from: clause, fallbackPrefix: "Will it turn out that")
    }

    /// The outcome after the last "that" of a clause: "he refused to concede that critics had a
    /// point in warning that businesses might hire fewer workers" → "businesses might hire fewer
    /// workers".
    private func afterComplementizer(_ clause: Range<Int>) -> Range<Int> {
        guard let that = clause.last(where: { layer.tokens[$0].lower == "that" }), clause.upperBound - that > 3 else { return clause }
        return (that + 1)..<clause.upperBound
    }

    /// The clause holding token `k`: back to the last comma or semicolon, on to the clause end.
    private func clauseTokens(around k: Int, in sentence: Sentence, parts: ClauseParts) -> Range<Int> {
        var start = k
        func backToComma() {
            while start > sentence.tokens.lowerBound, !layer.tokens[start - 1].isMark(","), !layer.tokens[start - 1].isMark(";") {
                start -= 1
            }
        }
        backToComma()
        // "One of them, UnitedHealth Group, has threatened …": take in the subject before the comma
        if start > sentence.tokens.lowerBound + 1, start < k || layer.tokens[start].kind == .word,
           layer.tokens[start].kind == .word, !layer.tokens[start].isCapitalized, SubjectFinder.adverbs.contains(layer.tokens[start])
            || layer.tokens[start].lower.hasSuffix("ed") {
            start -= 1
            backToComma()
            if start > sentence.tokens.lowerBound + 1 { start -= 1; backToComma() }
        }
        return start..<max(k + 1, parts.clauseEnd(from: k, in: sentence))
    }

    /// The sentence without its final full stop.
    private func evidenceRange(_ sentence: Sentence) -> Range<Int> {
        var end = sentence.tokens.upperBound - 1
        while end > sentence.tokens.lowerBound, layer.tokens[end].isMark(".") { end -= 1 }
        return sentence.range.lowerBound..<layer.tokens[end].range.upperBound
    }
}
