// swift-tools-version:6.0
// libFuzzer targets for Geflecht's readers and the text pipeline: a separate package (like
// Benchmarks/) that depends on ".." and is never part of `swift test`. Build and run them with
// Scripts/fuzz.sh (`swift build -Xswiftc -sanitize=fuzzer,address`); see docs/fuzzing.md.
// SwiftPM defines each executable's main itself, so the targets start libFuzzer through
// LLVMFuzzerRunDriver (FuzzSupport) rather than libFuzzer's own main.
import PackageDescription

let formats = Target.Dependency.product(name: "GeflechtFormats", package: "Geflecht")
let core = Target.Dependency.product(name: "GeflechtCore", package: "Geflecht")
let extraction = Target.Dependency.product(name: "GeflechtExtraction", package: "Geflecht")

let package = Package(
  name: "GeflechtFuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "Geflecht", path: "..")],
  targets: [
    .target(name: "CFuzzerDriver"),
    .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver"]),
    .executableTarget(name: "FuzzDOT", dependencies: ["FuzzSupport", formats, core]),
    .executableTarget(name: "FuzzNodeLinkJSON", dependencies: ["FuzzSupport", formats, core]),
    .executableTarget(name: "FuzzGraphML", dependencies: ["FuzzSupport", formats, core]),
    .executableTarget(name: "FuzzGEXF", dependencies: ["FuzzSupport", formats, core]),
    .executableTarget(name: "FuzzEdgeList", dependencies: ["FuzzSupport", formats, core]),
    .executableTarget(name: "FuzzText", dependencies: ["FuzzSupport", extraction, formats, core]),
  ]
)
