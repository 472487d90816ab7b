import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Helpers to look into an extracted graph by labels.
extension Multigraph {
  func edges(_ source: String, _ relation: Relation, _ target: String) -> [Edge] {
    edges.filter { e in
      guard e.relation == relation else { return false }
      let s = node(e.source).label
      let t = node(e.target).label
      return (s == source && t == target) || (relation.isSymmetric && s == target && t == source)
    }
  }

  func hasNode(_ label: String) -> Bool { nodes.contains { $0.label == label } }
}

@Suite struct RuleBasedExtractorTests {
  let extractor: RuleBasedExtractor
  let uncertain: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
    uncertain = try RuleBasedExtractor(options: .init(includesUncertain: true))
  }

  func graph(_ text: String, with e: RuleBasedExtractor? = nil) -> Multigraph {
    (e ?? extractor).extract([Document(name: "test.txt", text: text)]).graph
  }

  @Test func leadsFromCompoundRoleAndGenitiveAliases() {
    let g = graph("Der Nvidia-Chef Jensen Huang sprach in Berlin. Huang lobte Nvidias Kunden.")
    let leads = g.edges("Jensen Huang", .leads, "Nvidia")
    #expect(leads.count == 1)
    #expect(leads.first?.role == "Chef")
    let nvidia = g.nodes.first { $0.label == "Nvidia" }
    #expect(nvidia?.aliases.contains("Nvidias") == true)
    #expect(nvidia?.aliases.contains("Nvidia-Chef") == true)
    #expect(g.nodes.first { $0.label == "Jensen Huang" }?.aliases == ["Huang"])
    #expect(!g.hasNode("Berlin"), "a place without a relation is not a node")
  }

  @Test func personCommaRoleVonOrganisation() {
    let g = graph("„Das wird gut“, sagte Jane Doe, CEO von Anthropic, am Montag.")
    #expect(g.edges("Jane Doe", .leads, "Anthropic").count == 1)
  }

  @Test func investmentWithAmountDateAndDirection() throws {
    let g = graph("Im Jahr 2023 investierte Amazon bis zu 4 Milliarden US-Dollar in Anthropic.")
    let edge = try #require(g.edges("Amazon", .investsIn, "Anthropic").first)
    #expect(edge.amount?.value == 4_000_000_000)
    #expect(edge.amount?.currency == "USD")
    #expect(edge.amount?.qualifier == "bis zu")
    #expect(edge.date == "2023")
    #expect(g.edges("Anthropic", .investsIn, "Amazon").isEmpty)
    #expect(edge.weightComponents["amount_factor"]! > 1)
  }

  @Test func buildsInMakesThePlaceANode() {
    let g = graph("Google baut Rechenzentren in Hanau und Dortmund.")
    #expect(g.edges("Google", .buildsIn, "Dortmund").count == 1)
    #expect(g.hasNode("Dortmund"))
    #expect(g.nodes.first { $0.label == "Dortmund" }?.kind == .place)
  }

  @Test func membersOfAnAllianceFromAList() {
    let g = graph("Zur AI Alliance gehören viele Partner, darunter auch AMD, Dell und Cerebras.")
    for member in ["AMD", "Dell", "Cerebras"] {
      #expect(g.edges(member, .memberOf, "AI Alliance").count == 1, "\(member)")
    }
  }

  @Test func statusCuesAndUncertainStatements() {
    let planned = graph("Intel will mit Samsung eine Kooperation eingehen.")
    #expect(planned.edges("Intel", .partnersWith, "Samsung").first?.status == .planned)
    let reported = graph("Laut Insidern ist Oracle ein Konkurrent von IBM.")
    #expect(reported.edges("Oracle", .competesWith, "IBM").first?.status == .reported)

    let negatedText = "Apple dementiert eine Übernahme von Perplexity durch Apple. Nvidia kauft nicht Intel."
    #expect(graph(negatedText).edges("Nvidia", .acquires, "Intel").isEmpty)
    let kept = graph(negatedText, with: uncertain).edges("Nvidia", .acquires, "Intel")
    #expect(kept.first?.status == .negated)

    let rumour = "Gerüchten zufolge könnte Qualcomm Intel übernehmen."
    #expect(graph(rumour).edges("Qualcomm", .acquires, "Intel").isEmpty)
    #expect(graph(rumour, with: uncertain).edges("Qualcomm", .acquires, "Intel").first?.status == .speculative)
    #expect(!graph("Das ist nicht nur für Intel und AMD gut.").edges("Intel", .coOccurs, "AMD").isEmpty)
  }

  @Test func englishSentencesWork() {
    let g = graph("Microsoft acquired Inflection AI in 2024. Satya Nadella, CEO of Microsoft, was pleased.")
    #expect(g.edges("Microsoft", .acquires, "Inflection AI").count == 1)
    #expect(g.edges("Satya Nadella", .leads, "Microsoft").count == 1)
  }

  @Test func mediaCitedAsSourceAreNotNodes() {
    let g = graph("Laut Bloomberg plant Meta eine Partnerschaft mit Ionos.\nQuelle: Reuters")
    #expect(!g.hasNode("Bloomberg"))
    #expect(!g.hasNode("Reuters"))
    #expect(g.edges("Meta", .partnersWith, "Ionos").count == 1)
  }

  @Test func coOccurrenceOnlyWithoutTypedRelationAndMergedAcrossSentences() throws {
    let g = graph("Salesforce und SAP stellten aus. Auch SAP und Salesforce waren da. SAP ist ein Konkurrent von Salesforce.")
    let co = try #require(g.edges("SAP", .coOccurs, "Salesforce").first)
    #expect(co.evidence.count == 2)
    #expect(co.weightComponents["sentences"] == 2)
    #expect(g.edges("SAP", .competesWith, "Salesforce").first?.evidence.count == 1)
    #expect(g.edges("SAP", .coOccurs, "Salesforce").count == 1)
  }

  @Test func legalFormsAndFirstNamesFindUnknownEntities() {
    let g = graph("Die Stadtwerke Lindenau GmbH holt Anna Beispielfrau in den Vorstand.")
    #expect(g.nodes.first { $0.label == "Stadtwerke Lindenau GmbH" }?.kind == .organization)
    #expect(g.nodes.first { $0.label == "Anna Beispielfrau" }?.kind == .person)
  }

  @Test func emptyDocumentIsAWarning() {
    let result = extractor.extract([Document(name: "leer.txt", text: "  \n")])
    #expect(result.diagnostics.map(\.severity) == [.warning])
    #expect(result.diagnostics.first?.document == "leer.txt")
    #expect(result.graph.nodeCount == 0)
  }
}
