import Foundation
import GeflechtCore
import Testing

@testable import GeflechtFormats

@Suite(.serialized) struct HTMLReportTests {
  func report(_ graph: Multigraph) throws -> String {
    let svg = try Graphviz.render(graph, options: .init(engine: .dot))
    let scores = NodeScores(measure: "pagerank", values: graph.nodeIDs.map { Double($0.index) / 10 })
    let partition = Partition(algorithm: "test", community: graph.nodeIDs.map { $0.index % 2 })
    return try HTMLReport.string(
      ReportContent(title: "T <b>", graph: graph, svg: svg, rankings: [scores], partition: partition, summary: ["a & b"]))
  }

  @Test func hostileNamesNeverBecomeMarkup() throws {
    let html = try report(Samples.hostile())
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("<title>T &lt;b&gt;</title>"))
    #expect(html.contains("a &amp; b"))
    // Exactly the two script elements of the page itself.
    #expect(html.components(separatedBy: "<script").count - 1 == 2)
    #expect(html.components(separatedBy: "</script>").count - 1 == 2)
  }

  @Test func embedsTheDataTheScriptReads() throws {
    let html = try report(Samples.news())
    let start = try #require(html.range(of: "<script type=\"application/json\" id=\"geflecht-data\">"))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let data = try JSONParser.parse(Array(html[start.upperBound..<end.lowerBound].utf8))
    #expect(data["nodes"]?.arrayValue?.count == 4)
    #expect(data["edges"]?.arrayValue?.count == 5)
    #expect(data["measures"] == .array([.string("pagerank")]))
    #expect(data["communities"]?.arrayValue?.count == 2)
    #expect(data["edges"]?.arrayValue?.first?["evidence"]?.arrayValue?.first?["text"] == .string("Microsoft investiert in OpenAI – „viel“."))
  }

  @Test func inlinesTheSVGWithoutItsProlog() throws {
    let html = try report(Samples.news())
    #expect(!html.contains("<?xml"))
    #expect(!html.contains("<!DOCTYPE svg"))
    #expect(html.contains("<svg"))
    #expect(html.contains("id=\"node&#45;0\""), "Graphviz writes - as &#45; in ids")
  }

  @Test func isSelfContained() throws {
    let html = try report(Samples.news())
    for external in ["src=\"http", "href=\"http", "@import", "<link "] {
      #expect(!html.contains(external), "report refers to \(external)")
    }
  }
}
