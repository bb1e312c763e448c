import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives every `<h2>`–`<h4>` of an HTML fragment an `id` and a link to itself, and lists the
/// `<h2>` headings for a table of contents.
///
/// The ids are made here from the heading's text (lower-case letters, digits and hyphens), never
/// copied from it, so article text cannot choose an id or a link target.
struct HeadingAnchors {
    /// A section heading: the target of a contents link.
    struct Heading: Equatable {
        var id: String
        /// The heading's text, without markup (entities decoded; the page escapes it again).
        var title: String
    }

    /// Ids already on the page, which new ids avoid.
    private(set) var used: Set<String>
    private(set) var headings: [Heading] = []
    /// For each id made from a title, the number its next duplicate tries first (1 for the bare
    /// id): every lower number was taken when it was last made, and `used` only grows.
    private var nextNumber: [String: Int] = [:]

    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// The ids of `html`'s elements (`id="…"`, after white space).
    static func ids(in html: String) -> Set<String> {
        var html = html
        return html.withUTF8 { ids(in: $0) }
    }

    static func ids(in bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var ids = Set<String>()
        var i = 0
        while let at = Self.find(Self.idAttribute, in: bytes, from: i) {
            i = at + Self.idAttribute.count
            guard at > 0, Self.isSpace(bytes[at - 1]), let close = bytes[i...].firstIndex(of: UInt8(ascii: "\"")) else { continue }
            ids.insert(String(decoding: bytes[i..<close], as: UTF8.self))
            i = close + 1
        }
        return ids
    }

    /// `html` with an id and a self-link on each heading; headings that already have an id keep it.
    ///
    /// A byte scan for `<hN>` or `<hN id="…">` (N from 2 to 4) and the first `</hN>` after it:
    /// the shape libcmark and the templates write, found without a regex over the whole page.
    mutating func anchor(_ html: String) -> String {
        var html = html
        return html.withUTF8 { String(decoding: anchoredBytes($0), as: UTF8.self) }
    }

    /// `anchor(_:)` as UTF-8 bytes, for a page written without making its body a string.
    mutating func anchoredBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 16)
        var last = 0, i = 0
        while let open = Self.find(Self.headingOpen, in: bytes, from: i) {
            i = open + 2
            guard i < bytes.count, (UInt8(ascii: "2")...UInt8(ascii: "4")).contains(bytes[i]) else { continue }
            let level = bytes[i]
            var j = i + 1
            var existing: Range<Int>?
            if Self.starts(with: Self.idAttributeWithSpace, in: bytes, at: j) {
                let valueStart = j + Self.idAttributeWithSpace.count
                guard let close = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { continue }
                existing = valueStart..<close
                j = close + 1
            }
            guard j < bytes.count, bytes[j] == UInt8(ascii: ">") else { continue }
            let closing = Array("</h".utf8) + [level, UInt8(ascii: ">")]
            guard let end = Self.find(closing, in: bytes, from: j + 1) else { continue }
            let inner = String(decoding: bytes[(j + 1)..<end], as: UTF8.self)
            let title = Self.plainText(inner)
            let id = existing.map { String(decoding: bytes[$0], as: UTF8.self) }.flatMap { $0.isEmpty ? nil : $0 } ?? uniqueId(for: title)
            let n = Character(Unicode.Scalar(level))
            if n == "2" { headings.append(Heading(id: id, title: title)) }
            result += bytes[last..<open]
            result += "<h\(n) id=\"\(id)\">\(inner) <a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(n)>".utf8
            last = end + closing.count
            i = last
        }
        result += bytes[last...]
        return result
    }

    private static let idAttribute = Array(#"id=""#.utf8)
    private static let idAttributeWithSpace = Array(#" id=""#.utf8)
    private static let headingOpen = Array("<h".utf8)

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func starts(with needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + needle.count <= bytes.count && bytes[i..<(i + needle.count)].elementsEqual(needle)
    }

    /// The first index at or after `start` where `needle` begins.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, !needle.isEmpty, start + needle.count <= bytes.count else { return nil }
        // memchr (the C library's vectorized byte search) for the needle's rarest byte in HTML
        // text, a mark rather than a letter or a space ("<" of "<h", "=" of "id=\""), then the rest
        let key = needle.firstIndex { !($0 == 0x20 || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0 | 0x20)) } ?? 0
        var i = start + key
        let last = bytes.count - needle.count + key
        while i <= last {
            guard let found = memchr(base + i, Int32(needle[key]), last + 1 - i) else { return nil }
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) - key
            if starts(with: needle, in: bytes, at: at) { return at }
            i = at + key + 1
        }
        return nil
    }

    /// An id from `title` that no element of the page has yet.
    private mutating func uniqueId(for title: String) -> String {
        var slug = Self.slug(title)
        while slug.last == "-" { slug.removeLast() }
        let base = slug.isEmpty ? "section" : String(slug.prefix(48))
        // the first of base, base-2, base-3, … not yet used
        var number = nextNumber[base, default: 1]
        var id = number == 1 ? base : "\(base)-\(number)"
        while used.contains(id) {
            number += 1
            id = "\(base)-\(number)"
        }
        nextNumber[base] = number + 1
        used.insert(id)
        return id
    }

    /// The ASCII letters and digits of `title` in lower case, each run of other characters
    /// made one hyphen.
    private static func slug(_ title: String) -> String {
        var slug = ""
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            // each byte a character, but CR LF, which is neither letter nor digit either
            for byte in title.utf8 {
                let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                    slug.unicodeScalars.append(Unicode.Scalar(lower))
                } else if !slug.isEmpty, slug.utf8.last != UInt8(ascii: "-") {
                    slug.append("-")
                }
            }
            return slug
        }
        for character in title.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        return slug
    }

    /// The text of an HTML fragment libcmark or a template made: tags dropped, the entities
    /// they use decoded.
    static func plainText(_ html: String) -> String {
        let text = withoutTags(html)
        // most headings hold no entity: nothing to decode
        guard text.utf8.contains(UInt8(ascii: "&")) else { return trimmed(text) }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, by a byte scan when the text is
    /// ASCII (whose white space is the tab to the carriage return and the space).
    private static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) ? text : String(text[first...last])
    }

    /// `html` without its tags: what replacing the regular expression `<[^>]*>` with nothing
    /// gives (each "<" up to the first ">" after it), by a byte scan instead of a regex engine.
    private static func withoutTags(_ html: String) -> String {
        guard html.utf8.contains(UInt8(ascii: "<")) else { return html }
        let bytes = Array(html.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: ">")) {
                i = close + 1
            } else {
                kept.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
