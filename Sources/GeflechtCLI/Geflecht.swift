import ArgumentParser
import Foundation
import GeflechtFormats

@main
struct Geflecht: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "geflecht",
    abstract: "Extract who is tied to whom from news articles; rank, draw and export the graph.",
    discussion: """
      With no subcommand, runs the main job on ./corpus and writes ./graphs (same as `geflecht run`).

      Examples:
        geflecht                                   # corpus/ → graphs/geflecht.{json,dot,svg}
        geflecht run --corpus news/ --out out/     # another corpus and output folder
        geflecht extract corpus/ -o graph.json     # any text files or folders → node-link JSON
        geflecht render graph.json -o graph.svg    # draw any graph file (.json, .dot)
        geflecht render graph.dot -o graph.dot     # normalise DOT through cgraph
        geflecht export graph.json --format gexf -o graph.gexf   # for Gephi, Neo4j, Cytoscape …
        geflecht --version                         # version and linked Graphviz
      """,
    subcommands: [
      Run.self, Extract.self, Render.self, Report.self, Export.self, Rank.self, Stats.self, Communities.self,
      Ego.self, Eval.self,
    ],
    defaultSubcommand: Run.self)

  /// Handles `--version` itself, because the Graphviz version is only known at run time, and maps
  /// errors to the exit codes of `ExitStatus`.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments == ["--version"] || arguments == ["-V"] {
      print("geflecht \(version) (Graphviz \(Graphviz.version))")
      return
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      guard let status = ExitStatus.of(error) else { exit(withError: error) }
      FileHandle.standardError.write(Data("error: \(status == .interrupted ? "interrupted; nothing written" : "\(error)")\n".utf8))
      Foundation.exit(status.rawValue)
    }
  }
}
