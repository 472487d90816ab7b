/// A graph as Graphviz will see it, in plain Swift values: node names, edge keys and attribute strings.
/// The styling layer fills it; the bridge turns it into an `Agraph_t`. Attribute values are the
/// display strings; the bridge escapes them.
struct GraphvizDocument: Sendable {
  struct Item: Sendable {
    var name: String
    var attributes: [(String, String)]
  }

  struct Connection: Sendable {
    var tail: String
    var head: String
    var key: String
    var attributes: [(String, String)]
  }

  var name = "geflecht"
  var isDirected = true
  var graphAttributes: [(String, String)] = []
  var nodeDefaults: [(String, String)] = []
  var edgeDefaults: [(String, String)] = []
  var nodes: [Item] = []
  var edges: [Connection] = []
  /// Subgraphs named `cluster_…` that the engines which support clusters draw as boxes.
  var clusters: [(name: String, attributes: [(String, String)], members: [String])] = []
  /// An HTML-like label for the graph (the legend), already XML-escaped; `nil` for none.
  var htmlLabel: String?
}

/// The escaping that makes any text survive cgraph's writer and reader and Graphviz's escString
/// expansion (`\N`, `\n`, `\l` …): backslashes are doubled, line breaks become `\n`, NUL bytes (which
/// would truncate the C string) and other C0 controls except tab are dropped.
enum GraphvizEscaping {
  static func escape(_ text: String) -> String { escape(text, backslash: "\\\\") }

  /// Tooltips go through escString expansion twice in Graphviz 2.42 (once when the object is emitted,
  /// once when the SVG renderer writes `xlink:title`), so their backslashes are quadrupled.
  static func escapeTooltip(_ text: String) -> String { escape(text, backslash: "\\\\\\\\") }

  /// Escapes `text` for cgraph, writing each backslash as `backslash`.
  static func escape(_ text: String, backslash: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\\": out += backslash
      case "\r": out += "\\n"
      case "\n": if !previousWasCR { out += "\\n" }
      case "\t": out += "\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Escapes the value of the attribute `name` (tooltips need the double escaping).
  static func escape(_ text: String, attribute name: String) -> String {
    name.hasSuffix("tooltip") ? escapeTooltip(text) : escape(text)
  }

  /// Reverses `escape`: `\\` → `\`, `\n` `\l` `\r` → a line break; other escapes are kept as written.
  static func unescape(_ text: String) -> String {
    guard text.contains("\\") else { return text }
    var out = ""
    var iterator = text.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      guard scalar == "\\" else {
        out.unicodeScalars.append(scalar)
        continue
      }
      guard let next = iterator.next() else {
        out += "\\"
        break
      }
      switch next {
      case "\\": out += "\\"
      case "n", "l", "r": out += "\n"
      default:
        out += "\\"
        out.unicodeScalars.append(next)
      }
    }
    return out
  }

  /// XML-escapes text for attributes that Graphviz 2.42 copies into SVG without escaping (URL, href).
  static func xmlEscape(_ text: String) -> String {
    var out = ""
    for ch in text {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(ch)
      }
    }
    return out
  }
}
