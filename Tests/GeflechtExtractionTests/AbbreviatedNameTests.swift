import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Names introduced with their abbreviation in brackets (EntityRecognizer+Abbreviations.swift) and found
/// again by it; a power purchase agreement buys no company. Invented names and sentences.
@Suite struct AbbreviatedNameTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func initialsThatSpellTheAbbreviationNameAnOrganisationOrALaw() {
    let g = graph("The Federal Mining Safety Commission (FMSC) examined the deal. The FMSC blocked the deal of Talen Energy.")
    #expect(g.nodes.contains { $0.label == "Federal Mining Safety Commission" && $0.kind == .organization })
    // The abbreviation alone names it again: a regulator by its name part "commission".
    #expect(!g.edges("Federal Mining Safety Commission", .regulates, "Talen Energy").isEmpty)
    #expect(graph("Amazon falls under the Digital Services Levy Act (DSLA).").nodes.contains {
      $0.label == "Digital Services Levy Act" && $0.kind == .project
    })
    // German names open with their head.
    #expect(graph("Das Zentrum für Sichere Künstliche Intelligenz (ZSKI) arbeitet mit SAP.").nodes.contains {
      $0.label == "Zentrum für Sichere Künstliche Intelligenz" && $0.kind == .organization
    })
  }

  @Test func noNameWithoutMatchingInitialsOrAHead() {
    // Initials that do not spell it, and a name without a head word.
    let g = graph("The Federal Safety Commission (FMSC) met. Amazon signed a Power Purchase Agreement (PPA) with Talen Energy.")
    #expect(!g.nodes.contains { $0.label.contains("Commission") || $0.label.contains("Agreement") })
    #expect(g.edges("Amazon", .acquires, "Talen Energy").isEmpty)
  }
}
