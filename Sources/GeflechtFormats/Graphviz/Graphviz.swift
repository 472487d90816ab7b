import GeflechtCore

/// Output formats that gvc renders.
public enum RenderFormat: String, CaseIterable, Sendable {
  case svg, png, pdf
}

/// Options for drawing a graph.
public struct DiagramOptions: Sendable {
  /// `nil` chooses by size (`LayoutEngine.automatic`).
  public var engine: LayoutEngine?
  public var title: String?

  public init(engine: LayoutEngine? = nil, title: String? = nil) {
    self.engine = engine
    self.title = title
  }
}

/// DOT and rendered diagrams through Graphviz's C library (cgraph and gvc), in-process.
public enum Graphviz {
  /// The linked Graphviz library's version.
  public static var version: String { GraphvizRuntime.version }

  /// The graph as DOT text, written by cgraph's `agwrite`. Deterministic for the same graph.
  public static func dot(for graph: Multigraph, options: DiagramOptions = .init()) throws -> String {
    try GraphvizBridge.dot(for: DiagramStyle(title: options.title).document(for: graph))
  }

  /// Lays the graph out and renders it through gvc (`gvLayout`, `gvRenderData`).
  public static func render(
    _ graph: Multigraph, format: RenderFormat = .svg, options: DiagramOptions = .init()
  ) throws -> [UInt8] {
    let engine = options.engine ?? .automatic(nodeCount: graph.nodeCount, edgeCount: graph.edgeCount)
    let document = DiagramStyle(title: options.title).document(for: graph)
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
