import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Sites that open the sentence, brackets before a role, bare titles beside the main organisation,
/// contracts awarded and won, inflected German names, a copula before an organisation's role, and
/// investment-company compounds. Invented sentences.
@Suite struct FifteenthRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aSiteThatOpensTheSentenceIsBuiltBySubjectAfterTheVerb() {
    #expect(!graph("In Köln baut Microsoft ein Rechenzentrum.").edges("Microsoft", .buildsIn, "Köln").isEmpty)
    let both = graph("In Köln und Berlin baut Microsoft Rechenzentren.")
    #expect(!both.edges("Microsoft", .buildsIn, "Köln").isEmpty)
    #expect(!both.edges("Microsoft", .buildsIn, "Berlin").isEmpty)
    #expect(!graph("In Texas, Microsoft is building a data center.").edges("Microsoft", .buildsIn, "Texas").isEmpty)
    // A facility alone, or a seat, builds nothing there; an organisation after a preposition is no builder.
    #expect(graph("In Germany, data centres consume three percent of the power.").edges.isEmpty)
    #expect(graph("In Texas, Dallas-based Evoque opened a campus.").edges("Evoque", .buildsIn, "Texas").isEmpty)
    let partner = graph("In Köln baut RheinEnergie für Microsoft ein Kraftwerk.")
    #expect(partner.edges("Microsoft", .buildsIn, "Köln").isEmpty)
  }

  @Test func aShortBracketAfterTheNameIsPassedBeforeTheRole() {
    #expect(!graph("Microsoft (NASDAQ: MSFT) CEO Satya Nadella said the deal closed.").edges("Satya Nadella", .leads, "Microsoft").isEmpty)
    let g = graph("Amazon (AMZN, Financials) founder Jeff Bezos has invested $700 million in Tenstorrent.")
    #expect(!g.edges("Jeff Bezos", .founded, "Amazon").isEmpty)
  }

  @Test func aBareTitleBesideTheMainOrganisationIsItsTitle() {
    let g = graph("Tenstorrent raised money from Bezos. Founder Jim Keller said the money will grow Tenstorrent's technical staff.")
    #expect(!g.edges("Jim Keller", .founded, "Tenstorrent").isEmpty)
    let h = graph("Microsoft baut aus. Smith ist bei Microsoft Rechtsvorstand und die Nummer zwei hinter CEO Satya Nadella.")
    #expect(!h.edges("Satya Nadella", .leads, "Microsoft").isEmpty)
    // Another organisation in the sentence leaves the title without one.
    let other = graph("OpenAI wächst. Das Geschäft mit Microsoft sei wichtig, sagte CEO Sam Altman.")
    #expect(other.edges.allSatisfy { $0.relation != .leads })
  }

  @Test func contractsAwardedAndWonMakeTheWinnerASupplier() {
    let awarded = graph("The Pentagon announced that cloud-computing contracts were awarded to Google, Oracle, Amazon, and Microsoft.")
    for winner in ["Google", "Oracle", "Amazon", "Microsoft"] { #expect(!awarded.edges(winner, .supplies, "Pentagon").isEmpty) }
    #expect(!graph("Apple awarded TSMC the contract, replacing Samsung.").edges("TSMC", .supplies, "Apple").isEmpty)
    #expect(!graph("Nokia won a contract from Vodafone to supply radio equipment.").edges("Nokia", .supplies, "Vodafone").isEmpty)
    #expect(!graph("Nokia wins Vodafone contract after the ban.").edges("Nokia", .supplies, "Vodafone").isEmpty)
    #expect(!graph("Ericsson had already got big contracts with AT&T.").edges("Ericsson", .supplies, "AT&T").isEmpty)
    #expect(!graph("Der Auftrag wurde von der Deutschen Bahn an Siemens vergeben.").edges("Siemens", .supplies, "Deutsche Bahn").isEmpty)
    #expect(!graph("Der Auftrag der Bundeswehr ging an Hensoldt.").edges("Hensoldt", .supplies, "Bundeswehr").isEmpty)
    #expect(!graph("Die Bundeswehr hat Diehl Defence einen Auftrag erteilt.").edges("Diehl Defence", .supplies, "Bundeswehr").isEmpty)
    #expect(graph("Nokia went to BT with a contract offer.").edges.allSatisfy { $0.relation != .supplies })
    // A prize is no contract; a contract not won is none.
    #expect(graph("Microsoft won the award for best cloud from Gartner.").edges.allSatisfy { $0.relation != .supplies })
    #expect(graph("IBM did not win the contract from Siemens.").edges.allSatisfy { $0.relation != .supplies })
    #expect(RelationExtractor.isContractWord("großauftrag"))
    #expect(RelationExtractor.isContractWord("contracts"))
    #expect(!RelationExtractor.isContractWord("contractor"))
    #expect(!RelationExtractor.isContractWord("auftraggeber"))
  }

  @Test func germanNamesAreFoundWithTheirAdjectiveInflected() {
    #expect(labels(graph("Der Vertrag mit der Deutschen Bahn läuft aus.")).contains("Deutsche Bahn"))
    #expect(labels(graph("Der Vertrag mit der Deutschen Bank läuft aus.")).contains("Deutsche Bank"))
  }

  @Test func aCopulaBeforeAnOrganisationsRoleGivesThePost() {
    #expect(!graph("Kurt Sievers has been NXP's president since September 2018.").edges("Kurt Sievers", .leads, "NXP").isEmpty)
    #expect(!graph("Kurt Sievers ist NXPs Präsident.").edges("Kurt Sievers", .leads, "NXP").isEmpty)
    // A past or former post is none.
    #expect(graph("Kurt Sievers was NXP's president.").edges("Kurt Sievers", .leads, "NXP").isEmpty)
    #expect(graph("Kurt Sievers is NXP's former president.").edges("Kurt Sievers", .leads, "NXP").isEmpty)
  }

  @Test func investmentCompaniesAndPioneersAreNamesNotStakes() {
    let g = graph(
      "Black Semiconductor hat eine Finanzierungsrunde abgeschlossen, mit Porsche Ventures sowie weiteren Beteiligungsgesellschaften wie Capnamic.")
    #expect(g.edges("Porsche Ventures", .investsIn, "Capnamic").isEmpty)
    #expect(CueWord(text: "beteiligung", isPrefix: true).matches(Tokenizer.tokens(of: "Beteiligungen")[0]))
    #expect(!CueWord(text: "beteiligung", isPrefix: true).matches(Tokenizer.tokens(of: "Beteiligungsgesellschaften")[0]))
    let pioneer = graph("Der Flugtaxi-Pionier Volocopter hat in einer Finanzierungsrunde 50 Millionen Euro eingenommen. Die Runde wurde von Geely angeführt.")
    #expect(!pioneer.edges("Geely", .investsIn, "Volocopter").isEmpty)
    // A pioneer with a first name is a person.
    #expect(labels(graph("Der KI-Pionier Jürgen Schmidhuber warnt.")) == ["Jürgen Schmidhuber"])
    // Revenue taken in is no round: the investors after it invest in nobody.
    let revenue = graph("Die Telekom hat 30 Milliarden Euro eingenommen. Ebenfalls beteiligt waren Allianz und Munich Re.")
    #expect(revenue.edges.allSatisfy { $0.relation != .investsIn })
  }

  @Test func takingOverTheLeadIsLeading() {
    #expect(!graph("Felix Grawert übernimmt den Vorstandsvorsitz bei Aixtron.").edges("Felix Grawert", .leads, "Aixtron").isEmpty)
    let bracket = graph("Zum 1. April übernimmt Dr. Felix Grawert (Jahrgang 1975) den Vorstandsvorsitz bei Aixtron.")
    #expect(!bracket.edges("Felix Grawert", .leads, "Aixtron").isEmpty)
    #expect(!graph("Jane Roe will take the helm at Siemens next year.").edges("Jane Roe", .leads, "Siemens").isEmpty)
    // Giving the lead up is not taking it.
    #expect(graph("Roland Busch gibt die Führung bei Siemens Healthineers ab.").edges.allSatisfy { $0.relation != .leads })
    // A unit or a country of the company is no lead of it.
    #expect(graph("Mark Davis took the helm at Intel's foundry unit.").edges.allSatisfy { $0.relation != .leads })
    #expect(graph("Carla Ruiz übernimmt die Führung von SAP in Spanien.").edges.allSatisfy { $0.relation != .leads })
    // The board's organisation appoints.
    let board = graph("The board of Unilever named Nestlé executive Fernando Fernandez as CEO, replacing Hein Schumacher.")
    #expect(!board.edges("Fernando Fernandez", .leads, "Unilever").isEmpty)
  }

  @Test func aChairOfAGoverningBodyLeadsItsOrganisation() {
    let g = graph("Agnes Heftberger ist die Vorsitzende der Geschäftsführung von Microsoft Deutschland.")
    #expect(!g.edges("Agnes Heftberger", .leads, "Microsoft Deutschland").isEmpty)
    #expect(!graph("Roland Busch ist Vorsitzender des Vorstands von Siemens.").edges("Roland Busch", .leads, "Siemens").isEmpty)
    #expect(!graph("Jim Hagemann Snabe, Vorsitzender des Aufsichtsrats der Siemens AG, sagte das.").edges("Jim Hagemann Snabe", .leads, "Siemens").isEmpty)
    #expect(!graph("Jane Roe, chair of the board of Siemens, said so.").edges("Jane Roe", .leads, "Siemens").isEmpty)
  }

  @Test func aSuccessorsTitleIsNotThePostPassedOn() {
    let g = graph(
      "Nokia named Intel executive Justin Hotard (pictured, left) as president and CEO, replacing Pekka Lundmark (pictured, right), who took the helm in 2020.")
    #expect(!g.edges("Justin Hotard", .leads, "Nokia").isEmpty)
    #expect(!g.edges("Pekka Lundmark", .leads, "Nokia").isEmpty)
    #expect(g.edges("Pekka Lundmark", .leads, "Intel").isEmpty)
  }

  @Test func aProductsTierBelongsToItsName() {
    #expect(!graph("Anthropic released Claude 3.5 Sonnet.").edges("Anthropic", .develops, "Claude 3.5 Sonnet").isEmpty)
    #expect(!graph("Google released Gemini 1.5 Pro.").edges("Google", .develops, "Gemini 1.5 Pro").isEmpty)
    // Not without a version number before it.
    #expect(!labels(graph("Google released Gemini Pro.")).contains("Gemini Pro"))
  }

  @Test func aCompanyNamedAfterItsFamilyIsASurnameAfterAFirstName() {
    let g = graph("Würth erzielte Rekordumsatz. Reinhold Würth feierte Geburtstag.")
    #expect(labels(g).contains("Reinhold Würth"))
    #expect(!graph("Hans Beckhoff gründete Beckhoff.").edges("Hans Beckhoff", .founded, "Beckhoff").isEmpty)
  }

  @Test func anOwnersRoleNounAfterItsGenitiveNamesTheMemberAfterACopula() {
    #expect(!graph("OpenAI's largest investor is Microsoft.").edges("Microsoft", .investsIn, "OpenAI").isEmpty)
    #expect(graph("OpenAI's largest investor is Microsoft.").edges("OpenAI", .investsIn, "Microsoft").isEmpty)
    #expect(!graph("BlackRock ist größter Aktionär von Siemens.").edges("BlackRock", .owns, "Siemens").isEmpty)
    #expect(!graph("Der größte Anteilseigner von Siemens ist BlackRock.").edges("BlackRock", .owns, "Siemens").isEmpty)
    // "sein Co-CEO" after the only organisation named before, in a prepositional phrase.
    let g = graph("Die Nachricht folgt auf die Ankündigung von Salesforce, dass sein Co-CEO Bret Taylor zurücktreten wird.")
    #expect(!g.edges("Bret Taylor", .leads, "Salesforce").isEmpty)
  }

  @Test func organisationsGivenAsExamplesAreOrganisations() {
    let g = graph("Cognigy, 2016 gegründet, hat eine KI-Plattform entwickelt, die Unternehmen wie Lufthansa, Allianz und Ergo nutzen.")
    #expect(labels(g).isSuperset(of: ["Lufthansa", "Allianz", "Ergo"]))
    // The participle between commas names no founder: Cognigy founded none of them.
    #expect(g.edges.allSatisfy { $0.relation != .founded })
    #expect(labels(graph("Companies such as SAP, Zorblax and Quintara use the platform.")) == ["SAP", "Zorblax", "Quintara"])
    // Not without a known organisation in the list, nor persons addressed.
    #expect(graph("Companies such as Open, Next and Global struggle with compliance.").nodes.isEmpty)
    #expect(graph("Kunden wie Herr Müller und Frau Schmidt beschwerten sich.").nodes.allSatisfy { $0.kind != .organization })
    // Categories are no names; persons stay persons.
    #expect(graph("Unternehmen wie Banken und Versicherungen nutzen KI.").nodes.isEmpty)
    #expect(labels(graph("Investoren wie Peter Thiel und Zorblax Capital stiegen ein.")) == ["Peter Thiel", "Zorblax Capital"])
    #expect(labels(graph("Firmen wie Siemens und Start-ups profitieren.")) == ["Siemens"])
  }

  @Test func theEdgesOfTheNewRulesStayQuiet() {
    // Cutting jobs and building trust build nothing.
    #expect(graph("In Deutschland baut Volkswagen 35.000 Stellen ab.").edges.isEmpty)
    #expect(graph("Brose baut 950 Stellen in Coburg ab.").edges.isEmpty)
    #expect(graph("In Berlin baut Zalando Vertrauen bei Kunden auf.").edges.isEmpty)
    #expect(!graph("Tesla baut in Brandenburg eine Fabrik auf.").edges("Tesla", .buildsIn, "Brandenburg").isEmpty)
    #expect(graph("In Paris, Mistral AI is building a new language model.").edges.isEmpty)
    #expect(graph("In Rüsselsheim baut Opel an der Zukunft.").edges.isEmpty)
    #expect(graph("In Dresden und Magdeburg baut die Branche Fabriken, sagte Infineon-Chef Jochen Hanebeck.").edges.allSatisfy { $0.relation != .buildsIn })
    // A rival's title, a role naming its own person, a relative possessive.
    #expect(graph("Nvidia reported record revenue. Rival CEO Lisa Su said Nvidia is still ahead.").edges("Lisa Su", .leads, "Nvidia").isEmpty)
    #expect(graph("The biggest rival of Jensen Huang is AMD's CEO Lisa Su.").edges("Jensen Huang", .leads, "AMD").isEmpty)
    #expect(graph("Microsoft acquired a Berlin startup whose founder Jane Roe will join the company.").edges("Jane Roe", .founded, "Microsoft").isEmpty)
    // Contracts: hoped for, disputed, a noun, on behalf of, along with a partner.
    for text in ["Nokia hopes to win a contract from BT.", "Samsung wins Apple contract dispute in court.", "Thales protested the contract award to Siemens.",
                 "Laut einer im Auftrag von Google erstellten Studie erhält SAP die besten Noten.", "Ericsson won the contract along with Nokia."] {
      #expect(graph(text).edges.allSatisfy { $0.relation != .supplies }, "\(text)")
    }
    #expect(!graph("Rheinmetall hat von der Bundeswehr einen Auftrag erhalten.").edges("Rheinmetall", .supplies, "Bundeswehr").isEmpty)
    #expect(!graph("The US Army awarded Anduril a contract.").edges("Anduril", .supplies, "U.S. Army").isEmpty)
    // The awarder is the organisation nearest before the verb, not the sentence's first one.
    #expect(graph("Microsoft said the Pentagon awarded the contract to Amazon.").edges("Amazon", .supplies, "Microsoft").isEmpty)
    #expect(graph("Siemens won the contract with its partner Alstom.").edges("Siemens", .supplies, "Alstom").isEmpty)
    #expect(graph("Broadcom got a tender offer from Qualcomm.").edges.allSatisfy { $0.relation != .supplies })
    // Taking over: not from a person in a prepositional phrase, not a project's lead, not "took aim".
    #expect(graph("John Doe übernimmt von Jane Roe den Vorsitz bei Siemens.").edges("Jane Roe", .leads, "Siemens").isEmpty)
    #expect(graph("Jane Roe übernimmt die Projektleitung bei Siemens.").edges.allSatisfy { $0.relation != .leads })
    #expect(graph("Jane Roe took aim at the leadership of Siemens.").edges.allSatisfy { $0.relation != .leads })
    #expect(!graph("Ab sofort übernimmt Jane Roe die Leitung von Siemens.").edges("Jane Roe", .leads, "Siemens").isEmpty)
    // A board named in another clause appoints nobody; a rival after a genitive is still a rival.
    #expect(graph("After the board of Siemens approved the merger, Bosch named Jane Roe as CEO.").edges("Jane Roe", .leads, "Siemens").isEmpty)
    #expect(!graph("Nvidia's rival AMD said its chips are faster.").edges("AMD", .competesWith, "Nvidia").isEmpty)
    // Lists: a common noun ends a name; jobs cut in a list of places; a facility past a list of partners.
    #expect(!labels(graph("Damit sollen Unternehmen wie Siemens und Behörden Daten austauschen.")).contains("Behörden Daten"))
    #expect(graph("Bosch baut in Reutlingen, Stuttgart und Bamberg 1.000 Stellen ab.").edges.isEmpty)
    #expect(!graph("In Dresden baut TSMC zusammen mit Bosch, Infineon und NXP eine Chipfabrik.").edges("TSMC", .buildsIn, "Dresden").isEmpty)
    // A past holding after the genitive's noun is none now.
    #expect(graph("Siemens's largest shareholder was BlackRock until 2020.").edges.allSatisfy { $0.relation != .investsIn })
    // Another name after a bracket starts its own phrase.
    #expect(graph("Nvidia (NVDA) said Intel CEO Pat Gelsinger was wrong.").edges("Pat Gelsinger", .leads, "Nvidia").isEmpty)
  }
}
