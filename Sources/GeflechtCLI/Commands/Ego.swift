import ArgumentParser
import Foundation
import GeflechtAnalytics
import GeflechtCore
import GeflechtFormats

/// Cuts the ego network of one node out of a graph file and writes it.
struct Ego: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the ego network of one node: the nodes within --radius of it and their edges.",
    discussion: """
      NODE is a key (org:stadtwerke-koeln), a label or an alias; an unknown name lists the closest \
      matches. Negated and speculative edges are left out unless --include-uncertain. The output \
      format follows the extension of -o; each node carries its `distance`, and the centre `ego`.

      Examples:
        geflecht ego graphs/geflecht.json OpenAI --radius 2 -o openai.svg
        geflecht ego graphs/geflecht.json org:microsoft --direction out -o microsoft.json
      """)

  enum DirectionOption: String, ExpressibleByArgument, CaseIterable {
    case `in`, out, both

    var direction: Direction {
      switch self {
      case .in: .incoming
      case .out: .outgoing
      case .both: .both
      }
    }
  }

  @OptionGroup var source: GraphInputOptions

  @Argument(help: "The centre node, by key, label or alias.")
  var node: String

  @Option(help: "How many edges away from the centre to go.")
  var radius = 1

  @Option(help: "Which way to follow edges of a directed graph.")
  var direction: DirectionOption = .both

  @Option(name: .shortAndLong, help: "Output file: .svg, .dot/.gv or .json (node-link).")
  var output: String

  @Flag(help: "Keep negated and speculative edges.")
  var includeUncertain = false

  @OptionGroup var common: CommonOptions

  func validate() throws {
    guard radius >= 1 else { throw ValidationError("--radius must be at least 1 (got \(radius)).") }
    guard Self.outputKind(output) != nil else {
      throw ValidationError("-o must end in .svg, .dot, .gv or .json (got \(output)).")
    }
  }

  static func outputKind(_ path: String) -> String? {
    let ext = (path as NSString).pathExtension.lowercased()
    return ["svg", "dot", "gv", "json"].contains(ext) ? ext : nil
  }

  func run() throws {
    let input = try source.load()
    let center: NodeID
    do {
      center = try input.resolveNode(node)
    } catch let error as GraphError {
      throw CLIError("\(source.displayName): \(error)", status: .usage)
    }
    let statuses = includeUncertain ? nil : Set(Status.allCases.filter(\.isIncludedByDefault))
    let ego = try EgoNetwork.extract(
      around: center, in: input, radius: Double(radius), direction: direction.direction,
      statuses: statuses)
    let bytes: [UInt8]
    switch Self.outputKind(output)! {
    case "json": bytes = Array(try NodeLinkJSON.string(from: ego).utf8)
    case "dot", "gv": bytes = Array(try Graphviz.dot(for: ego).utf8)
    default: bytes = try Graphviz.render(ego, format: .svg, options: .init())
    }
    var files = OutputFiles()
    try files.stage(bytes, at: URL(fileURLWithPath: output))
    try files.commit()
    if !common.quiet {
      print("\(ego.nodeCount) nodes and \(ego.edgeCount) edges within \(radius) of \(input.node(center).label); wrote \(output)")
    }
  }
}
