extension SubjectFinder {
    /// Words that open a clause's subject: determiners, quantifiers and possessives.
    private static let subjectOpeners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "some", "many", "most",
                                                      "several", "few", "all", "both", "each", "other", "others", "his", "her",
                                                      "their", "its", "our", "one", "two", "three", "four", "five", "top",
                                                      "senior", "former", "two-thirds", "no"]

    /// Words after a subject's head that begin its modifier: "an official familiar with the
    /// case", "Robert Gordon of Northwestern University", "officials close to the campaign".
    private static let modifierOpeners: Set<String> = ["of", "with", "from", "in", "at", "for", "on", "familiar", "close",
                                                       "involved", "briefed", "based", "within", "inside", "outside",
                                                       "surveyed", "polled", "questioned", "interviewed", "asked"]

    /// Words a subject phrase cannot hold: a verb, a pronoun or a clause opener in it means
    /// the verb's subject lies elsewhere.
    private static let nonSubjectWords: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                                                       "will", "would", "can", "could", "should", "may", "might", "must",
                                                       "do", "does", "did", "not", "that", "which", "who", "whom", "when",
                                                       "where", "if", "because", "while", "whether", "as", "than", "he",
                                                       "she", "they", "it", "we", "i", "you", "him", "them", "us", "me",
                                                       "and", "or", "but", "to", "by", "said", "says", "say"]

    /// Words that open an introductory phrase set off by a comma before the subject:
    /// "In a statement, the company's lawyers said".
    private static let introOpeners: Set<String> = ["in", "on", "at", "after", "before", "during", "since", "for", "as",
                                                    "with", "without", "by", "from", "last", "earlier", "later", "meanwhile",
                                                    "still", "yet", "but", "and", "so", "however", "now", "today",
                                                    "yesterday", "instead", "separately", "privately", "publicly", "when", "whenever", "while",
                                                    "once", "although", "though", "because", "if"]

    /// The noun phrase opening the clause of the verb at `index`, when nothing nearer names
    /// its subject: "A U.S. law enforcement official familiar with the investigation said",
    /// "Robert Gordon of Northwestern University suggested", "Colorado Republican leaders
    /// strongly denied". The mention is the whole phrase; the actor is the one named at its
    /// head, if any ("the intelligence community's inspector general" names none).
    /// With `anyHead` (a finite verb of saying follows: "The NFL legend said", "Trump fans
    /// insist") any common noun may head the phrase.
    mutating func clauseInitialSubject(before index: Int, in sentence: Sentence, anyHead: Bool = false) -> Subject? {
        var end = index
        while end > sentence.tokens.lowerBound, Self.adverbs.contains(layer.tokens[end - 1].lower) || Self.isMannerAdverb(layer.tokens[end - 1]) { end -= 1 }
        // over an apposition before the verb: "Holger Schmieding of Berenberg, Germany's largest bank, warned"
        // or over a relative clause, a participle phrase or a dash pair: "The aides, led by
        // campaign manager Terry Sullivan, told"
        let apposition = appositionOpening(closedAt: end - 1, in: sentence)
        let interrupted = apposition == nil ? interruptionOpening(closedAt: end - 1, in: sentence) : nil
        if let opening = apposition ?? interrupted { end = opening }
        guard let start = clauseStart(before: end, in: sentence, subordinate: anyHead && opensReport(after: index)), end - start <= 12 else { return nil }
        let opener = layer.tokens[start]
        guard opener.isCapitalized || opener.kind == .number || Self.subjectOpeners.contains(opener.lower) else { return nil }
        var headEnd = start
        for i in start..<end {
            let token = layer.tokens[i]
            if token.kind == .punctuation {
                guard [".", "'", "\u{2019}", "-", "&"].contains(token.text) else { return nil }
                continue
            }
            // "Even Republicans who have praised his candidacy warned": a relative clause modifies the head
            if i > start, token.lower == "who" { break }
            if Self.nonSubjectWords.contains(token.lower) { return nil }
            if i > start, Self.modifierOpeners.contains(token.lower) { break }
            headEnd = i + 1
        }
        let head = layer.tokens[headEnd - 1]
        guard head.kind == .word else { return nil }
        // the whole phrase names the speaker: "The head of the armed forces", "an official familiar with the case"
        let mention = opener.range.lowerBound..<layer.tokens[end - 1].range.upperBound
        if let m = registry.mention(endingAt: head.range.upperBound), m.range.lowerBound >= mention.lowerBound {
            // a name at the head, not one that possesses it ("Trump's adviser")
            return Subject(mention: m.range, entry: m.entry, tokens: start..<end)
        }
        let bare = head.lower.hasSuffix("s") ? String(head.lower.dropLast()) : head.lower
        // "Many speakers at the service": a quantified plural names people whatever its noun
        let quantifiedPlural = Self.quantifiers.contains(opener.lower) && headEnd - start >= 2 && head.lower.hasSuffix("s")
            && !head.isCapitalized
        // a noun right before the verb, not a determiner or a possessive ("The remarks are",
        // "Editor's note:"), capitalized only as the sentence's first word ("Fact-checkers noted")
        // (or a plural noun and a modifier with no verb or clause of its own: "People in the town said")
        let modifiedPlural = isPlural(head) && !(headEnd..<end).contains {
            ClauseParts.auxiliaries.contains(layer.tokens[$0]) || ["and", "or", "but"].contains(layer.tokens[$0].lower)
        }
        let plainNoun = anyHead && (headEnd == end || modifiedPlural) && (!head.isCapitalized || headEnd - 1 == sentence.tokens.lowerBound)
            && head.lower.count > 2 && !Self.nonHeads.contains(head.lower) && !Self.subjectOpeners.contains(head.lower)
            && head.lower.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" } && isPlainNounPhrase(start..<headEnd)
        let partOfGroup = isPartOfGroup(from: start, headEnd: headEnd, in: sentence)
        // past an interruption or a part's "of", the modifier holds no verb or clause of its own
        // ("Hundreds of parents are suffering this stress", not "Hundreds of parents"), past the
        // pronoun of "most of them"
        let ofPronoun = partOfGroup && headEnd + 1 < end && Self.partitivePronouns.contains(layer.tokens[headEnd + 1].lower)
        if interrupted != nil || partOfGroup,
           ((ofPronoun ? headEnd + 2 : headEnd)..<end).contains(where: { Self.nonSubjectWords.contains(layer.tokens[$0].lower) }) {
            return nil
        }
        guard quantifiedPlural || plainNoun || partOfGroup || Self.isHeadNoun(bare) || lexicons.groupNouns.contains(head.lower)
                || lexicons.titles[head.lower] != nil else { return nil }
        return Subject(mention: mention, entry: nil, tokens: start..<end)
    }

    /// Whether a noun is plural: "people", "residents" (not "press", "crisis").
    private func isPlural(_ token: Token) -> Bool {
        token.lower == "people" || token.lower.hasSuffix("s") && !token.lower.hasSuffix("ss") && !token.lower.hasSuffix("is")
            && !token.lower.hasSuffix("us")
    }

    /// Whether the words are a bare noun phrase: no preposition, and no determiner after the
    /// first word ("Two hours after his initial tweet" is a setting, not a speaker).
    private func isPlainNounPhrase(_ tokens: Range<Int>) -> Bool {
        !tokens.contains { i in
            Self.phrasePrepositions.contains(layer.tokens[i].lower) || i > tokens.lowerBound && Self.subjectOpeners.contains(layer.tokens[i].lower)
        }
    }

    /// Pronouns after the "of" of a part of a group ("most of them", "many of you").
    private static let partitivePronouns: Set<String> = ["them", "us", "you"]

    private static let phrasePrepositions: Set<String> = ["in", "on", "at", "after", "before", "since", "during", "for", "with",
                                                          "from", "of", "by", "about", "over", "under", "until", "into"]

    /// Words that end a phrase opening a clause without naming anyone: "The same day said"
    /// is no sentence, but "Most of them say" or "One more thing worth noting" may stand.
    private static let nonHeads: Set<String> = ["day", "week", "month", "year", "time", "thing", "things", "way", "said",
                                                "says", "more", "less"]

    private static let quantifiers: Set<String> = ["many", "some", "several", "most", "few", "both", "all", "other", "two",
                                                   "three", "four", "five", "dozens", "hundreds", "thousands"]

    /// The opening comma of an apposition that the comma at `closing` ends, when the words
    /// between describe what comes before ("…, Germany's largest private bank,").
    private func appositionOpening(closedAt closing: Int, in sentence: Sentence) -> Int? {
        guard closing > sentence.tokens.lowerBound, layer.tokens[closing].isMark(","),
              let opening = (max(sentence.tokens.lowerBound, closing - 16)..<closing).last(where: { layer.tokens[$0].isMark(",") }),
              opening + 1 < closing, opening > sentence.tokens.lowerBound, isDescriptor((opening + 1)..<closing) else { return nil }
        return opening
    }

    /// "Mr. Trump's former campaign manager, Corey Lewandowski, said", "…, his top aide, Tad
    /// Devine, told": a name set off by commas after a descriptor that opens its clause.
    mutating func namedApposition(closingComma: Int, in sentence: Sentence) -> Subject? {
        guard closingComma > sentence.tokens.lowerBound,
              let m = registry.mention(endingAt: layer.tokens[closingComma - 1].range.upperBound) else { return nil }
        let first = layer.tokenIndex(atOrAfter: m.range.lowerBound)
        let openingComma = first - 1
        guard openingComma > sentence.tokens.lowerBound, layer.tokens[openingComma].isMark(",") else { return nil }
        var start = openingComma
        while start > sentence.tokens.lowerBound, !layer.tokens[start - 1].isMark(","), openingComma - start < 10 { start -= 1 }
        while start < openingComma, isOpeningMark(layer.tokens[start]) { start += 1 }
        guard start < openingComma, start == sentence.tokens.lowerBound || layer.tokens[start - 1].isMark(",") || isOpeningMark(layer.tokens[start - 1])
        else { return nil }
        // "When the F.B.I. director, James B. Comey, said": past a subordinator opening the clause
        if Self.clauseSubordinators.contains(layer.tokens[start].lower) { start += 1 }
        guard start < openingComma, isDescriptor(start..<openingComma) else { return nil }
        return Subject(mention: m.range, entry: m.entry, tokens: start..<closingComma)
    }

    private static let clauseSubordinators: Set<String> = ["when", "after", "before", "because", "if", "while", "although",
                                                           "though", "as", "since", "once", "but", "and"]

    /// Whether the tokens form a noun phrase describing a person or body: an opener, no
    /// verb, and a known head noun or title before any modifier ("his top aide", "the
    /// company's founder", "the No. 2 Republican in the Senate").
    private func isDescriptor(_ tokens: Range<Int>) -> Bool {
        let headEnd = (tokens.lowerBound + 1..<tokens.upperBound).first { Self.modifierOpeners.contains(layer.tokens[$0].lower) }
            ?? tokens.upperBound
        let opener = layer.tokens[tokens.lowerBound], head = layer.tokens[headEnd - 1]
        guard opener.isCapitalized || Self.subjectOpeners.contains(opener.lower), head.kind == .word,
              !tokens.contains(where: { Self.nonSubjectWords.contains(layer.tokens[$0].lower) }) else { return false }
        let bare = head.lower.hasSuffix("s") ? String(head.lower.dropLast()) : head.lower
        return Self.isHeadNoun(bare) || lexicons.titles[head.lower] != nil
    }

    /// The first token of the clause ending before `end`: the sentence's start, after a
    /// leading conjunction, after one introductory phrase closed by a comma, or, with
    /// `subordinate` (a finite verb of saying ends the clause and opens a report), after the
    /// subordinator that opens a clause inside the sentence ("…, when a young boy shouted",
    /// "… as the heckler yelled:").
    private func clauseStart(before end: Int, in sentence: Sentence, subordinate: Bool) -> Int? {
        if subordinate, let opener = subordinateClauseOpener(before: end, in: sentence) { return opener + 1 < end ? opener + 1 : nil }
        var start = sentence.tokens.lowerBound
        while start < end, layer.tokens[start].kind == .punctuation, isOpeningMark(layer.tokens[start]) { start += 1 }
        guard start < end else { return nil }
        if let comma = (start..<end).last(where: { layer.tokens[$0].isMark(",") }) {
            guard Self.introOpeners.contains(layer.tokens[start].lower), comma + 1 < end,
                  !(start..<comma).contains(where: { layer.tokens[$0].isMark(",") }) else { return nil }
            start = comma + 1
        } else if ["but", "and", "yet", "so"].contains(layer.tokens[start].lower) {
            start += 1
        }
        return start < end ? start : nil
    }

    /// Conjunctions that open a subordinate clause with a subject of its own (not prepositions
    /// too, like "after" or "before": "after the rally the senator said" has one clause).
    private static let subordinators: Set<String> = ["when", "whenever", "while", "as", "once", "because", "although",
                                                     "though", "where", "whereas", "then"]

    /// The subordinator at the head of the clause ending before `end`, in the middle of the
    /// sentence: the nearest word back from `end`, within the clause (no comma, colon or
    /// quotation mark between), when a determiner or quantifier follows it ("as the crowd",
    /// "when a young boy", "then some protesters").
    private func subordinateClauseOpener(before end: Int, in sentence: Sentence) -> Int? {
        var i = end - 1
        while i >= sentence.tokens.lowerBound, end - i <= 8 {
            let token = layer.tokens[i]
            if token.kind == .punctuation, ![".", "'", "\u{2019}", "-", "&"].contains(token.text) { return nil }
            if Self.subordinators.contains(token.lower) {
                return Self.subjectOpeners.contains(layer.tokens[i + 1].lower) ? i : nil
            }
            i -= 1
        }
        return nil
    }

    /// Whether what the verb at `k` says follows it: a quotation, right after it or after a
    /// comma or colon, or "that" (not an object: "where the Bush name has maintained some clout",
    /// "when the primaries conclude, his campaign …").
    private func opensReport(after k: Int) -> Bool {
        var next = k + 1
        if next < layer.tokens.count, layer.tokens[next].isMark(",") || layer.tokens[next].isMark(":") { next += 1 }
        guard next < layer.tokens.count else { return false }
        if next == k + 1, layer.tokens[next].lower == "that" { return true }
        return layer.quotation(containing: layer.tokens[next].range.lowerBound)?.range.lowerBound == layer.tokens[next].range.lowerBound
    }

    private func isOpeningMark(_ token: Token) -> Bool {
        ["\"", "\u{201C}", "'", "\u{2018}", "(", "-", "\u{2014}"].contains(token.text)
    }
}
