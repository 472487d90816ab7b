/// A free-form attribute value on a node, an edge or the graph, as imported files carry them.
public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
  case string(String)
  case number(Double)
  case bool(Bool)

  public var description: String {
    switch self {
    case .string(let s): s
    case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    case .bool(let b): b ? "true" : "false"
    }
  }

  public var doubleValue: Double? {
    switch self {
    case .number(let d): d
    case .string(let s): Double(s)
    case .bool: nil
    }
  }
}
