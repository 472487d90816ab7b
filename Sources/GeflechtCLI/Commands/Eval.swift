import ArgumentParser
import Foundation
import GeflechtCore
import GeflechtExtraction
import GeflechtFormats

/// Scores a graph, or a corpus extracted on the fly, against gold annotations.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score a graph or a corpus against gold annotations (precision, recall, F1).",
    discussion: """
      Entities match by name or alias (case-insensitive) with the same kind; typed relations by source,
      target and type (symmetric types either way, alt_types and alt_targets accepted). Optional gold
      items count neither way, must-not items count as false positives, co_occurs is not scored.

      Examples:
        geflecht eval graphs/geflecht.json --gold ../shared/gold
        geflecht eval --corpus corpus --gold ../shared/gold --min-f1 0.85
        geflecht eval --corpus corpus --gold gold --format json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  @Argument(help: "A graph file (.json or .dot) to score.")
  var graph: String?

  @Option(help: "Extract this corpus folder and score the result instead of a graph file.")
  var corpus: String?

  @Option(help: "The folder of gold annotation files (*.json).")
  var gold: String

  @Option(help: "Exit with status 1 when the overall entity or relation F1 is below this value (0–1).")
  var minF1: Double?

  @Option(help: "Output format.")
  var format: Format = .table

  @OptionGroup var extraction: ExtractionFlags
  @OptionGroup var common: CommonOptions

  func validate() throws {
    if (graph == nil) == (corpus == nil) {
      throw ValidationError("Name either a graph file or --corpus DIR, e.g. `geflecht eval --corpus corpus --gold gold`.")
    }
    if let minF1, !(0...1).contains(minF1) { throw ValidationError("--min-f1 must be between 0 and 1 (got \(minF1)).") }
  }

  func run() throws {
    let console = Console(quiet: common.quiet)
    let goldDocuments = try GoldDocument.loadAll(from: URL(fileURLWithPath: gold))
    let multigraph: Multigraph
    if let graph {
      multigraph = try GraphFile.read(URL(fileURLWithPath: graph))
    } else {
      multigraph = try Corpus.extract([corpus!], flags: extraction, console: console).graph
    }
    let report = Evaluator.evaluate(multigraph, against: goldDocuments)
    print(format == .table ? report.table() : report.json(), terminator: "")
    if let minF1, min(report.entities.f1, report.relations.f1) < minF1 {
      console.warn(String(format: "F1 below %.2f (entities %.3f, relations %.3f)", minF1, report.entities.f1, report.relations.f1))
      throw ExitCode(1)
    }
  }
}
