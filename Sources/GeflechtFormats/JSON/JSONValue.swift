/// A parsed JSON value. Objects keep their keys in the order they were written, and numbers keep their
/// text so that decimals (amounts of money) survive exactly.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): true
    case (.bool(let x), .bool(let y)): x == y
    case (.number(let x), .number(let y)): x == y || Double(x) == Double(y)
    case (.string(let x), .string(let y)): x == y
    case (.array(let x), .array(let y)): x == y
    case (.object(let x), .object(let y)):
      x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  public static func double(_ value: Double) throws -> JSONValue {
    .number(try numberText(value))
  }

  /// How a finite double is written: integral values below 10¹⁵ as `3.0`, others as Swift prints them.
  static func numberText(_ value: Double) throws -> String {
    guard value.isFinite else {
      throw FormatError.unrepresentable(message: "JSON has no representation for \(value).")
    }
    if value == value.rounded() && abs(value) < 1e15 {
      return String(Int64(value)) + ".0"
    }
    return "\(value)"
  }

  public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
    return nil
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var doubleValue: Double? {
    if case .number(let s) = self { return Double(s) }
    return nil
  }

  public var intValue: Int? {
    if case .number(let s) = self { return Int(s) ?? Double(s).flatMap { $0 == $0.rounded() ? Int(exactly: $0) : nil } }
    return nil
  }

  public var arrayValue: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  public var objectValue: [(String, JSONValue)]? {
    if case .object(let o) = self { return o }
    return nil
  }

  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
