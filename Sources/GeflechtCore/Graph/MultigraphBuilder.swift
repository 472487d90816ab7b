/// Collects nodes and edges, then freezes them into a `Multigraph`.
///
/// Adding a node whose key is already present merges it into the existing node: aliases and documents
/// are united, the first label and kind are kept, missing attributes are filled in. Adding an edge
/// whose key is empty or already used between the same pair gives it a fresh key: the relation name
/// (`invests_in`, then `invests_in-2`, …) or, for edges without a relation, the smallest unused
/// integer (`0`, `1`, …) as NetworkX numbers parallel edges.
public struct MultigraphBuilder: Sendable {
  public let isDirected: Bool
  public var attributes: [String: AttributeValue]
  private var nodes: [Node] = []
  private var edges: [Edge] = []
  private var keyIndex: [EntityKey: NodeID] = [:]
  /// The first edge added between each pair (ordered if directed, else smallest node first), as
  /// `a << 32 | b`. Only pairs that get a second edge keep the set of keys used between them in
  /// `usedEdgeKeys`, so a graph without parallel edges pays one small entry per edge.
  private var firstEdgeOfPair: [UInt64: UInt32] = [:]
  private var usedEdgeKeys: [UInt64: Set<String>] = [:]

  public init(directed: Bool = true, attributes: [String: AttributeValue] = [:]) {
    self.isDirected = directed
    self.attributes = attributes
  }

  public var nodeCount: Int { nodes.count }
  public var edgeCount: Int { edges.count }

  public func nodeID(for key: EntityKey) -> NodeID? { keyIndex[key] }

  public func node(_ id: NodeID) -> Node { nodes[id.index] }

  /// Reserves room for this many more nodes and edges, so that a reader that knows (or estimates)
  /// the sizes builds without regrowing its arrays.
  public mutating func reserveCapacity(nodes nodeCount: Int, edges edgeCount: Int) {
    nodes.reserveCapacity(nodes.count + nodeCount)
    keyIndex.reserveCapacity(keyIndex.count + nodeCount)
    edges.reserveCapacity(edges.count + edgeCount)
    firstEdgeOfPair.reserveCapacity(firstEdgeOfPair.count + edgeCount)
  }

  @discardableResult
  public mutating func addNode(_ node: Node) -> NodeID {
    if let existing = keyIndex[node.key] {
      var merged = nodes[existing.index]
      if merged.kind == nil { merged.kind = node.kind }
      var aliases = Set(merged.aliases).union(node.aliases)
      if node.label != merged.label { aliases.insert(node.label) }
      aliases.remove(merged.label)
      merged.aliases = aliases.sorted()
      merged.documents = Set(merged.documents).union(node.documents).sorted()
      merged.attributes.merge(node.attributes) { old, _ in old }
      nodes[existing.index] = merged
      return existing
    }
    let id = NodeID(nodes.count)
    nodes.append(node)
    keyIndex[node.key] = id
    return id
  }

  @discardableResult
  public mutating func addEdge(_ edge: Edge) -> EdgeID {
    precondition(
      edge.source.index < nodes.count && edge.target.index < nodes.count,
      "edge \(edge.source)→\(edge.target) refers to a node not added to this builder")
    var edge = edge
    let pair =
      isDirected || edge.source <= edge.target
      ? UInt64(edge.source.rawValue) << 32 | UInt64(edge.target.rawValue)
      : UInt64(edge.target.rawValue) << 32 | UInt64(edge.source.rawValue)
    guard let first = firstEdgeOfPair[pair] else {
      // The pair's first edge: no key is used yet.
      if edge.key.isEmpty { edge.key = edge.relation?.rawValue ?? "0" }
      firstEdgeOfPair[pair] = UInt32(edges.count)
      let id = EdgeID(edges.count)
      edges.append(edge)
      return id
    }
    var used = usedEdgeKeys.removeValue(forKey: pair) ?? [edges[Int(first)].key]
    if edge.key.isEmpty || used.contains(edge.key) {
      if let base = edge.relation?.rawValue ?? (edge.key.isEmpty ? nil : edge.key) {
        var candidate = base
        var n = 2
        while used.contains(candidate) {
          candidate = "\(base)-\(n)"
          n += 1
        }
        edge.key = candidate
      } else {
        var n = 0
        while used.contains(String(n)) { n += 1 }
        edge.key = String(n)
      }
    }
    used.insert(edge.key)
    usedEdgeKeys[pair] = used
    let id = EdgeID(edges.count)
    edges.append(edge)
    return id
  }

  /// Freezes the graph. O(n + m).
  public func build() -> Multigraph {
    let n = nodes.count
    let m = edges.count
    var sources = [UInt32](repeating: 0, count: m)
    var targets = [UInt32](repeating: 0, count: m)
    var weights = [Double](repeating: 0, count: m)
    var outCount = [Int](repeating: 0, count: n + 1)
    var inCount = [Int](repeating: 0, count: n + 1)
    for (i, e) in edges.enumerated() {
      sources[i] = e.source.rawValue
      targets[i] = e.target.rawValue
      weights[i] = e.weight
      outCount[e.source.index + 1] += 1
      inCount[e.target.index + 1] += 1
    }
    for v in 0..<n {
      outCount[v + 1] += outCount[v]
      inCount[v + 1] += inCount[v]
    }
    var outIDs = [EdgeID](repeating: EdgeID(0), count: m)
    var inIDs = [EdgeID](repeating: EdgeID(0), count: m)
    var outFill = outCount
    var inFill = inCount
    for i in 0..<m {
      let s = Int(sources[i])
      let t = Int(targets[i])
      outIDs[outFill[s]] = EdgeID(i)
      outFill[s] += 1
      inIDs[inFill[t]] = EdgeID(i)
      inFill[t] += 1
    }
    let graph = Multigraph(
      isDirected: isDirected, attributes: attributes, nodeData: nodes, edgeData: edges,
      edgeSources: sources, edgeTargets: targets, edgeWeights: weights, outOffsets: outCount,
      outEdgeIDs: outIDs, inOffsets: inCount, inEdgeIDs: inIDs, keyIndex: keyIndex,
      isSimple: Self.isSimple(
        nodeCount: n, directed: isDirected, sources: sources, targets: targets,
        outOffsets: outCount, outIDs: outIDs, inOffsets: inCount, inIDs: inIDs))
    graph.assertInvariants()
    return graph
  }

  /// Whether no edge is a self-loop and no pair is joined twice: one pass over the incidence lists
  /// with a stamp per node. O(n + m).
  private static func isSimple(
    nodeCount n: Int, directed: Bool, sources: [UInt32], targets: [UInt32], outOffsets: [Int],
    outIDs: [EdgeID], inOffsets: [Int], inIDs: [EdgeID]
  ) -> Bool {
    var stamp = [UInt32](repeating: .max, count: n)
    for v in 0..<n {
      let mark = UInt32(v)
      for k in outOffsets[v]..<outOffsets[v + 1] {
        let t = targets[outIDs[k].index]
        if t == mark || stamp[Int(t)] == mark { return false }
        stamp[Int(t)] = mark
      }
      guard !directed else { continue }
      for k in inOffsets[v]..<inOffsets[v + 1] {
        let s = sources[inIDs[k].index]
        if stamp[Int(s)] == mark { return false }
        stamp[Int(s)] = mark
      }
    }
    return true
  }
}
