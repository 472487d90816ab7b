import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Speakers, second roles, colons, so-called names, users of a document's product and round-up sections.
/// Invented sentences.
@Suite struct TwelfthRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aTrailingSpeakerIsNoObject() {
    #expect(graph("Cohere will use the capital for computing and hiring, Martin Kon said.").edges("Cohere", .hires, "Martin Kon").isEmpty)
    let hired = graph("Microsoft hired Mustafa Suleyman, Satya Nadella said.")
    #expect(!hired.edges("Microsoft", .hires, "Mustafa Suleyman").isEmpty)
    #expect(hired.edges("Microsoft", .hires, "Satya Nadella").isEmpty)
    #expect(graph("Das Geld stammt von Lakestar, sagte Mitgründer Jonas Andrulis.").edges("Jonas Andrulis", .investsIn, "Lakestar").isEmpty)
  }

  @Test func aSecondCoordinatedRole() {
    let g = graph("Rapidus President Atsuyoshi Koike (left) and Chairman Tetsuro Higashi hold a news conference.")
    #expect(!g.edges("Atsuyoshi Koike", .leads, "Rapidus").isEmpty)
    #expect(!g.edges("Tetsuro Higashi", .leads, "Rapidus").isEmpty)
    #expect(graph("Nvidia CEO Jensen Huang and President Donald Trump discussed export controls.").edges("Donald Trump", .leads, "Nvidia").isEmpty)
  }

  @Test func aSecondSurnameEndingTheSentence() {
    #expect(graph("Die Verantwortung übernahm die Managerin Michelle Johnston Holthaus.").nodes.contains { $0.label == "Michelle Johnston Holthaus" })
    #expect(graph("Das sagte Anna Weber Montag.").nodes.contains { $0.label == "Anna Weber" })
  }

  @Test func boundsOfTheRoundsRules() {
    // A designator "Holding" is no verb of holding (its range once ran backwards), a sentence may end in
    // "by", and a verb of receiving may have nothing after it.
    let holding = graph("Vodafone erwirbt die Anteile, die Porsche Holding an VW hält.")
    #expect(holding.edges("Vodafone", .investsIn, "Porsche").isEmpty)
    // (A majority: ownership since the twentieth round.)
    #expect(!graph("Die Porsche Automobil Holding hält 53 Prozent an Volkswagen.").edges("Porsche SE", .owns, "Volkswagen").isEmpty)
    #expect(graph("Cohere, an AI startup backed by").edges.isEmpty)
    #expect(graph("Cohere received").edges.isEmpty)
  }

  @Test func aSemicolonEndsTheCuesReach() {
    #expect(graph("Siemens hired a new CFO; Ralf Thomas will leave the company.").edges("Siemens", .hires, "Ralf Thomas").isEmpty)
    #expect(graph("Apple works with suppliers; TSMC makes its chips.").edges("Apple", .supplies, "TSMC").isEmpty)
  }

  @Test func workedAt() {
    let g = graph("Christophe Fouquet joined ASML in 2008. Before that, he worked at chip companies such as Applied Materials and KLA.")
    #expect(!g.edges("Christophe Fouquet", .worksFor, "Applied Materials").isEmpty)
    #expect(!g.edges("Christophe Fouquet", .worksFor, "KLA").isEmpty)
  }

  @Test func soCalledBuiltThings() {
    let g = graph("Mit der sogenannten Smart Power Fab erweitert Infineon sein Werk in Dresden.")
    #expect(g.nodes.contains { $0.label == "Smart Power Fab" && $0.kind == .project })
    #expect(!graph("Bosch entwickelt den sogenannten Ultra Low Power Chip für Wearables.").edges("Bosch", .develops, "Ultra Low Power Chip").isEmpty)
    for text in ["The so-called Magnificent Seven include Nvidia and Apple.", "Die sogenannte Künstliche Intelligenz verändert alles.",
                 "The so-called Global South buys Huawei phones.", "Die sogenannten Hyperscaler Rechenzentren wachsen."] {
      #expect(!graph(text).nodes.contains { $0.kind == .project }, "\(text)")
    }
  }

  @Test func theUsersOfTheDocumentsProduct() {
    let text = """
      Microsoft baut Azure aus. Azure läuft in Frankfurt. Kunden testen Azure seit Mai.

      Der Markt wächst. Viele Firmen planen Rechenzentren.

      Zu den Nutzern gehören SAP, Siemens und Bosch.
      """
    let g = graph(text)
    for user in ["SAP", "Siemens", "Bosch"] { #expect(!g.edges(user, .uses, "Azure").isEmpty, "\(user)") }
  }

  @Test func roundUpSectionsAreNoTeasers() {
    let text = """
      Chefwechsel: Diese Konzerne bekamen neue Manager

      Wir blicken auf Chefwechsel in den Unternehmen zurück.

      Voith: Maschinenbauer setzt zur Landung an

      Nach dem Abgang von Toralf Haag erhält Voith einen neuen Chef. Dirk Hoke wird das Zepter beim Technologiekonzern übernehmen.

      Chefwechsel bei Microsoft: Eine Frau folgt auf eine Frau

      Agnes Heftberger ist seit April Vorsitzende der Geschäftsführung von Microsoft Deutschland.
      """
    let g = graph(text)
    #expect(g.nodes.contains { $0.label == "Agnes Heftberger" })
    #expect(g.nodes.contains { $0.label == "Dirk Hoke" })
    // Without the colons the two pairs read as teasers for other articles, named nowhere else.
    let teasers = graph(text.replacingOccurrences(of: "Voith:", with: "Voith").replacingOccurrences(of: "Microsoft:", with: "Microsoft"))
    #expect(!teasers.nodes.contains { $0.label == "Agnes Heftberger" })
  }
}
