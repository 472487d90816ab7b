/// Escapes text for XML 1.0 content and attribute values.
///
/// `&`, `<`, `>`, `"` and `'` become entities; tab, line feed and carriage return become character
/// references so that attribute values keep them; characters XML 1.0 cannot carry at all (NUL and the
/// other C0 controls, U+FFFE, U+FFFF) become U+FFFD. Everything else, umlauts, right-to-left marks and
/// emoji included, is written as UTF-8.
enum XMLEscaping {
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t": out += "&#9;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
