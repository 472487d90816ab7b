import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Roles that become or coordinate ("wird neuer Vorstandsvorsitzender von", "CEO and Vice Chairman of",
/// "CEO of A and Chair of B") and cues for employment, advice, rivalry and takeovers, on invented
/// sentences (the people are made up).
@Suite struct RoleAndCueRuleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aPersonWhoBecomesARoleOfANamedOrganisationLeadsIt() {
    let g = graph("Anna Berger (55) wird im nächsten Jahr neue Vorstandsvorsitzende von Infineon.")
    #expect(!g.edges("Anna Berger", .leads, "Infineon").isEmpty)
    // A name between the verb and the role belongs to another clause part: no relation to Bosch here.
    let h = graph("Anna Berger wird Bosch verlassen und neue Chefin von Infineon.")
    #expect(h.edges("Anna Berger", .leads, "Bosch").isEmpty)
  }

  @Test func coordinatedRolesMayOpenWithModifiersAndASecondRoleMayNameItsOwnOrganisation() {
    let g = graph("The plan was explained by Tom Weller, CEO and Vice Chairman of Siemens.")
    #expect(!g.edges("Tom Weller", .leads, "Siemens").isEmpty)
    let h = graph("Tom Weller, CEO of Siemens and Chair of Bosch, said so.")
    #expect(!h.edges("Tom Weller", .leads, "Siemens").isEmpty)
    #expect(!h.edges("Tom Weller", .leads, "Bosch").isEmpty)
    #expect(!labels(h).contains("Chair"))
  }

  @Test func workingForAnOrganisationIsEmployment() {
    let g = graph("Tom Weller, who has worked for Siemens for 22 years, was named chief executive.")
    #expect(!g.edges("Tom Weller", .worksFor, "Siemens").isEmpty)
    let h = graph("Anna Berger arbeitete bei SAP.")
    #expect(!h.edges("Anna Berger", .worksFor, "SAP").isEmpty)
    // An organisation works with others; it is employed by none.
    let k = graph("Siemens works for Bosch on a new chip.")
    #expect(k.edges("Siemens", .worksFor, "Bosch").isEmpty)
  }

  @Test func anAdviserSuppliesItsClient() {
    let g = graph("Citigroup acted as financial adviser to Verizon.")
    #expect(!g.edges("Citigroup", .supplies, "Verizon").isEmpty)
    let h = graph("Bosch is serving as Intel's legal advisor in connection with the transaction.")
    #expect(!h.edges("Bosch", .supplies, "Intel").isEmpty)
  }

  @Test func racesAndRivalriesAreCompetition() {
    let g = graph("It heightens a rivalry between Google and Microsoft.")
    #expect(!g.edges("Google", .competesWith, "Microsoft").isEmpty || !g.edges("Microsoft", .competesWith, "Google").isEmpty)
    let h = graph("Meta is in a race with Alphabet.")
    #expect(!h.edges("Meta", .competesWith, "Alphabet").isEmpty || !h.edges("Alphabet", .competesWith, "Meta").isEmpty)
  }

  @Test func swallowingARivalIsATakeoverOfANamedCompany() {
    let g = graph("Microchip Technology will Quarnox schlucken.")
    #expect(!g.edges("Microchip Technology", .acquires, "Quarnox").isEmpty)
  }

  @Test func aBareChiefsTitleMeansTheChiefOfTheArticlesCompany() {
    let g = graph("Quarnox Systems GmbH baut Chips. Die Bank Brightwell gab Kredit. \"Wir wachsen\", sagte CEO Tom Weller.")
    #expect(!g.edges("Tom Weller", .leads, "Quarnox Systems GmbH").isEmpty)
    #expect(g.edges("Tom Weller", .leads, "Brightwell").isEmpty)
    // Presidents and ministers lead states, not the article's company.
    let h = graph("Siemens baut ein Werk. Das sagte Ministerpräsident Tom Weller.")
    #expect(h.edges("Tom Weller", .leads, "Siemens").isEmpty)
  }

  @Test func aGenericRoleIsNotHeldAtASubjectAfterIt() {
    let g = graph("Siemens verkauft Anteile. Das Geld will Konzernchef Tom Weller nutzen, um die Tochter Bosch zu stärken.")
    #expect(!g.edges("Tom Weller", .leads, "Siemens").isEmpty)
    #expect(g.edges("Tom Weller", .leads, "Bosch").isEmpty)
  }

  @Test func aBareRivalNounNamesACompetitorOfTheCompanyUnderDiscussion() {
    let g = graph("Siemens kauft ein Rechenzentrum in Hürth. Der Konkurrent Bosch hatte über seine Tochter Quarnox GmbH mehr geboten.")
    #expect(!g.edges("Siemens", .competesWith, "Bosch").isEmpty || !g.edges("Bosch", .competesWith, "Siemens").isEmpty)
    #expect(g.edges("Quarnox GmbH", .competesWith, "Bosch").isEmpty && g.edges("Bosch", .competesWith, "Quarnox GmbH").isEmpty)
  }

  @Test func aBareFoundersTitleMeansAFounderOfTheArticlesCompany() {
    let g = graph("Quarnox Systems GmbH wird verkauft. The buyer said founder Tom Weller will keep a minority stake.")
    #expect(!g.edges("Tom Weller", .founded, "Quarnox Systems GmbH").isEmpty)
  }

  @Test func aWeekdayMayStandBetweenTheAppointmentAndTheRole() {
    let g = graph("Tom Weller was named Friday as the new CEO of Verizon.")
    #expect(!g.edges("Tom Weller", .leads, "Verizon").isEmpty)
    #expect(!g.edges("Verizon", .hires, "Tom Weller").isEmpty)
  }

  @Test func aGenitiveBeforeAProductNounAndAProductDevelopsIt() {
    let g = graph("Das Angebot soll Microsofts Cloud-Plattform Azure enthalten.")
    #expect(!g.edges("Microsoft", .develops, "Azure").isEmpty)
  }

  @Test func anAssetQualifiedByAPlaceIsStillBoughtFromItsSeller() {
    let g = graph("Siemens has acquired a Dallas, Texas-based data center from Bosch for 50 million dollars.")
    #expect(!g.edges("Siemens", .acquires, "Bosch").isEmpty)
  }

  @Test func rolesOthersHoldAndTitlesWithTheirOwnContextNameNoRelation() {
    // Meeting a chief is not becoming one.
    #expect(graph("Jane Roe will meet the CEO of Apple next week.").edges("Jane Roe", .leads, "Apple").isEmpty)
    #expect(graph("Anna Schmidt wird den Chef von Siemens treffen.").edges("Anna Schmidt", .leads, "Siemens").isEmpty)
    // A title with a modifier or its own organisation is not the article's company's.
    let g = graph("Apple meldete Rekordgewinne. Später sagte Wikipedia founder Jimmy Wales etwas.")
    #expect(g.edges("Jimmy Wales", .founded, "Apple").isEmpty)
    // A customer is no product.
    #expect(graph("Nvidias Kunde Stargate braucht mehr Chips.").edges("Nvidia", .develops, "Stargate").isEmpty)
  }
}
