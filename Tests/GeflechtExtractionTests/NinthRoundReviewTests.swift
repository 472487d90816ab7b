import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Misreadings a colleague's review of the ninth round's rules found, kept from coming back. Invented
/// sentences.
@Suite struct NinthRoundReviewTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aDismissalIsNoAppointmentAtTheCompanyUnderDiscussion() {
    let g = graph("Siemens wächst. Der Aufsichtsrat habe Anna Weber zum 1. Juli als Vorstandsvorsitzende abberufen.")
    #expect(g.edges("Anna Weber", .leads, "Siemens").isEmpty)
    #expect(g.edges("Siemens", .hires, "Anna Weber").isEmpty)
  }

  @Test func aWorldRegionInBracketsIsNoSeat() {
    let g = graph("The deal with Vodafone (Europe) was signed on Monday.")
    #expect(g.edges.filter { $0.relation == .buildsIn }.isEmpty)
  }

  @Test func aCountryBeforeAnInfinitiveClauseIsAnObject() {
    for text in ["Tesla Deutschland den Rücken zu kehren, wäre ein Fehler.", "Huawei Deutschland zu verbieten, fordern die USA."] {
      let g = graph(text)
      #expect(!labels(g).contains { $0.hasSuffix(" Deutschland") }, "\(text)")
    }
  }

  @Test func aSingleWordWithoutItsAccentsIsNotTheAccentedName() {
    let g = graph("Der Paketdienst Hermes stellt zu Weihnachten mehr Pakete zu.")
    #expect(!labels(g).contains("Hermès"))
  }

  @Test func aPersonLeadingAfterTheCommaIsNoInvestor() {
    let g = graph("Celonis sicherte sich 1 Milliarde Dollar, angeführt von Vorstandschef Alexander Rinke als Verhandlungsführer.")
    #expect(g.edges("Alexander Rinke", .investsIn, "Celonis").isEmpty)
  }
}
