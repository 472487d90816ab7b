import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Unknown organisations named by the words around them (dash appositions, a place's genitive before
/// raising money, plural nouns before a list, "called", quoted names), German institutions' whole names,
/// controlling stakes, roles written around the person, posts held before, choosing a supplier with a
/// compound noun, and a place between a genitive and a facility. Invented names and sentences.
@Suite struct SeventeenthRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  private func kind(_ g: Multigraph, _ label: String) -> NodeKind? { g.nodes.first { $0.label == label }?.kind }

  @Test func wordsAroundAnUnknownNameMakeItAnOrganisation() {
    #expect(kind(graph("Zentrix Labs – a startup that builds sensors – raised money from Google."), "Zentrix Labs") == .organization)
    #expect(kind(graph("Quorvel, a young Malmö, Sweden-based investment firm, led the round for Zentrix."), "Quorvel") == .organization)
    #expect(!graph("Cologne’s Zentrix has raised $32 million in a Series B round led by Accel.").edges("Accel", .investsIn, "Zentrix").isEmpty)
    let list = graph("Microsoft signed deals with the renewable energy companies Quorvel Ranch and Zentrix Wind.")
    #expect(kind(list, "Quorvel Ranch") == .organization)
    #expect(kind(list, "Zentrix Wind") == .organization)
    #expect(kind(graph("Ford and an SK On subsidiary called Zentrix Battery America closed the deal."), "Zentrix Battery America") == .organization)
    #expect(kind(graph("Ein Start-up namens Zentrix baut Sensoren."), "Zentrix") == .organization)
    // "named" is a verb of appointing, and "called" after a definite noun phrase one of saying.
    #expect(kind(graph("The company named Okonkwo its new chief executive."), "Okonkwo") != .organization)
    #expect(kind(graph("The company called Quorvel a liar on Monday."), "Quorvel") != .organization)
    // A quoted phrase in lower case after an organisation noun is no name.
    #expect(graph("The company \"strongly disagrees\" with the ruling, Acme said.").nodes.allSatisfy { $0.label != "strongly disagrees" })
    // A time word before a dash opens no apposition.
    #expect(!labels(graph("The deal was announced Monday – a company spokesperson confirmed it.")).contains("Monday"))
  }

  @Test func anInstitutionsNounIsPartOfItsName() {
    let g = graph("Intel kooperiert mit der Hochschule Harz, der Martin-Luther-Universität Halle-Wittenberg und der Otto-von-Guericke-Universität Magdeburg.")
    for name in ["Hochschule Harz", "Martin-Luther-Universität Halle-Wittenberg", "Otto-von-Guericke-Universität Magdeburg"] {
      #expect(kind(g, name) == .organization, "\(name)")
    }
    #expect(!labels(g).contains("Harz"))
  }

  @Test func aSubsidiaryInADashedAsideIsOwnedByTheNamedParent() {
    let g = graph("Avangrid – the US subsidiary of Spanish utility Iberdrola – has signed a deal with Meta.")
    #expect(!g.edges("Iberdrola", .owns, "Avangrid").isEmpty)
  }

  @Test func aControllingStakeIsOwnership() {
    #expect(!graph("TSMC hält mit 70 % die Mehrheit an ESMC.").edges("TSMC", .owns, "ESMC").isEmpty)
    #expect(!graph("TSMC holds a majority stake in ESMC.").edges("TSMC", .owns, "ESMC").isEmpty)
    // A stake that is not a majority stays an investment.
    let minority = graph("Bosch hält 10 Prozent an ESMC.")
    #expect(!minority.edges("Bosch", .investsIn, "ESMC").isEmpty)
    #expect(minority.edges("Bosch", .owns, "ESMC").isEmpty)
    // A majority held jointly, or held before, is no one holder's ownership.
    #expect(graph("Bosch, Infineon und NXP halten gemeinsam die Mehrheit an ESMC.").edges("Bosch", .owns, "ESMC").isEmpty)
    #expect(graph("SoftBank held a majority stake in Arm until 2016.").edges("SoftBank", .owns, "Arm").isEmpty)
  }

  @Test func aRoleBeforeThePersonAndTheOrganisationAfterIt() {
    let g = graph("The signing was held in the presence of President Teruo Fujii of IBM and analyst Jane Roe at Morgan Stanley.")
    #expect(!g.edges("Teruo Fujii", .leads, "IBM").isEmpty)
    #expect(!g.edges("Jane Roe", .worksFor, "Morgan Stanley").isEmpty)
    // A former post gives nothing.
    #expect(graph("Former CEO Jane Roe of Siemens spoke.").edges("Jane Roe", .leads, "Siemens").isEmpty)
    #expect(graph("Ex-CEO Jane Roe of Acme Corp joined Zentrix.").edges("Jane Roe", .leads, "Acme Corp").isEmpty)
  }

  @Test func aPostHeldBeforeCounts() {
    #expect(!graph("Jochen Linck wird Finanzvorstand. Er war zuvor Manager bei McKinsey.").edges("Jochen Linck", .worksFor, "McKinsey").isEmpty)
    #expect(!graph("Jane Roe was previously a director at Siemens.").edges("Jane Roe", .worksFor, "Siemens").isEmpty)
    #expect(!graph("Ursula Staudinger, Rektorin der TU Dresden, sprach.").edges("Ursula Staudinger", .leads, "TU Dresden").isEmpty)
  }

  @Test func choosingASupplierNamedByACompoundNoun() {
    #expect(!graph("Vodafone bindet Samsung als dritten Netzausrüster ein.").edges("Samsung", .supplies, "Vodafone").isEmpty)
    #expect(!graph("Vodafone holt Samsung als Technologiepartner.").edges("Vodafone", .partnersWith, "Samsung").isEmpty)
    // The one chosen by the first verb does not choose for the second; a rival is not chosen.
    let two = graph("Vodafone bindet Nokia als Netzausrüster ein und holt Ericsson als Partner.")
    #expect(!two.edges("Vodafone", .partnersWith, "Ericsson").isEmpty)
    #expect(two.edges("Nokia", .partnersWith, "Ericsson").isEmpty)
    #expect(graph("Vodafone holt Samsung als Konkurrenzanbieter ins Boot.").edges("Samsung", .supplies, "Vodafone").isEmpty)
  }

  @Test func aPlaceBetweenAGenitiveAndAFacilityIsWhereItBuilds() {
    #expect(!graph("Apple will buy chips from TSMC’s Arizona factory.").edges("TSMC", .buildsIn, "Arizona").isEmpty)
    #expect(!graph("Apple supports jobs at Broadcom's Fort Collins filter manufacturing facility.").edges("Broadcom", .buildsIn, "Fort Collins").isEmpty)
    // A seat is not built there; the English noun "plant" is no German "plant" (plans).
    #expect(graph("Amazon's Seattle headquarters was evacuated on Monday.").edges("Amazon", .buildsIn, "Seattle").isEmpty)
    #expect(graph("CATL's Arnstadt plant produces cells for BMW.").edges("CATL", .buildsIn, "Arnstadt").first?.status == .asserted)
    #expect(graph("Intel plant in Magdeburg eine Fabrik.").edges("Intel", .buildsIn, "Magdeburg").first?.status == .planned)
  }

  @Test func aNationalityBeforeANounKeepsTheNameInTheApposition() {
    // The parent inside the aside is neither the subject of the partnership nor of the purchase.
    let g = graph("Avangrid, the US subsidiary of Spanish utility Iberdrola, signed a contract with Siemens Energy.")
    #expect(!g.edges("Iberdrola", .owns, "Avangrid").isEmpty)
    #expect(!g.edges("Avangrid", .partnersWith, "Siemens Energy").isEmpty)
    #expect(g.edges("Iberdrola", .partnersWith, "Siemens Energy").isEmpty)
    let german = graph("Avangrid – die US-Tochter des spanischen Versorgers Iberdrola – baut einen Solarpark.")
    #expect(!german.edges("Iberdrola", .owns, "Avangrid").isEmpty)
  }

  @Test func moreNamesFromTheWordsAroundThem() {
    #expect(kind(graph("Austin-based Zentrix Power raised $200 million."), "Zentrix Power") == .organization)
    #expect(kind(graph("Studierende der Hochschule Zorbau entwickeln eine App."), "Hochschule Zorbau") == .organization)
    #expect(kind(graph("Ein Start-up namens „Zentrix“ finanziert Solaranlagen."), "Zentrix") == .organization)
    // A quoted name after "Projekt namens" stays a project.
    #expect(kind(graph("Das Projekt namens „Quorvel“ startet."), "Quorvel") == .project)
  }

  @Test func foundersTitleNamesEveryCoordinatedPerson() {
    let g = graph("Volocopter sammelte 50 Millionen Euro ein. Die beiden Gründer Stephan Wolf und Alexander Zosel bleiben die größten Anteilseigner.")
    #expect(!g.edges("Stephan Wolf", .founded, "Volocopter").isEmpty)
    #expect(!g.edges("Alexander Zosel", .founded, "Volocopter").isEmpty)
  }

  @Test func anEpithetOrItsNamesTheCompanyOfARole() {
    let cases: [(String, Relation)] = [
      ("NXP meldete Zahlen. Peter Bonfield ist Chef des Konzerns.", .leads),
      ("NXP reported results. Peter Bonfield, CEO of the company, said it was good.", .leads),
      ("NXP reported results. Peter Bonfield, chairman of the company's board, said it was good.", .leads),
      ("NXP reported results. Jane Roe, head of sales at the company, said it was good.", .worksFor),
      ("NXP reported results. The company's CEO Peter Bonfield said it was good.", .leads),
      ("NXP reported results. Peter Bonfield, the company's CEO, said it was good.", .leads),
      ("NXP reported results. Peter Bonfield, its CEO, said it was good.", .leads),
    ]
    for (text, relation) in cases {
      let g = graph(text)
      let person = text.contains("Jane Roe") ? "Jane Roe" : "Peter Bonfield"
      #expect(!g.edges(person, relation, "NXP").isEmpty, "\(text)")
    }
    // German "sein" may stand for a person: "his boss".
    #expect(graph("NXP meldete Zahlen. Peter Bonfield, sein Chef, sagte, das sei gut.").edges("Peter Bonfield", .leads, "NXP").isEmpty)
  }

  @Test func onlyANationsAdjectiveAndOnlyAClosedAsideHideASubject() {
    // A place is no nation's adjective: "In Beijing startup Moonshot" keeps its subject.
    #expect(!graph("In Beijing startup Moonshot partnered with Alibaba.").edges("Moonshot", .partnersWith, "Alibaba").isEmpty)
    #expect(!graph("Zentrix, eine Tochter der Continental Bank, baut ein Werk.").edges("Continental", .owns, "Zentrix").isEmpty)
    // "together with" names a second subject, not an aside's object.
    #expect(!graph("Siemens, together with Bosch, signed a contract with BASF.").edges("Bosch", .partnersWith, "BASF").isEmpty)
  }

  @Test func anAmbiguousEpithetNamesNoCompanyOfARole() {
    let texts = [
      "SAP and Spotify signed a long-term supply agreement. Anna Becker, CEO of the company, said the deal was worth billions.",
      "SAP said it would acquire a small software company in Lisbon. Priya Raman, CEO of the company, will join the management board.",
      "Siemens bought Altair Engineering for $10 billion. James Scapa, founder of the company, will stay on as an adviser.",
    ]
    for text in texts {
      #expect(!graph(text).edges.contains { $0.relation == .leads || $0.relation == .founded }, "\(text)")
    }
    // "its" after a sentence whose subject is no company, and a former post.
    #expect(graph("The ministry fined NXP. Peter Bonfield, its head, said the fine was fair.").edges("Peter Bonfield", .leads, "NXP").isEmpty)
    #expect(graph("NXP reported results. Peter Bonfield, the company's former CEO, met Jane Roe.").edges("Peter Bonfield", .leads, "NXP").isEmpty)
  }

  @Test func onlyPluralFoundersTitlesNameSeveralFounders() {
    let g = graph("Volocopter raised 50 million euros. Founder Stephan Wolf and CFO Alexander Zosel remain the largest shareholders.")
    #expect(!g.edges("Stephan Wolf", .founded, "Volocopter").isEmpty)
    #expect(g.edges("Alexander Zosel", .founded, "Volocopter").isEmpty)
    let two = graph("Celonis and Personio both raised money this year. Founders Alexander Rinke and Hanno Renner spoke at the conference.")
    #expect(two.edges("Hanno Renner", .founded, "Celonis").isEmpty)
  }

  @Test func headlinesAndVerbsOfSayingNameNoOrganisation() {
    #expect(kind(graph("Austin-based Zentrix Raises $200 Million."), "Zentrix") == .organization)
    #expect(graph("The company called \"Greenwashing\" a myth.").nodes.allSatisfy { $0.label != "Greenwashing" || $0.kind != .organization })
  }

  @Test func aCoordinatedSubjectBuildsTogetherAndDonationsSupport() {
    let g = graph("QTS and NorthC also operate data centers in Groningen.")
    #expect(!g.edges("QTS", .buildsIn, "Groningen").isEmpty)
    #expect(!g.edges("NorthC", .buildsIn, "Groningen").isEmpty)
    #expect(!graph("Google donated $5 million to Stanford University.").edges("Google", .supports, "Stanford").isEmpty)
    #expect(!graph("Google stiftet der TU München eine Million Euro.").edges("Google", .supports, "TU München").isEmpty)
  }

  @Test func germanSubsidiariesAndFoundersAfterAComma() {
    #expect(!graph("Opel, die deutsche Tochter des Autokonzerns Stellantis, baut ein Werk.").edges("Stellantis", .owns, "Opel").isEmpty)
    #expect(!graph("Audi, die Premiumtochter des Wolfsburger Konzerns Volkswagen, baut ein Werk.").edges("Volkswagen", .owns, "Audi").isEmpty)
    let g = graph("Celonis raised money. Its founders, Alexander Rinke and Bastian Nominacher, moved to New York.")
    #expect(!g.edges("Alexander Rinke", .founded, "Celonis").isEmpty)
    #expect(!g.edges("Bastian Nominacher", .founded, "Celonis").isEmpty)
    // After a sentence with two companies "its" may be either's (here the one bought).
    #expect(!graph("SAP bought Signavio. Its founders, Gero Decker and Torben Schreiter, joined SAP.").edges.contains { $0.relation == .founded })
  }
}
