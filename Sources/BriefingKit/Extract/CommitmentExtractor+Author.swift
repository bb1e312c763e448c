/// The author of an opinion piece, who is the "I" outside quotations: an op-ed ends with a
/// line about its author ("Ann Bell is the Democratic mayor of Dayton.", "Tom Hale is the
/// author of …"), and its "I refuse to answer the survey" binds them. Only then: an article
/// without such a closing line, or without a first person of its own outside quotations,
/// binds its "I" to no one.
extension CommitmentExtractor {
    /// How many paragraphs from the end the closing line about the author may stand (a "Follow
    /// her on Twitter" line may come after it).
    private static let closingParagraphs = 2
    private static let bioVerbs: Set<String> = ["is", "was", "serves"]
    private static let bioOpeners: Set<String> = ["a", "an", "the", "as", "president", "director", "professor", "founder",
                                                  "chairman", "chair", "editor", "author", "former", "senior"]

    /// The tokens of the author's name in the closing line, when the article is an op-ed: the
    /// line is a sentence "<First Last> is a/an/the …" whose first word is a known first name,
    /// and the body uses "I", "my" or "me" outside quotations in at least two sentences.
    func opEdAuthorName() -> Range<Int>? {
        let body = layer.paragraphs.indices.filter { layer.paragraphs[$0].role == .body }
        for p in body.suffix(Self.closingParagraphs).reversed() {
            let paragraph = layer.paragraphs[p]
            guard let first = paragraph.sentences.first, let name = bioName(in: layer.sentences[first]) else { continue }
            return usesFirstPerson(before: paragraph.range.lowerBound) ? name : nil
        }
        return nil
    }

    /// "<First> [Middle] <Last> is a/an/the …" at the start of a sentence.
    private func bioName(in sentence: Sentence) -> Range<Int>? {
        let start = sentence.tokens.lowerBound
        guard lexicons.firstNames.contains(layer.tokens[start].lower) else { return nil }
        var end = start + 1
        while end < sentence.tokens.upperBound, end - start < 4, layer.tokens[end].isCapitalized, layer.tokens[end].kind == .word
                || layer.tokens[end].text.count == 2 && layer.tokens[end].text.hasSuffix(".") { end += 1 }
        guard end - start >= 2, end + 1 < sentence.tokens.upperBound, Self.bioVerbs.contains(layer.tokens[end].lower),
              Self.bioOpeners.contains(layer.tokens[end + 1].lower) else { return nil }
        return start..<end
    }

    /// Whether sentences before `offset` say "I", "my" or "me" outside quotations, at least two
    /// of them.
    private func usesFirstPerson(before offset: Int) -> Bool {
        var count = 0
        for sentence in layer.sentences where layer.tokens[sentence.tokens.lowerBound].range.lowerBound < offset {
            let hasFirstPerson = sentence.tokens.contains {
                ["i", "my", "me"].contains(layer.tokens[$0].lower) && layer.quotation(containing: layer.tokens[$0].range.lowerBound) == nil
                    // "World War I" is no first person
                    && ($0 == sentence.tokens.lowerBound || !layer.tokens[$0 - 1].isCapitalized)
            }
            if hasFirstPerson { count += 1 }
            if count >= 2 { return true }
        }
        return false
    }

    /// The author as an actor, for an "I" outside quotations: the actor already named by the
    /// closing line's words, or a new person with that name.
    func author(named name: Range<Int>, subjects: inout SubjectFinder) -> Int {
        let mention = layer.tokens[name.lowerBound].range.lowerBound..<layer.tokens[name.upperBound - 1].range.upperBound
        if let known = subjects.registry.mention(startingAt: mention.lowerBound), subjects.registry.entries[known.entry].kind == .person {
            return known.entry
        }
        let text = layer.string(mention)
        let entry = subjects.registry.actor(key: "person:" + text.lowercased(), name: text, kind: .person)
        subjects.registry.addMention(mention, to: entry)
        return entry
    }
}
