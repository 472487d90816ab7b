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
