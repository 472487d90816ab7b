import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Runs the extractor on the articles in `corpus/` at the repository root.
@Suite struct CorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus")

  let documents: [Document]
  let result: ExtractionResult

  init() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".txt") }
    documents = try names.sorted().map { try Document.load(contentsOf: Self.corpus.appendingPathComponent($0)) }
    result = try RuleBasedExtractor().extract(documents)
  }

  @Test func everyEvidenceIsVerbatimByUnicodeScalars() throws {
    let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.name, Array($0.text.unicodeScalars)) })
    #expect(result.graph.edgeCount > 0)
    for edge in result.graph.edges {
      #expect(!edge.evidence.isEmpty)
      for e in edge.evidence {
        let scalars = try #require(texts[e.doc])
        try #require(e.start >= 0 && e.start < e.end && e.end <= scalars.count)
        #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text)
      }
    }
  }

  @Test func extractionIsDeterministic() throws {
    let again = try RuleBasedExtractor().extract(documents.reversed())
    #expect(again.graph.nodes == result.graph.nodes)
    #expect(again.graph.edges == result.graph.edges)
    #expect(result.graph.nodes.map(\.key) == result.graph.nodes.map(\.key).sorted())
  }

  @Test func uncertainEdgesStayOutByDefault() {
    #expect(result.graph.edges.allSatisfy { $0.status.isIncludedByDefault })
  }

  @Test func boilerplateAndTeaserEntitiesAreLeftOut() {
    let labels = Set(result.graph.nodes.map(\.label))
    for name in ["Handelsblatt", "Handelsblatt GmbH", "Samsung", "Alien Road Company", "dpa", "Bloomberg"] {
      #expect(!labels.contains(name), "\(name)")
    }
  }

  @Test func nodesHaveDocumentsAndAliasesWithoutTheLabel() {
    for node in result.graph.nodes {
      #expect(!node.documents.isEmpty)
      #expect(!node.aliases.contains(node.label))
    }
  }

  @Test func weightFollowsItsComponents() {
    for edge in result.graph.edges {
      #expect(abs(edge.weight - EdgeAccumulator.weight(edge.weightComponents)) < 1e-12)
      #expect(edge.weightComponents["sentences"] == Double(edge.evidence.count))
    }
  }
}
