import ArgumentParser
import Foundation
import GeflechtAnalytics
import GeflechtCore
import GeflechtExtraction
import GeflechtFormats

/// The main job: extract the corpus, write JSON, DOT and SVG, print a summary.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract a corpus and write geflecht.json, .dot, .svg and the exports into a folder (the default command).",
    discussion: """
      Examples:
        geflecht run
        geflecht run --corpus news/ --out out/ --quiet
      """)

  @Option(help: "Folder (or file) of text documents to read.")
  var corpus = "corpus"

  @Option(help: "Folder to write geflecht.json, geflecht.dot and geflecht.svg into.")
  var out = "graphs"

  @OptionGroup var diagram: DiagramFlags

  /// The exports the main job writes beside JSON, DOT and SVG.
  static let exports: [ExportFormat] = [.graphml, .gexf, .cytoscape, .cypher, .csv, .neo4jCSV, .graphframes]

  @OptionGroup var extraction: ExtractionFlags
  @OptionGroup var common: CommonOptions

  func run() throws {
    let console = Console(quiet: common.quiet)
    let result = try Corpus.extract([corpus], flags: extraction, console: console)
    let graph = result.graph
    let documentCount = result.documentCount

    console.progress("writing \(out)/")
    let folder = URL(fileURLWithPath: out)
    var outputs = OutputFiles()
    do {
      let (drawn, options) = try diagram.prepare(graph)
      let svg = try Graphviz.render(drawn, format: .svg, options: options)
      let rankings = try Rankings.standard(for: graph)
      let sizes = rankings.first { $0.measure == "pagerank" }?.values
      try outputs.stage(try NodeLinkJSON.bytes(from: graph), at: folder.appendingPathComponent("geflecht.json"))
      try outputs.stage(try Graphviz.dot(for: drawn, options: options), at: folder.appendingPathComponent("geflecht.dot"))
      try outputs.stage(svg, at: folder.appendingPathComponent("geflecht.svg"))
      let report = ReportContent(
        title: "Geflecht: \(documentCount) documents", graph: drawn, svg: svg,
        rankings: drawn.nodeCount == graph.nodeCount ? rankings : try Rankings.standard(for: drawn),
        partition: Rankings.communities(for: drawn), summary: Summary(graph: graph, documentCount: documentCount).headline())
      try outputs.stage(try HTMLReport.string(report), at: folder.appendingPathComponent("report.html"))
      for format in Self.exports {
        try Export.stage(
          try Exporter.files(for: graph, format: format, nodeSizes: sizes),
          at: folder.appendingPathComponent(format.defaultName), into: &outputs)
      }
      try Interrupt.check()
      try outputs.commit()
    } catch {
      outputs.discard()
      throw error
    }
    console.endProgress()
    print(try Summary(graph: graph, documentCount: documentCount).text(), terminator: "")
    print("wrote \(out)/: geflecht.json, geflecht.dot, geflecht.svg, report.html, " + Self.exports.map { $0.defaultName + ($0.writesFolder ? "/" : "") }.joined(separator: ", "))
  }
}

extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}
