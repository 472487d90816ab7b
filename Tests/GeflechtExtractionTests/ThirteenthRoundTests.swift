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
    // No exchange, no colon, or no symbols: no ticker.
    #expect(kind(graph("Northwind Machinery (Kurs: 12 Euro) fiel."), "Northwind Machinery") == nil)
    #expect(kind(graph("Northwind Machinery (NYSE CAT) fiel."), "Northwind Machinery") == nil)
    #expect(kind(graph("Greenfield Vision (AIM: zero emissions by 2030) grew."), "Greenfield Vision") == nil)
    // A designator or head noun alone, a time word or a place is no listed company.
    #expect(graph("The Company (NYSE: HXL) will host a conference call.").nodes.isEmpty)
    #expect(kind(graph("Today (NYSE: DAL) shares rose."), "Today") == nil)
    #expect(kind(graph("Meyer & Wunderlich (FWB: MWX) fiel."), "Meyer & Wunderlich") == .organization)
    #expect(kind(graph("Stratos Mining (ASX: STM; TSX-V: STMX) rose."), "Stratos Mining") == .organization)
    #expect(kind(graph("Shares of Zorblax Quintar (NYSE: ZRB; Nasdaq: ZRB) rose."), "Zorblax Quintar") == .organization)
    // A share price closing is no round, and a founder or professor closing one for a company is no company.
    #expect(graph("Shares closed at $45.20 on Friday.").nodes.isEmpty)
    #expect(kind(graph("Musk has closed a $6 billion round for xAI."), "Musk") == nil)
    #expect(graph("Prof. Halvorsen has closed a $5 million round.").nodes.isEmpty)
  }

  @Test func aSpacedAmpersandJoinsTwoNameWords() {
    let g = graph("Der Technologiekonzern Rohde & Schwarz integriert das Start-up in sein Portfolio.")
    #expect(kind(g, "Rohde & Schwarz") == .organization)
    #expect(kind(g, "Rohde") == nil)
    #expect(graph("AT&T's network grew.").nodes.allSatisfy { $0.label != "AT&T's" })
    // A common noun may open the pair ("Vogt & Sohn", "Kamm & Roth"), not two of them.
    #expect(kind(graph("Der Zulieferer Vogt & Sohn investiert in Quantix."), "Vogt & Sohn") == .organization)
    #expect(kind(graph("Die Beratungsfirma Kamm & Roth berät Siemens."), "Kamm & Roth") == .organization)
    #expect(graph("Die Firma stärkt Forschung & Entwicklung in Köln.").nodes.allSatisfy { $0.label != "Forschung & Entwicklung" })
    #expect(graph("Die Stiftung Arbeit & Leben hilft.").nodes.allSatisfy { $0.label != "Arbeit" })
  }

  @Test func tradeNounsIntroduceCompanies() {
    #expect(kind(graph("Der Autobauer Rivian beteiligt sich an dem Projekt."), "Rivian") == .organization)
    #expect(kind(graph("Der Elektronikhändler Media-Saturn beteiligt sich."), "Media-Saturn") == .organization)
    #expect(kind(graph("Der Softwareriese Initech wächst."), "Initech") == .organization)
    // "giant" and "heavyweight" also describe planets and sportspeople; a German noun before an apposition is none.
    #expect(kind(graph("Gas giant Jupiter has 95 known moons, NASA said."), "Jupiter") == nil)
    #expect(kind(graph("Ein Gigant der Branche, der Autobauer Toyota, investiert in Batterien."), "Branche") == nil)
    #expect(kind(graph("Danish fintech Cardlay has secured €8 million."), "Cardlay") == .organization)
    // Alone and in other compounds, "Händler" and "Bauer" name persons' trades and surnames.
    #expect(kind(graph("Der Händler Meier verkauft Obst."), "Meier") == nil)
    #expect(kind(graph("Der Kunsthändler Gurlitt sammelte Bilder."), "Gurlitt") == nil)
    let landrat = graph("Laut Landrat Josef Moosbauer investiert Siemens in Bayern.")
    #expect(kind(landrat, "Josef Moosbauer") == .person)
  }

  @Test func anInstitutionKeepsItsAdjectiveInTheNominative() {
    let g = graph("Forscher der Katholischen Universität Eichstätt bauen.")
    #expect(kind(g, "Katholische Universität Eichstätt") == .organization)
    #expect(kind(graph("Die Technische Hochschule Ingolstadt forscht."), "Technische Hochschule Ingolstadt") == .organization)
    // A known institution by the nominative name is that one.
    #expect(kind(graph("Forscher der Technischen Universität Dresden bauen."), "TU Dresden") == .organization)
    // A determiner is no adjective, and a neuter "Institut" keeps its name as written after the noun.
    #expect(graph("Welche Universität Eichstätt meint er?").nodes.allSatisfy { !$0.label.hasPrefix("Welche") })
    #expect(graph("Forscher des Bayerischen Institut Zorblax bauen.").nodes.allSatisfy { !$0.label.hasPrefix("Bayerisch") })
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
    // Not a verb in a relative clause; an apposition is no relative clause.
    let relative = graph("Applied Materials, which named a new CFO last year, confirmed Jane Roe as its president.")
    #expect(relative.edges("Applied Materials", .hires, "Jane Roe").isEmpty)
    let apposition = graph("Applied Materials, the chip equipment maker, has named Jane Roe as its new president.")
    #expect(!apposition.edges("Applied Materials", .hires, "Jane Roe").isEmpty)
  }

  @Test func partnersBeforeAVerbAndTheCueNoun() {
    let g = graph("Siemens und SAP haben eine Kooperation vereinbart.")
    #expect(!g.edges("SAP", .partnersWith, "Siemens").isEmpty || !g.edges("Siemens", .partnersWith, "SAP").isEmpty)
    let three = graph("Acme Robotics, Siemens and SAP announced their partnership.")
    #expect(three.edges.filter { $0.relation == .partnersWith }.count == 3)
    // A partner after the noun, a qualified noun and a denial pair no subjects.
    let with = graph("Siemens, SAP and Bosch announced their partnership with Nvidia.")
    #expect(with.edges("SAP", .partnersWith, "Siemens").isEmpty && with.edges("Siemens", .partnersWith, "SAP").isEmpty)
    // Each of them partners with the partner after "with".
    for subject in ["Siemens", "SAP", "Bosch"] {
      #expect(!with.edges(subject, .partnersWith, "Nvidia").isEmpty || !with.edges("Nvidia", .partnersWith, subject).isEmpty)
    }
    let programs = graph("Microsoft, Google and Amazon announced their partnership programs for startups.")
    #expect(programs.edges.filter { $0.relation == .partnersWith }.isEmpty)
    // Other nouns after the cue are its complement: "a partnership agreement", and "kündigen … an" announces.
    let agreement = graph("Siemens and SAP signed a partnership agreement.")
    #expect(!agreement.edges("SAP", .partnersWith, "Siemens").isEmpty || !agreement.edges("Siemens", .partnersWith, "SAP").isEmpty)
    let announced = graph("Siemens und SAP kündigen eine Partnerschaft an.")
    #expect(!announced.edges("SAP", .partnersWith, "Siemens").isEmpty || !announced.edges("Siemens", .partnersWith, "SAP").isEmpty)
    let rejected = graph("Siemens and SAP rejected a partnership.")
    #expect(rejected.edges.filter { $0.relation == .partnersWith }.isEmpty)
  }

  @Test func aProductBetweenItsMakersGenitiveAndItsNoun() {
    let g = graph("Samsung already produces Tesla’s AI 4 chips.")
    #expect(!g.edges("Tesla", .develops, "AI 4").isEmpty)
    #expect(!graph("It is powered by Caterpillar’s latest G3520K generator sets.").edges("Caterpillar", .develops, "G3520K").isEmpty)
    #expect(!graph("Equinix wants to grow Equinix’s xScale data center platform.").edges("Equinix", .develops, "xScale").isEmpty)
    // A stopword alone, or a capitalised common noun, names no product.
    #expect(graph("Samsung already produces Tesla’s AI chips.").nodes.allSatisfy { $0.kind != .project })
    #expect(graph("Microsoft's Cloud services grew.").nodes.allSatisfy { $0.kind != .project })
    // Nor does an adjective, a time word, a quarter or an unclosed quote.
    #expect(graph("Microsoft’s European cloud platform grew.").nodes.allSatisfy { $0.kind != .project })
    #expect(graph("Apple’s Christmas devices sold well.").nodes.allSatisfy { $0.kind != .project })
    #expect(graph("Apple’s Q3 devices sold well.").nodes.allSatisfy { $0.kind != .project })
    #expect(graph("Nvidia’s “Zorblax Quintar superchips sold.").nodes.allSatisfy { $0.kind != .project })
    // Lower-case nouns before the product noun, for the node and the edge alike.
    #expect(!graph("Nvidia’s latest Zorblax data center servers sold.").edges("Nvidia", .develops, "Zorblax").isEmpty)
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

  @Test func theAgentOfLedOwnedOrBackedByLooksLikeAFirm() {
    #expect(kind(graph("Swiss medtech firm CeQur has raised $115 million in a round led by Endeavour Vision."), "Endeavour Vision") == .organization)
    #expect(kind(graph("The company is owned by Veltrano Bravo Partners."), "Veltrano Bravo Partners") == .organization)
    // Persons lead, own and back too: a surname, a title, a family or a person in apposition.
    #expect(kind(graph("The coalition led by Meloni lost the vote."), "Meloni") == nil)
    #expect(graph("The study was led by Dr. Yuki Tanaka.").nodes.allSatisfy { $0.label != "Dr" })
    #expect(kind(graph("The newspaper was owned by Murdoch until 2013."), "Murdoch") == nil)
    #expect(kind(graph("BMW is controlled by Quandt family investment firm Delton."), "Quandt") == nil)
    #expect(kind(graph("The round was led by Okonkwo, a former Google engineer."), "Okonkwo") == nil)
    // Companies are bought by companies; a round may be told by raising money.
    #expect(!graph("The startup Quorvia was acquired by Zendrix Holdings in 2021.").edges("Zendrix Holdings", .acquires, "Quorvia").isEmpty)
    // One word may be a surname; a description is no name.
    #expect(kind(graph("Twitter was acquired by Musk in a deal that closed in October."), "Musk") == nil)
    #expect(kind(graph("The company was acquired by Private Equity firm Tallis in 2019."), "Private Equity") == nil)
    #expect(kind(graph("Tradelane raised €25 million led by Creandum."), "Creandum") == .organization)
    #expect(kind(graph("The startup is backed by N26."), "N26") == .organization)
  }

  @Test func aSurnameOfTheDocumentsPersonIsNoCompany() {
    #expect(kind(graph("Jan Zendrix gründete die Firma. Später sammelte Zendrix 5 Millionen Euro ein."), "Zendrix") == nil)
    #expect(kind(graph("Jan Zendrix ist reich. Zendrix raised $5 million for his fund."), "Zendrix") == nil)
    // A company named after its founder and introduced by an organisation noun stays a company.
    #expect(kind(graph("Jan Zendrix gründete 2019 das Startup Zendrix. Das Startup Zendrix sammelte nun 10 Millionen Euro ein."), "Zendrix") == .organization)
    // A pronoun is no name.
    #expect(!graph("Cree is based in Durham. It agreed to buy Wolfspeed.").edges("Cree", .acquires, "Wolfspeed").isEmpty)
    // Words that open names are no stopwords.
    #expect(kind(graph("Zalando übernimmt About You."), "About You") == .organization)
  }

  @Test func aGenitiveBeforeARoleIsLeftToTheResolver() {
    let g = graph("Maxim Serezhin, Standard Power’s CEO, said the reactors will close a gap in supply for data centers.")
    #expect(g.nodes.allSatisfy { !($0.label.hasPrefix("Standard Power") && $0.label.hasSuffix("s")) })
  }
}
