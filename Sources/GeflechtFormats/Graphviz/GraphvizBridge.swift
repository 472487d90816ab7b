import Foundation
internal import CGraphviz

/// The thin layer that talks to cgraph and gvc. Swift values go in (`GraphvizDocument`, DOT text),
/// Swift values come out (DOT text, rendered bytes, `ParsedDOT`). Every call runs inside
/// `GraphvizRuntime.withContext`, and every acquire is followed by its release.
enum GraphvizBridge {
  /// Writes the document as DOT through `agwrite`.
  static func dot(for document: GraphvizDocument) throws -> String {
    try GraphvizRuntime.withContext(stage: "write") { _ in
      let graph = try makeGraph(document)
      defer { agclose(graph) }
      return try writeDOT(graph)
    }
  }

  /// Lays the document out with `engine` and renders it in `format` (svg, png, pdf …).
  static func render(_ document: GraphvizDocument, engine: String, format: String) throws -> [UInt8] {
    try GraphvizRuntime.withContext(stage: "layout") { gvc in
      let graph = try makeGraph(document)
      defer { agclose(graph) }
      // sfdp and the other force-directed engines draw from the C library's generators, which persist
      // across calls in a process: reseeding them here makes every layout of a graph the same.
      srand(1)
      srand48(1)
      guard gvs_layout(gvc, graph, engine) == 0 else {
        throw FormatError.graphviz(
          stage: "layout",
          message: GraphvizRuntime.errorMessage(fallback: "layout engine \"\(engine)\" failed")
            + hintIfPluginsMissing())
      }
      defer { gvFreeLayout(gvc, graph) }
      var buffer: UnsafeMutablePointer<CChar>? = nil
      var length = 0
      guard gvs_render_data(gvc, graph, format, &buffer, &length) == 0, let buffer else {
        throw FormatError.graphviz(
          stage: "render",
          message: GraphvizRuntime.errorMessage(fallback: "format \"\(format)\" is not available"))
      }
      defer { gvFreeRenderData(buffer) }
      return buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
        Array(UnsafeBufferPointer(start: $0, count: length))
      }
    }
  }

  private static func hintIfPluginsMissing() -> String {
    " If no layout engine is listed, Graphviz's plugins are not configured: run `dot -c` as root."
  }

  private static func makeGraph(_ document: GraphvizDocument) throws -> UnsafeMutablePointer<Agraph_t> {
    guard let graph = gvs_open(document.name, document.isDirected ? 1 : 0, 0) else {
      throw FormatError.graphviz(stage: "write", message: "agopen failed")
    }
    let graphKind = gvs_kind_graph()
    let nodeKind = gvs_kind_node()
    let edgeKind = gvs_kind_edge()
    // Line wrapping by agwrite would split long strings with backslash-newline.
    gvs_attr(graph, graphKind, "linelength", "0")
    for (name, value) in document.graphAttributes {
      gvs_attr(graph, graphKind, name, GraphvizEscaping.escape(value))
    }
    gvs_attr(graph, nodeKind, "label", "\\N")
    for (name, value) in document.nodeDefaults {
      gvs_attr(graph, nodeKind, name, GraphvizEscaping.escape(value))
    }
    for (name, value) in document.edgeDefaults {
      gvs_attr(graph, edgeKind, name, GraphvizEscaping.escape(value))
    }
    var handles: [String: UnsafeMutablePointer<Agnode_t>] = [:]
    handles.reserveCapacity(document.nodes.count)
    for item in document.nodes {
      guard let node = gvs_node(graph, item.name, 1) else {
        agclose(graph)
        throw FormatError.graphviz(stage: "write", message: "agnode failed for \(item.name)")
      }
      handles[item.name] = node
      for (name, value) in item.attributes {
        gvs_safeset(UnsafeMutableRawPointer(node), name, GraphvizEscaping.escape(value, attribute: name), "")
      }
    }
    for cluster in document.clusters {
      guard let subgraph = gvs_subg(graph, cluster.name, 1) else { continue }
      for (name, value) in cluster.attributes {
        gvs_safeset(UnsafeMutableRawPointer(subgraph), name, GraphvizEscaping.escape(value), "")
      }
      for member in cluster.members {
        if let node = handles[member] { agsubnode(subgraph, node, 1) }
      }
    }
    if let html = document.htmlLabel, let symbol = gvs_attr(graph, graphKind, "label", "") {
      gvs_set_html(UnsafeMutableRawPointer(graph), symbol, html)
    }
    for connection in document.edges {
      guard let tail = handles[connection.tail], let head = handles[connection.head],
        let edge = gvs_edge(graph, tail, head, GraphvizEscaping.escape(connection.key), 1)
      else {
        agclose(graph)
        throw FormatError.graphviz(
          stage: "write", message: "agedge failed for \(connection.tail) -> \(connection.head)")
      }
      for (name, value) in connection.attributes {
        gvs_safeset(UnsafeMutableRawPointer(edge), name, GraphvizEscaping.escape(value, attribute: name), "")
      }
    }
    return graph
  }

  private static func writeDOT(_ graph: UnsafeMutablePointer<Agraph_t>) throws -> String {
    var length = 0
    guard let buffer = gvs_write_memstream(graph, &length) else {
      throw FormatError.graphviz(stage: "write", message: GraphvizRuntime.errorMessage(fallback: "agwrite failed"))
    }
    defer { free(buffer) }
    return buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
      String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
  }

  // MARK: Reading

  /// A DOT graph as cgraph parsed it: names, keys and unescaped attribute values.
  struct ParsedDOT {
    var isDirected: Bool
    var graphAttributes: [String: String]
    var nodes: [GraphvizDocument.Item]
    var edges: [GraphvizDocument.Connection]
  }

  /// Parses DOT text with `agmemread`. Any `Error:` from cgraph is a failure; after a failure a
  /// throwaway graph is parsed, because 2.42 leaves the parser in a bad state (notes, section 10).
  static func parse(_ text: String, file: String) throws -> ParsedDOT {
    do {
      return try GraphvizRuntime.withContext(stage: "read") { _ in
        guard let graph = gvs_memread(text) else {
          throw FormatError.graphviz(
            stage: "read", message: "\(file): " + GraphvizRuntime.errorMessage(fallback: "not a DOT graph"))
        }
        defer { agclose(graph) }
        if agerrors() > 0 {
          throw FormatError.graphviz(
            stage: "read", message: "\(file): " + GraphvizRuntime.errorMessage(fallback: "syntax error"))
        }
        return extract(graph)
      }
    } catch {
      _ = try? GraphvizRuntime.withContext(stage: "reset") { _ in
        if let g = gvs_memread("graph{}") { agclose(g) }
      }
      if case FormatError.graphviz(_, let message) = error {
        if let syntax = DOTSyntaxError(cgraphMessage: message, file: file, text: text) { throw syntax.error }
        if !message.hasPrefix(file) { throw FormatError.graphviz(stage: "read", message: "\(file): \(message)") }
      }
      throw error
    }
  }

  private static func attributes(
    of object: UnsafeMutableRawPointer, symbols: [(String, UnsafeMutablePointer<Agsym_t>)]
  ) -> [(String, String)] {
    var result: [(String, String)] = []
    for (name, symbol) in symbols {
      guard let raw = agxget(object, symbol) else { continue }
      let value = String(cString: raw)
      if value.isEmpty { continue }
      result.append((name, GraphvizEscaping.unescape(value)))
    }
    return result
  }

  private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [(String, UnsafeMutablePointer<Agsym_t>)] {
    var result: [(String, UnsafeMutablePointer<Agsym_t>)] = []
    var symbol = agnxtattr(graph, kind, nil)
    while let s = symbol {
      result.append((String(cString: s.pointee.name), s))
      symbol = agnxtattr(graph, kind, s)
    }
    return result
  }

  private static func extract(_ graph: UnsafeMutablePointer<Agraph_t>) -> ParsedDOT {
    let nodeSymbols = symbols(graph, kind: gvs_kind_node())
    let edgeSymbols = symbols(graph, kind: gvs_kind_edge())
    let graphSymbols = symbols(graph, kind: gvs_kind_graph())
    var parsed = ParsedDOT(isDirected: gvs_is_directed(graph) != 0, graphAttributes: [:], nodes: [], edges: [])
    for (name, value) in attributes(of: UnsafeMutableRawPointer(graph), symbols: graphSymbols) {
      parsed.graphAttributes[name] = value
    }
    var node = agfstnode(graph)
    while let n = node {
      let name = String(cString: agnameof(UnsafeMutableRawPointer(n)))
      parsed.nodes.append(.init(name: name, attributes: attributes(of: UnsafeMutableRawPointer(n), symbols: nodeSymbols)))
      node = agnxtnode(graph, n)
    }
    node = agfstnode(graph)
    while let n = node {
      var edge = agfstout(graph, n)
      while let e = edge {
        let out = gvs_mkout(e)!
        let tail = String(cString: agnameof(UnsafeMutableRawPointer(gvs_tail(out))))
        let head = String(cString: agnameof(UnsafeMutableRawPointer(gvs_head(out))))
        let keyPointer = agnameof(UnsafeMutableRawPointer(out))
        var key = keyPointer.map { String(cString: $0) } ?? ""
        if key.hasPrefix("%") { key = "" }  // cgraph's name for anonymous edges
        key = GraphvizEscaping.unescape(key)
        parsed.edges.append(
          .init(tail: tail, head: head, key: key, attributes: attributes(of: UnsafeMutableRawPointer(out), symbols: edgeSymbols)))
        edge = agnxtout(graph, e)
      }
      node = agnxtnode(graph, n)
    }
    return parsed
  }
}
