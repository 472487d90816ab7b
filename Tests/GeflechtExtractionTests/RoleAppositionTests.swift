import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Organisations no list knows, named in a person's role apposition. Invented sentences.
@Suite struct RoleAppositionTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func theOrganisationAfterTheRole() {
    let g = graph("Frank Huang, Chairman of Qelvin, said the plan works.")
    #expect(!g.edges("Frank Huang", .leads, "Qelvin").isEmpty)
    let h = graph("Ian Fogg, industry analyst at Torvane Research, said the plan works.")
    #expect(!h.edges("Ian Fogg", .worksFor, "Torvane Research").isEmpty)
    let d = graph("Anna Weber, Chefin von Qelvin, sagte das am Montag.")
    #expect(!d.edges("Anna Weber", .leads, "Qelvin").isEmpty)
  }

  @Test func theOrganisationBeforeTheRole() {
    let g = graph("Kate Johnson, Qelvin president and CEO, said the plan works.")
    #expect(!g.edges("Kate Johnson", .leads, "Qelvin").isEmpty)
  }

  @Test func aDepartmentIsNoOrganisation() {
    let g = graph("Jane Roe, head of Research at Acme, said the plan works.")
    #expect(!labels(g).contains("Research"))
  }
}

/// What the review of the round found: departments, fashion models, brands after a company, a list that
/// runs on. Invented sentences.
@Suite struct RoundReviewTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aCoordinatedDepartmentIsNoEmployer() {
    let g = graph("Sarah Lee, head of Research and Development at Bayer, presented the pipeline.")
    #expect(!labels(g).contains("Research"))
    #expect(!graph("Laura Chen, vice president of Product, said the launch was delayed.").nodes.contains { $0.kind == .organization })
    #expect(!labels(graph("Tom Smith, Americas president and CEO of Siemens, spoke in Chicago.")).contains("Americas"))
  }

  @Test func personsInAListAfterModelleStayPersons() {
    let g = graph("Modelle wie Heidi Klum und Toni Garrn liefen über den Laufsteg in Paris.")
    #expect(g.nodes.contains { $0.label == "Heidi Klum" && $0.kind == .person })
    #expect(!g.nodes.contains { $0.kind == .project })
  }

  @Test func aListEndsAtACommaAfterItsCoordinator() {
    let g = graph("Apps like Duolingo and Babbel, Duolingo's CEO Luis von Ahn said, help people learn languages.")
    #expect(!g.nodes.contains { $0.kind == .project && $0.label.contains("CEO") })
    #expect(labels(g).contains("Luis von Ahn"))
  }

  @Test func aNameThatGoesOnIsNoItem() {
    let g = graph("Die Plattformen wie Airbnb und Booking.com müssen Daten an die Stadt liefern.")
    #expect(g.nodes.contains { $0.label == "Booking.com" && $0.kind == .organization })
    #expect(graph("Geräte wie Luftreiniger, Heizlüfter und Wasserkocher verbrauchen viel Strom.").nodes.isEmpty)
  }

  @Test func aPartnerAfterWithStaysAPartner() {
    let g = graph("Nvidia and Oracle team up with Microsoft on cloud capacity.")
    #expect(!g.edges("Oracle", .partnersWith, "Microsoft").isEmpty)
    #expect(!g.edges("Nvidia", .partnersWith, "Oracle").isEmpty)
  }

  @Test func aBareWordInsideAnotherNameIsNoShortForm() {
    let g = graph("Delta Inc. reported losses. The Mekong Delta is flooded, and the Delta in Davos was attended by BASF.")
    #expect(g.edges.allSatisfy { g.node($0.source).label != "Delta Inc." && g.node($0.target).label != "Delta Inc." })
    // A bare name alone still is the company.
    let h = graph("ServiceNow Inc. will buy Zeltrix Inc. this year. Zeltrix has received backing from Kleiner Perkins.")
    #expect(h.edges.contains { h.node($0.source).label == "Kleiner Perkins" && h.node($0.target).label == "Zeltrix Inc." })
  }

  @Test func aVoteIsTheVotersOwn() {
    #expect(graph("Shareholders of Tesla voted in favour of moving to Texas, the SEC said.").edges.allSatisfy { $0.relation != .regulates })
    let g = graph("The Louisiana Public Service Commission (LPSC) voted in favor of the plan by Entergy Louisiana.")
    #expect(g.edges.contains { $0.relation == .regulates })
  }

  @Test func aTimeBeforeAnAppositionIsNoName() {
    let g = graph("Last Monday Visa, a payment company, acquired Featurespace.")
    #expect(!labels(g).contains("Last Monday Visa"))
  }

  @Test func anInvestmentArmIsOwned() {
    let g = graph("Intel Capital, the investment arm of Intel, invested in SambaNova.")
    #expect(g.edges("Intel Capital", .investsIn, "Intel").isEmpty)
    #expect(!g.edges("Intel Capital", .investsIn, "SambaNova").isEmpty)
  }
}
