import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// A passive noun with a described object ("die Übernahme des Krebsspezialisten X durch Y") and a fronted
/// participle phrase with its agent ("Owned by X, Y …"). Invented sentences.
@Suite struct FrontedOwnerAndPassiveNounTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aPassiveNounWithADescribedObject() {
    let g = graph("Das war die Übernahme des Krebsspezialisten Varian durch Siemens Healthineers.")
    #expect(!g.edges("Siemens Healthineers", .acquires, "Varian Medical Systems").isEmpty)
    #expect(g.edges("Varian", .acquires, "Siemens Healthineers").isEmpty)
    // Without "durch" the subject before the noun is the buyer.
    let h = graph("Microsoft kündigte die Übernahme des Spieleherstellers Activision an.")
    #expect(!h.edges("Microsoft", .acquires, "Activision Blizzard").isEmpty)
  }

  @Test func aFrontedOwnedByPhraseDescribesTheSubjectAfterIt() {
    let g = graph("Owned by Starwood Capital, Echelon Data Centres holds 80% of the venture.")
    #expect(!g.edges("Starwood Capital", .owns, "Echelon Data Centres").isEmpty)
    // A name before the cue is its object as before.
    let h = graph("Echelon Data Centres, owned by Starwood Capital, holds 80% of the venture.")
    #expect(!h.edges("Starwood Capital", .owns, "Echelon Data Centres").isEmpty)
  }

  @Test func aPastOwnerIsNoOwner() {
    for text in ["Formerly owned by IBM, Lenovo grew quickly.", "Once owned by Siemens, Infineon was spun off in 1999."] {
      #expect(!graph(text).edges.contains { $0.relation == .owns }, "\(text)")
    }
  }
}
