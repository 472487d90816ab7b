import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Financing rounds (RelationExtractor+Rounds.swift): the names that take part in a round invest in the
/// company that raises the money, named in the same or an earlier sentence. Invented sentences.
@Suite struct FundingRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func participantsOfAGermanRoundInvestInTheCompanyThatRaised() {
    let g = graph(
      "Das Start-up Graphix hat 200 Millionen Dollar eingesammelt. An der Finanzierungsrunde beteiligten sich Sequoia Capital, Microsoft und Bosch.")
    for name in ["Sequoia Capital", "Microsoft", "Bosch"] { #expect(!g.edges(name, .investsIn, "Graphix").isEmpty, "\(name)") }
    let h = graph("Das Start-up Graphix hat 200 Millionen Dollar eingesammelt. Angeführt wurde die Runde von Sequoia Capital, beteiligt waren außerdem Microsoft und Bosch.")
    for name in ["Sequoia Capital", "Microsoft", "Bosch"] { #expect(!h.edges(name, .investsIn, "Graphix").isEmpty, "\(name)") }
  }

  @Test func leadAndFurtherParticipantsOfAnEnglishRound() {
    let g = graph("The startup Graphix raised $120 million. The round was led by Sequoia Capital, with participation from Microsoft and Bosch.")
    for name in ["Sequoia Capital", "Microsoft", "Bosch"] { #expect(!g.edges(name, .investsIn, "Graphix").isEmpty, "\(name)") }
    let h = graph("The startup Graphix raised $475 million. Andreessen Horowitz and Lux Capital co-led the massive round, with backing from Bosch.")
    for name in ["Andreessen Horowitz", "Lux Capital", "Bosch"] { #expect(!h.edges(name, .investsIn, "Graphix").isEmpty, "\(name)") }
  }

  @Test func aLineEndingInTheVerbOfAGappedCueIsRead() {
    // A title without a full stop that ends in the first word of "round for" / "works for" once stopped the
    // process (the search for the preposition ran past the sentence's end).
    for title in ["Mistral valued at $6 billion in funding round", "Where Nvidia works"] {
      let g = graph("\(title)\n\nNvidia invested in Mistral.")
      #expect(!g.edges("Nvidia", .investsIn, "Mistral").isEmpty, "\(title)")
    }
  }

  @Test func noRoundNoLeadAndNoReceiverFromADescription() {
    // "led the market" is no round; without a company that raised money nobody invests.
    let g = graph("Nvidia led the market in 2024. Intel joined the round of talks.")
    #expect(!g.edges.contains { $0.relation == .investsIn })
    // "The former Bosch AI chief closed …": Bosch is part of a person's description, not the receiver.
    let h = graph("The former Bosch AI chief closed $475 million. Sequoia Capital led the round.")
    #expect(h.edges("Sequoia Capital", .investsIn, "Bosch").isEmpty)
  }

  @Test func investorsWithoutARoundWordAndTheReceiverBeforePunctuation() {
    let g = graph(
      "The startup Graphix.ai has secured $120 million. Other notable investors like Peter Thiel, GitHub CEO Thomas Dohmke and Bosch also participated.")
    let receiver = g.nodes.first { $0.label.hasPrefix("Graphix") }?.label ?? "Graphix"
    for name in ["Peter Thiel", "Thomas Dohmke", "Bosch"] { #expect(!g.edges(name, .investsIn, receiver).isEmpty, "\(name)") }
    // The role in the list belongs to the person after it, not to the one before the comma.
    #expect(!g.edges("Thomas Dohmke", .leads, "GitHub").isEmpty)
    #expect(g.edges("Peter Thiel", .leads, "GitHub").isEmpty)
  }

  @Test func aBulletedListAfterAColonBelongsToTheGroupItIntroduces() {
    let g = graph(
      """
      Das Start-up Graphix hat 200 Millionen Dollar eingesammelt. Die Liste der Investoren ist beeindruckend:
      - Atomico
      - Sequoia Capital
      Aufmerksame Leser kennen Microsoft.
      - Bosch
      """)
    #expect(!g.edges("Atomico", .investsIn, "Graphix").isEmpty)
    #expect(!g.edges("Sequoia Capital", .investsIn, "Graphix").isEmpty)
    // Without an owner named before or in the colon sentence, the items belong to nobody (not to each other).
    let h = graph("Our investors include:\n- Sequoia Capital\n- Bosch\n")
    #expect(!h.edges.contains { $0.relation == .investsIn })
    // The list ends with the first sentence that is no item.
    #expect(g.edges("Microsoft", .investsIn, "Graphix").isEmpty)
    #expect(g.edges("Bosch", .investsIn, "Graphix").isEmpty)
  }

  @Test func bulletedHighlightsAndTheArticlesOwnHeadlineAreNoTeasers() {
    // A headline and a short lead, then bulleted lines without a full stop: before, the teaser rule took
    // the first two pairs for a run of teasers and dropped every name in them.
    let g = graph(
      """
      Graphix raises $120 million to develop a chip

      The startup Graphix has secured $120 million in Series A funding!

      • Returning backer Sequoia Capital led the round along with Bosch

      • Other notable investors like Peter Thiel also participated.
      """)
    #expect(!g.edges("Sequoia Capital", .investsIn, "Graphix").isEmpty)
    #expect(!g.edges("Peter Thiel", .investsIn, "Graphix").isEmpty)
  }

  @Test func aFrontedCompanyAfterAnIsWhatTheHoldersInvestIn() {
    let g = graph("Parloa sammelt Geld. An der Berliner Firma haben sich der Risikokapitalgeber Index Ventures und die Wagniskapitalfirma Point Nine beteiligt.")
    #expect(!g.edges("Index Ventures", .investsIn, "Parloa").isEmpty)
    #expect(!g.edges("Point Nine", .investsIn, "Parloa").isEmpty)
    #expect(g.edges("Parloa", .investsIn, "Index Ventures").isEmpty)
    // The regular order is unchanged.
    let h = graph("Index Ventures ist an Parloa beteiligt.")
    #expect(!h.edges("Index Ventures", .investsIn, "Parloa").isEmpty)
  }

  @Test func aCompoundInvestorNounMakesASentenceAboutTheRound() {
    let g = graph("Parloa sammelt 50 Millionen Euro ein. Ebenfalls beteiligt sind die Altinvestoren Index Ventures und Point Nine.")
    #expect(!g.edges("Index Ventures", .investsIn, "Parloa").isEmpty)
    #expect(!g.edges("Point Nine", .investsIn, "Parloa").isEmpty)
  }
}
