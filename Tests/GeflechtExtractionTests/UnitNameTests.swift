import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Names of a company's units and of new companies with English words. Invented sentences.
@Suite struct UnitNameTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aCamelCaseWordAfterANameBelongsToIt() {
    let g = graph("Der Geschäftsführer von Zeltron NetHouse, Ina Berg, sagte das.")
    #expect(!g.edges("Ina Berg", .leads, "Zeltron NetHouse").isEmpty)
    // After a known company, a camel-case word is mostly its product: the company stays a node of its own.
    #expect(labels(graph("Microsoft PowerPoint now includes new features.")).contains("Microsoft"))
  }

  @Test func aKnownNameWithWordsOfItsOwnAfterAnOrganisationNoun() {
    let g = graph("Das erklärte die Chefin der Asien-Tochter Bosch Smart Farming, Lea Wu, am Montag.")
    #expect(!g.edges("Lea Wu", .leads, "Bosch Smart Farming").isEmpty)
  }

  @Test func anEnglishNameAfterAGermanArticle() {
    #expect(labels(graph("Die Blue Heron Capital investiert in die Firma Zeltron.")).contains("Blue Heron Capital"))
    // A German noun after the article stays outside the name.
    #expect(labels(graph("Der Drohnenbauer Falkwerk Robotics wächst.")).contains("Falkwerk Robotics"))
  }

  @Test func anEnglishSubsidiary() {
    let g = graph("Iberdrola will hold the stake via its subsidiary NordGrid and will be responsible for land.")
    #expect(g.nodes.contains { $0.label == "NordGrid" && $0.kind == .organization })
  }

  @Test func aNameOfTwoWordsBeforeAnApposition() {
    let g = graph("Standard Power, a data center operator that provides colocation, is planning to deploy reactors.")
    #expect(g.nodes.contains { $0.label == "Standard Power" && $0.kind == .organization })
    // A German noun before a German apposition stays outside the name.
    #expect(!labels(graph("Der Kunde Quorvex, ein Start-up aus Kiel, wächst schnell.")).contains("Kunde Quorvex"))
  }

  @Test func aSaintsNameOpensAPlace() {
    let g = graph("Entergy will build the plant at its site in St. Charles Parish.")
    #expect(!g.nodes.contains { $0.kind == .person })
  }

  @Test func aPlaceOpeningAnAbbreviatedName() {
    let g = graph("The Louisiana Public Service Commission (LPSC) voted in favor of the plan by Entergy Louisiana.")
    #expect(g.nodes.contains { $0.label == "Louisiana Public Service Commission" && $0.kind == .organization })
    #expect(!g.nodes.contains { $0.label == "Louisiana" })
  }

  @Test func aNewNameOfSeveralWordsAgainWithAGenitive() {
    let g = graph("Standard Power, a data center operator, is planning reactors. Maxim Serezhin, Standard Power's CEO, said the reactors help.")
    #expect(!g.edges("Maxim Serezhin", .leads, "Standard Power").isEmpty)
  }

  @Test func aParentCompanyInCommas() {
    let g = graph("Google's parent company, Alphabet, said the deal is good.")
    #expect(!g.edges("Alphabet", .owns, "Google").isEmpty)
  }

  @Test func aNewNameWithAnEnglishLegalFormIsTakenUpWithoutIt() {
    let g = graph("ServiceNow Inc. will buy Zeltrix Inc. for $2 billion. Zeltrix has received backing from investors including Kleiner Perkins and Iconiq Growth.")
    #expect(!g.edges("Kleiner Perkins", .investsIn, "Zeltrix Inc.").isEmpty)
    #expect(!g.edges("Iconiq Growth", .investsIn, "Zeltrix Inc.").isEmpty)
  }
}

/// Partners named together before a verb of partnering, and a joint company "zwischen" two. Invented sentences.
@Suite struct CoordinatedPartnerTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aCoordinatedSubjectTeamsUp() {
    let g = graph("The plan will see Nvidia and Oracle team up to build two machines at Argonne National Laboratory.")
    #expect(!g.edges("Nvidia", .partnersWith, "Oracle").isEmpty || !g.edges("Oracle", .partnersWith, "Nvidia").isEmpty)
    #expect(g.edges("Oracle", .partnersWith, "Argonne National Laboratory").isEmpty)
    #expect(g.edges("Argonne National Laboratory", .partnersWith, "Oracle").isEmpty)
  }

  @Test func aJointCompanyBetweenTwo() {
    let g = graph("Die Kommission hat das Gemeinschaftsunternehmen zwischen Vodafone und Altice genehmigt.")
    #expect(!g.edges("Vodafone", .partnersWith, "Altice").isEmpty || !g.edges("Altice", .partnersWith, "Vodafone").isEmpty)
  }
}
