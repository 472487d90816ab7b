import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// A person's organisation told without a role word. Invented sentences.
@Suite struct AffiliationTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aPersonOfAnOrganisation() {
    #expect(!graph("Alvin Nguyen of Forrester added that the deal helps.").edges("Alvin Nguyen", .worksFor, "Forrester").isEmpty)
    #expect(!graph("Das sagte Anna Weber von Siemens am Montag.").edges("Anna Weber", .worksFor, "Siemens").isEmpty)
    // A longer name after the organisation: not its whole phrase.
    #expect(graph("Alvin Nguyen of Siemens Healthcare Partners added that.").edges("Alvin Nguyen", .worksFor, "Siemens").isEmpty)
  }

  @Test func aFrontedLeader() {
    let g = graph("Led by Chief Executive Officer Bill McDermott, ServiceNow makes applications for firms.")
    #expect(!g.edges("Bill McDermott", .leads, "ServiceNow").isEmpty)
  }
}
