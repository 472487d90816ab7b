import Foundation

/// Paths of the repository the tests run in, and a way to run the built `geflecht` binary.
public enum Repository {
  /// The repository root: this file is Tests/GeflechtTestSupport/Repository.swift.
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static let corpus = root.appendingPathComponent("corpus")

  /// The `geflecht` executable built beside the test bundle.
  public static var executable: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent("geflecht")
  }

  public struct Output: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
  }

  /// Runs `geflecht` with `arguments`, optionally with a replaced environment, and waits for it.
  public static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let inherited = ProcessInfo.processInfo.environment
    var env = environment ?? inherited
    // A replaced environment keeps the sanitizer settings, so a geflecht built by `make test-sanitize`
    // reads the same leak suppressions as the tests.
    for key in ["ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"] where env[key] == nil {
      env[key] = inherited[key]
    }
    env["COLUMNS"] = "100"
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh empty folder under the system's temporary folder.
  public static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("geflecht-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
