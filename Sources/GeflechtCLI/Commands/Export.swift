import ArgumentParser
import Foundation
import GeflechtAnalytics
import GeflechtFormats

/// Converts any graph file into the formats other tools open.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a graph for Gephi, Cytoscape, yEd, NetworkX, igraph, Neo4j or Spark GraphFrames.",
    discussion: """
      Formats: json (node-link, NetworkX), graphml (yEd, Gephi, NetworkX, igraph), gexf (Gephi 1.3 with \
      colours and sizes), cytoscape (Cytoscape.js JSON), dot, cypher (Neo4j script, MERGE), csv (a folder \
      with Gephi's nodes.csv and edges.csv), neo4j-csv (a folder for neo4j-admin import), graphframes \
      (a folder with vertices.csv and edges.csv). See docs/formats/.

      Examples:
        geflecht export graphs/geflecht.json --format graphml -o graph.graphml
        geflecht export graphs/geflecht.json --format neo4j-csv -o neo4j/
        geflecht export karate.csv --format gexf -o karate.gexf
      """)

  @OptionGroup var source: GraphInputOptions

  @Option(help: "The format to write.")
  var format: ExportFormat

  @Option(name: .shortAndLong, help: "Output file, or output folder for csv, neo4j-csv and graphframes.")
  var output: String

  func run() throws {
    let input = try source.load()
    let sizes = try Rankings.standard(for: input).first { $0.measure == "pagerank" }?.values
    var outputs = OutputFiles()
    try Export.stage(try Exporter.files(for: input, format: format, nodeSizes: sizes), at: URL(fileURLWithPath: output), into: &outputs)
    try outputs.commit()
  }

  /// Stages an export's files: a single file at `url`, or named files inside the folder `url`.
  static func stage(_ files: [Exporter.File], at url: URL, into outputs: inout OutputFiles) throws {
    for file in files {
      try outputs.stage(file.bytes, at: file.name.map { url.appendingPathComponent($0) } ?? url)
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
