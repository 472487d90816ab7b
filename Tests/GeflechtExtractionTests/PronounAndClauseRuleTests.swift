import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Sixth-round rules on invented sentences: listed companies (generated `companies.tsv`), subject
/// pronouns for persons, object relative clauses, noun cues as prepositional objects, verbs of leading
/// and investing with what they really take, persons before a role apposition, and the modal "may".
@Suite struct PronounAndClauseRuleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor
  let uncertain: RuleBasedExtractor
  let lexicon: Lexicon

  init() throws {
    extractor = try RuleBasedExtractor()
    uncertain = try RuleBasedExtractor(options: .init(includesUncertain: true))
    lexicon = try Lexicon.bundled()
  }

  // MARK: - Listed companies

  @Test func listedCompaniesAreKnownWithoutTheirLegalForm() {
    let g = graph("Orbitalon won Capital One and Lloyds Banking Group plc as customers.")
    #expect(g.nodes.first { $0.label == "Capital One" }?.kind == .organization)
    #expect(g.nodes.first { $0.label == "Lloyds Banking Group" }?.kind == .organization)
  }

  @Test func listedCompanyFiltersKeepWordsAndPersonsOut() {
    // "Hexagon" (an English word), "Lowe's" (a person's genitive) and three-letter acronyms are dropped.
    for word in ["Hexagon", "Lowe's", "MLP", "Visa", "Cactus", "Suzuki", "Vinci"] {
      #expect(lexicon.gazetteer.refsByName[word] == nil, "\(word)")
    }
    let g = graph("Gregg Lowe's plan was praised by analysts. Leonardo da Vinci painted it. Cactus prices rose.")
    #expect(!g.nodes.contains { $0.kind == .organization })
    #expect(labels(g).contains("Leonardo da Vinci"))
  }

  @Test func aWordThatOnlyStartsAKnownNameIsStillAName() {
    // "Progress Software" is listed; a bare "Progress" is found by its apposition.
    let g = graph("Progress, a Boston area developer tool company, is acquiring Quarnox.")
    #expect(g.nodes.first { $0.label == "Progress" }?.kind == .organization)
  }

  @Test func personsBeforeARoleAppositionAndFirstNamesAsSurnames() {
    // "Ilan" and "Zhang" are curated first names; "Haviv" is in no list.
    let g = graph("Haviv Ilan, Siemens executive vice president, said so. Yesterday Frank Zhang, CEO of Intel, agreed.")
    #expect(g.nodes.first { $0.label == "Haviv Ilan" }?.kind == .person)
    #expect(!g.edges("Frank Zhang", .leads, "Intel").isEmpty)
    // An unknown company with a designator before a role apposition stays no person.
    let h = graph("Quarnox Systems, chief supplier of Siemens, grew.")
    #expect(!h.nodes.contains { $0.kind == .person })
  }

  @Test func describedConjunctsJoinAList() {
    let g = graph("Quarnox GmbH raised 410 million dollars in funding led by Siemens and state-backed fund Sailing Capital.")
    #expect(!g.edges("Sailing Capital", .investsIn, "Quarnox GmbH").isEmpty)
    // A verb between is no description: the list ends.
    let h = graph("Quarnox GmbH raised 410 million dollars in funding led by Siemens and then acquired Bosch.")
    #expect(h.edges("Bosch", .investsIn, "Quarnox GmbH").isEmpty)
  }

  @Test func aListAfterACompoundHead() {
    let g = graph("Auch die Vodafone-Konkurrenten Deutsche Telekom und Telefónica gingen ähnliche Wege.")
    #expect(!g.edges("Deutsche Telekom", .competesWith, "Vodafone").isEmpty)
    #expect(!g.edges("Telefónica", .competesWith, "Vodafone").isEmpty)
  }

  @Test func coFoundersNamedWithTheFounder() {
    let g = graph("Anna Berger co-founded Quarnox GmbH with Tom Weller and Jane Roe.")
    for name in ["Anna Berger", "Tom Weller", "Jane Roe"] { #expect(!g.edges(name, .founded, "Quarnox GmbH").isEmpty, "\(name)") }
    let h = graph("Anna Berger founded Quarnox GmbH with money from Siemens.")
    #expect(h.edges("Siemens", .founded, "Quarnox GmbH").isEmpty)
  }

  // MARK: - Pronouns

  @Test func aSubjectPronounStandsForThePreviousSentencesPerson() {
    let g = graph("Anna Berger is a chip designer. She founded Quarnox Systems in 2014.")
    #expect(!g.edges("Anna Berger", .founded, "Quarnox Systems").isEmpty)
    let h = graph("Tom Weller wurde 2019 Vorstand. Seit dem Vorjahr ist er Chef von Siemens.")
    #expect(!h.edges("Tom Weller", .leads, "Siemens").isEmpty)
  }

  @Test func aPronounReachesOneSentenceBackAndNeverAfterAPreposition() {
    let g = graph("Anna Berger is a chip designer. The market grew. She founded Quarnox Systems in 2014.")
    #expect(g.edges("Anna Berger", .founded, "Quarnox Systems").isEmpty)
    // "her" is no subject pronoun; "for he" follows a preposition word and is left alone.
    let h = graph("Anna Berger is a chip designer. Bosch praised her, for he founded Quarnox Systems in 2014.")
    #expect(h.edges("Anna Berger", .founded, "Quarnox Systems").isEmpty)
  }

  @Test func aPronounAfterTwoPersonsOrNearAMasculineNounStaysUnresolved() {
    let g = graph("Jensen Huang congratulated Lisa Su on the launch. She has led AMD since 2014.")
    #expect(g.edges("Jensen Huang", .leads, "AMD").isEmpty)
    let h = graph("Tim Cook thanked Jensen Huang for the partnership. He founded Nvidia in 1993.")
    #expect(h.edges("Tim Cook", .founded, "Nvidia").isEmpty)
    let k = graph("Satya Nadella sagte, der Vertrag mit OpenAI sei wichtig. Er läuft bis 2030 und regelt die Beteiligung an OpenAI.")
    #expect(!k.edges.contains { $0.relation == .investsIn })
    let m = graph("Lars Klingbeil sprach mit Christian Sewing. Der Banker leitet die Deutsche Bank seit 2018.")
    #expect(m.edges("Lars Klingbeil", .leads, "Deutsche Bank").isEmpty)
  }

  @Test func aPronounWithoutSubjectMakesNoFounderOfTheObject() {
    // Before: "He founded X, which Intel acquired" read X as the founder of Intel.
    let g = graph("He founded Quarnox Systems, which Intel acquired in 2016.")
    #expect(g.edges("Quarnox Systems", .founded, "Intel").isEmpty)
    #expect(!g.edges("Intel", .acquires, "Quarnox Systems").isEmpty)
  }

  @Test func aDefiniteDescriptionOfAPersonRefersBack() {
    let g = graph("Tom Weller wird Chef von Siemens. Der promovierte Physiker arbeitete seit 1998 für Bosch.")
    #expect(!g.edges("Tom Weller", .worksFor, "Bosch").isEmpty)
    let h = graph("Anna Berger joined Siemens. The executive founded Quarnox GmbH in 2014.")
    #expect(!h.edges("Anna Berger", .founded, "Quarnox GmbH").isEmpty)
    // A plural ("Die Physiker") and an apposition with a name ("Der Spanier Tom Weller") refer to nobody.
    let k = graph("Anna Berger wird Chefin von Siemens. Die Physiker arbeiteten seit 1998 für Bosch.")
    #expect(k.edges("Anna Berger", .worksFor, "Bosch").isEmpty)
  }

  @Test func adverbsBetweenAVerbCueAndItsPreposition() {
    let g = graph("Jennifer Morgan wurde befördert. Morgan arbeitet bereits 15 Jahre für Siemens.")
    #expect(!g.edges("Jennifer Morgan", .worksFor, "Siemens").isEmpty)
    // A name between ends the cue: "arbeitet mit Bosch für Siemens" is no employment at Bosch.
    let h = graph("Jennifer Morgan arbeitet mit Bosch für Siemens.")
    #expect(h.edges("Jennifer Morgan", .worksFor, "Bosch").isEmpty)
  }

  // MARK: - Clauses

  @Test func anObjectRelativeClauseActsOnItsAntecedent() {
    let g = graph("Quarnox Systems, which Intel snapped up in 2016, grew fast.")
    #expect(!g.edges("Intel", .acquires, "Quarnox Systems").isEmpty)
    #expect(g.edges("Quarnox Systems", .acquires, "Intel").isEmpty)
  }

  @Test func anObjectRelativeClauseKeepsItsVerbFromTheMainClause() {
    let g = graph("Mobileye, which Intel bought in 2017, competes with Nvidia.")
    #expect(!g.edges("Intel", .acquires, "Mobileye").isEmpty)
    #expect(g.edges("Intel", .acquires, "Nvidia").isEmpty)
  }

  @Test func aUnitNamedAsPrepositionalObjectIsNoApposition() {
    let g = graph("AT&T will pay cash for the unit of Lumen Technologies.")
    #expect(g.edges("Lumen Technologies", .owns, "AT&T").isEmpty)
    let h = graph("Quarnox GmbH, a unit of Siemens, builds robots.")
    #expect(!h.edges("Siemens", .owns, "Quarnox GmbH").isEmpty)
  }

  @Test func aVerbOfLeadingTakesItsOrganisationDirectly() {
    let g = graph("Tom Weller also led efforts to buy Quarnox and Orbitalon.")
    #expect(g.edges("Tom Weller", .leads, "Quarnox").isEmpty)
    let h = graph("Tom Weller leitet seit 2019 Siemens.")
    #expect(!h.edges("Tom Weller", .leads, "Siemens").isEmpty)
  }

  @Test func investingInSomethingUnnamedIsNoInvestmentInALaterName() {
    let g = graph("Anna Berger said it is time to invest in internal manufacturing capacity given the passage of the CHIPS Act.")
    #expect(!g.edges.contains { $0.relation == .investsIn })
    let h = graph("Siemens invested 2 billion euros in Quarnox GmbH.")
    #expect(!h.edges("Siemens", .investsIn, "Quarnox GmbH").isEmpty)
  }

  @Test func theModalMayIsSpeculativeTheMonthIsNot() {
    let text = "IBM may buy Quarnox. Last May Siemens bought Orbitalon."
    #expect(graph(text).edges("IBM", .acquires, "Quarnox").isEmpty)
    let g = uncertain.extract([Document(name: "t.txt", text: text)]).graph
    #expect(g.edges("IBM", .acquires, "Quarnox").map(\.status) == [.speculative])
    #expect(graph(text).edges("Siemens", .acquires, "Orbitalon").map(\.status) == [.asserted])
  }

  // MARK: - Names from set 8's error classes

  @Test func namesAfterHeadNounsLegalFormsAndGenitiveAppositions() {
    // "Corp" without its full stop; a capitalised head noun opening the sentence is no part of the name.
    let g = graph("Chipmaker Quarnox Corp said on Tuesday it would buy Siemens.")
    #expect(labels(g).contains("Quarnox Corp"))
    // A closed compound ending in "-firma"; a German noun may open a two-word name ("Business").
    let h = graph("Gestern wollte die Softwarefirma Business Quarnox übernehmen.")
    #expect(labels(h).contains("Business Quarnox"))
    #expect(graph("Der Konzern Kunden verliert.").nodes.isEmpty)
    // An apposition after a genitive: "Telstra, Australia's largest telecom group".
    let k = graph("Quarnox, Australia's largest telecom group, retains a stake in Siemens.")
    #expect(k.nodes.first { $0.label == "Quarnox" }?.kind == .organization)
  }

  @Test func coordinatedSubjectsOfAVerbFinalClauseAreNoSourceAndTarget() {
    let g = graph("An der Firma haben sich der Investor Siemens, die Bosch-Gruppe als Partner und die Wagniskapitalfirma Quarnox GmbH beteiligt.")
    #expect(g.edges("Siemens", .investsIn, "Quarnox GmbH").isEmpty)
    let h = graph("Siemens hat Bosch und Quarnox GmbH übernommen.")
    #expect(!h.edges("Siemens", .acquires, "Bosch").isEmpty)
    #expect(!h.edges("Siemens", .acquires, "Quarnox GmbH").isEmpty)
  }
}

