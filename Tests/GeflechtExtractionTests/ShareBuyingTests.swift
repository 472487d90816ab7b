import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Buying shares in a company is investing in it; buying all of them is buying it. Invented sentences.
@Suite struct ShareBuyingTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func sharesAreAnInvestment() {
    for text in ["Microsoft bought shares in SAP.", "Microsoft kaufte Aktien von SAP."] {
      let g = graph(text)
      #expect(!g.edges("Microsoft", .investsIn, "SAP").isEmpty, "\(text)")
      #expect(g.edges("Microsoft", .acquires, "SAP").isEmpty, "\(text)")
    }
    #expect(!graph("Microsoft bought all remaining shares of SAP.").edges("Microsoft", .acquires, "SAP").isEmpty)
    #expect(!graph("Microsoft bought SAP.").edges("Microsoft", .acquires, "SAP").isEmpty)
  }
}
