import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// An institution noun with the place after it names one organisation ("Leibniz Universität Hannover").
@Suite struct PlaceNamedInstitutionTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aUniversityWithItsPlace() {
    let g = graph("Siemens arbeitet mit der Leibniz Universität Hannover und der Universität Stuttgart zusammen.")
    #expect(g.nodes.contains { $0.label == "Leibniz Universität Hannover" && $0.kind == .organization })
    #expect(g.nodes.contains { $0.label == "Universität Stuttgart" && $0.kind == .organization })
    #expect(!g.nodes.contains { $0.kind == .place })
  }
}
