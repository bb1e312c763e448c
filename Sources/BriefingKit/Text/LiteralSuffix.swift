extension String {
    /// `hasSuffix(suffix)`, for a suffix whose characters each have one form only (no combining
    /// marks, no canonical equivalents: "'s", "’"). A string ends with such characters only if
    /// it ends with their UTF-8 bytes, so most strings are answered by comparing a few bytes
    /// instead of walking characters.
    ///
    /// When the bytes match and the string holds nothing before them, or an ASCII character other
    /// than a carriage return (which starts no cluster with what follows it), the suffix's
    /// characters are the string's last ones: no character walk is needed either.
    func hasLiteralSuffix(_ suffix: String) -> Bool {
        // a native string's bytes are read in place; a bridged one goes the slow way
        let answer = utf8.withContiguousStorageIfAvailable { bytes in
            suffix.utf8.withContiguousStorageIfAvailable { Self.literalSuffix(bytes, $0) } ?? nil
        } ?? nil
        return answer ?? hasSuffix(suffix)
    }

    /// False when `bytes` does not end with `ending`; true when it does and nothing or an ASCII
    /// byte other than a carriage return comes before; nil when the characters must decide.
    private static func literalSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ ending: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.count >= ending.count else { return false }
        let start = bytes.count - ending.count
        for k in 0..<ending.count where bytes[start + k] != ending[k] { return false }
        guard start > 0 else { return true }
        let before = bytes[start - 1]
        return before < 0x80 && before != UInt8(ascii: "\r") ? true : nil
    }
}
