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
  struct Key: Hashable, Comparable {
    let source: EntityKey
    let target: EntityKey
    let relation: Relation
    let status: Status

    static func < (a: Key, b: Key) -> Bool {
      (a.source, a.target, a.relation, a.status) < (b.source, b.target, b.relation, b.status)
    }
  }

  private struct Reading {
    let evidence: Evidence
    let role: String?
    let amount: Amount?
    let date: String?
  }

  private var readings: [Key: [Reading]] = [:]

  mutating func add(
    source: EntityKey, target: EntityKey, relation: Relation, status: Status, evidence: Evidence,
    role: String? = nil, amount: Amount? = nil, date: String? = nil
  ) {
    let (s, t) = relation.isSymmetric && target < source ? (target, source) : (source, target)
    let key = Key(source: s, target: t, relation: relation, status: status)
    readings[key, default: []].append(Reading(evidence: evidence, role: role, amount: amount, date: date))
  }

  var keys: [Key] { readings.keys.sorted() }

  /// The finished edges in a stable order: by (source key, target key, relation, status, first evidence).
  func edges(nodeID: (EntityKey) -> NodeID) -> [Edge] {
    var result: [(Key, Evidence, Edge)] = []
    for (key, list) in readings {
      let sorted = list.sorted { $0.evidence < $1.evidence }
      var evidence: [Evidence] = []
      for r in sorted where evidence.last != r.evidence { evidence.append(r.evidence) }
      let documents = Set(evidence.map(\.doc)).count
      let amount = sorted.first { $0.amount != nil }?.amount
      let components = EdgeAccumulator.components(
        relation: key.relation, status: key.status, sentences: evidence.count, documents: documents, amount: amount)
      let edge = Edge(
        source: nodeID(key.source), target: nodeID(key.target), relation: key.relation, status: key.status,
        weight: EdgeAccumulator.weight(components), weightComponents: components, evidence: evidence,
        amount: amount, date: sorted.first { $0.date != nil }?.date, role: sorted.first { $0.role != nil }?.role)
      result.append((key, evidence[0], edge))
    }
    return result.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
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
