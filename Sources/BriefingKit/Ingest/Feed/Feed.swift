/// An RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed: the channel's title and link, and its items.
struct Feed {
    var title: String?
    var link: String?
    var items: [FeedItem]
}
