import GeflechtCore

/// A buyer's earlier deals listed by name: "Earlier deals include Tableau for $15.7 billion, MuleSoft for $6.5
/// billion and Own Company", "built partly through earlier acquisitions: Brighterion in 2017; RiskRecon in
/// 2020", "Zu den Zukäufen der Vorjahre zählen X und Y".
///
/// A plural noun of buying (`acquisitionListNouns`) is followed within three words by a word that opens a
/// list ("include", "including", "such as", "darunter", "wie", "zählen", a colon); "deals" only in a sentence
/// with a price. Its owner is an
/// organisation's genitive before it ("Salesforce's earlier deals"), else the document's last buyer
/// (`Context.lastAcquirer`), else the organisation the document names most (`Context.topics`). Every
/// organisation named after the opener, up to the sentence's end, is bought by the owner — not one after
/// "from/von/by/durch" (a seller or an agent) or "with/mit" (a party), nor the owner itself; a genitive among them ("deals such as
/// Microsoft's purchase of X": another buyer's deal) gives nothing. O(n + m) per sentence of n tokens and m mentions (only sentences with such a
/// noun are read further).
extension RelationExtractor {
  static let acquisitionListNouns: Set<String> = [
    "deals", "acquisitions", "purchases", "takeovers", "übernahmen", "zukäufe", "zukäufen", "firmenkäufe", "firmenkäufen",
  ]
  static let dealListOpeners: Set<String> = ["include", "includes", "included", "including", "such", "darunter", "wie", "zählen", "zählten", ":"]

  func dealListStatements(_ t: [Token], _ mentions: [Mention], _ context: Context, _ add: Add) {
    // (Every noun ends in "s", "n" or "e": most tokens are passed on one byte.)
    guard let n = t.indices.first(where: { k in
      guard t[k].isWord, let last = t[k].text.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "n") || last == UInt8(ascii: "e")
      else { return false }
      return RelationExtractor.acquisitionListNouns.contains(t[k].lowercased)
    }),
      let opener = ((n + 1)..<min(n + 4, t.count)).first(where: { RelationExtractor.dealListOpeners.contains(t[$0].lowercased) })
    else { return }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isAnaphor }
    // Other buyers' deals ("deals such as Microsoft's purchase of Activision") are no list of the owner's.
    if orgs.contains(where: { $0.first > opener && $0.isGenitive }) { return }
    // The owner: a genitive right before the noun (past lower-case modifiers), else the document's buyer.
    var k = n - 1
    while k >= 0, n - k <= 3, t[k].isWord, !t[k].isCapitalized { k -= 1 }
    let possessor = orgs.first { $0.last == k && $0.isGenitive }
    // (A name right before the noun that is no genitive, "the Siemens deals", is left alone.)
    guard possessor != nil || (k < 0 || !orgs.contains(where: { $0.last == k })) else { return }
    // ("deals" names purchases only with prices: "two deals including a contract with Bosch" names none.)
    if t[n].lowercased == "deals", !t.contains(where: { $0.is(.currencySymbol) || RelationExtractor.currencyWords.contains($0.lowercased) }) { return }
    let owner: Mention
    if let possessor {
      owner = possessor
    } else if let ref = context.lastAcquirer ?? context.topics.first {
      owner = mentions.first(where: { $0.ref.key == ref.key && !$0.isGenitive }) ?? implicit(ref, at: n)
    } else {
      return
    }
    for o in orgs where o.first > opener && !o.isGenitive && o.ref.key != owner.ref.key {
      let before = o.first >= 1 ? t[o.first - 1].lowercased : ""
      if ["from", "von", "vom", "by", "durch", "with", "mit"].contains(before) { continue }
      add(owner, o, .acquires, nil, n)
    }
  }
}
