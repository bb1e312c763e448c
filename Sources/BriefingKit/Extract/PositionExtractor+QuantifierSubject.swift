/// A quantifier standing alone as the subject of a verb of saying or believing ("Some chanted
/// “USA! USA!”", "Many speculated that …", "… as some have speculated", "some are quietly
/// saying it is time"): the people the text leaves unnamed, spoken of as a part of a group.
/// PolNeAR marks the quantifier itself as the source; no actor is guessed.
extension PositionExtractor {
    /// Quantifiers that stand for people when nothing follows them ("all" and "each" are left
    /// out: "all said and done", "each said to be …").
    private static let quantifierPronouns: WordSet = ["some", "many", "most", "several", "others"]

    /// Words before a quantifier that leave it opening its clause: a conjunction, a
    /// subordinator or a relative pronoun ("and some say", "as many believe", "that some say").
    private static let clauseOpeners: WordSet = ["and", "but", "or", "yet", "while", "as", "though", "although", "because",
                                                 "that", "when", "where", "since", "if", "so"]

    /// Adverbs that may stand between the quantifier and its verb ("some quietly say", "many still believe").
    private static let innerAdverbs: WordSet = ["also", "still", "even", "already", "now", "only", "long", "privately", "publicly",
                                                "quietly", "openly", "often", "never", "always", "just", "really", "actually"]

    /// Words that open a reported clause right after the verb: "that", pronouns and determiners
    /// ("Some said they …", "many believe the …").
    private static let clauseStarts: WordSet = ["that", "he", "she", "it", "they", "we", "i", "you", "there", "this", "these",
                                                "those", "the", "a", "an", "his", "her", "their", "its", "our"]

    /// The quantifier subject of the verb at `k`, past auxiliaries and adverbs before it, when
    /// it opens its clause (the sentence's start, after a comma, a dash, a quotation mark or a
    /// word of `clauseOpeners`) and the verb reports a quotation or a clause (a mark, a name or
    /// a word of `clauseStarts` after it); nil otherwise ("in some places", "some voters" have
    /// other heads; "several alleged accomplices", "many agreed with much of it" report nothing).
    func quantifierSubject(ofCue k: Int, in sentence: Sentence) -> Subject? {
        guard k + 1 < sentence.tokens.upperBound else { return nil }
        let next = layer.tokens[k + 1]
        guard next.kind == .punctuation || next.isCapitalized || Self.clauseStarts.contains(next) else { return nil }
        var i = k - 1
        while i >= sentence.tokens.lowerBound, k - i <= 4,
              ClauseParts.auxiliaries.contains(layer.tokens[i]) || Self.innerAdverbs.contains(layer.tokens[i]) || Self.modals.contains(layer.tokens[i]) {
            i -= 1
        }
        guard i >= sentence.tokens.lowerBound, Self.quantifierPronouns.contains(layer.tokens[i]) else { return nil }
        if i > sentence.tokens.lowerBound {
            let before = layer.tokens[i - 1]
            guard before.kind == .punctuation || Self.clauseOpeners.contains(before) else { return nil }
        }
        return Subject(mention: layer.tokens[i].range, entry: nil, tokens: i..<(i + 1))
    }
}
