import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Regulators (RelationExtractor+Regulators.swift, regulators.tsv): a word of approving or examining in a
/// sentence that names a regulator makes it regulate the other organisations named; only a regulator is
/// ever the source of `regulates`. Invented sentences.
@Suite struct RegulatorRuleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aRegulatorApprovingADealRegulatesItsParties() {
    let g = graph("Die EU-Kommission hat der Übernahme von Nuance durch Microsoft unter Auflagen zugestimmt.")
    #expect(!g.edges("EU-Kommission", .regulates, "Microsoft").isEmpty)
    let h = graph("The FCC cleared Verizon's purchase of the wireless operations.")
    #expect(!h.edges("Federal Communications Commission", .regulates, "Verizon").isEmpty)
    let k = graph("Das Bundeskartellamt hat die Übernahme durch Vodafone freigegeben.")
    #expect(!k.edges("Bundeskartellamt", .regulates, "Vodafone").isEmpty)
  }

  @Test func aProductMayBeRegulated() {
    let g = graph("The European Commission opened three market investigations into AWS and Azure.")
    #expect(!g.edges("EU-Kommission", .regulates, "Amazon Web Services").isEmpty)
    #expect(!g.edges("EU-Kommission", .regulates, "Azure").isEmpty)
  }

  @Test func theComplainantBeforeAgainstIsNotRegulated() {
    let g = graph("Alphabet welcomed the investigation by the European Commission into Microsoft.")
    #expect(!g.edges("EU-Kommission", .regulates, "Microsoft").isEmpty)
    #expect(g.edges("EU-Kommission", .regulates, "Alphabet").isEmpty)
  }

  @Test func noRegulatorNoRegulation() {
    // The words mean regulation only with a regulator; a company examining a deal regulates nobody.
    let g = graph("Microsoft prüft eine Übernahme von OpenAI. Alphabet opened investigations into AWS.")
    #expect(!g.edges.contains { $0.relation == .regulates })
    // Another public body is no regulated party.
    let h = graph("Die EU-Kommission und das Bundeskartellamt prüfen die Genehmigung.")
    #expect(!h.edges.contains { $0.relation == .regulates })
  }

  @Test func everyListedRegulatorIsAKnownOrganisationAndNamePartsNameRegulators() throws {
    let lexicon = try Lexicon.bundled()
    for name in lexicon.regulators.sorted() {
      #expect(lexicon.gazetteer.refsByName[name]?.kind == .organization, "\(name)")
    }
    func org(_ name: String) -> EntityRef { EntityRef(kind: .organization, name: name, subtype: "company", maker: nil, isMedia: false) }
    #expect(lexicon.isRegulator(org("Österreichische Wettbewerbsbehörde")))
    #expect(lexicon.isRegulator(org("Federal Maritime Commission")))
    #expect(!lexicon.isRegulator(org("Microsoft")))
    // A known company is a regulator only when listed, whatever its name says; a public body by its name.
    #expect(!lexicon.isRegulator(lexicon.gazetteer.refsByName["Qatar Investment Authority"]!))
    #expect(lexicon.isRegulator(lexicon.gazetteer.refsByName["Bundeswirtschaftsministerium"]!))
  }

  @Test func onlyThePartiesOfTheDecisionAreRegulated() {
    // A complainant in another clause, objectors after "despite", a rival after "while", an adviser
    // after "sagte", a relative clause, another sentence after ";".
    let cases: [(String, String, [String])] = [
      ("Die EU-Kommission hat ein Bußgeld gegen Google verhängt, nachdem Microsoft und Yelp Beschwerde eingelegt hatten.", "EU-Kommission", ["Microsoft"]),
      ("The FTC opened an investigation into Amazon after complaints from Walmart and Target.", "Federal Trade Commission", ["Walmart"]),
      ("The FCC approved the merger of T-Mobile and Sprint, despite objections from Verizon and AT&T.", "Federal Communications Commission", ["Verizon", "AT&T"]),
      ("Microsoft received approval from the CMA for the deal, while Sony, a rival, had opposed it.", "CMA", ["Sony"]),
      ("The European Commission fined Google 4 billion euros; the complaint had been filed by Microsoft.", "EU-Kommission", ["Microsoft"]),
      ("The SEC approved the fund of BlackRock, which uses Coinbase as custodian.", "SEC", ["Coinbase"]),
    ]
    for (text, regulator, bystanders) in cases {
      let g = graph(text)
      #expect(g.edges.contains { $0.relation == .regulates }, "\(text)")
      for name in bystanders { #expect(g.edges(regulator, .regulates, name).isEmpty, "\(text): \(name)") }
    }
  }

  @Test func aidAndStaffAreNoRegulation() {
    for text in [
      "The European Commission approved a 2 billion euro subsidy for Intel's plant in Magdeburg.",
      "Die EU-Kommission hat die Förderung von Infineon für das Werk in Dresden genehmigt.",
      "Microsoft hired a former FTC official to lead its antitrust team.",
    ] {
      #expect(!graph(text).edges.contains { $0.relation == .regulates }, "\(text)")
    }
  }
}
