import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Sites: towns no list knows, placed by their region ("in Marlow Creek, Texas", "in Quellbach in
/// Brandenburg"), a region after a town that only qualifies it, and countries or world regions that name a
/// market rather than a site. Invented towns and sentences.
@Suite struct TwentiethRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func anUnknownTownBeforeItsRegionIsTheSite() {
    let german = graph("Infineon baut ein Rechenzentrum in Quellbach in Brandenburg.")
    #expect(!german.edges("Infineon", .buildsIn, "Quellbach").isEmpty)
    #expect(german.edges("Infineon", .buildsIn, "Brandenburg").isEmpty)
    let state = graph("Bosch betreibt eine Fabrik in Quellbach im Bundesstaat New York und baut nahe Tarnow City in North Carolina ein Werk.")
    #expect(!state.edges("Bosch", .buildsIn, "Quellbach").isEmpty)
    #expect(!state.edges("Bosch", .buildsIn, "Tarnow City").isEmpty)
    #expect(state.edges("Bosch", .buildsIn, "North Carolina").isEmpty)
    // After "in", a country may be where a firm sits: "investiert in Quorvex in Großbritannien" names no town.
    #expect(!labels(graph("SAP investiert in Quorvex in Großbritannien.")).contains("Quorvex"))
  }

  @Test func aRegionAfterATownAndACommaQualifiesItWhateverFollows() {
    let g = graph("Infineon is building a plant in Marlow Creek, Texas, and has announced two more sites.")
    #expect(!g.edges("Infineon", .buildsIn, "Marlow Creek").isEmpty)
    #expect(g.edges("Infineon", .buildsIn, "Texas").isEmpty)
    // The town keeps the region as written among its aliases.
    #expect(g.nodes.first { $0.label == "Marlow Creek" }?.aliases == ["Marlow Creek, Texas"])
    // A known town, too; a list of places still goes on after the region.
    let known = graph("Bosch baut ein Werk in Dresden, Sachsen, und hat weitere Standorte angekündigt.")
    #expect(!known.edges("Bosch", .buildsIn, "Dresden").isEmpty)
    #expect(known.edges("Bosch", .buildsIn, "Sachsen").isEmpty)
    let list = graph("Bosch baut Werke in Dresden, Sachsen und Bayern.")
    #expect(!list.edges("Bosch", .buildsIn, "Bayern").isEmpty)
  }

  @Test func aCountryWithoutAFacilityWordIsAMarket() {
    #expect(graph("Siemens plans to expand in Europe, North America and Japan.").edges.allSatisfy { $0.relation != .buildsIn })
    let plants = graph("Siemens operates plants in Japan and Brazil.")
    #expect(!plants.edges("Siemens", .buildsIn, "Japan").isEmpty)
    #expect(!plants.edges("Siemens", .buildsIn, "Brasilien").isEmpty)
    // A state is a site whatever the cue: "expand in Texas" builds there.
    #expect(!graph("Siemens plans to expand in Texas.").edges("Siemens", .buildsIn, "Texas").isEmpty)
  }
}
