/// A quotation that runs on over paragraphs: news style names the speaker once and opens each
/// further paragraph of the same speaker's words with a quotation mark and no attribution
/// ("“…,” Lee said.¶“…”", "Lee told the crowd: “…¶“…”"). PolNeAR marks such a quotation as one
/// content, so the position the first paragraph closes with runs on over the paragraphs after it.
extension PositionExtractor {
    /// `found` with each position whose content closes its paragraph with a quotation carried on
    /// over the paragraphs right after it that are nothing but a quotation no position covers.
    /// The content then holds the attribution between the pieces ("…,” Lee said.¶“…”"), as
    /// it does for "“…,” he said. “…”" inside one paragraph.
    func continuedIntoQuotationParagraphs(_ found: [Found], subjects: inout SubjectFinder) -> [Found] {
        var result = found.map { oneVoice($0, registry: subjects.registry) }
        var p = 1
        while p < layer.paragraphs.count {
            defer { p += 1 }
            guard let end = wholeQuotationEnd(ofParagraph: p), !result.contains(where: { overlaps($0, paragraph: p) }),
                  let last = positionClosingQuotation(ofParagraph: p - 1, in: result),
                  opensWithQuotationMark(result[last].content.lowerBound),
                  mayCarryOn(paragraph: p, voiceOf: result[last].subject?.entry, registry: subjects.registry) else { continue }
            var reach = end
            // the next paragraphs of the same kind carry on the same words
            while p + 1 < layer.paragraphs.count, let next = wholeQuotationEnd(ofParagraph: p + 1),
                  !result.contains(where: { overlaps($0, paragraph: p + 1) }),
                  mayCarryOn(paragraph: p + 1, voiceOf: result[last].subject?.entry, registry: subjects.registry) {
                reach = next
                p += 1
            }
            subjects.noteReportedContent(result[last].content.upperBound..<reach, speaker: result[last].subject)
            result[last].content = result[last].content.lowerBound..<reach
        }
        return result
    }

    /// The end of paragraph `p` when it is a body paragraph of nothing but quotations, the first
    /// opening it with a double mark and the last not ending in a colon, else nil. (A paragraph
    /// of one single-quoted phrase, "'A healthy environment.'", is a subheading.)
    private func wholeQuotationEnd(ofParagraph p: Int) -> Int? {
        let paragraph = layer.paragraphs[p]
        guard paragraph.role == .body else { return nil }
        var i = layer.tokenIndex(atOrAfter: paragraph.range.lowerBound)
        guard i < layer.tokens.count, layer.tokens[i].range.lowerBound < paragraph.range.upperBound, isQuotationStart(i),
              opensWithDoubleMark(layer.tokens[i].range.lowerBound) else { return nil }
        var end = paragraph.range.lowerBound
        while i < layer.tokens.count, layer.tokens[i].range.lowerBound < paragraph.range.upperBound {
            let token = layer.tokens[i]
            guard token.kind == .punctuation || layer.quotation(containing: token.range.lowerBound) != nil else { return nil }
            end = token.range.upperBound
            i += 1
        }
        // a quoted label ("“Related:”") introduces something else; it carries on no one's words
        if let last = layer.quotation(containing: end - 1), lastScalarInside(last.range) == ":" { return nil }
        return end
    }

