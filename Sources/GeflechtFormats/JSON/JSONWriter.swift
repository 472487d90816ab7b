/// Serialises a `JSONValue` as UTF-8 text: two-space indentation, one member per line, arrays of
/// scalars on one line, keys in the order given, and every control character, quote and backslash
/// escaped. `<`, `>` and `&` are escaped too, so the text can be embedded in HTML.
public enum JSONWriter {
  public static func string(_ value: JSONValue) -> String {
    var out = JSONOutput()
    write(value, into: &out)
    out.raw("\n")
    return out.string
  }

  /// Streams `value` into `out` at the current nesting depth.
  ///
  /// - Complexity: O(size of the text written).
  static func write(_ value: JSONValue, into out: inout JSONOutput) {
    switch value {
    case .null: out.raw("null")
    case .bool(let b): out.raw(b ? "true" : "false")
    case .number(let s): out.raw(s)
    case .string(let s): out.appendQuoted(s)
    case .array(let items):
      if items.allSatisfy(\.isScalar) {
        out.raw("[")
        for (i, item) in items.enumerated() {
          if i > 0 { out.raw(", ") }
          write(item, into: &out)
        }
        out.raw("]")
      } else {
        out.open(UInt8(ascii: "["))
        for item in items {
          out.item()
          write(item, into: &out)
        }
        out.close(UInt8(ascii: "]"))
      }
    case .object(let members):
      out.open(UInt8(ascii: "{"))
      for (key, item) in members {
        out.key(key)
        write(item, into: &out)
      }
      out.close(UInt8(ascii: "}"))
    }
  }

  /// Appends `s` as a JSON string literal, escaped by `JSONOutput.appendQuoted` (the one escaper).
  static func writeString(_ s: String, into out: inout String) {
    var output = JSONOutput(reservingCapacity: s.utf8.count + 2)
    output.appendQuoted(s)
    out += String(decoding: output.bytes, as: UTF8.self)
  }
}

extension JSONValue {
  var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }
}
