extension SubjectFinder {
    /// "Mr. Trump soon noted", "are quietly saying": an adverb in -ly between a subject and
    /// its verb (not a noun or adjective such as "family", "early", "only").
    static func isMannerAdverb(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.lower.count > 4 && token.lower.hasSuffix("ly")
            && !Self.nonAdverbsInLy.contains(token)
    }

    private static let nonAdverbsInLy: WordSet = ["family", "early", "only", "likely", "ally", "rally", "daily", "weekly",
                                                      "monthly", "yearly", "holy", "italy", "july", "assembly", "supply",
                                                      "reply", "apply", "comply", "imply", "elderly", "friendly", "costly",
                                                      "deadly", "lonely", "ugly", "silly", "belly", "jelly", "bully"]
}
