/// An edge's data. Edges are directed; a symmetric `relation` says the direction carries no meaning.
/// Parallel edges between the same pair are kept and told apart by `key`.
public struct Edge: Hashable, Sendable {
  public var source: NodeID
  public var target: NodeID
  /// Distinguishes parallel edges between the same ordered pair; unique within it.
  public var key: String
  /// `nil` for edges of imported graphs that carry no ontology relation.
  public var relation: Relation?
  public var status: Status
  /// The edge's strength. For extracted edges, derived from `weightComponents` (see docs/weights.md).
  public var weight: Double
  /// The parts `weight` was computed from, so that a user can re-weight.
  public var weightComponents: [String: Double]
  public var evidence: [Evidence]
  public var amount: Amount?
  /// A date as written in ISO form with its precision: `2019`, `2023-01` or `2025-09-18`.
  public var date: String?
  public var role: String?
  public var attributes: [String: AttributeValue]

  public init(
    source: NodeID, target: NodeID, key: String = "", relation: Relation? = nil,
    status: Status = .asserted, weight: Double = 1, weightComponents: [String: Double] = [:],
    evidence: [Evidence] = [], amount: Amount? = nil, date: String? = nil, role: String? = nil,
    attributes: [String: AttributeValue] = [:]
  ) {
    self.source = source
    self.target = target
    self.key = key
    self.relation = relation
    self.status = status
    self.weight = weight
    self.weightComponents = weightComponents
    self.evidence = evidence
    self.amount = amount
    self.date = date
    self.role = role
    self.attributes = attributes
  }
}
