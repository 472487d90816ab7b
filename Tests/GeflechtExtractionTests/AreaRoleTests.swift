import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// The role of an area in an apposition (`RelationExtractor.areaRoleOrganisation`): the person works for
/// the organisation after "bei"/"at" and leads only the area named before it. Invented sentences.
@Suite struct AreaRoleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aGermanAreaBeforeTheOrganisation() {
    for text in [
      "Mark Florian, globaler Leiter für diversifizierte Infrastruktur bei BlackRock, betont die Anstrengung.",
      "Mark Florian, Leiter der Infrastruktur bei BlackRock, sagte das.",
    ] {
      let g = graph(text)
      #expect(!g.edges("Mark Florian", .worksFor, "BlackRock").isEmpty, "\(text)")
      #expect(g.edges("Mark Florian", .leads, "BlackRock").isEmpty, "\(text)")
    }
  }

  @Test func anEnglishAreaBeforeTheOrganisationButNotADescriptionAfterIt() {
    let g = graph("Mark Florian, head of cloud sales at Microsoft, said so.")
    #expect(!g.edges("Mark Florian", .worksFor, "Microsoft").isEmpty)
    #expect(g.edges("Mark Florian", .leads, "Microsoft").isEmpty)
    // A description of the organisation after "at" is no area: the chief executive leads it.
    let h = graph("Mark Florian, CEO at data center builder Microsoft, said so.")
    #expect(!h.edges("Mark Florian", .leads, "Microsoft").isEmpty)
  }

  @Test func punctuationOrANameInsideEndsTheArea() {
    // A comma closes the apposition; a name inside is no area.
    let g = graph("Mark Florian, Leiter der Infrastruktur, sprach bei BlackRock.")
    #expect(g.edges("Mark Florian", .worksFor, "BlackRock").isEmpty)
    let h = graph("Mark Florian, Leiter für Kunden wie Siemens bei BlackRock, sagte das.")
    #expect(h.edges("Mark Florian", .worksFor, "BlackRock").isEmpty)
  }
}
