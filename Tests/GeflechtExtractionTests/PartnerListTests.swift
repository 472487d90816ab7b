import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Partners named in a list after "mit/with", and founding something with a partner. Invented sentences.
@Suite struct PartnerListTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func everyMemberOfAListAfterWithIsAPartner() {
    for text in [
      "Equinix announced a joint venture with Singapore’s sovereign wealth fund, GIC, and CPP Investments, which manages funds.",
      "Equinix announced a joint venture with GIC and CPP Investments.",
    ] {
      let g = graph(text)
      #expect(!g.edges("Equinix", .partnersWith, "GIC").isEmpty, "\(text)")
      #expect(!g.edges("Equinix", .partnersWith, "CPP Investments").isEmpty || !g.edges("CPP Investments", .partnersWith, "Equinix").isEmpty, "\(text)")
    }
  }

  @Test func foundingWithAPartnerFoundsNoPartner() {
    let g = graph("Equinix gründet ein Joint Venture mit GIC und CPP Investments.")
    #expect(!g.edges.contains { $0.relation == .founded })
    #expect(!g.edges("Equinix", .partnersWith, "GIC").isEmpty)
    // A person founding a company with another person: both found it.
    let h = graph("Sam Altman gründete OpenAI mit Elon Musk.")
    #expect(!h.edges("Sam Altman", .founded, "OpenAI").isEmpty)
  }

  @Test func aClauseAfterCommaAndEndsTheList() {
    let g = graph("Siemens formed a joint venture with Bosch, and Nvidia and IBM later joined as customers.")
    #expect(!g.edges("Siemens", .partnersWith, "Bosch").isEmpty || !g.edges("Bosch", .partnersWith, "Siemens").isEmpty)
    #expect(g.edges("IBM", .partnersWith, "Siemens").isEmpty && g.edges("Siemens", .partnersWith, "IBM").isEmpty)
    // A German verb at the end of the clause does not end a list without ", und".
    let h = graph("SAP hat eine Partnerschaft mit Microsoft und Google geschlossen.")
    #expect(!h.edges("SAP", .partnersWith, "Google").isEmpty || !h.edges("Google", .partnersWith, "SAP").isEmpty)
  }
}
