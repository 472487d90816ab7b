import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Money received, stakes held, rounds led, and lists of backers. Invented sentences.
@Suite struct MoneyAndStakeTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func receivingMoney() {
    #expect(!graph("Cohere received $270 million from Nvidia.").edges("Nvidia", .investsIn, "Cohere").isEmpty)
    let euros = graph("Mistral AI received 600 million euros from Microsoft, Nvidia and Salesforce.")
    for investor in ["Microsoft", "Nvidia", "Salesforce"] { #expect(!euros.edges(investor, .investsIn, "Mistral").isEmpty, "\(investor)") }
    #expect(!graph("So erhält die Firma Abacus 5 Millionen Euro von Sequoia.").edges("Sequoia", .investsIn, "Abacus").isEmpty)
    // Orders, revenue and payments are no funding.
    #expect(graph("Abacus erhielt Aufträge von der Telekom.").edges("Deutsche Telekom", .investsIn, "Abacus").isEmpty)
    #expect(graph("Nvidia received $10 billion from Microsoft in revenue last year.").edges("Microsoft", .investsIn, "Nvidia").isEmpty)
    #expect(graph("CoreWeave received $1.5 billion from Nvidia for the cloud contract.").edges("Nvidia", .investsIn, "CoreWeave").isEmpty)
  }

  @Test func publicMoneyForAProjectSupportsIt() {
    let g = graph("Mit der sogenannten Smart Power Fab erweitert Infineon sein Werk. So erhält die Smart Power Fab 920 Millionen Euro von der Bundesregierung.")
    #expect(!g.edges("Bundesregierung", .supports, "Smart Power Fab").isEmpty)
    #expect(g.edges("Bundesregierung", .investsIn, "Smart Power Fab").isEmpty)
    #expect(!graph("Das Projekt Hy2B erhält 30 Millionen Euro vom Bundeswirtschaftsministerium.").edges("Bundeswirtschaftsministerium", .supports, "Hy2B").isEmpty)
  }

  @Test func holdingAStake() {
    #expect(!graph("Bosch Ventures hält Anteile an Aleph Alpha.").edges("Bosch Ventures", .investsIn, "Aleph Alpha").isEmpty)
    // (A majority stake is ownership: TwentiethRoundTests.)
    #expect(!graph("SoftBank holds a 9% stake in Arm.").edges("SoftBank", .investsIn, "Arm").isEmpty)
    let bought = graph("Die Schwarz-Gruppe erwirbt sämtliche Anteile, die Bosch Ventures an Aleph Alpha hält.")
    #expect(!bought.edges("Bosch Ventures", .investsIn, "Aleph Alpha").isEmpty)
    #expect(!bought.edges("Schwarz Gruppe", .investsIn, "Aleph Alpha").isEmpty)
    #expect(bought.edges("Schwarz Gruppe", .investsIn, "Bosch Ventures").isEmpty)
    // Talks are no stake.
    #expect(graph("Google holds talks with Microsoft about a stake in OpenAI.").edges("Google", .investsIn, "OpenAI").isEmpty)
  }

  @Test func aRoundItsPossessorRaised() {
    let g = graph("Cohere's funding was led by Canada's Inovia Capital and Radical Ventures.")
    #expect(!g.edges("Inovia Capital", .investsIn, "Cohere").isEmpty)
    #expect(!g.edges("Radical Ventures", .investsIn, "Cohere").isEmpty)
    #expect(g.edges("Radical Ventures", .investsIn, "Inovia Capital").isEmpty)
    // A person named with a role leads a push, not a round.
    #expect(graph("Cohere's funding push was led by CEO Aidan Gomez.").edges("Aidan Gomez", .investsIn, "Cohere").isEmpty)
    let german = graph("Mistrals Finanzierungsrunde wurde von General Catalyst und Andreessen Horowitz angeführt.")
    #expect(!german.edges("General Catalyst", .investsIn, "Mistral").isEmpty)
    #expect(!german.edges("Andreessen Horowitz", .investsIn, "Mistral").isEmpty)
  }

  @Test func joinedByIsNoMembership() {
    let g = graph("Cohere's funding was led by Inovia Capital and joined by other investors such as DTCP and Thomvest Ventures.")
    #expect(g.edges("Inovia Capital", .memberOf, "Deutsche Telekom Capital Partners").isEmpty)
    #expect(!g.edges("Deutsche Telekom Capital Partners", .investsIn, "Cohere").isEmpty)
    #expect(g.edges("DTCP", .investsIn, "Inovia Capital").isEmpty)
  }

  @Test func aDescribedListOfBackers() {
    let g = graph("Rapidus is backed by eight Japanese companies, namely Sony, Toyota and its unit Denso, memory maker Kioxia and NEC.")
    for backer in ["Sony", "Toyota", "Denso", "Kioxia", "NEC"] { #expect(!g.edges(backer, .investsIn, "Rapidus").isEmpty, "\(backer)") }
    // Employees of firms, and a clause after the list, are no backers.
    #expect(graph("Mistral was founded by former employees of several firms, including Meta and Google DeepMind.").edges("Meta", .founded, "Mistral").isEmpty)
    #expect(graph("Anthropic is backed by big tech firms, namely Amazon and Google, and competes with OpenAI.").edges("OpenAI", .investsIn, "Anthropic").isEmpty)
  }

  @Test func aCompoundAdjectiveOnlyDescribes() {
    let g = graph("Cohere, an AI company that competes with Microsoft-backed OpenAI, said it had raised $270 million from Nvidia.")
    #expect(!g.edges("Cohere", .competesWith, "OpenAI").isEmpty)
    #expect(g.edges("Cohere", .competesWith, "Microsoft").isEmpty)
    #expect(!g.edges("Nvidia", .investsIn, "Cohere").isEmpty)
    #expect(g.edges("Nvidia", .investsIn, "OpenAI").isEmpty)
  }
}
