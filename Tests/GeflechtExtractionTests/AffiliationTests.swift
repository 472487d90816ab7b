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
    // A finance chief or a spokeswoman leading a team leads no company.
    #expect(graph("Led by CFO Amy Hood, Microsoft's finance team presented the results.").edges("Amy Hood", .leads, "Microsoft").isEmpty)
    #expect(graph("Led by spokeswoman Ana Diaz, Meta's press team answered questions.").edges("Ana Diaz", .leads, "Meta").isEmpty)
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
    #expect(!graph("Volkswagen named Porsche's Oliver Blume as CEO.").edges("Volkswagen", .hires, "Oliver Blume").isEmpty)
    #expect(!graph("Boeing named Kelly Ortberg, a former Rockwell Collins executive, as CEO.").edges("Boeing", .hires, "Kelly Ortberg").isEmpty)
    #expect(!graph("Nokia named Intel executive Justin Hotard (pictured) as president and CEO.").edges("Nokia", .hires, "Justin Hotard").isEmpty)
    // Naming a defendant, a partner or a best engineer is no hire.
    for text in ["Apple named Jane Doe as a defendant in the case.", "Microsoft named Jane Doe's startup as a partner.",
      "Google named Anna Lee one of its top engineers."] {
      #expect(graph(text).edges.allSatisfy { $0.relation != .hires }, "\(text)")
    }
    // Naming a thing or a company is no hire.
    #expect(graph("Siemens named its new unit Quorvex Labs.").edges.allSatisfy { $0.relation != .hires })
    #expect(graph("A startup named Quorvex Labs partnered with Siemens.").edges.allSatisfy { $0.relation != .hires })
  }
}
