/// Information the text says a party keeps back, in the writer's own words: "Trump isn't saying
/// what other techniques he would support", "The report did not provide specific evidence that
/// China was behind the hack", "It did not give an explanation", "Thiel did not reveal exactly
/// what he would say", "investigators were unable to determine which files were taken", "Trump
/// has declined to release his tax returns". What is kept back stays open (`uncertain`). A
/// request left unanswered at press time ("The Cruz campaign did not immediately respond to a
/// request for comment") awaits the party's answer (`pending`).
///
/// Not a refusal to comment ("declined to comment" tells nothing about what is asked), nor
/// words inside a quotation (a speaker's own "I wouldn't say that"), nor an answer the party
/// never owed ("did not return a message" without "immediately": no answer is awaited), nor a
/// withholding a speaker claims in an aside ("did not provide evidence, Trump said, that …").
struct WithheldInformation {
    let layer: TextLayer
    let lexicons: Lexicons

    struct Cue {
        /// The first word of the withholding: the auxiliary, the negative contraction or "declined".
        var start: Int
        /// The verb of telling and its base form ("saying" → "say").
        var verb: Int
        var base: String
        /// Who keeps it back ("The NRA", "Trump").
        var subject: Range<Int>
        /// Whether the cue awaits a response rather than withholding information.
        var awaitsResponse: Bool
    }

    /// Verbs of telling or handing over information, by form, with their base.
    private static let tellingForms: WordMap<String> = {
        let forms: [(String, [String])] = [
            ("give", ["gave", "given", "giving", "gives"]), ("offer", ["offered", "offering", "offers"]),
            ("provide", ["provided", "providing", "provides"]), ("reveal", ["revealed", "revealing", "reveals"]),
            ("release", ["released", "releasing", "releases"]), ("detail", ["detailed", "detailing", "details"]),
            ("explain", ["explained", "explaining", "explains"]), ("disclose", ["disclosed", "disclosing", "discloses"]),
            ("determine", ["determined", "determining"]), ("answer", ["answered", "answering"]),
            ("specify", ["specified", "specifying"]), ("elaborate", ["elaborated", "elaborating"]),
            ("indicate", ["indicated", "indicating"]), ("identify", ["identified", "identifying"]),
            ("say", ["said", "saying", "says"]), ("respond", ["responded", "responding"]), ("return", ["returned", "returning"]),
        ]
        var table: [String: String] = [:]
        for (base, others) in forms {
            table[base] = base
            for form in others { table[form] = base }
        }
        return WordMap(table)
    }()

    /// Verbs that answer a request: withheld only when "immediately" marks the answer as awaited.
    private static let responseVerbs: Set<String> = ["respond", "return"]

    /// Verbs that hand over things as well as information ("give up", "offer workers leave", "release
    /// prisoners"): withheld only with a word for information after them ("did not give an
    /// explanation", "declined to release the names").
    private static let handingVerbs: Set<String> = ["give", "offer", "provide", "release"]
    private static let informationNouns: WordSet = ["explanation", "explanations", "details", "detail", "specifics", "evidence",
                                                    "information", "figure", "figures", "names", "name", "list", "documentation",
                                                    "example", "examples", "price", "amount", "terms", "answer", "answers",
                                                    "reason", "reasons", "timeline", "data", "records", "returns", "numbers",
                                                    "estimate", "estimates", "description", "descriptions", "comment", "proof"]
    /// Verbs that tell a withholding only before a wh-word ("isn't saying what …", "hasn't
    /// indicated whether …"; not "hasn't said that …", "hasn't indicated any interest").
    private static let askingVerbs: Set<String> = ["say", "indicate"]
    /// Words a withheld "say" must ask ("isn't saying what …", "hasn't said whether …").
    private static let askedWords: WordSet = ["who", "what", "when", "where", "why", "how", "which", "whether", "if", "whom"]

