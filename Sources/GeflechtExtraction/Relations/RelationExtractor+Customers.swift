import GeflechtCore

/// Customers given as examples of a product's users: "Mehr als 100.000 Unternehmen nutzen die Angebote von
/// DeepL, darunter die Deutsche Bahn und Coursera", "More than 10,000 organizations use its platform, among
/// them Block, Comcast and Shell" → the supplier supplies each example.
///
/// A plural noun of organisations (`userNouns`) up to six tokens before or after (German "nutzen inzwischen
/// 100.000 Unternehmen …") a verb of using (`customerUseVerbs`); after the verb, in its clause, the
/// supplier: an organisation after "von/of", an organisation's genitive, or a singular possessive ("its
/// platform": the organisation named before in the sentence, else the one the sentence before named alone
/// when it opened that sentence; not "their", nor "its own", nor when an organisation speaks after the
/// list). What is used must be an offer or a product (`offerNouns`, `product_nouns.txt`). After a comma, an
/// example word ("darunter", "including", "among them", "unter ihnen") opens the list: every organisation
/// up to the clause's end, past relative clauses.
///
/// - Complexity: O(n·m) for n tokens and m mentions; only sentences with a use verb are read.
extension RelationExtractor {
  static let customerUseVerbs: Set<String> = ["nutzen", "nutzten", "verwenden", "verwendeten", "use", "used", "deploy", "deployed", "einsetzen"]
  /// Whether an organisation speaks: a verb of saying within two tokens after it ("Celonis said", "a spokesman
  /// for Qualcomm said") or right before it ("said Nvidia's …").
  static func isSpeaking(_ m: Mention, _ t: [Token]) -> Bool {
    let after = t[(m.last + 1)..<min(m.last + 3, t.count)].contains { speakerVerbs.contains($0.lowercased) }
    return after || (m.first >= 1 && speakerVerbs.contains(t[m.first - 1].lowercased))
  }

  /// The first letters of `customerUseVerbs`, lower case.
  static let useVerbInitials: Set<UInt8> = Set("nvude".utf8)

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
    // (Every verb starts with one of "nvude" and has three to eleven letters: most tokens need no lookup.)
    guard let u = t.indices.first(where: { k in
      let u8 = t[k].text.utf8
      return t[k].isWord && (3...11).contains(u8.count) && RelationExtractor.useVerbInitials.contains(u8.first! | 0x20)
        && RelationExtractor.customerUseVerbs.contains(t[k].lowercased)
    }),
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
      lexicon.isProductNoun(t[k]) || (t[k].isWord && RelationExtractor.offerNouns.contains(t[k].lowercased))
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
    // The list ends at the clause's end; a relative clause inside it is passed over ("including Comcast, which
    // bought Sky, and Shell": Comcast and Shell; German "der/die/das" before a capitalised word is an
    // article: ", die Deutsche Bahn").
    let end = (opener..<t.count).first(where: { t[$0].text == ";" || (t[$0].is(.clauseBreak) && t[$0].text != ",") }) ?? t.count
    var relative = [Range<Int>]()
    var k = opener
    while k + 2 < end {
      if t[k].text == ",", RelationExtractor.relativePronouns.contains(t[k + 1].lowercased), !(t[k + 1].is(.definiteArticle) && t[k + 2].isCapitalized) {
        let close = ((k + 2)..<end).first(where: { t[$0].text == "," }) ?? end
        relative.append(k..<close)
        k = close
      } else {
        k += 1
      }
    }
    guard let supplier else { return }
    // "its platform, among them A and B, Celonis said", "…, a spokesman for Qualcomm said": with an
    // organisation named after the list or speaking after it, "its" may be that one's.
    if possessive, orgs.contains(where: { m in
      m.first >= end || (m.first > opener && RelationExtractor.isSpeaking(m, t))
    }) {
      return
    }
    for m in orgs where m.first >= opener && m.last < end && m.ref.key != supplier.ref.key && !m.isGenitive
      && !RelationExtractor.isTrailingSpeaker(m, t) && !relative.contains(where: { $0.contains(m.first) }) && !RelationExtractor.isSpeaking(m, t)
    {
      add(supplier, m, .supplies, nil, u)
    }
  }
}
