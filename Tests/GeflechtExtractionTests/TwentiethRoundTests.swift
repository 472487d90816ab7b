import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Sites: towns no list knows, placed by their region ("in Marlow Creek, Texas", "in Quellbach in
/// Brandenburg"), a region after a town that only qualifies it, and countries or world regions that name a
/// market rather than a site. Invented towns and sentences.
@Suite struct TwentiethRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func anUnknownTownBeforeItsRegionIsTheSite() {
    let german = graph("Infineon baut in Quellbach in Brandenburg ein Werk.")
    #expect(!german.edges("Infineon", .buildsIn, "Quellbach").isEmpty)
    #expect(german.edges("Infineon", .buildsIn, "Brandenburg").isEmpty)
    // "im US-Bundesstaat" makes even a country's name a state's.
    #expect(!graph("Hyundai baut ein Werk in Augusta im US-Bundesstaat Georgia.").edges("Hyundai Motor", .buildsIn, "Augusta").isEmpty)
    // Not a firm after "bei" or after a verb of investing, not a word before ", <state> <noun>".
    #expect(!labels(graph("Die Telekom baut Glasfaser bei Zentrix in Bayern aus.")).contains("Zentrix"))
    #expect(graph("Sequoia invested in Zentrix in California last year.").nodes.allSatisfy { $0.kind != .place })
    #expect(!labels(graph("In Response, Texas regulators approved the plan of Siemens.")).contains("Response"))
    let state = graph("Bosch betreibt eine Fabrik in Quellbach im Bundesstaat New York und baut nahe Tarnow City in North Carolina ein Werk.")
    #expect(!state.edges("Bosch", .buildsIn, "Quellbach").isEmpty)
    #expect(!state.edges("Bosch", .buildsIn, "Tarnow City").isEmpty)
    #expect(state.edges("Bosch", .buildsIn, "North Carolina").isEmpty)
    // After "in", a country may be where a firm sits: "investiert in Quorvex in Großbritannien" names no town.
    #expect(!labels(graph("SAP investiert in Quorvex in Großbritannien.")).contains("Quorvex"))
  }

  @Test func aRegionAfterATownAndACommaQualifiesItWhateverFollows() {
    let g = graph("Infineon is building a plant in Marlow Creek, Texas, and has announced two more sites.")
    #expect(!g.edges("Infineon", .buildsIn, "Marlow Creek").isEmpty)
    #expect(g.edges("Infineon", .buildsIn, "Texas").isEmpty)
    // The town keeps the region as written among its aliases.
    #expect(g.nodes.first { $0.label == "Marlow Creek" }?.aliases == ["Marlow Creek, Texas"])
    // A known town, too; a list of places still goes on after the region.
    let known = graph("Bosch baut ein Werk in Dresden, Sachsen, und hat weitere Standorte angekündigt.")
    #expect(!known.edges("Bosch", .buildsIn, "Dresden").isEmpty)
    #expect(known.edges("Bosch", .buildsIn, "Sachsen").isEmpty)
    let list = graph("Bosch baut Werke in Dresden, Sachsen und Bayern.")
    #expect(!list.edges("Bosch", .buildsIn, "Bayern").isEmpty)
    // A region inside a list of places is one of them; a second town with its region is a second pair.
    let cities = graph("Goldman Sachs eröffnet Büros in London, New York, Tokio und Paris.")
    #expect(["London", "New York", "Tokio", "Paris"].allSatisfy { !cities.edges("Goldman Sachs", .buildsIn, $0).isEmpty })
    #expect(cities.nodes.first { $0.label == "London" }?.aliases.isEmpty == true)
    let pairs = graph("Tesla builds cars in Fremont, California, and Austin, Texas.")
    #expect(!pairs.edges("Tesla", .buildsIn, "Fremont").isEmpty && !pairs.edges("Tesla", .buildsIn, "Austin").isEmpty)
    #expect(pairs.edges("Tesla", .buildsIn, "Kalifornien").isEmpty && pairs.edges("Tesla", .buildsIn, "Texas").isEmpty)
  }

  @Test func aMajorityStakeIsOwnership() {
    #expect(!graph("Silver Lake hält gut 84 Prozent der Anteile an der Software AG.").edges("Silver Lake", .owns, "Software AG").isEmpty)
    #expect(!graph("SoftBank holds a roughly 90% stake in Arm.").edges("SoftBank", .owns, "Arm").isEmpty)
    #expect(!graph("Insight Partners took a controlling stake in Siemens in 2019.").edges("Insight Partners", .owns, "Siemens").isEmpty)
    // A minority, or a past majority, is an investment.
    let minority = graph("Silver Lake hält 14 Prozent an der Software AG.")
    #expect(!minority.edges("Silver Lake", .investsIn, "Software AG").isEmpty)
    #expect(minority.edges("Silver Lake", .owns, "Software AG").isEmpty)
    #expect(graph("Hitachi hielt bis 2016 60 Prozent an Bosch.").edges("Hitachi", .owns, "Bosch").isEmpty)
    // A majority sold, or held jointly, is owned by none of them; a share outside the stake is none.
    #expect(graph("Intel sold a 51% stake in Altera to Silver Lake.").edges("Intel", .owns, "Altera").isEmpty)
    #expect(graph("KKR and Blackstone together hold a 70% stake in Ventura Labs.").edges.allSatisfy { $0.relation != .owns })
    #expect(graph("Siemens und Bosch halten 60 Prozent an Infineon.").edges.allSatisfy { $0.relation != .owns })
    #expect(graph("Microsoft, whose cloud revenue rose 60 percent, invested in OpenAI.").edges.allSatisfy { $0.relation != .owns })
    #expect(graph("Siemens hält 60 Prozent weniger Anteile an Infineon als früher.").edges.allSatisfy { $0.relation != .owns })
    // A person holds, an organisation owns (`owns` is between organisations).
    #expect(graph("Elon Musk holds a controlling stake in SpaceX.").edges.allSatisfy { $0.relation != .owns })
  }

  @Test func aRegulatorInvestsInNothing() {
    let g = graph("The Federal Trade Commission opened an inquiry into the investments of Alphabet, Amazon and Microsoft in AI start-ups.")
    #expect(["Alphabet", "Amazon", "Microsoft"].allSatisfy { g.edges("Federal Trade Commission", .investsIn, $0).isEmpty })
    #expect(!graph("Das Bundeskartellamt hält 60 Prozent an Siemens.").edges.contains { $0.relation == .owns || $0.relation == .investsIn })
    // Governments, ministries and the EU do invest and own.
    #expect(!graph("Die Bundesregierung hält 99 Prozent an Uniper.").edges("Bundesregierung", .owns, "Uniper").isEmpty)
    #expect(!graph("The EU invested €3 billion in Northvolt.").edges("EU", .investsIn, "Northvolt").isEmpty)
  }

  @Test func itsProductAtTheSentenceStartIsThePreviousCompanys() {
    #expect(!graph("Qualcomm is growing fast. Its own Oryon chips are fast.").edges("Qualcomm", .develops, "Oryon").isEmpty)
    // Not when the previous sentence names two companies.
    #expect(graph("Apple and Qualcomm compete. Its own C1 modem is fast.").edges.allSatisfy { $0.relation != .develops })
  }

  @Test func investorsWhoLedIt() {
    let g = graph("Quornet raised $10 billion. Andreessen Horowitz, DST Global, Singapore sovereign wealth fund GIC and Insight Partners co-led it.")
    #expect(["Andreessen Horowitz", "DST Global", "GIC", "Insight Partners"].allSatisfy { !g.edges($0, .investsIn, "Quornet").isEmpty })
    // "it" is a round only after a sentence that raised money, and only when it closes the clause; a person
    // who led "it" led the company.
    #expect(graph("Siemens reported higher revenue. Insight Partners led it.").edges.allSatisfy { $0.relation != .investsIn })
    #expect(graph("Quornet raised $20 million last year. Insight Partners led it to a listing.").edges.allSatisfy { $0.relation != .investsIn })
    #expect(graph("Quornet raised $20 million last year. Jane Doe has led it since 2020.").edges.allSatisfy { $0.relation != .investsIn })
  }

  @Test func aDescribedNameAfterMit() {
    let g = graph("SAP steht im Wettbewerb mit dem indischstämmigen Anbieter Whatfix und dem US-Unternehmen Pendo.")
    #expect(!g.edges("SAP", .competesWith, "Whatfix").isEmpty || !g.edges("Whatfix", .competesWith, "SAP").isEmpty)
    #expect(!g.edges("SAP", .competesWith, "Pendo").isEmpty || !g.edges("Pendo", .competesWith, "SAP").isEmpty)
    // Not past a preposition: "mit dem Chef von X".
    #expect(graph("Siemens steht im Wettbewerb mit dem Chef von Nvidia.").edges.allSatisfy { $0.relation != .competesWith })
  }

  @Test func theSubjectBeforeAnInterruption() {
    let g = graph("Die Schwarz-Gruppe, Mutterkonzern von Lidl und Kaufland, übernimmt sämtliche Anteile, die der Technologiekonzern Bosch an Aleph Alpha hält.")
    #expect(!g.edges("Schwarz Gruppe", .investsIn, "Aleph Alpha").isEmpty)
    #expect(!g.edges("Bosch", .investsIn, "Aleph Alpha").isEmpty)
    #expect(g.edges("Kaufland", .investsIn, "Bosch").isEmpty && g.edges("Lidl", .investsIn, "Bosch").isEmpty)
    #expect(g.edges("Schwarz Gruppe", .investsIn, "Bosch").isEmpty)
    let plain = graph("Die Schwarz-Gruppe, Mutterkonzern von Lidl und Kaufland, übernimmt sämtliche Anteile, die Bosch an Aleph Alpha hält.")
    #expect(plain.edges("Kaufland", .investsIn, "Aleph Alpha").isEmpty && plain.edges("Lidl", .investsIn, "Aleph Alpha").isEmpty)
    #expect(!plain.edges("Schwarz Gruppe", .investsIn, "Aleph Alpha").isEmpty)
    // A coordinated subject acts as a whole.
    let both = graph("Siemens and SAP, both partners of Nvidia, invested in Aleph Alpha.")
    #expect(!both.edges("Siemens", .investsIn, "Aleph Alpha").isEmpty && !both.edges("SAP", .investsIn, "Aleph Alpha").isEmpty)
  }

  @Test func goodsProcuredFromASupplier() {
    #expect(!graph("Volkswagen bezieht Batteriezellen von CATL.").edges("CATL", .supplies, "Volkswagen").isEmpty)
    #expect(!graph("Mercedes sources batteries from CATL.").edges("CATL", .supplies, "Mercedes-Benz").isEmpty)
    #expect(!graph("Equinix placed a pre-order for 20 microreactors from Radiant Nuclear.").edges("Radiant Nuclear", .supplies, "Equinix").isEmpty)
    // Stopping is no supply.
    #expect(graph("Volkswagen bezieht keine Batteriezellen mehr von CATL.").edges("CATL", .supplies, "Volkswagen").isEmpty)
  }

  @Test func aCountryWithoutAFacilityWordIsAMarket() {
    #expect(graph("Siemens plans to expand in Europe, North America and Japan.").edges.allSatisfy { $0.relation != .buildsIn })
    // The facility word may follow the country.
    #expect(!graph("Tesla eröffnet in Indien ein Werk.").edges("Tesla", .buildsIn, "Indien").isEmpty)
    #expect(!graph("Siemens expands in Mexico with a new data center.").edges("Siemens", .buildsIn, "Mexiko").isEmpty)
    let plants = graph("Siemens operates plants in Japan and Brazil.")
    #expect(!plants.edges("Siemens", .buildsIn, "Japan").isEmpty)
    #expect(!plants.edges("Siemens", .buildsIn, "Brasilien").isEmpty)
    // A state is a site whatever the cue: "expand in Texas" builds there.
    #expect(!graph("Siemens plans to expand in Texas.").edges("Siemens", .buildsIn, "Texas").isEmpty)
  }
}

