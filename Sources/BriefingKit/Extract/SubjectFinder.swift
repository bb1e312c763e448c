/// Finds the subject next to a verb: the actor mention, group, pronoun or relative "who"
/// directly before it (across an apposition: "John Healey, the defence secretary, said"),
/// or after it in an inverted clause ("said one", "said Smith"). Pronouns resolve to the
/// nearest fitting actor before them within the same or the previous paragraph.
struct SubjectFinder {
    let layer: TextLayer
    let lexicons: Lexicons
    var registry: ActorRegistry
    /// Contents of positions found so far, with their speakers.
    private var reportedContents: [(range: Range<Int>, entry: Int)] = []
    /// Contents of positions whose speaker is an organization the text describes but does not
    /// name ("The company said it would …"): their "it" is that organization, not one named earlier.
    private var unnamedOrganizationContents: [Range<Int>] = []

    init(layer: TextLayer, lexicons: Lexicons, registry: ActorRegistry) {
        self.layer = layer
        self.lexicons = lexicons
        self.registry = registry
    }

    /// The "(" of a short parenthetical that token `i` closes, with a word before it
    /// ("Isakson (R-Ga.)"); nil when `i` is no ")".
    private func openingParenthesis(closedAt i: Int, in sentence: Sentence) -> Int? {
        guard i > sentence.tokens.lowerBound, layer.tokens[i].isMark(")"),
              let open = (max(sentence.tokens.lowerBound, i - 8)..<i).last(where: { layer.tokens[$0].isMark("(") }),
              open > sentence.tokens.lowerBound else { return nil }
        return open
    }

    /// Connectives set off by commas between a subject and its verb ("Others, however, say").
    static let connectives: WordSet = ["however", "though", "too", "meanwhile", "instead", "likewise", "nonetheless",
                                           "nevertheless", "moreover", "also"]

    /// Words that may stand between a subject and its verb ("he also said", "has long argued").
    static let adverbs: WordSet = ["also", "has", "have", "had", "was", "were", "is", "are", "previously", "later",
                                       "then", "again", "repeatedly", "long", "once", "now", "still", "already",
                                       "publicly", "privately", "reportedly", "recently", "earlier", "initially",
                                       "ultimately", "never", "always", "just", "further", "flatly", "did", "does", "do",
                                       "even", "soon", "twice", "often", "sometimes"]

    private static let continuingVerbs: WordSet = ["continued", "continues", "proceeded", "proceeds"]
    private static let goingVerbs: WordSet = ["went", "goes", "go"]

