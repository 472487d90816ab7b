import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Names with an inner capital written plainly, English universities, titles of several words, a role's
/// apposition closing on a person, successions, descriptions after "invested in", unit designators and
/// relative clauses on an apposition. Invented sentences.
@Suite struct FourteenthRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  private func kind(_ g: Multigraph, _ label: String) -> NodeKind? { g.nodes.first { $0.label == label }?.kind }

  @Test func aNameWithAnInnerCapitalIsFoundWrittenPlainly() {
    let g = graph("Größter Aktionär bleibt der Vermögensverwalter Blackrock. Softbank investiert in Openai.")
    #expect(kind(g, "BlackRock") == .organization)
    #expect(!g.edges("SoftBank", .investsIn, "OpenAI").isEmpty)
    #expect(Gazetteer.caseVariant(of: "BioNTech") == "Biontech")
    #expect(Gazetteer.caseVariant(of: "SAP") == nil)
    #expect(Gazetteer.caseVariant(of: "Siemens") == nil)
    #expect(Gazetteer.caseVariant(of: "iPhone") == nil)
    #expect(Gazetteer.caseVariant(of: "T-Mobile") == nil)
  }

  @Test func englishUniversitiesAreNamedAroundTheirNoun() {
    let g = graph("Researchers at the University of Dayton and at Ohio State University found it.")
    #expect(kind(g, "University of Dayton") == .organization)
    #expect(kind(g, "Ohio State University") == .organization)
    #expect(kind(graph("The deal with Duke University was signed."), "Duke University") == .organization)
    #expect(kind(graph("She studied at the Munich University of Applied Sciences."), "Munich University of Applied Sciences") == .organization)
    // A longer name going on after the noun is something else; "The University" alone names nothing.
    #expect(kind(graph("Every day, Global University Venturing rounds up the deals."), "Global University") == nil)
    #expect(graph("The University said so.").nodes.isEmpty)
  }

  @Test func aTitleOfSeveralWordsNamesItsOrganisation() {
    let a = graph("“Good,” said James Kavanaugh, Senior Vice President and Chief Financial Officer, IBM.")
    #expect(!a.edges("James Kavanaugh", .leads, "IBM").isEmpty)
    let b = graph("“This is great,” said Eric F. Spina, President, University of Dayton.")
    #expect(!b.edges("Eric F. Spina", .leads, "University of Dayton").isEmpty)
    let c = graph("Das solle laut Philipp Justus, Vice President Google Zentraleuropa, sicherstellen, dass es klappt.")
    #expect(!c.edges("Philipp Justus", .leads, "Google").isEmpty)
    let d = graph("“We invest,” said David Zapolsky, Senior Vice President of Global Public Policy and General Counsel at Amazon.")
    #expect(!d.edges("David Zapolsky", .worksFor, "Amazon").isEmpty)
    // A title before a person names no organisation of its own.
    let e = graph("Jane Roe, Vice President Donald Trump's adviser, spoke.")
    #expect(e.edges.allSatisfy { $0.relation == .coOccurs })
  }

  @Test func aRoleAppositionClosesOnAPersonWithAnUnknownFirstName() {
    let g = graph("Das ist ein guter Tag, sagte der Chef der Telekom, Srini Gopalan.")
    #expect(!g.edges("Srini Gopalan", .leads, "Deutsche Telekom").isEmpty)
    #expect(kind(graph("Der Chef von Siemens, Neue Produkte, war da."), "Neue Produkte") == nil)
  }

  @Test func aSuccessorTakesThePostOfTheOneReplaced() {
    let a = graph("Applied Materials named Michael Splinter as its CEO. Splinter succeeds James Morgan, who will stay on.")
    #expect(!a.edges("James Morgan", .leads, "Applied Materials").isEmpty)
    let b = graph("ASML CEO Peter Wennink will retire. Christophe Fouquet will replace Peter Wennink in April.")
    #expect(!b.edges("Christophe Fouquet", .leads, "ASML").isEmpty)
    // Of two organisations, the one that hired the holder.
    let c = graph("Nokia named Intel executive Justin Hotard as president and CEO, replacing Pekka Lundmark, who took the helm in 2020.")
    #expect(!c.edges("Pekka Lundmark", .leads, "Nokia").isEmpty)
    #expect(c.edges("Pekka Lundmark", .leads, "Intel").isEmpty)
    let d = graph("Telekom-Chef Tim Höttges geht. Höttges' Nachfolger wird Rodrigo Diehl.")
    #expect(!d.edges("Rodrigo Diehl", .leads, "Deutsche Telekom").isEmpty)
    let noun = graph("Telekom-Chef Tim Höttges geht. Der Nachfolger von Tim Höttges wird Rodrigo Diehl.")
    #expect(!noun.edges("Rodrigo Diehl", .leads, "Deutsche Telekom").isEmpty)
    let english = graph("ASML CEO Peter Wennink will retire. Peter Wennink's successor is Christophe Fouquet.")
    #expect(!english.edges("Christophe Fouquet", .leads, "ASML").isEmpty)
    // Another organisation named in the sentence is where the succession happens: nothing is passed on.
    let e = graph("Acme CEO Jane Roe spoke. Jane Roe succeeded John Doe at IBM in 2010.")
    #expect(e.edges("John Doe", .leads, "Acme").isEmpty)
    // Without a person right after the cue (or a genitive before it), nobody succeeds anybody.
    let f = graph("Acme CEO Jane Roe said the new chips replace older ones, John Doe said.")
    #expect(f.edges("John Doe", .leads, "Acme").isEmpty)
  }

  @Test func anOrganisationNounRightBeforeTheNameDescribesWhatIsInvestedIn() {
    #expect(!graph("Siemens invested in the startup Tenstorrent.").edges("Siemens", .investsIn, "Tenstorrent").isEmpty)
    let g = graph("Siemens has invested $700 million in Santa Clara-based AI chip firm Tenstorrent.")
    #expect(!g.edges("Siemens", .investsIn, "Tenstorrent").isEmpty)
    let unnamed = graph("Google plans to invest in internal manufacturing capacity given the CHIPS and Science Act.")
    #expect(unnamed.edges.allSatisfy { $0.relation != .investsIn })
  }

  @Test func securitiesAfterAKnownNameIsAUnitOfItsOwn() {
    let g = graph("Samsung Securities led the round in Tenstorrent.")
    #expect(kind(g, "Samsung Securities") == .organization)
    #expect(kind(g, "Samsung") == nil)
  }

  @Test func aRelativeClauseOnAnAppositionIsAboutTheNameDescribed() {
    let g = graph("Ford closed on the formation of BlueOvalSK, LLC, a JV that will build one battery plant in Tennessee.")
    #expect(!g.edges("BlueOvalSK", .buildsIn, "Tennessee").isEmpty)
  }
}
