/// The names of the days and months, which several rules read around a verb or a name ("said
/// Monday", "promised in March to …", "Sunday Times"); each rule adds its own neighbours
/// ("today", "yesterday") to them.
enum CalendarWords {
    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months: WordSet = ["january", "february", "march", "april", "may", "june", "july", "august",
                                  "september", "october", "november", "december"]
}
