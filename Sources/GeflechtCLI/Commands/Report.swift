import ArgumentParser
import Foundation
import GeflechtFormats

/// Writes the self-contained HTML report of any graph file.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a self-contained HTML report: diagram with pan and zoom, rankings, communities, evidence.",
    discussion: """
      Examples:
        geflecht report graphs/geflecht.json -o report.html
        geflecht report graph.graphml -o report.html --layout sfdp
      """)

  @Argument(help: "The graph file (.json, .dot, .graphml, .gexf, .csv, .tsv, .edgelist).")
  var graph: String

  @Option(name: .shortAndLong, help: "The HTML file to write.")
  var output: String

  @OptionGroup var diagram: DiagramFlags

  @Option(help: "Read the input as this format instead of guessing from its extension.")
  var inputFormat: GraphInputFormat?

  @Flag(help: "Read edge lists as directed graphs.")
  var directed = false

  func run() throws {
    let input = try GraphFile.read(URL(fileURLWithPath: graph), format: inputFormat, directedEdgeList: directed)
    let (drawn, options) = try diagram.prepare(input)
    let svg = try Graphviz.render(drawn, format: .svg, options: options)
    let content = ReportContent(
      title: "Geflecht: \((graph as NSString).lastPathComponent)", graph: drawn, svg: svg,
      rankings: try Rankings.standard(for: drawn), partition: Rankings.communities(for: drawn),
      summary: ["\(input.nodeCount) nodes, \(input.edgeCount) edges"])
    var files = OutputFiles()
    try files.stage(try HTMLReport.string(content), at: URL(fileURLWithPath: output))
    try files.commit()
  }
}
