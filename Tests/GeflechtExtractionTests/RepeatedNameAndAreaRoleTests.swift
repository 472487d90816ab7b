import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Names that only their first mention's context shows to be companies, repeated word for word; heads of
/// a company's area ("Finanzchef"); appointments without an organisation as the subject; more head nouns
/// and seat words. Invented sentences.
@Suite struct RepeatedNameAndAreaRoleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    // (Seats are read here: `ExtractionOptions.includesSeats`.)
    extractor = try RuleBasedExtractor(options: ExtractionOptions(includesSeats: true))
  }

  @Test func aNameOfSeveralWordsFoundByItsHeadNounIsFoundAgain() {
    let g = graph("Der Chipausrüster Brandt Microtec wächst. Brandt Microtec hat Siemens gekauft.")
    #expect(labels(g).contains("Brandt Microtec"))
    #expect(!g.edges("Brandt Microtec", .acquires, "Siemens").isEmpty)
    // Only the whole name: its first word alone is not taken for it.
    let h = graph("Der Chipausrüster Brandt Microtec wächst. Brandt sagte das.")
    #expect(labels(h) == ["Brandt Microtec"])
  }

  @Test func equipmentMakersAndGroupsAreHeadNouns() {
    let g = graph("Der Netzwerkausrüster Velora hat einen neuen Chef.")
    #expect(labels(g).contains("Velora"))
    let h = graph("Der in Ratingen beheimatete Systemhausverbund Computer Partners wächst.")
    #expect(labels(h).contains("Computer Partners"))
    #expect(!h.edges("Computer Partners", .locatedIn, "Ratingen").isEmpty)
  }

  @Test func anAppointmentWithoutACompanySubjectIsAtTheCompanyUnderDiscussion() {
    let g = graph(
      "Der Chipausrüster Brandt Microtec hat einen neuen Chef. Der Aufsichtsrat habe Jana Roth zum 1. Juli als "
        + "Vorstandsmitglied und neue Vorstandsvorsitzende berufen, teilte das Unternehmen mit.")
    #expect(!g.edges("Jana Roth", .leads, "Brandt Microtec").isEmpty)
    #expect(!g.edges("Jana Roth", .worksFor, "Brandt Microtec").isEmpty)
    #expect(!g.edges("Brandt Microtec", .hires, "Jana Roth").isEmpty)
    // Not a role that names no company of its own ("Berater" may be anyone's).
    let h = graph("Siemens wächst. Der Aufsichtsrat habe Jana Roth als Beraterin berufen.")
    #expect(h.edges("Jana Roth", .worksFor, "Siemens").isEmpty)
  }

  @Test func theHeadOfAnAreaWorksForTheCompany() {
    let g = graph("Siemens wächst. Finanzchef Paul Weber sagte, die Zahlen seien gut.")
    #expect(!g.edges("Paul Weber", .worksFor, "Siemens").isEmpty)
    #expect(g.edges("Paul Weber", .leads, "Siemens").isEmpty)
    let h = graph("SAP holt Jana Roth als neue Finanzchefin.")
    #expect(!h.edges("Jana Roth", .worksFor, "SAP").isEmpty)
  }

  @Test func theHeadOfAnAreaWorksForTheDocumentsTopicNotTheLastNamedUnit() {
    let g = graph(
      "Die Deutsche Telekom baut ihren Vorstand um. Die Deutsche Telekom nennt Timo Berg als Chef der Sparte T-Com. "
        + "Finanzvorstand Paul Weber übernimmt das Ressort.")
    #expect(!g.edges("Paul Weber", .worksFor, "Deutsche Telekom").isEmpty)
    #expect(g.edges("Paul Weber", .worksFor, "T-Com").isEmpty)
  }
}
