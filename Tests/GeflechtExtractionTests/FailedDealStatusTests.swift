import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// A deal that failed or was called off is negated, even as a presupposed event noun before the verb
/// (`status_cues.tsv`, column "event"); a failure in another clause leaves the statement asserted.
/// Invented sentences.
@Suite struct FailedDealStatusTests: SentenceGraphs {
  let extractor: RuleBasedExtractor
  let uncertain: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
    uncertain = try RuleBasedExtractor(options: ExtractionOptions(includesUncertain: true))
  }

  @Test func aFailedDealIsNegated() {
    for text in [
      "Die Übernahme des Chipherstellers Arm durch Nvidia scheiterte 2022.", "Nvidia's takeover of Arm collapsed in 2022.",
      "Die geplante Übernahme von Arm durch Nvidia wurde abgesagt.",
    ] {
      #expect(graph(text).edges("Nvidia", .acquires, "Arm").isEmpty, "\(text)")
      let g = uncertain.extract([Document(name: "t.txt", text: text)]).graph
      #expect(g.edges("Nvidia", .acquires, "Arm").map(\.status) == [.negated], "\(text)")
    }
    #expect(graph("Microsoft beendet die Partnerschaft mit OpenAI.").edges.allSatisfy { $0.relation == .coOccurs })
  }

  @Test func aFailureInAnotherClauseOrAfterAPresupposedNounWithoutFailureLeavesItAsserted() {
    #expect(!graph("Microsoft acquired GitHub in 2018, after earlier talks had failed.").edges("Microsoft", .acquires, "GitHub").isEmpty)
    #expect(!graph("Die Übernahme von Activision durch Microsoft ist nicht die erste.").edges("Microsoft", .acquires, "Activision Blizzard").isEmpty)
  }
}
