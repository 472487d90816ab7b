import Foundation
import GeflechtCore
import Testing

import GeflechtTestSupport

@testable import GeflechtFormats

@Suite(.serialized) struct GraphvizTests {
  @Test func dotRoundTripKeepsNodesEdgesAndKeys() throws {
    let graph = Samples.news()
    let dot = try Graphviz.dot(for: graph)
    let back = try Graphviz.graph(fromDOT: dot)
    #expect(back.nodeCount == graph.nodeCount)
    #expect(back.edgeCount == graph.edgeCount)
    // cgraph returns nodes in the order the DOT text introduces them, which agwrite interleaves with edges.
    let byKey = { (g: Multigraph) in g.nodes.sorted { $0.key < $1.key } }
    #expect(byKey(back).map(\.key) == byKey(graph).map(\.key))
    #expect(byKey(back).map(\.label) == byKey(graph).map(\.label))
    #expect(byKey(back).map(\.kind) == byKey(graph).map(\.kind))
    let edges = back.edges.map { "\(back.node($0.source).key)>\(back.node($0.target).key):\($0.key):\($0.relation?.rawValue ?? "")" }.sorted()
    let expected = graph.edges.map { "\(graph.node($0.source).key)>\(graph.node($0.target).key):\($0.key):\($0.relation?.rawValue ?? "")" }.sorted()
    #expect(edges == expected)
  }

  @Test func dotIsDeterministic() throws {
    let graph = Samples.news()
    #expect(try Graphviz.dot(for: graph) == Graphviz.dot(for: graph))
  }

  /// The force-directed engines draw from the C library's random generators, which persist across
  /// calls; the bridge reseeds them, so a second layout in the same process is the same as the first.
  /// (fdp is left out: Graphviz 2.42 keeps fdp state between layouts in a process, docs/graphviz.md.)
  @Test(arguments: [LayoutEngine.sfdp, .neato])
  func forceDirectedLayoutsRepeatWithinAProcess(_ engine: LayoutEngine) throws {
    var builder = MultigraphBuilder(directed: false)
    let ids = (0..<40).map { builder.addNode(Node(key: EntityKey("n\($0)"), label: "n\($0)")) }
    for i in 1..<ids.count {
      builder.addEdge(Edge(source: ids[i], target: ids[(i * 7) % i], relation: .coOccurs))
    }
    let graph = builder.build()
    let first = try Graphviz.render(graph, options: DiagramOptions(engine: engine))
    _ = try Graphviz.render(Samples.news(), options: DiagramOptions(engine: engine))
    #expect(try Graphviz.render(graph, options: DiagramOptions(engine: engine)) == first)
  }

  @Test func hostileNamesSurviveDOT() throws {
    let graph = Samples.hostile()
    let dot = try Graphviz.dot(for: graph)
    let back = try Graphviz.graph(fromDOT: dot)
    #expect(back.nodes.map(\.label).sorted() == graph.nodes.map(\.label).sorted())
    #expect(back.nodes.map(\.key).sorted() == graph.nodes.map(\.key).sorted())
    #expect(back.edges.map(\.key).sorted() == graph.edges.map(\.key).sorted())
    #expect(back.edges.map(\.role) == graph.edges.map { _ in nil }, "role is not written to DOT")
  }

  @Test func hostileNamesGiveWellFormedSVG() throws {
    let graph = Samples.hostile()
    let svg = try Graphviz.render(graph, options: .init(engine: .dot))
    let groups = try SVGGroups.parse(svg)
    let nodes = groups.filter { $0.classes.contains("node") }
    #expect(nodes.count == graph.nodeCount)
    let tooltips = nodes.map(\.tooltip)
    for name in Samples.hostileNames where !name.contains("\t") {
      #expect(tooltips.contains { $0.hasPrefix(name) }, "tooltip for \(name.debugDescription)")
    }
    #expect(!String(decoding: svg, as: UTF8.self).contains("<script>"))
  }

  @Test func svgHasOneGroupPerNodeAndEdgeWithEvidenceTooltips() throws {
    let graph = Samples.news()
    let groups = try SVGGroups.parse(try Graphviz.render(graph))
    let nodes = groups.filter { $0.classes.contains("node") }
    let edges = groups.filter { $0.classes.contains("edge") }
    #expect(nodes.count == 4)
    #expect(edges.count == 5)
    #expect(Set(nodes.map(\.id)) == ["node-0", "node-1", "node-2", "node-3"])
    let invest = try #require(edges.first { $0.classes.contains("relation-invests_in") })
    #expect(invest.tooltip.contains("Microsoft → OpenAI: invests_in"))
    #expect(invest.tooltip.contains("[a.txt] Microsoft investiert in OpenAI"))
    #expect(nodes.contains { $0.classes.contains("kind-person") })
  }

  @Test(arguments: LayoutEngine.allCases)
  func everyEngineRenders(_ engine: LayoutEngine) throws {
    let groups = try SVGGroups.parse(try Graphviz.render(Samples.news(), options: .init(engine: engine)))
    #expect(groups.filter { $0.classes.contains("node") }.count == 4)
  }

  @Test(arguments: [
    ("digraph { a -> b ", "syntax error"),
    ("", "not a DOT graph"),
    ("this is not dot", "syntax error"),
    ("graph { a -> b }", "syntax error"),
  ])
  func malformedDOTIsAnErrorNamingTheFile(_ text: String, _ fragment: String) {
    #expect {
      try Graphviz.graph(fromDOT: text, file: "bad.dot")
    } throws: { error in
      let message = "\(error)"
      return message.contains("bad.dot") && message.lowercased().contains(fragment.lowercased())
    }
    // The parser recovers for the next graph.
    #expect((try? Graphviz.graph(fromDOT: "digraph { x -> y }").edgeCount) == 1)
  }

  @Test func readsForeignDOTWithParallelEdgesAndUndirectedGraphs() throws {
    let directed = try Graphviz.graph(fromDOT: #"digraph G { a -> b [weight=3]; a -> b; b -> "Köln" [label="x\\y"] }"#)
    #expect(directed.isDirected && directed.edgeCount == 3 && directed.nodeCount == 3)
    #expect(directed.edges.map(\.weight).sorted() == [1, 1, 3])
    #expect(directed.node(NodeID(2)).label == "Köln")
    let undirected = try Graphviz.graph(fromDOT: "graph { a -- b -- c; c -- a }")
    #expect(!undirected.isDirected && undirected.edgeCount == 3)
  }

  /// A node whose key attribute names another node (`x [key="a"]` before `a`) made the second node
  /// fall back to its own name, which was taken too, so the two DOT nodes merged into one and the edge
  /// between them became a self-loop (found by review while writing the DOT fuzz target).
  @Test func nodesNeverMergeWhenAKeyAttributeTakesAnotherNodesName() throws {
    let graph = try Graphviz.graph(fromDOT: #"digraph { x [key="a"]; a; b [key="a"]; x -> a; a -> b }"#)
    #expect(graph.nodeCount == 3)
    #expect(Set(graph.nodes.map(\.key.rawValue)).count == 3)
    #expect(graph.nodes.map(\.label) == ["x", "a", "b"])
    #expect(graph.edges.allSatisfy { $0.source != $0.target })
  }

  @Test func versionIsReported() {
    #expect(Graphviz.version.first?.isNumber == true)
  }
}
