import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Organisations no list knows, told by their context (EntityRecognizer+Context.swift), on invented
/// German and English sentences with invented company names.
@Suite struct ContextOrganizationTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  @Test func aNameAfterAHeadNounBeforeALowerCaseWordIsAnOrganisation() {
    #expect(labels(graph("Der Spieleentwickler Quarnox meldete am Montag einen Rekordumsatz.")).contains("Quarnox"))
    #expect(labels(graph("Die Gewerkschaft Tessaly ist mit ihrer Kandidatin gescheitert.")).contains("Tessaly"))
  }

  @Test func aNameOfSeveralWordsAfterAHeadNounIsOneOrganisation() {
    let g = graph("Die Mehrheit soll an den Infrastrukturinvestor Harbor Ridge gehen.")
    #expect(labels(g).contains("Harbor Ridge"))
  }

  @Test func aGermanCommonNounAfterAHeadNounNamesNobody() {
    let g = graph("Weil der Konzern Kunden verliert, sinkt der Umsatz von Siemens.")
    #expect(labels(g) == ["Siemens"])
    // An inflected adjective before a noun is a phrase, too.
    let h = graph("Der Anbieter Künstlicher Intelligenz (KI) will mit Siemens wachsen.")
    #expect(!labels(h).contains { $0.contains("Intelligenz") })
  }

  @Test func motherAndDaughterAreHeadNounsOnlyInCompounds() {
    #expect(labels(graph("Für die Quarnox-Mutter Brightwell zahlte Siemens viel Geld.")).contains("Brightwell"))
    #expect(labels(graph("Seine Mutter Anna lebt in Bonn und arbeitet bei Siemens.")) == ["Siemens"])
  }

  @Test func unknownNamesInAListWithAKnownOrganisationAreOrganisations() {
    let g = graph("Neben den Finanzinvestoren KKR, Quarnox und Tessaly bot auch Siemens mit.")
    #expect(labels(g).isSuperset(of: ["KKR", "Quarnox", "Tessaly", "Siemens"]))
    // A list with a person in it says nothing about the unknown names.
    let h = graph("Auf der Bühne standen Satya Nadella, Quarnox und Tessaly.")
    #expect(!labels(h).contains("Quarnox"))
  }

  @Test func namesAfterAnOrganisationNounAndLikeAreOrganisations() {
    let g = graph("Its customers include non-tech companies like Brightwell, Harbor Airlines and Quarnox One.")
    #expect(labels(g).isSuperset(of: ["Brightwell", "Harbor Airlines", "Quarnox One"]))
  }

  @Test func aListMemberMustBeAWholeNounPhrase() {
    let g = graph("The model was trained on Google Tensor Processors and Nvidia GPUs last year.")
    #expect(!labels(g).contains("Tensor Processors"))
  }

  @Test func theObjectOfAGermanVerbOfBuyingIsAnOrganisation() {
    let g = graph("Siemens kauft Quarnox Engineering für zwei Milliarden Euro.")
    #expect(!g.edges("Siemens", .acquires, "Quarnox Engineering").isEmpty)
    #expect(labels(graph("Der Chipkonzern Intel will Tessaly übernehmen.")).contains("Tessaly"))
    // A common noun is no object name: "kauft Anteile".
    #expect(labels(graph("Siemens kauft Anteile für zwei Milliarden Euro.")) == ["Siemens"])
  }

  @Test func surnamesDaysAndSubjectsAfterTheVerbAreNoOrganisations() {
    #expect(labels(graph("Die Gespräche zwischen Siemens, Kowalczyk und Nowak dauerten lange.")) == ["Siemens"])
    #expect(labels(graph("The bank Monday announced higher profits at Siemens.")) == ["Siemens"])
    #expect(labels(graph("Nach dem Rücktritt übernimmt Kowalczyk vollständig die Verantwortung bei Siemens.")) == ["Siemens"])
    #expect(labels(graph("Die Helikopter-Mutter Schmidt sagte etwas zu Siemens.")) == ["Siemens"])
    #expect(labels(graph("Der Fonds von Siemens kauft US-Staatsanleihen für zehn Milliarden.")) == ["Siemens"])
  }
}