    /// Auxiliaries that a "not" makes a withholding ("did not", "has not", "would not"); "is not"
    /// only before a verb in "-ing" ("isn't saying"), since "was not disclosed" is a passive with no
    /// one named as keeping it back.
    private static let auxiliaries: WordSet = ["did", "does", "do", "has", "have", "had", "would", "could", "will"]
    /// Auxiliaries of ability, which withhold only what is awaited ("could not immediately provide
    /// an example"; not a past failure, "he could not answer questions on foreign policy").
    private static let abilityAuxiliaries: Set<String> = ["could"]
    private static let progressiveAuxiliaries: WordSet = ["is", "are"]
    /// Words after an auxiliary that negate it ("did not", "has never").
    private static let negations: WordSet = ["not", "never"]
    private static let contractions: WordMap<String> = {
        var table: [String: String] = [:]
        for (word, auxiliary) in [("didn't", "did"), ("doesn't", "does"), ("don't", "do"), ("hasn't", "has"), ("haven't", "have"),
                                  ("hadn't", "had"), ("wouldn't", "would"), ("couldn't", "could"), ("won't", "will"),
                                  ("isn't", "is"), ("aren't", "are")] {
            table[word] = auxiliary
            table[word.replacingOccurrences(of: "'", with: "\u{2019}")] = auxiliary
        }
        return WordMap(table)
    }()
    /// Words that withhold before "to" ("declined to say", "unable to determine").
    private static let refusals: WordSet = ["declined", "declines", "refused", "refuses", "unable"]
    /// Adverbs that may stand between the withholding and its verb ("did not immediately respond").
    private static let between: WordSet = ["immediately", "yet", "publicly", "fully", "exactly", "specifically"]
    /// Words between the subject and the withholding ("Trump has so far declined", "investigators were unable").
    private static let subjectGap: WordSet = ["has", "have", "had", "so", "far", "still", "also", "thus", "again", "now",
                                              "was", "were", "is", "are"]
    /// Words that make the withholding part of a subordinate or relative clause, background to
    /// something else ("a vulnerability she did not reveal", "after he refused to say", "because
    /// the legislature had not given …").
    private static let subordinators: WordSet = ["that", "which", "who", "whom", "whose", "because", "after", "before", "when",
                                                 "while", "if", "although", "though", "since", "as", "by", "until", "unless",
                                                 "where", "why", "how", "what"]
    /// Marks that end the clause before a subject (not the apostrophe of "Sanders’ campaign").
    private static let clauseMarks: Set<String> = [",", ";", ":", "(", ")", "-", "\u{2013}", "\u{2014}", "\"", "\u{201C}", "\u{201D}"]
    private static let firstPerson: WordSet = ["i", "we", "me", "us"]
    /// Longest subject, in tokens.
    private static let maxSubject = 8

    /// The withholding that starts at token `k`, or nil.
    func cue(at k: Int, in sentence: Sentence) -> Cue? {
        let end = sentence.tokens.upperBound
        // this runs at every token: the word is looked up by its id, in place, before the
        // quotation search and before the token is copied
        var i: Int
        let auxiliary: String?
        if let contracted = Self.contractions[layer.tokens[k]] {
            auxiliary = contracted
            i = k + 1
        } else if Self.auxiliaries.contains(layer.tokens[k]) || Self.progressiveAuxiliaries.contains(layer.tokens[k]), k + 1 < end,
                  Self.negations.contains(layer.tokens[k + 1]) {
            auxiliary = layer.tokens[k].lower
            i = k + 2
        } else if Self.refusals.contains(layer.tokens[k]), k + 1 < end, layer.tokens[k + 1].lower == "to" {
            auxiliary = nil
            i = k + 2
        } else {
            return nil
        }
        guard layer.quotation(containing: layer.tokens[k].range.lowerBound) == nil else { return nil }
        var immediately = false
        while i < end, Self.between.contains(layer.tokens[i]) {
            immediately = immediately || layer.tokens[i].lower == "immediately"
            i += 1
        }
        // a response verb may end a cut-off line ("Trump did not immediately respond")
        guard i < end, let base = Self.tellingForms[layer.tokens[i]], i + 1 < end || Self.responseVerbs.contains(base) else { return nil }
        if let auxiliary, Self.progressiveAuxiliaries.contains(auxiliary), !layer.tokens[i].lower.hasSuffix("ing") { return nil }
        if let auxiliary, Self.abilityAuxiliaries.contains(auxiliary), !immediately { return nil }
        let awaitsResponse = Self.responseVerbs.contains(base)
        guard !awaitsResponse || immediately, hasAskedObject(verb: i, base: base, in: sentence),
              !hasAttributionAside(after: i, in: sentence), let subject = subject(before: k, in: sentence) else { return nil }
        return Cue(start: k, verb: i, base: base, subject: subject, awaitsResponse: awaitsResponse)
    }

    /// Where what the verb at `verb` withholds starts, after "yet" or "exactly" ("not saying yet
    /// what …", "did not reveal exactly what …").
    func objectStart(verb: Int, in sentence: Sentence) -> Int {
        var next = verb + 1
        while next < sentence.tokens.upperBound, Self.between.contains(layer.tokens[next]) { next += 1 }
        return next
    }

