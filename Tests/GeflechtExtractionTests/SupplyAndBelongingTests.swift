import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Goods taken from a supplier, being part of a group, who stands behind a company, unknown brands before
/// a role, and appositions without an article. Invented sentences.
@Suite struct SupplyAndBelongingTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func goodsTakenFromASupplier() {
    #expect(!graph("Deutsche Telekom chose Ericsson equipment for parts of its network.").edges("Ericsson", .supplies, "Deutsche Telekom").isEmpty)
    #expect(!graph("Samsung had postponed deliveries of ASML equipment.").edges("ASML", .supplies, "Samsung").isEmpty)
    let two = graph("Microsoft uses Nvidia and AMD chips in its data centers.")
    #expect(!two.edges("Nvidia", .supplies, "Microsoft").isEmpty)
    #expect(!two.edges("AMD", .supplies, "Microsoft").isEmpty)
    #expect(!graph("Vodafone nutzt Huawei-Technik im Kernnetz.").edges("Huawei", .supplies, "Vodafone").isEmpty)
    #expect(!graph("Die Telekom setzt auf Technik von Nokia.").edges("Nokia", .supplies, "Deutsche Telekom").isEmpty)
    // Selling goods to someone is the other way round, and no verb of taking gives nothing.
    #expect(graph("Apple sold iPhone hardware to Google.").edges("Google", .supplies, "Apple").isEmpty)
    #expect(graph("Nokia equipment impressed analysts at Ericsson.").edges("Nokia", .supplies, "Ericsson").isEmpty)
  }

  @Test func partOfAGroup() {
    let g = graph("Cleverciti, Anbieter von KI-basierter Parkmanagement-Software, ist jetzt Teil der internationalen Parkhelp-Gruppe.")
    #expect(g.nodes.contains { $0.label == "Cleverciti" && $0.kind == .organization })
    #expect(!g.edges("Parkhelp-Gruppe", .owns, "Cleverciti").isEmpty)
    #expect(!graph("Red Hat is now part of IBM.").edges("IBM", .owns, "Red Hat").isEmpty)
    #expect(graph("Red Hat is a key part of the strategy of IBM.").edges("IBM", .owns, "Red Hat").isEmpty)
    // An alliance has members.
    let alliance = graph("Lufthansa ist Teil der Star Alliance.")
    #expect(!alliance.edges("Lufthansa", .memberOf, "Star Alliance").isEmpty)
    #expect(alliance.edges("Star Alliance", .owns, "Lufthansa").isEmpty)
  }

  @Test func whoStandsBehind() {
    #expect(!graph("Der Bieter ist Rocket Software, hinter der der Finanzinvestor Bain Capital steht.").edges("Bain Capital", .owns, "Rocket Software").isEmpty)
    let fronted = graph("Hinter Rocket Software steht der Finanzinvestor Bain Capital.")
    #expect(!fronted.edges("Bain Capital", .owns, "Rocket Software").isEmpty)
    #expect(!fronted.nodes.contains { $0.label.hasPrefix("Hinter") })
  }

  @Test func anUnknownBrandBeforeARole() {
    #expect(!graph("Das sagte Voith-Chef Dirk Hoke am Montag.").edges("Dirk Hoke", .leads, "Voith").isEmpty)
    for text in ["Das sagte Finanz-Chef Hans Müller.", "Digital-Chefin Anna Schmidt setzt auf KI.", "Noch-Chef Oliver Zipse verabschiedet sich.",
                 "Lunar Harbor-Gründer Christian Hecker sieht Wachstum."] {
      #expect(!graph(text).nodes.contains { $0.kind == .organization }, "\(text)")
    }
  }

  @Test func stakesOfACoordinatedSubject() {
    let g = graph("Bosch, Infineon und NXP halten jeweils 10 Prozent an ESMC.")
    for holder in ["Bosch", "Infineon", "NXP"] { #expect(!g.edges(holder, .investsIn, "ESMC").isEmpty, "\(holder)") }
    #expect(!graph("Microsoft holds a stake of 27% in OpenAI.").edges("Microsoft", .investsIn, "OpenAI").isEmpty)
  }

  @Test func investorsAfterThePluralNoun() {
    let g = graph("Mistral raised €600 million from investors, including General Catalyst and Nvidia.")
    #expect(!g.edges("General Catalyst", .investsIn, "Mistral").isEmpty)
    #expect(g.edges("Mistral", .investsIn, "General Catalyst").isEmpty)
    #expect(g.edges("Mistral", .investsIn, "Nvidia").isEmpty)
  }

  @Test func paymentsAreNoFunding() {
    #expect(graph("Microsoft erhält 10 Milliarden Dollar von OpenAI für Cloud-Dienste.").edges("OpenAI", .investsIn, "Microsoft").isEmpty)
    #expect(graph("Porsche erhält 30 Millionen Euro Schadensersatz von Bosch.").edges("Bosch", .investsIn, "Porsche").isEmpty)
  }

  @Test func thirdReviewRegressions() {
    // A ranking is no ownership; an owner or investor is described as one.
    #expect(graph("Hinter Apple steht Samsung mit 20 Prozent Marktanteil auf Platz zwei.").edges("Samsung", .owns, "Apple").isEmpty)
    #expect(graph("Hinter Volkswagen steht Toyota als größter Autobauer der Welt.").edges("Toyota", .owns, "Volkswagen").isEmpty)
    #expect(!graph("Hinter Northvolt steht unter anderem Volkswagen als größter Anteilseigner.").edges("Volkswagen", .owns, "Northvolt").isEmpty)
    // Stopping, or choosing another vendor, takes no goods; buying goods buys no company.
    let stopped = graph("Telefónica stopped buying Huawei equipment in 2020.")
    #expect(stopped.edges("Huawei", .supplies, "Telefónica").isEmpty)
    #expect(stopped.edges("Telefónica", .acquires, "Huawei").isEmpty)
    #expect(graph("Orange selected Nokia over Huawei equipment for its 5G network.").edges("Huawei", .supplies, "Orange").isEmpty)
    // A foundation has members; a company's strategy owns nobody.
    #expect(!graph("Google is part of the Linux Foundation.").edges("Google", .memberOf, "Linux Foundation").isEmpty)
    #expect(graph("SAP wird Teil von Microsofts KI-Strategie.").edges("Microsoft", .owns, "SAP").isEmpty)
    // Cutting jobs "dort" builds nothing there.
    #expect(graph("Volkswagen hat ein Werk in Zwickau. Dort baut Continental 1000 Stellen ab.").edges("Continental", .buildsIn, "Zwickau").isEmpty)
    // A short brand at the sentence's start or after "Laut".
    #expect(!graph("Opel-Chef Florian Huettl stellt das neue Modell vor.").edges("Florian Huettl", .leads, "Opel").isEmpty)
    #expect(!graph("Laut Opel-Chef Florian Huettl steigt der Absatz.").edges("Florian Huettl", .leads, "Opel").isEmpty)
    // Fines and dividends are no funding.
    #expect(graph("Google received a 4 billion euro fine from the European Commission.").edges("EU-Kommission", .investsIn, "Google").isEmpty)
    #expect(graph("Siemens erhielt 300 Millionen Euro Dividende von Siemens Healthineers.").edges("Siemens Healthineers", .investsIn, "Siemens").isEmpty)
  }

  @Test func aCountryManagerWorksForTheFirm() {
    #expect(!graph("Das sagte Dirk Schmitz, Länderleiter von BlackRock in Deutschland.").edges("Dirk Schmitz", .worksFor, "BlackRock").isEmpty)
  }
}
