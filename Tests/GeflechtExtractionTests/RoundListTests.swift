import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Rounds and lists: a lead named after the comma of the raising clause, German inversion of the raising
/// verb, possessors inside a list, "am Unternehmen" after a list of investors, names that a relation noun
/// or a possessor opens. Invented sentences.
@Suite struct RoundListTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aLeadAfterTheCommaOfTheRaisingClauseInvests() {
    let g = graph("Zusätzlich sicherte sich Acme Robotics weitere 25 Millionen Euro, angeführt von Porsche Ventures.")
    #expect(!g.edges("Porsche Ventures", .investsIn, "Acme Robotics").isEmpty)
    // The raising verb before its subject sets the company for the next sentence's investors.
    let h = graph("Zusätzlich sicherte sich Acme Robotics 25 Millionen Euro. Ebenfalls beteiligt waren Siemens und Bosch.")
    #expect(!h.edges("Bosch", .investsIn, "Acme Robotics").isEmpty)
  }

  @Test func aPossessorInsideAListQualifiesTheNameAfterIt() {
    let g = graph(
      "Acme Robotics hat Geld erhalten. Seit 2020 sind Vsquared Ventures, Cambium Capital, und Hermann Hauser's Onsight "
        + "Ventures am Unternehmen beteiligt.")
    for investor in ["Vsquared Ventures", "Cambium Capital", "Onsight Ventures"] {
      #expect(!g.edges(investor, .investsIn, "Acme Robotics").isEmpty)
    }
    #expect(labels(g).contains("Hermann Hauser"))
    #expect(!labels(g).contains("Hauser's Onsight Ventures"))
  }

  @Test func theCompanyAfterAListOfInvestorsIsTheOneUnderDiscussion() {
    let g = graph(
      "Acme Robotics sammelte 25 Millionen Euro ein. Beteiligt waren Norrvik Growth, Capnamic Ventures und Bosch. "
        + "Seit 2020 ist auch Siemens am Unternehmen beteiligt.")
    #expect(!g.edges("Siemens", .investsIn, "Acme Robotics").isEmpty)
    #expect(g.edges("Siemens", .investsIn, "Capnamic Ventures").isEmpty)
  }

  @Test func aRelationNounOpensNoName() {
    let g = graph("Bechtle übernimmt über die Rotkreuzer Tochter ARP Holding den Partner Delec.")
    #expect(labels(g).contains("ARP Holding"))
    #expect(!labels(g).contains("Tochter ARP Holding"))
  }
}
