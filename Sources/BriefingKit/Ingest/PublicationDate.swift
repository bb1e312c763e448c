import Foundation

/// Reads the publication day out of a date as pages and feeds state it: ISO 8601 / W3C-DTF
/// (`2019-11-19T10:00:00Z`), RFC 822 (`Tue, 19 Nov 2019 10:00:00 +0000`) or a written date.
/// Anything else — a bare year, a relative time, garbage — gives nil: a day is never guessed.
enum PublicationDate {
    /// The stated day, `YYYY-MM-DD`, or nil.
    static func day(from value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        let scalars = Array(trimmed.unicodeScalars.prefix(10))
        if scalars.count == 10, scalars[4] == "-", scalars[7] == "-",
           scalars.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || ("0"..."9").contains($0.element) }) {
            let day = String(String.UnicodeScalarView(scalars))
            return Timestamp.endOfDay(day) == nil ? nil : day
        }
        // RFC 822 and written dates: drop zone offsets ("+0000", "-05:00"), which Timestamp does not read.
        let words = trimmed.split(separator: " ").filter { word in
            guard let first = word.first, first == "+" || first == "-" else { return true }
            return !word.dropFirst().allSatisfy { $0.isNumber || $0 == ":" }
        }
        guard case .absolute(let day)? = Timestamp.parse(words.joined(separator: " ")) else { return nil }
        return day
    }
}