    /// Whether what follows the verb at `verb` is asked: a wh-word after "say" ("isn't saying
    /// what …"), a word for information within five words after a verb of handing over, any word
    /// after the others (not a bare "did not elaborate"); a request for a response verb.
    private func hasAskedObject(verb: Int, base: String, in sentence: Sentence) -> Bool {
        let next = objectStart(verb: verb, in: sentence)
        if Self.responseVerbs.contains(base) { return answersRequest(base: base, objectStart: next, in: sentence) }
        guard next < sentence.tokens.upperBound, layer.tokens[next].kind == .word else { return false }
        if Self.askingVerbs.contains(base) { return Self.askedWords.contains(layer.tokens[next]) }
        guard Self.handingVerbs.contains(base) else { return true }
        return (next..<min(next + 5, sentence.tokens.upperBound)).contains { Self.informationNouns.contains(layer.tokens[$0]) }
    }

    /// Whether a response verb answers a request: "return" a request or message within four words
    /// ("did not immediately return a call seeking comment"; not "return to Washington"),
    /// "respond" to one or to "comment" ("respond Wednesday to a reporter's request for comment";
    /// not "respond to the protesters"), or with no object at all, ending the clause ("did not
    /// immediately respond.", "… respond, and …").
    private func answersRequest(base: String, objectStart next: Int, in sentence: Sentence) -> Bool {
        let end = sentence.tokens.upperBound
        var first = next
        if base == "respond" {
            if next >= end || layer.tokens[next].kind == .punctuation { return true }
            guard let to = (next..<min(next + 3, end)).first(where: { layer.tokens[$0].lower == "to" }) else { return false }
            first = to + 1
        }
        return (first..<min(first + 4, end)).contains { Self.requestNouns.contains(layer.tokens[$0]) }
    }

    /// Words for a request or a message a response answers.
    private static let requestNouns: WordSet = ["call", "calls", "message", "messages", "email", "emails", "e-mail", "e-mails",
                                                "request", "requests", "inquiry", "inquiries", "query", "queries", "questions",
                                                "phone", "comment"]

    /// Whether an attribution aside follows the verb at `verb` (", Donald Trump said, that …", ",
    /// he said,"): a name or a pronoun and a verb of saying between commas; the withholding is
    /// then the speaker's claim, not the writer's (not ", say," that brings an example).
    private func hasAttributionAside(after verb: Int, in sentence: Sentence) -> Bool {
        let end = sentence.tokens.upperBound
        guard let open = ((verb + 1)..<end).first(where: { layer.tokens[$0].isMark(",") }),
              let close = ((open + 1)..<min(open + 8, end)).first(where: { layer.tokens[$0].isMark(",") }),
              close > open + 2, lexicons.speechVerbs[layer.tokens[close - 1]] != nil else { return false }
        let speaker = layer.tokens[open + 1]
        return speaker.isCapitalized || PositionExtractor.subjectPronouns.contains(speaker)
    }

    /// The subject of the withholding at `k`: back over auxiliaries and adverbs ("Trump has so far
    /// declined" → "Trump"), then to the sentence start, a mark, "and"/"but" or a verb of saying
    /// ("the memo said investigators were unable" → "investigators"). Nil when a subordinator
    /// opens the clause, when no subject is written ("…, but would not offer details"), when it
    /// is long, in the first person, or ends on a pronoun of a relative clause.
    private func subject(before k: Int, in sentence: Sentence) -> Range<Int>? {
        var end = k
        while end > sentence.tokens.lowerBound, Self.subjectGap.contains(layer.tokens[end - 1]) { end -= 1 }
        var start = end
        while start > sentence.tokens.lowerBound {
            let previous = layer.tokens[start - 1]
            if Self.subordinators.contains(previous) { return nil }
            if previous.kind == .punctuation && Self.clauseMarks.contains(previous.text) || previous.lower == "but"
                || previous.lower == "and" && !joinsNames(at: start - 1) || lexicons.speechVerbs[previous] != nil { break }
            start -= 1
        }
        // "a weakness she did not reveal": a pronoun after the subject's first word opens a relative clause
        guard start < end, end - start <= Self.maxSubject, !(start..<end).contains(where: { Self.firstPerson.contains(layer.tokens[$0]) }),
              !((start + 1)..<end).contains(where: { PositionExtractor.subjectPronouns.contains(layer.tokens[$0]) })
        else { return nil }
        return start..<end
    }

    /// Whether the "and" at `k` joins two names in one subject ("Singer and Faso").
    private func joinsNames(at k: Int) -> Bool {
        k + 1 < layer.tokens.count && k > 0 && layer.tokens[k - 1].isCapitalized && layer.tokens[k + 1].isCapitalized
    }
}
