import Foundation
import GeflechtCore
import Testing

@testable import GeflechtFormats

@Suite struct ExportTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  /// Compares `text` with the golden file `name`; `GEFLECHT_UPDATE_GOLDEN=1 swift test` rewrites it.
  func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Self.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["GEFLECHT_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(text == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
  }

  @Test func goldenFilesAreByteExact() throws {
    let graph = Samples.news()
    try expectGolden(try NodeLinkJSON.string(from: graph), "news.json")
    try expectGolden(try Graphviz.dot(for: graph), "news.dot")
    try expectGolden(GraphMLWriter.string(from: graph), "news.graphml")
    try expectGolden(GEXFWriter.string(from: graph, sizes: [0.4, 0.3, 0.2, 0.1]), "news.gexf")
    try expectGolden(try CytoscapeJSON.string(from: graph), "news.cytoscape.json")
    try expectGolden(CypherWriter.string(from: graph), "news.cypher")
    try expectGolden(GephiTables.edges(of: graph), "news-edges.csv")
  }

  @Test func graphMLRoundTripsThroughTheReader() throws {
    for graph in [Samples.news(), Samples.hostile()] {
      let back = try GraphMLReader.graph(from: Array(GraphMLWriter.string(from: graph).utf8))
      #expect(back.nodes.map(\.key) == graph.nodes.map(\.key))
      #expect(back.nodes.map(\.label) == graph.nodes.map(\.label))
      #expect(back.nodes.map(\.kind) == graph.nodes.map(\.kind))
      #expect(back.nodes.map(\.aliases) == graph.nodes.map(\.aliases))
      #expect(back.edges.map(\.key) == graph.edges.map(\.key))
      #expect(back.edges.map(\.relation) == graph.edges.map(\.relation))
      #expect(back.edges.map(\.weight) == graph.edges.map(\.weight))
      #expect(back.edges.map(\.status) == graph.edges.map(\.status))
    }
  }

  @Test func gexfRoundTripsThroughTheReader() throws {
    for graph in [Samples.news(), Samples.hostile()] {
      let back = try GEXFReader.graph(from: Array(GEXFWriter.string(from: graph).utf8))
      #expect(back.nodes.map(\.key) == graph.nodes.map(\.key))
      #expect(back.nodes.map(\.label) == graph.nodes.map(\.label))
      #expect(back.edges.map(\.key) == graph.edges.map(\.key))
      #expect(back.edges.map(\.relation) == graph.edges.map(\.relation))
      #expect(back.edges.map(\.weight) == graph.edges.map(\.weight))
    }
  }

  @Test func csvTablesRoundTripThroughTheEdgeListReader() throws {
    let graph = Samples.hostile()
    let edges = GephiTables.edges(of: graph)
    let back = try EdgeListReader.graph(from: Array(edges.utf8), delimiter: .comma, directed: true)
    #expect(Set(back.nodes.map(\.key)) == Set(graph.nodes.map(\.key)))
    #expect(back.edgeCount == graph.edgeCount)
    #expect(back.edges.map { $0.attributes["role"] } == graph.edges.map { $0.role.map { .string($0) } })
  }

  @Test(arguments: Samples.hostileNames)
  func hostileTextNeverBecomesMarkup(_ name: String) throws {
    var b = MultigraphBuilder()
    let a = b.addNode(Node(key: EntityKey(name), label: name, kind: .organization, aliases: [name]))
    let c = b.addNode(Node(key: "x", label: "x", kind: .person))
    b.addEdge(Edge(source: a, target: c, key: name, relation: .leads, evidence: [Evidence(doc: name, sentence: 0, start: 0, end: 1, text: name)], role: name))
    let graph = b.build()
    for xml in [GraphMLWriter.string(from: graph), GEXFWriter.string(from: graph)] {
      #expect(!xml.contains("<script>"))
      #expect(!xml.contains("]]>"))
      #expect(!xml.contains("\0"))
    }
    let cypher = CypherWriter.string(from: graph)
    // Every statement stays on one line and ends with a semicolon, whatever the text holds.
    #expect(cypher.split(separator: "\n").allSatisfy { $0.hasPrefix("//") || $0.hasSuffix(";") })
    for line in cypher.split(separator: "\n").dropFirst(2) {
      #expect(balancedQuotes(String(line)), "unbalanced quote in \(line)")
    }
    let back = try GraphMLReader.graph(from: Array(GraphMLWriter.string(from: graph).utf8))
    let expectedLabel = name.replacingOccurrences(of: "\0", with: "\u{FFFD}")
    #expect(back.nodes[0].label == expectedLabel)
  }

  /// Whether every single-quoted literal in a Cypher line is closed, honouring backslash escapes.
  func balancedQuotes(_ line: String) -> Bool {
    var inString = false
    var escaped = false
    for ch in line {
      if escaped { escaped = false; continue }
      if inString && ch == "\\" { escaped = true; continue }
      if ch == "'" { inString.toggle() }
    }
    return !inString
  }

  @Test func cypherLiteralsEscapeQuotesAndBackslashes() {
    #expect(CypherWriter.literal("it's a \\ \"test\"\n") == #"'it\'s a \\ \"test\"\n'"#)
    #expect(CypherWriter.propertyName("weight_sentences") == "weight_sentences")
    #expect(CypherWriter.propertyName("x` DETACH DELETE n //") == "`x`` DETACH DELETE n //`")
  }

  @Test func exporterNamesFolderFormatsFiles() throws {
    let graph = Samples.news()
    #expect(try Exporter.files(for: graph, format: .csv).map(\.name) == ["nodes.csv", "edges.csv"])
    #expect(try Exporter.files(for: graph, format: .neo4jCSV).map(\.name) == ["nodes.csv", "relationships.csv"])
    #expect(try Exporter.files(for: graph, format: .graphframes).map(\.name) == ["vertices.csv", "edges.csv"])
    let neo = String(decoding: try Exporter.files(for: graph, format: .neo4jCSV)[0].bytes, as: UTF8.self)
    #expect(neo.hasPrefix("id:ID,label,kind,aliases:string[],documents:string[],:LABEL\n"))
    #expect(neo.contains("org:microsoft,Microsoft,organization,Microsofts,a.txt;b.txt,Entity;Organization\n"))
  }
}