/// People: unknown names listed between people, founders after "gegründet – von", an apposition's role
/// past a known name with an apostrophe genitive ("AT&T's"), and a role after "als" that is the subject's.
/// Invented names and sentences.
@Suite struct TwentiethRoundPeopleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func unknownNamesListedBetweenPeopleArePeople() {
    let g = graph("An dem Treffen nahmen Sam Altman, Yorvin Kestal, Ilko Brandt und Greg Brockman teil.")
    #expect(g.nodes.filter { $0.kind == .person }.map(\.label).sorted() == ["Greg Brockman", "Ilko Brandt", "Sam Altman", "Yorvin Kestal"])
    // One person is no list of people.
    #expect(!labels(graph("Microsoft, Sam Altman und Open Research arbeiten zusammen.")).contains("Open Research"))
  }

  @Test func foundersAfterADash() {
    let g = graph("Quornet wurde erst 2020 gegründet – von Yorvin Kestal und Greg Brockman.")
    #expect(!g.edges("Yorvin Kestal", .founded, "Quornet").isEmpty)
    #expect(!g.edges("Greg Brockman", .founded, "Quornet").isEmpty)
  }

  @Test func aFoundingAppositionMakesAnOrganisation() {
    #expect(graph("Quornet, 2015 gegründet, tritt kaum unter eigener Marke auf.").nodes.contains { $0.label == "Quornet" && $0.kind == .organization })
    #expect(graph("Quornet, founded in 2019, makes chips for cars.").nodes.contains { $0.label == "Quornet" && $0.kind == .organization })
    // Not without a year: "Quornet, gegründet von Ingenieuren, …" says who, and that is read elsewhere.
    #expect(!graph("Quornet, neu gegründet, tritt kaum auf.").nodes.contains { $0.label == "Quornet" })
    // Nor with a year before the industrial age: a town.
    #expect(!graph("Quellbach, 1315 gegründet, liegt im Spreewald.").nodes.contains { $0.label == "Quellbach" })
  }

  @Test func aKnownNameOfOneWrittenWordBeforeMoreWordsAndALegalForm() {
    let g = graph("Das sagte Michael Martin, Geschäftsführer der 1&1 Mobilfunk GmbH, in Barcelona.")
    #expect(!g.edges("Michael Martin", .leads, "1&1 Mobilfunk GmbH").isEmpty)
    #expect(!labels(g).contains("Mobilfunk GmbH"))
  }

  @Test func dataProvidersAreCitedLikeAgencies() {
    let g = graph("Recorded Future's investors had, according to PitchBook, pumped more than $1.1 billion into the business.")
    #expect(!labels(g).contains("PitchBook"))
    #expect(g.edges.allSatisfy { $0.relation != .investsIn })
  }

  @Test func anApostropheGenitiveOfAnyKnownName() {
    let g = graph("Jorun Takvam, AT&T's chief technology officer, told reporters.")
    #expect(!g.edges("Jorun Takvam", .worksFor, "AT&T").isEmpty)
  }

  @Test func theHeadOfAUnitOrAreaWorksForThePossessor() {
    let unit = graph("Nandini Iyer, who heads Infosys's European business, said clients were cautious.")
    #expect(!unit.edges("Nandini Iyer", .worksFor, "Infosys").isEmpty && unit.edges("Nandini Iyer", .leads, "Infosys").isEmpty)
    let area = graph("Elif Demir, AT&T's head of AI, said so.")
    #expect(!area.edges("Elif Demir", .worksFor, "AT&T").isEmpty && area.edges("Elif Demir", .leads, "AT&T").isEmpty)
    // The company's own head leads it, also "CEO of 13 years", "runs Nvidia's business" (all of it).
    #expect(!graph("Satya Nadella, Microsoft's chief executive, said so.").edges("Satya Nadella", .leads, "Microsoft").isEmpty)
    #expect(!graph("Tim Cook, Apple's CEO of 13 years, said so.").edges("Tim Cook", .leads, "Apple").isEmpty)
    #expect(!graph("Jensen Huang, who runs Nvidia's business, said so.").edges("Jensen Huang", .leads, "Nvidia").isEmpty)
  }

  @Test func aPersonWhoJoinsAnOrganisationWorksForIt() {
    let g = graph("Rahul Mehta, AT&T's former chief technology officer, joined Verizon.")
    #expect(!g.edges("Rahul Mehta", .worksFor, "Verizon").isEmpty)
    #expect(g.edges.allSatisfy { $0.relation != .memberOf })
    // An organisation that joins is a member; a person who only speaks joins nothing.
    #expect(!graph("Siemens joined the AI Alliance.").edges("Siemens", .memberOf, "AI Alliance").isEmpty)
    let said = graph("Jane Doe said Siemens joined the AI Alliance.")
    #expect(!said.edges("Siemens", .memberOf, "AI Alliance").isEmpty && said.edges("Jane Doe", .worksFor, "AI Alliance").isEmpty)
    #expect(graph("After meeting Jane Doe, Siemens joined the AI Alliance.").edges("Jane Doe", .worksFor, "AI Alliance").isEmpty)
    // Coordinated people, and past an auxiliary.
    let two = graph("Jane Doe and John Roe have joined Bosch.")
    #expect(!two.edges("Jane Doe", .worksFor, "Bosch").isEmpty && !two.edges("John Roe", .worksFor, "Bosch").isEmpty)
  }

  @Test func aRoleAfterAlsIsTheSubjects() {
    let g = graph("Sam Altman führt Wiz seither als Vorstandschef, Greg Brockman verantwortet die Technik.")
    #expect(!g.edges("Sam Altman", .leads, "Wiz").isEmpty)
    #expect(g.edges("Greg Brockman", .leads, "Wiz").isEmpty)
    // The apposition still names its person, closed or not.
    #expect(!graph("Microsoft's chief executive, Greg Brockman, said so.").edges("Greg Brockman", .leads, "Microsoft").isEmpty)
    #expect(!graph("Microsoft's chief executive, Satya Nadella said the company would invest more.").edges("Satya Nadella", .leads, "Microsoft").isEmpty)
  }
}
