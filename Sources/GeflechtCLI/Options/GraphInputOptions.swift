import ArgumentParser
import Foundation
import GeflechtCore
import GeflechtFormats

/// The graph file argument every analysis and drawing command takes; without one, or with `-`, the
/// graph is read from standard input.
struct GraphInputOptions: ParsableArguments {
  @Argument(
    help: "The graph file (.json, .dot/.gv, .graphml, .gexf, .csv, .tsv, .edgelist); omit or pass - to read standard input.")
  var graph: String?

  @Option(help: "Read the input as this format instead of guessing from its extension (stdin: json).")
  var inputFormat: GraphInputFormat?

  @Flag(help: "Read edge lists (.csv, .tsv, .edgelist) as directed graphs; they are undirected by default.")
  var directed = false

  @Option(help: "The longest line accepted in a DOT file, in bytes.")
  var maxLineLength = ImportLimits().maxLineLength

  @Option(help: "The deepest nesting of subgraphs accepted in a DOT file.")
  var maxDepth = ImportLimits().maxDepth

  @Option(help: "The largest graph file accepted, in bytes.")
  var maxFileSize = GraphFile.defaultMaxBytes

  var limits: ImportLimits { ImportLimits(maxLineLength: maxLineLength, maxDepth: maxDepth) }

  /// The file's name without its folder, or "stdin".
  var displayName: String { graph.flatMap { $0 == "-" ? nil : ($0 as NSString).lastPathComponent } ?? "stdin" }

  func load() throws -> Multigraph {
    if let graph, graph != "-" {
      return try GraphFile.read(
        URL(fileURLWithPath: graph), format: inputFormat, maxBytes: maxFileSize, directedEdgeList: directed,
        limits: limits)
    }
    let data = FileHandle.standardInput.readDataToEndOfFile()
    if data.count > maxFileSize {
      throw FormatError.limit(
        file: "<stdin>", message: "is \(data.count) bytes, above the limit of \(maxFileSize) bytes; raise it with --max-file-size")
    }
    return try GraphFile.read(
      bytes: [UInt8](data), name: "<stdin>", format: inputFormat ?? .json, directedEdgeList: directed, limits: limits)
  }
}
