import GeflechtCore

/// What the HTML report shows.
public struct ReportContent: Sendable {
  public var title: String
  public var graph: Multigraph
  /// The diagram, as `Graphviz.render(graph, format: .svg)` made it.
  public var svg: [UInt8]
  /// Ranking columns, in the order the table shows them (e.g. degree, PageRank, betweenness).
  public var rankings: [NodeScores]
  public var partition: Partition?
  /// Lines of a short summary shown under the title.
  public var summary: [String]

  public init(
    title: String, graph: Multigraph, svg: [UInt8], rankings: [NodeScores] = [], partition: Partition? = nil,
    summary: [String] = []
  ) {
    self.title = title
    self.graph = graph
    self.svg = svg
    self.rankings = rankings
    self.partition = partition
    self.summary = summary
  }
}

/// A self-contained HTML page that opens offline: the diagram inline with pan and zoom, sortable
/// ranking tables, the communities, a search box, filters by kind, relation and status, and a panel
/// that shows the evidence of the node or edge clicked.
///
/// Untrusted text reaches the page only as JSON inside `<script type="application/json">` (with `<`,
/// `>` and `&` escaped) and through `textContent` in the script, or as Graphviz's escaped SVG; it is
/// never parsed as markup.
public enum HTMLReport {
  public static func string(_ content: ReportContent) throws -> String {
    let data = try JSONWriter.string(dataValue(content))
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
      <title>\(XMLEscaping.escape(content.title))</title>
      <style>\(ReportAssets.css)</style>
      </head>
      <body>
      <header>
        <h1>\(XMLEscaping.escape(content.title))</h1>
        <p class="summary">\(content.summary.map(XMLEscaping.escape).joined(separator: "<br>"))</p>
      </header>
      <nav id="controls">
        <input id="search" type="search" placeholder="Search nodes (name or alias)" aria-label="Search nodes">
        <span id="search-count"></span>
        <fieldset id="filter-kind"><legend>Kind</legend></fieldset>
        <fieldset id="filter-relation"><legend>Relation</legend></fieldset>
        <fieldset id="filter-status"><legend>Status</legend></fieldset>
      </nav>
      <main>
        <section id="diagram-section">
          <div class="toolbar"><button id="zoom-in" title="Zoom in">+</button><button id="zoom-out" title="Zoom out">−</button><button id="zoom-reset" title="Fit">fit</button><span class="hint">drag to pan, wheel to zoom, click a node or edge for its evidence</span></div>
          <div id="diagram">\(inlineSVG(content.svg))</div>
        </section>
        <aside id="details"><h2>Details</h2><p class="muted">Click a node or an edge in the diagram, or a name in a table.</p></aside>
      </main>
      <section id="rankings-section"><h2>Rankings</h2><table id="rankings"><thead></thead><tbody></tbody></table></section>
      <section id="communities-section"><h2>Communities</h2><div id="communities"></div></section>
      <section id="edges-section"><h2>Relations</h2><table id="edges"><thead></thead><tbody></tbody></table></section>
      <script type="application/json" id="geflecht-data">\(data)</script>
      <script>\(ReportAssets.script)</script>
      </body>
      </html>

      """
  }

  /// The SVG without its XML declaration and DOCTYPE, ready to sit inside HTML.
  static func inlineSVG(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let start = text.range(of: "<svg") else { return "" }
    return String(text[start.lowerBound...])
  }

  static func dataValue(_ content: ReportContent) throws -> JSONValue {
    let graph = content.graph
    var nodes: [JSONValue] = []
    for (index, node) in graph.nodes.enumerated() {
      var scores: [(String, JSONValue)] = []
      for ranking in content.rankings where ranking.values.count == graph.nodeCount {
        scores.append((ranking.measure, try .double(ranking.values[index])))
      }
      var members: [(String, JSONValue)] = [
        ("id", .string(node.key.rawValue)), ("label", .string(node.label)),
        ("kind", node.kind.map { .string($0.rawValue) } ?? .null),
        ("aliases", .array(node.aliases.map { .string($0) })),
        ("documents", .array(node.documents.map { .string($0) })),
        ("scores", .object(scores)),
      ]
      if let partition = content.partition, partition.community.count == graph.nodeCount {
        members.append(("community", .int(partition.community[index])))
      }
      nodes.append(.object(members))
    }
    var edges: [JSONValue] = []
    for edge in graph.edges {
      var members: [(String, JSONValue)] = [
        ("source", .int(edge.source.index)), ("target", .int(edge.target.index)),
        ("relation", .string(edge.relation?.rawValue ?? "edge")), ("status", .string(edge.status.rawValue)),
        ("weight", try .double(edge.weight)), ("evidence", .array(edge.evidence.map(NodeLinkJSON.value(from:)))),
      ]
      if let amount = edge.amount { members.append(("amount", .string(amount.text ?? "\(amount.value) \(amount.currency)"))) }
      if let date = edge.date { members.append(("date", .string(date))) }
      if let role = edge.role { members.append(("role", .string(role))) }
      edges.append(.object(members))
    }
    return .object([
      ("measures", .array(content.rankings.map { .string($0.measure) })),
      ("nodes", .array(nodes)), ("edges", .array(edges)),
      ("communities", .array((content.partition?.communities ?? []).map { .array($0.map { .int($0.index) }) })),
    ])
  }
}
