import ArgumentParser
import Foundation
import GeflechtFormats

/// Draws any graph file through Graphviz.
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw a graph file (node-link JSON, DOT, GraphML, GEXF or an edge list) as SVG, DOT, PNG or PDF.",
    discussion: """
      The output format follows the extension of -o.

      Examples:
        geflecht render graphs/geflecht.json -o graph.svg
        geflecht render graph.dot -o graph.svg --layout sfdp
        geflecht render graphs/geflecht.json -o graph.dot
        geflecht render graphs/geflecht.json -o communities.svg --color-by community --layout fdp
        geflecht render big.graphml -o top.svg --max-nodes 200 --size-by betweenness
      """)

  @OptionGroup var source: GraphInputOptions

  @Option(name: .shortAndLong, help: "Output file: .svg, .dot/.gv, .png or .pdf.")
  var output: String

  @OptionGroup var diagram: DiagramFlags

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if Self.outputKind(output) == nil {
      throw ValidationError("-o must end in .svg, .dot, .gv, .png or .pdf (got \(output)).")
    }
  }

  static func outputKind(_ path: String) -> String? {
    let ext = (path as NSString).pathExtension.lowercased()
    return ["svg", "dot", "gv", "png", "pdf"].contains(ext) ? ext : nil
  }

  func run() throws {
    let input = try source.load()
    let (drawn, options) = try diagram.prepare(input)
    let bytes: [UInt8]
    switch Self.outputKind(output)! {
    case "dot", "gv": bytes = Array(try Graphviz.dot(for: drawn, options: options).utf8)
    case "png": bytes = try Graphviz.render(drawn, format: .png, options: options)
    case "pdf": bytes = try Graphviz.render(drawn, format: .pdf, options: options)
    default: bytes = try Graphviz.render(drawn, format: .svg, options: options)
    }
    var files = OutputFiles()
    try files.stage(bytes, at: URL(fileURLWithPath: output))
    try files.commit()
  }
}

extension GraphInputFormat: ExpressibleByArgument {}
