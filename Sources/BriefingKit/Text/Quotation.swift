/// A quotation in the text: the marks and what they enclose.
public struct Quotation: Sendable, Hashable {
    /// From the opening mark to the closing mark, both included.
    public let range: Range<Int>
    /// Between the marks.
    public let inner: Range<Int>
    /// Whether it is a quotation opened again at the start of a paragraph that continues
    /// the previous paragraph's quotation (news style: no closing mark before the break).
    public let continuesPrevious: Bool

    public init(range: Range<Int>, inner: Range<Int>, continuesPrevious: Bool) {
        self.range = range
        self.inner = inner
        self.continuesPrevious = continuesPrevious
    }
}
