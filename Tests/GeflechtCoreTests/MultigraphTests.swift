import Testing

@testable import GeflechtCore

@Suite struct MultigraphTests {
  /// a → b twice (parallel), b → c, c → a, a → a (self-loop).
  func sample(directed: Bool = true) -> Multigraph {
    var b = MultigraphBuilder(directed: directed)
    let a = b.addNode(Node(key: "a", label: "A"))
    let bb = b.addNode(Node(key: "b", label: "B"))
    let c = b.addNode(Node(key: "c", label: "C"))
    b.addEdge(Edge(source: a, target: bb, weight: 2))
    b.addEdge(Edge(source: a, target: bb, weight: 3))
    b.addEdge(Edge(source: bb, target: c))
    b.addEdge(Edge(source: c, target: a, relation: .partnersWith))
    b.addEdge(Edge(source: a, target: a))
    return b.build()
  }

  @Test func csrListsOutgoingAndIncomingEdges() {
    let g = sample()
    #expect(g.nodeCount == 3 && g.edgeCount == 5)
    #expect(Array(g.outgoingEdges(of: NodeID(0))) == [EdgeID(0), EdgeID(1), EdgeID(4)])
    #expect(Array(g.incomingEdges(of: NodeID(0))) == [EdgeID(3), EdgeID(4)])
    #expect(Array(g.incomingEdges(of: NodeID(1))) == [EdgeID(0), EdgeID(1)])
    #expect(g.outDegree(of: NodeID(2)) == 1 && g.inDegree(of: NodeID(2)) == 1)
    #expect(g.weight(of: EdgeID(1)) == 3)
    #expect(g.source(of: EdgeID(2)) == NodeID(1) && g.target(of: EdgeID(2)) == NodeID(2))
  }

  @Test func isSimpleSeesLoopsAndParallelEdges() {
    #expect(!sample().isSimple)
    func graph(directed: Bool, _ pairs: [(Int, Int)]) -> Multigraph {
      var b = MultigraphBuilder(directed: directed)
      for i in 0..<3 { b.addNode(Node(key: EntityKey("\(i)"), label: "\(i)")) }
      for (s, t) in pairs { b.addEdge(Edge(source: NodeID(s), target: NodeID(t))) }
      return b.build()
    }
    #expect(graph(directed: true, [(0, 1), (1, 0), (1, 2)]).isSimple)
    #expect(!graph(directed: false, [(0, 1), (1, 0)]).isSimple)
    #expect(!graph(directed: false, [(0, 1), (2, 2)]).isSimple)
    #expect(!graph(directed: true, [(0, 1), (1, 2), (0, 1)]).isSimple)
    #expect(graph(directed: false, [(0, 1), (1, 2), (2, 0)]).isSimple)
  }

  @Test func parallelEdgesGetDistinctKeysLikeNetworkX() {
    let g = sample()
    #expect(g.edges.map(\.key) == ["0", "1", "0", "partners_with", "0"])
  }

  @Test func relationKeysAreNumberedWhenRepeated() {
    var b = MultigraphBuilder()
    let x = b.addNode(Node(key: "x", label: "x"))
    let y = b.addNode(Node(key: "y", label: "y"))
    for _ in 0..<3 { b.addEdge(Edge(source: x, target: y, relation: .investsIn)) }
    b.addEdge(Edge(source: y, target: x, relation: .investsIn))
    #expect(b.build().edges.map(\.key) == ["invests_in", "invests_in-2", "invests_in-3", "invests_in"])
  }

  @Test func undirectedKeysAreUniquePerUnorderedPair() {
    var b = MultigraphBuilder(directed: false)
    let x = b.addNode(Node(key: "x", label: "x"))
    let y = b.addNode(Node(key: "y", label: "y"))
    b.addEdge(Edge(source: x, target: y))
    b.addEdge(Edge(source: y, target: x))
    #expect(b.build().edges.map(\.key) == ["0", "1"])
  }

  @Test func neighborsFollowDirection() {
    let g = sample()
    #expect(g.neighbors(of: NodeID(0), direction: .outgoing) == [NodeID(0), NodeID(1)])
    #expect(g.neighbors(of: NodeID(0), direction: .incoming) == [NodeID(0), NodeID(2)])
    #expect(g.neighbors(of: NodeID(1)) == [NodeID(0), NodeID(2)])
    let u = sample(directed: false)
    #expect(u.neighbors(of: NodeID(1), direction: .outgoing) == [NodeID(0), NodeID(2)])
  }

  @Test func addingANodeTwiceMergesAliasesAndDocuments() {
    var b = MultigraphBuilder()
    let first = b.addNode(Node(key: "org:microsoft", label: "Microsoft", kind: .organization, aliases: ["Microsofts"], documents: ["b.txt"]))
    let second = b.addNode(Node(key: "org:microsoft", label: "Microsoft Corp.", kind: .organization, aliases: ["MS"], documents: ["a.txt", "b.txt"]))
    #expect(first == second)
    let node = b.build().node(first)
    #expect(node.label == "Microsoft")
    #expect(node.aliases == ["MS", "Microsoft Corp.", "Microsofts"])
    #expect(node.documents == ["a.txt", "b.txt"])
  }

