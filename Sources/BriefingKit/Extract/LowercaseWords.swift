/// The words an article writes in lower case somewhere ("dinner", "big"), by word id: a
/// capitalized word the article also writes in lower case is a common word, not a name.
/// Built once per article and shared by the name chunker and the actor extractor.
struct LowercaseWords {
    private var words = ArticleWords()

    init(layer: TextLayer) {
        // by index: each token read in place, not copied
        for index in layer.tokens.indices where layer.tokens[index].kind == .word && !layer.tokens[index].isCapitalized {
            words.insert(layer.tokens[index])
        }
    }

    /// Whether the article writes `word` in lower case.
    func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the article writes the token's lower-case form in lower case.
    func contains(_ token: Token) -> Bool { words.contains(token) }
}
