import GeflechtCore

/// Output formats that gvc renders.
public enum RenderFormat: String, CaseIterable, Sendable {
  case svg, png, pdf
}

/// Options for drawing a graph.
public struct DiagramOptions: Sendable {
  /// What a node's fill colour says.
  public enum ColorBy: String, CaseIterable, Sendable { case kind, community, relation }

  /// `nil` chooses by size (`LayoutEngine.automatic`).
  public var engine: LayoutEngine?
  public var title: String?
  /// `.kind` (default) fills by node kind; `.community` by `partition` (drawn as clusters where the
  /// engine supports them: dot, fdp, osage); `.relation` fills nodes white and lets edge colours speak.
  public var colorBy: ColorBy
  public var partition: Partition?
  /// One score per node (for example PageRank) that scales node size; `nil` keeps sizes even.
  public var nodeSizes: [Double]?
  /// The name of the measure in `nodeSizes`, shown in the legend.
  public var sizeMeasure: String?
  /// Draw a legend of the kinds, relations and statuses present.
  public var showsLegend: Bool

  public init(
    engine: LayoutEngine? = nil, title: String? = nil, colorBy: ColorBy = .kind, partition: Partition? = nil,
    nodeSizes: [Double]? = nil, sizeMeasure: String? = nil, showsLegend: Bool = true
  ) {
    self.engine = engine
    self.title = title
    self.colorBy = colorBy
    self.partition = partition
    self.nodeSizes = nodeSizes
    self.sizeMeasure = sizeMeasure
    self.showsLegend = showsLegend
  }
}

/// DOT and rendered diagrams through Graphviz's C library (cgraph and gvc), in-process.
public enum Graphviz {
  /// The linked Graphviz library's version.
  public static var version: String { GraphvizRuntime.version }

  /// The graph as DOT text, written by cgraph's `agwrite`. Deterministic for the same graph.
  public static func dot(for graph: Multigraph, options: DiagramOptions = .init()) throws -> String {
    let engine = options.engine ?? .automatic(nodeCount: graph.nodeCount, edgeCount: graph.edgeCount)
    return try GraphvizBridge.dot(for: DiagramStyle(options: options, engine: engine).document(for: graph))
  }

  /// Lays the graph out and renders it through gvc (`gvLayout`, `gvRenderData`).
  public static func render(
    _ graph: Multigraph, format: RenderFormat = .svg, options: DiagramOptions = .init()
  ) throws -> [UInt8] {
    let engine = options.engine ?? .automatic(nodeCount: graph.nodeCount, edgeCount: graph.edgeCount)
    let document = DiagramStyle(options: options, engine: engine).document(for: graph)
    do {
      return try GraphvizBridge.render(document, engine: engine.rawValue, format: format.rawValue)
    } catch FormatError.graphviz(let stage, let message) where stage == "render" && format != .svg {
      throw FormatError.graphviz(
        stage: stage,
        message: message + " Rendering \(format.rawValue.uppercased()) needs Graphviz's cairo plugin "
          + "(Debian package libgvplugin-cairo or graphviz with cairo); SVG works without it.")
    }
  }

  /// Reads DOT text through cgraph (`agmemread`) into a `Multigraph`. Node keys come from a `key`
  /// attribute where Geflecht wrote one, otherwise from the node name; `label`, `kind`, `relation`,
  /// `status` and `weight` are read back into their fields, other attributes are kept as strings.
  public static func graph(fromDOT text: String, file: String = "<input>") throws -> Multigraph {
    let parsed = try GraphvizBridge.parse(text, file: file)
    return DOTImport.graph(from: parsed, file: file)
  }
}
