import Foundation
import GeflechtCore
import GeflechtFormats
import GeflechtTestSupport
import Testing

/// Runs `geflecht ego` on the committed main-job output.
@Suite struct EgoCommandTests {
  let graph = Repository.root.appendingPathComponent("graphs/geflecht.json").path

  @Test func unknownNodeListsClosestMatches() throws {
    let result = try Repository.run(["ego", graph, "Microsft", "-o", "/tmp/never-written.svg"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("No node is called \"Microsft\""))
    #expect(result.stderr.contains("Microsoft"))
    #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.svg"))
  }

  @Test func writesJSONDOTAndSVGThatParse() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = folder.appendingPathComponent("ego.json")
    let dot = folder.appendingPathComponent("ego.dot")
    let svg = folder.appendingPathComponent("ego.svg")
    for file in [json, dot, svg] {
      let result = try Repository.run(["ego", graph, "Microsoft", "--radius", "2", "-o", file.path, "--quiet"])
      #expect(result.status == 0, "stderr: \(result.stderr)")
      #expect(FileManager.default.fileExists(atPath: file.path))
    }
    let ego = try NodeLinkJSON.graph(from: [UInt8](Data(contentsOf: json)), file: "ego.json")
    #expect(ego.nodes.first?.key == "org:microsoft")
    #expect(ego.nodes.first?.attributes["ego"] == .bool(true))
    #expect(ego.nodes.allSatisfy { ($0.attributes["distance"]?.doubleValue ?? 99) <= 2 })
    let back = try Graphviz.graph(fromDOT: try String(contentsOf: dot, encoding: .utf8))
    #expect(back.nodeCount == ego.nodeCount && back.edgeCount == ego.edgeCount)
    let groups = try SVGGroups.parse([UInt8](Data(contentsOf: svg)))
    #expect(groups.filter { $0.classes.contains("node") }.count == ego.nodeCount)
  }

  @Test func directionOutFollowsOutgoingEdgesOnly() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let both = folder.appendingPathComponent("both.json")
    let out = folder.appendingPathComponent("out.json")
    _ = try Repository.run(["ego", graph, "org:microsoft", "-o", both.path, "--quiet"])
    _ = try Repository.run(["ego", graph, "org:microsoft", "--direction", "out", "-o", out.path, "--quiet"])
    let a = try NodeLinkJSON.graph(from: [UInt8](Data(contentsOf: both)), file: "both.json")
    let b = try NodeLinkJSON.graph(from: [UInt8](Data(contentsOf: out)), file: "out.json")
    #expect(Set(b.nodes.map(\.key)).isSubset(of: Set(a.nodes.map(\.key))))
  }

  @Test func helpListsDirections() throws {
    let result = try Repository.run(["ego", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("values: in, out, both"))
  }

  @Test func zeroRadiusIsAValidationError() throws {
    let result = try Repository.run(["ego", graph, "Microsoft", "--radius", "0", "-o", "/tmp/x.svg"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--radius must be at least 1 (got 0)."))
  }
}
