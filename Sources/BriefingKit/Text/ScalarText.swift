/// An article's text as an array of Unicode scalars, so that every stage works with the
/// contract's integer offsets and never re-walks a `String`.
public struct ScalarText: Sendable {
    /// The scalars of the text, in order.
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        var text = text
        // decoded straight from the string's UTF-8 (always valid), much faster than copying
        // the scalar view through its iterator
        scalars = text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var i = 0, n = 0
                while i < utf8.count {
                    let lead = UInt32(utf8[i])
                    var value: UInt32
                    if lead < 0x80 {
                        // an ASCII scalar (most) needs no check that it is one; so do the next
                        // eight bytes when all are ASCII, proven by one test (most of a line)
                        buffer.initializeElement(at: n, to: Unicode.Scalar(UInt8(truncatingIfNeeded: lead)))
                        n += 1
                        i += 1
                        while i + 8 <= utf8.count,
                              UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                            for k in 0..<8 { buffer.initializeElement(at: n + k, to: Unicode.Scalar(utf8[i + k])) }
                            n += 8
                            i += 8
                        }
                        continue
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    buffer.initializeElement(at: n, to: Unicode.Scalar(value)!)
                    n += 1
                }
                count = n
            }
        }
    }

    /// Number of scalars.
    public var count: Int { scalars.count }

    /// The text of `[start, end)`, clamped to the text.
    public func string(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, count)), upper = max(lower, min(end, count))
        return Self.string(scalars[lower..<upper])
    }

    /// The string of `scalars`, its UTF-8 written straight into the string's storage (the
    /// scalar view's generic `append(contentsOf:)` costs thousands of instructions a call).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer { s in
            var length = 0
            for c in s { length += UTF8.width(c) }
            return String(unsafeUninitializedCapacity: length) { bytes in
                var n = 0
                for c in s {
                    if c.value < 0x80 {
                        bytes[n] = UInt8(truncatingIfNeeded: c.value)
                        n += 1
                    } else {
                        UTF8.encode(c) { byte in
                            bytes[n] = byte
                            n += 1
                        }
                    }
                }
                return n
            }
        }
    }

    /// The text of a range.
    public func string(_ range: Range<Int>) -> String { string(range.lowerBound, range.upperBound) }

    /// A contract span for `[start, end)`.
    public func span(_ start: Int, _ end: Int) -> Span {
        Span(start: start, end: end, text: string(start, end))
    }

    /// A contract span for a range.
    public func span(_ range: Range<Int>) -> Span { span(range.lowerBound, range.upperBound) }

    /// The range shrunk so that it neither starts nor ends with whitespace.
    public func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, ScalarClass.isWhitespace(scalars[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
