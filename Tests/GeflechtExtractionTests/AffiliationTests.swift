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

  @Test func aBoardOfTheOrganisation() {
    #expect(!graph("Das sagt Christian Klein aus dem SAP-Vorstand.").edges("Christian Klein", .worksFor, "SAP").isEmpty)
    #expect(!graph("Wir wachsen, sagt Anna Weber aus dem Vorstand von Siemens.").edges("Anna Weber", .worksFor, "Siemens").isEmpty)
  }

  @Test func twoCoordinatedRolesInAnApposition() {
    let g = graph("\"This is a great day,\" said Jensen Huang, Nvidia founder and CEO.")
    #expect(!g.edges("Jensen Huang", .founded, "Nvidia").isEmpty)
    #expect(!g.edges("Jensen Huang", .leads, "Nvidia").isEmpty)
  }

  @Test func namedAsChief() {
    #expect(!graph("Nokia named Justin Hotard as president and CEO.").edges("Nokia", .hires, "Justin Hotard").isEmpty)
    // Naming a thing or a company is no hire.
    #expect(graph("Siemens named its new unit Quorvex Labs.").edges.allSatisfy { $0.relation != .hires })
    #expect(graph("A startup named Quorvex Labs partnered with Siemens.").edges.allSatisfy { $0.relation != .hires })
  }
}
