/// Decides whether a mention of a news outlet cites it as a source (GUIDELINES §3): where
/// someone spoke ("said on CNN", "speaking to CNN", "told Reuters", "in an interview with
/// Univision"), what reported or received a statement ("according to Politico", "as reported by
/// BuzzFeed News", "a report in The New York Times", "a statement provided to POLITICO"), or a
/// wire credit ("(UPI)"). Such an outlet is an actor even when named once after a preposition.
/// The outlet must close its noun phrase: a possessive hands the part to its journalist or an
/// unquoted show ("told MSNBC's Rachel Maddow"), though a network on whose quoted show someone
/// appears is cited ("on ABC's “This Week”"), and a following name makes it a title's first word
/// ("CBS This Morning").
struct CitedOutlet {
    let layer: TextLayer
    let lexicons: Lexicons

    /// Words before "on", "to" or "with" that make the outlet where someone spoke.
    private static let speakingWords: WordSet = ["speaking", "spoke", "speak", "speaks", "talking", "talked", "appearing",
                                                 "appeared", "appearance", "interview", "interviews", "conversation",
                                                 "remarks", "comments", "statement", "provided", "according"]
    /// Nouns of what was said, after which "on" names its topic, not where it was said ("his
    /// comments on The Washington Post", "remarks on CNN"): they cite an outlet only with "to"
    /// or "with".
    private static let topicNouns: WordSet = ["remarks", "remark", "comments", "comment", "statement", "statements",
                                              "conversation", "criticism"]
    /// Words before "in" or "by" that make the outlet what published a report or a column.
    private static let reportWords: WordSet = ["report", "reports", "reported", "article", "column", "op-ed", "editorial",
                                               "interview", "wrote", "writes", "writing", "written"]
    /// Forms of "tell", whose object is whom someone spoke to ("told Reuters").
    private static let tellForms: WordSet = ["tell", "tells", "told", "telling"]
    /// Words that may follow the outlet and close its noun phrase ("on CNN on Sunday", "to CNN
    /// after the senator spoke", "with Univision that").
    private static let wordsAfter: WordSet = ["and", "or", "but", "in", "on", "at", "of", "to", "for", "with", "by", "as",
                                              "after", "before", "during", "over", "about", "since", "that", "this",
                                              "last", "earlier", "later", "recently", "when", "while", "where"]

    /// Whether the entry is a known news outlet and some mention cites it as a source.
    func isCited(_ entry: ActorRegistry.Entry) -> Bool {
        entry.kind == .organization && lexicons.isNewsOutlet(named: entry.name)
            && entry.mentions.contains(where: isCitation)
    }

    /// Whether the mention closes its noun phrase and follows a cue of speaking or reporting,
    /// or stands in parentheses as a wire credit.
    private func isCitation(_ mention: Range<Int>) -> Bool {
        let first = layer.tokenIndex(atOrAfter: mention.lowerBound)
        let next = layer.tokenIndex(atOrAfter: mention.upperBound)
        guard first > 0, first < next, next <= layer.tokens.count, layer.tokens[first].isCapitalized else { return false }
        if layer.tokens[next - 1].endsPossessive { return isShowAiredOn(first: first, next: next) }
        if layer.tokens[first - 1].isMark("("), next < layer.tokens.count, layer.tokens[next].isMark(")") { return true }
        guard closesPhrase(at: next) else { return false }
        var i = first - 1
        if layer.tokens[i].lower == "the" { i -= 1 }
        guard i >= 0 else { return false }
        let word = layer.tokens[i]
        if Self.tellForms.contains(word) { return true }
        guard i > 0 else { return false }
        // over one manner adverb ("said happily on MSNBC")
        var j = i - 1
        if j > 0, isAdverb(layer.tokens[j]) { j -= 1 }
        let cue = layer.tokens[j]
        switch word.lower {
        case "on": return !Self.topicNouns.contains(cue) && (Self.speakingWords.contains(cue) || lexicons.speechVerbs[cue] != nil)
        case "to": return Self.speakingWords.contains(cue) || lexicons.speechVerbs[cue] != nil
        case "with": return Self.speakingWords.contains(cue)
        case "in", "by": return Self.reportWords.contains(cue)
        default: return false
        }
    }

    /// Marks that open a show's quoted title ("on ABC's “This Week”", NYT's "''This Week''").
    private static let openingQuotes: Set<String> = ["\"", "\u{201C}", "''", "'", "\u{2018}"]

    /// Whether the possessive mention owns a quoted show after "on" ("said on ABC's “This
    /// Week”", "on CNN's “State of the Union”"): the network is where someone spoke. A show
    /// named without quotation marks or a journalist ("told MSNBC's Rachel Maddow") still takes
    /// the part.
    private func isShowAiredOn(first: Int, next: Int) -> Bool {
        guard next < layer.tokens.count, layer.tokens[next].kind == .punctuation,
              Self.openingQuotes.contains(layer.tokens[next].text) else { return false }
        var i = first - 1
        if layer.tokens[i].lower == "the" { i -= 1 }
        return i >= 0 && layer.tokens[i].lower == "on"
    }

    /// Whether the token at `i` ends the outlet's noun phrase: none, a punctuation mark other
    /// than a possessive's apostrophe, a day or a month, or a word that starts no noun of the
    /// outlet's ("on CNN Sunday", "to CNN after").
    private func closesPhrase(at i: Int) -> Bool {
        guard i < layer.tokens.count else { return true }
        let token = layer.tokens[i]
        if token.kind == .punctuation { return !token.isApostrophe }
        return !token.endsPossessive
            && (Self.wordsAfter.contains(token) || CalendarWords.weekdays.contains(token) || CalendarWords.months.contains(token))
    }

    /// Whether the token is an adverb made of a dictionary word and "-ly" ("happily", "publicly";
    /// not "rally", "July", "ally").
    private func isAdverb(_ token: Token) -> Bool {
        let word = token.lower
        guard !token.isCapitalized, word.hasSuffix("ly"), word.count > 4 else { return false }
        let stem = String(word.dropLast(2))
        let known = lexicons.commonWords.contains(stem)
        return known || (stem.hasSuffix("i") && lexicons.commonWords.contains(String(stem.dropLast()) + "y"))
    }
}