    /// `position` cut back before the first paragraph its content runs on into that is likely
    /// another voice (`mayCarryOn`): "“…,” Dana Hill said.¶“Crooked Dana Hill is …”" is Hill's
    /// first quotation only. Contents joined across paragraphs as the attribution closes its
    /// paragraph ("“Q1,” X said.¶“Q2”") are checked as the paragraphs carried on below are.
    private func oneVoice(_ position: Found, registry: ActorRegistry) -> Found {
        guard let first = paragraphIndex(ofToken: layer.tokenIndex(atOrAfter: position.content.lowerBound)),
              let last = paragraphIndex(ofToken: layer.tokenIndex(atOrAfter: position.content.upperBound) - 1), first < last,
              let other = ((first + 1)...last).first(where: { !mayCarryOn(paragraph: $0, voiceOf: position.subject?.entry, registry: registry) })
        else { return position }
        // the content ends with the last quotation closed before that paragraph
        let cut = layer.paragraphs[other].range.lowerBound
        var i = layer.tokenIndex(atOrAfter: cut) - 1
        while i >= 0, layer.tokens[i].range.upperBound > position.content.lowerBound {
            if let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound), quote.range.upperBound <= cut {
                var trimmed = position
                trimmed.content = position.content.lowerBound..<quote.range.upperBound
                return trimmed
            }
            i -= 1
        }
        return position
    }

    /// The index of the paragraph holding token `i`, if any.
    private func paragraphIndex(ofToken i: Int) -> Int? {
        guard i >= 0, i < layer.tokens.count, let s = layer.sentenceIndex(ofToken: i) else { return nil }
        return layer.sentences[s].paragraph
    }

    /// Whether quotation paragraph `p` is likely the same voice as the quotation before it: not
    /// ending in a question (a reporter's or a moderator's: "“Not even on the rich?”"), no name
    /// of the speaker (an opponent's tweet: "“Crooked Tom Harkin is a disaster.”"), and the paragraph
    /// after it does not point back at it as someone else's ("That was the reply from …", "The
    /// crowd chanted …").
    private func mayCarryOn(paragraph p: Int, voiceOf speaker: Int?, registry: ActorRegistry) -> Bool {
        let range = layer.paragraphs[p].range
        var i = layer.tokenIndex(atOrAfter: range.lowerBound)
        var lastStop: Token?
        while i < layer.tokens.count, layer.tokens[i].range.lowerBound < range.upperBound {
            let token = layer.tokens[i]
            if token.isMark("?") || token.isMark(".") || token.isMark("!") { lastStop = token }
            if let speaker, registry.mention(endingAt: token.range.upperBound)?.entry == speaker { return false }
            i += 1
        }
        // a paragraph that ends in a question ("Who cares? It was her speech." goes on)
        if lastStop?.isMark("?") == true { return false }
        guard p + 1 < layer.paragraphs.count, layer.paragraphs[p + 1].role == .body else { return true }
        let first = layer.tokenIndex(atOrAfter: layer.paragraphs[p + 1].range.lowerBound)
        guard first + 1 < layer.tokens.count else { return true }
        let (word, next) = (layer.tokens[first].lower, layer.tokens[first + 1].lower)
        let pointsBack = Self.demonstratives.contains(word) && Self.copulas.contains(next)
            || word == "the" && Self.utteranceNouns.contains(next)
        return !pointsBack
    }

    private static let demonstratives: Set<String> = ["that", "this", "those", "these"]
    private static let copulas: Set<String> = ["was", "is", "were", "are"]
    /// Nouns by which the next paragraph names the quotation, or those who spoke it, as another's
    /// ("The question, from …", "The crowd chanted …").
    private static let utteranceNouns: Set<String> = ["question", "reply", "response", "answer", "chant", "crowd", "tweet",
                                                      "message", "post", "remark", "comment", "retort", "rebuttal"]

    /// Whether a quotation mark of any kind opens at `offset` (the content is a direct quotation,
    /// not a reported clause that ends in a quoted phrase).
    private func opensWithQuotationMark(_ offset: Int) -> Bool {
        let c = layer.text.scalars[offset]
        return ["\u{201C}", "\"", "'", "\u{2018}"].contains(c)
    }

    /// Whether a double quotation mark opens at `offset`: “, " or two apostrophes.
    private func opensWithDoubleMark(_ offset: Int) -> Bool {
        let s = layer.text.scalars
        return s[offset] == "\u{201C}" || s[offset] == "\"" || s[offset] == "'" && offset + 1 < s.count && s[offset + 1] == "'"
    }

    /// Whether the position's content or cue lies in paragraph `p`: the paragraph has words
    /// of its own attributed.
    private func overlaps(_ position: Found, paragraph p: Int) -> Bool {
        let range = layer.paragraphs[p].range
        return position.content.overlaps(range) || position.cue.overlaps(range)
    }

    /// The index in `found` of the position that closes paragraph `p` with a quotation: its
    /// content is the last to end there, ends with a quotation, and it or its cue is in the
    /// paragraph's last sentence (an attribution may follow it there: "“…,” Lee said.").
    private func positionClosingQuotation(ofParagraph p: Int, in found: [Found]) -> Int? {
        let paragraph = layer.paragraphs[p]
        guard paragraph.role == .body, !paragraph.sentences.isEmpty else { return nil }
        let inside = found.indices.filter { paragraph.range.contains(found[$0].content.upperBound - 1) }
        guard let last = inside.max(by: { found[$0].content.upperBound < found[$1].content.upperBound }),
              let quote = layer.quotation(containing: found[last].content.upperBound - 1),
              quote.range.upperBound == found[last].content.upperBound else { return nil }
        let lastSentence = paragraph.sentences.upperBound - 1
        let closing = layer.tokenIndex(atOrAfter: found[last].content.upperBound - 1)
        let cue = layer.tokenIndex(atOrAfter: found[last].cue.lowerBound)
        return layer.sentenceIndex(ofToken: closing) == lastSentence || layer.sentenceIndex(ofToken: cue) == lastSentence ? last : nil
    }
}
