import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Lists of products after a product noun, and their maker. Invented sentences.
@Suite struct ProductListTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func theItemsOfAListAfterTheMakerAreItsProducts() {
    let g = graph("Der Verkauf umfasst die Grafik-Software von Quorvex, einschließlich PixelForge, RayLab und Vektor 3, sowie die Software zur Analyse von Daten.")
    for product in ["PixelForge", "RayLab", "Vektor 3"] {
      #expect(g.nodes.contains { $0.label == product && $0.kind == .project }, "\(product)")
      #expect(!g.edges("Quorvex", .develops, product).isEmpty, "\(product)")
    }
    #expect(g.nodes.contains { $0.label == "Quorvex" && $0.kind == .organization })
    // The list ends before "die Software": a common noun is no product name.
    #expect(!labels(g).contains("Software"))
  }

  @Test func aGenitiveMakerBeforeTheNoun() {
    let g = graph("QuorVex's tools such as PixelForge and RayLab are popular.")
    #expect(!g.edges("QuorVex", .develops, "PixelForge").isEmpty)
    #expect(!g.edges("QuorVex", .develops, "RayLab").isEmpty)
  }

  @Test func aListOfCommonNounsNamesNothing() {
    let g = graph("Die Firma Quorvex verkauft Lösungen wie Textverarbeitung und Tabellenkalkulation.")
    #expect(!g.nodes.contains { $0.kind == .project })
  }
}
