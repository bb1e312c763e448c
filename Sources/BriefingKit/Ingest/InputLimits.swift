/// The largest inputs briefing reads. Real article pages are under 2 MB and the longest
/// articles under 1 MB of text; a file over the limit is refused with an error naming it, so
/// that one runaway download cannot stall or exhaust a morning run.
public enum InputLimits {
    /// The largest article file (text, HTML page or feed) read, in bytes: 16 MiB.
    public static let maxFileBytes = 16 << 20
    /// The largest JSON Lines record (one line) read, in bytes: 16 MiB. A JSON Lines file as a
    /// whole has no limit when streamed.
    public static let maxLineBytes = 16 << 20

    /// "16 MiB", for messages.
    static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
