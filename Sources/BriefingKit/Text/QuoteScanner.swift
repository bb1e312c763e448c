/// Finds quotations in a paragraph: curly “ ” and ‘ ’, straight " and ', and the doubled
/// `` ``…'' `` marks of some wire styles.
///
/// Marks are paired by type, never by order, so an apostrophe (`Ukraine's`, `'90s`,
/// `shouldn‘t`) never opens a quotation: an opening single mark must follow a space or an
/// opening bracket and precede a letter, a closing one must follow a non-space and not be
/// followed by a letter, and a mark before a digit is an elision (`'90s`). An unclosed quotation runs to the end of its paragraph.
public struct QuoteScanner: Sendable {
    public init() {}

    private enum Family { case double, single, doubledApostrophe }

    /// Quotations in `paragraph`, in text order, outermost only.
    public func quotations(in text: ScalarText, paragraph: Range<Int>) -> [Quotation] {
        var result: [Quotation] = []
        let s = text.scalars
        var i = paragraph.lowerBound
        let end = paragraph.upperBound
        while i < end {
            // most scalars are ASCII and no quotation mark: passed over without a call
            if Self.isPlainASCII(s[i]) { i += 1; continue }
            guard let (family, markLength) = opening(s, at: i, in: paragraph) else { i += 1; continue }
            let innerStart = i + markLength
            var j = innerStart
            var closed: Int?
            // a double quotation in the other style nested inside ("… isn't about “Equal Justice” anymore.")
            // closes before the outer one does
            var nested = 0
            let straightOuter = s[i] == "\""
            while j < end {
                if Self.isPlainASCII(s[j]) { j += 1; continue }
                if family == .double, let change = nestedDoubleMark(s, at: j, straightOuter: straightOuter, nested: nested, in: paragraph) {
                    nested += change
                    j += 1
                    continue
                }
                if let length = closing(s, at: j, family: family, in: paragraph, innerStart: innerStart) {
                    closed = j + length
                    break
                }
                j += 1
            }
            let close = closed ?? end
            let innerEnd = closed.map { $0 - (family == .doubledApostrophe ? 2 : 1) } ?? end
            if innerEnd > innerStart {
                let continues = i == paragraph.lowerBound && closed == nil
                result.append(Quotation(range: i..<close, inner: innerStart..<innerEnd, continuesPrevious: continues))
            }
            i = max(close, i + 1)
        }
        return result
    }

    /// Whether `offset` lies in a single-quoted quotation nested inside the double-quoted
    /// `quotation` ("“He said, ‘Trust me, I’ll do good for you.’ That …”"): words quoted within
    /// the speaker's own words are someone else's.
    public func isInNestedSingleQuotation(_ offset: Int, of quotation: Quotation, in text: ScalarText) -> Bool {
        let s = text.scalars
        let first = quotation.range.lowerBound
        guard s[first] != "\u{2018}", s[first] != "'" || quotation.range.count > 1 && s[first + 1] == "'" else { return false }
        var j = quotation.inner.lowerBound
        while j < min(offset, quotation.inner.upperBound) {
            guard let (family, _) = opening(s, at: j, in: quotation.range), family == .single else {
                j += 1
                continue
            }
            // a mark never closed inside the quotation is an apostrophe ("beat 'em"), and so is
            // every later one: no closing mark follows them either
            guard let close = ((j + 1)..<quotation.inner.upperBound).first(where: {
                closing(s, at: $0, family: .single, in: quotation.range, innerStart: j + 1) != nil
            }) else { return false }
            if offset < close { return true }
            j = close + 1
        }
        return false
    }

    /// Whether `c` is an ASCII scalar other than the three that can open, close or nest a
    /// quotation (" ' `): it opens, closes and nests none.
    @inline(__always) private static func isPlainASCII(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 && c != "\"" && c != "'" && c != "`"
    }

