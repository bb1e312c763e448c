/// The largest inputs briefing reads. A larger file is refused with an error naming it (and
/// the rest of the batch goes on), so one huge or hostile input cannot stall a run or exhaust
/// memory.
public enum InputLimits {
    /// The largest article file, in bytes: 20 MB. A news article is rarely over 1 MB, even as a
    /// saved HTML page; a feed or JSON Lines file of a few thousand articles fits.
    public static let maxFileBytes = 20 * 1024 * 1024

    /// `maxFileBytes` as people write it.
    static var maxFileDescription: String { "\(maxFileBytes / 1024 / 1024) MB" }
}
