/// Recognises the site's own prompts that sit at the edges of an article body inside the
/// same container as the prose: newsletter and membership pitches, "follow us", tip lines,
/// cookie and ad-blocker notices, affiliate disclosures, "updated at" stamps.
enum PromoLine {
    /// Lines longer than this are prose, whatever they mention.
    private static let maximumCharacters = 320

    /// Phrases (lower-case) that only a site's prompt would use.
    private static let cues = ASCIIText.lowercasedAll([
        "newsletter", "subscribe", "subscribing", "sign up", "signup", "your inbox", "in your inbox", "follow us",
        "follow her on", "follow him on", "follow them on", "on twitter @", "facebook messenger", "ad blocker",
        "adblock", "affiliate", "commission", "uses cookies", "use of cookies", "click here", "join our",
        "listen to", "listen back", "full coverage", "may be reached at", "can be reached at", "have a tip",
        "got a tip", "send us", "if you enjoyed this", "if you value our", "support our journalism",
        "last updated", "first published", "published on", "updated at", "reading time", "tempo de leitura",
        "share your thoughts", "additional reporting by", "getty images", "| bloomberg", "sponsored",
        "download our app", "all rights reserved", "©",
    ])

    /// Whether the line is a prompt or stamp rather than article text.
    static func isPromo(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= maximumCharacters else { return false }
        let lowered = ASCIIText.lowercased(line)
        return cues.contains { ASCIIText.contains(lowered, $0) }
    }
}
