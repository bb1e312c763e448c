/// A pledge of a thing rather than of an act: "promised mass deportation", "vowed a wider war
/// against the Islamic State", "by pledging further police reform", "He pledged “cooperation”".
/// The pledged thing is the action ("will deliver mass deportation"), the stance positive.
///
/// The verb must follow its subject or a word that keeps it a finite verb or a participle of the
/// clause's subject (a name, a pronoun, an auxiliary, an adverb, "who", "by", "and", a comma
/// before a participle): "400 pledged delegates" and "empty promises" are an adjective and a
/// noun. Its object must open a noun phrase: not a preposition or a clause ("pledged that",
/// "promised on Tuesday to", "promises the government will help"), which the cue table and
/// reported speech cover, nor a person ("promised him").
extension CommitmentExtractor {
    /// The modality of a pledged thing.
    static let pledgedObjectModality = "pledged object"
    /// What leads the pledged thing after "will": "will deliver mass deportation".
    static let pledgedObjectLead = "deliver"

    private static let pledgeVerbs: WordSet = ["promised", "promises", "promising", "pledged", "pledges", "pledging", "vowed",
                                               "vows", "vowing"]
    /// Words right before the verb that leave it the verb of its clause's subject.
    private static let pledgeOpeners: WordSet = ["has", "have", "had", "who", "by", "and", "also", "then", "since", "once",
                                                 "already", "again", "he", "she", "they", "we", "i"]
    /// Words that cannot open the pledged thing: prepositions, conjunctions, and pronouns of people.
    private static let objectStops: WordSet = ["to", "that", "not", "on", "in", "at", "for", "as", "with", "from", "by", "about",
                                               "of", "and", "or", "but", "if", "when", "after", "before", "during", "while",
                                               "him", "her", "them", "me", "us", "you", "it", "he", "she", "they", "we", "i",
                                               "this", "so", "never", "repeatedly", "again", "last", "next"]
    /// Words that make what follows the verb a clause of its own ("promises the government will help").
    private static let clauseVerbs: WordSet = ["will", "would", "can", "could", "should", "must", "is", "are", "was", "were",
                                               "has", "have", "had", "won't", "won\u{2019}t", "wouldn't", "wouldn\u{2019}t"]
    private static let openingQuotes: Set<String> = ["\u{201C}", "\"", "\u{2018}", "'"]
    /// The most words read after the verb for a clause's own verb.
    private static let clauseReach = 5

    /// The pledge verb at `k` when a noun phrase follows it as its object: its length, modality and polarity.
    func pledgedObject(at k: Int, in sentence: Sentence) -> (Int, String, Polarity)? {
        let end = sentence.tokens.upperBound
        guard Self.pledgeVerbs.contains(layer.tokens[k]), k > sentence.tokens.lowerBound, k + 1 < end else { return nil }
        let previous = layer.tokens[k - 1]
        let opens = Self.pledgeOpeners.contains(previous) || previous.isCapitalized
            || previous.lower.hasSuffix("ly") && previous.lower.count > 4
            || previous.isMark(",") && layer.tokens[k].lower.hasSuffix("ing")
        guard opens else { return nil }
        var start = k + 1
        if Self.openingQuotes.contains(layer.tokens[start].text) { start += 1 }
        guard start < end, layer.tokens[start].kind == .word || layer.tokens[start].text == "$",
              !Self.objectStops.contains(layer.tokens[start]) else { return nil }
        let reach = min(end, start + Self.clauseReach)
        for i in start..<reach {
            if layer.tokens[i].kind == .punctuation, !Self.openingQuotes.contains(layer.tokens[i].text), layer.tokens[i].text != "$" { break }
            if Self.clauseVerbs.contains(layer.tokens[i]) { return nil }
        }
        return (1, Self.pledgedObjectModality, .positive)
    }
}
