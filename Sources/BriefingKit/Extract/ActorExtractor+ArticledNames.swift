extension ActorExtractor {
    /// Names the text writes after "the" as the head of their noun phrase ("the American
    /// Legion has asked", "the Trans-Pacific Partnership, which", "the Bronx."): an institution,
    /// a place or a thing, not a person, whom the text names without the article ("Ann Vell
    /// said"). A name the text also writes with a title ("the Rev. Al Sharpton", "President
    /// Obama") or that starts with a first name ("the Ann Vell campaign") is none, nor one
    /// modifying a noun ("the Obama administration"), alone or in a coordination ("the Trump and
    /// Clinton campaigns"), nor a figure of speech ("the Obama of the right").
    func namesWrittenWithArticle(in chunks: [NameChunk]) -> Set<String> {
        var articled = Set<String>(), titled = Set<String>()
        for chunk in chunks where !chunk.inDisplayText {
            if chunk.title != nil { titled.insert(chunk.lower) }
            let before = chunk.tokens.lowerBound - 1
            guard before >= layer.sentences[chunk.sentence].tokens.lowerBound, layer.tokens[before].lower == "the",
                  chunk.title == nil, !lexicons.firstNames.contains(NameWords.split(chunk.lower).first ?? ""),
                  !modifiesNoun(after: chunk) else { continue }
            // "the Trump and Clinton campaigns", "the Obama, Bush and Clinton administrations"
            // (another name follows), and "the Obama of the right", a lower-case word after "of"
            // ("the American Academy of Pediatrics", a name after "of", stays a head use)
            let after = chunk.tokens.upperBound
            if after + 1 < layer.tokens.count, layer.tokens[after].lower == "of", !layer.tokens[after + 1].isCapitalized { continue }
            if isCoordinatedModifier(after: after) { continue }
            articled.insert(chunk.lower)
        }
        return articled.subtracting(titled)
    }

    /// Whether the word after `chunk` is a lower-case noun it modifies ("the Senate Benghazi
    /// hearing") rather than a verb or function word that leaves it the head ("the Mexican
    /// Embassy said", "the Muslim Brotherhood, which").
    func modifiesNoun(after chunk: NameChunk) -> Bool {
        isModifiedNoun(at: chunk.tokens.upperBound)
    }

    /// Whether token `index` is a lower-case word that a name before it may modify: no verb
    /// ("said", "asked"), no function word.
    private func isModifiedNoun(at index: Int) -> Bool {
        guard index < layer.tokens.count else { return false }
        let next = layer.tokens[index]
        return next.kind == .word && !next.isCapitalized && !next.lower.hasSuffix("ed") && lexicons.speechVerbs[next.lower] == nil
            && !lexicons.attitudeVerbs.contains(next) && !SentenceStarters.words.contains(next)
    }

    /// Whether the token at `index`, right after a name, coordinates it with further names
    /// that together modify a noun ("the Trump and Clinton campaigns", "the Obama, Bush and
    /// Clinton administrations"); "the House and Senate voted" coordinates heads.
    private func isCoordinatedModifier(after index: Int) -> Bool {
        guard index < layer.tokens.count, ["and", ","].contains(layer.tokens[index].lower) else { return false }
        var j = index
        while j < min(layer.tokens.count, index + 12),
              layer.tokens[j].isCapitalized || ["and", ","].contains(layer.tokens[j].lower) {
            j += 1
        }
        return j > index + 1 && layer.tokens[j - 1].isCapitalized && isModifiedNoun(at: j)
    }
}
