import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Where organisations build and where projects stand (RelationExtractor+Sites.swift) and place names
/// the gazetteer completes, on invented German and English sentences.
@Suite struct SiteRuleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    // (Seats are read here: `ExtractionOptions.includesSeats`.)
    extractor = try RuleBasedExtractor(options: ExtractionOptions(includesSeats: true))
  }

  @Test func aCoordinatedListOfPlacesAfterAnExpansionNounIsBuiltByTheOrganisationUnderDiscussion() {
    let g = graph("Vodafone gründet eine Glasfaserfirma. Der Ausbau beginnt in Kerpen, Moers und Emden.")
    for place in ["Kerpen", "Moers", "Emden"] {
      #expect(!g.edges("Vodafone", .buildsIn, place).isEmpty, "\(place)")
    }
  }

  @Test func facilityNounsNameTheirPlaceDirectly() {
    let g = graph("Amazon erhielt Baugenehmigungen für die Standorte Hürth und Kerpen.")
    #expect(!g.edges("Amazon", .buildsIn, "Hürth").isEmpty)
    #expect(!g.edges("Amazon", .buildsIn, "Kerpen").isEmpty)
  }

  @Test func theSubjectBuildsNotAnOrganisationInAPrepositionalPhrase() {
    // (A town: a country without a facility word is a market, TwentiethRoundTests.)
    let g = graph("Oracle partnered with Nokia to expand its cloud footprint in Madrid.")
    #expect(!g.edges("Oracle", .buildsIn, "Madrid").isEmpty)
    #expect(g.edges("Nokia", .buildsIn, "Madrid").isEmpty)
    // Coordinated after a preposition: all of the list is attached.
    let h = graph("Ein Projekt von IBM, Oracle und SAP soll Rechenzentren in Italien bauen.")
    #expect(h.edges("Oracle", .buildsIn, "Italien").isEmpty)
    #expect(h.edges("SAP", .buildsIn, "Italien").isEmpty)
  }

  @Test func aSeatBelongsToTheOrganisationNamedNearest() {
    let g = graph("Siemens kauft Nokia, das seinen Hauptsitz in Hürth hat.")
    #expect(!g.edges("Nokia", .locatedIn, "Hürth").isEmpty)
    #expect(g.edges("Siemens", .buildsIn, "Hürth").isEmpty)
  }

  @Test func aPossessorBuildsWhenTheSentenceHasNoSubject() {
    let g = graph("Nach Angaben von Analysten kostet Teslas erstes Werk in Moers zwei Milliarden Euro.")
    #expect(!g.edges("Tesla", .buildsIn, "Moers").isEmpty)
  }

  @Test func aProjectNamedWithThePlaceIsLocatedThere() {
    let g = graph("Oracle investiert in das Rechenzentrum Stargate in Texas.")
    #expect(!g.edges("Stargate", .locatedIn, "Texas").isEmpty)
    #expect(g.edges("Oracle", .buildsIn, "Texas").isEmpty)
  }

  @Test func aSuperlativesScopeAndARegionAfterATownAreNoSites() {
    let g = graph("Meta baut eine der größten KI-Fabriken in Europa.")
    #expect(g.edges("Meta", .buildsIn, "Europa").isEmpty)
    let h = graph("Equinix opened a data center in Houston, Texas last year.")
    #expect(!h.edges("Equinix", .buildsIn, "Houston").isEmpty)
    #expect(h.edges("Equinix", .buildsIn, "Texas").isEmpty)
    let i = graph("Equinix plant ein Rechenzentrum in Moers im Bundesland Nordrhein-Westfalen.")
    #expect(!i.edges("Equinix", .buildsIn, "Moers").isEmpty)
    #expect(i.edges("Equinix", .buildsIn, "Nordrhein-Westfalen").isEmpty)
  }

  @Test func aDirectionOrNewBeforeAKnownPlaceNamesAPlaceOfItsOwn() {
    let g = graph("Equinix is expanding its data centers in Northern Virginia and in New Albany.")
    #expect(!g.edges("Equinix", .buildsIn, "Northern Virginia").isEmpty)
    #expect(!g.edges("Equinix", .buildsIn, "New Albany").isEmpty)
    #expect(g.edges("Equinix", .buildsIn, "Albany").isEmpty)
  }

  @Test func smallGermanTownsAreKnownPlaces() {
    let g = graph("Google baut ein Rechenzentrum in Cloppenburg.")
    #expect(!g.edges("Google", .buildsIn, "Cloppenburg").isEmpty)
  }

  // MARK: - Names found on unseen articles

  @Test func aSurnameMayStartALongerKnownName() {
    let g = graph("Der Konzern übergibt das Amt an zwei Kollegen, Jennifer Morgan und Christian Klein.")
    #expect(g.nodes.contains { $0.label == "Jennifer Morgan" && $0.kind == .person })
  }

  @Test func aNameOfSeveralWordsAfterAPluralOrganisationNounIsAnOrganisation() {
    let g = graph("The round was led by VC firms Blue Harbor and Kestrel Partners.")
    #expect(g.nodes.contains { $0.label == "Blue Harbor" && $0.kind == .organization })
    #expect(!g.nodes.contains { $0.kind == .person })
  }

  @Test func shortCamelCaseNamesAreCompaniesButLegalFormsAreNot() {
    #expect(EntityRecognizer.isCamelCase("MatX"))
    let g = graph("Die Nerva GmbH und MatX arbeiten zusammen.")
    #expect(labels(g).contains("MatX"))
    #expect(!labels(g).contains("GmbH"))
  }

  @Test func competitionFromNamesCompetitors() {
    let g = graph("Intel is struggling amid competition from Nvidia and AMD.")
    #expect(!g.edges("Intel", .competesWith, "Nvidia").isEmpty || !g.edges("Nvidia", .competesWith, "Intel").isEmpty)
    #expect(!g.edges("Intel", .competesWith, "AMD").isEmpty || !g.edges("AMD", .competesWith, "Intel").isEmpty)
  }

  @Test func theObjectOfAnEnglishBuyingVerbIsAnOrganisationButNotAPluralAbbreviation() {
    let g = graph("Nvidia plans to acquire GPUs from TSMC and bought Nerva last year.")
    #expect(!g.edges("Nvidia", .acquires, "Nerva").isEmpty)
    #expect(!labels(g).contains("GPUs"))
  }

  @Test func aDesignatorAfterAWordThatStartsAKnownNameMakesAnOrganisation() {
    // "Frontier" starts the known "Frontier Model Forum".
    let g = graph("The regulator approved the sale of Frontier Communications to Verizon.")
    #expect(!g.edges("Verizon", .acquires, "Frontier Communications").isEmpty)
  }

  @Test func anUnknownNameTakenUpByTheCompanyIsAnOrganisationBasedWhereItIsLocated() {
    let g = graph(
      "Nervana appears to have defied the trend this year. The company, located in Moers, is creating an AI chip. Kestrel Partners is leading the $100 million round for the company.")
    #expect(g.nodes.contains { $0.label == "Nervana" && $0.kind == .organization })
    #expect(!g.edges("Nervana", .locatedIn, "Moers").isEmpty)
    #expect(g.edges("Nervana", .buildsIn, "Moers").isEmpty)
    #expect(!g.edges("Kestrel Partners", .investsIn, "Nervana").isEmpty)
    // Not a preposition or a plural noun.
    let h = graph("Beyond this, details remain thin. The company did not comment. Shares fell sharply. The company said so.")
    #expect(!labels(h).contains("Beyond"))
    #expect(!labels(h).contains("Shares"))
  }

  @Test func ordinaryNewsSentencesMakeNoSitesCompaniesOrAcquisitions() {
    #expect(graph("Apple will buy chips from Samsung.").edges("Apple", .acquires, "Samsung").isEmpty)
    #expect(graph("Nvidia shares opened 3% higher in New York.").edges("Nvidia", .buildsIn, "New York").isEmpty)
    #expect(graph("Siemens-Chef Roland Busch lobt den Wirtschaftsstandort Deutschland.").edges("Siemens", .buildsIn, "Deutschland").isEmpty)
    #expect(!labels(graph("Net income rose 12% to $3 billion. The company also said it grew.")).contains("Net"))
    let h = graph("Equinix opened a data center in Houston, Texas, the company said.")
    #expect(!h.edges("Equinix", .buildsIn, "Houston").isEmpty)
    #expect(h.edges("Equinix", .buildsIn, "Texas").isEmpty)
    #expect(!labels(graph("The Fed will buy Treasuries and bonds.")).contains("Treasuries"))
  }

  @Test func aPlaceCompoundBasesTheOrganisationAfterIt() {
    let g = graph("The merger of Dallas-based Quarnox and Siemens closed.")
    #expect(!g.edges("Quarnox", .locatedIn, "Dallas").isEmpty)
    let h = graph("The purchase of the New Jersey-headquartered Siemens unit closed.")
    #expect(!h.edges("Siemens", .locatedIn, "New Jersey").isEmpty)
    // Not a place: "fiber-based".
    #expect(labels(graph("Siemens sells fiber-based Quarnox lines.")).allSatisfy { $0 != "fiber" })
  }

  @Test func aSeatWordBeforeInNamesAPlaceNoListKnows() {
    let g = graph("Siemens, which is headquartered in Brackwater, announced the deal.")
    #expect(!g.edges("Siemens", .locatedIn, "Brackwater").isEmpty)
  }

  @Test func anOxfordCommaContinuesAListOfSites() {
    let g = graph("Siemens builds data centers in Dallas, Toronto, and Montreal.")
    for place in ["Dallas", "Toronto", "Montreal"] {
      #expect(!g.edges("Siemens", .buildsIn, place).isEmpty, "\(place)")
    }
  }

  @Test func aPlaceCompoundBeforeADescriptionBasesTheNamedOrganisation() {
    let g = graph("Siemens formed a venture to acquire US-based fiber provider Quarnox Networks.")
    #expect(!g.edges("Quarnox Networks", .locatedIn, "USA").isEmpty)
    #expect(!labels(g).contains("fiber"))
  }

  @Test func aMonthAfterAFacilityNounIsNoPlace() {
    let g = graph("Siemens acquired a Kentucky data center in January 2017.")
    #expect(!labels(g).contains("January"))
  }

  @Test func aPlaceAdjectiveInADefiniteDescriptionNamesTheSeat() {
    let g = graph("Nokia baut Stellen ab. Der Kölner Konzern hat Verluste gemacht.")
    #expect(!g.edges("Nokia", .locatedIn, "Köln").isEmpty)
    // Nominalised, for the document's topic; not when the sentence names the topic (someone else is meant).
    let h = graph("Nokia baut Stellen ab. Der Vertrag laufe bis 2030, teilten die Münchner am Montag mit.")
    #expect(!h.edges("Nokia", .locatedIn, "München").isEmpty)
    let i = graph("Nokia baut Stellen ab. Nun setzen die Bonner voll auf Nokia.")
    #expect(i.edges("Nokia", .buildsIn, "Bonn").isEmpty)
    // Not before a name, not for a country, not for an organisation named after its town.
    #expect(graph("Der Kölner Verein Datenhaus wächst.").edges("Datenhaus", .buildsIn, "Köln").isEmpty)
    #expect(!labels(graph("Nokia wächst. Der Schweizer Konzern stellt ein.")).contains("Schweiz"))
    #expect(graph("Die TU München forscht. Die Münchner werden Roboter bauen.").edges("TU München", .buildsIn, "München").isEmpty)
  }

  @Test func anAppositionSaysWhereItsNameIsBasedEvenAfterAPreposition() {
    let g = graph("Equinix acquired the operations of Switch, a colocation provider based in Las Vegas, for $1 billion.")
    #expect(!g.edges("Switch", .locatedIn, "Las Vegas").isEmpty)
    #expect(g.edges("Equinix", .buildsIn, "Las Vegas").isEmpty)
  }
}
