extension PositionExtractor {
    /// Words that, after a comma or a dash, open a clause set against the reported one:
    /// "Clinton says the mails were personal, but for Republicans it is …".
    private static let contrastWords: WordSet = ["but", "while", "whereas", "though", "although", "yet"]

    /// Dashes that, like a comma, may open such a clause: a hyphen, an em dash, an en dash.
    static let dashes: WordSet = ["-", "\u{2014}", "\u{2013}"]

    /// The conjunction after a comma that may open a new speaker's clause.
    private static let and: WordSet = ["and"]

    private static let continuingWords: WordSet = ["that", "not", "never", "also", "only", "rather", "to"]

    /// Whether token `i` (outside quotation marks) starts a clause that is the writer's, not
    /// the speaker's: a comma or a dash before "but", "while", "though" and the like, or a
    /// comma and "and" before a new subject pronoun ("…, and he reiterated them").
    func opensContrast(_ i: Int, in sentence: Sentence) -> Bool {
        let t = layer.tokens[i]
        guard t.isMark(",") || Self.dashes.contains(t), i + 1 < sentence.tokens.upperBound else { return false }
        let next = layer.tokens[i + 1]
        if Self.contrastWords.contains(next) {
            // not the speaker's own second clause or limit ("…, but that the payments would offset
            // it", "…, but will not deploy them", "…, but not into combat") nor a concession inside a
            // phrase ("a crucial, although brief, opportunity")
            let rest = (i + 2)..<min(i + 5, sentence.tokens.upperBound)
            guard let first = rest.first.map({ layer.tokens[$0] }) else { return false }
            return !Self.continuingWords.contains(first) && !ClauseParts.auxiliaries.contains(first)
                && !rest.contains { layer.tokens[$0].isMark(",") }
        }
        guard t.isMark(","), Self.and.contains(next), i + 2 < sentence.tokens.upperBound else { return false }
        return Self.subjectPronouns.contains(layer.tokens[i + 2]) && layer.tokens[i + 2].lower != "it"
    }
}
