import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Project names without quotes ("das Projekt SOOFI", "SOOFI-Projekt", "SOOFI-Initiative") and the
/// partners of a project named in the sentence before. Invented sentences.
@Suite struct ProjectNameTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func projectNamesAfterOrBeforeTheNoun() {
    let g = graph("Am SOOFI-Projekt sind Siemens und Bosch beteiligt.")
    #expect(g.nodes.contains { $0.label == "SOOFI" && $0.kind == .project })
    #expect(!g.edges("Siemens", .participatesIn, "SOOFI").isEmpty)
    #expect(graph("Siemens startet das Projekt SOOFI.").nodes.contains { $0.label == "SOOFI" && $0.kind == .project })
    #expect(graph("Siemens startet die SOOFI-Initiative.").nodes.contains { $0.label == "SOOFI-Initiative" && $0.kind == .project })
  }

  @Test func abbreviationsCommonNounsAndKnownNamesNameNoProject() {
    let g = graph("Das KI-Projekt, das Pilot-Projekt und das Siemens-Projekt laufen.")
    #expect(!g.nodes.contains { $0.kind == .project })
  }

  @Test func partnersWithoutAnOwnerAfterAProjectTakePartInIt() {
    let g = graph(
      "Die Telekom leitet das Vorhaben. Am SOOFI-Projekt sind acht Einrichtungen beteiligt. Zu den Partnern zählen die Fraunhofer-Gesellschaft und der KI-Bundesverband.")
    #expect(!g.edges("Fraunhofer-Gesellschaft", .participatesIn, "SOOFI").isEmpty)
    #expect(g.edges("Deutsche Telekom", .partnersWith, "Fraunhofer-Gesellschaft").isEmpty)
    // Without a project just before, the partners are the topic's.
    let h = graph("Die Telekom baut ein Netz. Zu den Partnern zählen SAP und Nokia.")
    #expect(!h.edges("Deutsche Telekom", .partnersWith, "SAP").isEmpty)
  }
}
