import Foundation
import GeflechtTestSupport
import Testing

/// `geflecht rank` and `geflecht stats` through the built binary.
@Suite(.serialized) struct RankStatsTests {
  static let committedGraph = Repository.root.appendingPathComponent("graphs/geflecht.json").path

  /// A small node-link graph (the path a–b–c plus an isolated d) written to a temporary file.
  func pathGraphFile() throws -> URL {
    let folder = try Repository.temporaryFolder()
    let file = folder.appendingPathComponent("path.json")
    let json = """
      {"directed": false, "multigraph": true, "graph": {},
       "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
       "links": [{"source": "a", "target": "b", "key": 0, "weight": 1.0},
                 {"source": "b", "target": "c", "key": 0, "weight": 1.0}]}
      """
    try json.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  func jsonArray(_ text: String) throws -> [[String: Any]] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [[String: Any]])
  }

  @Test(arguments: [
    "pagerank", "betweenness", "closeness", "harmonic", "eigenvector", "katz", "hubs",
    "authorities",
    "degree", "strength", "coreness",
  ])
  func everyMeasureRanksTheCommittedGraphAsJSON(_ measure: String) throws {
    let result = try Repository.run([
      "rank", Self.committedGraph, "--by", measure, "--top", "5", "--format", "json",
    ])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let items = try jsonArray(result.stdout)
    #expect(items.count == 5)
    for item in items {
      #expect(Set(item.keys) == ["id", "label", "score"])
      #expect(item["score"] is Double || item["score"] is NSNumber)
    }
    let scores = items.compactMap { ($0["score"] as? NSNumber)?.doubleValue }
    #expect(scores == scores.sorted(by: >), "\(measure): not descending")
  }

  @Test func betweennessOnAFixtureGraph() throws {
    let file = try pathGraphFile()
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let result = try Repository.run([
      "rank", file.path, "--by", "betweenness", "--weight", "ignore", "--format", "json",
    ])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let items = try jsonArray(result.stdout)
    #expect(items.map { $0["id"] as? String } == ["b", "a", "c", "d"])  // ties by node order
    #expect((items[0]["score"] as? NSNumber)?.doubleValue == 1.0 / 3)  // 1 of 3 pairs among n − 1 = 3
  }

  @Test func topLimitsTheRowsInEveryFormat() throws {
    let table = try Repository.run(["rank", Self.committedGraph, "--by", "degree", "--top", "3"])
    #expect(table.status == 0)
    let lines = table.stdout.split(separator: "\n")
    #expect(lines.count == 5, "\(table.stdout)")  // title, header, 3 rows
    #expect(
      lines[1].contains("rank") && lines[1].contains("score") && lines[1].contains("label")
        && lines[1].contains("kind"))
    #expect(lines[2].trimmingCharacters(in: .whitespaces).hasPrefix("1 "))

    let csv = try Repository.run([
      "rank", Self.committedGraph, "--by", "harmonic", "--top", "4", "--format", "csv",
    ])
    #expect(csv.status == 0)
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows.first == "rank,id,label,kind,score")
    #expect(rows.count == 5)
    #expect(rows.dropFirst().allSatisfy { Double($0.split(separator: ",").last ?? "") != nil })
  }

  @Test func rankIsDeterministic() throws {
    let first = try Repository.run([
      "rank", Self.committedGraph, "--by", "betweenness", "--top", "44", "--format", "csv",
    ])
    let second = try Repository.run([
      "rank", Self.committedGraph, "--by", "betweenness", "--top", "44", "--format", "csv",
    ])
    #expect(first.status == 0 && first.stdout == second.stdout)
  }

  @Test func readsStandardInput() throws {
    let process = Process()
    process.executableURL = Repository.executable
    process.arguments = ["rank", "--by", "degree", "--top", "1", "--format", "csv"]
    process.standardInput = try FileHandle(
      forReadingFrom: URL(fileURLWithPath: Self.committedGraph))
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self).hasPrefix("rank,id,label,kind,score\n1,"))
  }

  @Test func usageErrors() throws {
    let badMeasure = try Repository.run(["rank", Self.committedGraph, "--by", "fame"])
    #expect(badMeasure.status == 64)
    #expect(badMeasure.stderr.contains("betweenness") && badMeasure.stderr.contains("coreness"))
    let badTop = try Repository.run(["rank", Self.committedGraph, "--top", "0"])
    #expect(badTop.status == 64)
    #expect(badTop.stderr.contains("--top must be at least 1 (got 0)"))
    let badFormat = try Repository.run(["rank", Self.committedGraph, "--format", "xml"])
    #expect(badFormat.status == 64)
    let pointlessWeight = try Repository.run([
      "rank", Self.committedGraph, "--by", "coreness", "--weight", "strength",
    ])
    #expect(pointlessWeight.status == 64)
    let wrongWeight = try Repository.run([
      "rank", Self.committedGraph, "--by", "betweenness", "--weight", "strength",
    ])
    #expect(wrongWeight.status != 0)
    #expect(wrongWeight.stderr.contains("does not support weighting .strength"))
    let missing = try Repository.run(["rank", "/nonexistent/graph.json"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("/nonexistent/graph.json"))
  }

  @Test func statsTableAndJSON() throws {
    let table = try Repository.run(["stats", Self.committedGraph])
    #expect(table.status == 0, "stderr: \(table.stderr)")
    for field in [
      "nodes:", "edges:", "directed:", "density:", "weak components:", "strong components:",
      "degree:", "nodes by kind:", "edges by relation:",
    ] {
      #expect(table.stdout.contains(field), "missing \(field)")
    }
    let json = try Repository.run(["stats", Self.committedGraph, "--format", "json"])
    #expect(json.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["directed"] as? Bool == true)
    #expect((object["nodes"] as? NSNumber)?.intValue ?? 0 > 0)
    let weak = try #require(object["weakComponents"] as? [String: Any])
    #expect((weak["count"] as? NSNumber)?.intValue ?? 0 >= 1)
  }

  @Test func statsOnAFixtureGraph() throws {
    let file = try pathGraphFile()
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let result = try Repository.run(["stats", file.path, "--format", "json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((object["nodes"] as? NSNumber)?.intValue == 4)
    #expect((object["edges"] as? NSNumber)?.intValue == 2)
    #expect((object["density"] as? NSNumber)?.doubleValue == 2.0 * 2 / 12)
    let weak = try #require(object["weakComponents"] as? [String: Any])
    #expect((weak["count"] as? NSNumber)?.intValue == 2)
    #expect((weak["largest"] as? NSNumber)?.intValue == 3)
    let degree = try #require(object["degree"] as? [String: Any])
    #expect((degree["median"] as? NSNumber)?.doubleValue == 1)
    #expect((degree["max"] as? NSNumber)?.intValue == 2)
  }

  @Test func summaryListsTopTenByBetweenness() throws {
    let out = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try Repository.run(
      ["run", "--corpus", Repository.corpus.path, "--out", out.path, "--quiet"],
      environment: ["PATH": "/nonexistent", "HOME": NSTemporaryDirectory()])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("top 10 by PageRank"))
    #expect(result.stdout.contains("top 10 by betweenness (length 1/weight"))
  }
}
