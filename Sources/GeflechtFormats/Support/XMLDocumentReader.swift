import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small DOM built with Foundation's `XMLParser`, for the graph formats that are XML (GraphML, GEXF).
///
/// External entities are never resolved and a DOCTYPE is rejected outright, so neither external
/// entities nor entity expansion ("billion laughs") can reach the reader. Documents must be UTF-8:
/// Foundation's XMLParser runs libxml2 in recovery mode, which hands names with invalid UTF-8 to
/// callbacks that trap on them, so invalid bytes and other declared encodings are refused first.
/// Errors carry the file, line and column.
final class XMLElementNode {
  let name: String
  let attributes: [String: String]
  let line: Int
  let column: Int
  var children: [XMLElementNode] = []
  var text = ""

  init(name: String, attributes: [String: String], line: Int, column: Int) {
    self.name = name
    self.attributes = attributes
    self.line = line
    self.column = column
  }

  /// The local name without a namespace prefix (`gexf:node` → `node`).
  var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

  func children(named local: String) -> [XMLElementNode] { children.filter { $0.localName == local } }
  func child(named local: String) -> XMLElementNode? { children.first { $0.localName == local } }
}

enum XMLDocumentReader {
  static let maxDepth = 256

  static func parse(_ bytes: [UInt8], file: String) throws -> XMLElementNode {
    if let doctype = findDoctype(bytes) {
      throw FormatError.syntax(
        file: file, line: doctype.line, column: doctype.column,
        message: "DOCTYPE declarations are not accepted (they allow entity expansion and external entities)")
    }
    try checkUTF8(bytes, file: file)
    try checkProcessingInstructions(bytes, file: file)
    let delegate = Builder(file: file)
    let parser = XMLParser(data: Data(bytes))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.delegate = delegate
    let ok = parser.parse()
    if let error = delegate.failure { throw error }
    if ok, let open = delegate.stack.last {
      throw FormatError.syntax(
        file: file, line: parser.lineNumber, column: parser.columnNumber,
        message: "not well-formed XML: the file ends inside <\(open.name)> opened at line \(open.line)")
    }
    guard ok, let root = delegate.root else {
      let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
      throw FormatError.syntax(file: file, line: parser.lineNumber, column: parser.columnNumber, message: "not well-formed XML (\(reason))")
    }
    return root
  }

  /// Throws unless the document is UTF-8: no UTF-16 or UTF-32 byte order, no `encoding` other than
  /// UTF-8 or US-ASCII in the XML declaration, and every byte part of a well-formed UTF-8 sequence.
  /// O(n) for n bytes.
  static func checkUTF8(_ bytes: [UInt8], file: String) throws {
    let convert = "GraphML and GEXF are read as UTF-8; convert the file (iconv -t UTF-8) and declare encoding=\"UTF-8\""
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF])
      || bytes.starts(with: [0x3C, 0x00]) || bytes.starts(with: [0x00, 0x3C])
    {
      throw FormatError.syntax(file: file, line: 1, column: 1, message: "the file is UTF-16 or UTF-32. \(convert)")
    }
    if let declared = declaredEncoding(bytes), !["utf-8", "utf8", "us-ascii", "ascii"].contains(declared.lowercased()) {
      throw FormatError.syntax(file: file, line: 1, column: 1, message: "the file declares encoding=\"\(declared)\". \(convert)")
    }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return
      case .error:
        let (line, column) = position(of: offset, in: bytes)
        throw FormatError.syntax(
          file: file, line: line, column: column,
          message: "invalid UTF-8 at byte \(offset) (0x\(String(bytes[offset], radix: 16, uppercase: true))). \(convert)")
      }
    }
  }

  /// Throws at a processing instruction with a target and nothing else (`<?m?>`): libxml2 reports its
  /// data as NULL, and Foundation's XMLParser reads that pointer as a C string and crashes.
  /// `<?m ?>` or `<?xml-stylesheet href="…"?>` pass. Also matches such text inside comments and CDATA,
  /// which costs nothing real. O(n) for n bytes.
  static func checkProcessingInstructions(_ bytes: [UInt8], file: String) throws {
    var i = 0
    while i + 1 < bytes.count {
      guard bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "?") else {
        i += 1
        continue
      }
      var end = i + 2
      while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "?")].contains(bytes[end]) { end += 1 }
      if end > i + 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "?"), bytes[end + 1] == UInt8(ascii: ">") {
        let (line, column) = position(of: i, in: bytes)
        let target = String(decoding: bytes[(i + 2)..<end], as: UTF8.self)
        throw FormatError.syntax(
          file: file, line: line, column: column,
          message: "processing instruction <?\(target)?> has no content; remove it or write <?\(target) ?>")
      }
      i = end
    }
  }

  /// The 1-based line and column (in characters) of a byte offset.
  private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    let before = bytes[..<offset]
    let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let column = bytes[lineStart..<offset].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
    return (line, column)
  }

  /// The `encoding` pseudo-attribute of a leading `<?xml … ?>` declaration, if there is one.
  private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
    guard bytes[start...].starts(with: Array("<?xml".utf8)) else { return nil }
    let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
    let declaration = String(decoding: bytes[start..<end], as: UTF8.self)
    guard let key = declaration.range(of: "encoding") else { return nil }
    let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  /// The position of `<!DOCTYPE` if the document has one.
  private static func findDoctype(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
    let needle = Array("<!DOCTYPE".utf8)
    guard bytes.count >= needle.count else { return nil }
    var line = 1
    var column = 1
    for i in 0...(bytes.count - needle.count) {
      if bytes[i] == needle[0], bytes[i..<i + needle.count].elementsEqual(needle) { return (line, column) }
      if bytes[i] == 0x0A {
        line += 1
        column = 1
      } else if bytes[i] & 0xC0 != 0x80 {
        column += 1
      }
    }
    return nil
  }

  private final class Builder: NSObject, XMLParserDelegate {
    let file: String
    var root: XMLElementNode?
    var stack: [XMLElementNode] = []
    var failure: FormatError?

    init(file: String) { self.file = file }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
      guard stack.count < XMLDocumentReader.maxDepth else {
        failure = .syntax(file: file, line: parser.lineNumber, column: parser.columnNumber, message: "elements nested deeper than \(XMLDocumentReader.maxDepth) levels")
        parser.abortParsing()
        return
      }
      let node = XMLElementNode(name: name, attributes: attributes, line: parser.lineNumber, column: parser.columnNumber)
      if let parent = stack.last { parent.children.append(node) } else { root = node }
      stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      stack.last?.text += String(decoding: block, as: UTF8.self)
    }
  }
}
