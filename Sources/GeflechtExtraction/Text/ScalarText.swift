/// A document's text as Unicode scalars, so that offsets are what Python's `str` indexing counts.
struct ScalarText: Sendable {
  let scalars: [Unicode.Scalar]

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  var count: Int { scalars.count }

  subscript(_ i: Int) -> Unicode.Scalar { scalars[i] }

  /// The text between two scalar offsets.
  func string(_ range: Range<Int>) -> String {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[range])
    return String(s)
  }
}

extension Unicode.Scalar {
  var isLetter: Bool { properties.isAlphabetic }
  var isDigit: Bool { properties.numericType == .decimal }
  var isWordCharacter: Bool { isLetter || isDigit }
  var isUppercaseLetter: Bool { properties.isUppercase }
  var isSpace: Bool { properties.isWhitespace || value == 0x00A0 || value == 0x202F }
  var isNewline: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 }
}
