import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// New names with a legal form, taken up without it. Invented sentences.
@Suite struct LegalFormShortNameTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aNewNameWithALegalFormIsTakenUpWithoutIt() {
    let g = graph("Holtzbrinck bietet für die Brandtner AG. Brandtner-Chef Ingo Weller hat zugestimmt.")
    #expect(!g.edges("Ingo Weller", .leads, "Brandtner AG").isEmpty)
    #expect(!labels(g).contains("Brandtner"))
    // A person's double name is no compound of a new organisation.
    let h = graph("Holtzbrinck bietet für die Brandtner AG. Anna Weller-Brandtner sagte das.")
    #expect(labels(h).contains("Anna Weller-Brandtner"))
  }
}
