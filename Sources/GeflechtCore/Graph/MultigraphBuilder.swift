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
  private var keyIndex: [EntityKey: NodeID] = [:]
  // The edges, by column: endpoints and weight, then the other fields (`EdgeColumns`), whose
  // `keys` holds the keys asked for until `build()` settles them.
  private var sources: [UInt32] = []
  private var targets: [UInt32] = []
  private var weights: [Double] = []
  private var columns = EdgeColumns()

  public init(directed: Bool = true, attributes: [String: AttributeValue] = [:]) {
    self.isDirected = directed
    self.attributes = attributes
  }

  public var nodeCount: Int { nodes.count }
  public var edgeCount: Int { sources.count }

  public func nodeID(for key: EntityKey) -> NodeID? { keyIndex[key] }

  public func node(_ id: NodeID) -> Node { nodes[id.index] }

  /// Reserves room for this many more nodes and edges, so that a reader that knows (or estimates)
  /// the sizes builds without regrowing its arrays.
  public mutating func reserveCapacity(nodes nodeCount: Int, edges edgeCount: Int) {
    nodes.reserveCapacity(nodes.count + nodeCount)
    keyIndex.reserveCapacity(keyIndex.count + nodeCount)
    sources.reserveCapacity(sources.count + edgeCount)
    targets.reserveCapacity(targets.count + edgeCount)
    weights.reserveCapacity(weights.count + edgeCount)
    columns.reserveCapacity(sources.count + edgeCount)
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

  /// Adds an edge. Its key is settled by `build()` (see the type's summary), so the `EdgeID`
  /// returned is final but the key may still change.
  @discardableResult
  public mutating func addEdge(_ edge: Edge) -> EdgeID {
    precondition(
      edge.source.index < nodes.count && edge.target.index < nodes.count,
      "edge \(edge.source)→\(edge.target) refers to a node not added to this builder")
    precondition(sources.count < Int(UInt32.max), "more edges than EdgeID can number")
    let id = EdgeID(sources.count)
    sources.append(edge.source.rawValue)
    targets.append(edge.target.rawValue)
    weights.append(edge.weight)
    if !edge.key.isEmpty { columns.keys[id.rawValue] = edge.key }
    columns.append(relation: edge.relation, status: edge.status, details: edge.details)
    return id
  }

  /// Freezes the graph: the CSR incidence tables, then the final edge keys. O(n + m) time, plus
  /// O(k log k) for each pair joined by k > 1 edges. The edge columns move into the graph without
  /// a copy.
  public func build() -> Multigraph {
    let n = nodes.count
    let m = sources.count
    var outCount = [Int](repeating: 0, count: n + 1)
    var inCount = [Int](repeating: 0, count: n + 1)
    for i in 0..<m {
      outCount[Int(sources[i]) + 1] += 1
      inCount[Int(targets[i]) + 1] += 1
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
    outFill = []
    inFill = []
    var columns = self.columns
    let isSimple = Self.settleKeys(
      &columns, directed: isDirected, nodeCount: n, sources: sources, targets: targets,
      outOffsets: outCount, outIDs: outIDs, inOffsets: inCount, inIDs: inIDs)
    let graph = Multigraph(
      isDirected: isDirected, attributes: attributes, nodeData: nodes, edgeColumns: columns,
      edgeSources: sources, edgeTargets: targets, edgeWeights: weights, outOffsets: outCount,
      outEdgeIDs: outIDs, inOffsets: inCount, inEdgeIDs: inIDs, keyIndex: keyIndex,
      isSimple: isSimple)
    graph.assertInvariants()
    return graph
  }
}
