extension SubjectFinder {
    /// Prepositions whose object a name is ("spoke out against Trump's influence", "met with
    /// Ann Bell"): a person there is talked about, not the one a following "he" or "she" most
    /// likely means.
    /// Not "by" (the agent of a passive: "joined by Ann Bell. She said"), "like" or "including"
    /// ("experts like Ann Bell say"), which name who acts.
    private static let objectPrepositions: WordSet = ["against", "with", "to", "for", "from", "about", "on", "at", "of",
                                                      "into", "toward", "towards", "over", "than", "without", "between",
                                                      "among", "in", "under"]

    /// Past forms that introduce a name rather than take it as an object ("an academic named
    /// Eric Kingson", "a woman called Ann Bell"), or hand their object the floor ("Chris Wallace
    /// pressed Mike Pence … “He will release them,” he said", "the judge sentenced John Smith …
    /// “I am sorry,” he told the court").
    private static let namingVerbs: WordSet = ["named", "called", "dubbed", "nicknamed", "interviewed", "pressed",
                                               "introduced", "welcomed", "hosted", "sentenced", "questioned", "grilled",
                                               "quizzed", "invited", "thanked", "asked", "heard"]

    /// Words in "-ing" that are no verb taking an object ("early Monday morning John Smith walked
    /// out", "during", "according to").
    private static let ingNonVerbs: WordSet = ["morning", "evening", "during", "including", "according", "regarding",
                                               "following", "meeting", "building", "spring", "nothing", "something",
                                               "anything", "everything", "thing", "king", "ring", "wing", "string"]

    /// Whether the mention starting at scalar `offset` is the object of a verb or preposition
    /// in the narration ("the gun he used to kill Trayvon Martin", "against Trump's influence",
    /// "attacked Ray Smith"), not a clause's subject: a "he" or "she" in the narration passes
    /// over it to an earlier person of its gender, as readers do (a subject is the likelier
    /// referent), and comes back to it only when no one else fits.
    func isObjectMention(startingAt offset: Int) -> Bool {
        let i = layer.tokenIndex(atOrAfter: offset)
        guard i > 0, i < layer.tokens.count, layer.quotation(containing: offset) == nil else { return false }
        let before = layer.tokens[i - 1]
        guard before.kind == .word, !before.isCapitalized, lexicons.speechVerbs[before.lower] == nil else { return false }
        // "As for Trump, he said …": a topic set up for the clause that follows
        if Self.objectPrepositions.contains(before) { return !(before.lower == "for" && i > 1 && layer.tokens[i - 2].lower == "as") }
        guard let m = registry.mention(startingAt: offset) else { return false }
        let last = layer.tokenIndex(atOrAfter: m.range.upperBound) - 1
        // "hearing Rubio's strategy": the owner of a verb's object is as often the one meant
        if layer.tokens[last].endsPossessive { return false }
        // "after the vote ended John Brown left": a verb after the name makes it a subject
        if last + 1 < layer.tokens.count, case let next = layer.tokens[last + 1], next.kind == .word,
           VerbBase.isPastForm(next) || ClauseParts.auxiliaries.contains(next) || lexicons.speechVerbs[next.lower] != nil {
            return false
        }
        // "criticizing Ray Smith", "attacked Ray Smith"; not "said Ray Smith" (a speech verb, above)
        if before.lower.hasSuffix("ing"), before.lower.count > 5 { return !Self.ingNonVerbs.contains(before) }
        if VerbBase.isPastForm(before) { return !Self.namingVerbs.contains(before) }
        // "to kill Trayvon Martin": a verb's base form after "to"
        return i > 1 && layer.tokens[i - 2].lower == "to"
    }
}
