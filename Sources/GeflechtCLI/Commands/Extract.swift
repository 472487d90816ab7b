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
    let documents = try Corpus.load(try Corpus.files(in: paths), console: console)
    let extractor = try RuleBasedExtractor(options: ExtractionOptions(includesUncertain: extraction.includeUncertain))
    let result = extractor.extract(documents)
    for diagnostic in result.diagnostics { console.warn("\(diagnostic)") }
    let json = try NodeLinkJSON.string(from: result.graph)
    if let output {
      var files = OutputFiles()
      try files.stage(json, at: URL(fileURLWithPath: output))
      try files.commit()
    } else {
      FileHandle.standardOutput.write(Data(json.utf8))
    }
  }
}
