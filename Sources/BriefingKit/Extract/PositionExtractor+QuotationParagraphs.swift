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
        var result = found
        var p = 1
        while p < layer.paragraphs.count {
            defer { p += 1 }
            guard let end = wholeQuotationEnd(ofParagraph: p), !result.contains(where: { overlaps($0, paragraph: p) }),
                  let last = positionClosingQuotation(ofParagraph: p - 1, in: result) else { continue }
            var reach = end
            // the next paragraphs of the same kind carry on the same words
            while p + 1 < layer.paragraphs.count, let next = wholeQuotationEnd(ofParagraph: p + 1),
                  !result.contains(where: { overlaps($0, paragraph: p + 1) }) {
                reach = next
                p += 1
            }
            subjects.noteReportedContent(result[last].content.upperBound..<reach, speaker: result[last].subject)
            result[last].content = result[last].content.lowerBound..<reach
        }
        return result
    }

    /// The end of paragraph `p` when it is a body paragraph of nothing but quotations, the first
    /// opening it with a double mark and the last not ending in a colon, else nil. (A paragraph of one single-quoted phrase, "'A
    /// healthy environment.'", is a subheading.)
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
        return endsWithColon(before: end) ? nil : end
    }

    /// Whether the last character before `end` that is no quotation mark or space is a colon.
    private func endsWithColon(before end: Int) -> Bool {
        let s = layer.text.scalars
        var k = end - 1
        while k >= 0, ["\u{201D}", "\"", "'", "\u{2019}", " "].contains(s[k]) { k -= 1 }
        return k >= 0 && s[k] == ":"
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
