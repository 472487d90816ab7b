import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Organisations told by the words around an unknown name (a role and a person after it, a seat, a
/// quoted name after an organisation noun, a place opening a designated name) and the relations this
/// round reads with them: named joint ventures, "founded by" lists, titles before "of". Invented sentences.
@Suite struct NameContextRuleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func anUnknownNameBeforeARoleAndAPersonIsTheirOrganisation() {
    let g = graph("Guests included Zorbly co-founder Kyle Vantner and Plimco CEO Adam Weller.")
    #expect(!g.edges("Kyle Vantner", .founded, "Zorbly").isEmpty)
    #expect(!g.edges("Adam Weller", .leads, "Plimco").isEmpty)
    // Qualifiers of the role, hyphenated descriptions and first names are no employers.
    for text in ["Former CEO John Smith left the board.", "Interim CEO Jane Doe said sales fell.", "Multi-industry CEO Eric Schwartz joined."] {
      let h = graph(text)
      #expect(!h.nodes.contains { $0.kind == .organization }, "\(text)")
    }
  }

  @Test func whatHasASeatIsAnOrganisation() {
    let g = graph("Der Verwaltungsrat von Quorix Objects mit Sitz in Paris habe zugestimmt.")
    #expect(labels(g).contains("Quorix Objects"))
    #expect(!g.edges("Quorix Objects", .buildsIn, "Paris").isEmpty)
    let h = graph("The seller was Brindle, headquartered in London.")
    #expect(labels(h).contains("Brindle"))
    // German common nouns alone are no name: "Der Konzern mit Sitz in Paris".
    let k = graph("Die Tochter mit Sitz in Paris wächst.")
    #expect(!k.nodes.contains { $0.kind == .organization })
  }

  @Test func aQuotedNameAfterAnOrganisationNounAndANamedJointVenture() {
    let g = graph("Die Deutsche Telekom und der Regionalanbieter EWE haben die Gründung des Joint Ventures „Glasnetz Nord“ vollzogen.")
    #expect(!g.edges("Deutsche Telekom", .founded, "Glasnetz Nord").isEmpty)
    #expect(!g.edges("EWE", .founded, "Glasnetz Nord").isEmpty)
    #expect(!g.edges("Deutsche Telekom", .partnersWith, "EWE").isEmpty || !g.edges("EWE", .partnersWith, "Deutsche Telekom").isEmpty)
    #expect(g.edges("EWE", .partnersWith, "Glasnetz Nord").isEmpty)
    let h = graph("Das Start-up „Quantica“ will einen neuen Chip bauen.")
    #expect(h.nodes.contains { $0.label == "Quantica" && $0.kind == .organization })
  }

  @Test func aPlaceOpeningADesignatedNameIsPartOfItAndABackedNameIsNotAList() {
    let g = graph("Blackstone-backed Phoenix Tower International and Bouygues Telecom will form a joint venture.")
    #expect(labels(g).contains("Phoenix Tower International"))
    #expect(!labels(g).contains("Phoenix"))
    #expect(!g.edges("Blackstone", .investsIn, "Phoenix Tower International").isEmpty)
    #expect(g.edges("Blackstone", .investsIn, "Bouygues Telecom").isEmpty)
    // After a locative preposition the place stays a place.
    let h = graph("Intel opened a campus in Berlin Partners said.")
    #expect(!labels(h).contains("Berlin Partners"))
  }

  @Test func foundedByAListOpenedByADescription() {
    let g = graph(
      "Zentrix was founded by a pair of Harvard dropouts, Gavin Ulbert and Chris Zhou, along with Robert Wachner and former Cypress Semiconductor CTO Mark Rossi.")
    for name in ["Gavin Ulbert", "Chris Zhou", "Robert Wachner", "Mark Rossi"] {
      #expect(!g.edges(name, .founded, "Zentrix").isEmpty, "\(name)")
    }
    #expect(g.edges("Mark Rossi", .founded, "Cypress Semiconductor").isEmpty)
  }

  @Test func aTitleCaseTitleAndADescriptionBeforeTheOrganisation() {
    let g = graph("\"We are pleased,\" said Dagan Kasper, Chief Executive Officer of Intel.")
    #expect(!g.edges("Dagan Kasper", .leads, "Intel").isEmpty)
    let h = graph("Hans Westberg is the CEO of US telecom group Verizon.")
    #expect(!h.edges("Hans Westberg", .leads, "Verizon").isEmpty)
    let k = graph("Intel on Monday announced an offer for fellow chip maker Altera.")
    #expect(!k.edges("Intel", .acquires, "Altera").isEmpty)
  }

  @Test func chineseNamesSurnameFirst() {
    let g = graph("China Telecom said Wang Guoquan had held various positions. Huawei founder Ren Zhengfei spoke.")
    #expect(g.nodes.contains { $0.label == "Wang Guoquan" && $0.kind == .person })
    #expect(!g.edges("Ren Zhengfei", .founded, "Huawei").isEmpty)
    // The given name must be pinyin, and no capitalised word may follow: "Zhou Computing", "Chen Wang Group".
    let h = graph("Zhou Computing and Chen Wang Group signed.")
    #expect(!h.nodes.contains { $0.kind == .person })
  }
}
