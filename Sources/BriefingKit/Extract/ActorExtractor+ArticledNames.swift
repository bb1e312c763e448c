extension ActorExtractor {
    /// Names the text writes after "the" as the head of their noun phrase ("the American
    /// Legion has asked", "the Trans-Pacific Partnership, which", "the Bronx."): an institution,
    /// a place or a thing, never a person, who is written without the article ("Ann Vell said").
    /// A name with a title ("the Rev. Al Sharpton") or a first name ("the Ann Vell campaign")
    /// is no such name, nor one modifying a noun ("the Obama administration").
    func namesWrittenWithArticle(in chunks: [NameChunk]) -> Set<String> {
        Set(chunks.filter { chunk in
            let before = chunk.tokens.lowerBound - 1
            guard chunk.title == nil, before >= 0, layer.tokens[before].lower == "the",
                  !lexicons.firstNames.contains(NameWords.split(chunk.lower).first ?? "") else { return false }
            return !modifiesNoun(after: chunk)
        }.map(\.lower))
    }

    /// Whether the word after `chunk` is a lower-case noun it modifies ("the Senate Benghazi
    /// hearing") rather than a verb or function word that leaves it the head ("the Mexican
    /// Embassy said", "the Muslim Brotherhood, which").
    func modifiesNoun(after chunk: NameChunk) -> Bool {
        let after = chunk.tokens.upperBound
        guard after < layer.tokens.count else { return false }
        let next = layer.tokens[after]
        return next.kind == .word && !next.isCapitalized && !next.lower.hasSuffix("ed") && lexicons.speechVerbs[next.lower] == nil
            && !lexicons.attitudeVerbs.contains(next) && !SentenceStarters.words.contains(next)
    }
}