    private func opening(_ s: [Unicode.Scalar], at i: Int, in p: Range<Int>) -> (Family, Int)? {
        let c = s[i]
        // most scalars are no mark at all: decide that before looking at the context
        switch c {
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\"", "`", "'", "\u{2018}": break
        default: return nil
        }
        let before: Unicode.Scalar? = i > p.lowerBound ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < p.upperBound ? s[i + 1] : nil
        let openContext = before.map { ScalarClass.isWhitespace($0) || "([{\u{2014}-:".unicodeScalars.contains($0) } ?? true
        switch c {
        case "\u{201C}", "\u{201E}", "\u{00AB}":
            return (.double, 1)
        case "\"":
            return openContext && after.map { !ScalarClass.isWhitespace($0) } ?? false ? (.double, 1) : nil
        case "`" where after == "`":
            return (.doubledApostrophe, 2)
        case "'" where after == "'":
            // '' used as an opening double mark in some wire copy
            return openContext ? (.doubledApostrophe, 2) : nil
        case "\u{2018}", "'":
            guard openContext, let a = after else { return nil }
            // a digit after a single mark is an elision ('90s, '16), not a quotation
            return ScalarClass.isAlphabetic(a) || a == "\u{2026}" ? (.single, 1) : nil
        default:
            return nil
        }
    }

    /// +1 where a double mark of the other style opens a nested quotation, -1 where it closes
    /// one; nil for any other scalar.
    private func nestedDoubleMark(_ s: [Unicode.Scalar], at j: Int, straightOuter: Bool, nested: Int, in p: Range<Int>) -> Int? {
        let c = s[j]
        if straightOuter {
            if c == "\u{201C}" { return 1 }
            if c == "\u{201D}", nested > 0 { return -1 }
            return nil
        }
        guard c == "\"" else { return nil }
        let before: Unicode.Scalar? = j > p.lowerBound ? s[j - 1] : nil
        let after: Unicode.Scalar? = j + 1 < p.upperBound ? s[j + 1] : nil
        if nested > 0, before.map({ !ScalarClass.isWhitespace($0) }) ?? false { return -1 }
        if before.map({ ScalarClass.isWhitespace($0) }) ?? true, after.map({ ScalarClass.isAlphabetic($0) }) ?? false { return 1 }
        return nil
    }

    private func closing(_ s: [Unicode.Scalar], at j: Int, family: Family, in p: Range<Int>, innerStart: Int) -> Int? {
        let c = s[j]
        guard c == "\u{201D}" || c == "\u{00BB}" || c == "\"" || c == "'" || c == "\u{2019}" || c == "\u{201C}" else { return nil }
        let before: Unicode.Scalar? = j > p.lowerBound ? s[j - 1] : nil
        let after: Unicode.Scalar? = j + 1 < p.upperBound ? s[j + 1] : nil
        let afterIsLetter = after.map { ScalarClass.isAlphabetic($0) || ScalarClass.isNumeric($0) } ?? false
        let beforeIsSpace = before.map { ScalarClass.isWhitespace($0) } ?? true
        switch family {
        case .double:
            if c == "\u{201D}" || c == "\u{00BB}" { return 1 }
            // an opening mark typed for the closing one: "“It's unusual,“ said Noble"
            if c == "\u{201C}", let b = before, ",.?!".unicodeScalars.contains(b), after.map({ ScalarClass.isWhitespace($0) }) ?? true {
                return 1
            }
            if c == "\"" && !beforeIsSpace { return 1 }
            // "… like, 'Oh, this is important,' " Magel said: a space between the closing marks
            if c == "\"", j - 2 >= innerStart, ["'", "\u{2019}"].contains(s[j - 2]), before == " " { return 1 }
            return nil
        case .doubledApostrophe:
            // "… 'We'll bomb them,''' said McCain": the first mark closes the nested single quotation
            if j + 2 < p.upperBound, s[j + 2] == "'" { return nil }
            return c == "'" && after == "'" && !beforeIsSpace ? 2 : nil
        case .single:
            guard c == "\u{2019}" || c == "'" else { return nil }
            guard !beforeIsSpace, !afterIsLetter else { return nil }
            return 1
        }
    }
}
