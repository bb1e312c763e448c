import Foundation

/// Names for files and folders made from data — a title, a URL, a publication day, an input
/// file's name — that are safe to create: one path component (no `/`, no `..`, never
/// absolute), not hidden, no control or invisible format characters (a U+202E cannot disguise
/// an extension), not a name Windows reserves, at most `maxBytes` bytes of UTF-8, and, through
/// `unique`, distinct from the names already used.
public enum OutputName {
    /// The longest name made, in UTF-8 bytes (file systems allow 255; room is left for a suffix
    /// and an extension).
    public static let maxBytes = 120

    /// Device names Windows reserves, with or without an extension.
    private static let reserved = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// Characters that cannot appear in a name on some file system.
    private static let forbidden: Set<Unicode.Scalar> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]

    /// `raw` as one safe path component, or `fallback` when nothing of it is left.
    public static func component(_ raw: String, fallback: String = "untitled") -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator, .spaceSeparator:
                scalars.append(" ")
            case .format where scalar != "\u{200C}" && scalar != "\u{200D}", .surrogate, .privateUse, .unassigned:
                continue  // invisible (bidi controls, zero-width space); joiners stay, as scripts and emoji need them
            default:
                scalars.append(forbidden.contains(scalar) ? "-" : scalar)
            }
        }
        var name = String(scalars).split(separator: " ").joined(separator: " ")
        name = String(name.drop { $0 == "." || $0 == " " })
        name = truncated(name)
        while name.last == "." || name.last == " " { name.removeLast() }
        if name.isEmpty { return fallback }
        let stem = name.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return reserved.contains(stem) ? "_" + name : name
    }

    /// `component(raw)` + `ext`, with `-2`, `-3`, … before the extension when the name is
    /// already in `taken` (compared ignoring case, as some file systems do); the name returned
    /// is added to `taken`.
    public static func unique(_ raw: String, extension ext: String, taken: inout Set<String>) -> String {
        let base = component(raw)
        var name = base + ext
        var number = 1
        while taken.contains(name.lowercased()) {
            number += 1
            name = base + "-\(number)" + ext
        }
        taken.insert(name.lowercased())
        return name
    }

    /// `name` cut to at most `maxBytes` bytes of UTF-8, at a character boundary.
    private static func truncated(_ name: String) -> String {
        var bytes = 0
        var result = ""
        for character in name {
            bytes += character.utf8.count
            if bytes > maxBytes { break }
            result.append(character)
        }
        return result
    }
}
