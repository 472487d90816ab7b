import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small DOM built with Foundation's `XMLParser`, for the graph formats that are XML (GraphML, GEXF).
///
/// External entities are never resolved and a DOCTYPE is rejected outright, so neither external
/// entities nor entity expansion ("billion laughs") can reach the reader. Errors carry the file, line
/// and column.
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
