/// A candidate's policy stated in the writer's own voice as what the candidate would do: "Mr.
/// Rubio would eliminate taxes on investment income", "He would use the proceeds to cut
/// corporate tax rates" (GUIDELINES.md counts "she would raise the minimum wage"). Narration's
/// "would" binds only a person named in the registry, outside quotations, in a sentence with no
/// "if" or "unless" (the narrator's "if elected, Trump would …" is a hypothetical, however short
/// its condition), and not as the future of a past story ("Trump would later say", "would go on
/// to win"), after a past setting ("In 1998, …", "Two years later, …"), a counterfactual ("would
/// have") or a pluperfect ("he'd surged"); and only with a verb
/// that enacts a policy (on taxes, laws, spending, programs): read on train articles, narration's
/// "would" with any other verb was as often a past habit ("he would squeeze every word"), a
/// forecast ("she would expand her delegate lead") or a writer's hypothetical.
extension CommitmentExtractor {
    /// Words after "would" that make it the future of a past narrative or a guess.
    private static let narrativeWouldWords: WordSet = ["later", "eventually", "soon", "go", "have", "likely", "probably",
                                                       "rather", "be", "become", "like", "love"]

    /// Words before a narrated "would" that set it in the past, where it tells what then
    /// followed or was habitual ("Two years later, Hill would repeal the law", "As a teenager,
    /// she would use her allowance").
    private static let pastSettingWords: WordSet = ["later", "ago", "afterward", "afterwards", "teenager", "child", "boy",
                                                    "girl", "student", "youth", "back", "time", "every", "each"]
    /// Words after a narrated "would" that make it a habit ("would cut the budget every spring").
    private static let habitWords: WordSet = ["every", "each", "routinely", "often", "always"]

    /// Words that make a narrated "would" a hypothetical, with or without a clause of their own.
    private static let conditionWords: WordSet = ["if", "unless"]

    /// Verbs that enact a policy: what a candidate would do in office to laws, taxes, spending and programs.
    private static let policyVerbs: WordSet = ["abolish", "advocate", "allow", "ban", "build", "create", "cut", "deport",
                                               "eliminate", "end", "fund", "impose", "increase", "invest", "let",
                                               "lower", "pay", "phase", "provide", "push", "raise", "reduce", "reform", "repeal",
                                               "replace", "restore", "scrap", "tax", "use", "veto"]

    /// Whether the narrated "would" at `k`, bound to the verb at `verb`, states the policy of the person `subject`.
    func isNarratedProposal(_ subject: Subject, wouldAt k: Int, verb: Int, condition: Range<Int>?, in sentence: Sentence,
                            registry: ActorRegistry) -> Bool {
        guard condition == nil, !sentence.tokens.contains(where: { Self.conditionWords.contains(layer.tokens[$0].lower) }),
              let entry = subject.entry, registry.entries[entry].kind == .person,
              layer.quotation(containing: layer.tokens[k].range.lowerBound) == nil,
              k + 1 < sentence.tokens.upperBound, layer.tokens[k].lower == "would",
              !Self.narrativeWouldWords.contains(layer.tokens[k + 1].lower),
              !(sentence.tokens.lowerBound..<k).contains(where: isPastSetting),
              !(k..<sentence.tokens.upperBound).contains(where: { Self.habitWords.contains(layer.tokens[$0]) }) else { return false }
        return Self.policyVerbs.contains(layer.tokens[verb].lower)
    }

    /// A word or a year that sets what follows in the past or makes it a habit ("In 1998, …",
    /// "Years later, …", "Back then, …", "At the time, …", "every spring"); a year after "by"
    /// or "until" is a target ("By 2030, Hill would cut emissions").
    private func isPastSetting(_ index: Int) -> Bool {
        let token = layer.tokens[index]
        if token.kind == .number, token.text.count == 4, token.text.hasPrefix("19") || token.text.hasPrefix("20") {
            return index == 0 || !["by", "until"].contains(layer.tokens[index - 1].lower)
        }
        return Self.pastSettingWords.contains(token)
    }
}
