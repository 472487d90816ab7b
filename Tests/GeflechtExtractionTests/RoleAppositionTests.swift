import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Organisations no list knows, named in a person's role apposition. Invented sentences.
@Suite struct RoleAppositionTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func theOrganisationAfterTheRole() {
    let g = graph("Frank Huang, Chairman of Qelvin, said the plan works.")
    #expect(!g.edges("Frank Huang", .leads, "Qelvin").isEmpty)
    let h = graph("Ian Fogg, industry analyst at Torvane Research, said the plan works.")
    #expect(!h.edges("Ian Fogg", .worksFor, "Torvane Research").isEmpty)
    let d = graph("Anna Weber, Chefin von Qelvin, sagte das am Montag.")
    #expect(!d.edges("Anna Weber", .leads, "Qelvin").isEmpty)
  }

  @Test func theOrganisationBeforeTheRole() {
    let g = graph("Kate Johnson, Qelvin president and CEO, said the plan works.")
    #expect(!g.edges("Kate Johnson", .leads, "Qelvin").isEmpty)
  }

  @Test func aDepartmentIsNoOrganisation() {
    let g = graph("Jane Roe, head of Research at Acme, said the plan works.")
    #expect(!labels(g).contains("Research"))
  }
}
