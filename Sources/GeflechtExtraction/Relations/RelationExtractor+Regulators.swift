import GeflechtCore

extension RelationExtractor {
  /// The `regulator` cue shape: a word of approving, examining or forbidding ("genehmigt", "Auflagen",
  /// "Untersuchung", "cleared", "probe") in a sentence that names a regulator (`regulators.tsv`). The
  /// regulator regulates the other organisations and products named in the cue's clause: "Die
  /// EU-Kommission hat der Übernahme von Telelogic durch IBM zugestimmt" (IBM and Telelogic), "the FCC
  /// cleared T-Mobile's purchase of UScellular's wireless operations".
  ///
  /// - After "gegen/against/into" only the names listed right after it are regulated, not a complainant
  ///   ("ein Bußgeld gegen Google, nachdem Microsoft Beschwerde eingelegt hatte").
  /// - The clause ends at ";", a relative pronoun after a comma, and words that open another clause or
  ///   a contrast ("after", "while", "despite", "nachdem", "sagte"): objectors, rivals and advisers
  ///   named there are not regulated.
  /// - A decision on another deal than a merger or purchase regulates its first party, not the counterparties
///   after "with/to/for/mit/an/für", the second party of "between A and B", nor names in a relative clause
///   after the cue ("approved DTE Energy's deal with Oracle", "the tariff that Amazon had opposed").
/// - Aid is no regulation: a sentence with a word of funding (`regulators.tsv`, "aid") gives nothing,
  ///   nor does a regulator that only describes a person ("a former FTC official").
  /// - A decision on a deal the clause names only by a noun ("cleared the acquisition", "grünes Licht …, ist der
  ///   Kauf abgeschlossen") regulates the buyer of the last acquisition stated in the twenty sentences before
  ///   (`Context.lastAcquirer`); not "die Fusion zweier Anbieter".
  /// - The words mean regulation only with a regulator: "Microsoft prüft eine Übernahme" gives nothing.
  ///   Another public body is no regulated party; media cited as sources are no mentions at all.
  ///
  /// - Complexity: O(n + r·m) for n tokens, m mentions and r regulators of the sentence.
  func regulatorStatements(_ hit: CueHit, _ t: [Token], _ mentions: [Mention], _ context: Context, _ add: Add) {
    if t.contains(where: { lexicon.isAidWord($0) }) { return }
    var regulators = mentions.filter { m in
      lexicon.isRegulator(m.ref) && m.head == nil && !(m.first > 0 && t[m.first - 1].is(.former))
        && !(m.last + 1 < t.count && RelationExtractor.staffWords.contains(t[m.last + 1].lowercased))
    }
    guard !regulators.isEmpty else { return }
    // A vote is the voter's: "The Louisiana Public Service Commission (LPSC) voted in favor" (not
    // "Shareholders voted in favor …, the SEC said").
    if t[hit.start].lowercased == "voted" {
      var k = hit.start - 1
      if k >= 2, t[k].text == ")", t[k - 2].text == "(" { k -= 3 }
      guard k >= 0, let voter = regulators.first(where: { $0.last == k }) else { return }
      regulators = [voter]
    }
    func isStop(_ k: Int) -> Bool {
      t[k].text == ";" || RelationExtractor.regulationClauseStops.contains(t[k].lowercased)
        || (t[k].text == "," && k + 1 < t.count && RelationExtractor.relativePronouns.contains(t[k + 1].lowercased))
    }
    let start = (0..<hit.start).last(where: isStop).map { $0 + 1 } ?? 0
    let end = (hit.end..<t.count).first(where: isStop) ?? t.count
    var regulated = mentions.filter { m in
      m.first >= start && m.last < end && m.ref.subtype != "public" && !m.ref.isMedia && !lexicon.isRegulator(m.ref)
        && (m.ref.kind == .organization || m.ref.kind == .project)
    }
    // "ein Bußgeld gegen Google", "investigations into AWS and Azure": the list after the preposition.
    if let p = (start..<end).first(where: { RelationExtractor.regulatedPartyPrepositions.contains(t[$0].lowercased) }) {
      guard let first = regulated.first(where: { $0.first > p && $0.first <= p + 4 }) else { return }
      regulated = expand(first, forwardIn: regulated, tokens: t)
    }
    // A decision on a supply deal regulates the supplier, not its customers: "approved DTE Energy's deal with
    // Oracle", "approved a power deal between APS and Microsoft", "plants for Meta's data center", "the
    // tariff that Amazon and Google had opposed". (A merger's or purchase's parties are all regulated.)
    if !(start..<end).contains(where: { RelationExtractor.mergerWords.contains(t[$0].lowercased) }) {
      let relative = (hit.end..<end).first { ["that", "which"].contains(t[$0].lowercased) }
      // (Names coordinated with a counterparty are counterparties too: "deal with Oracle and OpenAI".)
      var kept: [Mention] = []
      var previousDropped: Mention? = nil
      for m in regulated {
        var drop = relative.map { m.first > $0 } ?? false
        if !drop, m.first >= 1 {
          var k = m.first - 1
          if t[k].is(.definiteArticle) && k >= 1 { k -= 1 }
          if RelationExtractor.counterpartyPrepositions.contains(t[k].lowercased) {
            drop = true
          } else if t[k].is(.coordinator) || t[k].text == "," {
            // "between A and B": the second party; "with A and B": both.
            drop = (max(start, k - 5)..<k).contains { ["between", "zwischen"].contains(t[$0].lowercased) }
              || previousDropped.map { $0.last + 1 == k || ($0.last + 2 == k && t[$0.last + 1].text == ",") } == true
          }
        }
        if drop { previousDropped = m } else { kept.append(m) }
      }
      regulated = kept
    }
    // "… cleared the acquisition without conditions", "grünes Licht gegeben …, ist der Kauf abgeschlossen":
    // a decision on a deal the clause does not name regulates the buyer of the document's last acquisition.
    if regulated.isEmpty, let buyer = context.lastAcquirer, !lexicon.isRegulator(buyer), buyer.subtype != "public",
      (start..<end).contains(where: { k in
        // A definite deal noun, not another deal's ("die Fusion zweier Mobilfunkanbieter", "the merger of two").
        k >= 1 && RelationExtractor.dealNouns.contains(t[k].lowercased) && t[k - 1].is(.definiteArticle)
          && !(k + 1 < t.count && RelationExtractor.otherDealOpeners.contains(t[k + 1].lowercased))
      })
    {
      regulated = [implicit(buyer, at: hit.start)]
    }
    for regulator in regulators {
      for m in regulated { add(regulator, m, .regulates, nil, hit.start) }
    }
  }

