import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Compounds as predicates and heads (a "Tochter" after a copula, shareholders, a known longer name
/// before a role, the name after "<Known>-Konkurrent"), coordinated and regional titles, possessive
/// epithets, German clauses with the verb last, groups of an organisation and investors without an object.
/// Invented sentences.
@Suite struct CompoundAndClauseRuleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    // (Seats are read here: `ExtractionOptions.includesSeats`.)
    extractor = try RuleBasedExtractor(options: ExtractionOptions(includesSeats: true))
  }

  @Test func aCompoundAfterACopulaSaysTheSameOfTheSubject() {
    let g = graph("Der Mobilfunkanbieter Congstar ist eine Telekom-Tochter.")
    #expect(!g.edges("Deutsche Telekom", .owns, "Congstar").isEmpty)
    // Not a name inside a prepositional phrase before the copula.
    let h = graph("Der Umsatz von Congstar ist eine Telekom-Sache.")
    #expect(h.edges("Deutsche Telekom", .owns, "Congstar").isEmpty)
  }

  @Test func aShareholderCompoundInvestsInItsOrganisation() {
    let g = graph("SAP-Großaktionär Hasso Plattner hat zugestimmt.")
    #expect(!g.edges("Hasso Plattner", .investsIn, "SAP").isEmpty)
  }

  @Test func aLongerKnownNameBeforeARoleIsThatOrganisation() {
    let g = graph("Telefónica-Deutschland-Chef René Schuster sagte das.")
    #expect(!g.edges("René Schuster", .leads, "Telefónica Deutschland").isEmpty)
    #expect(g.edges("René Schuster", .leads, "Telefónica").isEmpty)
    // A country after a known name is its chief for that country (no new organisation).
    let h = graph("Google-Deutschland-Chef Philipp Baum sagte das.")
    #expect(!h.edges("Philipp Baum", .leads, "Google").isEmpty)
    #expect(!labels(h).contains("Google Deutschland"))
  }

  @Test func theNameAfterAKnownNamesRivalCompoundIsAnOrganisation() {
    let g = graph("Zuvor war Weber beim direkten Siemens-Konkurrenten Alstom tätig.")
    #expect(!g.edges("Alstom", .competesWith, "Siemens").isEmpty || !g.edges("Siemens", .competesWith, "Alstom").isEmpty)
  }

  @Test func coordinatedBareTitlesGiveEveryRelation() {
    let g = graph("Celonis sammelt Geld. Die Kosten betragen laut Gründer und CEO Alexander Rinke eine Million.")
    #expect(!g.edges("Alexander Rinke", .founded, "Celonis").isEmpty)
    #expect(!g.edges("Alexander Rinke", .leads, "Celonis").isEmpty)
  }

  @Test func aRegionBetweenTheRoleAndTheOrganisation() {
    let g = graph("Vantage grows, said Dana Miller, President, Europe at Vantage Data Centers.")
    #expect(!g.edges("Dana Miller", .leads, "Vantage Data Centers").isEmpty)
  }

  @Test func aCoordinatedRoleAfterAnOrganisationsTitleHasItsOwnOrganisation() {
    let g = graph("Jim Smith, IBM Senior Vice President and CEO of Red Hat, has been elected.")
    #expect(!g.edges("Jim Smith", .leads, "Red Hat").isEmpty)
    #expect(!g.edges("Jim Smith", .worksFor, "IBM").isEmpty)
  }

  @Test func possessiveEpithetsAndBasedCompoundsReferBack() {
    let g = graph("IBM grew fast. Smith was the architect of the firm's acquisition of Red Hat.")
    #expect(!g.edges("IBM", .acquires, "Red Hat").isEmpty)
    // A coordinated clause: the name before "and has" is the referent.
    let h = graph("He joined IBM in 1990 and has served in several roles at the New York-based company.")
    #expect(!h.edges("IBM", .locatedIn, "New York").isEmpty)
  }

  @Test func aGermanSubordinateClauseEndsInItsVerb() {
    let g = graph("Es heißt, dass Siemens Nokia übernimmt und Bosch zustimmt.")
    #expect(!g.edges("Siemens", .acquires, "Nokia").isEmpty)
    #expect(g.edges("Nokia", .acquires, "Bosch").isEmpty)
    #expect(g.edges("Siemens", .acquires, "Bosch").isEmpty)
    // The passive is not read as subject and object.
    let h = graph("Es heißt, dass Nokia von Siemens übernommen wird.")
    #expect(h.edges("Nokia", .acquires, "Siemens").isEmpty)
  }

  @Test func aGroupOfAnOrganisationIsNotTheOrganisation() {
    let g = graph("Parloa sammelt Geld. Alle bisherigen Parloa-Investoren haben sich ebenfalls beteiligt, wie etwa die finnische Investmentgesellschaft Tesi und der Münchner VC Vito Ventures.")
    #expect(!g.edges("Tesi", .investsIn, "Parloa").isEmpty)
    #expect(!g.edges("Vito Ventures", .investsIn, "Parloa").isEmpty)
    #expect(g.edges("Parloa", .investsIn, "Vito Ventures").isEmpty)
    #expect(!labels(g).contains("VC Vito Ventures"))
  }

  @Test func anInvestorWithoutAnObjectInvestsInTheCompanyRaisingMoney() {
    let g = graph("Celonis sammelt 50 Millionen Euro ein. Auch der neue Bosch-Fonds Bosch Ventures investierte.")
    #expect(!g.edges("Bosch Ventures", .investsIn, "Celonis").isEmpty)
    #expect(g.edges("Bosch", .investsIn, "Bosch Ventures").isEmpty)
  }

  @Test func aNameAfterVonOrMitIsNoObjectOfTheClausesLastVerb() {
    let g = graph("Trionow will die Frequenzen von Orange nutzen und einen Millionenbetrag investieren.")
    #expect(g.edges("Jan Trionow", .investsIn, "Orange").isEmpty)
    #expect(!g.edges.contains { $0.relation == .investsIn })
  }

  @Test func aUnitOfAKnownOrganisationWithAWordOfItsOwn() {
    let g = graph("Bosch legt den Bosch Growth Fund auf.")
    #expect(labels(g).contains("Bosch Growth Fund"))
  }

  @Test func partnersNamedWithADefiniteArticleAndNoOwnerAreEachOthers() {
    let g = graph("Die Partner Hochtief und Palladio Partners setzen große Hoffnungen in das Konzept.")
    #expect(!g.edges("Hochtief", .partnersWith, "Palladio Partners").isEmpty || !g.edges("Palladio Partners", .partnersWith, "Hochtief").isEmpty)
  }

  @Test func aPersonsPostAtAnOrganisationAfterWarBei() {
    let g = graph("Peter Lorenz war zuvor beim Pharmakonzern Merck als Leiter des Vertriebs. Zuvor war Lorenz bei Siemens tätig.")
    #expect(!g.edges("Peter Lorenz", .leads, "Merck").isEmpty)
    #expect(!g.edges("Peter Lorenz", .worksFor, "Siemens").isEmpty)
    // Being at an event is no post.
    #expect(graph("Peter Lorenz war bei der Messe von Siemens.").edges("Peter Lorenz", .worksFor, "Siemens").isEmpty)
  }

  @Test func aStatesBodyIsNotTheNationsOfTheSameWords() {
    let g = graph("The Illinois Department of Commerce and ComEd attended the ceremony.")
    #expect(!labels(g).contains("US-Handelsministerium"))
  }

  @Test func aTitlesPortfolioIsNoOrganisation() {
    let g = graph("Krishna is IBM Senior Vice President for Cloud and Cognitive Software.")
    #expect(!labels(g).contains("Cognitive Software"))
  }

  @Test func theOrganisationATextOpensWithIsItsTopic() {
    // Named three times to once, the investor would otherwise be the topic that a bare founder's title
    // refers to.
    let text = "Das Startup Quarnox hat 39 Millionen Euro erhalten. Neu dabei ist die Firma Tencent. Tencent hilft in Asien. "
      + "Tencent hält einen kleinen Anteil. Gründer Jan Weller ist zufrieden."
    let g = graph(text)
    #expect(!g.edges("Jan Weller", .founded, "Quarnox").isEmpty)
    #expect(g.edges("Jan Weller", .founded, "Tencent").isEmpty)
  }

  @Test func theReviewsOrdinarySentencesMakeNoFalseRelations() {
    // Residents, not the company: the nominalised place adjective needs a verb of saying.
    #expect(graph("Celonis hat gut verdient. Die Münchner haben am Sonntag einen Stadtrat gewählt.").edges("Celonis", .buildsIn, "München").isEmpty)
    // A description after a sentence naming two organisations is ambiguous.
    #expect(graph("BMW kooperiert mit SAP und Siemens. Der Walldorfer Konzern liefert die Software.").edges("BMW", .buildsIn, "Walldorf").isEmpty)
    // A fronted "An" phrase whose object is no name links nothing.
    let g = graph("An der Studie des Fraunhofer-Instituts haben sich SAP und Bosch beteiligt.")
    #expect(!g.edges.contains { $0.relation == .investsIn })
    // Contrast and an object after the verb: no investment in the round's company.
    let h = graph("Black Semiconductor sammelt 250 Millionen Euro ein. Der Konkurrent Ferroelectric hat dagegen weniger investiert.")
    #expect(h.edges("Ferroelectric", .investsIn, "Black Semiconductor").isEmpty)
    let i = graph("Black Semiconductor sammelt 250 Millionen Euro ein. Bosch investiert eine Milliarde Euro in Dresden.")
    #expect(i.edges("Bosch", .investsIn, "Black Semiconductor").isEmpty)
    // A condition states no fact; a product compound is no company.
    #expect(graph("Wenn Siemens Nokia übernimmt, droht ein Stellenabbau.").edges("Siemens", .acquires, "Nokia").isEmpty)
    // Another predicate after the role; a stake is no acquisition of the company.
    #expect(graph("Max Roe war zuvor bei Google als Berater im Gespräch.").edges("Max Roe", .worksFor, "Google").isEmpty)
    let j = graph("Google grew. Smith was the architect of the firm's acquisition of a stake in Anthropic.")
    #expect(j.edges("Google", .acquires, "Anthropic").isEmpty)
    #expect(!j.edges("Google", .investsIn, "Anthropic").isEmpty)
    // A group compound builds nothing; partners with an owner named after them are not each other's.
    #expect(graph("Die Apple-Partner Foxconn und Pegatron bauen Werke in Indien.").edges("Apple", .buildsIn, "Indien").isEmpty)
    #expect(graph("Die Partner Microsoft und Nvidia des Projekts Stargate sind bekannt.").edges("Microsoft", .partnersWith, "Nvidia").isEmpty)
    // A relative clause between a name and "based in" is about someone else.
    #expect(graph("Regulators questioned the role of Uber, a company whose drivers are based in Paris.").edges("Uber", .buildsIn, "Paris").isEmpty)
  }

  @Test func anEnglishPredicateCompound() {
    let g = graph("Accenture is a Microsoft partner.")
    #expect(!g.edges("Accenture", .partnersWith, "Microsoft").isEmpty || !g.edges("Microsoft", .partnersWith, "Accenture").isEmpty)
  }

  @Test func theCompanyAfterARoundForIsTheReceiver() {
    let g = graph("Intel Capital will lead a $100m series A+ round for chip developer Horizon Robotics. The round also includes Hillhouse Capital and Wu Capital.")
    #expect(!g.edges("Hillhouse Investment", .investsIn, "Horizon Robotics").isEmpty)
    #expect(g.edges("Hillhouse Investment", .investsIn, "Intel Capital").isEmpty)
  }

  @Test func anEnglishSubjectBeforeItsVerbIsNoObject() {
    let g = graph("TSMC said on Tuesday that Denso will invest about $350 million to take a stake in a joint venture.")
    #expect(g.edges("TSMC", .investsIn, "Denso").isEmpty)
    // German still ends a clause in its verb.
    #expect(!graph("Es heißt, dass Siemens Nokia übernimmt.").edges("Siemens", .acquires, "Nokia").isEmpty)
  }

  @Test func manufacturingContinuesADesignatedName() {
    let g = graph("The joint venture, called Japan Advanced Semiconductor Manufacturing, Inc., will build a plant.")
    #expect(labels(g).contains("Japan Advanced Semiconductor Manufacturing"))
  }

  @Test func asDidNamesASecondInvestorOfTheRound() {
    let g = graph("Helsing raised 450 million euros. General Catalyst also invested, as did Accel.")
    #expect(!g.edges("General Catalyst", .investsIn, "Helsing").isEmpty)
    #expect(!g.edges("Accel", .investsIn, "Helsing").isEmpty)
    #expect(g.edges("General Catalyst", .investsIn, "Accel").isEmpty)
  }
}
