import Foundation

/// A timestamp line as news sites print it: relative ("13 hours ago", "yesterday") or
/// absolute ("Tue 24 Nov 2026 07.00 GMT", "2016-09-27", "November 24, 2026").
public enum Timestamp: Equatable, Sendable {
    /// A calendar day, `YYYY-MM-DD`.
    case absolute(day: String)
    /// So many seconds before the moment the page was saved.
    case relative(seconds: Int)

    /// Parses a whole line as a timestamp, or returns nil when the line is something else.
    public static func parse(_ line: String) -> Timestamp? {
        // most lines are headlines: rule them out before lower-casing and splitting them
        guard mayBeTimestamp(line) else { return nil }
        let words = line.lowercased()
            .replacingOccurrences(of: ",", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
            .map(String.init)
        guard !words.isEmpty, words.count <= 8 else { return nil }
        if let relative = relative(words) { return .relative(seconds: relative) }
        return absolute(words).map { .absolute(day: $0) }
    }

    /// Whether `line` may parse at all: every timestamp holds an ASCII digit (a count, a day or
    /// a year), or one of the words "ago", "now" and "yesterday" ("an hour ago", "just now").
    /// Lower-casing makes no ASCII letter of these from a non-ASCII character (only "İ" and the
    /// Kelvin sign lower-case to ASCII letters, "i" and "k"), so the words are looked for in
    /// the line's ASCII letters, lower-cased.
    private static func mayBeTimestamp(_ line: String) -> Bool {
        var window: UInt32 = 0
        var yesterday = 0
        let word = Self.yesterday
        for byte in line.utf8 {
            if (0x30...0x39).contains(byte) { return true }
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            // the last three bytes, for "ago" and "now"
            window = (window << 8 | UInt32(lower)) & 0xFF_FFFF
            if window == 0x61_676F || window == 0x6E_6F77 { return true }
            // how much of "yesterday" ends here
            if lower == word[yesterday] {
                yesterday += 1
                if yesterday == word.count { return true }
            } else {
                // "yesterday" has no proper prefix that is also its suffix: only its first letter restarts it
                yesterday = lower == word[0] ? 1 : 0
            }
        }
        return false
    }

    private static let yesterday = Array("yesterday".utf8)

    /// The day this timestamp denotes, given the moment the page was saved.
    public func day(savedAt reference: Date) -> String {
        switch self {
        case .absolute(let day): day
        case .relative(let seconds): Self.dayString(reference.addingTimeInterval(TimeInterval(-seconds)))
        }
    }

    /// `YYYY-MM-DD` of a moment, in UTC.
    public static func dayString(_ date: Date) -> String {
        if let day = gregorianDay(date) { return day }
        let c = utcCalendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// `dayString` by arithmetic on the days since 1970 (the civil-from-days algorithm), for
    /// the years 1600–9999, where the calendar is the plain Gregorian one and the year has four
    /// digits; nil for other moments, which the calendar answers.
    private static func gregorianDay(_ date: Date) -> String? {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds.isFinite, abs(seconds) < 1e12 else { return nil }
        let days = Int(seconds) >= 0 ? Int(seconds) / 86400 : (Int(seconds) - 86399) / 86400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard (1600...9999).contains(year) else { return nil }
        func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    /// The moment at the end (23:59:59 UTC) of a `YYYY-MM-DD` day, or nil if it is not one.
    public static func endOfDay(_ day: String) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        return utcCalendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2],
                                                     hour: 23, minute: 59, second: 59))
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar
    }()

    private static let unitSeconds: [String: Int] = [
        "second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1,
        "minute": 60, "minutes": 60, "min": 60, "mins": 60, "m": 60,
        "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600,
        "day": 86400, "days": 86400, "d": 86400,
        "week": 604_800, "weeks": 604_800, "w": 604_800,
    ]

    private static func relative(_ words: [String]) -> Int? {
        if words == ["just", "now"] || words == ["now"] { return 0 }
        if words == ["yesterday"] { return 86400 }
        guard words.count == 3, words[2] == "ago", let unit = unitSeconds[words[1]] else {
            // "13h ago"
            if words.count == 2, words[1] == "ago", let unit = words[0].last.flatMap({ unitSeconds[String($0)] }),
               let n = Int(words[0].dropLast()) {
                return seconds(n, unit)
            }
            return nil
        }
        let count = words[0] == "an" || words[0] == "a" ? 1 : Int(words[0])
        return count.flatMap { seconds($0, unit) }
    }

    /// `count` units of `unit` seconds; nil when the product overflows ("99999999999999 hours ago").
    private static func seconds(_ count: Int, _ unit: Int) -> Int? {
        let (product, overflow) = count.multipliedReportingOverflow(by: unit)
        return overflow ? nil : product
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    private static let weekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    private static let zones: Set<String> = ["gmt", "bst", "utc", "est", "edt", "cet", "cest", "pst", "pdt", "et", "pt"]

    private static func absolute(_ words: [String]) -> String? {
        // ISO date, possibly with a time: 2016-09-27 / 2016-09-27t10:00:00z
        if words.count <= 2, let first = words.first, first.count >= 10 {
            let day = String(first.prefix(10))
            if day.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil,
               endOfDay(day) != nil, words.count == 1 || isTime(words[1]) || first.count > 10 {
                return day
            }
        }
        var year: Int?, month: Int?, day: Int?
        for word in words {
            let w = word.trimmingCharacters(in: dotAndColon)
            if weekdays.contains(w) || zones.contains(w) || isTime(word) || w == "at" || w == "updated"
                || w == "published" || w == "am" || w == "pm" || w == "on" { continue }
            if let m = months[w] { if month != nil { return nil }; month = m; continue }
            let digits = w.hasSuffix("st") || w.hasSuffix("nd") || w.hasSuffix("rd") || w.hasSuffix("th")
                ? String(w.dropLast(2)) : w
            guard let n = Int(digits) else { return nil }
            if n > 31, year == nil { year = n } else if day == nil, (1...31).contains(n) { day = n } else { return nil }
        }
        guard let y = year, let m = month, let d = day, y > 1900 else { return nil }
        let result = String(format: "%04d-%02d-%02d", y, m, d)
        return endOfDay(result) == nil ? nil : result
    }

    /// The marks trimmed from a date's words, built once.
    private static let dotAndColon = CharacterSet(charactersIn: ".:")

    private static func isTime(_ word: String) -> Bool {
        // the pattern starts with a digit (\d: a decimal number): a word that does not cannot match,
        // and Foundation need not compile the expression for it
        guard let first = word.unicodeScalars.first, first.properties.generalCategory == .decimalNumber else { return false }
        return word.range(of: #"^\d{1,2}[.:]\d{2}([.:]\d{2})?(am|pm)?[a-z]*$"#, options: .regularExpression) != nil
    }
}
