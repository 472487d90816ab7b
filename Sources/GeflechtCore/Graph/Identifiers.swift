/// Dense index of a node inside one `Multigraph`. Not stable between runs: anything written to disk
/// uses the node's `EntityKey` instead.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let rawValue: UInt32
  public init(_ rawValue: UInt32) { self.rawValue = rawValue }
  public init(_ index: Int) { self.rawValue = UInt32(index) }
  public var index: Int { Int(rawValue) }
  public static func < (a: NodeID, b: NodeID) -> Bool { a.rawValue < b.rawValue }
  public var description: String { "n\(rawValue)" }
}

/// Dense index of an edge inside one `Multigraph`.
public struct EdgeID: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let rawValue: UInt32
  public init(_ rawValue: UInt32) { self.rawValue = rawValue }
  public init(_ index: Int) { self.rawValue = UInt32(index) }
  public var index: Int { Int(rawValue) }
  public static func < (a: EdgeID, b: EdgeID) -> Bool { a.rawValue < b.rawValue }
  public var description: String { "e\(rawValue)" }
}

/// The stable identity of a node across runs and files, such as `org:microsoft` or `person:sam-altman`.
/// Imported graphs keep their own node ids as keys (`"0"`, `"Medici"`).
public struct EntityKey: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public let rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public static func < (a: EntityKey, b: EntityKey) -> Bool { a.rawValue < b.rawValue }
  public var description: String { rawValue }

  /// Builds a key from a kind and a display name: `EntityKey(kind: .organization, name: "Stadtwerke Köln")`
  /// gives `org:stadtwerke-koeln`. German umlauts and ß are transliterated, other letters folded to ASCII
  /// where possible, and every run of other characters becomes one hyphen.
  public init(kind: NodeKind, name: String) {
    self.rawValue = kind.keyPrefix + ":" + EntityKey.slug(name)
  }

  public static func slug(_ name: String) -> String {
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(name) }
    if let slug = latin1Slug(name) { return slug }
    var out = ""
    var pendingHyphen = false
    func append(_ scalar: Unicode.Scalar) {
      if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
        if pendingHyphen && !out.isEmpty { out.append("-") }
        pendingHyphen = false
        out.unicodeScalars.append(scalar)
      } else {
        pendingHyphen = true
      }
    }
    for ch in name.lowercased() {
      // An ASCII character ("\r\n" too) folds to itself: no table lookup, no string built for it.
      if ch.isASCII {
        for scalar in ch.unicodeScalars { append(scalar) }
        continue
      }
      let mapped: String
      switch ch {
      case "ä": mapped = "ae"
      case "ö": mapped = "oe"
      case "ü": mapped = "ue"
      case "ß": mapped = "ss"
      default:
        let folded = String(ch).applyingTransformASCII()
        mapped = folded
      }
      for scalar in mapped.unicodeScalars { append(scalar) }
    }
    return out.isEmpty ? "x" : out
  }

  /// `slug(_:)` of a name whose scalars are ASCII or Latin-1 letters and signs from U+00C0 to U+00FF
  /// ("Köln", "Zürich", "Besançon"), scalar by scalar, or nil for any other name.
  ///
  /// The same result: no two of these scalars form one `Character` (only "\r\n" does, which adds a hyphen
  /// either way), `lowercased()` maps U+00C0–U+00DE except U+00D7 to the scalar 0x20 higher and leaves the
  /// rest, and each lower-case scalar folds as the switch below: ä ö ü ß spelt out, the letters of
  /// `latinBase` to their base letter, and × æ ð ÷ þ, which `latinBase` does not hold, to no letter (a hyphen).
  private static func latin1Slug(_ name: String) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(name.utf8.count)
    var pendingHyphen = false
    func append(_ byte: UInt8) {
      if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
      pendingHyphen = false
      out.append(byte)
    }
    for scalar in name.unicodeScalars {
      var v = scalar.value
      if v < 0x80 {
        let lower = v >= 0x41 && v <= 0x5A ? UInt8(v) | 0x20 : UInt8(v)
        if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) {
          append(lower)
        } else {
          pendingHyphen = true
        }
        continue
      }
      guard v >= 0xC0 && v <= 0xFF else { return nil }
      if v <= 0xDE && v != 0xD7 { v += 0x20 }
      switch v {
      case 0xE4: append(UInt8(ascii: "a")); append(UInt8(ascii: "e"))  // ä
      case 0xF6: append(UInt8(ascii: "o")); append(UInt8(ascii: "e"))  // ö
      case 0xFC: append(UInt8(ascii: "u")); append(UInt8(ascii: "e"))  // ü
      case 0xDF: append(UInt8(ascii: "s")); append(UInt8(ascii: "s"))  // ß
      case 0xE0, 0xE1, 0xE2, 0xE3, 0xE5: append(UInt8(ascii: "a"))  // à á â ã å
      case 0xE7: append(UInt8(ascii: "c"))  // ç
      case 0xE8, 0xE9, 0xEA, 0xEB: append(UInt8(ascii: "e"))  // è é ê ë
      case 0xEC, 0xED, 0xEE, 0xEF: append(UInt8(ascii: "i"))  // ì í î ï
      case 0xF1: append(UInt8(ascii: "n"))  // ñ
      case 0xF2, 0xF3, 0xF4, 0xF5, 0xF8: append(UInt8(ascii: "o"))  // ò ó ô õ ø
      case 0xF9, 0xFA, 0xFB: append(UInt8(ascii: "u"))  // ù ú û
      case 0xFD, 0xFF: append(UInt8(ascii: "y"))  // ý ÿ
      default: pendingHyphen = true  // × æ ð ÷ þ
      }
    }
    return out.isEmpty ? "x" : String(decoding: out, as: UTF8.self)
  }

  /// `slug(_:)` of an ASCII name, read from its bytes: lower-casing and folding leave ASCII letters and
  /// digits as they are (upper case to lower), and every other ASCII character (also "\r\n", one
  /// `Character`) only starts a hyphen, so the result is the same.
  private static func asciiSlug(_ name: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(name.utf8.count)
    var pendingHyphen = false
    for byte in name.utf8 {
      let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
      if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) {
        if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
        pendingHyphen = false
        out.append(lower)
      } else {
        pendingHyphen = true
      }
    }
    return out.isEmpty ? "x" : String(decoding: out, as: UTF8.self)
  }
}

extension String {
  /// Strips diacritics (é → e) by dropping combining marks after canonical decomposition.
  fileprivate func applyingTransformASCII() -> String {
    var result = ""
    for scalar in self.decomposedScalars where !(0x0300...0x036F).contains(scalar.value) {
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  fileprivate var decomposedScalars: [Unicode.Scalar] {
    // Canonical decomposition of Latin letters with diacritics, enough for names in European news.
    var scalars: [Unicode.Scalar] = []
    for scalar in self.unicodeScalars {
      if let base = latinBase[scalar] { scalars.append(base) } else { scalars.append(scalar) }
    }
    return scalars
  }
}

private let latinBase: [Unicode.Scalar: Unicode.Scalar] = {
  var table: [Unicode.Scalar: Unicode.Scalar] = [:]
  let groups: [(Character, String)] = [
    ("a", "àáâãåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"),
    ("i", "ìíîïĩīĭįı"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõøōŏő"), ("r", "ŕŗř"),
    ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûũūŭůűų"), ("y", "ýÿŷ"), ("z", "źżž"),
  ]
  for (base, variants) in groups {
    for v in variants.unicodeScalars { table[v] = base.unicodeScalars.first! }
  }
  return table
}()
