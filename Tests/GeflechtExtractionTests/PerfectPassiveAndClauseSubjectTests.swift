import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// The German perfect passive ("war … von X übernommen worden") and a subject after a preposition that
/// opens a clause ("after Microsoft bought LinkedIn"). Invented sentences.
@Suite struct PerfectPassiveAndClauseSubjectTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func thePerfectPassiveNamesTheAgentAfterVon() {
    for text in [
      "OpenAI war 2018 vom chinesischen Unternehmen Microsoft übernommen worden.",
      "OpenAI ist von Microsoft übernommen worden.",
      "OpenAI wurde 2018 von Microsoft übernommen.",
    ] {
      let g = graph(text)
      #expect(!g.edges("Microsoft", .acquires, "OpenAI").isEmpty, "\(text)")
      #expect(g.edges("OpenAI", .acquires, "Microsoft").isEmpty, "\(text)")
    }
  }

  @Test func aNameRightBeforeTheVerbAfterAClauseOpeningPrepositionIsItsSubject() {
    let g = graph("The IBM deal is the biggest software acquisition in history after Microsoft bought professional social network LinkedIn in 2016.")
    #expect(!g.edges("Microsoft", .acquires, "LinkedIn").isEmpty)
    #expect(g.edges("IBM", .acquires, "LinkedIn").isEmpty)
    // A name in a prepositional phrase further before the verb is still no subject.
    let h = graph("Google, a rival of Amazon, invested in Anthropic.")
    #expect(!h.edges("Google", .investsIn, "Anthropic").isEmpty)
    #expect(h.edges("Amazon", .investsIn, "Anthropic").isEmpty)
  }

  @Test func aNameInAPhraseOfTheSubjectIsNotWhatIsTakenOver() {
    for text in [
      "Die Rolle von SAP ist von Oracle übernommen worden.", "Die Kosten für Vodafone waren von Deutsche Telekom übernommen worden.",
      "Der Vorsitz von Siemens ist von Bosch übernommen worden.",
    ] {
      #expect(!graph(text).edges.contains { $0.relation == .acquires }, "\(text)")
    }
  }
}
