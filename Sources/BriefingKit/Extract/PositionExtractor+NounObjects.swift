/// Noun-phrase objects that report nothing: a verb that only names the topic of what was said
/// ("Obama described the attack", "Sanders pointed to the polls"), and a verb of speech in a
/// sense that is no speech ("Sanders maintained his lead"). A topic verb's description after
/// "as" is its content ("described the move as a breach of trust").
extension PositionExtractor {
    /// Verbs whose object is what the words were about, not the words: "described the move",
    /// "refers to the candidate", "pointed to the GOP", "to highlight her experience".
    static let topicVerbs: WordSet = ["describe", "describes", "described", "describing", "refer", "refers", "referred",
                                      "referring", "point", "points", "pointed", "pointing", "highlight", "highlights",
                                      "highlighted", "highlighting"]

    /// "Maintain" keeps something ("maintained a double-digit lead", "maintains close ties")
    /// unless a clause or a quotation follows it ("has long maintained they were not marked") or
    /// it claims innocence. (A clause with no auxiliary, "maintained Trump lied", is lost with
    /// the kept things: read on train articles, a past form after the object was as often an
    /// adjective, "maintained a large pledged delegate lead".)
    static let keepingVerbs: WordSet = ["maintain", "maintains", "maintained", "maintaining"]

    /// Whether the position found is the bare object of a topic verb: its speaker spoke about
    /// something without words of their own to report.
    func isBareTopic(_ position: Found) -> Bool {
        guard let (verb, first) = objectStart(position), Self.topicVerbs.contains(layer.tokens[verb]) else { return false }
        return isBareTopic(position, verb: verb, first: first)
    }

    /// Whether the position found is the object of a keeping verb, no clause: no speech at all
    /// (but "maintained her innocence" claims).
    func isKeptObject(_ position: Found) -> Bool {
        guard let (verb, first) = objectStart(position), Self.keepingVerbs.contains(layer.tokens[verb]) else { return false }
        return !isClauseContent(from: first, within: position.content) && !layer.string(position.content).contains("innocence")
    }

    /// The cue verb's token and the first token of a content that follows it and is no quotation.
    private func objectStart(_ position: Found) -> (verb: Int, first: Int)? {
        let verb = layer.tokenIndex(atOrAfter: position.cue.lowerBound)
        let first = layer.tokenIndex(atOrAfter: position.content.lowerBound)
        guard verb < first, first < layer.tokens.count, layer.quotation(containing: position.content.lowerBound) == nil else { return nil }
        return (verb, first)
    }

    /// "Obama described the attack", "Christie refers to the candidate": a short noun phrase
    /// of at most four words, opened by a determiner or a name, with no verb and no "as" (which
    /// gives the description: "described him as a bully", see `describedAs`). A participle after a quotation's
    /// attribution glosses it ("…,” Ramos said, referring to the Hispanic community") and
    /// keeps its object, as attribution annotation marks it.
    private func isBareTopic(_ position: Found, verb: Int, first: Int) -> Bool {
        guard !isGloss(verb), wordCount(position.content) <= 4 else { return false }
        let opener = layer.tokens[first]
        guard Self.determiners.contains(opener) || opener.kind == .word && opener.isCapitalized else { return false }
        var i = first
        while i < layer.tokens.count, layer.tokens[i].range.lowerBound < position.content.upperBound {
            let token = layer.tokens[i]
            if token.lower == "as" || ClauseParts.auxiliaries.contains(token) { return false }
            i += 1
        }
        return true
    }

