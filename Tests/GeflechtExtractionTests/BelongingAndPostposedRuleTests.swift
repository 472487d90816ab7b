import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Owners in an attributive participle, seats in brackets and in an opening participle phrase, investors
/// after a fronted participle, clauses that end in their verb, national units. Invented sentences.
@Suite struct BelongingAndPostposedRuleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    // (Seats are read here: `ExtractionOptions.includesSeats`.)
    extractor = try RuleBasedExtractor(options: ExtractionOptions(includesSeats: true))
  }

  @Test func theCompanyAnAttributiveParticipleBelongsToOwnsIt() {
    let g = graph("Käufer ist die zum spanischen Siemens-Konzern gehörende Infrastrukturfirma Acme Robotics.")
    #expect(!g.edges("Siemens", .owns, "Acme Robotics").isEmpty)
    let h = graph("Acme Robotics, ein zu Siemens gehörendes Unternehmen, wächst.")
    #expect(!h.edges("Siemens", .owns, "Acme Robotics").isEmpty)
    // Not another phrase before the participle.
    let k = graph("Siemens kauft zum Jahresende die zu dem Geschäft gehörenden Anlagen von Acme Robotics.")
    #expect(k.edges("Siemens", .owns, "Acme Robotics").isEmpty)
  }

  @Test func aTownInBracketsAfterANameIsItsSeat() {
    let g = graph("Tenstorrent (Toronto, Canada) has raised US$100 million.")
    #expect(!g.edges("Tenstorrent", .locatedIn, "Toronto").isEmpty)
    // Not a country alone.
    let h = graph("Mistral AI (Frankreich) sammelt Geld ein.")
    #expect(h.edges("Mistral AI", .buildsIn, "Frankreich").isEmpty)
  }

  @Test func anOpeningSeatPhraseDescribesTheSubjectAfterIt() {
    let g = graph("Founded in 2000 and headquartered in Austin, Texas, Acme Robotics makes robots.")
    #expect(!g.edges("Acme Robotics", .locatedIn, "Austin").isEmpty)
  }

  @Test func investorsAfterAFrontedParticipleInvestInTheRaisingCompany() {
    let g = graph("Acme Robotics hat 25 Millionen Euro eingesammelt. Ebenfalls beteiligt waren Siemens, Capnamic und Bosch.")
    for investor in ["Siemens", "Capnamic", "Bosch"] {
      #expect(!g.edges(investor, .investsIn, "Acme Robotics").isEmpty)
    }
    let h = graph("Beteiligt sind Siemens und Bosch an der Firma Acme Robotics.")
    #expect(!h.edges("Bosch", .investsIn, "Acme Robotics").isEmpty)
    // Without a company that raised money or one named with "an", no object.
    let k = graph("Ebenfalls beteiligt waren Siemens und Bosch.")
    #expect(k.edges.filter { $0.relation == .investsIn }.isEmpty)
  }

  @Test func namesAfterAVerbThatClosesASubordinateClauseAreNoObjects() {
    let g = graph("Das Werk sorgte für Ärger, weil Silex Microsystems den Standort übernahm – eine Tochter der Firma Sai Microelectronics.")
    #expect(g.edges("Silex Microsystems", .acquires, "Sai Microelectronics").isEmpty)
    #expect(labels(g).contains("Sai Microelectronics"))
    // The verb-last clause with its object before the verb still reads.
    let h = graph("Die Zeitung berichtet, dass Siemens den Softwarehersteller Altair übernimmt.")
    #expect(!h.edges("Siemens", .acquires, "Altair").isEmpty)
  }

  @Test func aKnownCompanyAndACountryOpeningTheSentenceNameItsNationalUnit() {
    let g = graph("Berlin (Reuters) - Siemens Deutschland trennt sich von Funkmasten. Finanzchef Paul Weber sagte das.")
    #expect(labels(g).contains("Siemens Deutschland"))
    #expect(!g.edges("Paul Weber", .worksFor, "Siemens Deutschland").isEmpty)
    // An object after the verb stays a country: "stärkt Siemens Deutschland als Standort".
    let h = graph("Damit stärkt Siemens Deutschland als Standort.")
    #expect(!labels(h).contains("Siemens Deutschland"))
  }
}
