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

  @OptionGroup var source: GraphInputOptions

  @Option(name: .shortAndLong, help: "The HTML file to write.")
  var output: String

  @OptionGroup var diagram: DiagramFlags

  func run() throws {
    let input = try source.load()
    let (drawn, options) = try diagram.prepare(input)
    let svg = try Graphviz.render(drawn, format: .svg, options: options)
    let content = ReportContent(
      title: "Geflecht: \(source.displayName)", graph: drawn, svg: svg,
      rankings: try Rankings.standard(for: drawn), partition: Rankings.communities(for: drawn),
      summary: ["\(input.nodeCount) nodes, \(input.edgeCount) edges"])
    var files = OutputFiles()
    try files.stage(try HTMLReport.string(content), at: URL(fileURLWithPath: output))
    try files.commit()
  }
}
