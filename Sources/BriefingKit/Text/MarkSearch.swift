import Foundation

extension String {
    /// `contains(mark)`, Foundation's substring search, for `mark` one ASCII character: asked of
    /// Foundation only when the string holds the mark's byte at all. Most words hold none, and
    /// the search costs thousands of instructions a call.
    func containsMark(_ mark: String) -> Bool {
        utf8.contains(mark.utf8.first!) && contains(mark)
    }

    /// `utf8.contains(where: isWanted)`, reading the bytes in place (a small string's from its
    /// inline storage): the view's iterator costs tens of instructions a byte.
    func containsByte(where isWanted: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: isWanted) } ?? utf8.contains(where: isWanted)
    }

    /// `contains(other)`, Foundation's substring search (false for an empty `other`), answered
    /// from the bytes when both strings are ASCII, as most names and roles are: there each
    /// character is one byte and no two spellings are equivalent. Foundation costs thousands of
    /// instructions a call.
    func containsText(_ other: String) -> Bool {
        var text = self, sought = other
        let found: Bool? = text.withUTF8 { haystack in
            sought.withUTF8 { needle in
                guard !haystack.contains(where: { $0 >= 0x80 }), !needle.contains(where: { $0 >= 0x80 }) else { return nil }
                guard let first = needle.first, needle.count <= haystack.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return true }
                }
                return false
            }
        }
        return found ?? contains(other)
    }
}
