import Foundation
import GeflechtCore

/// Merges statements into edges and weighs them.
///
/// Statements with the same (source, target, relation, status) become one edge whose evidence lists
/// every sentence that said it; symmetric relations are stored with the smaller key as source. Role,
/// amount and date come from the earliest evidence that has one.
///
/// The weight is `relation_factor × status_factor × amount_factor × (sentences + 0.5 × (documents − 1))`
/// with the components kept in `weightComponents` (see docs/extraction.md).
struct EdgeAccumulator: Sendable {
  /// An edge's identity with its endpoints as dense entity numbers (see `entityKeys`).
  /// Found through the endpoints alone (`slot`): the few keys that share them differ in relation or status,
  /// which equality tells apart.
  private struct Key: Equatable {
    let source: Int32
    let target: Int32
    let relation: Relation
    let status: Status
  }

  /// One statement's contribution to an edge. The evidence is an index into `evidences`: the statements
  /// of one sentence share one `Evidence`, stored once.
  private struct Reading {
    let evidence: Int32
    let role: String?
    let amount: Amount?
    let date: String?
  }

  /// Every entity that is an endpoint of an edge so far, numbered in order of first appearance.
  private(set) var entityKeys: [EntityKey] = []
  private var entityNumbers: [EntityKey: Int32] = [:]
  /// The entity numbers of the references of the current document, by identity (a cache in front of
  /// `entityNumbers`, emptied by `beginDocument()` so that it holds no references across documents).
  private var refNumbers = RefNumbers()

  /// Starts the statements of another document: forgets the previous document's references.
  mutating func beginDocument() { refNumbers.removeAll() }

  /// The evidence of the statements so far; consecutive statements with equal evidence share one entry.
  private var evidences: [Evidence] = []
  /// The edges in order of first appearance: their keys and their readings. `edgeSlots` finds an edge by its
  /// key (open addressing with linear probing over the endpoints' hash; edge number + 1 per slot, 0 is empty).
  private var edgeSlots: [Int32] = Array(repeating: 0, count: 1024)
  private var edgeKeys: [Key] = []
  private var readings: [[Reading]] = []

  mutating func add(
    source: EntityRef, target: EntityRef, relation: Relation, status: Status, evidence: Evidence,
    role: String? = nil, amount: Amount? = nil, date: String? = nil
  ) {
    let (s, t) = relation.isSymmetric && target.key < source.key ? (target, source) : (source, target)
    let key = Key(source: number(of: s), target: number(of: t), relation: relation, status: status)
    if evidences.last != evidence { evidences.append(evidence) }
    let reading = Reading(evidence: Int32(evidences.count - 1), role: role, amount: amount, date: date)
    let mask = edgeSlots.count - 1
    var slot = EdgeAccumulator.slot(key, mask)
    while true {
      let e = Int(edgeSlots[slot]) - 1
      if e < 0 { break }
      if edgeKeys[e] == key {
        readings[e].append(reading)
        return
      }
      slot = (slot + 1) & mask
    }
    edgeSlots[slot] = Int32(edgeKeys.count + 1)
    edgeKeys.append(key)
    readings.append([reading])
    if 2 * edgeKeys.count > edgeSlots.count { growEdgeSlots() }
  }

  private static func slot(_ key: Key, _ mask: Int) -> Int {
    let endpoints = UInt64(UInt32(bitPattern: key.source)) << 32 | UInt64(UInt32(bitPattern: key.target))
    return Int(truncatingIfNeeded: (endpoints &* 0x9e37_79b9_7f4a_7c15) >> 24) & mask
  }

  private mutating func growEdgeSlots() {
    edgeSlots = Array(repeating: 0, count: 2 * edgeSlots.count)
    let mask = edgeSlots.count - 1
    for (e, key) in edgeKeys.enumerated() {
      var slot = EdgeAccumulator.slot(key, mask)
      while edgeSlots[slot] != 0 { slot = (slot + 1) & mask }
      edgeSlots[slot] = Int32(e + 1)
    }
  }

  private mutating func number(of ref: EntityRef) -> Int32 {
    if let n = refNumbers.number(of: ref) { return n }
    let n = number(of: ref.key)
    refNumbers.insert(ref, n)
    return n
  }

  private mutating func number(of key: EntityKey) -> Int32 {
    if let n = entityNumbers[key] { return n }
    let n = Int32(entityKeys.count)
    entityNumbers[key] = n
    entityKeys.append(key)
    return n
  }

