/// An HTML page in three pieces of UTF-8: the template's text before the body, the body's
/// HTML, and the template's text after it. The body is most of a large page; kept as bytes, it
/// goes to the file as it is, never through a string.
public struct RenderedPage: Sendable {
    /// The page up to the body.
    public var head: String
    /// The body's HTML, UTF-8.
    public var body: [UInt8]
    /// The page after the body.
    public var tail: String

    public init(head: String, body: [UInt8], tail: String) {
        self.head = head
        self.body = body
        self.tail = tail
    }

    /// `template` with its one occurrence of `placeholder` standing for `body`; nil when the
    /// placeholder is not there exactly once.
    init?(template: String, placeholder: String, body: [UInt8]) {
        let text = Array(template.utf8), mark = Array(placeholder.utf8)
        guard let at = Self.firstIndex(of: mark, in: text, from: 0),
              Self.firstIndex(of: mark, in: text, from: at + 1) == nil else { return nil }
        self.init(head: String(decoding: text[..<at], as: UTF8.self), body: body,
                  tail: String(decoding: text[(at + mark.count)...], as: UTF8.self))
    }

    /// The whole page as one string.
    public var text: String {
        head + String(decoding: body, as: UTF8.self) + tail
    }

    private static func firstIndex(of mark: [UInt8], in text: [UInt8], from start: Int) -> Int? {
        text.withUnsafeBufferPointer { HeadingAnchors.find(mark, in: $0, from: start) }
    }
}
