extension SubjectFinder {
    /// "are quietly saying", "Fact-checkers swiftly noted": an adverb in -ly between a subject and
    /// its verb (not a noun or adjective such as "family", "early", "only").
    static func isMannerAdverb(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.lower.count > 4 && token.lower.hasSuffix("ly")
            && !Self.nonAdverbsInLy.contains(token)
    }

    private static let nonAdverbsInLy: WordSet = ["family", "early", "only", "likely", "rally", "daily", "weekly",
                                                      "monthly", "yearly", "italy", "assembly", "supply", "reply", "apply",
                                                      "comply", "imply", "elderly", "friendly", "costly", "deadly", "lonely",
                                                      "silly", "belly", "jelly", "bully"]
}
