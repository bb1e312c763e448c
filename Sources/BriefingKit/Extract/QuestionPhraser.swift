import Foundation
/// Turns the clause that raises an open question into a question in plain words, by moving
/// its first auxiliary to the front ("the US will provide guarantees" → "Will the US
/// provide guarantees?").
struct QuestionPhraser {
    let layer: TextLayer
    let lexicons: Lexicons
    /// Names for pronoun subjects ("Would he look for …" → "Would Ben Sasse look for …"), when known.
    var names: PronounNames?

    private static let auxiliaries: WordSet = ["will", "would", "can", "could", "is", "are", "was", "were", "has", "have",
                                                   "had", "should", "may", "might", "must", "does", "do", "did"]
    /// Quotation marks, straight and curly.
    static let quoteMarks: WordSet = ["'", "\"", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}"]
    private static let leadIns: WordSet = ["whether", "if", "unless", "once", "that", "but", "and", "so", "only",
                                               "or", "yet", "maybe", "perhaps", "then", "when", "where", "while", "although",
                                               "though", "because", "since"]

    /// Words after "is", "has" that make the clause ask about the future: "Rubio has yet to win
    /// a primary" → "Will Rubio win a primary?", "the panel is expected to rule" → "Will the panel
    /// rule?".
    private static let expectations: Set<String> = ["yet", "expected", "scheduled", "due", "set", "likely", "unlikely", "poised", "slated"]

