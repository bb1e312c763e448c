/// A run of capitalized words in a sentence that may name an actor ("Tony Radakin",
/// "Prime Minister Keir Starmer", "Pershing Square Capital Management").
struct NameChunk: Sendable, Hashable {
    /// Token indices of the name itself, after any leading title.
    var tokens: Range<Int>
    /// Scalar offsets of the name, without a possessive `'s`.
    var range: Range<Int>
    /// The name as written, without a possessive.
    let text: String
    /// `text` in lower case, made once: the actor rules look names up by it many times over.
    let lower: String
    /// The title written before the name, lower case ("prime minister", "mr."), if any.
    var title: String?
    /// A title after a qualifier, as a role ("Texas senator" for "Texas Senator Ted Cruz").
    var qualifiedRole: String?
    /// Whether the chunk stands in a headline or label set in Title Case or capitals.
    var inDisplayText = false
    /// Index of the sentence holding the chunk.
    var sentence: Int
}
