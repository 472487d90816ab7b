import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// The supplementary lexicons (generated first names and places, the domain organisations) on invented
/// sentences: what they add, what their filters keep out, and that the curated files win.
@Suite struct GeneratedLexiconTests: SentenceGraphs {
  let extractor: RuleBasedExtractor
  let lexicon: Lexicon

  init() throws {
    extractor = try RuleBasedExtractor()
    lexicon = try Lexicon.bundled()
  }

  @Test func generatedFirstNameMakesAPerson() {
    // "Gregg" and "Noam" are not in the curated first_names.txt.
    let g = graph("Gregg Lindholm leitet künftig das Chipgeschäft von Wolfspeed. Noam Bergmann wechselt zu Mobileye.")
    #expect(g.nodes.first { $0.label == "Gregg Lindholm" }?.kind == .person)
    #expect(g.nodes.first { $0.label == "Noam Bergmann" }?.kind == .person)
  }

  @Test func filteredCommonWordsAreNoFirstNames() {
    for word in ["Will", "Hope", "Grant", "Job", "Summer", "Young", "Said", "Can", "Solange", "Naja"] {
      #expect(!lexicon.firstNames.contains(word), "\(word)")
    }
    let g = graph("Grant Funding from the state helped Cerebras. Summer Interns joined Wolfspeed in July.")
    #expect(!g.nodes.contains { $0.kind == .person })
  }

  @Test func generatedPlaceWithItsGermanExonym() {
    let g = graph("Wolfspeed baut eine neue Fabrik in Chemnitz. Nebius baut ein Rechenzentrum in Moskau.")
    #expect(g.nodes.first { $0.label == "Chemnitz" }?.kind == .place)
    #expect(!g.edges("Wolfspeed", .buildsIn, "Chemnitz").isEmpty)
    #expect(!g.edges("Nebius", .buildsIn, "Moskau").isEmpty)
    let h = graph("Nebius is building a data centre in Moscow.")
    #expect(!h.edges("Nebius", .buildsIn, "Moskau").isEmpty)
  }

  @Test func domainOrganisationsAreRecognised() {
    let g = graph("Texas Instruments kooperiert mit Wolfspeed.")
    #expect(!g.edges("Texas Instruments", .partnersWith, "Wolfspeed").isEmpty)
    #expect(g.nodes.first { $0.label == "Texas Instruments" }?.kind == .organization)
  }

  @Test func curatedEntriesWinAndSupplementaryAliasesJoinThem() {
    // Foxconn is curated; domain_organisations.tsv only adds the alias "Hon Hai".
    let g = graph("Hon Hai kooperiert mit Nvidia.")
    #expect(!g.edges("Foxconn", .partnersWith, "Nvidia").isEmpty)
    // München|Munich is curated; the generated list does not bring a second München.
    let munich = lexicon.gazetteer.candidates(for: Tokenizer.tokens(of: "Munich")[0]).filter { $0.tokens == ["Munich"] }
    #expect(munich.map(\.ref.name) == ["München"])
  }
}
