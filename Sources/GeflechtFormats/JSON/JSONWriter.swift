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

  /// Appends `s` as a JSON string literal. Runs of characters that need no escape are copied as whole
  /// UTF-8 slices rather than scalar by scalar.
  static func writeString(_ s: String, into out: inout String) {
    out += "\""
    var s = s
    s.withUTF8 { bytes in
      var runStart = 0
      var i = 0
      func flush(_ end: Int) {
        if runStart < end { out += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<end]), as: UTF8.self) }
      }
      while i < bytes.count {
        let b = bytes[i]
        var escape: String? = nil
        var width = 1
        switch b {
        case UInt8(ascii: "\""): escape = "\\\""
        case UInt8(ascii: "\\"): escape = "\\\\"
        case UInt8(ascii: "\n"): escape = "\\n"
        case UInt8(ascii: "\r"): escape = "\\r"
        case UInt8(ascii: "\t"): escape = "\\t"
        case UInt8(ascii: "<"): escape = "\\u003c"
        case UInt8(ascii: ">"): escape = "\\u003e"
        case UInt8(ascii: "&"): escape = "\\u0026"
        case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
          escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
          width = 3
        default:
          if b < 0x20 || b == 0x7F {
            let hex = String(b, radix: 16)
            escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          }
        }
        if let escape {
          flush(i)
          out += escape
          i += width
          runStart = i
        } else {
          i += 1
        }
      }
      flush(bytes.count)
    }
    out += "\""
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
