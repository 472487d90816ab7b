import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Tickers, "&" names, trade nouns, institutions with adjectives, national units, appointments, partners
/// before a cue noun, products before their noun and round-up bullets. Invented sentences.
@Suite struct ThirteenthRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  private func kind(_ g: Multigraph, _ label: String) -> NodeKind? { g.nodes.first { $0.label == label }?.kind }

  @Test func aTickerMakesAnOrganisationAndBelongsToItsConjunct() {
    let g = graph("Northwind Machinery (NYSE: NWM) announced a deal with Caterpillar.")
    #expect(kind(g, "Northwind Machinery") == .organization)
    let dense = graph("Brightwell Foods (Nasdaq:BWF) reported results.")
    #expect(kind(dense, "Brightwell Foods") == .organization)
    // A person the lists saw in the same words becomes the listed company.
    #expect(kind(graph("Charles Schwab (NYSE: SCHW) cut its fees."), "Charles Schwab") == .organization)
    let list = graph("Joule Capital Partners, Caterpillar (NYSE: CAT), and Wheeler Machinery announced their partnership.")
    #expect(kind(list, "Wheeler Machinery") == .organization)
    #expect(!list.edges("Joule Capital Partners", .partnersWith, "Caterpillar").isEmpty || !list.edges("Caterpillar", .partnersWith, "Joule Capital Partners").isEmpty)
    #expect(!list.edges("Caterpillar", .partnersWith, "Wheeler Machinery").isEmpty || !list.edges("Wheeler Machinery", .partnersWith, "Caterpillar").isEmpty)
    // No exchange, or no colon: no ticker.
    #expect(kind(graph("Die Aktie (Kurs: 12 Euro) fiel."), "Aktie") == nil)
    #expect(kind(graph("Green Valley (NYC) is a place."), "Green Valley") == nil)
  }

  @Test func aSpacedAmpersandJoinsTwoNameWords() {
    let g = graph("Der Technologiekonzern Rohde & Schwarz integriert das Start-up in sein Portfolio.")
    #expect(kind(g, "Rohde & Schwarz") == .organization)
    #expect(kind(g, "Rohde") == nil)
    #expect(graph("AT&T's network grew.").nodes.allSatisfy { $0.label != "AT&T's" })
    #expect(graph("Forschung & Entwicklung bleibt wichtig.").nodes.isEmpty)
  }

  @Test func tradeNounsIntroduceCompanies() {
    #expect(kind(graph("Der Autobauer Rivian beteiligt sich an dem Projekt."), "Rivian") == .organization)
    #expect(kind(graph("Der Elektronikhändler Media-Saturn beteiligt sich."), "Media-Saturn") == .organization)
    #expect(kind(graph("Der Softwareriese Initech wächst."), "Initech") == .organization)
    #expect(kind(graph("The deal included German supermarket giant Rewe at €50 million."), "Rewe") == .organization)
    #expect(kind(graph("Danish fintech Cardlay has secured €8 million."), "Cardlay") == .organization)
    // Alone, "Händler" and "Bauer" name persons' trades.
    #expect(kind(graph("Der Händler Meier verkauft Obst."), "Meier") == nil)
  }

  @Test func anInstitutionKeepsItsAdjectiveInTheNominative() {
    let g = graph("Forscher der Katholischen Universität Eichstätt bauen.")
    #expect(kind(g, "Katholische Universität Eichstätt") == .organization)
    #expect(kind(graph("Die Technische Hochschule Ingolstadt forscht."), "Technische Hochschule Ingolstadt") == .organization)
    // A known institution by the nominative name is that one.
    #expect(kind(graph("Forscher der Technischen Universität Dresden bauen."), "TU Dresden") == .organization)
  }

  @Test func aKnownCompanyAndACountryNameItsNationalUnit() {
    let a = graph("Jean Dupont, CEO of Orange France, has been appointed chairman.")
    #expect(!a.edges("Jean Dupont", .leads, "Orange France").isEmpty)
    let b = graph("Meanwhile Orange Spain CEO Ludo Peters is the finance chief.")
    #expect(!b.edges("Ludo Peters", .leads, "Orange Spain").isEmpty)
    // A country after the company that is an object stays a place: "Microsoft stärkt Deutschland".
    #expect(kind(graph("Damit stärkt Microsoft Deutschland als Standort."), "Microsoft Deutschland") == nil)
  }

  @Test func anAnalystsFirmEndingInResearch() {
    let g = graph("The deal is good, said Futurum Research analyst Mark Beccue.")
    #expect(!g.edges("Mark Beccue", .worksFor, "Futurum Research").isEmpty)
    // Nationalities still qualify the role: "French President".
    #expect(graph("The deal is good, said French President Jean Roe.").nodes.allSatisfy { $0.kind != .organization })
  }

  @Test func anAppointmentVerbBetweenTheCompanyAndThePerson() {
    let g = graph("Applied Materials Wednesday named Michael R. Splinter as its new president and CEO.")
    #expect(!g.edges("Applied Materials", .hires, "Michael R. Splinter").isEmpty)
    #expect(!g.edges("Michael R. Splinter", .leads, "Applied Materials").isEmpty)
    #expect(graph("Applied Materials said Jane Roe stays on as its president.").edges("Applied Materials", .hires, "Jane Roe").isEmpty)
  }

  @Test func partnersBeforeAVerbAndTheCueNoun() {
    let g = graph("Siemens und SAP haben eine Kooperation vereinbart.")
    #expect(!g.edges("SAP", .partnersWith, "Siemens").isEmpty || !g.edges("Siemens", .partnersWith, "SAP").isEmpty)
    let three = graph("Acme Robotics, Siemens and SAP announced their partnership.")
    #expect(three.edges.filter { $0.relation == .partnersWith }.count == 3)
  }

  @Test func aProductBetweenItsMakersGenitiveAndItsNoun() {
    let g = graph("Samsung already produces Tesla’s AI 4 chips.")
    #expect(!g.edges("Tesla", .develops, "AI 4").isEmpty)
    #expect(!graph("It is powered by Caterpillar’s latest G3520K generator sets.").edges("Caterpillar", .develops, "G3520K").isEmpty)
    #expect(!graph("Equinix wants to grow Equinix’s xScale data center platform.").edges("Equinix", .develops, "xScale").isEmpty)
    // A stopword alone, or a capitalised common noun, names no product.
    #expect(graph("Samsung already produces Tesla’s AI chips.").nodes.allSatisfy { $0.kind != .project })
    #expect(graph("Microsoft's Cloud services grew.").nodes.allSatisfy { $0.kind != .project })
  }

  @Test func aNameCompoundedWithAProductNoun() {
    #expect(kind(graph("Microsoft und Netflix setzen bereits auf die Flux-Modelle des Startups."), "Flux") == .project)
    #expect(graph("Viele KI-Modelle und Cloud-Dienste laufen dort.").nodes.isEmpty)
  }

  @Test func aRoundUpBulletRaisingMoneyIsAStoryOfItsOwn() {
    let g = graph(
      """
      Deals today

      - Swiss medtech firm CeQur has raised $115 million in a round led by Endeavour Vision.

      - Berlin-based shopping platform tink has raised €40 million. The round was led by Cadence Growth Capital.
      """)
    #expect(!g.edges("Endeavour Vision", .investsIn, "CeQur").isEmpty)
    #expect(g.edges("Cadence Growth Capital", .investsIn, "CeQur").isEmpty)
  }
}
