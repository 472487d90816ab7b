import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Leaders told in the passive ("led by", "wird von … geführt"), titles after an opening possessive,
/// "one of the founders", round participants named by phrases or after a colon, lists across appositions,
/// subsidiaries after a seat or with the parent before the noun, and "zu der … gehören". Invented names
/// and sentences.
@Suite struct EighteenthRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aLeaderInThePassiveLeadsTheOrganisationBeforeIt() {
    #expect(!graph("Zentrix Labs, led by managing director Georg Lanz, was set up in 2022.").edges("Georg Lanz", .leads, "Zentrix Labs").isEmpty)
    let led = graph("Zentrix Robotics is led by Jeff Corrado.")
    #expect(!led.edges("Jeff Corrado", .leads, "Zentrix Robotics").isEmpty)
    // Leading without a round or a sum is no investment.
    #expect(led.edges("Jeff Corrado", .investsIn, "Zentrix Robotics").isEmpty)
    #expect(!graph("Zentrix Robotics wird seit März von Joakim Wendel geführt.").edges("Joakim Wendel", .leads, "Zentrix Robotics").isEmpty)
    #expect(!graph("Zentrix Robotics, geleitet von Eva Roth, wächst.").edges("Eva Roth", .leads, "Zentrix Robotics").isEmpty)
    // Co-leaders lead; a past lead, or talks with an organisation, are no leadership.
    let co = graph("Zentrix Robotics is led by Jeff Corrado and Jane Dorn.")
    #expect(!co.edges("Jane Dorn", .leads, "Zentrix Robotics").isEmpty)
    #expect(graph("Zentrix Robotics was led by Jeff Corrado until 2019.").edges("Jeff Corrado", .leads, "Zentrix Robotics").isEmpty)
    #expect(graph("The talks with Siemens were led by Olaf Scholz.").edges("Olaf Scholz", .leads, "Siemens").isEmpty)
    // A round led by a person is still the round's investment, not the company's leadership.
    let round = graph("Zentrix Robotics raised $20 million in a round led by Jane Dorn.")
    #expect(!round.edges("Jane Dorn", .investsIn, "Zentrix Robotics").isEmpty)
    #expect(round.edges("Jane Dorn", .leads, "Zentrix Robotics").isEmpty)
  }

  @Test func aTitleAfterAnOpeningPossessiveBelongsToThePreviousSentencesCompany() {
    let g = graph("Zentrix Robotics raised $20 million. Its chief executive, Jane Dorn, said the money would go to hiring.")
    #expect(!g.edges("Jane Dorn", .leads, "Zentrix Robotics").isEmpty)
    // A former post is none, and German "dessen/sein" may stand for the nearest noun.
    #expect(graph("Zentrix Robotics raised $20 million. Its former chief executive Jane Dorn said it.").edges("Jane Dorn", .leads, "Zentrix Robotics").isEmpty)
    #expect(graph("Volkswagen verhandelt mit dem Betriebsrat. Dessen Chefin Daniela Kranz lehnt ab.").edges("Daniela Kranz", .leads, "Volkswagen").isEmpty)
  }

  @Test func oneOfTheFoundersFoundedTheCompany() {
    #expect(!graph("Jane Dorn, one of the founders of Zentrix Robotics, said the round would fund hiring.").edges("Jane Dorn", .founded, "Zentrix Robotics").isEmpty)
    let g = graph("Zentrix Robotics was founded in 2019. Jane Dorn, one of the company's founders, said so.")
    #expect(!g.edges("Jane Dorn", .founded, "Zentrix Robotics").isEmpty)
  }

  @Test func roundParticipantsNamedByPhrasesAndLists() {
    let raised = "Zentrix Labs hat 300 Millionen Dollar eingesammelt."
    let along = graph(raised + " Auch Quorvel Capital und der schwedische Frühphaseninvestor Norvik Ventures zogen mit.")
    #expect(!along.edges("Quorvel Capital", .investsIn, "Zentrix Labs").isEmpty)
    #expect(!along.edges("Norvik Ventures", .investsIn, "Zentrix Labs").isEmpty)
    let apposition = graph(raised + " Angeführt wird die Runde von Quorvel Ventures, dem Investmentarm des Softwarekonzerns SAP, sowie vom Wagniskapitalfonds Norvik Capital.")
    #expect(!apposition.edges("Norvik Capital", .investsIn, "Zentrix Labs").isEmpty)
    #expect(apposition.edges("SAP", .investsIn, "Zentrix Labs").isEmpty)
    let colon = graph(raised + " Es beteiligen sich bestehende Investoren an der Runde: die Wagniskapitalgeber Quorvel Capital und Norvik Ventures.")
    #expect(!colon.edges("Norvik Ventures", .investsIn, "Zentrix Labs").isEmpty)
    #expect(!graph("Microsoft has poured roughly $13 billion into OpenAI.").edges("Microsoft", .investsIn, "OpenAI").isEmpty)
    // A round another sentence announced names its receiver for the next one.
    let announced = graph("Damals hatte Zentrix Labs eine Finanzierungsrunde verkündet. Neben SAP beteiligten sich die Christ-Gruppe und Quorvel Capital.")
    #expect(!announced.edges("Quorvel Capital", .investsIn, "Zentrix Labs").isEmpty)
    // Without a raise of money before, "zogen mit" is no investment, nor are a list of customers or a trade fair.
    #expect(graph("Microsoft senkte die Preise. Auch Google und Zentrix Labs zogen mit.").edges("Google", .investsIn, "Microsoft").isEmpty)
    #expect(graph("Zentrix Labs raised $20 million. Its customers include Siemens and BMW.").edges("Siemens", .investsIn, "Zentrix Labs").isEmpty)
    #expect(graph("Zentrix Labs raised $20 million. BMW took part in the trade fair.").edges("BMW", .investsIn, "Zentrix Labs").isEmpty)
    #expect(graph("Zentrix Labs hat 20 Millionen Euro eingesammelt. Siemens ist dabei, Quorvel Systems zu übernehmen.").edges("Quorvel Systems", .investsIn, "Zentrix Labs").isEmpty)
    // Lists end before a relative clause or a new clause.
    #expect(graph("Siemens übernimmt Quorvel Systems, die Bosch gehört.").edges("Siemens", .acquires, "Bosch").isEmpty)
    #expect(graph("Microsoft acquired Quorvel Systems, a startup, and Google bought Norvik Labs.").edges("Microsoft", .acquires, "Google").isEmpty)
  }

  @Test func subsidiariesNamedInAppositionsAndRelativeClauses() {
    #expect(!graph("Zentrix konkurriert mit der Quorvel SE aus Montabaur, einer börsennotierten Tochter des Internetkonzerns United Internet.").edges("United Internet", .owns, "Quorvel SE").isEmpty)
    #expect(!graph("Bei Zentrix Labs, der Softwaretochter des Volkswagen-Konzerns, steht die nächste Sparrunde bevor.").edges("Volkswagen", .owns, "Zentrix Labs").isEmpty)
    #expect(!graph("Volkswagen struggled. Its in-house software unit, Zentrix Labs, delayed the launch.").edges("Volkswagen", .owns, "Zentrix Labs").isEmpty)
    #expect(!graph("It will be hosted by Zentrix Cloud, an SAP subsidiary based in Walldorf.").edges("SAP", .owns, "Zentrix Cloud").isEmpty)
    let group = graph("Die IT-Sparte der Schwarz Gruppe, zu der auch die Handelsketten Lidl und Kaufland gehören, baut aus.")
    #expect(!group.edges("Schwarz Gruppe", .owns, "Lidl").isEmpty)
    #expect(!group.edges("Schwarz Gruppe", .owns, "Kaufland").isEmpty)
    // An association's members are members.
    let body = graph("Der Branchenverband Bitkom, zu dem auch SAP und Siemens gehören, warnt.")
    #expect(body.edges("Bitkom", .owns, "SAP").isEmpty)
    #expect(!body.edges("SAP", .memberOf, "Bitkom").isEmpty)
  }

  @Test func aRegulatorsDecisionOnTheDealRegulatesItsBuyer() {
    let g = graph("Siemens agreed to buy Zentrix Labs. The European Commission cleared the acquisition without conditions.")
    #expect(!g.edges("EU-Kommission", .regulates, "Siemens").isEmpty)
    let de = graph("Bosch übernimmt Zentrix Labs. Nachdem die EU-Kommission grünes Licht gegeben hatte, ist der Kauf abgeschlossen.")
    #expect(!de.edges("EU-Kommission", .regulates, "Bosch").isEmpty)
    // Without a deal noun the decision names nobody.
    #expect(graph("Siemens agreed to buy Zentrix Labs. The European Commission cleared a new rule.").edges("EU-Kommission", .regulates, "Siemens").isEmpty)
  }

  @Test func rolesAndSubjectsReadInMoreShapes() {
    let coordinated = graph("Dario Amodei, Anthropic's co-founder and chief executive, said it.")
    #expect(!coordinated.edges("Dario Amodei", .founded, "Anthropic").isEmpty)
    #expect(!coordinated.edges("Dario Amodei", .leads, "Anthropic").isEmpty)
    #expect(!graph("Matt Garman, who took over as chief executive of AWS in June, said demand was strong.").edges("Matt Garman", .leads, "Amazon Web Services").isEmpty)
    #expect(!graph("Geführt wird Zentrix Labs inzwischen von Reto Spörri.").edges("Reto Spörri", .leads, "Zentrix Labs").isEmpty)
    // An English infinitive's object is no subject, and a seller no target.
    let sale = graph("The German group agreed to buy Zentrix Labs from private equity firm Insight Partners.")
    #expect(sale.edges("Zentrix Labs", .acquires, "Insight Partners").isEmpty)
    // German "Sie" before a singular verb takes up the company named with "die".
    let sie = graph("Die Telekom baut Rechenzentren. Sie kooperiert mit Google und Microsoft.")
    #expect(!sie.edges("Deutsche Telekom", .partnersWith, "Google").isEmpty || !sie.edges("Google", .partnersWith, "Deutsche Telekom").isEmpty)
    #expect(sie.edges("Google", .partnersWith, "Microsoft").isEmpty && sie.edges("Microsoft", .partnersWith, "Google").isEmpty)
    // A product after a possessive and a product noun is the subject's.
    #expect(!graph("Mistral, das mit seinem Chatbot Le Chat gegen ChatGPT antritt, wächst.").edges("Mistral", .develops, "Le Chat").isEmpty)
    // A passive list with an apposition ends in its German participle.
    #expect(!graph("Zentrix Labs war 2019 von Jonas Andrulis, einem früheren Apple-Manager, und Samuel Weinbach gegründet worden.").edges("Samuel Weinbach", .founded, "Zentrix Labs").isEmpty)
  }

  @Test func staffTitlesWorkForTheOrganisation() {
    #expect(!graph("Raouf Abdel, Equinix's executive vice president of global operations, said it.").edges("Raouf Abdel", .worksFor, "Equinix").isEmpty)
    let cfo = graph("Meta Chief Financial Officer Susan Li said it.")
    #expect(!cfo.edges("Susan Li", .worksFor, "Meta").isEmpty)
    #expect(cfo.edges("Susan Li", .leads, "Meta").isEmpty)
    #expect(!graph("Jane Roe, Chief Executive Officer of Zentrix Labs, said it.").edges("Jane Roe", .leads, "Zentrix Labs").isEmpty)
    // A chief investment officer's title is no investment.
    #expect(graph("Ruth Porat, chief investment officer of Alphabet and Google, said it.").edges("Alphabet", .investsIn, "Google").isEmpty)
  }

  @Test func placesNamedByTheirSuffixOrARegionsAdjective() {
    let g = graph("Amazon will build data center campuses in Salem Township and in Falls Township.")
    #expect(!g.edges("Amazon", .buildsIn, "Salem Township").isEmpty)
    #expect(!graph("Google baut im südhessischen Dietzenbach ein Rechenzentrum.").edges("Google", .buildsIn, "Dietzenbach").isEmpty)
    #expect(!labels(graph("Das Treffen fand im bayerischen Landtag statt.")).contains("Landtag"))
    // A plant on hold, or one that will not be built, is no site.
    #expect(graph("Die geplante Halbleiterfabrik des US-Konzerns Wolfspeed im saarländischen Ensdorf wird vorerst nicht gebaut.").edges("Wolfspeed", .buildsIn, "Ensdorf").isEmpty)
    #expect(graph("Wolfspeed legt Chipfabrik in Ensdorf auf Eis").edges("Wolfspeed", .buildsIn, "Ensdorf").isEmpty)
  }

  @Test func reviewedMisfiresStayFixed() {
    // Participants named before "dabei" or "an Bord"; a person after the phrase is no investor's news.
    let before = graph("Helsing hat 450 Millionen Euro eingesammelt. General Catalyst und Accel waren ebenfalls dabei.")
    #expect(!before.edges("Accel", .investsIn, "Helsing").isEmpty)
    // A relative clause in the list is passed over; investors led by a firm do not receive money.
    let relative = graph("Helsing hat 450 Millionen Euro eingesammelt. Accel, das mit Siemens kooperiert, sowie Lightspeed zogen mit.")
    #expect(!relative.edges("Accel", .investsIn, "Helsing").isEmpty)
    #expect(relative.edges("Siemens", .investsIn, "Helsing").isEmpty)
    #expect(graph("Zentrix Labs raised $40 million from investors led by General Catalyst.").edges("Zentrix Labs", .investsIn, "General Catalyst").isEmpty)
    #expect(graph("Zentrix Labs hat 20 Millionen Euro eingesammelt. Neu an Bord ist zudem Finanzchef Jan Meier, der von Zalando kommt.").edges("Zalando", .investsIn, "Zentrix Labs").isEmpty)
    // Shares of a company led by someone: the company is led.
    #expect(!graph("Shares of Bayer, led by Bill Anderson, fell 5 percent.").edges("Bill Anderson", .leads, "Bayer").isEmpty)
    #expect(graph("The German unit of Vodafone, led by Marcel de Groot, cut 2,000 jobs.").edges("Marcel de Groot", .leads, "Vodafone").isEmpty)
    // "Sie" after a sentence that names a person is the person.
    #expect(graph("Die Telekom hat Anna Müller zur Finanzchefin ernannt. Sie arbeitet künftig mit Google zusammen.").edges("Deutsche Telekom", .partnersWith, "Google").isEmpty)
    // Another deal's approval, a role of another person, a compound's plant, a seller.
    #expect(graph("Siemens übernimmt Altair. Die EU-Kommission gab grünes Licht für den Kauf von Gas aus Norwegen.").edges("EU-Kommission", .regulates, "Siemens").isEmpty)
    let two = graph("Jane Roe, Vice President of Siemens, and John Doe, President of Bosch, signed the deal.")
    #expect(!two.edges("John Doe", .leads, "Bosch").isEmpty)
    #expect(!two.edges("Jane Roe", .worksFor, "Siemens").isEmpty)
    #expect(graph("Das Siemens-Werk in Erlangen wird von Jane Roe geleitet.").edges("Jane Roe", .leads, "Siemens").isEmpty)
    #expect(!graph("Die Microsoft-Tochter LinkedIn wird von Ryan Roslansky geführt.").edges("Ryan Roslansky", .leads, "LinkedIn").isEmpty)
    #expect(graph("Siemens kauft Zentrix Labs von Insight Partners.").edges("Siemens", .acquires, "Insight Partners").isEmpty)
    // A site keeps its status unless a verb of building is negated; "shelves" is a noun.
    #expect(!graph("Das Intel-Werk Magdeburg ist derzeit nicht ausgelastet.").edges("Intel", .buildsIn, "Magdeburg").isEmpty)
    let shelves = graph("Walmart partners with Microsoft to restock its shelves faster.")
    #expect(!shelves.edges("Microsoft", .partnersWith, "Walmart").isEmpty || !shelves.edges("Walmart", .partnersWith, "Microsoft").isEmpty)
  }

  @Test func standingAtTheTopLeads() {
    #expect(!graph("NXP, an dessen Spitze Kurt Sievers steht, kaufte TTTech Auto.").edges("Kurt Sievers", .leads, "NXP").isEmpty)
    #expect(!graph("An der Spitze des Chipkonzerns Infineon steht seit 2022 Jochen Hanebeck.").edges("Jochen Hanebeck", .leads, "Infineon").isEmpty)
    #expect(!graph("Jochen Hanebeck steht an der Spitze von Infineon.").edges("Jochen Hanebeck", .leads, "Infineon").isEmpty)
    #expect(!graph("Jane Roe, who is at the helm of Zentrix Labs, said it.").edges("Jane Roe", .leads, "Zentrix Labs").isEmpty)
    // A past post, and the top of a ranking, are none.
    #expect(graph("Jane Roe was at the helm of Zentrix Labs until 2019.").edges("Jane Roe", .leads, "Zentrix Labs").isEmpty)
    #expect(graph("Siemens steht an der Spitze der Rangliste, sagte Olaf Scholz.").edges("Olaf Scholz", .leads, "Siemens").isEmpty)
    #expect(graph("Reinhard Ploss stand von 2012 bis 2022 an der Spitze von Infineon.").edges("Reinhard Ploss", .leads, "Infineon").isEmpty)
    // The person nearest the verb, not one in a prepositional phrase; not a compound's first part.
    let g = graph("Nach dem Abgang von Reinhard Ploss steht Jochen Hanebeck an der Spitze von Infineon.")
    #expect(!g.edges("Jochen Hanebeck", .leads, "Infineon").isEmpty)
    #expect(g.edges("Reinhard Ploss", .leads, "Infineon").isEmpty)
    #expect(graph("An der Spitze der SAP-Aktionäre steht Hasso Plattner.").edges("Hasso Plattner", .leads, "SAP").isEmpty)
    #expect(graph("Der Aufsichtsrat von Siemens, an dessen Spitze Jim Snabe steht, tagt.").edges("Jim Snabe", .leads, "Siemens").isEmpty)
    #expect(!graph("AMD sells the unit. Chief executive Lisa Su has made AI the company's top priority.").edges("Lisa Su", .leads, "AMD").isEmpty)
  }

  @Test func seatsAreLeftOutUnlessAskedFor() throws {
    let text = "Waterloo-based OpenText signed a partnership with Google."
    #expect(graph(text).edges("OpenText", .locatedIn, "Waterloo").isEmpty)
    #expect(!labels(graph(text)).contains("Waterloo"))
    let seats = try RuleBasedExtractor(options: ExtractionOptions(includesSeats: true))
    let g = seats.extract([Document(name: "t.txt", text: text)]).graph
    #expect(!g.edges("OpenText", .locatedIn, "Waterloo").isEmpty)
    // A project's place stays in the default graph.
    #expect(!graph("Das Projekt Stargate entsteht in Texas.").edges("Stargate", .locatedIn, "Texas").isEmpty)
  }
}
