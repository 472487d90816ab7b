/// A strict RFC 8259 JSON parser over UTF-8 bytes that reports errors with line and column.
///
/// Rejects invalid UTF-8, trailing content, NaN and Infinity, lone surrogates in escapes, and nesting
/// deeper than `maxDepth`. Complexity: O(n) time for n bytes; recursion depth ≤ `maxDepth`.
public struct JSONParser {
  public static let defaultMaxDepth = 512

  private let bytes: [UInt8]
  private let file: String
  private let maxDepth: Int
  private var position = 0

  /// Parses `bytes` (the contents of `file`, used in messages).
  public static func parse(_ bytes: [UInt8], file: String = "<input>", maxDepth: Int = defaultMaxDepth)
    throws -> JSONValue
  {
    var parser = JSONParser(bytes: bytes, file: file, maxDepth: maxDepth)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw parser.error("the file is UTF-16; JSON must be UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)")
    }
    parser.skipWhitespace()
    let value = try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    if parser.position < bytes.count {
      throw parser.error("unexpected content after the JSON value")
    }
    return value
  }

  private init(bytes: [UInt8], file: String, maxDepth: Int) {
    self.bytes = bytes
    self.file = file
    self.maxDepth = maxDepth
  }

  private func error(_ message: String, at offset: Int? = nil) -> FormatError {
    let end = min(offset ?? position, bytes.count)
    var line = 1
    var lineStart = 0
    for i in 0..<end where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    // Column in characters, not bytes: count UTF-8 lead bytes.
    let column = bytes[lineStart..<end].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
    return .syntax(file: file, line: line, column: column, message: message)
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private func describeNext() -> String {
    guard position < bytes.count else { return "the end of the input" }
    let b = bytes[position]
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    return "byte 0x\(String(b, radix: 16, uppercase: true))"
  }

  private mutating func parseValue(depth: Int) throws -> JSONValue {
    guard depth <= maxDepth else {
      throw error("nesting deeper than \(maxDepth) levels")
    }
    guard position < bytes.count else { throw error("expected a value, found the end of the input") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth)
    case UInt8(ascii: "["): return try parseArray(depth: depth)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectLiteral("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("expected a value, found \(describeNext())")
    }
  }

  private mutating func expectLiteral(_ literal: String) throws {
    let utf8 = Array(literal.utf8)
    guard position + utf8.count <= bytes.count, Array(bytes[position..<position + utf8.count]) == utf8
    else { throw error("expected a value, found \(describeNext())") }
    position += utf8.count
  }

  private mutating func parseObject(depth: Int) throws -> JSONValue {
    position += 1
    var members: [(String, JSONValue)] = []
    skipWhitespace()
    if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw error("expected a member name in quotes, found \(describeNext())")
      }
      let key = try parseString()
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
        throw error("expected ':' after member name \"\(key)\", found \(describeNext())")
      }
      position += 1
      skipWhitespace()
      members.append((key, try parseValue(depth: depth + 1)))
      skipWhitespace()
      guard position < bytes.count else { throw error("unterminated object: expected ',' or '}'") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .object(members)
      } else {
        throw error("expected ',' or '}' in object, found \(describeNext())")
      }
    }
  }

  private mutating func parseArray(depth: Int) throws -> JSONValue {
    position += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      items.append(try parseValue(depth: depth + 1))
      skipWhitespace()
      guard position < bytes.count else { throw error("unterminated array: expected ',' or ']'") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(items)
      } else {
        throw error("expected ',' or ']' in array, found \(describeNext())")
      }
    }
  }

  private mutating func parseNumber() throws -> JSONValue {
    let start = position
    func digits() -> Int {
      let s = position
      while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
      return position - s
    }
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count else { throw error("incomplete number") }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else if digits() == 0 {
      throw error("expected digits in number")
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      if digits() == 0 { throw error("expected digits after the decimal point") }
    }
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        position += 1
      }
      if digits() == 0 { throw error("expected digits in the exponent") }
    }
    return .number(String(decoding: bytes[start..<position], as: UTF8.self))
  }

  private mutating func parseHex4() throws -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[position]
      let digit: UInt32
      switch b {
      case 0x30...0x39: digit = UInt32(b - 0x30)
      case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
      default: throw error("invalid hex digit in \\u escape")
      }
      value = value * 16 + digit
      position += 1
    }
    return value
  }

  private mutating func parseString() throws -> String {
    let open = position
    position += 1
    var scalars = String.UnicodeScalarView()
    var runStart = position
    func flushRun(_ end: Int) throws {
      guard runStart < end else { return }
      guard let s = String(validating: bytes[runStart..<end], as: UTF8.self) else {
        throw error("invalid UTF-8 in string", at: runStart)
      }
      scalars.append(contentsOf: s.unicodeScalars)
    }
    while true {
      guard position < bytes.count else { throw error("unterminated string", at: open) }
      let b = bytes[position]
      if b == UInt8(ascii: "\"") {
        try flushRun(position)
        position += 1
        return String(scalars)
      }
      if b < 0x20 {
        throw error("control character 0x\(String(b, radix: 16)) in string; escape it")
      }
      if b != UInt8(ascii: "\\") {
        position += 1
        continue
      }
      try flushRun(position)
      position += 1
      guard position < bytes.count else { throw error("unterminated escape") }
      let e = bytes[position]
      position += 1
      switch e {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        var code = try parseHex4()
        if (0xD800...0xDBFF).contains(code) {
          guard position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
            bytes[position + 1] == UInt8(ascii: "u")
          else { throw error("lone high surrogate in \\u escape") }
          position += 2
          let low = try parseHex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid low surrogate in \\u escape") }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
          throw error("lone low surrogate in \\u escape")
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("invalid code point in \\u escape") }
        scalars.append(scalar)
      default:
        position -= 1
        throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))' in string")
      }
      runStart = position
    }
  }
}
