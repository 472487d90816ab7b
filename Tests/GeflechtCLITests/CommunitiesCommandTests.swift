import Foundation
import GeflechtTestSupport
import Testing

/// Runs `geflecht communities` on the committed main-job output.
@Suite struct CommunitiesCommandTests {
  let graph = Repository.root.appendingPathComponent("graphs/geflecht.json").path

  @Test(arguments: ["louvain", "leiden", "label-propagation"])
  func jsonHasTheDocumentedShape(_ algorithm: String) throws {
    let result = try Repository.run(["communities", graph, "--algorithm", algorithm, "--seed", "3", "--format", "json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["algorithm"] as? String == algorithm)
    #expect(object["resolution"] as? Double == 1)
    let modularity = try #require(object["modularity"] as? Double)
    #expect(modularity > 0 && modularity < 1)
    let communities = try #require(object["communities"] as? [[String]])
    let ids = communities.flatMap { $0 }
    #expect(Set(ids).count == ids.count)
    let nodes = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: graph))) as? [String: Any])
    let nodeIDs = (nodes["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(Set(ids) == Set(nodeIDs))
    #expect(communities.map(\.count) == communities.map(\.count).sorted(by: >))
  }

  @Test func sameSeedSameOutputAndTableListsLabels() throws {
    let a = try Repository.run(["communities", graph, "--seed", "5"])
    let b = try Repository.run(["communities", graph, "--seed", "5"])
    #expect(a.status == 0)
    #expect(a.stdout == b.stdout)
    #expect(a.stdout.contains("communities by leiden"))
    #expect(a.stdout.contains("Microsoft"))
  }

  @Test func higherResolutionGivesAtLeastAsManyCommunities() throws {
    func count(_ resolution: String) throws -> Int {
      let r = try Repository.run(["communities", graph, "--resolution", resolution, "--format", "json"])
      let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
      return (object?["communities"] as? [[String]])?.count ?? -1
    }
    #expect(try count("0.5") <= count("1"))
    #expect(try count("1") <= count("3"))
  }

  @Test func helpListsAlgorithmsAndFormats() throws {
    let result = try Repository.run(["communities", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("values: louvain, leiden,"))
    #expect(result.stdout.contains("label-propagation"))
    #expect(result.stdout.contains("values: table, json"))
    #expect(result.stdout.split(separator: "\n").filter { !$0.hasPrefix("USAGE") }.allSatisfy { $0.count <= 100 })
  }

  @Test func badResolutionIsAValidationError() throws {
    let result = try Repository.run(["communities", graph, "--resolution=-1"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--resolution must be"))
  }
}