    /// The end of a topic verb's content, through the description its "as" gives ("described
    /// the move as a breach of trust", "referred to Mexican immigrants as criminals"), when the
    /// clause found ends at `end` right before that "as".
    /// An "as" that opens a clause of its own ("pointed to the vote as the board met", "as he
    /// left") ends the content there.
    func describedAs(_ end: Int, verb: Int, in sentence: Sentence) -> Int {
        guard Self.topicVerbs.contains(layer.tokens[verb]), end + 1 < sentence.tokens.upperBound,
              layer.tokens[end].lower == "as" else { return end }
        var through = ClauseParts(layer: layer).clauseEnd(from: end + 1, in: sentence)
        // the description ends at a comma before "and", "but" or a relative ("…", and work launched …),
        // or before a closing tag ("…, Tom Lake said")
        if let comma = ((end + 1)..<through).first(where: { i in
            layer.tokens[i].isMark(",") && i + 1 < through
                && (Self.descriptionEnders.contains(layer.tokens[i + 1]) || isClosingTag(from: i + 1, to: through))
        }) {
            through = comma
        }
        return opensClauseOfItsOwn(as: end, before: through) ? end : max(end, through)
    }

    /// Whether the words from `start` to `end` are a closing tag: one to four words, then a verb
    /// of saying that ends the clause ("Tom Lake said", "officials said").
    private func isClosingTag(from start: Int, to end: Int) -> Bool {
        guard end - start >= 2, end - start <= 5 else { return false }
        let verb = layer.tokens[end - 1]
        return lexicons.speechVerbs[verb] != nil && !verb.lower.hasSuffix("ing")
    }

    /// Words after a comma that close an "as" description: another clause or an aside.
    private static let descriptionEnders: WordSet = ["and", "but", "while", "which", "who", "whose", "although", "though"]

    /// Whether the "as" at `index` opens a clause before `end`: a subject pronoun right after it,
    /// or a determiner and a noun of one or two words, then an auxiliary or a past form ("as the
    /// county board met"); a verb after "of", "that", "who", "which", "and" or a comma belongs to
    /// the description ("as an act of organized terror", "as a disaster that will cost jobs").
    private func opensClauseOfItsOwn(as index: Int, before end: Int) -> Bool {
        guard index + 1 < end else { return false }
        if Self.subjectPronouns.contains(layer.tokens[index + 1]) { return true }
        guard Self.determiners.contains(layer.tokens[index + 1]) else { return false }
        for i in (index + 3)..<min(end, index + 5) {
            let token = layer.tokens[i]
            if token.kind == .punctuation || Self.descriptionWords.contains(token) || isInsideQuotation(token.range.lowerBound) {
                return false
            }
            if ClauseParts.auxiliaries.contains(token) || VerbBase.isPastForm(token) { return true }
        }
        return false
    }

    /// Words inside an "as" description that a verb after them belongs to.
    private static let descriptionWords: WordSet = ["of", "that", "who", "which", "and", "or", "for", "to", "in"]

    /// Whether the participle at `verb` glosses what was just quoted or said: a comma right
    /// before it, after a quotation or a verb of saying earlier in the sentence (",” referring
    /// to", "said the plan was dead, referring to"), not after a subject's aside ("Roe, pointing
    /// to the polls, declared victory").
    private func isGloss(_ verb: Int) -> Bool {
        guard layer.tokens[verb].lower.hasSuffix("ing"), verb >= 2, let s = layer.sentenceIndex(ofToken: verb) else { return false }
        // "…,” referring to": the comma inside the closing mark
        if isClosingMark(layer.tokens[verb - 1]), layer.tokens[verb - 2].isMark(",") { return true }
        guard layer.tokens[verb - 1].isMark(",") else { return false }
        return (layer.sentences[s].tokens.lowerBound..<(verb - 1)).contains { i in
            let token = layer.tokens[i]
            return isClosingMark(token) || lexicons.speechVerbs[token] != nil && !token.lower.hasSuffix("ing")
        }
    }

    /// Whether the content opening at token `first` is a clause: "that …", a subject pronoun,
    /// or an auxiliary or modal among its first seven tokens.
    private func isClauseContent(from first: Int, within content: Range<Int>) -> Bool {
        let opener = layer.tokens[first]
        if opener.lower == "that" || Self.subjectPronouns.contains(opener) { return true }
        var i = first
        while i < layer.tokens.count, i - first < 7, layer.tokens[i].range.lowerBound < content.upperBound {
            if ClauseParts.auxiliaries.contains(layer.tokens[i]) { return true }
            i += 1
        }
        return false
    }
}
