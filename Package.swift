// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Geflecht",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "geflecht", targets: ["GeflechtCLI"]),
    .library(name: "GeflechtCore", targets: ["GeflechtCore"]),
    .library(name: "GeflechtExtraction", targets: ["GeflechtExtraction"]),
    .library(name: "GeflechtAnalytics", targets: ["GeflechtAnalytics"]),
    .library(name: "GeflechtFormats", targets: ["GeflechtFormats"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz", pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
    .target(name: "GeflechtCore"),
    .target(
      name: "GeflechtExtraction", dependencies: ["GeflechtCore"],
      resources: [.copy("Lexicon/Data")]),
    .target(name: "GeflechtAnalytics", dependencies: ["GeflechtCore"]),
    .target(name: "GeflechtFormats", dependencies: ["GeflechtCore", "CGraphviz"]),
    .executableTarget(
      name: "GeflechtCLI",
      dependencies: [
        "GeflechtCore", "GeflechtExtraction", "GeflechtAnalytics", "GeflechtFormats",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .target(
      name: "GeflechtTestSupport", dependencies: ["GeflechtCore"], path: "Tests/GeflechtTestSupport",
      resources: [.copy("Graphs")]),
    .testTarget(name: "GeflechtCoreTests", dependencies: ["GeflechtCore", "GeflechtTestSupport"]),
    .testTarget(
      name: "GeflechtExtractionTests",
      dependencies: ["GeflechtExtraction", "GeflechtCore", "GeflechtTestSupport"]),
    .testTarget(
      name: "GeflechtAnalyticsTests",
      dependencies: ["GeflechtAnalytics", "GeflechtCore", "GeflechtTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "GeflechtFormatsTests",
      dependencies: ["GeflechtFormats", "GeflechtCore", "GeflechtTestSupport"]),
    .testTarget(
      name: "GeflechtCLITests",
      dependencies: ["GeflechtCLI", "GeflechtTestSupport"]),
  ]
)
