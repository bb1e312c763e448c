/// The lines of a text as scalar ranges, without their line breaks (`\n`, `\r\n`, `\r`).
struct LineScanner {
    static func lines(of text: ScalarText, from start: Int = 0) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        // read through a buffer pointer: no bounds check per scalar
        text.scalars.withUnsafeBufferPointer { s in
            var lineStart = start, i = start
            while i < s.count {
                // most scalars lie between the breaks' values: passed over by one comparison
                if case let v = s[i].value, v > 0x0D, v < 0x2028 { i += 1; continue }
                if s[i] == "\n" || s[i] == "\r" || s[i] == "\u{2028}" || s[i] == "\u{2029}" {
                    lines.append(lineStart..<i)
                    if s[i] == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
                    lineStart = i + 1
                }
                i += 1
            }
            if lineStart < s.count { lines.append(lineStart..<s.count) }
        }
        return lines
    }
}
