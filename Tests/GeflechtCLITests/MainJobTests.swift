import Foundation
import GeflechtCore
import GeflechtFormats
import GeflechtTestSupport
import Testing

/// Runs the built binary end to end, as a user would.
@Suite(.serialized) struct MainJobTests {
  /// Runs the main job into a fresh folder with no `dot` on PATH and returns the folder.
  func runMainJob() throws -> URL {
    let out = try Repository.temporaryFolder()
    let result = try Repository.run(
      ["run", "--corpus", Repository.corpus.path, "--out", out.path, "--quiet"],
      environment: ["PATH": "/nonexistent", "HOME": NSTemporaryDirectory()])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("documents: 5"))
    #expect(result.stdout.contains("top 10 by PageRank"))
    return out
  }

  @Test func writesJSONDOTAndSVGWithoutTheDotExecutable() throws {
    let out = try runMainJob()
    defer { try? FileManager.default.removeItem(at: out) }
    let json = try Data(contentsOf: out.appendingPathComponent("geflecht.json"))
    let graph = try NodeLinkJSON.graph(from: [UInt8](json), file: "geflecht.json")
    #expect(graph.nodeCount >= 10)
    #expect(graph.edgeCount >= 10)
    #expect(graph.nodes.allSatisfy { $0.kind != nil })

    // Every evidence span is the exact text of its document between start and end (Unicode scalars).
    var texts: [String: [Unicode.Scalar]] = [:]
    for edge in graph.edges {
      #expect(!edge.evidence.isEmpty)
      for e in edge.evidence {
        if texts[e.doc] == nil {
          let text = try String(contentsOf: Repository.corpus.appendingPathComponent(e.doc), encoding: .utf8)
          texts[e.doc] = Array(text.unicodeScalars)
        }
        let scalars = try #require(texts[e.doc])
        try #require(e.start >= 0 && e.start <= e.end && e.end <= scalars.count)
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[e.start..<e.end])
        #expect(String(slice) == e.text, "\(e.doc)[\(e.start):\(e.end)]")
      }
    }

    // The SVG is well-formed with one node group per node.
    let svg = try Data(contentsOf: out.appendingPathComponent("geflecht.svg"))
    let groups = try SVGGroups.parse([UInt8](svg))
    #expect(groups.filter { $0.classes.contains("node") }.count == graph.nodeCount)
    #expect(groups.filter { $0.classes.contains("edge") }.count == graph.edgeCount)

    // The DOT reads back through cgraph with the same nodes and edges.
    let dot = try String(contentsOf: out.appendingPathComponent("geflecht.dot"), encoding: .utf8)
    let back = try Graphviz.graph(fromDOT: dot)
    #expect(back.nodeCount == graph.nodeCount && back.edgeCount == graph.edgeCount)
    #expect(Set(back.nodes.map(\.key)) == Set(graph.nodes.map(\.key)))
  }

  @Test func runningTwiceGivesIdenticalJSONAndDOT() throws {
    let first = try runMainJob()
    let second = try runMainJob()
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    for name in ["geflecht.json", "geflecht.dot", "geflecht.graphml", "geflecht.gexf", "geflecht.cypher", "csv/edges.csv"] {
      let a = try Data(contentsOf: first.appendingPathComponent(name))
      let b = try Data(contentsOf: second.appendingPathComponent(name))
      #expect(a == b, "\(name) differs between runs")
    }
  }

  @Test func committedGraphsAreCurrent() throws {
    // graphs/ holds the main job's output on corpus/: regenerate with `make run` after a change.
    let out = try runMainJob()
    defer { try? FileManager.default.removeItem(at: out) }
    // Every output but the SVG and the report embedding it: Graphviz does not keep layouts byte-stable.
    let names = try FileManager.default.subpathsOfDirectory(atPath: out.path)
      .filter { !$0.hasSuffix(".svg") && !$0.hasSuffix(".html") && !$0.hasPrefix(".") }
      .filter { var d: ObjCBool = false; FileManager.default.fileExists(atPath: out.appendingPathComponent($0).path, isDirectory: &d); return !d.boolValue }
      .sorted()
    #expect(names.count >= 11)
    for name in names {
      let fresh = try Data(contentsOf: out.appendingPathComponent(name))
      let committed = try? Data(contentsOf: Repository.root.appendingPathComponent("graphs/\(name)"))
      #expect(fresh == committed, "graphs/\(name) is stale: run `make run` and commit graphs/")
    }
  }
}

@Suite(.serialized) struct CommandTests {
  @Test func versionNamesGraphviz() throws {
    let result = try Repository.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("geflecht 0."))
    #expect(result.stdout.contains("(Graphviz 2."))
  }

  @Test func helpShowsExamplesAndCommands() throws {
    let result = try Repository.run(["--help"])
    #expect(result.status == 0)
    for word in ["run", "extract", "render", "Examples:", "geflecht extract corpus/ -o graph.json"] {
      #expect(result.stdout.contains(word), "help lacks \(word)")
    }
  }

  @Test func extractThenRenderAnyGraph() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = folder.appendingPathComponent("g.json").path
    let file = Repository.corpus.appendingPathComponent("001_bedaab97efa26e68.txt").path
    #expect(try Repository.run(["extract", file, "-o", json, "--quiet"]).status == 0)
    let dot = folder.appendingPathComponent("g.dot").path
    #expect(try Repository.run(["render", json, "-o", dot]).status == 0)
    let svg = folder.appendingPathComponent("g.svg").path
    let rendered = try Repository.run(["render", dot, "-o", svg, "--layout", "neato"])
    #expect(rendered.status == 0, "\(rendered.stderr)")
    let groups = try SVGGroups.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: svg))))
    let graph = try NodeLinkJSON.graph(from: [UInt8](try Data(contentsOf: URL(fileURLWithPath: json))))
    #expect(groups.filter { $0.classes.contains("node") }.count == graph.nodeCount)
  }

  @Test func badInputNamesTheFileAndKeepsTheExistingOutput() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = folder.appendingPathComponent("bad.json")
    try Data("{\"nodes\": [\n  {\"id\": 1},\n  oops]}".utf8).write(to: bad)
    let out = folder.appendingPathComponent("out.svg")
    try Data("previous".utf8).write(to: out)
    let result = try Repository.run(["render", bad.path, "-o", out.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("bad.json:3:3"), "\(result.stderr)")
    #expect(try String(contentsOf: out, encoding: .utf8) == "previous")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
  }

  @Test func badDOTNamesTheFileAndLine() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = folder.appendingPathComponent("broken.dot")
    try Data("digraph {\n a -> b\n c -> \n".utf8).write(to: bad)
    let result = try Repository.run(["render", bad.path, "-o", folder.appendingPathComponent("x.svg").path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("broken.dot") && result.stderr.contains("line"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.svg").path))
  }

  @Test func unknownOutputExtensionIsAUsageError() throws {
    let result = try Repository.run(["render", "g.json", "-o", "g.txt"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("-o must end in .svg"))
  }
}
