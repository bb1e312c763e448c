/// Turns the located body's lines into the article's paragraphs: drops the lines inside the
/// container that still read as furniture (link lists, the headline repeated, boilerplate,
/// and site prompts among the first and last lines).
struct BodyTextWriter {
    let boilerplate: BoilerplateDetector

    /// How many lines at the start and at the end are checked for site prompts.
    private static let leadingEdge = 3, trailingEdge = 8

    /// The body paragraphs, one per line, in order.
    func paragraphs(of body: BodyLocator.Body, title: String?) -> [String] {
        var result: [String] = []
        for line in body.lines {
            if line.linkDensity > 0.5 { continue }
            if line.ownerName == "h1" { continue }
            if let title, line.text == title { continue }
            if boilerplate.isBoilerplate(line.text) { continue }
            if line.text.hasPrefix("<"), line.text.hasSuffix(">") { continue }   // markup left as text by a <noscript>
            result.append(line.text)
        }
        let edges = Set(result.indices.prefix(Self.leadingEdge)).union(result.indices.suffix(Self.trailingEdge))
        return result.indices.filter { !edges.contains($0) || !PromoLine.isPromo(result[$0]) }.map { result[$0] }
    }
}
