import Foundation

/// A document's text as Unicode scalars, normalised for matching, with a map back to the original.
///
/// Normalisation (see `init(_:)`) composes characters to NFC, drops soft hyphens and zero-width
/// characters, turns no-break and thin spaces into spaces, typographic quotes into `"` and `'`, and
/// dashes and minus signs into `-` (an em dash between two words without spaces into ` - `, an aside's dash). Every normalised scalar remembers the offset of the original scalar it
/// came from, so evidence offsets and text always refer to the document as written (offsets count
/// Unicode scalars, which is what Python's `str` indexing counts).
struct ScalarText: Sendable {
  /// The normalised scalars that the rules read.
  let scalars: [Unicode.Scalar]
  /// The scalars as written.
  let original: [Unicode.Scalar]
  /// `origin[i]` is the original offset of normalised scalar `i`; `origin[count]` is `original.count`.
  let origin: [Int]

  init(_ text: String) {
    var text = text
    let source = text.withUTF8 { ScalarText.scalars(ofUTF8: $0) }
    var out: [Unicode.Scalar] = []
    var map: [Int] = []
    out.reserveCapacity(source.count)
    map.reserveCapacity(source.count + 1)
    var i = 0
    while i < source.count {
      // A run that maps to itself, copied in bulk: below U+00A0 nothing is folded or dropped, and a scalar
      // followed by no combining mark starts no cluster.
      var j = i
      while j < source.count, source[j].value < 0xA0, j + 1 == source.count || source[j + 1].value < 0x300 { j += 1 }
      if j > i {
        out.append(contentsOf: source[i..<j])
        map.append(contentsOf: i..<j)
        i = j
        continue
      }
      let c = source[i]
      // A base followed by combining marks: compose the cluster (NFC).
      if c.value >= 0x41, i + 1 < source.count, source[i + 1].value >= 0x300, source[i + 1].properties.canonicalCombiningClass != .notReordered {
        var j = i + 1
        while j < source.count, source[j].value >= 0x300, source[j].properties.canonicalCombiningClass != .notReordered { j += 1 }
        var cluster = String.UnicodeScalarView()
        cluster.append(contentsOf: source[i..<j])
        for s in String(cluster).precomposedStringWithCanonicalMapping.unicodeScalars {
          out.append(s)
          map.append(i)
        }
        i = j
        continue
      }
      // An em dash between two words without spaces ("Matsson—has", "Spotify—and") opens an aside like a
      // spaced one: it becomes " - ", all three from the dash, so that it does not join the words as a hyphen.
      if c.value == 0x2014 || c.value == 0x2015, i > 0, i + 1 < source.count, source[i - 1].isWordCharacter, source[i + 1].isWordCharacter {
        out.append(contentsOf: [" ", "-", " "])
        map.append(contentsOf: [i, i, i])
      } else if let mapped = ScalarText.fold(c) {
        out.append(mapped)
        map.append(i)
      } else if c.value < 0xAD || !ScalarText.isDropped(c.value) {
        out.append(c)
        map.append(i)
      }
      i += 1
    }
    map.append(source.count)
    scalars = out
    original = source
    origin = map
  }

  var count: Int { scalars.count }

  subscript(_ i: Int) -> Unicode.Scalar { scalars[i] }

  /// The normalised text between two normalised offsets.
  func string(_ range: Range<Int>) -> String {
    ScalarText.makeString(scalars[range])
  }

  /// A string from scalars, encoded to UTF-8 in one pass.
  ///
  /// - Complexity: O(number of scalars).
  static func makeString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var length = 0
    for c in scalars { length += UTF8.width(c) }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var i = 0
      for c in scalars {
        let v = c.value
        if v < 0x80 {
          buffer[i] = UInt8(truncatingIfNeeded: v)
          i += 1
        } else {
          for byte in UTF8.encode(c)! {
            buffer[i] = byte
            i += 1
          }
        }
      }
      return i
    }
  }

  /// The original offsets of a normalised range.
  func originalRange(_ range: Range<Int>) -> Range<Int> {
    origin[range.lowerBound]..<origin[range.upperBound]
  }

  /// The text as written for a normalised range.
  func originalString(_ range: Range<Int>) -> String {
    ScalarText.makeString(original[originalRange(range)])
  }

  /// Soft hyphen, zero-width space/joiners, word joiner, byte-order mark inside text: dropped. Compared
  /// directly, not looked up in a set (asked for every scalar from U+00AD on: every umlaut).
  @inline(__always)
  static func isDropped(_ value: UInt32) -> Bool {
    value == 0x00AD || value == 0x200B || value == 0x200C || value == 0x200D || value == 0x2060
  }

  /// The scalars of valid UTF-8 (a `String`'s bytes), as `Array(text.unicodeScalars)` gives them, decoded
  /// in one pass after counting the bytes that start a scalar (the generic array initialiser walks the
  /// scalars twice, through the string's index machinery).
  ///
  /// - Complexity: O(number of bytes).
  static func scalars(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    var count = 0
    for b in bytes where b & 0xC0 != 0x80 { count += 1 }
    return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
      var i = 0
      var k = 0
      while i < bytes.count {
        let b0 = UInt32(bytes[i])
        let value: UInt32
        if b0 < 0x80 {
          value = b0
          i += 1
        } else if b0 < 0xE0 {
          value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
          i += 2
        } else if b0 < 0xF0 {
          value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
          i += 3
        } else {
          value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
          i += 4
        }
        // (A `String` holds valid UTF-8, so every value is a scalar.)
        buffer[k] = Unicode.Scalar(value).unsafelyUnwrapped
        k += 1
      }
      initialized = k
    }
  }

  static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar? {
    switch c.value {
    case 0x00A0, 0x2007, 0x2009, 0x200A, 0x202F: " "
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: "\""
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032: "'"
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: "-"
    default: nil
    }
  }
}

// ASCII answers without a Unicode property lookup, which dominates the cost on mostly-ASCII text.
extension Unicode.Scalar {
  var isLetter: Bool {
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    return properties.isAlphabetic
  }
  var isDigit: Bool {
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return properties.numericType == .decimal
  }
  var isWordCharacter: Bool { isLetter || isDigit }
  var isUppercaseLetter: Bool {
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    return properties.isUppercase
  }
  var isSpace: Bool {
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return properties.isWhitespace || value == 0x00A0 || value == 0x202F
  }
  var isNewline: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 }
}
