/// The fields of every edge besides its endpoints and weight, stored by column, so that a graph of
/// plain edges (an imported edge list) pays nothing for fields it does not have.
///
/// - `relations`, `statuses` and `details` are `nil` while every edge so far has the default
///   (`nil`, `.asserted`, no details) and hold one entry per edge from the first edge that does not.
/// - `keys` holds only the keys that differ from an edge's default key, `relation ?? "0"`: the key
///   `MultigraphBuilder` gives the first edge between a pair. A graph without parallel edges and
///   without explicit keys keeps it empty.
///
/// So an edge list of m plain edges stores 0 bytes here, and an extracted graph about
/// 1 + 1 + 8 bytes per edge plus its boxed details. Reading an edge's field is O(1) (a hash lookup
/// for the key).
struct EdgeColumns: Sendable {
  private(set) var count = 0
  /// `nil` until some edge has a relation (or status, or details); then one entry per edge.
  private var relations: [Relation?]?
  private var statuses: [Status]?
  private var details: [EdgeDetails?]?
  /// Keys that differ from `defaultKey(for:)`, by edge index.
  var keys: [UInt32: String] = [:]

  /// The key an edge has unless `keys` says otherwise: its relation's name, or `"0"`.
  static func defaultKey(for relation: Relation?) -> String { relation?.rawValue ?? "0" }

  func relation(at i: Int) -> Relation? { relations?[i] ?? nil }
  func status(at i: Int) -> Status { statuses?[i] ?? .asserted }
  func details(at i: Int) -> EdgeDetails? { details?[i] ?? nil }
  func key(at i: Int) -> String { keys[UInt32(i)] ?? Self.defaultKey(for: relation(at: i)) }

  mutating func reserveCapacity(_ capacity: Int) {
    relations?.reserveCapacity(capacity)
    statuses?.reserveCapacity(capacity)
    details?.reserveCapacity(capacity)
  }

  /// Appends one edge's fields; the key is set separately, in `keys`.
  mutating func append(relation: Relation?, status: Status, details box: EdgeDetails?) {
    if relation != nil && relations == nil { relations = [Relation?](repeating: nil, count: count) }
    relations?.append(relation)
    if status != .asserted && statuses == nil {
      statuses = [Status](repeating: .asserted, count: count)
    }
    statuses?.append(status)
    if box != nil && details == nil { details = [EdgeDetails?](repeating: nil, count: count) }
    details?.append(box)
    count += 1
  }
}
