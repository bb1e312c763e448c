/// One RSS item or Atom entry, as the feed states it.
struct FeedItem {
    var title: String?
    /// The item's link, resolved against `xml:base` and the feed's link.
    var link: String?
    var guid: String?
    /// The date as written (RFC 822, W3C-DTF …), not yet read.
    var date: String?
    var author: String?
    /// The body: paragraphs of the fullest content field (`content:encoded`, Atom `content`,
    /// `xhtml:body`, `description`, `summary`).
    var paragraphs: [String]
}
