import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Plural English noun cues are nouns, investing in an absolute "with" phrase, investments made for
/// someone, regulators in takeovers, and hyphen compounds of a kind of software. Invented sentences.
@Suite struct PluralNounCueTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func pluralNounsAreNoVerbs() {
    for word in ["investments", "partnerships", "acquisitions", "alliances"] {
      #expect(!RelationExtractor.isVerbForm(Tokenizer.tokens(of: word)[0]), "\(word)")
    }
    for word in ["invests", "acquired", "investing"] {
      #expect(RelationExtractor.isVerbForm(Tokenizer.tokens(of: word)[0]), "\(word)")
    }
  }

  @Test func investmentsMadeForSomeoneAreNoInvestmentInThem() {
    let g = graph("Acme Capital manages investments for the Canada Pension Plan Fund.")
    #expect(!g.edges.contains { $0.relation == .investsIn })
    let h = graph("Acme Capital manages the global investments for the Canada Pension Plan Fund.")
    #expect(!h.edges.contains { $0.relation == .investsIn })
  }

  @Test func namesInvestingInAWithPhraseInvestInTheSubject() {
    let g = graph("OpenAI just raised $6.6 billion with Microsoft and Nvidia both investing at a high valuation.")
    #expect(!g.edges("Microsoft", .investsIn, "OpenAI").isEmpty)
    #expect(!g.edges("Nvidia", .investsIn, "OpenAI").isEmpty)
    #expect(g.edges("OpenAI", .investsIn, "Microsoft").isEmpty)
  }

  @Test func aRegulatorNeitherBuysNorIsBought() {
    let g = graph("Die EU-Kommission hat eine Untersuchung der geplanten Übernahme des schwedischen Unternehmens durch IBM eingeleitet.")
    #expect(!g.edges.contains { $0.relation == .acquires })
    #expect(!g.edges("EU-Kommission", .regulates, "IBM").isEmpty)
  }

  @Test func aKindOfSoftwareIsNoOrganisation() {
    let g = graph("Siemens will sein Geschäft mit Industrie-Software stärken. Synopsys verkauft EDA-Software. Die Schwarz-Gruppe baut in Lübbenau.")
    #expect(!g.hasNode("Industrie-Software"))
    #expect(!g.hasNode("EDA-Software"))
  }
}
