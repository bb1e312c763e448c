extension PositionExtractor {
    /// Verbs of wanting, hoping and planning: an actor's aim, reported as its position when an
    /// infinitive follows ("Rubio wants to emerge as …", "she plans to vote for …").
    static let intentionVerbs: WordSet = ["want", "wants", "wanted", "hope", "hopes", "hoped", "plan", "plans", "planned",
                                          "seek", "seeks", "sought", "intend", "intends", "intended", "aim", "aims", "aimed"]

    /// "Clinton wants to make it a major issue", "he wants his party to work to make that
    /// happen": an aim whose holder the text names, with the infinitive (after at most a short
    /// object) as its content. Not a holder left unresolved ("the group plans to …"), nor a
    /// noun ("U.S. plans to help"), nor an aim inside words reported in the sentence ("Kasich
    /// said he planned to continue": the saying is the position).
    /// `cueWords` counts the sentence's cue words outside quotations, filled on first use so that
    /// a long sentence is scanned once, not once per aim.
    func intention(_ k: Int, in sentence: Sentence, sentenceSubject: Subject?, subjects: inout SubjectFinder,
                   besides earlier: ArraySlice<Found>, cueWords: inout Int?) -> Found? {
        guard Self.intentionVerbs.contains(layer.tokens[k]), takesInfinitive(k, in: sentence),
              !earlier.contains(where: { $0.content.contains(layer.tokens[k].range.lowerBound) }),
              !hasOtherCue(than: k, in: sentence, cueWords: &cueWords),
              let found = attitude(k, in: sentence, sentenceSubject: sentenceSubject, subjects: &subjects),
              let subject = found.subject, subject.entry != nil, isRightBefore(subject, verb: k) else { return nil }
        return found
    }

    /// Whether the subject stands right before the verb at `k`, with only auxiliaries and
    /// adverbs between ("she has long wanted to"), not shared from an earlier clause.
    private func isRightBefore(_ subject: Subject, verb k: Int) -> Bool {
        (subject.tokens.upperBound..<k).allSatisfy {
            ClauseParts.auxiliaries.contains(layer.tokens[$0]) || SubjectFinder.adverbs.contains(layer.tokens[$0])
        }
    }

    /// "Gore plans to skip the convention, his spokeswoman said", "claiming that Obama wanted
    /// to …": another verb of saying or judging in the sentence (outside quotations) makes the
    /// aim part of someone's words.
    private func hasOtherCue(than k: Int, in sentence: Sentence, cueWords: inout Int?) -> Bool {
        let count = cueWords ?? sentence.tokens.count {
            isCueWord(layer.tokens[$0]) && !isInsideQuotation(layer.tokens[$0].range.lowerBound)
        }
        cueWords = count
        return count > (isCueWord(layer.tokens[k]) ? 1 : 0)
    }

    /// Whether "to" and a verb follow the cue at `k`, right after it or after an object of at
    /// most four words with no mark in between ("wants voters to know").
    private func takesInfinitive(_ k: Int, in sentence: Sentence) -> Bool {
        var i = k + 1
        while i < sentence.tokens.upperBound, i - k <= 5, layer.tokens[i].kind == .word {
            if layer.tokens[i].lower == "to" {
                return i + 1 < sentence.tokens.upperBound && layer.tokens[i + 1].kind == .word && !layer.tokens[i + 1].isCapitalized
            }
            // ("hopes that …" is a clause, not an aim)
            if layer.tokens[i].lower == "that" { return false }
            i += 1
        }
        return false
    }
}
