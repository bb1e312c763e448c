import Foundation
import Testing
import BriefingKit

/// Names made from data can only ever name one safe file inside the output folder.
@Suite struct OutputNameTests {
    @Test(arguments: [
        ("../../etc/passwd", "-..-etc-passwd"),
        ("/etc/passwd", "-etc-passwd"),
        ("..", "untitled"),
        (".hidden", "hidden"),
        ("", "untitled"),
        ("   ", "untitled"),
        ("a\nb\tc\u{0}d", "a b c d"),
        ("Council backs bridge plan", "Council backs bridge plan"),
        ("Who? Why: \"this\" <that> | *", "Who- Why- -this- -that- - -"),
        ("C:\\Windows\\x", "C--Windows-x"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1", "_com1"),
        ("console", "console"),
        ("evil\u{202E}txt.exe", "eviltxt.exe"),
        ("zero\u{200B}width", "zerowidth"),
        ("trailing dots...", "trailing dots"),
        ("Zürich – 東京", "Zürich – 東京"),
        ("https://example.org/news/a?b=c", "https---example.org-news-a-b=c"),
    ])
    func componentIsSafe(raw: String, expected: String) {
        #expect(OutputName.component(raw) == expected)
    }

    @Test func everyComponentIsOneHarmlessPathComponent() {
        let hostile = ["../x", "a/../../b", "/", "\\\\server\\share", ".", "...", "a\u{2028}b", "\u{FEFF}",
                       String(repeating: "../", count: 100), "x\u{0}y"]
        for raw in hostile {
            let name = OutputName.component(raw)
            #expect(!name.isEmpty && !name.contains("/") && !name.contains("\\") && !name.hasPrefix("."), "\(raw) → \(name)")
            #expect(!name.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(raw) → \(name)")
            let resolved = URL(fileURLWithPath: "/out").appendingPathComponent(name).standardizedFileURL.path
            #expect(resolved.hasPrefix("/out/"), "\(raw) escapes the folder: \(resolved)")
        }
    }

    @Test func lengthIsBoundedAtACharacterBoundary() {
        let long = OutputName.component(String(repeating: "é", count: 500))
        #expect(long.utf8.count <= OutputName.maxBytes)
        #expect(long == String(repeating: "é", count: OutputName.maxBytes / 2))
        let emoji = OutputName.component(String(repeating: "👩‍👩‍👧", count: 100))
        #expect(emoji.utf8.count <= OutputName.maxBytes)
        #expect(emoji.allSatisfy { $0 == "👩‍👩‍👧" }, "a character was cut in half")
    }

    @Test func uniqueNamesDoNotCollideEvenIgnoringCase() {
        var taken = Set<String>()
        let names = ["report", "Report", "report", "../report", "", ""].map {
            OutputName.unique($0, extension: ".txt", taken: &taken)
        }
        #expect(names == ["report.txt", "Report-2.txt", "report-3.txt", "-report.txt", "untitled.txt", "untitled-2.txt"])
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
    }
}
