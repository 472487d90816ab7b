// swift-tools-version:6.0
// Benchmarks: release only, never part of `swift test`. Run through compare.py, which times the same
// workloads with NetworKit, igraph and NetworkX in the same run and prints the ratios.
import PackageDescription

let package = Package(
  name: "GeflechtBenchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "Geflecht", path: "..")],
  targets: [
    .executableTarget(
      name: "GeflechtBenchmarks",
      dependencies: [
        .product(name: "GeflechtCore", package: "Geflecht"),
        .product(name: "GeflechtAnalytics", package: "Geflecht"),
        .product(name: "GeflechtFormats", package: "Geflecht"),
      ],
      swiftSettings: [.unsafeFlags(["-Ounchecked", "-wmo"])]),
    // Graphviz in a long-running process (Scripts/soak-render.sh): many renders from several threads.
    .executableTarget(
      name: "GeflechtSoak",
      dependencies: [
        .product(name: "GeflechtCore", package: "Geflecht"),
        .product(name: "GeflechtFormats", package: "Geflecht"),
      ]),
    // Extraction alone and node-link JSON writing alone, in CPU seconds per phase: Scripts/bench-extraction.sh.
    .executableTarget(
      name: "ExtractionBenchmark",
      dependencies: [
        .product(name: "GeflechtExtraction", package: "Geflecht"),
        .product(name: "GeflechtFormats", package: "Geflecht"),
      ]),
  ]
)
