import GeflechtCore

/// Customers given as examples of a product's users: "Mehr als 100.000 Unternehmen nutzen die Angebote von
/// DeepL, darunter die Deutsche Bahn und Coursera", "More than 10,000 organizations use its platform, among
/// them Block, Comcast and Shell" → the supplier supplies each example.
///
/// A plural noun of organisations (`userNouns`) up to six tokens before or after (German "nutzen inzwischen
/// 100.000 Unternehmen …") a verb of using (`customerUseVerbs`); after
/// the verb, in its clause, the supplier: an organisation after "von/of", an organisation's genitive, or a
/// singular possessive ("its platform": the organisation named before in the sentence, else the one the
/// sentence before named alone, else the document's main one; not "their", nor "its own"). After a comma,
/// an example word ("darunter", "including", "among them", "unter ihnen") opens the list: every
/// organisation up to the clause's end or a relative clause.
///
/// - Complexity: O(n·m) for n tokens and m mentions; only sentences with a use verb are read.
extension RelationExtractor {
  static let customerUseVerbs: Set<String> = ["nutzen", "nutzten", "verwenden", "verwendeten", "use", "used", "deploy", "deployed", "einsetzen"]
  /// Possessives of one owner: the supplier of "its platform", "seine Dienste".
  static let singularPossessives: Set<String> = ["its", "sein", "seine", "seinen", "seinem", "seiner", "seines", "dessen"]
  /// Offers a customer uses, besides product nouns (`product_nouns.txt`).
  static let offerNouns: Set<String> = [
    "angebot", "angebote", "angeboten", "technik", "technologie", "technologien", "technology", "technologies", "cloud", "infrastruktur",
    "infrastructure", "rechenzentren", "datacenters", "netz", "network", "offerings", "offering",
  ]
  static let userNouns: Set<String> = [
    "unternehmen", "firmen", "organisationen", "behörden", "konzerne", "banken", "kunden", "companies", "organizations",
    "organisations", "firms", "businesses", "enterprises", "customers", "banks",
  ]

  func customerExampleStatements(_ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ add: Add) {
    let t = sentence.tokens
    guard let u = t.indices.first(where: { t[$0].isWord && RelationExtractor.customerUseVerbs.contains(t[$0].lowercased) }),
      (max(0, u - 6)..<min(t.count, u + 7)).contains(where: { RelationExtractor.userNouns.contains(t[$0].lowercased) })
    else { return }
    // The example word after a comma.
    guard let comma = (u + 1..<t.count).first(where: { t[$0].is(.clauseBreak) }), t[comma].text == ",", comma + 1 < t.count else { return }
    var opener = comma + 1
    let first = t[opener].lowercased
    if ["darunter", "including"].contains(first) {
      opener += 1
    } else if opener + 1 < t.count, (first == "among" && t[opener + 1].lowercased == "them") || (first == "unter" && t[opener + 1].lowercased == "ihnen") {
      opener += 2
    } else {
      return
    }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia }
    // The supplier, between the verb and the comma.
    var supplier: Mention? = nil
    var possessive = false
    // What is used must be an offer or a product ("die Angebote von X", "its platform"), not "die Schwäche
    // von Boeing".
    guard ((u + 1)..<comma).contains(where: { k in
      t[k].isWord && (lexicon.endsInProductNoun(t[k].lowercased) || RelationExtractor.offerNouns.contains(t[k].lowercased))
    }) else { return }
    for k in (u + 1)..<comma {
      if ["von", "vom", "of"].contains(t[k].lowercased), let o = orgs.first(where: { $0.first == k + 1 }) {
        supplier = o
        break
      }
      if let o = orgs.first(where: { $0.first == k && $0.isGenitive }) {
        supplier = o
        break
      }
      // ("its platform", "seine Dienste"; not "their/ihre", which stand for the users, nor "its own").
      if RelationExtractor.singularPossessives.contains(t[k].lowercased), k + 1 < t.count, !["own", "eigene", "eigenen", "eigenes"].contains(t[k + 1].lowercased) {
        supplier = orgs.first(where: { $0.last < u && !$0.isGenitive })
          ?? context.previousOnlyOrganisation.flatMap { opensSentence($0, context.previousTokens) && !$0.isGenitive ? implicit($0.ref, at: k) : nil }
        possessive = true
        break
      }
    }
    // The list ends at the clause's end or a relative clause ("including Comcast, which bought Sky").
    let end = (opener..<t.count).first(where: { k in
      t[k].text == ";" || (t[k].is(.clauseBreak) && t[k].text != ",")
        // (German "der/die/das" before a capitalised word is an article: ", die Deutsche Bahn".)
        || (t[k].text == "," && k + 2 < t.count && RelationExtractor.relativePronouns.contains(t[k + 1].lowercased)
          && !(t[k + 1].is(.definiteArticle) && t[k + 2].isCapitalized))
    }) ?? t.count
    guard let supplier else { return }
    // "its platform, among them A and B, Celonis said": with an owner named after the list or a speaker after
    // it, "its" may be that one's.
    if possessive, orgs.contains(where: { $0.first >= end })
      || t[opener...].contains(where: { RelationExtractor.speakerVerbs.contains($0.lowercased) || RelationExtractor.reportingVerbs.contains($0.lowercased) })
    {
      return
    }
    for m in orgs where m.first >= opener && m.last < end && m.ref.key != supplier.ref.key && !m.isGenitive && !RelationExtractor.isTrailingSpeaker(m, t) {
      add(supplier, m, .supplies, nil, u)
    }
  }
}
