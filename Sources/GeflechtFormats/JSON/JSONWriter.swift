/// Serialises a `JSONValue` as UTF-8 text: two-space indentation, one member per line, arrays of
/// scalars on one line, keys in the order given, and every control character, quote and backslash
/// escaped. `<`, `>` and `&` are escaped too, so the text can be embedded in HTML.
public enum JSONWriter {
  public static func string(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: 0, into: &out)
    out.append("\n")
    return out
  }

  private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let s): out += s
    case .string(let s): writeString(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
      } else if items.allSatisfy(\.isScalar) {
        out += "["
        for (i, item) in items.enumerated() {
          if i > 0 { out += ", " }
          write(item, indent: indent, into: &out)
        }
        out += "]"
      } else {
        out += "[\n"
        for (i, item) in items.enumerated() {
          out += String(repeating: " ", count: indent + 2)
          write(item, indent: indent + 2, into: &out)
          out += i + 1 < items.count ? ",\n" : "\n"
        }
        out += String(repeating: " ", count: indent) + "]"
      }
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, (key, item)) in members.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        writeString(key, into: &out)
        out += ": "
        write(item, indent: indent + 2, into: &out)
        out += i + 1 < members.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "}"
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
