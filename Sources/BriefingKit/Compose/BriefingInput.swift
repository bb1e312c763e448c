/// What the composer needs of one article: its extraction record, its summary sentences
/// (chosen by the caller from the article text) and the text its spans count into.
public struct BriefingInput: Sendable {
    public var record: ArticleRecord
    /// Up to three sentences that summarize the article, in reading order.
    public var summary: [String]
    /// The text the record's spans index (the file as read, or the derived body); nil when
    /// unknown, in which case evidence passages show the span without its paragraph.
    public var text: String?

    public init(record: ArticleRecord, summary: [String], text: String? = nil) {
        self.record = record
        self.summary = summary
        self.text = text ?? record.text
    }
}
