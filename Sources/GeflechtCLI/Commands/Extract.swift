import ArgumentParser
import Foundation
import GeflechtExtraction
import GeflechtFormats

/// Extracts any text files or folders into node-link JSON.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract text files or folders into a node-link JSON graph.",
    discussion: """
      Examples:
        geflecht extract corpus/ -o graph.json
        geflecht extract a.txt b.txt --include-uncertain > graph.json
      """)

  @Argument(help: "Text files or folders (folders are searched for .txt, .text and .md files).")
  var paths: [String]

  @Option(name: .shortAndLong, help: "Where to write the JSON (default: standard output).")
  var output: String?

  @OptionGroup var extraction: ExtractionFlags
  @OptionGroup var common: CommonOptions

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Name at least one text file or folder, e.g. `geflecht extract corpus/`.") }
  }

  func run() throws {
    let console = Console(quiet: common.quiet)
    let result = try Corpus.extract(paths, flags: extraction, console: console)
    let json = try NodeLinkJSON.bytes(from: result.graph)
    if let output {
      var files = OutputFiles()
      try files.stage(json, at: URL(fileURLWithPath: output))
      do { try Interrupt.check() } catch { files.discard(); throw error }
      try files.commit()
    } else {
      json.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        // The bytes are written before `withUnsafeBytes` returns, so the buffer need not be copied.
        FileHandle.standardOutput.write(
          Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
      }
    }
  }
}
