/// RFC 4180 CSV: fields are quoted when they hold a delimiter, quote, line break or leading/trailing
/// blank, with quotes doubled; lines end in `\n`. NUL bytes become U+FFFD.
public struct CSVWriter {
  public private(set) var text = ""

  public init() {}

  public mutating func row(_ fields: [String]) {
    text += fields.map(Self.quote).joined(separator: ",")
    text += "\n"
  }

  public static func quote(_ field: String) -> String {
    var value = field
    if value.contains("\0") { value = value.replacingOccurrences(of: "\0", with: "\u{FFFD}") }
    let needsQuotes =
      value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
      || value.first?.isWhitespace == true || value.last?.isWhitespace == true
    return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
  }
}
