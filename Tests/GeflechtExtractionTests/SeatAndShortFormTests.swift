import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Where an organisation is based (located_in, not builds_in) and short forms of names with generic tails.
/// Invented sentences.
@Suite struct SeatAndShortFormTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    // (Seats are read here: `ExtractionOptions.includesSeats`.)
    extractor = try RuleBasedExtractor(options: ExtractionOptions(includesSeats: true))
  }

  @Test func aSeatIsLocatedIn() {
    let based = graph("Waterloo-based OpenText said it expects savings.")
    #expect(!based.edges("OpenText", .locatedIn, "Waterloo").isEmpty)
    #expect(based.edges("OpenText", .buildsIn, "Waterloo").isEmpty)
    #expect(!graph("Die Philips-Tochter Nexperia mit Sitz in Nijmegen stellt Chips her.").edges("Nexperia", .locatedIn, "Nijmegen").isEmpty)
    #expect(!graph("Das Startup Graphcore aus Bristol sammelt Geld ein.").edges("Graphcore", .locatedIn, "Bristol").isEmpty)
    // Building stays builds_in.
    let built = graph("Intel baut ein neues Werk in Magdeburg.")
    #expect(!built.edges("Intel", .buildsIn, "Magdeburg").isEmpty)
    #expect(built.edges("Intel", .locatedIn, "Magdeburg").isEmpty)
  }

  @Test func aSeatCueStaysWithItsOwnPlace() {
    // The compound's seat is Berlin; Boston is where the partnership was announced.
    let g = graph("The Berlin-based startup Enpal partnered with Amazon in Boston.")
    #expect(g.edges("Enpal", .locatedIn, "Boston").isEmpty)
    #expect(graph("Arm is listed in New York and based in Cambridge.").edges("Arm", .locatedIn, "New York").isEmpty)
  }

  @Test func thereIsThePlaceNamedBefore() {
    #expect(!graph("Oracle unterschrieb in Texas. Dort betreibt Oracle bereits ein Rechenzentrum.").edges("Oracle", .buildsIn, "Texas").isEmpty)
    #expect(graph("Siemens war in München. Dort sagte Siemens nichts.").edges("Siemens", .buildsIn, "München").isEmpty)
    #expect(!graph("Equinix plans to build data centers in the U.S. next year.").edges("Equinix", .buildsIn, "USA").isEmpty)
  }

  @Test func aShortFormDropsAGenericTail() {
    let g = graph("Talen Energy signed a power deal with Amazon. Talen subsidiary Cumulus built the facility.")
    #expect(!g.edges("Talen Energy", .owns, "Cumulus").isEmpty)
    let three = graph("Echelon Data Centres is a developer. Based in Dublin and owned by Starwood Capital, Echelon will hold 80% of the venture.")
    #expect(!three.edges("Starwood Capital", .owns, "Echelon Data Centres").isEmpty)
  }

  @Test func noShortFormBeforeAnotherName() {
    let g = graph("Constellation Energy signed a deal with Microsoft. Constellation Software acquired Altair.")
    #expect(g.edges("Constellation Energy", .acquires, "Altair").isEmpty)
    #expect(graph("Duke Energy supplies power to Amazon. Duke University partnered with IBM.").edges("Duke Energy", .partnersWith, "IBM").isEmpty)
    // A tail word is no short form of its own: "Energy Capital Partners" … "Energy prices".
    #expect(graph("Energy Capital Partners acquired Calpine. Energy companies such as RWE supply Amazon.").edges("Energy Capital Partners", .supplies, "Amazon").isEmpty)
  }
}