@Suite struct NULBytesTests {
  /// NUL cannot appear in DOT (C strings) or XML 1.0; each writer drops or replaces it and stays valid.
  @Test func everyWriterSurvivesANULByte() throws {
    var b = MultigraphBuilder()
    let a = b.addNode(Node(key: "a\0b", label: "nul\0byte", kind: .organization))
    let c = b.addNode(Node(key: "c", label: "c", kind: .person))
    b.addEdge(Edge(source: a, target: c, key: "k\0", relation: .leads, evidence: [Evidence(doc: "d", sentence: 0, start: 0, end: 3, text: "x\0y")]))
    let graph = b.build()
    let json = try NodeLinkJSON.string(from: graph)
    #expect(json.contains("nul\\u0000byte"))
    #expect(try NodeLinkJSON.graph(from: Array(json.utf8)).nodes[0].label == "nul\0byte")
    let back = try Graphviz.graph(fromDOT: try Graphviz.dot(for: graph))
    #expect(back.nodes.contains { $0.label == "nulbyte" })
    #expect(try GraphMLReader.graph(from: Array(GraphMLWriter.string(from: graph).utf8)).nodes[0].label == "nul\u{FFFD}byte")
    #expect(try GEXFReader.graph(from: Array(GEXFWriter.string(from: graph).utf8)).nodes[0].label == "nul\u{FFFD}byte")
    #expect(!CypherWriter.string(from: graph).contains("\0"))
    #expect(!GephiTables.nodes(of: graph).contains("\0"))
    let svg = try Graphviz.render(graph, options: .init(engine: .dot))
    #expect(!svg.contains(0))
  }
}
