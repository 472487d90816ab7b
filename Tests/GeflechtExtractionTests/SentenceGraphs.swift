import GeflechtCore
@testable import GeflechtExtraction

/// The graph of one invented text, for the suites that test rules on sentences.
protocol SentenceGraphs {
  var extractor: RuleBasedExtractor { get }
}

extension SentenceGraphs {
  func graph(_ text: String) -> Multigraph {
    extractor.extract([Document(name: "t.txt", text: text)]).graph
  }

  func labels(_ g: Multigraph) -> Set<String> { Set(g.nodes.map(\.label)) }
}