  @Test func findsNodesByKeyLabelAndAlias() {
    var b = MultigraphBuilder()
    b.addNode(Node(key: "org:microsoft", label: "Microsoft", aliases: ["Microsofts"]))
    b.addNode(Node(key: "person:sam-altman", label: "Sam Altman", aliases: ["Altman"]))
    let g = b.build()
    #expect(g.findNode(named: "org:microsoft") == NodeID(0))
    #expect(g.findNode(named: "Sam Altman") == NodeID(1))
    #expect(g.findNode(named: "altman") == NodeID(1))
    #expect(g.findNode(named: "Apple") == nil)
  }

  @Test func analysisViewMirrorsSymmetricRelationsAndDropsUncertain() {
    var b = MultigraphBuilder()
    let x = b.addNode(Node(key: "x", label: "x"))
    let y = b.addNode(Node(key: "y", label: "y"))
    b.addEdge(Edge(source: x, target: y, relation: .investsIn))
    b.addEdge(Edge(source: x, target: y, relation: .coOccurs))
    b.addEdge(Edge(source: x, target: y, relation: .acquires, status: .negated))
    b.addEdge(Edge(source: x, target: y, relation: .acquires, status: .speculative))
    b.addEdge(Edge(source: x, target: y, relation: .acquires, status: .planned))
    let view = b.build().analysisView()
    #expect(view.edgeCount == 4)
    #expect(view.incomingEdges(of: x).map { view.edge($0).relation } == [.coOccurs])
    #expect(b.build().analysisView(includesUncertain: true).edgeCount == 6)
  }

  @Test func inducedSubgraphKeepsEdgesBetweenChosenNodes() {
    let g = sample().inducedSubgraph(on: [NodeID(0), NodeID(1)])
    #expect(g.nodeCount == 2 && g.edgeCount == 3)
  }
}

@Suite struct EntityKeyTests {
  @Test(arguments: [
    (NodeKind.organization, "Stadtwerke Köln GmbH", "org:stadtwerke-koeln-gmbh"),
    (.person, "Sam Altman", "person:sam-altman"),
    (.project, "Maia 100", "project:maia-100"),
    (.place, "Düsseldorf", "place:duesseldorf"),
    (.organization, "Straße & Söhne", "org:strasse-soehne"),
    (.person, "José Müller-Lüdenscheidt", "person:jose-mueller-luedenscheidt"),
    (.organization, "…", "org:x"),
  ])
  func slugsAreASCIIAndStable(_ kind: NodeKind, _ name: String, _ expected: String) {
    #expect(EntityKey(kind: kind, name: name).rawValue == expected)
  }
}

@Suite struct NodeScoresTests {
  @Test func rankingBreaksTiesByNodeID() {
    let scores = NodeScores(measure: "x", values: [0.2, 0.5, 0.2, 0.1])
    #expect(scores.ranked() == [NodeID(1), NodeID(0), NodeID(2), NodeID(3)])
  }

  @Test func partitionListsCommunities() {
    let p = Partition(algorithm: "x", community: [0, 1, 0, 1, 2])
    #expect(p.communityCount == 3)
    #expect(p.communities == [[NodeID(0), NodeID(2)], [NodeID(1), NodeID(3)], [NodeID(4)]])
  }
}

@Suite struct LookupTests {
  func graph() -> Multigraph {
    var b = MultigraphBuilder()
    b.addNode(Node(key: "org:microsoft", label: "Microsoft", aliases: ["Microsofts"]))
    b.addNode(Node(key: "org:openai", label: "OpenAI"))
    b.addNode(Node(key: "person:sam-altman", label: "Sam Altman", aliases: ["Altman"]))
    return b.build()
  }

  @Test func resolvesByAlias() throws {
    #expect(try graph().resolveNode("ALTMAN") == NodeID(2))
  }

  @Test func unknownNamesListTheClosestMatches() {
    #expect(throws: GraphError.unknownNode(name: "Micosoft", suggestions: ["Microsoft"])) {
      try graph().resolveNode("Micosoft")
    }
    #expect(throws: GraphError.unknownNode(name: "Sam", suggestions: ["Sam Altman"])) {
      try graph().resolveNode("Sam")
    }
  }

  @Test func editDistanceIsLevenshtein() {
    #expect(editDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(editDistance(Array(""), Array("abc")) == 3)
  }
}

@Suite struct EdgeTests {
  @Test func optionalPartsAreStoredOnlyWhenPresent() {
    var a = Edge(source: NodeID(0), target: NodeID(1))
    #expect(a.evidence.isEmpty && a.amount == nil && a.attributes.isEmpty)
    var b = a
    b.role = "CEO"
    #expect(a.role == nil && b.role == "CEO", "copies do not share changes")
    #expect(a != b)
    b.role = nil
    #expect(a == b && a.hashValue == b.hashValue)
    a.evidence = [Evidence(doc: "d", sentence: 0, start: 0, end: 1, text: "x")]
    a.weightComponents["sentences"] = 1
    #expect(a.evidence.count == 1 && a.weightComponents == ["sentences": 1])
    #expect(MemoryLayout<Edge>.stride <= 56)
  }
}
