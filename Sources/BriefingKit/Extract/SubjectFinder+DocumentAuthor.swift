/// A participle hanging on a document noun ("the union issued a statement saying …", "Ann Lee
/// sent a letter to the mayor asking …", "Lee's memo explaining …"): the speaker is the
/// document's author, never the noun itself nor a name in its "to" phrase.
extension SubjectFinder {
    /// Where the author of a document a participle hangs on is written.
    enum DocumentAuthor {
        /// The possessor before the noun: "Lee's memo explaining".
        case possessor(Subject)
        /// The verb that put the document out (its subject is the author): "issued a statement saying".
        case verb(Int)
        /// The subject of the main clause after an opening "In a statement praising her, the union said".
        case clauseAfter(Int)
        /// The text names no author: "a statement saying" alone.
        case unknown
    }

    /// Nouns of things that are written or put out and speak for their author.
    static let documentNouns: WordSet = ["statement", "statements", "letter", "letters", "memo", "memos", "email", "emails",
                                         "e-mail", "e-mails", "message", "messages", "release", "releases", "ad", "ads",
                                         "advertisement", "advertisements", "report", "reports", "tweet", "tweets", "post",
                                         "posts", "website", "note", "notes", "op-ed", "editorial", "petition", "filing",
                                         "video", "videos", "mailer", "mailers", "flier", "fliers", "flyer", "flyers"]

    /// Prepositions that lead a document to its addressee or medium ("a letter to the mayor", "a post on Facebook").
    private static let addresseePrepositions: WordSet = ["to", "on"]

    private static let documentDeterminers: WordSet = ["a", "an", "the", "this", "that", "its", "his", "her", "their"]

    /// Verbs that put a document out ("issued a statement", "sends a letter"): its author is their subject.
    private static let issuingVerbs: WordSet = ["issue", "issues", "issued", "release", "releases", "released", "send", "sends",
                                                "sent", "write", "writes", "wrote", "post", "posts", "posted", "publish",
                                                "publishes", "published", "run", "runs", "ran", "put", "puts", "draft", "drafts",
                                                "drafted", "sign", "signs", "signed", "file", "files", "filed", "air", "airs",
                                                "aired", "place", "places", "placed", "circulate", "circulates", "circulated",
                                                "distribute", "distributes", "distributed", "pen", "pens", "penned", "unveil",
                                                "unveils", "unveiled", "launch", "launches", "launched", "tweet", "tweeted"]

    /// Where the author of the document the participle at `k` hangs on is written; nil when the
    /// participle does not follow a document noun (directly or after its "to"/"on" phrase).
    func documentAuthor(ofParticipleAt k: Int, in sentence: Sentence) -> DocumentAuthor? {
        guard let noun = documentNoun(before: k, in: sentence) else { return nil }
        var i = noun - 1
        while i >= sentence.tokens.lowerBound, noun - i <= 4 {
            let token = layer.tokens[i]
            // "Lee's memo", "her memo": the possessor
            if let owner = possessor(at: i, in: sentence) { return .possessor(owner) }
            if Self.documentDeterminers.contains(token) { return author(before: i - 1, in: sentence) }
            // "issued statements condemning", "placed newspaper ads calling"
            if Self.isIssuingVerb(token) { return author(before: i, in: sentence) }
            guard token.kind == .word, !Self.clauseWords.contains(token) else { return .unknown }
            i -= 1
        }
        return .unknown
    }

    /// The owner a possessive at token `i` names: a name with "'s" ("Lee's"), or "his", "her",
    /// "their" for the nearest actor of its kind in the paragraph (a person of the pronoun's gender).
    private func possessor(at i: Int, in sentence: Sentence) -> Subject? {
        let token = layer.tokens[i]
        let word = token.lower
        if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") {
            guard let m = registry.mention(endingAt: token.range.upperBound - 2), m.range.lowerBound >= sentence.range.lowerBound else { return nil }
            return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<(i + 1))
        }
        let kinds: Set<ActorKind>
        switch word {
        case "his", "her": kinds = [.person]
        case "their": kinds = [.group, .organization, .country]
        default: return nil
        }
        let gender = Gender(pronoun: word == "his" ? "he" : word == "her" ? "she" : word)
        let lexicons = self.lexicons, text = layer.text
        let floor = layer.paragraphs[sentence.paragraph].range.lowerBound
        let entry = registry.nearest(before: token.range.lowerBound, kinds: kinds, notBefore: floor) { entry in
            gender == nil || Self.gender(of: entry, lexicons: lexicons, text: text).map { $0 == gender } ?? true
        }
        return entry.map { Subject(mention: token.range, entry: $0, tokens: i..<(i + 1)) }
    }

    /// The document noun the participle at `k` hangs on: right before it, or before a short
    /// "to"/"on" phrase ("a letter to Attorney General Ann Lee asking", "a message to supporters saying").
    private func documentNoun(before k: Int, in sentence: Sentence) -> Int? {
        let previous = k - 1
        guard previous > sentence.tokens.lowerBound else { return nil }
        if Self.documentNouns.contains(layer.tokens[previous]) { return previous }
        var j = previous
        if let m = registry.mention(endingAt: layer.tokens[j].range.upperBound) {
            j = layer.tokenIndex(atOrAfter: m.range.lowerBound) - 1
            // over a title before the name: "to Governor Ann Vell"
            if let length = (1...3).first(where: { j - $0 + 1 > sentence.tokens.lowerBound && isTitle((j - $0 + 1)..<(j + 1)) }) { j -= length }
        } else {
            while j > sentence.tokens.lowerBound, previous - j < 3, layer.tokens[j].kind == .word, !layer.tokens[j].isCapitalized,
                  !Self.addresseePrepositions.contains(layer.tokens[j]) { j -= 1 }
        }
        if j > sentence.tokens.lowerBound, Self.documentDeterminers.contains(layer.tokens[j]) { j -= 1 }
        guard j - 1 >= sentence.tokens.lowerBound, Self.addresseePrepositions.contains(layer.tokens[j]),
              Self.documentNouns.contains(layer.tokens[j - 1]) else { return nil }
        return j - 1
    }

    /// The author before a document phrase ending at token `i`: the verb that put it out, or
    /// the main clause after an opening "In a statement …,".
    private func author(before i: Int, in sentence: Sentence) -> DocumentAuthor {
        guard i >= sentence.tokens.lowerBound else { return .unknown }
        let token = layer.tokens[i]
        // "put out a statement", "sent out a text message"
        if token.lower == "out", i > sentence.tokens.lowerBound, Self.isIssuingVerb(layer.tokens[i - 1]) { return .verb(i - 1) }
        if Self.isIssuingVerb(token) { return .verb(i) }
        if token.lower == "in" {
            // "Lee wrote in a statement to the paper explaining"
            if i > sentence.tokens.lowerBound, Self.isIssuingVerb(layer.tokens[i - 1]) { return .verb(i - 1) }
            // "In a statement praising her, the union said", "But on Monday, in a release announcing it, Lee said"
            if i == sentence.tokens.lowerBound || layer.tokens[i - 1].isMark(","),
               let comma = (i..<sentence.tokens.upperBound).first(where: { layer.tokens[$0].isMark(",") }) {
                return .clauseAfter(comma + 1)
            }
        }
        return .unknown
    }

    /// (not a capitalized word of a headline: "Group Will Run Ads Demanding …")
    private static func isIssuingVerb(_ token: Token) -> Bool { !token.isCapitalized && issuingVerbs.contains(token) }
}