    /// A question from the clause `tokens`; `fallbackPrefix` opens it when no auxiliary is found
    /// and no finite verb can take "do" or "will" ("Clinton loses Iowa" → "Does Clinton lose
    /// Iowa?", or "Will Clinton lose Iowa?" when `presentAsFuture`, as in a condition). Nil when
    /// the words make no whole question (see `QuestionShape`) or need a missing fallback prefix.
    /// `unquoted` drops quotation marks once a closing attribution is cut ("would be a “failure”").
    func question(from tokens: some Sequence<Int>, fallbackPrefix: String?, presentAsFuture: Bool = false,
                  unquoted: Bool = false) -> String? {
        var words = tokens.map { layer.tokens[$0] }
        while let first = words.first, first.kind == .punctuation || Self.leadIns.contains(first.lower) {
            // "whether that would take place": "that" before a verb is the subject
            if first.lower == "that", words.count > 1, ClauseParts.auxiliaries.contains(words[1].lower) { break }
            words.removeFirst()
            // "whether or not people want …"
            if first.lower == "or", words.first?.lower == "not" { words.removeFirst() }
        }
        dropReportsAndAsides(&words)
        // the marks go after the attribution is cut (", he said" follows a closing mark)
        if unquoted { words.removeAll { Self.quoteMarks.contains($0.text) } }
        while let last = words.last, last.kind == .punctuation && !["'", "\u{2019}", "\"", "\u{201D}", ")"].contains(last.text) {
            words.removeLast()
        }
        guard !words.isEmpty, !QuestionShape.endsDangling(words) else { return nil }
        // past the eighth word only after a subject with no second pronoun ("they want to continue
        // the course he has set": "has" is no auxiliary of theirs)
        var aux = words.prefix(13).indices.first { i in
            isAuxiliary(at: i, in: words) && (i < 8 || !words[1..<i].contains { Self.pronouns.contains($0.lower) })
                // "she appeared to imply that Trump could …": a pronoun with its own verb
                && !(0..<max(0, i - 1)).contains { p in
                    Self.pronouns.contains(words[p].lower) && words[p + 1].kind == .word && !words[p + 1].isCapitalized
                        && !["and", "or"].contains(words[p + 1].lower) && !FiniteVerbQuestion.isAdverb(words[p + 1].lower)
                }
        }
            // "the Clinton of lore, the once-in-a-generation natural who …, has yet to": the auxiliary
            // after an apposition
            ?? words.prefix(30).indices.first { $0 >= 3 && words[$0 - 1].isMark(",") && isAuxiliary(at: $0, in: words) }
        // "in what could ultimately stall …", "which is expected to come …": a relative pronoun
        // subject reads as "it" ("Could it ultimately stall …?")
        if let found = aux, found == 1 || found == 2 && words[0].lower == "in", Self.relatives.contains(words[found - 1].lower) {
            let relative = words[found - 1]
            // "What is unclear is in which direction": a "what" clause is the subject of a second verb
            if relative.lower == "what", words.dropFirst(found + 1).contains(where: { Self.auxiliaries.contains($0.lower) }) { return nil }
            words.replaceSubrange(0..<found, with: [Token(range: relative.range, kind: relative.kind, text: "it")])
            aux = 1
        }
        let opensWithShould = words.first?.lower == "should" && words.count > 2
        let invertible = !opensWithShould && aux.map { $0 > 0 && QuestionShape.isSubject(words[..<$0]) } == true
        // no auxiliary to move: a finite verb takes "do" or "will" ("Clinton loses Iowa")
        let finite = opensWithShould || invertible || !QuestionShape.isWholeClause(words) ? nil
            : FiniteVerbQuestion(verbs: VerbBase(lexicons: lexicons), lexicons: lexicons).parts(of: words, presentAsFuture: presentAsFuture)
        let verb: Int?
        (words, verb) = QuestionTrimmer().trimmed(words, verb: invertible ? aux : finite?.verb)
        let text: String
        if opensWithShould {
            // "should a peace deal be signed" → "Will a peace deal be signed?"
            text = "Will " + join(Array(words.dropFirst()))
        } else if invertible, let aux = verb {
            text = inverted(words, aux: aux)
        } else if let finite, let verb {
            text = supported(words, finite: finite, verb: verb)
        } else {
            guard let fallbackPrefix, QuestionShape.isWholeClause(words) else { return nil }
            if let first = words.first, first.isCapitalized, !isName(first) {
                words[0] = Token(range: first.range, kind: first.kind, text: first.lower)
            }
            text = fallbackPrefix + " " + join(words)
        }
        return Self.trimmedOfWhitespace(text) + "?"
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation (thousands of instructions
    /// a call) when the text neither starts nor ends with a space or a tab and both ends are
    /// ASCII: no other ASCII scalar is whitespace (Zs or a tab), so nothing is trimmed.
    private static func trimmedOfWhitespace(_ text: String) -> String {
        let isPlainEnd = { (byte: UInt8?) in byte.map { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 } ?? false }
        if isPlainEnd(text.utf8.first), isPlainEnd(text.utf8.last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The clause with its auxiliary at `aux` moved before its subject: "the panel is expected
    /// to rule" → "Will the panel rule", "she has no plans" → "Does she have no plans", "the
    /// council has not yet decided" → "Has the council decided yet".
    private func inverted(_ words: [Token], aux: Int) -> String {
        let subject = lowered(Array(words[..<aux]))
        let auxWord = words[aux].lower
        if ["is", "are", "was", "were", "has", "have"].contains(auxWord), let to = expectationTo(after: aux, in: words) {
            return "Will " + subject + " " + join(Array(words[(to + 1)...]))
        }
        var rest = Array(words[(aux + 1)...])
        // "the plan still has to move through a hearing" → "Will the plan move through a hearing"
        if ["has", "have"].contains(auxWord), aux > 1, words[aux - 1].lower == "still", rest.count > 1, rest[0].lower == "to" {
            return "Will " + lowered(Array(words[..<(aux - 1)])) + " " + join(Array(rest[1...]))
        }
        if ["has", "have"].contains(auxWord), rest.count > 3 {
            // "the pope has no plans to meet Sanders" → "Will the pope meet Sanders"
            if rest[0].lower == "no", ["plans", "plan", "intention"].contains(rest[1].lower), rest[2].lower == "to" {
                return "Will " + subject + " " + join(Array(rest[3...]))
            }
            // "the book has not yet been released" → "Will the book be released"
            if rest[0].lower == "not", rest[1].lower == "yet", rest[2].lower == "been" {
                return "Will " + subject + " be " + join(Array(rest[3...]))
            }
        }
        if QuestionShape.isMainVerb(auxWord, before: rest.first) {
            let support = QuestionShape.doSupport(for: auxWord)
            return support.front + " " + subject + " " + support.base + (rest.isEmpty ? "" : " " + join(rest))
        }
        var yet = ""
        if ["has", "have", "had"].contains(auxWord), rest.count > 2, rest[0].lower == "not", rest[1].lower == "yet" {
            rest.removeFirst(2)
            yet = " yet"
        }
        // the full word of a contraction: "they'll bother to vote" → "Will they bother to vote?"
        let front = auxWord.prefix(1).uppercased() + auxWord.dropFirst()
        return front + " " + subject + (rest.isEmpty ? "" : " " + join(rest)) + yet
    }

    /// Whether the word at `i` is an auxiliary, not a noun ("the will of millions", "a can of
    /// worms").
    private func isAuxiliary(at i: Int, in words: [Token]) -> Bool {
        Self.auxiliaries.contains(words[i].lower) && (i == 0 || !Self.determiners.contains(words[i - 1].lower))
    }

    private static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "you", "it"]
    private static let determiners: Set<String> = ["the", "a", "an", "his", "its", "their", "our", "my", "your"]

    /// The clause asked with "do" or "will" in front: "Mrs. Clinton loses Iowa" → "Will Mrs.
    /// Clinton lose Iowa", "he still supported letting …" → "Did he still support letting …".
    private func supported(_ words: [Token], finite: FiniteVerbQuestion.Parts, verb: Int) -> String {
        let subjectEnd = verb - finite.adverbCount
        var rest = Array(words[(verb + 1)...])
        // "the campaign said, it may …", "he lost) because …"
        while let first = rest.first, first.kind == .punctuation, !Self.quoteMarks.contains(first.text) { rest.removeFirst() }
        // "the company recovers or falls further" → "… recover or fall further"
        var alternative = ""
        if rest.count > 1, ["or", "and"].contains(rest[0].lower), let other = VerbBase(lexicons: lexicons).base(of: rest[1].lower),
           other.base != rest[1].lower, rest[1].lower.hasSuffix("s") == words[verb].lower.hasSuffix("s") {
            alternative = " " + rest[0].lower + " " + other.base
            rest.removeFirst(2)
        }
        let adverbs = words[subjectEnd..<verb]
        return finite.front + " " + lowered(Array(words[..<subjectEnd])) + " " + (adverbs.isEmpty ? "" : join(Array(adverbs)) + " ")
            + finite.base + alternative + (rest.isEmpty ? "" : " " + join(rest))
    }

    /// Cuts what follows the question's own clause: a second "whether" ("…, or whether they
    /// could be charged"), a dash aside ("… into the local economy - a key reason …"), and a
    /// relative clause between commas ("the Fed, which entered the year predicting …, has yet to
    /// move" → "the Fed has yet to move").
    private func dropAside(_ words: inout [Token]) {
        if let second = words.indices.dropFirst().first(where: { words[$0].lower == "whether" }) {
            var cut = second
            while cut > 0, words[cut - 1].kind == .punctuation || ["or", "and"].contains(words[cut - 1].lower) { cut -= 1 }
            words.removeSubrange(cut...)
        }
        if let dash = words.indices.dropFirst(2).first(where: { Self.dashes.contains(words[$0].text) }) {
            words.removeSubrange(dash...)
        }
        if let comma = words.indices.dropFirst().first(where: { words[$0].isMark(",") }), comma + 1 < words.count,
           ["which", "who", "however", "though"].contains(words[comma + 1].lower) {
            if let close = words.indices.dropFirst(comma + 2).first(where: { words[$0].isMark(",") }), close + 1 < words.count {
                words.removeSubrange(comma..<(close + 1))
            } else {
                words.removeSubrange(comma...)
            }
        }
    }

    private static let dashes: Set<String> = ["-", "--", "\u{2014}", "\u{2013}"]

    private static let relatives: Set<String> = ["which", "what"]

    /// The "to" of an expectation after the auxiliary at `aux`, past one adverb: "is expected
    /// to", "is widely expected to", "has yet to".
    private func expectationTo(after aux: Int, in words: [Token]) -> Int? {
        var i = aux + 1
        if i < words.count, !Self.expectations.contains(words[i].lower),
           words[i].lower.hasSuffix("ly") || ["also", "still", "now"].contains(words[i].lower) { i += 1 }
        guard i + 1 < words.count, Self.expectations.contains(words[i].lower), words[i + 1].lower == "to" else { return nil }
        return i + 1
    }

    /// The subject words with a sentence-opening capital lowered ("The council" → "the
    /// council", "Rubio" kept); a pronoun alone named when `names` knows whom it stands for.
    func lowered(_ subject: [Token]) -> String {
        if subject.count == 1, let name = names?.name(ofPronounAt: layer.tokenIndex(atOrAfter: subject[0].range.lowerBound)) {
            return name
        }
        var subject = subject
        if let first = subject.first, first.isCapitalized, !isName(first) {
            subject[0] = Token(range: first.range, kind: first.kind, text: first.lower)
        }
        return subject.isEmpty ? "" : join(subject)
    }

    /// Cuts what is no part of the asked clause: a closing attribution, an opening report, an aside.
    private func dropReportsAndAsides(_ words: inout [Token]) {
        dropAttribution(&words)
        dropLeadingReport(&words)
        dropAside(&words)
    }

    /// Cuts an opening report: "the campaign said, it may not bother …" → "it may not bother …",
    /// "noting he would support …" → "he would support …".
    private func dropLeadingReport(_ words: inout [Token]) {
        if let first = words.first, first.lower.hasSuffix("ing"), lexicons.speechVerbs[first] != nil, words.count > 4 {
            words.removeFirst(words[1].lower == "that" ? 2 : 1)
            return
        }
        guard let said = words.prefix(7).indices.dropFirst().first(where: { i in
            i + 1 < words.count && words[i + 1].isMark(",") && lexicons.speechVerbs[words[i]] != nil
        }), words.count - (said + 2) >= 3 else { return }
        words.removeFirst(said + 2)
    }

    /// Cuts a closing attribution: "he's tricked himself,” Sexton said" → "he's tricked himself",
    /// and "which he's expected to win, Jones said" → "which he's expected to win".
    private func dropAttribution(_ words: inout [Token]) {
        guard let close = words.indices.dropFirst().first(where: { i in
            // a closing mark sits right against the comma or stop before it (the kind and offsets
            // first: most words fail them, and they cost less than the two string look-ups)
            words[i - 1].kind == .punctuation && words[i - 1].range.upperBound == words[i].range.lowerBound
                && i + 1 < words.count && Self.quoteMarks.contains(words[i].text)
                && [",", ".", "!", "?"].contains(words[i - 1].text)
        }) else {
            dropClosingTag(&words)
            return
        }
        words.removeSubrange((close - 1)...)
    }

    /// Cuts a closing tag after the last comma: one to four words naming a speaker (a name, a
    /// pronoun, "the official", "officials"), then a verb of saying, and nothing but a time after it.
    private func dropClosingTag(_ words: inout [Token]) {
        guard let comma = words.indices.dropFirst(3).last(where: { words[$0].isMark(",") }) else { return }
        let tag = words[(comma + 1)...]
        guard (2...6).contains(tag.count), let first = tag.first, first.kind == .word,
              first.isCapitalized || ["he", "she", "they", "it", "the", "a", "an"].contains(first.lower)
                  || first.lower.hasSuffix("s") && lexicons.speechVerbs[first] == nil,
              let verb = tag.indices.first(where: { lexicons.speechVerbs[words[$0]] != nil && !words[$0].lower.hasSuffix("ing") }),
              verb > comma + 1, verb - comma <= 5,
              words[(verb + 1)...].allSatisfy({ $0.kind == .punctuation || PositionExtractor.timeWords.contains($0) || $0.lower == "on" })
        else { return }
        words.removeSubrange(comma...)
    }

    /// The prefix that asks a whole clause with no auxiliary to move: "Will it turn out that …?".
    static let guessPrefix = "Will it turn out that"

    /// The outcome clause as a question followed by its condition: "we will see liberals on the
    /// court" + "if Trump becomes president" → "Will we see liberals on the court if Trump
    /// becomes president?"; quoted words are asked without their marks ("would be a “failure”").
    /// Nil when the outcome asks nothing on its own: it opens a relative or time clause ("which X
    /// has said will …", "when the Senate reconvenes"), follows a colon, has no auxiliary or verb
    /// to front, or is a speaker's talk cut mid-clause ("yeah, I'd reinstate it"). The condition
    /// alone is never asked: it is not the issue ("if Congress did not pass" is no "Did Congress
    /// not pass?").
    func question(from outcome: Range<Int>, condition: Range<Int>) -> String? {
        guard let first = outcome.first.map({ layer.tokens[$0].lower }) else { return nil }
        // "that could undermine the rationale": "that" before an auxiliary is the subject
        let demonstrative = first == "that" && outcome.count > 1 && ClauseParts.auxiliaries.contains(layer.tokens[outcome.lowerBound + 1])
        if ["which", "who", "that", "what", "when", "where", "while"].contains(first) && !demonstrative
            || outcome.contains(where: { layer.tokens[$0].isMark(":") }) {
            return nil
        }
        guard let asked = question(from: outcome, fallbackPrefix: nil, presentAsFuture: true, unquoted: true),
              !hasSpeakerAfterSubject(asked),
              let condition = conditionPhrase(condition) else { return nil }
        return String(asked.dropLast()) + " " + condition + "?"
    }

    /// Whether a first or second person pronoun follows other words after the fronted auxiliary
    /// ("Will Y and Z, I support …?", "Would yeah, I reinstate …?"): a speaker's talk cut
    /// mid-clause, not a subject ("Will I fight for you if elected?" reads whole).
    private func hasSpeakerAfterSubject(_ asked: String) -> Bool {
        let words = asked.split(separator: " ").map { $0.lowercased() }
        return words.count > 2 && !Self.speakerPronouns.contains(words[1]) && Self.speakerPronouns.contains(words[2])
    }

    private static let speakerPronouns: Set<String> = ["i", "we", "you"]

    /// The condition as a phrase to end a question ("if the bill fails", "if elected"), nil
    /// when it is no whole clause.
    func conditionPhrase(_ condition: Range<Int>) -> String? {
        var words = condition.map { layer.tokens[$0] }
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        words = QuestionTrimmer().trimmed(words, verb: nil).words
        guard let first = words.first, words.count > 1 else { return nil }
        let clause = Array(words.dropFirst())
        let participle = clause[0].lower.hasSuffix("ed") && !QuestionShape.endsDangling(clause)
        guard participle || QuestionShape.isWholeClause(clause) else { return nil }
        if first.isCapitalized { words[0] = Token(range: first.range, kind: first.kind, text: first.lower) }
        return join(words)
    }

    /// "Will it be decided whether to punish any staff members?" for a choice with no subject
    /// ("whether to …", "whether or not to …"); nil when it is cut short.
    func decision(_ clause: Range<Int>) -> String? {
        var words = clause.map { layer.tokens[$0] }
        dropReportsAndAsides(&words)
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        guard words.count > 2, !QuestionShape.endsDangling(words) else { return nil }
        words[0] = Token(range: words[0].range, kind: words[0].kind, text: "whether")
        return "Will it be decided " + join(words) + "?"
    }

    /// What a source kept back, asked: "who he plans to vote for" → "Will it be made known who
    /// he plans to vote for?"; "the aide" + "specify" + "the nature of the talks" → "Will the aide
    /// specify the nature of the talks?"; nil when neither reads whole. `base` is the verb's base
    /// form when the text has another ("isn't detailing" → "detail").
    func withheld(subject: Range<Int>, verb: Int, base: String? = nil, rest: Range<Int>) -> String? {
        var words = rest.map { layer.tokens[$0] }
        dropAttribution(&words)
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        guard let first = words.first, !QuestionShape.endsDangling(words) else { return nil }
        if QuestionShape.whWords.contains(first) || ["whether", "if"].contains(first.lower) {
            // "would not say if he was interviewed" → "… whether he was interviewed"
            if first.lower == "if" { words[0] = Token(range: first.range, kind: first.kind, text: "whether") }
            return "Will it be made known " + join(words) + "?"
        }
        guard let doer = doer(subject) else { return nil }
        return "Will " + doer + " " + (base ?? layer.tokens[verb].lower) + " " + join(words) + "?"
    }

    /// What raised questions are about, asked: a wh-clause as what is to be made known ("how much
    /// advice he gave" → "Will it be made known how much advice he gave?"), a thing as the
    /// questions' answer ("his ties to the bank" → "Will the questions about his ties to the bank
    /// be answered?"); nil when the topic is cut short.
    func raisedQuestion(topic: Range<Int>) -> String? {
        var words = topic.map { layer.tokens[$0] }
        dropAttribution(&words)
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        guard let first = words.first, !QuestionShape.endsDangling(words) else { return nil }
        if QuestionShape.whWords.contains(first) || first.lower == "whether" {
            return "Will it be made known " + join(words) + "?"
        }
        return "Will the questions about " + join(words) + " be answered?"
    }

    /// An answer awaited from the party `subject` ("The Cruz campaign did not immediately respond")
    /// → "How will the Cruz campaign respond?"; nil when `subject` is no subject.
    func awaitedResponse(subject: Range<Int>) -> String? {
        doer(subject).map { "How will " + $0 + " respond?" }
    }

    /// The subject `subject` without lead-in words, lowered as a question's subject; nil when it
    /// is no subject.
    private func doer(_ subject: Range<Int>) -> String? {
        var doer = subject.map { layer.tokens[$0] }
        while let lead = doer.first, lead.kind == .punctuation || Self.leadIns.contains(lead.lower) { doer.removeFirst() }
        return QuestionShape.isSubject(doer[...]) ? lowered(doer) : nil
    }

    /// A literal question from the text, on one line, without closing quotation marks.
    func literal(_ tokens: Range<Int>) -> String {
        var words = tokens.map { layer.tokens[$0] }
        while let last = words.last, last.kind == .punctuation, !last.isMark("?") { words.removeLast() }
        return join(words)
    }

    /// "Is it true that …?" for a contested claim.
    func claimQuestion(from tokens: Range<Int>) -> String? {
        var words = tokens.map { layer.tokens[$0] }
        while let first = words.first, first.kind == .punctuation || Self.leadIns.contains(first) { words.removeFirst() }
        dropAttribution(&words)
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        words = QuestionTrimmer().trimmed(words, verb: nil).words
        guard QuestionShape.isWholeClause(words) else { return nil }
        return "Is it true that " + lowered(words) + "?"
    }

    /// "Are the accusations true? Trump denied them through a spokeswoman.": the denied claim
    /// `claim`, asked about, then the denial in `clause` with the claim as a pronoun; `head` is
    /// the claim's noun when words follow it ("the story about Clinton's emails").
    func denialQuestion(claim: Range<Int>, head: Int? = nil, clause: Range<Int>) -> String {
        let head = layer.tokens[head ?? claim.upperBound - 1].lower
        let plural = head.hasSuffix("s") && !head.hasSuffix("ss")
        var words = clause.map { layer.tokens[$0] }
        while let first = words.first, first.kind == .punctuation || Self.leadIns.contains(first.lower) { words.removeFirst() }
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        let before = words.filter { $0.range.upperBound <= layer.tokens[claim.lowerBound].range.lowerBound }
        let after = words.filter { $0.range.lowerBound >= layer.tokens[claim.upperBound - 1].range.upperBound }
        let asked = (plural ? "Are " : "Is ") + lowered(claim.map { layer.tokens[$0] }) + " true?"
        // "…, has rejected the label", "where she brushed off the findings": with no side named, the
        // denial would read as a fragment
        guard let denier = before.first, QuestionShape.isSubject(before[..<1]), !Self.clauseOpeners.contains(denier.lower),
              !(denier.lower.hasSuffix("ly") && !denier.isCapitalized) else {
            return asked
        }
        let pronoun = plural ? "them" : "it"
        var denial: String
        // "brushed off the findings" → "brushed them off"
        if let particle = before.last, ["off", "aside"].contains(particle.lower) {
            denial = join(before.dropLast()) + " " + pronoun + " " + particle.text
        } else {
            denial = join(before) + " " + pronoun
        }
        denial += after.isEmpty ? "" : " " + join(after)
        denial = denial.prefix(1).uppercased() + denial.dropFirst()
        return asked + " " + denial + "."
    }

    /// Words that open a subordinate clause, not a side's name.
    private static let clauseOpeners: Set<String> = ["where", "when", "which", "who", "whom", "that", "while", "as"]

    private func isName(_ token: Token) -> Bool {
        token.text == "I" || !SentenceStarters.words.contains(token)
    }

    /// The words with the article's own spacing, on one line; words cut out between others
    /// (an aside) leave one space.
    func join(_ words: [Token]) -> String {
        guard let first = words.first else { return "" }
        var text = first.text
        for (previous, word) in zip(words, words.dropFirst()) {
            let gap = layer.string(previous.range.upperBound..<max(previous.range.upperBound, word.range.lowerBound))
            text += (gap.allSatisfy(\.isWhitespace) ? gap : " ") + layer.string(word.range)
        }
        // most phrases hold no line break: kept as they are, not split into characters and joined again
        guard text.containsByte(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}

