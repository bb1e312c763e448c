extension PositionExtractor {
    /// Words that open a noun phrase without an owner.
    private static let claimArticles: WordSet = ["the", "a", "an"]

    /// Forms of "make" whose subject owns the claim noun after them ("made the point that …").
    private static let makeVerbs: WordSet = ["make", "makes", "made", "making"]

    /// "Lee's claim that the vote was rigged", "her insistence that …", "made the point that …":
    /// a noun of speech or belief (`Lexicons.claimNouns`) after a possessive, or after "make" and
    /// an article, up to two modifiers between ("his stern warning"), and its "that" clause. The
    /// clause is the content; the speaker is the possessor or the subject of "make". With
    /// neither ("the suggestion that …", "bristled at the claim that …") no speaker is guessed
    /// and nothing is reported. Not a relative "that": "the claim that he made", "a charge that
    /// was denied".
    func claimNoun(_ k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Found? {
        guard lexicons.claimNouns.contains(layer.tokens[k]), k + 2 < sentence.tokens.upperBound,
              layer.tokens[k + 1].lower == "that", !isRelativeClause(from: k + 2, in: sentence) else { return nil }
        var opener = k - 1
        while opener >= sentence.tokens.lowerBound, k - opener <= 3, isModifier(layer.tokens[opener]) { opener -= 1 }
        // (checked before a pronoun is resolved: resolving notes it as a mention of its actor)
        guard opener >= sentence.tokens.lowerBound, !isAnswered(claimOpenedAt: opener, noun: k, in: sentence) else { return nil }
        var cue = layer.tokens[k].range
        var speaker: Subject
        if let owner = possessor(endingAt: opener, in: sentence, subjects: &subjects) {
            guard !isAnswered(claimOpenedAt: owner.tokens.lowerBound, noun: k, in: sentence) else { return nil }
            speaker = owner
            // "Obama repeated his contention that …": the verb's subject is the owner, named
            if let verb = verbOwning(pronoun: opener, of: owner, in: sentence, subjects: &subjects) {
                speaker = verb.subject
                cue = layer.tokens[verb.index].range.lowerBound..<cue.upperBound
            }
        } else if Self.claimArticles.contains(layer.tokens[opener]), opener - 1 > sentence.tokens.lowerBound,
                  Self.makeVerbs.contains(layer.tokens[opener - 1]), let maker = subjects.subject(before: opener - 1, in: sentence) {
            speaker = maker
            cue = layer.tokens[opener - 1].range.lowerBound..<cue.upperBound
        } else {
            return nil
        }
        let end = complementEnd(from: k + 2, in: sentence)
        guard end > k + 2 else { return nil }
        return Found(subject: speaker, cue: cue, content: layer.tokens[k + 2].range.lowerBound..<layer.tokens[end - 1].range.upperBound)
    }

    /// The finite verb right before the possessive pronoun at `i` and its subject, when that
    /// subject is the actor the pronoun refers to ("De Blasio repeated his claim").
    private func verbOwning(pronoun i: Int, of owner: Subject, in sentence: Sentence,
                            subjects: inout SubjectFinder) -> (index: Int, subject: Subject)? {
        let verb = i - 1
        guard let entry = owner.entry, owner.tokens == i..<(i + 1), verb > sentence.tokens.lowerBound,
              VerbBase.isPastForm(layer.tokens[verb]) || !layer.tokens[verb].isCapitalized && VerbBase(lexicons: lexicons).hasRegularForm(layer.tokens[verb].lower),
              let subject = subjects.subject(before: verb, in: sentence), subject.entry == entry else { return nil }
        return (verb, subject)
    }

    /// Words before a claim that make it the topic of another's answer: "asked about his claim",
    /// "in response to Lee's charge".
    private static let answeredPrepositions: WordSet = ["about", "to"]

    /// Whether the claim whose phrase opens at `opener` is what another side answers or rejects
    /// ("responded to his charge that …", "dismissed Lee's accusations that …"): that side's
    /// attribution, not the owner's claim.
    private func isAnswered(claimOpenedAt opener: Int, noun k: Int, in sentence: Sentence) -> Bool {
        if opener > sentence.tokens.lowerBound, Self.answeredPrepositions.contains(layer.tokens[opener - 1]) { return true }
        let rejections = RejectionCue(layer: layer)
        return (max(sentence.tokens.lowerBound, opener - 3)..<opener).contains { rejections.rejection(at: $0, in: sentence)?.noun == k }
    }

    /// A lower-case word between an owner and its noun: "continued", "false", "repeated".
    private func isModifier(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && !Self.claimArticles.contains(token)
            && SubjectFinder.possessivePronouns[token.lower] == nil && !token.lower.hasSuffix("'s") && !token.lower.hasSuffix("\u{2019}s")
            && !Self.makeVerbs.contains(token) && !Self.prepositions.contains(token)
    }

    /// The owner named by the possessive at token `i`: a pronoun ("his"), a name or noun with
    /// "'s" ("Lee's", "the company's"), or one before a lone apostrophe ("Sanders’").
    private func possessor(endingAt i: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        let token = layer.tokens[i]
        if SubjectFinder.possessivePronouns[token.lower] != nil {
            return subjects.pronounSubject(i, in: sentence, possessive: true)
        }
        var owner = i
        var mark = 0
        if token.lower.hasSuffix("'s") || token.lower.hasSuffix("\u{2019}s") {
            mark = 2
        } else if token.isApostrophe, i > sentence.tokens.lowerBound, layer.tokens[i - 1].kind == .word {
            owner = i - 1
        } else {
            return nil
        }
        let word = layer.tokens[owner]
        let end = word.range.upperBound - mark
        if let m = subjects.registry.mention(endingAt: end), m.range.lowerBound >= sentence.range.lowerBound {
            return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<(owner + 1))
        }
        guard end > word.range.lowerBound else { return nil }
        return Subject(mention: word.range.lowerBound..<end, entry: nil, tokens: owner..<(owner + 1))
    }

    /// Whether the words after "that" at `start` are a relative clause on the noun: they open with
    /// a verb ("a claim that was false", "the charges that followed"), or a short clause ends on
    /// its verb, its object missing ("the claim that he made.", "a charge that officials denied,").
    private func isRelativeClause(from start: Int, in sentence: Sentence) -> Bool {
        let first = layer.tokens[start]
        if ClauseParts.auxiliaries.contains(first) || VerbBase.isPastForm(first) { return true }
        var end = start
        while end < sentence.tokens.upperBound, layer.tokens[end].kind == .word { end += 1 }
        return end - start <= 4 && end - 1 > start && VerbBase.isPastForm(layer.tokens[end - 1])
    }

    /// The end (token index, exclusive) of a noun's "that" clause from `start`: the first comma,
    /// semicolon, colon, dash or parenthesis outside quotation marks, a quotation closed by a
    /// comma, or the sentence's final mark.
    private func complementEnd(from start: Int, in sentence: Sentence) -> Int {
        var i = start
        while i < sentence.tokens.upperBound {
            let token = layer.tokens[i]
            if !isInsideQuotation(token.range.lowerBound) {
                if token.kind == .punctuation, [",", ";", ":", "(", ")", "--", ".", "!", "?"].contains(token.text) || Self.dashes.contains(token) {
                    return i
                }
                if isQuotationStart(i), let quote = layer.quotation(containing: token.range.lowerBound), lastScalarInside(quote.range) == "," {
                    return layer.tokenIndex(atOrAfter: quote.range.upperBound)
                }
            }
            i += 1
        }
        return i
    }
}
