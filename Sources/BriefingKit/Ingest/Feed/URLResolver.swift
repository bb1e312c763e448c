import Foundation

/// Resolves relative links against a base URL.
enum URLResolver {
    /// `link` made absolute against `base`; `link` unchanged when it is absolute, when there is
    /// no base, or when either does not parse.
    static func resolve(_ link: String, against base: String?) -> String {
        let link = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let base, let baseURL = URL(string: base.trimmingCharacters(in: .whitespacesAndNewlines)),
              let resolved = URL(string: link, relativeTo: baseURL) else { return link }
        return resolved.absoluteString
    }
}
