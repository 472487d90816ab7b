/// An edge's data. Edges are directed; a symmetric `relation` says the direction carries no meaning.
/// Parallel edges between the same pair are kept and told apart by `key`.
///
/// The fields every edge has are stored inline; the ones most edges of a large imported graph lack
/// (evidence, weight components, amount, date, role, free attributes) live in one shared, copy-on-write
/// box that is absent when they are all empty, so a plain edge takes about 48 bytes. A `Multigraph`
/// does not keep `Edge` values: it stores their fields by column and builds an `Edge` when asked.
public struct Edge: Hashable, Sendable {
  public var source: NodeID
  public var target: NodeID
  /// Distinguishes parallel edges between the same ordered pair; unique within it.
  public var key: String
  /// `nil` for edges of imported graphs that carry no ontology relation.
  public var relation: Relation?
  public var status: Status
  /// The edge's strength. For extracted edges, derived from `weightComponents` (see docs/extraction.md).
  public var weight: Double
  /// The optional fields, boxed; `nil` when all are empty. Stored as is by `EdgeColumns`.
  var details: EdgeDetails?

  /// The parts `weight` was computed from, so that a user can re-weight.
  public var weightComponents: [String: Double] {
    get { details?.values.weightComponents ?? [:] }
    set { update { $0.weightComponents = newValue } }
  }

  public var evidence: [Evidence] {
    get { details?.values.evidence ?? [] }
    set { update { $0.evidence = newValue } }
  }

  public var amount: Amount? {
    get { details?.values.amount }
    set { update { $0.amount = newValue } }
  }

  /// A date as written in ISO form with its precision: `2019`, `2023-01` or `2025-09-18`.
  public var date: String? {
    get { details?.values.date }
    set { update { $0.date = newValue } }
  }

  public var role: String? {
    get { details?.values.role }
    set { update { $0.role = newValue } }
  }

  public var attributes: [String: AttributeValue] {
    get { details?.values.attributes ?? [:] }
    set { update { $0.attributes = newValue } }
  }

  public init(
    source: NodeID, target: NodeID, key: String = "", relation: Relation? = nil,
    status: Status = .asserted, weight: Double = 1, weightComponents: [String: Double] = [:],
    evidence: [Evidence] = [], amount: Amount? = nil, date: String? = nil, role: String? = nil,
    attributes: [String: AttributeValue] = [:]
  ) {
    let values = DetailValues(
      weightComponents: weightComponents, evidence: evidence, amount: amount, date: date, role: role,
      attributes: attributes)
    self.init(
      source: source, target: target, key: key, relation: relation, status: status, weight: weight,
      details: values.isEmpty ? nil : EdgeDetails(values))
  }

  /// An edge from its stored columns, sharing the details box.
  init(
    source: NodeID, target: NodeID, key: String, relation: Relation?, status: Status,
    weight: Double, details: EdgeDetails?
  ) {
    self.source = source
    self.target = target
    self.key = key
    self.relation = relation
    self.status = status
    self.weight = weight
    self.details = details
  }

  private mutating func update(_ change: (inout DetailValues) -> Void) {
    var values = details?.values ?? DetailValues()
    change(&values)
    details = values.isEmpty ? nil : EdgeDetails(values)
  }

  public static func == (a: Edge, b: Edge) -> Bool {
    a.source == b.source && a.target == b.target && a.key == b.key && a.relation == b.relation
      && a.status == b.status && a.weight == b.weight
      && (a.details?.values ?? DetailValues()) == (b.details?.values ?? DetailValues())
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(target)
    hasher.combine(key)
    hasher.combine(relation)
    hasher.combine(status)
    hasher.combine(weight)
    hasher.combine(details?.values ?? DetailValues())
  }
}

/// The optional parts of an edge, boxed together.
struct DetailValues: Hashable, Sendable {
  var weightComponents: [String: Double] = [:]
  var evidence: [Evidence] = []
  var amount: Amount?
  var date: String?
  var role: String?
  var attributes: [String: AttributeValue] = [:]

  var isEmpty: Bool {
    weightComponents.isEmpty && evidence.isEmpty && amount == nil && date == nil && role == nil
      && attributes.isEmpty
  }
}

/// An immutable box: edges share it until one changes, which then makes its own (copy on write).
final class EdgeDetails: Sendable {
  let values: DetailValues
  init(_ values: DetailValues) { self.values = values }
}
