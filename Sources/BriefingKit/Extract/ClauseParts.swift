/// Reads the parts of a clause that qualify a commitment or a question: where the clause
/// ends, its condition ("if …", "should …", "once …", "unless …"), its limits ("but not …")
/// and its timeframe ("on Wednesday", "in the next week or 10 days", "by 2030").
struct ClauseParts {
    let layer: TextLayer

    /// Auxiliaries and modals: a finite verb that opens a clause's predicate ("is", "will",
    /// "can't"), so a word after an action verb that is one of them belongs to another clause.
    static let auxiliaries: WordSet = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                                           "can", "should", "may", "might", "must", "did", "does", "do", "won't", "can't"]

    private static let clauseBreakers: WordSet = ["who", "as", "while", "which", "whereas", "although", "though", "because",
                                                      "amid", "but", "if", "unless", "once", "should", "so", "after", "before"]
    private static let conditionWords: WordSet = ["if", "unless", "once", "provided", "should"]
    private static let weekdays = WordSet(CalendarWords.weekdays.words.union(["today", "tomorrow", "tonight"]))
    private static let timeUnits: WordSet = ["day", "days", "week", "weeks", "month", "months", "year", "years",
                                                 "hour", "hours", "weekend", "summer", "autumn", "fall", "winter", "spring"]

    /// Token index where the clause starting at `start` ends (exclusive): a full stop, a
    /// semicolon, a dash, a subordinating word ("as", "if", "which", …), or a comma before one.
    func clauseEnd(from start: Int, in sentence: Sentence) -> Int {
        var i = start
        while i < sentence.tokens.upperBound {
            let t = layer.tokens[i]
            if t.kind == .punctuation, [".", ";", "!", "?", "\u{2014}", ":"].contains(t.text) { return i }
            if t.isMark(","), i + 1 < sentence.tokens.upperBound, Self.clauseBreakers.contains(layer.tokens[i + 1]) { return i }
            if i > start, opensSubordinateClause(i) { return i }
            if t.isMark(","), i + 1 < sentence.tokens.upperBound, layer.tokens[i + 1].lower.hasSuffix("ing") { return i }
            i += 1
        }
        return sentence.tokens.upperBound
    }

    private static let subordinators: WordSet = ["if", "unless", "once", "as", "while", "which", "whereas", "although",
                                                     "though", "because", "amid"]

    private func opensSubordinateClause(_ i: Int) -> Bool {
        let word = layer.tokens[i].lower
        if word == "should" { return isInvertedShould(i) }
        guard Self.subordinators.contains(layer.tokens[i]) else { return false }
        return word != "as" || isComparativeFree(i)
    }

    /// "as many as", "as many as 30", "seen as a threat": not a clause break.
    private func isComparativeFree(_ i: Int) -> Bool {
        let next = i + 1 < layer.tokens.count ? layer.tokens[i + 1].lower : ""
        let previous = i > 0 ? layer.tokens[i - 1].lower : ""
        return !["many", "much", "well", "soon", "long", "far", "part", "such"].contains(next)
            && !["as", "such", "same", "so", "many", "much", "well", "soon", "long", "far"].contains(previous)
            && !Self.asComplementVerbs.contains(previous)
    }

    /// Verbs whose complement "as" introduces, not a clause: "should be interpreted as an attack
    /// on all", "is seen as the favourite".
    private static let asComplementVerbs: Set<String> = ["interpreted", "seen", "viewed", "regarded", "described", "characterized",
                                                         "portrayed", "perceived", "treated", "labeled", "labelled", "branded",
                                                         "known", "defined", "classified", "dismissed", "billed", "touted",
                                                         "interpret", "see", "view", "regard", "describe", "characterize",
                                                         "portray", "perceive", "treat", "label", "brand", "define", "dismiss"]

    /// The condition clause of a sentence ("if the US is willing to provide security guarantees",
    /// "should a peace deal be signed").
    func condition(in sentence: Sentence) -> Range<Int>? {
        for i in sentence.tokens {
            guard Self.conditionWords.contains(layer.tokens[i]) else { continue }
            let word = layer.tokens[i].lower
            if word == "should", !isInvertedShould(i) { continue }
            if word == "once", !isConditionalOnce(i, in: sentence) { continue }
            if word == "if", !isConditionalIf(i, in: sentence) { continue }
            if word == "provided", !isConditionalProvided(i, in: sentence) { continue }
            let end = conditionEnd(from: i + 1, in: sentence)
            guard end > i + 2 else { continue }
            return layer.tokens[i].range.lowerBound..<layer.tokens[end - 1].range.upperBound
        }
        return nil
    }

    /// "once we have information" — not the adverb: "once again", "only once in six elections",
    /// "who once praised the accord", "the once stolid party", "once every three years".
    private func isConditionalOnce(_ i: Int, in sentence: Sentence) -> Bool {
        let previous = i > sentence.tokens.lowerBound ? layer.tokens[i - 1].lower : ""
        guard i + 1 < sentence.tokens.upperBound else { return false }
        let next = layer.tokens[i + 1].lower
        return !["again", "more", "a", "the", "per", "in", "every", "each", "or"].contains(next)
            && !["only", "at", "than", "all", "just", "the", "a", "an", "his", "her", "its", "their"].contains(previous)
            && !(next.hasSuffix("ed") && next.count > 4) && !["was", "were", "had", "said", "held", "ran", "led", "wrote", "thought"].contains(next)
    }

    /// "provided that …", ", provided the Senate agrees" — not the verb: "the law provided cover",
    /// "the reality provided by cable news".
    private func isConditionalProvided(_ i: Int, in sentence: Sentence) -> Bool {
        let previous = i > sentence.tokens.lowerBound ? layer.tokens[i - 1] : nil
        return i + 1 < sentence.tokens.upperBound && layer.tokens[i + 1].lower == "that"
            || previous == nil || previous!.kind == .punctuation || ["only", "but"].contains(previous!.lower)
    }

    private static let genericSubjects: Set<String> = ["you", "somebody", "someone", "anyone", "anybody", "one"]

    /// "if" opening a real condition, not "as if", "even if", "if not sooner", "if any", nor a
    /// generic one ("if you like your plan", "if somebody walks in"), nor an illustration ("for
    /// example, if a student …") or a guide ("if history is any guide").
    private func isConditionalIf(_ i: Int, in sentence: Sentence) -> Bool {
        let previous = i > sentence.tokens.lowerBound ? layer.tokens[i - 1].lower : ""
        let next = i + 1 < sentence.tokens.upperBound ? layer.tokens[i + 1].lower : ""
        guard !["as", "even", "what"].contains(previous),
              !["not", "any", "anything", "so", "ever", "only", "necessary", "possible", "less", "more"].contains(next),
              !Self.genericSubjects.contains(next) else { return false }
        let before = previous == "," && i - 1 > sentence.tokens.lowerBound ? layer.tokens[i - 2].lower : previous
        if ["example", "instance"].contains(before) { return false }
        let end = conditionEnd(from: i + 1, in: sentence)
        return !(end - i > 3 && Self.guideNouns.contains(layer.tokens[end - 1].lower)
            && ["any", "a", "an"].contains(layer.tokens[end - 2].lower))
    }

    private static let guideNouns: Set<String> = ["guide", "indication", "indicator", "sign", "gauge", "measure"]

    /// "should a peace deal be signed", "should they be needed": a subject follows, not a verb.
    private func isInvertedShould(_ i: Int) -> Bool {
        guard i + 1 < layer.tokens.count else { return false }
        let next = layer.tokens[i + 1]
        return ["a", "an", "the", "they", "he", "she", "it", "we", "there", "this", "that"].contains(next.lower) || next.isCapitalized
    }

    private static let modalsAfterSubject: WordSet = ["will", "would", "won't", "wouldn't", "won\u{2019}t", "wouldn\u{2019}t"]
    /// "I" and "we", the subjects a speaker commits.
    static let firstPersonSubjects: WordSet = ["i", "we"]
    private static let beliefOpeners: WordSet = ["that", "think", "thinks", "believe", "believes", "say", "says", "said", "know"]

    /// Where a condition ends: at a clause mark or "then"; at a quotation that opens after it
    /// ('if elected president “I will work …”'); or, without a comma, where "I" or "we" and a
    /// modal open the main clause ("if one is proposed we will consider it"; not "if they think
    /// we will", nor a third person, who is as often reported inside the condition: "if their
    /// candidate announced he would not …").
    private func conditionEnd(from start: Int, in sentence: Sentence) -> Int {
        var i = start
        while i < sentence.tokens.upperBound {
            let t = layer.tokens[i]
            if t.kind == .punctuation, [".", ";", ",", "!", "?", "\u{2014}", ":"].contains(t.text) { return i }
            if i > start, t.lower == "then" { return i }
            if i > start, t.kind == .punctuation, layer.quotation(containing: t.range.lowerBound)?.range.lowerBound == t.range.lowerBound {
                return i
            }
            if i > start + 1, i + 1 < sentence.tokens.upperBound, Self.firstPersonSubjects.contains(t),
               Self.modalsAfterSubject.contains(layer.tokens[i + 1]), !Self.beliefOpeners.contains(layer.tokens[i - 1]) {
                return i
            }
            i += 1
        }
        return sentence.tokens.upperBound
    }

    /// Carve-outs in `range` of tokens: "but not to the frontline with Russia", "but will not deploy them".
    func limits(in tokens: Range<Int>, sentence: Sentence) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = tokens.lowerBound
        while i + 1 < sentence.tokens.upperBound {
            if layer.tokens[i].lower == "but" {
                var j = i + 1
                if ["will", "would", "shall"].contains(layer.tokens[j].lower) { j += 1 }
                if j < sentence.tokens.upperBound, ["not", "never", "n't"].contains(layer.tokens[j].lower) {
                    var end = j + 1
                    while end < sentence.tokens.upperBound {
                        let t = layer.tokens[end]
                        if t.kind == .punctuation, [".", ";", ",", "!", "?", "\u{2014}"].contains(t.text) { break }
                        end += 1
                    }
                    if end > j + 1 {
                        result.append(layer.tokens[j].range.lowerBound..<layer.tokens[end - 1].range.upperBound)
                    }
                    i = end
                    continue
                }
            }
            i += 1
        }
        return result
    }

    /// The first timeframe in the tokens: a weekday, a date, "next week", "in the next week
    /// or 10 days", "by 2030", "within days", "in the coming days".
    func timeframe(in tokens: Range<Int>) -> Range<Int>? {
        var i = tokens.lowerBound
        while i < tokens.upperBound {
            let word = layer.tokens[i].lower
            let next = i + 1 < tokens.upperBound ? layer.tokens[i + 1].lower : ""
            if Self.weekdays.contains(layer.tokens[i]) || CalendarWords.months.contains(layer.tokens[i]) && layer.tokens[i].isCapitalized {
                var start = i
                if i > tokens.lowerBound, ["on", "by", "until", "from", "this", "next", "last", "in"].contains(layer.tokens[i - 1].lower) { start = i - 1 }
                var end = i + 1
                if end < tokens.upperBound, ["morning", "afternoon", "evening", "night"].contains(layer.tokens[end].lower) { end += 1 }
                if end < tokens.upperBound, layer.tokens[end].kind == .number { end += 1 }
                return layer.tokens[start].range.lowerBound..<layer.tokens[end - 1].range.upperBound
            }
            if ["next", "this", "coming"].contains(word), Self.timeUnits.contains(next) {
                var start = i
                if i > tokens.lowerBound, ["in", "within", "by", "over", "during"].contains(layer.tokens[i - 1].lower) { start = i - 1 }
                if start > tokens.lowerBound, layer.tokens[start].lower == "the", start - 1 >= tokens.lowerBound,
                   ["in", "within", "by", "over", "during"].contains(layer.tokens[start - 1].lower) { start -= 1 }
                return phrase(start, through: extendTimePhrase(from: i + 1, limit: tokens.upperBound))
            }
            if ["in", "within", "by", "until", "over"].contains(word) {
                var j = i + 1
                if j < tokens.upperBound, ["the", "a"].contains(layer.tokens[j].lower) { j += 1 }
                if j < tokens.upperBound, ["next", "coming", "following", "few", "several"].contains(layer.tokens[j].lower) { j += 1 }
                if j < tokens.upperBound, layer.tokens[j].kind == .number || Self.timeUnits.contains(layer.tokens[j]) {
                    let isYear = layer.tokens[j].kind == .number && layer.tokens[j].text.count == 4
                    if isYear || Self.timeUnits.contains(layer.tokens[j])
                        || (j + 1 < tokens.upperBound && Self.timeUnits.contains(layer.tokens[j + 1])) {
                        return phrase(i, through: extendTimePhrase(from: j, limit: tokens.upperBound))
                    }
                }
            }
            i += 1
        }
        return nil
    }

    private func extendTimePhrase(from j: Int, limit: Int) -> Int {
        var end = j
        while end < limit, end - j < 6 {
            let t = layer.tokens[end]
            if t.kind == .number || Self.timeUnits.contains(t) || ["or", "and", "to", "two", "three", "few"].contains(t.lower)
                || (t.kind == .punctuation && ["'", "\u{2018}", "\u{2019}"].contains(t.text)) {
                end += 1
            } else { break }
        }
        // do not end on a connector or an opening mark
        while end > j, ["or", "and", "to", "'", "\u{2018}"].contains(layer.tokens[end - 1].lower) { end -= 1 }
        return max(end - 1, j)
    }

    private func phrase(_ start: Int, through last: Int) -> Range<Int> {
        layer.tokens[start].range.lowerBound..<layer.tokens[last].range.upperBound
    }
}
