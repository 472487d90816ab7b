import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// A person's own start-up is one the person founded (RelationExtractor+Founders.swift), on invented
/// sentences.
@Suite struct FounderRuleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func coordinatedPersonsFoundTheirStartup() {
    let g = graph("Anna Berger und Tom Weller sind 2021 mit ihrem Rüstungs-Start-up Quarnox angetreten.")
    #expect(!g.edges("Anna Berger", .founded, "Quarnox").isEmpty)
    #expect(!g.edges("Tom Weller", .founded, "Quarnox").isEmpty)
  }

  @Test func anEnglishPossessiveNamesTheNearestPerson() {
    let g = graph("Bosch hired Anna Berger when Google acquired her previous startup Quarnox.")
    #expect(!g.edges("Anna Berger", .founded, "Quarnox").isEmpty)
    #expect(g.edges("Google", .founded, "Quarnox").isEmpty)
  }

  @Test func anOrganisationsStartupOrAPersonsCompanyNamesNoFounder() {
    let g = graph("Anna Berger sagte, Siemens stärke mit seinem Start-up Quarnox das Geschäft.")
    #expect(g.edges("Anna Berger", .founded, "Quarnox").isEmpty)
    let h = graph("Anna Berger verkauft ihre Firma Quarnox an Siemens.")
    #expect(h.edges("Anna Berger", .founded, "Quarnox").isEmpty)
  }
}
