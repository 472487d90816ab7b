/// A growing buffer of JSON text as UTF-8 bytes, in the layout `JSONWriter` documents: two-space
/// indentation, one member per line, arrays of scalars on one line.
///
/// Writers that know their document's shape (`NodeLinkJSON`) stream into it directly instead of first
/// building a `JSONValue` tree. Containers are opened and closed explicitly; the buffer tracks whether
/// the current container has members yet, so empty containers come out as `{}` and `[]`.
///
/// - Complexity: Every append is amortised O(length of what it appends).
struct JSONOutput {
  private(set) var bytes: [UInt8] = []
  /// Per open multi-line container: whether it has a member yet.
  private var hasMembers: [Bool] = []

  init(reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The text written so far.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  // MARK: - Containers

  /// Opens an object (`{`) or a multi-line array (`[`).
  mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    hasMembers.append(false)
  }

  /// Closes the innermost container with `bracket` (`}` or `]`) at the indentation of its opening line.
  mutating func close(_ bracket: UInt8) {
    if hasMembers.removeLast() {
      bytes.append(UInt8(ascii: "\n"))
      appendIndent(hasMembers.count)
    }
    bytes.append(bracket)
  }

  /// Starts the next member of the innermost object: separator, indentation, `"key": `.
  mutating func key(_ key: String) {
    item()
    appendQuoted(key)
    bytes.append(UInt8(ascii: ":"))
    bytes.append(UInt8(ascii: " "))
  }

  /// Starts the next member of the innermost object with a key that needs no escaping (a literal such as
  /// `"source"`): the same bytes as `key(_:)`, without scanning the key.
  mutating func key(literal key: StaticString) {
    item()
    bytes.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    bytes.append(UInt8(ascii: " "))
  }

  /// Starts the next item of the innermost multi-line array: separator and indentation.
  mutating func item() {
    let last = hasMembers.count - 1
    if hasMembers[last] {
      bytes.append(UInt8(ascii: ","))
      bytes.append(UInt8(ascii: "\n"))
    } else {
      bytes.append(UInt8(ascii: "\n"))
      hasMembers[last] = true
    }
    appendIndent(hasMembers.count)
  }

  /// An array of strings on one line: `["a", "b"]`, or `[]`.
  mutating func inlineArray(_ strings: [String]) {
    bytes.append(UInt8(ascii: "["))
    for (i, s) in strings.enumerated() {
      if i > 0 {
        bytes.append(UInt8(ascii: ","))
        bytes.append(UInt8(ascii: " "))
      }
      appendQuoted(s)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  // MARK: - Scalars

  /// Text copied as is: numbers, `true`, `null`, punctuation.
  mutating func raw(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  mutating func raw(_ text: [UInt8]) {
    bytes.append(contentsOf: text)
  }

  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func appendIndent(_ level: Int) {
    let width = 2 * level
    if width <= JSONOutput.spaces.count {
      bytes.append(contentsOf: JSONOutput.spaces[..<width])
    } else {
      bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
    }
  }

  private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

  /// The decimal digits of `value`, as `String(value)` writes them, without building the string.
  mutating func appendInt(_ value: Int) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      appendDigits(value.magnitude)
    } else {
      appendDigits(UInt(value))
    }
  }

  private mutating func appendDigits(_ value: UInt) {
    // Twenty digits hold any 64-bit value; filled from the end.
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { buffer in
      var v = value
      var i = 24
      repeat {
        i -= 1
        buffer[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v % 10)
        v /= 10
      } while v != 0
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[i..<24]))
    }
  }

  /// `JSONValue.numberText(value)`: integral values below 10¹⁵ (the usual weights and counts) are written
  /// from their digits without building strings; others go through `numberText`.
  mutating func appendNumber(_ value: Double) throws {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
      appendInt(Int(Int64(value)))
      bytes.append(UInt8(ascii: "."))
      bytes.append(UInt8(ascii: "0"))
    } else {
      raw(try JSONValue.numberText(value))
    }
  }

  /// Appends `s` as a JSON string literal (see `JSONWriter` for what is escaped). Runs of bytes that need
  /// no escape are copied in bulk.
  mutating func appendQuoted(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { appendEscaped($0) }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    var i = 0
    let n = source.count
    while i < n {
      // Eight bytes at a time while none of them needs a look (most of an evidence sentence).
      while i + 8 <= n, !JSONOutput.mayNeedEscape(UnsafeRawPointer(source.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
        i += 8
      }
      if i >= n { break }
      let b = source[i]
      // Fast path: printable ASCII other than the escaped five, and UTF-8 bytes that are no U+2028/9 lead.
      if b >= 0x20 && b != 0x7F && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != UInt8(ascii: "<")
        && b != UInt8(ascii: ">") && b != UInt8(ascii: "&") && b != 0xE2
      {
        i += 1
        continue
      }
      var width = 1
      let escape: StaticString?
      switch b {
      case UInt8(ascii: "\""): escape = "\\\""
      case UInt8(ascii: "\\"): escape = "\\\\"
      case UInt8(ascii: "\n"): escape = "\\n"
      case UInt8(ascii: "\r"): escape = "\\r"
      case UInt8(ascii: "\t"): escape = "\\t"
      case UInt8(ascii: "<"): escape = "\\u003c"
      case UInt8(ascii: ">"): escape = "\\u003e"
      case UInt8(ascii: "&"): escape = "\\u0026"
      case 0xE2 where i + 2 < n && source[i + 1] == 0x80 && (source[i + 2] == 0xA8 || source[i + 2] == 0xA9):
        escape = source[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
        width = 3
      case 0xE2:
        escape = nil
      default:
        // Other control characters and DEL: \u00XX in lower-case hex.
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        bytes.append(hex[Int(b >> 4)])
        bytes.append(hex[Int(b & 0xF)])
        i += 1
        runStart = i
        continue
      }
      guard let escape else {
        i += 1
        continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
      escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
      i += width
      runStart = i
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<n]))
  }

  /// Whether one of eight bytes may need escaping: a control character (below 0x20), DEL, one of
  /// `"` `\` `<` `>` `&`, or 0xE2 (which may start U+2028/U+2029). False positives only cost the byte loop.
  @inline(__always)
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte equal to c gives a zero byte in word ^ (c × ones); the classic test finds zero bytes (it may
    // also flag a byte above a true zero, which is harmless here).
    @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
    @inline(__always) func hasByte(_ c: UInt8) -> Bool { hasZero(word ^ (ones &* UInt64(c))) }
    // Bytes below 0x20: (b - 0x20) borrows into the high bit for b < 0x20 when b's own high bit is clear.
    let below = (word &- ones &* 0x20) & ~word & highs
    return below != 0 || hasByte(0x7F) || hasByte(UInt8(ascii: "\"")) || hasByte(UInt8(ascii: "\\"))
      || hasByte(UInt8(ascii: "<")) || hasByte(UInt8(ascii: ">")) || hasByte(UInt8(ascii: "&")) || hasByte(0xE2)
  }
}
