import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Names with an inner capital written plainly, English universities, titles of several words, a role's
/// apposition closing on a person, successions, descriptions after "invested in", unit designators and
/// relative clauses on an apposition. Invented sentences.
@Suite struct FourteenthRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  private func kind(_ g: Multigraph, _ label: String) -> NodeKind? { g.nodes.first { $0.label == label }?.kind }

  @Test func aNameWithAnInnerCapitalIsFoundWrittenPlainly() {
    let g = graph("Größter Aktionär bleibt der Vermögensverwalter Blackrock. Softbank investiert in Openai.")
    #expect(kind(g, "BlackRock") == .organization)
    #expect(!g.edges("SoftBank", .investsIn, "OpenAI").isEmpty)
    #expect(Gazetteer.caseVariant(of: "BioNTech") == "Biontech")
    #expect(Gazetteer.caseVariant(of: "SAP") == nil)
    #expect(Gazetteer.caseVariant(of: "Siemens") == nil)
    #expect(Gazetteer.caseVariant(of: "iPhone") == nil)
    #expect(Gazetteer.caseVariant(of: "T-Mobile") == nil)
    // After a first name, and for that person's surname later, it is a surname.
    let person = graph("Jean Dupont, CEO of Orange France, spoke. Dupont said the deal is good.")
    #expect(kind(person, "Jean Dupont") == .person)
    #expect(kind(person, "DuPont") == nil)
    #expect(graph("Herr Dupont sagte das.").nodes.isEmpty)
    #expect(graph("Blackrock Mountain is high.").nodes.isEmpty)
    #expect(!graph("Blackrock CEO Larry Fink said so.").edges("Larry Fink", .leads, "BlackRock").isEmpty)
    #expect(kind(graph("Größter Aktionär ist der Großaktionär Blackrock."), "BlackRock") == .organization)
  }

  @Test func englishUniversitiesAreNamedAroundTheirNoun() {
    let g = graph("Researchers at the University of Dayton and at Ohio State University found it.")
    #expect(kind(g, "University of Dayton") == .organization)
    #expect(kind(g, "Ohio State University") == .organization)
    #expect(kind(graph("The deal with Duke University was signed."), "Duke University") == .organization)
    #expect(kind(graph("She studied at the Munich University of Applied Sciences."), "Munich University of Applied Sciences") == .organization)
    // A longer name going on after the noun is something else; "The University" alone names nothing.
    #expect(!graph("Every day, Global University Venturing rounds up the deals.").nodes.contains { $0.label.contains("University") })
    #expect(graph("The University said so.").nodes.isEmpty)
    #expect(kind(graph("The Ohio State University said so."), "Ohio State University") == .organization)
  }

  @Test func aTitleOfSeveralWordsNamesItsOrganisation() {
    let a = graph("“Good,” said James Kavanaugh, Senior Vice President and Chief Financial Officer, IBM.")
    #expect(!a.edges("James Kavanaugh", .worksFor, "IBM").isEmpty)
    let b = graph("“This is great,” said Eric F. Spina, President, University of Dayton.")
    #expect(!b.edges("Eric F. Spina", .leads, "University of Dayton").isEmpty)
    let c = graph("Das solle laut Philipp Justus, Vice President Google Zentraleuropa, sicherstellen, dass es klappt.")
    #expect(!c.edges("Philipp Justus", .worksFor, "Google").isEmpty)
    let d = graph("“We invest,” said David Zapolsky, Senior Vice President of Global Public Policy and General Counsel at Amazon.")
    #expect(!d.edges("David Zapolsky", .worksFor, "Amazon").isEmpty)
    // Every coordinated title keeps its word.
    #expect(extractor.relations.titlePhrase(from: 0, Tokenizer.tokens(of: "President and CEO of Acme"), [])?.roles.map(\.1) == ["President", "CEO"])
    #expect(extractor.relations.titlePhrase(from: 0, Tokenizer.tokens(of: "Senior Vice President and Chief Financial Officer"), [])?.roles.map(\.1) == ["President", "Chief"])
    #expect(extractor.relations.titlePhrase(from: 0, Tokenizer.tokens(of: "CEO of Acme"), []) == nil)
    // A title before a person names no organisation of its own.
    let e = graph("Jane Roe, Vice President Donald Trump's adviser, spoke.")
    #expect(e.edges.allSatisfy { $0.relation == .coOccurs })
  }

  @Test func aRoleAppositionClosesOnAPersonWithAnUnknownFirstName() {
    let g = graph("Das ist ein guter Tag, sagte der Chef der Telekom, Srini Gopalan.")
    #expect(!g.edges("Srini Gopalan", .leads, "Deutsche Telekom").isEmpty)
    #expect(kind(graph("Der Chef von Siemens, Neue Produkte, war da."), "Neue Produkte") == nil)
    #expect(kind(graph("Das ist gut, sagte der Chef der Telekom, Black Friday."), "Black Friday") == nil)
  }

  @Test func aSuccessorTakesThePostOfTheOneReplaced() {
    let a = graph("Applied Materials named Michael Splinter as its CEO. Splinter succeeds James Morgan, who will stay on.")
    #expect(!a.edges("James Morgan", .leads, "Applied Materials").isEmpty)
    let b = graph("ASML CEO Peter Wennink will retire. Christophe Fouquet will replace Peter Wennink in April.")
    #expect(!b.edges("Christophe Fouquet", .leads, "ASML").isEmpty)
    // Of two organisations, the one that hired the holder.
    let c = graph("Nokia named Intel executive Justin Hotard as president and CEO, replacing Pekka Lundmark, who took the helm in 2020.")
    #expect(!c.edges("Pekka Lundmark", .leads, "Nokia").isEmpty)
    #expect(c.edges("Pekka Lundmark", .leads, "Intel").isEmpty)
    let d = graph("Telekom-Chef Tim Höttges geht. Höttges' Nachfolger wird Rodrigo Diehl.")
    #expect(!d.edges("Rodrigo Diehl", .leads, "Deutsche Telekom").isEmpty)
    let noun = graph("Telekom-Chef Tim Höttges geht. Der Nachfolger von Tim Höttges wird Rodrigo Diehl.")
    #expect(!noun.edges("Rodrigo Diehl", .leads, "Deutsche Telekom").isEmpty)
    let english = graph("ASML CEO Peter Wennink will retire. Peter Wennink's successor is Christophe Fouquet.")
    #expect(!english.edges("Christophe Fouquet", .leads, "ASML").isEmpty)
    // Another organisation named in the sentence is where the succession happens: nothing is passed on.
    let e = graph("Acme CEO Jane Roe spoke. Jane Roe succeeded John Doe at IBM in 2010.")
    #expect(e.edges("John Doe", .leads, "Acme").isEmpty)
    // A successor named after "with": not the person named before the cue.
    let g = graph("SAP CEO Bill McDermott quits. The board, led by Jane Roe, replaced Bill McDermott with Max Muster.")
    #expect(!g.edges("Max Muster", .leads, "SAP").isEmpty)
    #expect(g.edges("Jane Roe", .leads, "SAP").isEmpty)
    // A noun names a successor only after a verb of becoming; a genitive after a verb is no person replaced.
    let h = graph("ASML CEO Peter Wennink will retire. Analyst Jane Roe expects Peter Wennink's successor to keep the strategy.")
    #expect(h.edges("Jane Roe", .leads, "ASML").isEmpty)
    let k = graph("Acme-Chefin Jane Roe geht. Der Berater John Doe soll die Nachfolge von Jane Roe regeln.")
    #expect(k.edges("John Doe", .leads, "Acme").isEmpty)
    // The post the sentence names is the one passed on, and a post of another body passes nothing.
    let named = graph("Siemens CEO Tom Becker spoke. Bosch CEO Anna Weber succeeds Tom Becker as CEO of Siemens.")
    #expect(!named.edges("Anna Weber", .leads, "Siemens").isEmpty)
    #expect(named.edges("Tom Becker", .leads, "Bosch").isEmpty)
    let new = graph("Siemens CEO Tom Becker spoke. Anna Weber succeeds Tom Becker as new CEO.")
    #expect(!new.edges("Anna Weber", .leads, "Siemens").isEmpty)
    // The person replaced may be described by the post; the successor's speaker and agents are no successor.
    let described = graph("Siemens CEO Tom Becker spoke. Anna Weber succeeds Tom Becker, who led Siemens for a decade.")
    #expect(!described.edges("Anna Weber", .leads, "Siemens").isEmpty)
    let speaker = graph("ASML CEO Peter Wennink spoke. Peter Wennink's successor will be named in June, chairman Max Muster said.")
    #expect(speaker.edges("Max Muster", .leads, "ASML").isEmpty)
    let agent = graph("Siemens CEO Tom Becker spoke. Anna Weber was picked to replace Tom Becker by chairman Max Muster.")
    #expect(agent.edges("Max Muster", .leads, "Siemens").isEmpty)
    let post = graph("Mary Barra leads General Motors. Anna Weber succeeds Mary Barra as chair of the Business Roundtable.")
    #expect(post.edges("Anna Weber", .leads, "General Motors").isEmpty)
    let famous = graph("Microsoft CEO Satya Nadella spoke. Sam Altman replaced Nadella as the most famous tech boss.")
    #expect(famous.edges("Sam Altman", .leads, "Microsoft").isEmpty)
    let apposition = graph("Siemens CEO Tom Becker spoke. Anna Weber, CFO of Veltrix Corp, succeeds Tom Becker as CEO.")
    #expect(apposition.edges("Tom Becker", .worksFor, "Veltrix Corp").isEmpty)
    #expect(apposition.edges("Tom Becker", .leads, "Veltrix Corp").isEmpty)
    #expect(!apposition.edges("Anna Weber", .leads, "Siemens").isEmpty)
    #expect(graph("Acme CEO Jane Roe wants to replace Donald Trump's tariffs.").edges("Donald Trump", .leads, "Acme").isEmpty)
    // Without a person right after the cue (or a genitive before it), nobody succeeds anybody.
    let f = graph("Acme CEO Jane Roe said the new chips replace older ones, John Doe said.")
    #expect(f.edges("John Doe", .leads, "Acme").isEmpty)
  }

  @Test func anOrganisationNounRightBeforeTheNameDescribesWhatIsInvestedIn() {
    #expect(!graph("Siemens invested in the startup Tenstorrent.").edges("Siemens", .investsIn, "Tenstorrent").isEmpty)
    let g = graph("Siemens has invested $700 million in Santa Clara-based AI chip firm Tenstorrent.")
    #expect(!g.edges("Siemens", .investsIn, "Tenstorrent").isEmpty)
    // Not the possessor of another name's description.
    #expect(graph("Siemens invested in the startup Kelvara's rival Orbis.").edges.allSatisfy { $0.relation != .investsIn })
    let unnamed = graph("Google plans to invest in internal manufacturing capacity given the CHIPS and Science Act.")
    #expect(unnamed.edges.allSatisfy { $0.relation != .investsIn })
  }

  @Test func securitiesAfterAKnownNameIsAUnitOfItsOwn() {
    let g = graph("Samsung Securities led the round in Tenstorrent.")
    #expect(kind(g, "Samsung Securities") == .organization)
    #expect(kind(g, "Samsung") == nil)
    // Not before another capitalised word, nor after an unknown word or a place.
    #expect(kind(graph("The Apple Securities Litigation was settled."), "Apple Securities") == nil)
    #expect(graph("US Securities regulators said so.").nodes.isEmpty)
  }

  @Test func aRelativeClauseOnAnAppositionIsAboutTheNameDescribed() {
    let g = graph("Ford closed on the formation of BlueOvalSK, LLC, a JV that will build one battery plant in Tennessee.")
    #expect(!g.edges("BlueOvalSK", .buildsIn, "Tennessee").isEmpty)
  }

  @Test func takingOverAsARoleIsAnAppointment() {
    let g = graph("Bill McDermott will take over as CEO at ServiceNow.")
    #expect(!g.edges("Bill McDermott", .leads, "ServiceNow").isEmpty)
    #expect(!g.edges("ServiceNow", .hires, "Bill McDermott").isEmpty)
    #expect(graph("Bill McDermott will take over as host of the show.").edges.isEmpty)
  }

  @Test func takingAStakeIsInvestingInEveryTense() {
    #expect(!graph("Siemens will sich an GlasfaserPlus beteiligen.").edges("Siemens", .investsIn, "GlasfaserPlus").isEmpty)
    #expect(!graph("Siemens beteiligte sich an GlasfaserPlus.").edges("Siemens", .investsIn, "GlasfaserPlus").isEmpty)
    // A project is taken part in.
    #expect(!graph("Siemens will sich am Projekt Gaia-X beteiligen.").edges("Siemens", .participatesIn, "Gaia-X").isEmpty)
    // The company reporting it after the clause is no object of the verb before.
    let g = graph("Siemens werde sich mit 50 Prozent an der Ausbaugesellschaft GlasfaserPlus beteiligen, teilte der Telekom-Konzern mit.")
    #expect(!g.edges("Siemens", .investsIn, "GlasfaserPlus").isEmpty)
    #expect(g.edges("GlasfaserPlus", .investsIn, "Deutsche Telekom").isEmpty)
  }

  @Test func aRoundsFundersAndItsListedParticipantsInvest() {
    let g = graph("Tenstorrent raised $700 million. The financing round comprised LG Electronics, Fidelity, and Bezos Expeditions.")
    #expect(!g.edges("Fidelity Investments", .investsIn, "Tenstorrent").isEmpty)
    #expect(!g.edges("Bezos Expeditions", .investsIn, "Tenstorrent").isEmpty)
    let funders = graph("Tenstorrent raised $700 million. Samsung and Hyundai Motor Group are among the funders in the round.")
    #expect(!funders.edges("Samsung", .investsIn, "Tenstorrent").isEmpty)
    #expect(!graph("Samsung is a funder of Tenstorrent.").edges("Samsung", .investsIn, "Tenstorrent").isEmpty)
    // "X's investors include A": A invests in X, X in nobody.
    let include = graph("Tenstorrent's funders include Samsung and Fidelity.")
    #expect(!include.edges("Samsung", .investsIn, "Tenstorrent").isEmpty)
    #expect(include.edges("Tenstorrent", .investsIn, "Samsung").isEmpty)
    #expect(graph("Tenstorrent's investors include Samsung.").edges("Tenstorrent", .investsIn, "Samsung").isEmpty)
    // "A is among the investors": in the company raising money, before the document's most named one.
    let among = graph(
      "Nvidia dominates. Nvidia sells chips. Tenstorrent, a rival of Nvidia, raised $700 million. Samsung is among the investors in the series.")
    #expect(!among.edges("Samsung", .investsIn, "Tenstorrent").isEmpty)
    #expect(among.edges("Samsung", .investsIn, "Nvidia").isEmpty)
  }

  @Test func theEdgesOfTheNewRulesStayQuiet() {
    // Time words, sentence adverbs, verbs of saying and quantifiers do not name a university.
    #expect(graph("Yesterday University officials met. However University staff agreed.").nodes.isEmpty)
    #expect(!graph("Said University spokesperson Tim Lee said so.").nodes.contains { $0.label.contains("University") })
    #expect(graph("Every University has rules.").nodes.isEmpty)
    // A candidate for a succession succeeds nobody.
    let candidate = graph("Apple CEO Tim Cook spoke. John Ternus is widely seen as Tim Cook's successor.")
    #expect(candidate.edges("John Ternus", .leads, "Apple").isEmpty)
    // The participle as an adjective takes no stake; a stake through a subsidiary is still one.
    #expect(graph("Siemens lobte die beteiligten Partner Bosch und Orbis.").edges.allSatisfy { $0.relation != .investsIn })
    #expect(!graph("Siemens beteiligt sich über seine Tochter Kelvara an GlasfaserPlus.").edges("Siemens", .investsIn, "GlasfaserPlus").isEmpty)
    // A debate about a company is no stake in it.
    #expect(graph("Veltrix AG beteiligte sich an der Diskussion über die Orbis GmbH.").edges.allSatisfy { $0.relation != .investsIn })
  }
}
