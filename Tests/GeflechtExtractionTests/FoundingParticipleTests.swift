import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Founders named by a passive or an attributive participle, and the clause such a participle inserts.
/// Invented sentences.
@Suite struct FoundingParticipleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func everyCoordinatedOrganisationAfterByFounded() {
    let g = graph("Acme Robotics was founded by Siemens and Bosch.")
    #expect(!g.edges("Siemens", .founded, "Acme Robotics").isEmpty)
    #expect(!g.edges("Bosch", .founded, "Acme Robotics").isEmpty)
  }

  @Test func aReducedRelativeClauseNamesFoundersAndKeepsItsOwnStatus() {
    let g = graph("Acme Robotics, established by Siemens and Bosch, may invest in Vantage Data Centers.")
    let founded = g.edges("Siemens", .founded, "Acme Robotics")
    #expect(founded.count == 1)
    #expect(founded.first?.status == .asserted)
    // The main clause keeps its "may" (speculative statements stay out of the default graph).
    #expect(g.edges("Acme Robotics", .investsIn, "Vantage Data Centers").isEmpty)
    // A finite verb after the comma is no reduced relative: "Todd Rokita, joined …".
    let h = graph("The Attorney General, Jane Roe, joined 41 other AGs in a lawsuit against Meta.")
    #expect(h.edges("Meta", .hires, "Jane Roe").isEmpty)
  }

  @Test func anAttributiveParticipleWithCoordinatedAgents() {
    let g = graph("Das von Siemens und Bosch gegründete Unternehmen Acme Robotics wächst.")
    #expect(!g.edges("Siemens", .founded, "Acme Robotics").isEmpty)
    #expect(!g.edges("Bosch", .founded, "Acme Robotics").isEmpty)
    // Without an agent it only describes: no founder.
    let h = graph("Das 2019 gegründete Acme Robotics galt neben Siemens als Hoffnung.")
    #expect(h.edges.filter { $0.relation == .founded }.isEmpty)
  }
}