  /// Words of a deal whose every party a regulator decides on: mergers and purchases.
  static let mergerWords: Set<String> = [
    "merger", "mergers", "acquisition", "acquisitions", "takeover", "purchase", "buy", "buying", "bought", "acquire", "acquiring",
    "combination", "fusion", "übernahme", "kauf", "zusammenschluss", "übernehmen", "kaufen", "joint", "transfer", "sale", "verkauf",
    "übertragung",
  ]
  /// Prepositions before a deal's counterparty: "deal with Oracle", "supply power to Google", "for Meta".
  static let counterpartyPrepositions: Set<String> = ["with", "to", "for", "mit", "an", "für"]

  /// Words after a deal noun that name the deal's parties: another deal than the document's.
  static let otherDealOpeners: Set<String> = ["zweier", "von", "of", "between", "zwischen", "der", "des"]

  /// Nouns of a deal a regulator decides on.
  static let dealNouns: Set<String> = [
    "übernahme", "kauf", "transaktion", "deal", "zusammenschluss", "fusion", "acquisition", "merger", "takeover", "purchase",
    "transaction",
  ]

  static let regulatedPartyPrepositions: Set<String> = ["gegen", "against", "into"]
  /// Words that end the clause of a regulator's decision: another clause, a contrast, a report.
  static let regulationClauseStops: Set<String> = [
    "after", "while", "whereas", "despite", "following", "but", "because", "said", "says",
    // Parties heard or backing a decision are not regulated by it: "a settlement negotiated between the
    // utility and a group of intervenors that included Walmart", "a settlement backed by commission staff, Walmart".
    "intervenors", "intervenor", "backed", "objectors", "opponents", "critics", "complainants",
    "nachdem", "während", "trotz", "sondern", "aber", "weil", "sagte", "sagt", "erklärte",
  ]
  /// Words after a regulator that make it describe a person: "a former FTC official".
  static let staffWords: Set<String> = ["official", "officials", "staff", "staffer", "beamter", "beamte", "mitarbeiter"]
}
