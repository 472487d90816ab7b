import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

public struct SVGError: Error, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}

/// Collects `<g>` elements with their class, id and title from an SVG, failing on malformed XML.
public final class SVGGroups: NSObject, XMLParserDelegate {
  public struct Group { public var classes: [String]; public var id: String; public var title = ""; public var tooltip = "" }
  public var groups: [Group] = []
  private var stack: [Int?] = []
  private var inTitle = false

  public static func parse(_ bytes: [UInt8]) throws -> [Group] {
    let delegate = SVGGroups()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = delegate
    guard parser.parse() else {
      throw SVGError(message: "SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
    }
    return delegate.groups
  }

  public func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
    if name == "g" {
      groups.append(Group(classes: (attributes["class"] ?? "").split(separator: " ").map(String.init), id: attributes["id"] ?? ""))
      stack.append(groups.count - 1)
    } else {
      stack.append(nil)
    }
    if name == "title" { inTitle = true }
    if name == "a", let t = attributes["xlink:title"],
      let g = stack.compactMap({ $0 }).last(where: { groups[$0].classes.contains { $0 == "node" || $0 == "edge" } }),
      groups[g].tooltip.isEmpty
    {
      groups[g].tooltip = t
    }
  }

  public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    stack.removeLast()
    if name == "title" { inTitle = false }
  }

  public func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inTitle, let g = stack.compactMap({ $0 }).last { groups[g].title += string }
  }
}

