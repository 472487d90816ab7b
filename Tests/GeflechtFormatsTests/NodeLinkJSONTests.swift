import Foundation
import GeflechtCore
import Testing

@testable import GeflechtFormats

@Suite struct NodeLinkJSONTests {
  @Test func roundTripKeepsEveryField() throws {
    let graph = Samples.news()
    let text = try NodeLinkJSON.string(from: graph)
    let back = try NodeLinkJSON.graph(from: Array(text.utf8))
    #expect(back.nodes == graph.nodes)
    #expect(back.edges == graph.edges)
    #expect(try NodeLinkJSON.string(from: back) == text)
  }

  @Test func writesOntologyFieldNames() throws {
    let text = try NodeLinkJSON.string(from: Samples.news())
    let root = try JSONParser.parse(Array(text.utf8))
    #expect(root["directed"] == .bool(true))
    #expect(root["multigraph"] == .bool(true))
    let node = try #require(root["nodes"]?.arrayValue?.first)
    #expect(node.objectValue?.map(\.0) == ["id", "label", "kind", "aliases", "documents"])
    let edge = try #require(root["edges"]?.arrayValue?.first)
    #expect(edge["source"] == .string("org:microsoft"))
    #expect(edge["relation"] == .string("invests_in"))
    #expect(edge["amount"]?["value"] == .number("10000000000"))
    #expect(edge["evidence"]?.arrayValue?.first?["start"] == .number("0"))
    let keys = root["edges"]!.arrayValue!.prefix(3).map { $0["key"]!.stringValue! }
    #expect(Set(keys).count == 3, "parallel edges need distinct keys")
  }

  @Test(arguments: Samples.hostileNames)
  func hostileStringsRoundTrip(_ name: String) throws {
    var b = MultigraphBuilder()
    let a = b.addNode(Node(key: EntityKey(name), label: name, kind: .person, aliases: [name]))
    b.addEdge(Edge(source: a, target: a, key: name, role: name))
    let graph = b.build()
    let text = try NodeLinkJSON.string(from: graph)
    #expect(!text.contains("<script>"), "markup characters are escaped")
    let back = try NodeLinkJSON.graph(from: Array(text.utf8))
    #expect(back.nodes == graph.nodes)
    #expect(back.edges == graph.edges)
  }

  @Test func readsNetworkXOutputWithIntegerIDsAndLinks() throws {
    let text = #"{"directed": false, "multigraph": false, "graph": {"name": "toy"}, "nodes": [{"id": 0, "club": "Mr. Hi"}, {"id": 1}], "links": [{"source": 0, "target": 1, "weight": 4}]}"#
    let graph = try NodeLinkJSON.graph(from: Array(text.utf8))
    #expect(!graph.isDirected)
    #expect(graph.nodeCount == 2 && graph.edgeCount == 1)
    #expect(graph.node(NodeID(0)).attributes["club"] == .string("Mr. Hi"))
    #expect(graph.weight(of: EdgeID(0)) == 4)
    #expect(graph.edge(EdgeID(0)).key == "0")
  }

  @Test(arguments: [
    (#"{"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "b"}]}"#, "edge 0: target \"b\" is not a node"),
    (#"{"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "a", "weight": "x"}]}"#, "\"weight\" must be a finite number"),
    (#"{"nodes": 3}"#, "\"nodes\" must be an array, found a number"),
    (#"[1, 2]"#, "expected a node-link object"),
    (#"{"nodes": [{"id": "a"}, {"id": "a"}]}"#, "appears twice"),
  ])
  func rejectsInvalidGraphs(_ input: String, _ message: String) {
    #expect {
      try NodeLinkJSON.graph(from: Array(input.utf8), file: "g.json")
    } throws: { error in
      "\(error)".hasPrefix("g.json: ") && "\(error)".contains(message)
    }
  }
}

@Suite struct JSONParserTests {
  @Test(arguments: [
    ("{\"a\": 1,\n  \"b\": }", 2, 8, "expected a value"),
    ("[1, 2", 1, 6, "unterminated array"),
    ("{\"a\": NaN}", 1, 7, "expected a value"),
    ("\"abc", 1, 1, "unterminated string"),
    ("[1] x", 1, 5, "unexpected content"),
    ("{\"ü\": tru}", 1, 7, "expected a value"),
  ])
  func reportsLineAndColumn(_ input: String, _ line: Int, _ column: Int, _ message: String) {
    #expect {
      try JSONParser.parse(Array(input.utf8), file: "f.json")
    } throws: { error in
      guard case FormatError.syntax(let file, let l, let c, let m) = error else { return false }
      return file == "f.json" && l == line && c == column && m.contains(message)
    }
  }

  @Test func rejectsDeepNesting() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: FormatError.self) { try JSONParser.parse(Array(deep.utf8)) }
  }

  @Test func rejectsInvalidUTF8() {
    #expect(throws: FormatError.self) { try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]) }
  }

  @Test func decodesEscapesAndSurrogates() throws {
    let value = try JSONParser.parse(Array(#"["\u00fc\ud83d\ude80\n\"\\"]"#.utf8))
    #expect(value == .array([.string("ü🚀\n\"\\")]))
  }
}
