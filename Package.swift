// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "briefing",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BriefingKit", targets: ["BriefingKit"]),
        .executable(name: "briefing", targets: ["briefing"]),
        .executable(name: "briefing-fuzz", targets: ["briefing-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "BriefingKit",
            dependencies: [
                "CCmark",
                "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [
                .copy("Resources/Lexicons"),
                .copy("Resources/Templates"),
            ]
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer targets (`make fuzz`): built with -sanitize=fuzzer,address -DFUZZING; an
        // ordinary build replays corpus files instead.
        .executableTarget(
            name: "briefing-fuzz",
            dependencies: ["BriefingKit"]
        ),
        .testTarget(
            name: "BriefingKitTests",
            dependencies: ["BriefingKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "briefingTests",
            dependencies: ["BriefingKit", "briefing"]
        ),
    ]
)
