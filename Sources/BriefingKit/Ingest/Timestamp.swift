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
        let words = line.lowercased()
            .replacingOccurrences(of: ",", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
            .map(String.init)
        guard !words.isEmpty, words.count <= 8 else { return nil }
        if let relative = relative(words) { return .relative(seconds: relative) }
        return absolute(words).map { .absolute(day: $0) }
    }

    /// The day this timestamp denotes, given the moment the page was saved.
    public func day(savedAt reference: Date) -> String {
        switch self {
        case .absolute(let day): day
        case .relative(let seconds): Self.dayString(reference.addingTimeInterval(TimeInterval(-seconds)))
        }
    }

    /// `YYYY-MM-DD` of a moment, in UTC.
    public static func dayString(_ date: Date) -> String {
        let c = utcCalendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
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
                return n * unit
            }
            return nil
        }
        let count = words[0] == "an" || words[0] == "a" ? 1 : Int(words[0])
        return count.map { $0 * unit }
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
            let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
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

    private static func isTime(_ word: String) -> Bool {
        word.range(of: #"^\d{1,2}[.:]\d{2}([.:]\d{2})?(am|pm)?[a-z]*$"#, options: .regularExpression) != nil
    }
}
