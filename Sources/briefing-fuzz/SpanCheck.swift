import Foundation

/// The contract's promise checked on a JSON record: every object with `start`, `end` and
/// `text` is a span whose text is exactly the input's Unicode scalars `[start, end)`.
enum SpanCheck {
    static func verify(json: String, against text: String) {
        let scalars = Array(text.unicodeScalars)
        let object = try! JSONSerialization.jsonObject(with: Data(json.utf8))
        visit(object, scalars: scalars)
    }

    private static func visit(_ value: Any, scalars: [Unicode.Scalar]) {
        if let array = value as? [Any] {
            array.forEach { visit($0, scalars: scalars) }
        } else if let object = value as? [String: Any] {
            if let start = object["start"] as? Int, let end = object["end"] as? Int, let text = object["text"] as? String {
                precondition(0 <= start && start <= end && end <= scalars.count, "span [\(start), \(end)) outside the input")
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[start..<end])
                precondition(String(expected) == text, "span [\(start), \(end)) text differs from the input")
            }
            object.values.forEach { visit($0, scalars: scalars) }
        }
    }
}