  /// The finished edges in a stable order: by (source key, target key, relation, status, first evidence).
  ///
  /// Keys are unique, so the order is that of the keys alone; entity keys are ranked once, so the sort
  /// compares integers rather than strings. Readings arrive in document and sentence order, so their
  /// (stable) sort by evidence is skipped when they already are in order.
  ///
  /// - Parameter nodeID: The node of each entity in `entityKeys`; asked once per entity.
  /// - Complexity: O(e log e + r) for e edges, r readings and k distinct entities (plus O(k log k)).
  func edges(nodeID: (EntityKey) -> NodeID) -> [Edge] {
    var rank = [Int](repeating: 0, count: entityKeys.count)
    for (i, n) in entityKeys.indices.sorted(by: { entityKeys[$0] < entityKeys[$1] }).enumerated() { rank[n] = i }
    let nodes = entityKeys.map(nodeID)
    // A relation's or status's rank is its position among all cases, found by comparing the few cases
    // (cheaper than hashing the enum for every edge).
    let relations = Relation.allCases
    let statuses = Status.allCases

    var order: [(order: (Int, Int, Int, Int), edge: Int)] = []
    order.reserveCapacity(edgeKeys.count)
    for (e, key) in edgeKeys.enumerated() {
      order.append(
        (
          (rank[Int(key.source)], rank[Int(key.target)], relations.firstIndex(of: key.relation)!, statuses.firstIndex(of: key.status)!),
          e))
    }
    order.sort { $0.order < $1.order }

    // Edges without an amount share their weight components with every edge of the same relation, status
    // and counts: one dictionary (five hashed string keys) per combination instead of one per edge.
    var shared: [WeightKey: (components: [String: Double], weight: Double)] = [:]
    var result: [Edge] = []
    result.reserveCapacity(order.count)
    for (_, e) in order {
      let key = edgeKeys[e]
      let list = readings[e]
      var isInOrder = true
      for j in list.indices.dropFirst() where evidences[Int(list[j].evidence)] < evidences[Int(list[j - 1].evidence)] {
        isInOrder = false
        break
      }
      let sorted = isInOrder ? list : list.sorted { evidences[Int($0.evidence)] < evidences[Int($1.evidence)] }
      var evidence: [Evidence] = []
      evidence.reserveCapacity(sorted.count)
      var lastIndex: Int32 = -1
      for r in sorted where r.evidence != lastIndex {
        // Equal indices are equal evidence; different indices may still hold equal evidence.
        lastIndex = r.evidence
        let next = evidences[Int(r.evidence)]
        if evidence.last != next { evidence.append(next) }
      }
      // Sorted by document first, so each document's evidence is one run.
      var documents = 1
      for j in evidence.indices.dropFirst() where evidence[j - 1].doc != evidence[j].doc { documents += 1 }
      let amount = sorted.first { $0.amount != nil }?.amount
      let components: [String: Double]
      let weight: Double
      let weightKey = WeightKey(relation: key.relation, status: key.status, sentences: evidence.count, documents: documents)
      if amount == nil, let known = shared[weightKey] {
        (components, weight) = known
      } else {
        components = EdgeAccumulator.components(
          relation: key.relation, status: key.status, sentences: evidence.count, documents: documents, amount: amount)
        weight = EdgeAccumulator.weight(
          relation: key.relation, status: key.status, sentences: evidence.count, documents: documents,
          amountFactor: components["amount_factor"]!)
        if amount == nil { shared[weightKey] = (components, weight) }
      }
      result.append(
        Edge(
          source: nodes[Int(key.source)], target: nodes[Int(key.target)], relation: key.relation, status: key.status,
          weight: weight, weightComponents: components, evidence: evidence,
          amount: amount, date: sorted.first { $0.date != nil }?.date, role: sorted.first { $0.role != nil }?.role))
    }
    return result
  }

  /// What an edge's weight depends on when it has no amount.
  private struct WeightKey: Hashable {
    let relation: Relation
    let status: Status
    let sentences: Int
    let documents: Int
  }

  static func components(
    relation: Relation, status: Status, sentences: Int, documents: Int, amount: Amount?
  ) -> [String: Double] {
    var amountFactor = 1.0
    if let amount {
      let billions = NSDecimalNumber(decimal: amount.value).doubleValue / 1e9
      amountFactor = 1 + log10(1 + max(0, billions))
    }
    return [
      "sentences": Double(sentences),
      "documents": Double(documents),
      "relation_factor": relationFactor(relation),
      "status_factor": statusFactor(status),
      "amount_factor": amountFactor,
    ]
  }

  /// `weight(components(…))` without the dictionary: the same factors multiplied in the same order.
  static func weight(relation: Relation, status: Status, sentences: Int, documents: Int, amountFactor: Double) -> Double {
    let evidence = Double(sentences) + 0.5 * (Double(documents) - 1)
    return relationFactor(relation) * statusFactor(status) * amountFactor * evidence
  }

  static func weight(_ c: [String: Double]) -> Double {
    let evidence = c["sentences", default: 0] + 0.5 * (c["documents", default: 1] - 1)
    return c["relation_factor", default: 1] * c["status_factor", default: 1] * c["amount_factor", default: 1] * evidence
  }

  static func relationFactor(_ r: Relation) -> Double {
    switch r {
    case .coOccurs: 0.25
    case .associatedWith: 0.5
    default: 1
    }
  }

  static func statusFactor(_ s: Status) -> Double {
    switch s {
    case .asserted: 1
    case .planned: 0.8
    case .reported: 0.7
    case .speculative: 0.3
    case .negated: 0.1
    }
  }
}
