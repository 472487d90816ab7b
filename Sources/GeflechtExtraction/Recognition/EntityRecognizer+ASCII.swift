/// ASCII answers of `EntityRecognizer`'s shape tests, read from the UTF-8 bytes without building arrays or
/// asking Unicode properties (in ASCII, upper case, lower case and alphabetic are the letter ranges).
extension EntityRecognizer {
  /// `isCamelCase` for an ASCII text; nil when the text is not ASCII.
  static func isASCIICamelCase(_ text: String) -> Bool? {
    var text = text
    return text.withUTF8 { bytes -> Bool? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
      func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
      guard bytes.count >= 4, isUpper(bytes[0]), bytes.allSatisfy({ isUpper($0) || isLower($0) }) else { return false }
      if bytes[1] == UInt8(ascii: "c"), bytes[0] == UInt8(ascii: "M") { return false }  // "Mc"
      if bytes[0] == UInt8(ascii: "M"), bytes[1] == UInt8(ascii: "a"), bytes[2] == UInt8(ascii: "c") { return false }  // "Mac"
      // Every letter before the first inner capital is lower case (all are letters), so only its position counts.
      guard let inner = (1..<bytes.count).first(where: { isUpper(bytes[$0]) }) else { return false }
      return inner >= 3
    }
  }
}