    /// The subject ending before token `index`, within `sentence`.
    mutating func subject(before index: Int, in sentence: Sentence) -> Subject? {
        var i = index - 1
        while i >= sentence.tokens.lowerBound, Self.adverbs.contains(layer.tokens[i]) || Self.isMannerAdverb(layer.tokens[i]) { i -= 1 }
        // "Bryne went on to say", "she continued to insist": the verb that carries the speech on
        // (the cue's own "to" may already be stepped over: `index` is then at it)
        var j = i
        if j > sentence.tokens.lowerBound, layer.tokens[j].lower == "to" { j -= 1 }
        if j < i || index < sentence.tokens.upperBound && layer.tokens[index].lower == "to", j > sentence.tokens.lowerBound {
            if Self.continuingVerbs.contains(layer.tokens[j]) {
                i = j - 1
            } else if layer.tokens[j].lower == "on", Self.goingVerbs.contains(layer.tokens[j - 1]) {
                i = j - 2
            }
            while i >= sentence.tokens.lowerBound, Self.adverbs.contains(layer.tokens[i]) { i -= 1 }
        }
        // "Sen. Chuck Grassley (R-Iowa) told": over a party and state after the name
        if let open = openingParenthesis(closedAt: i, in: sentence),
           let m = registry.mention(endingAt: layer.tokens[open - 1].range.upperBound) {
            return withTitle(Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<(i + 1)),
                             in: sentence)
        }
        // "Others, however, say": over a connective set off by commas
        if i - 2 >= sentence.tokens.lowerBound, layer.tokens[i].isMark(","), Self.connectives.contains(layer.tokens[i - 1]),
           layer.tokens[i - 2].isMark(",") {
            i -= 3
        }
        guard i >= sentence.tokens.lowerBound else { return nil }
        let token = layer.tokens[i]
        if let m = registry.mention(endingAt: token.range.upperBound), m.range.lowerBound >= sentence.range.lowerBound {
            // "a woman in Dayton told", "Republicans in Congress said": the phrase before the place
            // or institution (but "an email from Neera Tanden said" is hers)
            let first = layer.tokenIndex(atOrAfter: m.range.lowerBound)
            if let phrase = enclosingPhrase(ofObjectFrom: first, to: i, verb: index, in: sentence) { return phrase }
            if first - 1 > sentence.tokens.lowerBound, Self.placePrepositions.contains(layer.tokens[first - 1]),
               registry.entries[m.entry].kind != .person {
                return subject(before: first - 1, in: sentence)
            }
            return withTitle(Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<(i + 1)),
                             in: sentence)
        }
        if token.isMark(",") { return appositionSubject(closingComma: i, in: sentence) ?? namedApposition(closingComma: i, in: sentence) }
        if let quantity = quantitySubject(endingAt: i, in: sentence) { return quantity }
        if token.lower == "who", i > sentence.tokens.lowerBound, layer.tokens[i - 1].isMark(",") {
            return appositionSubject(closingComma: i - 1, in: sentence)
        }
        // "a man who said …", "Ann Lee who said …": the noun the relative clause hangs on
        if token.lower == "who", i > sentence.tokens.lowerBound {
            if let m = registry.mention(endingAt: layer.tokens[i - 1].range.upperBound), m.range.lowerBound >= sentence.range.lowerBound {
                return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<i)
            }
            // only a phrase that is plainly a noun phrase: "voters", "the groups", "many Democrats"
            guard let phrase = nounPhraseSubject(endingAt: i - 1, in: sentence) else { return nil }
            let first = layer.tokens[phrase.tokens.lowerBound]
            if phrase.tokens.count == 1 || Self.relativeHeads.contains(first) { return phrase }
            // "rebuked critics who say …": the head noun alone
            return Subject(mention: layer.tokens[i - 1].range, entry: phrase.entry, tokens: (i - 1)..<i)
        }
        if let pronoun = pronounSubject(i, in: sentence) { return pronoun }
        guard let phrase = nounPhraseSubject(endingAt: i, in: sentence) else { return nil }
        if let enclosing = enclosingPhrase(ofObjectFrom: phrase.tokens.lowerBound, to: i, verb: index, in: sentence),
           enclosing.tokens.lowerBound < phrase.tokens.lowerBound { return enclosing }
        // "Vell went on the record endorsing the act": a participle shares the verb's subject
        if index < layer.tokens.count, layer.tokens[index].lower.hasSuffix("ing"),
           let verb = verbBeforePrepositionalObject(phrase, in: sentence) {
            return subject(before: verb, in: sentence)
        }
        // "the UK and its partners": a coordinated subject is led by its named first part
        let and = phrase.tokens.lowerBound - 1
        if phrase.entry == nil, and > sentence.tokens.lowerBound, layer.tokens[and].lower == "and",
           let m = registry.mention(endingAt: layer.tokens[and - 1].range.upperBound) {
            return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<(i + 1))
        }
        return phrase
    }

    private static let placePrepositions: WordSet = ["in", "from", "at"]

    private static let relativeHeads: WordSet = ["the", "a", "an", "some", "many", "most", "several", "few", "those",
                                                     "these", "other", "two", "three"]

    /// The subject starting at token `index` (after an inverted verb: "said one official",
    /// "said Gov. Terry E. Branstad", "said Senate Minority Whip Dick Durbin").
    /// With `beforeItsVerb` (a subject opening its clause) the search stops at the clause's
    /// verb: "Lee appeared with ABC's Ann Marsh, saying" is Lee's.
    mutating func subject(after index: Int, in sentence: Sentence, beforeItsVerb: Bool = false) -> Subject? {
        guard index < sentence.tokens.upperBound else { return nil }
        let token = layer.tokens[index]
        var j = index
        var found: Subject?
        while j < sentence.tokens.upperBound, j - index < 7, layer.tokens[j].kind == .word {
            if beforeItsVerb, j > index, VerbBase.isPastForm(layer.tokens[j]) { break }
            if let m = registry.mention(startingAt: layer.tokens[j].range.lowerBound) {
                let after = layer.tokenIndex(atOrAfter: m.range.upperBound)
                found = Subject(mention: token.range.lowerBound..<m.range.upperBound, entry: m.entry, tokens: index..<after)
                // "said Trump's campaign manager Paul Manafort": a descriptor naming another
                // actor leads to the speaker's own name, when one follows
                guard after < sentence.tokens.upperBound, layer.tokens[after].kind == .word,
                      !Self.clauseWords.contains(layer.tokens[after]) else { break }
                j = max(after, j + 1)
                continue
            }
            // "said former secretary of state Hillary Clinton": "of" inside a title goes on
            if Self.clauseWords.contains(layer.tokens[j]), layer.tokens[j].lower != "of" || j == index { break }
            j += 1
        }
        // "said Rubio's deputy campaign manager, Rich Beeson": the name in the apposition
        if let possessive = found, layer.tokens[possessive.tokens.upperBound - 1].range.upperBound > possessive.mention.upperBound,
           j + 1 < sentence.tokens.upperBound, layer.tokens[j].isMark(","),
           let m = registry.mention(startingAt: layer.tokens[j + 1].range.lowerBound) {
            return Subject(mention: m.range, entry: m.entry, tokens: (j + 1)..<layer.tokenIndex(atOrAfter: m.range.upperBound))
        }
        if let found { return found }
        if let pronoun = pronounSubject(index, in: sentence) { return pronoun }
        // "said one", "said another", "said one official"
        if ["one", "another"].contains(token.lower) {
            var end = index + 1
            if end < sentence.tokens.upperBound, lexicons.groupNouns.contains(layer.tokens[end]) { end += 1 }
            let group = registry.nearest(before: token.range.lowerBound, kinds: [.group], notBefore: 0)
            if let group { registry.addMention(token.range.lowerBound..<layer.tokens[end - 1].range.upperBound, to: group) }
            return Subject(mention: token.range.lowerBound..<layer.tokens[end - 1].range.upperBound, entry: group, tokens: index..<end)
        }
        return nil
    }

    /// Words that end a noun phrase's modifiers on their left.
    static let phraseBreakers: WordSet = ["whom", "what", "whose", "where", "is", "are", "was", "were", "also", "by",
                                          "with", "from", "if", "than", "then"]

    static let clauseWords: WordSet = ["that", "who", "which", "in", "on", "at", "to", "of", "for", "after", "before",
                                           "when", "while", "because", "as", "and", "but", "he", "she", "they", "it"]

    /// The first token of a title of one to three words ending right before token `j` ("Sen.",
    /// "Secretary of State"), or `j` when there is none.
    func titleStart(before j: Int, in sentence: Sentence) -> Int {
        (1...3).first { j - $0 >= sentence.tokens.lowerBound && isTitle((j - $0)..<j) }.map { j - $0 } ?? j
    }

    /// Whether the tokens in `range` are a title written before a name ("Gov.", "Secretary of State").
    func isTitle(_ range: Range<Int>) -> Bool {
        lexicons.titles[layer.tokens[range].map(\.lower).joined(separator: " ")] != nil
    }

    /// The subject widened over a title written before the name ("Mr. Lou", "Sen. Ted Cruz").
    private func withTitle(_ subject: Subject, in sentence: Sentence) -> Subject {
        let start = titleStart(before: subject.tokens.lowerBound, in: sentence)
        guard start < subject.tokens.lowerBound else { return subject }
        return Subject(mention: layer.tokens[start].range.lowerBound..<subject.mention.upperBound, entry: subject.entry,
                       tokens: start..<subject.tokens.upperBound)
    }

    /// "X, the Y, said" / "X, who said": the mention before the apposition's opening comma; never
    /// back across the close of a quoted utterance ("''We met in Canada,'' Lee said, adding" is
    /// not an apposition to "Canada"; a quoted term may stand in one: "Lee, the ''fixer'', said").
    private mutating func appositionSubject(closingComma: Int, in sentence: Sentence) -> Subject? {
        var j = closingComma - 1
        while j > sentence.tokens.lowerBound, closingComma - j <= 24 {
            if closesUtterance(j) { return nil }
            if layer.tokens[j].isMark(",") {
                // over a party and state after the name: "Johnny Isakson (R-Ga.),"
                let before = layer.tokens[openingParenthesis(closedAt: j - 1, in: sentence).map { $0 - 1 } ?? j - 1]
                if let m = registry.mention(endingAt: before.range.upperBound) {
                    return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<j)
                }
            }
            let t = layer.tokens[j]
            if t.kind == .punctuation, ![",", "-", ".", "(", ")", "\u{2019}", "'"].contains(t.text) { return nil }
            j -= 1
        }
        return nil
    }

    /// Whether token `j` closes a quotation of three words or more.
    func closesUtterance(_ j: Int) -> Bool {
        guard let quote = layer.quotation(containing: layer.tokens[j].range.lowerBound),
              quote.range.upperBound == layer.tokens[j].range.upperBound else { return false }
        let first = layer.tokenIndex(atOrAfter: quote.inner.lowerBound)
        return (first..<j).filter { layer.tokens[$0].kind == .word }.count >= 3
    }

    private static let personPronouns: WordSet = ["he", "she"]
    private static let pluralPronouns: WordSet = ["they", "we"]

    /// Whether `word` (lower case) is "he" or "she".
    static func isPersonPronoun(_ word: String) -> Bool { personPronouns.contains(word) }

    /// How many sentences back a sentence-opening "he" or "she" follows the subjects that open
    /// them ("Lee spoke. He left. He said …" reaches Lee two sentences back).
    static let continuityDepth = 3

    /// The pronoun at token `i` with the actor it refers to; `depth` bounds how many sentences
    /// back a sentence-opening "he" or "she" follows the subjects that open them. The pronoun
    /// is added to the mentions of the actor it refers to.
    mutating func pronounSubject(_ i: Int, in sentence: Sentence, depth: Int = continuityDepth) -> Subject? {
        let token = layer.tokens[i]
        let word = token.lower
        let kinds: Set<ActorKind>
        if Self.personPronouns.contains(word) { kinds = [.person] }
        else if Self.pluralPronouns.contains(word) { kinds = [.group, .organization, .country] }
        else if word == "it" {
            if unnamedOrganizationContents.contains(where: { $0.contains(token.range.lowerBound) }) {
                return Subject(mention: token.range, entry: nil, tokens: i..<(i + 1))
            }
            kinds = [.organization, .country]
        }
        else if word == "i" { kinds = [.person] }
        else if ["one", "another"].contains(word), i == sentence.tokens.lowerBound {
            let group = registry.nearest(before: token.range.lowerBound, kinds: [.group], notBefore: floor(for: sentence))
            if let group { registry.addMention(token.range, to: group) }
            return Subject(mention: token.range, entry: group, tokens: i..<(i + 1))
        } else { return nil }
        // "he" never refers to a person the text shows to be a woman, nor "she" to a man
        let pronounGender = Gender(pronoun: word)
        let lexicons = self.lexicons, text = layer.text
        let fits = { (entry: ActorRegistry.Entry) in
            pronounGender == nil || Self.gender(of: entry, lexicons: lexicons, text: text).map { $0 == pronounGender } ?? true
        }
        // "The Ohio governor thanked the mayor's volunteers. He said …": a pronoun opening its
        // sentence continues the subject that opened the one before (looked up only when the
        // enclosing content names no speaker)
        let continuesOpener = Self.personPronouns.contains(word) && opensSentenceAfterOpener(i, in: sentence)
        // a "he" or "she" in the narration is no one named only in another person's words, nor
        // anyone the quotation it attributes names (worked out once, not per mention walked)
        let inNarration = pronounGender != nil && innermostContent(holding: token.range.lowerBound) == nil
        let attributed = pronounGender == nil ? nil : quotationAttributed(by: i)
        // "Mr. Biden said …, given Mr. Trump's comments saying he would …": the possessor's
        let possessor = pronounGender == nil ? nil : possessorOfOwnReport(openedBy: i, in: sentence, where: fits)
        // a subject before an object of an earlier sentence ("Valls spoke out against Trump's
        // influence. … he warned"), in this sentence or the one before (further back, or in the
        // pronoun's own sentence, "… critical for Trump as he seeks", the object is likelier)
        let sentenceStart = layer.tokens[sentence.tokens.lowerBound].range.lowerBound
        let nearestSubject = { [self] () -> Int? in
            registry.nearest(before: token.range.lowerBound, kinds: kinds, notBefore: previousSentenceStart(of: sentence), where: fits) { entry, start in
                isMentionedInWordsOfAnother(entry, at: start, fitting: fits) || start < sentenceStart && isObjectMention(startingAt: start)
                    || attributed?.contains(start) == true
            }
        }
        let named: Int? = possessor ?? speakerOfEnclosingContent(token.range.lowerBound, kinds: kinds, where: fits)
            ?? (continuesOpener ? previousSentenceSubject(of: sentence, depth: depth).flatMap { fits(registry.entries[$0]) ? $0 : nil } : nil)
            // "If Clinton's wobbly on trade, she's Obama's equal …, and she vows …": a "he" or
            // "she" repeating one earlier in its sentence continues it past the names between
            ?? (pronounGender == nil ? nil : referentOfEarlierPronoun(before: i, in: sentence, depth: depth, where: fits))
            // a plural group first ("the GOP base, they say" is not the base speaking)
            ?? (kinds.contains(.group) ? registry.nearest(before: token.range.lowerBound, kinds: [.group], notBefore: floor(for: sentence),
                                                          where: { !$0.isCollective }) : nil)
        let outsideQuotation = layer.quotation(containing: token.range.lowerBound) == nil
        let entry: Int? = named ?? (inNarration && outsideQuotation ? nearestSubject() : nil)
            ?? registry.nearest(before: token.range.lowerBound, kinds: kinds, notBefore: floor(for: sentence), where: fits,
                                skipping: { entry, start in
                                    inNarration && self.isMentionedInWordsOfAnother(entry, at: start, fitting: fits)
                                        || attributed?.contains(start) == true
                                })
            // "Mr. Ackman wrote to investors. / Nonetheless, he sought … / “…,” he said": short
            // paragraphs without a name pass the pronoun on, to a person the text shows to be of its gender
            ?? (pronounGender == nil ? nil : registry.nearest(before: token.range.lowerBound, kinds: kinds,
                                                              notBefore: floor(for: sentence, paragraphsBack: 3)) { entry in
                Self.gender(of: entry, lexicons: lexicons, text: text, census: false) == pronounGender
            })
        // "Kasich … after a woman in Worcester told him she worries": an unnamed person of the
        // pronoun's gender named after the candidate is as likely meant; leave it unresolved
        if let found = entry, let pronounGender, isUnnamedPerson(of: pronounGender, after: found, before: i, in: sentence) {
            return Subject(mention: token.range, entry: nil, tokens: i..<(i + 1))
        }
        // '“He’ll appoint an attorney general …,” Christie added': in a speaker's own quoted words
        // "he" and "she" are someone else (the speaker says "I"); read on train articles, the
        // person meant was as often missed as found, so the pronoun stays unresolved
        if let found = entry, Self.personPronouns.contains(word), quotingSpeaker(of: token.range.lowerBound) == found {
            return Subject(mention: token.range, entry: nil, tokens: i..<(i + 1))
        }
        if let entry, word != "i" { registry.addMention(token.range, to: entry) }
        return Subject(mention: token.range, entry: word == "i" ? nil : entry, tokens: i..<(i + 1))
    }

    /// The actor of the nearest earlier same "he" or "she" in `sentence`, in the same quotation
    /// or outside quotation marks like the pronoun at `i`; nil when there is none, it stays
    /// unresolved, or a person the pronoun fits opens a new clause between them ("Tom Jones
    /// retired, but Ray Smith is still in the Senate and he vows …"). Sentences are bounded
    /// (`SentenceSplitter.maxTokens`), so chains stay short.
    private mutating func referentOfEarlierPronoun(before i: Int, in sentence: Sentence, depth: Int,
                                                   where fits: (ActorRegistry.Entry) -> Bool) -> Int? {
        let word = layer.tokens[i].lower
        let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound)?.range
        guard let k = (sentence.tokens.lowerBound..<i).last(where: { layer.tokens[$0].lower == word }),
              layer.quotation(containing: layer.tokens[k].range.lowerBound)?.range == quote,
              !((k + 1)..<i).contains(where: { opensClause(namingPersonAt: $0, in: sentence, where: fits) }) else { return nil }
        return pronounSubject(k, in: sentence, depth: depth)?.entry
    }

    /// Words before a name that open a new main clause with it as subject ("but Ray Smith is");
    /// a subordinate clause ("because Romney let him down") leaves the main subject in place.
    private static let clauseOpeners: WordSet = [",", ";", "but", "and", "or", "yet", "whereas"]

    /// Whether a mention of a person that `fits` starts at token `j` as the subject of a new
    /// clause: after a clause opener (over a title: "but Sen. Ray Smith"), before a lower-case
    /// word, and not possessive ("she's Obama's equal" names no new subject).
    private func opensClause(namingPersonAt j: Int, in sentence: Sentence, where fits: (ActorRegistry.Entry) -> Bool) -> Bool {
        guard layer.tokens[j].isCapitalized, let m = registry.mention(startingAt: layer.tokens[j].range.lowerBound),
              registry.entries[m.entry].kind == .person, fits(registry.entries[m.entry]) else { return false }
        let last = layer.tokenIndex(atOrAfter: m.range.upperBound) - 1
        guard last + 1 < sentence.tokens.upperBound, !layer.tokens[last].endsPossessive,
              case let next = layer.tokens[last + 1], next.kind == .word, !next.isCapitalized,
              // a verb after it ("Ray Smith is", "Ann Bell replaced"), not a list ("met Tom Jones
              // and Ann Bell in Toledo")
              ClauseParts.auxiliaries.contains(next) || VerbBase.isPastForm(next) || lexicons.speechVerbs[next.lower] != nil
                || lexicons.attitudeVerbs.contains(next) else { return false }
        let before = titleStart(before: j, in: sentence) - 1
        return before >= sentence.tokens.lowerBound && Self.clauseOpeners.contains(layer.tokens[before].lower)
    }

    /// Nouns by which people report their own words or intent: a "he" or "she" opening what they
    /// report is theirs ("Mr. Obama's statement that he opposed …"). A claim or an accusation is
    /// as often about someone else, so it is none of these.
    private static let ownReportNouns: WordSet = ["statement", "statements", "announcement", "announcements", "promise",
                                                  "promises", "pledge", "pledges", "vow", "vows", "assurance", "assurances",
                                                  "comment", "comments", "remarks", "insistence", "boast", "declaration"]

    /// Prepositions of a phrase between a verb of saying and its "that" ("said in response to").
    private static let reportPrepositions: WordSet = ["in", "to", "after", "about", "on", "with", "of", "for", "at", "from",
                                                      "following"]

    /// The person whose own report the pronoun at `i` opens, when the person fits it: "Mr.
    /// Trump's comments saying he …", "Trump's announcement Friday that he …". Not after a
    /// verb of saying whose clause has not begun yet, with no "that" or comma between ("Cole
    /// said in response to Bell's remarks that she …" is Cole's).
    private func possessorOfOwnReport(openedBy i: Int, in sentence: Sentence, where fits: (ActorRegistry.Entry) -> Bool) -> Int? {
        guard i - 3 >= sentence.tokens.lowerBound, ["that", "saying"].contains(layer.tokens[i - 1].lower) else { return nil }
        var noun = i - 2
        if CalendarWords.weekdays.contains(layer.tokens[noun]) { noun -= 1 }
        guard noun - 1 >= sentence.tokens.lowerBound, Self.ownReportNouns.contains(layer.tokens[noun]),
              layer.tokens[noun - 1].endsPossessive, let m = registry.mention(covering: layer.tokens[noun - 1].range.lowerBound),
              registry.entries[m.entry].kind == .person, fits(registry.entries[m.entry]) else { return nil }
        var afterPreposition = false
        for j in (sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, noun - 1)).reversed() {
            if ["that", ","].contains(layer.tokens[j].lower) { break }
            // a verb in the past ("said", "insisted"), not a participle or a noun ("… remark in
            // 2008 describing Mr. Obama's statement that he"), with a phrase between ("said in
            // response to"; "said Ray Smith's promise that he …" is Smith's promise)
            let word = layer.tokens[j].lower
            if lexicons.speechVerbs[word] != nil, VerbBase.isPastForm(layer.tokens[j]) {
                if afterPreposition { return nil }
                break
            }
            if Self.reportPrepositions.contains(layer.tokens[j]) { afterPreposition = true }
        }
        return m.entry
    }

    private static let womanNouns: WordSet = ["woman", "mother", "girl", "wife", "daughter", "sister", "grandmother", "lady"]
    private static let manNouns: WordSet = ["man", "father", "boy", "husband", "son", "brother", "grandfather", "gentleman"]

    private static let indefinites: WordSet = ["a", "an", "one", "another"]

    /// Whether an unnamed person of `gender` ("a woman", "one man"), outside quotation marks,
    /// stands in the sentence between the last mention of `entry` and token `index`.
    private func isUnnamedPerson(of gender: Gender, after entry: Int, before index: Int, in sentence: Sentence) -> Bool {
        guard index > sentence.tokens.lowerBound + 1 else { return false }
        let nouns = gender == .female ? Self.womanNouns : Self.manNouns
        let last = registry.entries[entry].mentions.lazy.map(\.upperBound).filter { $0 <= self.layer.tokens[index].range.lowerBound }.max() ?? 0
        return (sentence.tokens.lowerBound + 1..<index).contains { k in
            layer.tokens[k].range.lowerBound >= last && nouns.contains(layer.tokens[k])
                && Self.indefinites.contains(layer.tokens[k - 1])
                && layer.quotation(containing: layer.tokens[k].range.lowerBound) == nil
        }
    }

    /// A pronoun inside reported speech most often is its speaker: "Zelenskyy said he expected …".
    private func speakerOfEnclosingContent(_ offset: Int, kinds: Set<ActorKind>,
                                           where fits: (ActorRegistry.Entry) -> Bool) -> Int? {
        for context in reportedContents.reversed() where context.range.contains(offset) {
            let entry = registry.entries[context.entry]
            if kinds.contains(entry.kind), fits(entry) { return context.entry }
        }
        return nil
    }

    /// The speaker of the innermost position content holding `offset` when `offset` lies in a
    /// quotation that the content itself opens, so in the speaker's own words; nil for a report
    /// nested inside someone else's quotation ('“Carl Icahn has assured me he's …”').
    private func quotingSpeaker(of offset: Int) -> Int? {
        guard let quote = layer.quotation(containing: offset), let context = innermostContent(holding: offset),
              quote.inner.lowerBound >= context.range.lowerBound else { return nil }
        return context.entry
    }

    /// The gender the text gives a person: by their first name, a title before one of their
    /// first mentions ("Mrs. Clinton") or their role ("the chairwoman"); nil when it gives none.
    /// `census`: a first name the census alone knows counts too (enough to rule a person out;
    /// the short lexicon's names and titles are what makes a person the likely referent).
    static func gender(of entry: ActorRegistry.Entry, lexicons: Lexicons, text: ScalarText, census: Bool = true) -> Gender? {
        guard entry.kind == .person else { return nil }
        let first = NameWords.firstWord(entry.name).map { $0.lowercased() } ?? ""
        var words = [first]
        words += NameWords.split((entry.role ?? "").lowercased())
        // the first mentions carry the title when there is one ("Mrs. Clinton"); looking no
        // further keeps this constant per actor whatever the article's length
        words += entry.mentions.prefix(3).compactMap { NameWords.firstWord(text.string($0))?.lowercased() }
        if let known = words.lazy.compactMap({ lexicons.genderedWords[$0] }).first { return known }
        // a census first name, only as the first of several words ("Chris Christie" is no woman)
        return census && entry.name.containsMark(" ") ? lexicons.firstNameGenders[first] : nil
    }

    /// Whether the mention of `entry` starting at `start` lies in what another person (not an
    /// organization) said or believes, who fits the pronoun too: "He added that … President Obama
    /// was the ''founder'' … ¶ ''This guy's shame has no limits,'' he said." is the speaker's
    /// "he", not Obama's (asked only for a pronoun in the narration, outside anyone's words).
    private func isMentionedInWordsOfAnother(_ entry: Int, at start: Int, fitting fits: (ActorRegistry.Entry) -> Bool) -> Bool {
        guard let context = innermostContent(holding: start), context.entry != entry,
              case let speaker = registry.entries[context.entry], speaker.kind == .person else { return false }
        // a police department's statement naming a suspect: the department is no "he"
        return fits(speaker)
    }

    /// The range of the quotation that the pronoun at token `pronoun`, outside quotation marks,
    /// attributes right after it ("“I had Joni and Shelley Moore Capito up …,” she said"):
    /// speakers name the people they talk about, the pronoun is the speaker, not one of them.
    private func quotationAttributed(by pronoun: Int) -> Range<Int>? {
        guard layer.quotation(containing: layer.tokens[pronoun].range.lowerBound) == nil else { return nil }
        var k = pronoun - 1
        while k >= 0, layer.tokens[k].kind == .punctuation, layer.quotation(containing: layer.tokens[k].range.lowerBound) == nil { k -= 1 }
        guard k >= 0, let quote = layer.quotation(containing: layer.tokens[k].range.lowerBound) else { return nil }
        return quote.range
    }

    /// The resolved speaker of the innermost position content holding `offset`, if any.
    func speaker(ofContentAt offset: Int) -> Int? {
        innermostContent(holding: offset)?.entry
    }

    /// The innermost recorded position content holding `offset`, with its speaker.
    private func innermostContent(holding offset: Int) -> (range: Range<Int>, entry: Int)? {
        reportedContents.last { $0.range.contains(offset) }
    }

    /// The organization a person speaks for, when the text gives it as the affiliation
    /// ("Josh Earnest, the White House press secretary": "we" is the White House).
    /// Without one, the organization named right before a description written before the
    /// person's first mention ("Acme Action chief strategist Ann Vell"); only the first, where
    /// the text introduces the person, so that a "we" costs the same however often the person
    /// is named.
    func organization(of entry: Int) -> Int? {
        if let affiliation = registry.entries[entry].affiliation,
           let found = registry.entries.firstIndex(where: { $0.name == affiliation && $0.kind != .person }) { return found }
        return registry.entries[entry].mentions.first.flatMap(organizationDescribing)
    }

    /// The organization whose name ends right before the lower-case description ending in a
    /// role noun that stands before `mention`.
    private func organizationDescribing(_ mention: Range<Int>) -> Int? {
        let end = layer.tokenIndex(atOrAfter: mention.lowerBound)
        guard let start = roleDescriptionStart(endingBefore: end), let m = registry.mention(endingAt: layer.tokens[start - 1].range.upperBound),
              registry.entries[m.entry].kind == .organization else { return nil }
        return m.entry
    }

    /// The first token of a lower-case description of at most four words that ends in a role
    /// noun right before token `end` ("chief strategist"), over none of `stops`; nil when there
    /// is none or nothing in its sentence stands before it.
    func roleDescriptionStart(endingBefore end: Int, stops: Set<String> = []) -> Int? {
        let floor = sentenceStart(ofToken: end)
        guard end > floor, Self.isHeadNoun(layer.tokens[end - 1].lower) else { return nil }
        var start = end - 1
        while start > floor, end - start < 4, layer.tokens[start - 1].kind == .word, !layer.tokens[start - 1].isCapitalized,
              !stops.contains(layer.tokens[start - 1].lower) { start -= 1 }
        return start > floor ? start : nil
    }

    /// The first token of the sentence holding token `i`: a description before a name is no
    /// longer than the sentence ("Council news" above "Senator Ann Bell" describes no one).
    func sentenceStart(ofToken i: Int) -> Int {
        layer.sentenceIndex(ofToken: i).map { layer.sentences[$0].tokens.lowerBound } ?? 0
    }

    /// Records the content of a position and its speaker, for pronouns inside it.
    mutating func noteReportedContent(_ range: Range<Int>, speaker subject: Subject?) {
        guard let subject else { return }
        if let entry = subject.entry {
            reportedContents.append((range, entry))
        } else if subject.tokens.count > 1, Self.isOrganizationHead(layer.tokens[subject.tokens.upperBound - 1].lower) {
            unnamedOrganizationContents.append(range)
        }
    }

    /// Where the sentence before `sentence` starts (its own start when it is the first).
    private func previousSentenceStart(of sentence: Sentence) -> Int {
        guard let index = layer.sentenceIndex(ofToken: sentence.tokens.lowerBound), index > 0 else {
            return layer.tokens[sentence.tokens.lowerBound].range.lowerBound
        }
        return layer.tokens[layer.sentences[index - 1].tokens.lowerBound].range.lowerBound
    }

    /// Start of the previous paragraph (or of `paragraphsBack` before): pronouns look no further back.
    private func floor(for sentence: Sentence, paragraphsBack: Int = 1) -> Int {
        let p = max(0, sentence.paragraph - paragraphsBack)
        return layer.paragraphs[p].range.lowerBound
    }

    /// Determiners and possessives that open a noun phrase ("the company", "their campaign").
    private static let subjectDeterminers: WordSet = ["the", "a", "an", "his", "her", "its", "their"]

    private static let nounPhraseHeads: WordSet = ["company", "campaign", "administration", "government", "report",
                                                       "statement", "spokesman", "spokeswoman", "spokesperson", "official",
                                                       "source", "aide", "adviser", "advisor", "group", "ministry", "agency",
                                                       "department", "court", "committee", "party", "study", "poll", "survey",
                                                       "president", "minister", "secretary", "senator", "governor", "candidate",
                                                       "nominee", "lawyer", "attorney", "prosecutor", "police", "team", "analyst",
                                                       "expert", "economist", "chairman", "chief", "leader", "mayor", "judge", "council", "union",
                                                       "foundation", "organization", "board", "firm", "network", "commission",
                                                       "coalition", "association", "bank", "caucus", "chamber", "panel", "office",
                                                       "businessman", "businesswoman", "magnate", "mogul", "billionaire", "tycoon",
                                                       "front-runner", "frontrunner", "hopeful", "contender", "challenger", "incumbent",
                                                       "lawmaker", "congressman", "congresswoman", "strategist", "pollster", "operative",
                                                       "consultant", "commentator", "columnist", "host", "anchor", "reporter", "ambassador",
                                                       "diplomat", "commander", "director", "founder", "executive", "professor",
                                                       "historian", "researcher", "scientist", "activist", "manager", "general", "chairwoman",
                                                       "member", "representative", "head", "woman", "man", "person", "witness",
                                                       "friend", "neighbor", "resident", "voter", "supporter", "critic", "protester",
                                                       "student", "worker", "mother", "father", "wife", "husband", "son", "daughter",
                                                       "letter", "memo", "email", "tweet", "headline", "ad", "advertisement", "filing",
                                                       "complaint", "lawsuit", "ruling", "document", "editorial", "article", "book",
                                                       "website", "release", "other", "republican", "democrat",
                                                       "employee", "staffer", "officer", "agent", "investigator", "detective",
                                                       "teacher", "doctor", "nurse", "veteran", "owner", "farmer", "pastor",
                                                       "priest", "rabbi", "bishop", "delegate", "superdelegate", "donor",
                                                       "organizer", "volunteer", "writer", "author", "editor", "producer",
                                                       "journalist", "correspondent", "commissioner", "regulator", "banker",
                                                       "investor", "soldier", "insider", "observer", "attendee", "participant",
                                                       "blogger", "victim", "survivor", "brother", "sister",
                                                       "parent", "graduate", "immigrant", "refugee", "organiser", "analysis", "investigation",
                                                       "review", "audit", "research", "record", "polling"]

    /// Whether a common noun (singular) heads a phrase naming a speaker: "official", "senator".
    static func isHeadNoun(_ word: String) -> Bool { nounPhraseHeads.contains(word) }

    /// `isHeadNoun(token.lower)`, by the token's word id.
    static func isHeadNoun(_ token: Token) -> Bool { nounPhraseHeads.contains(token) }

    /// An unnamed subject such as "the company" or "a senior official"; with `possessive`, one
    /// that owns what follows ("the candidate's plan"), its mention without the ending.
    mutating func nounPhraseSubject(endingAt i: Int, in sentence: Sentence, possessive: Bool = false) -> Subject? {
        let head = layer.tokens[i]
        let word = possessive ? head.withoutPossessive.lowercased() : head.lower
        let bare = word.hasLiteralSuffix("s") ? String(word.dropLast()) : word
        let known = possessive ? head.endsPossessive && (Self.nounPhraseHeads.contains(word) || Self.nounPhraseHeads.contains(bare))
            : Self.nounPhraseHeads.contains(head) || Self.nounPhraseHeads.contains(bare) || lexicons.groupNouns.contains(head)
        guard head.kind == .word, known else { return nil }
        var start = i
        while start > sentence.tokens.lowerBound, i - start < 4 {
            let previous = layer.tokens[start - 1]
            // the phrase's own words only: not "when", "whom", "is what", "calling on", "to capture"
            guard previous.kind == .word, lexicons.speechVerbs[previous] == nil, !Self.clauseWords.contains(previous),
                  !Self.phraseBreakers.contains(previous), !(previous.lower.hasSuffix("ing") && previous.lower.count > 5)
            else { break }
            start -= 1
            if Self.subjectDeterminers.contains(previous) { break }
        }
        let range = layer.tokens[start].range.lowerBound..<(head.range.upperBound - (possessive ? head.text.count - head.withoutPossessive.count : 0))
        let definite = layer.tokens[start].lower == "the"
        // "a Republican who …" describes the one named before it; only "the Kentucky Republican" refers
        if !definite, ActorExtractor.partyMembers.contains(bare) { return nil }
        if let named = registry.mention(covering: head.range.lowerBound) {
            return Subject(mention: range, entry: named.entry, tokens: start..<(i + 1))
        }
        let modifiers = (start..<i).map { layer.tokens[$0] }
        let state = modifiers.lazy.compactMap(lexicons.usState(namedBy:)).first
        let party = modifiers.lazy.compactMap { ActorExtractor.partyOfWord[$0] }.first
        let entry = definite ? antecedent(ofHead: bare, from: state, party: party, owners: owners(among: modifiers),
                                          before: range.lowerBound) : nil
        // "the Vermont senator" resolved to the senator named before is a mention of them
        if let entry { registry.addMention(range, to: entry) }
        return Subject(mention: range, entry: entry, tokens: start..<(i + 1))
    }

    /// The modifiers that say whose a description is: a possessive ("the mayor's office") or a
    /// capitalized word other than a state or party ("the Clinton campaign", not "the Vermont senator").
    private func owners(among modifiers: [Token]) -> [Token] {
        modifiers.filter { $0.endsPossessive || $0.isCapitalized && !Self.subjectDeterminers.contains($0)
            && lexicons.usState(namedBy: $0) == nil && ActorExtractor.partyOfWord[$0] == nil }
    }

    private static let shareWords: WordSet = ["percent", "%", "majority", "majorities", "half", "plurality", "third",
                                                  "thirds", "quarter", "quarters"]
    private static let quantityWords: WordSet = ["about", "nearly", "almost", "roughly", "just", "only", "some", "a", "than",
                                                     "more", "fewer", "less", "over", "under", "in", "one", "two", "three",
                                                     "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
                                                     "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "narrow", "slim",
                                                     "clear", "vast", "large", "solid", "the"]

    /// A share of respondents in a poll: "Sixty-six percent", "about half", "six in 10",
    /// "a majority of those surveyed". No actor: the speaker is the share itself.
    private func quantitySubject(endingAt i: Int, in sentence: Sentence) -> Subject? {
        let head = layer.tokens[i]
        let isShare = Self.shareWords.contains(head)
            || head.kind == .number && i - 2 >= sentence.tokens.lowerBound && layer.tokens[i - 1].lower == "in"
                && (layer.tokens[i - 2].kind == .number || Self.quantityWords.contains(layer.tokens[i - 2]))
        guard isShare else { return nil }
        var start = i
        while start > sentence.tokens.lowerBound, i - start < 6 {
            let previous = layer.tokens[start - 1]
            guard previous.kind == .number || Self.quantityWords.contains(previous)
                || previous.lower.contains("-") && previous.kind == .word else { break }
            start -= 1
        }
        // a bare "half" or "majority" needs its determiner or number: "the majority", "about half"
        guard start < i || head.lower == "percent" || head.lower == "%" else { return nil }
        return Subject(mention: layer.tokens[start].range.lowerBound..<head.range.upperBound, entry: nil, tokens: start..<(i + 1))
    }

    private static let organizationHeads: WordSet = ["company", "firm", "campaign", "administration", "agency", "committee",
                                                         "party", "ministry", "department", "court", "government", "group",
                                                         "council", "union", "foundation", "organization", "board", "network",
                                                         "commission", "coalition", "association", "bank", "caucus", "chamber",
                                                         "panel", "office"]

    /// Heads that may denote an organization of the story not named with the word ("the
    /// company", "the group", "the editorial board").
    private static let anyOrganizationHeads: WordSet = ["company", "firm", "group", "organization", "network", "foundation",
                                                        "association", "coalition", "union", "bank", "board"]
    /// Head words of the names of parties, legislatures, courts and schools: no "company",
    /// "group" or "agency" can be the "Democratic Party", the "White House" or the "University of
    /// Michigan" (but "Senate Leadership Fund" is a fund).
    private static let politicalWords: Set<String> = ["party", "committee", "court", "council", "caucus", "senate", "house",
                                                      "congress", "campaign", "university", "college", "school"]
    /// Head words of the names of government bodies: "the agency" may be the "State Department" or
    /// the "Federal Bureau of Investigation", "the company" or "the group" none of them.
    private static let governmentWords: Set<String> = ["department", "administration", "government", "ministry", "office",
                                                       "agency", "commission", "panel", "bureau", "fbi", "cia",
                                                       "pentagon"]

    /// The last words of the names "the chamber" may denote: the Senate, the House, an assembly.
    private static let chamberWords: Set<String> = ["chamber", "senate", "house", "assembly", "representatives"]

    /// The organization a description with an organization noun refers to: the nearest named
    /// with that noun ("the campaign": "the Sanders campaign"), else, for a noun any organization
    /// may bear or "the agency", the nearest organization not named as a kind the noun cannot
    /// denote. A phrase that
    /// names its owner is only an organization named with the owner ("the Clinton campaign",
    /// not the "Judicial Watch" named before; "the Turkish government"), and a person's
    /// ("the mayor's office") none: nil rather than the organization last named.
    private func organization(ofHead head: String, owners: [Token], before offset: Int) -> Int? {
        let named = registry.nearest(before: offset, kinds: [.organization], notBefore: 0) { entry in
            // "the chamber": the Senate, the House or the Chamber of Commerce, not the White House
            // or a House committee
            head == "chamber" ? Self.chamberWords.contains(Self.headWord(of: entry.name)) && !entry.name.hasPrefix("White ")
                : NameWords.split(entry.name.lowercased()).contains(head)
        }
        var nameless = true
        for owner in owners {
            let word = owner.withoutPossessive
            if owner.isCapitalized {
                guard let named, NameWords.split(registry.entries[named].name).contains(word) else { return nil }
                nameless = false
            } else if Self.isHeadNoun(word.lowercased()) && !Self.organizationHeads.contains(word.lowercased()) {
                return nil
            }
        }
        let generic = Self.anyOrganizationHeads.contains(head)
        guard named == nil, nameless, generic || head == "agency" else { return named }
        // the nearest organization that can be one: no party, legislature, court or school, for
        // "the company" or "the group" no government body, and but for "the network" or "the
        // (editorial) board" no news outlet the story is told through
        let excluded = generic ? Self.politicalWords.union(Self.governmentWords) : Self.politicalWords
        let outlets = !Self.outletHeads.contains(head)
        return registry.nearest(before: offset, kinds: [.organization], notBefore: 0) { entry in
            !(outlets && lexicons.isNewsOutlet(named: entry.name)) && !excluded.contains(Self.headWord(of: entry.name))
        }
    }

    /// Heads that may denote a news outlet: "the network" (CNN), "the editorial board" (The
    /// Wall Street Journal).
    private static let outletHeads: Set<String> = ["network", "board"]

    /// The noun a name is of, lower-cased: its last word, or the word before "of" ("department"
    /// of "Department of Justice", "fund" of "Senate Leadership Fund").
    private static func headWord(of name: String) -> String {
        let words = NameWords.split(name.lowercased())
        return words.firstIndex(of: "of").flatMap { $0 > 0 ? words[$0 - 1] : nil } ?? words.last ?? ""
    }

    /// Whether a common noun names an organization ("company", "council", "campaign").
    static func isOrganizationHead(_ word: String) -> Bool { organizationHeads.contains(word) }

    /// Role nouns of a race: a story often has two people in that role, and "the candidate"
    /// names one only when the story has named one.
    static let raceRoles: Set<String> = ["candidate", "nominee", "front-runner", "frontrunner", "hopeful",
                                                 "contender", "challenger"]

    /// Role words of people who speak or work for someone else ("Spokeswoman Haley Morris",
    /// "campaign manager Robby Mook"): none of them is an office or a candidacy.
    static let staffRoles: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                                          "strategist", "manager", "consultant", "pollster"]

    /// Whether the text gives a person a role of someone's staff ("campaign spokeswoman").
    private static func isStaff(_ entry: ActorRegistry.Entry) -> Bool {
        entry.role?.lowercased().split(separator: " ").last.map { staffRoles.contains(String($0)) } ?? false
    }

    /// "the company" is the organization last named; "the senator" the person last named
    /// whose role has that word (and who is not known to be from another state than "the
    /// Vermont senator" says); "the Kentucky Republican" the Republican last named known to be
    /// from Kentucky; "the Democratic nominee" only one known to be a Democrat; "the candidate"
    /// only when one candidate was named before.
    private func antecedent(ofHead head: String, from state: String?, party: String?, owners: [Token], before offset: Int) -> Int? {
        if Self.organizationHeads.contains(head) { return organization(ofHead: head, owners: owners, before: offset) }
        let partyHead = ActorExtractor.partyOfWord[head] != nil
        let fits = { (entry: ActorRegistry.Entry) -> Bool in
            guard state == nil || entry.home == state || entry.home == nil && !partyHead,
                  party == nil || partyHead || entry.party == party else { return false }
            return entry.party == head || entry.role?.lowercased().split(separator: " ").contains { $0 == head } ?? false
        }
        // the nearest person the description fits, past people the text says nothing of or
        // whose state or party rules them out, but not past one with another role ("news anchor
        // Ilia Calderón. The Afro-Colombian journalist …" is not the journalist named further up)
        let wantedParty = party ?? (partyHead ? ActorExtractor.partyOfWord[head] : nil)
        let ruledOut = { (entry: ActorRegistry.Entry) -> Bool in
            (state != nil && entry.home != nil && entry.home != state)
                || (wantedParty != nil && entry.party != nil && entry.party != wantedParty)
        }
        // nor past a spokesperson or aide, who speaks for the person described ("Spokeswoman Ann
        // Vell says the candidate will …")
        guard let found = registry.nearest(before: offset, kinds: [.person], notBefore: 0, where: {
            fits($0) || ($0.role != nil || $0.party != nil) && !ruledOut($0) && !Self.isStaff($0)
        }), fits(registry.entries[found]) else { return nil }
        guard Self.raceRoles.contains(head) else { return found }
        let hasRival = registry.entries.indices.contains { index in
            let entry = registry.entries[index]
            // a rival in the race under another role word ("hopeful" for "the candidate") counts too
            let racing = !entry.descriptors.isDisjoint(with: Self.raceRoles) && (wantedParty == nil || entry.party == wantedParty)
            return index != found && entry.kind == .person && (fits(entry) || racing) && entry.mentions.contains { $0.lowerBound < offset }
        }
        return hasRival ? nil : found
    }
}
