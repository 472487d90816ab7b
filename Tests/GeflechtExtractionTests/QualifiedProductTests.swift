import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// A maker's product named with adjectives or a compound, and persons told by an age or a role. Invented
/// sentences.
@Suite struct QualifiedProductTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aGenitiveAdjectivesAndAProductNoun() {
    let g = graph("The cluster runs on Nvidia's latest Blackwell GPUs.")
    #expect(!g.edges("Nvidia", .develops, "Blackwell").isEmpty)
    // A preposition between the genitive and the product: not its maker.
    let h = graph("Microsoft's investment in ChatGPT models was large.")
    #expect(h.edges("Microsoft", .develops, "ChatGPT").isEmpty)
  }

  @Test func aProductCompoundOfTheMaker() {
    let g = graph("In Kiel stehen rund 2000 H100-Chips des US-Konzerns Nvidia.")
    #expect(g.edges.contains { $0.relation == .develops && g.node($0.source).label == "Nvidia" })
  }

  @Test func anAgeInBracketsMarksAPerson() {
    let g = graph("Der bisherige Chef der Telekom, Srini Gopalan (54), wechselt nach Bonn.")
    #expect(g.nodes.contains { $0.label == "Srini Gopalan" && $0.kind == .person })
  }

  @Test func makingProductsForACustomer() {
    let g = graph("Samsung has struck an agreement to manufacture next-generation AI chips for Tesla at a new facility.")
    #expect(!g.edges("Samsung", .supplies, "Tesla").isEmpty)
    #expect(!graph("TSMC produziert seit Jahren Chips für Apple.").edges("TSMC", .supplies, "Apple").isEmpty)
    // Without a customer, nobody is supplied.
    #expect(graph("Samsung will manufacture chips for the car industry.").edges.allSatisfy { $0.relation != .supplies })
  }

  @Test func theUsersOfAProduct() {
    let g = graph("Die Plattform Gaia-X wächst. Zu den Nutzern gehören der Versorger EWE, Accenture und SAP.")
    for user in ["EWE", "Accenture", "SAP"] { #expect(!g.edges(user, .uses, "Gaia-X").isEmpty, "\(user)") }
  }

  @Test func aProductNamedWithItsMakersName() {
    let g = graph("Amazon Web Services hat in Potsdam die AWS European Sovereign Cloud gestartet. Zu den Nutzern gehören EWE und SAP.")
    #expect(g.nodes.contains { $0.label == "AWS European Sovereign Cloud" && $0.kind == .project })
    #expect(!g.edges("Amazon Web Services", .develops, "AWS European Sovereign Cloud").isEmpty)
    #expect(!g.edges("SAP", .uses, "AWS European Sovereign Cloud").isEmpty)
    // A product noun alone after the maker is no product's name.
    #expect(!graph("Bosch Software ist neu am Markt.").nodes.contains { $0.kind == .project })
  }

  @Test func whatTheThirdReviewFound() {
    // No maker before "manufactures … for": nobody supplies.
    #expect(graph("The supplier manufactures parts for Ford and GM.").edges.allSatisfy { $0.relation != .supplies })
    // A generic cloud or a hub keeps its company.
    #expect(labels(graph("Die Daten liegen in der Microsoft Cloud in Frankfurt.")).contains("Microsoft"))
    #expect(labels(graph("Amazon eröffnet den Amazon Logistics Hub in Leipzig.")).contains("Amazon"))
    // Another group's list ends the users' list.
    let g = graph("Microsoft hat Copilot vorgestellt. Zu den Nutzern gehören Siemens und Bosch, zu den Konkurrenten gehören Google und Amazon.")
    #expect(!g.edges("Siemens", .uses, "Copilot").isEmpty)
    #expect(g.edges("Google", .uses, "Copilot").isEmpty)
    // An area before the role.
    #expect(!graph("Volkswagen named Ralf Brandstätter as Europe CEO in 2022.").edges("Volkswagen", .hires, "Ralf Brandstätter").isEmpty)
  }
}
