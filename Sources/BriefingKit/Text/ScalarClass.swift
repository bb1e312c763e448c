/// Unicode scalar properties the text layer asks for millions of times, answered directly for
/// ASCII (most of any English text) and from the Unicode tables otherwise. Each gives exactly
/// the answer of the `Unicode.Scalar.Properties` member it names.
enum ScalarClass {
    /// `properties.isWhitespace`.
    @inline(__always) static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 0x20 || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
    }

    /// `properties.isAlphabetic`.
    @inline(__always) static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x61...0x7A).contains(c.value | 0x20) : c.properties.isAlphabetic
    }

    /// `properties.numericType != nil`.
    @inline(__always) static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x30...0x39).contains(c.value) : c.properties.numericType != nil
    }

    /// `properties.isUppercase`.
    @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x41...0x5A).contains(c.value) : c.properties.isUppercase
    }

    /// A letter, a digit or a combining mark: what a word token is made of.
    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x61...0x7A).contains(c.value | 0x20) || (0x30...0x39).contains(c.value)
            : c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }
}
