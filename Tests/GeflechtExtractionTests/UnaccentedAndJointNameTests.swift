import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Known names written without accents, and two known names before a designator. Invented sentences.
@Suite struct UnaccentedAndJointNameTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aKnownNameWithoutItsAccentsIsFound() {
    let g = graph("Societe Generale invested in Acme Robotics.")
    #expect(labels(g).contains("Société Générale"))
    #expect(!g.edges("Société Générale", .investsIn, "Acme Robotics").isEmpty)
  }

  @Test func twoKnownNamesBeforeADesignatorNameAJointVenture() {
    let g = graph("Nokia und Siemens gründen Nokia Siemens Networks.")
    #expect(labels(g).contains("Nokia Siemens Networks"))
    #expect(!g.edges("Siemens", .founded, "Nokia Siemens Networks").isEmpty)
  }
}
