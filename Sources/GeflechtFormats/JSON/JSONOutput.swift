import Foundation

/// A growing buffer of JSON text as UTF-8 bytes, in the layout `JSONWriter` documents: two-space
/// indentation, one member per line, arrays of scalars on one line.
///
/// Writers that know their document's shape (`NodeLinkJSON`) stream into it directly instead of first
/// building a `JSONValue` tree. Containers are opened and closed explicitly; the buffer tracks whether
/// the current container has members yet, so empty containers come out as `{}` and `[]`.
///
/// - Complexity: Every append is amortised O(length of what it appends).
///
/// The bytes sit in a buffer of its own, written through a pointer after one capacity check per append:
/// `Array.append` checked uniqueness and capacity and went through a generic copy for every key, bracket
/// and indentation, which cost more than the bytes themselves. Non-copyable, so the buffer has one owner.
struct JSONOutput: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  /// Per open multi-line container: whether it has a member yet.
  private var hasMembers: [Bool] = []
  /// The text of recently written non-integral numbers by bit pattern (direct-mapped): weights repeat
  /// (0.25, 0.7 …), and printing a double costs far more than copying its text.
  private var numberBits = [UInt64](repeating: 0, count: 64)
  private var numberTexts = [[UInt8]](repeating: [], count: 64)
  /// The text of each amount written so far, by its exact representation (`DecimalBits`): amounts repeat
  /// across edges, and Foundation's decimal printing costs more than writing the rest of the edge.
  private var decimalTexts: [DecimalBits: [UInt8]] = [:]

  init(reservingCapacity capacity: Int = 0) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes written so far.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The text written so far.
  var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

  // MARK: - Storage

  /// Makes room for `n` more bytes.
  @inline(__always)
  private mutating func reserve(_ n: Int) {
    if count + n > capacity { grow(count + n) }
  }

  private mutating func grow(_ needed: Int) {
    let newCapacity = max(needed, 2 * capacity)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inline(__always)
  private mutating func appendByte(_ b: UInt8) {
    reserve(1)
    base[count] = b
    count += 1
  }

  @inline(__always)
  private mutating func append(_ source: UnsafeRawBufferPointer) {
    let n = source.count
    guard n > 0 else { return }
    reserve(n)
    UnsafeMutableRawPointer(base + count).copyMemory(from: source.baseAddress!, byteCount: n)
    count += n
  }

  /// A line break (after a comma when `comma`) and the indentation of `level`.
  @inline(__always)
  private mutating func appendBreak(comma: Bool, level: Int) {
    let width = 2 * level
    reserve(2 + width)
    if comma {
      base[count] = UInt8(ascii: ",")
      count += 1
    }
    base[count] = UInt8(ascii: "\n")
    (base + count + 1).initialize(repeating: UInt8(ascii: " "), count: width)
    count += 1 + width
  }

  // MARK: - Containers

  /// Opens an object (`{`) or a multi-line array (`[`).
  mutating func open(_ bracket: UInt8) {
    appendByte(bracket)
    hasMembers.append(false)
  }

  /// Closes the innermost container with `bracket` (`}` or `]`) at the indentation of its opening line.
  mutating func close(_ bracket: UInt8) {
    if hasMembers.removeLast() {
      appendBreak(comma: false, level: hasMembers.count)
    }
    appendByte(bracket)
  }

  /// Starts the next member of the innermost object: separator, indentation, `"key": `.
  mutating func key(_ key: String) {
    item()
    appendQuoted(key)
    appendByte(UInt8(ascii: ":"))
    appendByte(UInt8(ascii: " "))
  }

  /// Starts the next member of the innermost object with a key that needs no escaping (a literal such as
  /// `"source"`): the same bytes as `key(_:)`, without scanning the key.
  mutating func key(literal key: StaticString) {
    item()
    let n = key.utf8CodeUnitCount
    reserve(n + 4)
    base[count] = UInt8(ascii: "\"")
    UnsafeMutableRawPointer(base + count + 1).copyMemory(from: key.utf8Start, byteCount: n)
    base[count + 1 + n] = UInt8(ascii: "\"")
    base[count + 2 + n] = UInt8(ascii: ":")
    base[count + 3 + n] = UInt8(ascii: " ")
    count += n + 4
  }

  /// Starts the next item of the innermost multi-line array: separator and indentation.
  mutating func item() {
    let last = hasMembers.count - 1
    let hadMembers = hasMembers[last]
    if !hadMembers { hasMembers[last] = true }
    appendBreak(comma: hadMembers, level: hasMembers.count)
  }

  /// An array of strings on one line: `["a", "b"]`, or `[]`.
  mutating func inlineArray(_ strings: [String]) {
    appendByte(UInt8(ascii: "["))
    for (i, s) in strings.enumerated() {
      if i > 0 {
        appendByte(UInt8(ascii: ","))
        appendByte(UInt8(ascii: " "))
      }
      appendQuoted(s)
    }
    appendByte(UInt8(ascii: "]"))
  }

  // MARK: - Scalars

  /// Text copied as is: numbers, `true`, `null`, punctuation.
  mutating func raw(_ text: String) {
    var text = text
    text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
  }

  mutating func raw(_ text: [UInt8]) {
    text.withUnsafeBytes { append($0) }
  }

  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { append(UnsafeRawBufferPointer($0)) }
  }

  mutating func appendIndent(_ level: Int) {
    let width = 2 * level
    reserve(width)
    (base + count).initialize(repeating: UInt8(ascii: " "), count: width)
    count += width
  }

  /// The decimal digits of `value`, as `String(value)` writes them, without building the string.
  mutating func appendInt(_ value: Int) {
    if value < 0 {
      appendByte(UInt8(ascii: "-"))
      appendDigits(value.magnitude)
    } else {
      appendDigits(UInt(value))
    }
  }

  private mutating func appendDigits(_ value: UInt) {
    var digits = 1
    var rest = value / 10
    while rest != 0 {
      digits += 1
      rest /= 10
    }
    reserve(digits)
    var v = value
    var i = count + digits
    repeat {
      i -= 1
      base[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v % 10)
      v /= 10
    } while v != 0
    count += digits
  }

  /// `JSONValue.numberText(value)`: integral values below 10¹⁵ (the usual weights and counts) are written
  /// from their digits without building strings; others are printed once per bit pattern and remembered.
  mutating func appendNumber(_ value: Double) throws {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
      appendInt(Int(Int64(value)))
      appendByte(UInt8(ascii: "."))
      appendByte(UInt8(ascii: "0"))
      return
    }
    let bits = value.bitPattern
    let slot = Int(truncatingIfNeeded: (bits &* 0x9e37_79b9_7f4a_7c15) >> 58)
    // Bits 0 (the value 0.0) is integral and never stored, so an empty slot never matches.
    if numberBits[slot] == bits, bits != 0 {
      numberTexts[slot].withUnsafeBytes { append($0) }
      return
    }
    let text = Array(try JSONValue.numberText(value).utf8)
    numberBits[slot] = bits
    numberTexts[slot] = text
    text.withUnsafeBytes { append($0) }
  }

  /// `NSDecimalNumber(decimal: value).stringValue`, printed once per representation.
  mutating func appendDecimal(_ value: Decimal) {
    guard DecimalBits.fits else {
      raw(NSDecimalNumber(decimal: value).stringValue)
      return
    }
    let bits = DecimalBits(value)
    if let text = decimalTexts[bits] {
      text.withUnsafeBytes { append($0) }
      return
    }
    let text = Array(NSDecimalNumber(decimal: value).stringValue.utf8)
    decimalTexts[bits] = text
    text.withUnsafeBytes { append($0) }
  }

  /// Appends `s` as a JSON string literal (see `JSONWriter` for what is escaped). Runs of bytes that need
  /// no escape are copied in bulk.
  mutating func appendQuoted(_ s: String) {
    appendByte(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { appendEscaped($0) }
    appendByte(UInt8(ascii: "\""))
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
        append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(source)[runStart..<i]))
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        raw("\\u00")
        appendByte(hex[Int(b >> 4)])
        appendByte(hex[Int(b & 0xF)])
        i += 1
        runStart = i
        continue
      }
      guard let escape else {
        i += 1
        continue
      }
      append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(source)[runStart..<i]))
      escape.withUTF8Buffer { append(UnsafeRawBufferPointer($0)) }
      i += width
      runStart = i
    }
    append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(source)[runStart..<n]))
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
