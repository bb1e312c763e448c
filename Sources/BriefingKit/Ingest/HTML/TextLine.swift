/// One line of a page's visible text: the text between two block boundaries, with the block
/// element that holds it and how much of it is link text.
struct TextLine: Sendable {
    /// The text, whitespace collapsed.
    var text: String
    /// Index of the innermost block element the line sits in.
    var owner: Int
    /// Name of that element (`p`, `h2`, `li`, `div` …).
    var ownerName: String
    /// Non-space characters, and how many of them are inside links.
    var characters: Int
    var linkCharacters: Int

    /// Share of the line's characters that are link text.
    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
}
