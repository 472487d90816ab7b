import GeflechtCore

/// Contracts awarded and won: the winner supplies the organisation that awards the contract.
///
/// - Awarding: "The Pentagon announced that contracts were awarded to Google, Oracle and Amazon", "The Army
///   awarded Palantir a contract", "Die Bundeswehr vergab den Auftrag an Rheinmetall", "Der Auftrag wurde
///   von der Bahn an Siemens vergeben", "Der Auftrag der Bundeswehr ging an Hensoldt", "Die Bundeswehr hat
///   Diehl Defence einen Auftrag erteilt". The winners follow "to" (after an English verb) or "an" (after a
///   German one), with at most articles and a described organisation noun between ("to the defence firm
///   X"; not "to supply the Bundeswehr"), or stand right after an English verb ("awarded A and B
///   contracts") or between a German subject and the contract. The awarder is the agent after "by/von/vom/durch", else the sentence's first organisation
///   nearest before the verb in its clause. An English passive with its subject before the verb
///   and no "to" ("Rheinmetall was awarded a contract …") is read as winning.
/// - Winning: "Nokia won a contract from BT", "Nokia wins BT contract", "Ericsson got big contracts with AT&T
///   and MasOrange", "Rheinmetall erhielt einen Auftrag der Bundeswehr", "Den Zuschlag erhielten A und B".
///   The winner is the subject before the verb, or the name right after the verb when the contract stands
///   before it; the awarder names the contract ("a BT contract", "Bundeswehr-Auftrag") or follows it: right
///   after it ("der/des X"), or after "from/with/von/vom" one word later at most, not across a comma and
///   not after "along/together" ("won the contract along with Nokia" names a partner).
///
/// A contract noun (`isContractNoun`) must stand in the verb's clause, so "awarded a prize" or "won the
/// election" say nothing; not "im Auftrag von" (on behalf of) nor a contract noun as a modifier ("contract
/// manufacturing"). Every verb of awarding or winning in the sentence is tried. The bare "award(s)" is a
/// verb only after a name or an auxiliary ("Acme awards", "will award"), not in "the contract award to X".
/// O(v · (t + m)) per sentence of t tokens, m mentions and v verbs of awarding or winning (a clause each);
/// a sentence without such a verb costs one pass over its tokens' classes.
extension RelationExtractor {
  static let germanAwardingWords: Set<String> = ["vergeben", "vergab", "vergibt", "vergaben", "erteilt", "erteilte", "erteilten", "ging", "gingen"]
  static let awardingWords = germanAwardingWords.union(["awarded", "awards", "award", "awarding", "went"])
  static let winningWords: Set<String> = [
    "won", "wins", "win", "winning", "secured", "secures", "landed", "lands", "clinched", "clinches", "got", "gets", "erhielt",
    "erhält", "erhielten", "erhalten", "gewann", "gewinnt", "gewannen", "gewonnen", "bekam", "bekommt", "bekamen",
  ]
  /// Words before the bare verb "award(s)" that make it one: modals and "to".
  static let awardAuxiliaries: Set<String> = ["will", "would", "could", "may", "might", "shall", "to", "did", "does", "also"]
  /// Nouns after "contract" that make it a modifier: "contract manufacturing", "contract chipmaker".
  static let contractModified: Set<String> = [
    "manufacturing", "manufacturer", "manufacturers", "chipmaker", "chipmakers", "worker", "workers", "research", "staff", "talks",
    "negotiations", "dispute", "disputes", "row", "lawsuit", "case", "fight", "battle", "streit", "offer", "offers", "angebot",
  ]

  /// Whether a word names a contract: "contract(s)", "Auftrag" and its compounds ("Großauftrag",
  /// "Cloud-Aufträge"), "Zuschlag", "tender", "Ausschreibung".
  static func isContractNoun(_ token: Token) -> Bool {
    guard token.isWord else { return false }
    return isContractWord(token.isHyphenated ? String(token.parts.last ?? "").lowercased() : token.lowercased)
  }

  /// `isContractNoun` for a lower-case word or a compound's last part.
  static func isContractWord(_ w: String) -> Bool {
    if w == "contract" || w == "contracts" || w == "tender" || w == "tenders" { return true }
    if w.hasPrefix("zuschlag") || w.hasPrefix("ausschreibung") { return true }
    return w.hasSuffix("auftrag") || w.hasSuffix("auftrags") || w.hasSuffix("aufträge") || w.hasSuffix("aufträgen")
  }

  func contractStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    var orgs: [Mention]? = nil
    var free: [Mention] = []
    for verb in t.indices where t[verb].is(.contractVerb) {
      let w = t[verb].lowercased
      // "the contract award to X" is a noun.
      if w == "award" || w == "awards" {
        guard verb > 0, RelationExtractor.awardAuxiliaries.contains(t[verb - 1].lowercased) || mentions.contains(where: { $0.last == verb - 1 && $0.ref.kind == .organization })
        else { continue }
      }
      if orgs == nil {
        orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia && !isGroupCompound($0) }
        free = orgs!.filter { !$0.isGenitive && !isInPrepositionalPhrase($0, t) }
      }
      guard let orgs, orgs.count >= 2 else { return }
      // The clause of the verb, with commas of lists inside it: up to the nearest other clause breaks.
      let lower = (0..<verb).last(where: { !inSameClause($0, $0 + 1, t, commas: false) }).map { $0 + 1 } ?? 0
      let upper = (verb..<t.count).first(where: { !inSameClause($0, $0 + 1, t, commas: false) }) ?? t.count
      let clause = lower..<upper
      guard let contract = clause.first(where: { k in
        RelationExtractor.isContractNoun(t[k])
          && !(k > 0 && ["im", "in"].contains(t[k - 1].lowercased))  // "im Auftrag von": on behalf of
          && !(k + 1 < t.count && RelationExtractor.contractModified.contains(t[k + 1].lowercased))
      }) else { continue }
      // "went/ging" only with the contract as its subject: "Der Auftrag ging an Hensoldt", not "Nokia went to BT
      // with a contract offer".
      if ["went", "ging", "gingen"].contains(w), contract > verb { continue }
      if RelationExtractor.awardingWords.contains(w),
        awardedStatements(t, verb: verb, contract: contract, clause: clause, orgs, free, add)
      {
        continue
      }
      // An English passive with its subject: "Rheinmetall was awarded a contract".
      let passive = verb > 0 && RelationExtractor.passiveAuxiliaries.contains(t[verb - 1].lowercased)
      if RelationExtractor.winningWords.contains(w) || (passive && !RelationExtractor.germanAwardingWords.contains(w)) {
        wonStatements(t, verb: verb, contract: contract, clause: clause, orgs, free, add)
      }
    }
  }

  /// "X awarded contracts to A and B", "contracts were awarded to A by X", "X vergab den Auftrag an A".
  /// Whether winners were found.
  private func awardedStatements(
    _ t: [Token], verb: Int, contract: Int, clause: Range<Int>, _ orgs: [Mention], _ free: [Mention], _ add: Add
  ) -> Bool {
    let link = RelationExtractor.germanAwardingWords.contains(t[verb].lowercased) ? "an" : "to"
    // What may stand between the link and a winner: articles, and lower-case words before an organisation
    // noun ("to the defence firm X").
    func described(_ range: Range<Int>) -> Bool {
      range.count <= 4
        && range.allSatisfy { k in
          t[k].is(.definiteArticle) || ["a", "an", "the", "einen", "einem", "ein", "eine"].contains(t[k].lowercased)
            || t[k].info?.isOrgHeadNoun == true || (t[k].isWord && !t[k].isCapitalized && k + 1 < range.upperBound)
        }
        && (range.isEmpty || range.contains { t[$0].info?.isOrgHeadNoun == true } || range.allSatisfy { t[$0].is(.definiteArticle) || ["a", "an", "the"].contains(t[$0].lowercased) })
    }
    var winners: [Mention] = []
    for to in clause where t[to].lowercased == link && to > min(verb, contract) {
      if let first = orgs.first(where: { $0.first > to && $0.first <= to + 5 && described((to + 1)..<$0.first) }) {
        winners = expand(first, forwardIn: orgs, tokens: t)
        break
      }
    }
    // English double object: "awarded Palantir a contract".
    if winners.isEmpty, link == "to", verb + 1 < t.count, let first = orgs.first(where: { $0.first == verb + 1 && !$0.isGenitive }), contract > first.last {
      winners = expand(first, forwardIn: orgs.filter { $0.last < contract }, tokens: t)
    }
    // German dative object before a clause-final verb: "Die Bundeswehr hat Diehl Defence einen Auftrag erteilt".
    if winners.isEmpty, link == "an", contract < verb, let subject = free.first(where: { clause.contains($0.first) && $0.last < contract }),
      let first = free.first(where: { $0.first > subject.last && $0.last < contract && $0.ref.key != subject.ref.key })
    {
      winners = [first]
    }
    guard !winners.isEmpty else { return false }
    let keys = Set(winners.map(\.ref.key))
    // The agent: "by the Pentagon", "von der Bahn", "durch das Land".
    let agent = orgs.first { o in
      !keys.contains(o.ref.key) && clause.contains(o.first)
        && (max(clause.lowerBound, o.first - 3)..<o.first).contains { RelationExtractor.agentPrepositions.contains(t[$0].lowercased) }
        && !(max(clause.lowerBound, o.first - 3)..<o.first).contains { t[$0].lowercased == link }
    }
    // Else the organisation nearest before the verb in its clause ("Microsoft said the Pentagon awarded …").
    guard let awarder = agent
      ?? orgs.last(where: { clause.contains($0.first) && $0.last < verb && !$0.isGenitive && !keys.contains($0.ref.key) })
    else { return true }
    for w in winners where w.ref.key != awarder.ref.key { add(w, awarder, .supplies, nil, verb) }
    return true
  }

  /// "A won a contract from X", "A wins X contract", "A erhielt einen Auftrag der Bundeswehr", "Den Zuschlag
  /// erhielten A und B" (an awarder not named with the contract is not known: nothing).
  private func wonStatements(
    _ t: [Token], verb: Int, contract: Int, clause: Range<Int>, _ orgs: [Mention], _ free: [Mention], _ add: Add
  ) {
    let winners: [Mention]
    if contract > verb, let subject = free.last(where: { $0.last < verb && clause.contains($0.first) }) {
      winners = expand(subject, backwardIn: free.filter { clause.contains($0.first) }, tokens: t)
    } else if contract < verb, let subject = orgs.first(where: { $0.first == verb + 1 && !$0.isGenitive }) {
      // "Den Zuschlag erhielten A und B".
      winners = expand(subject, forwardIn: orgs, tokens: t)
    } else if contract < verb, let subject = free.first(where: { $0.last < contract && clause.contains($0.first) }) {
      // German verb-final: "Rheinmetall hat von der Bundeswehr einen Auftrag erhalten"; the awarder after
      // "von/vom" before the contract.
      winners = [subject]
      if let from = orgs.first(where: { o in
        o.first > subject.last && o.last < contract && o.ref.key != subject.ref.key
          && (max(subject.last + 1, o.first - 3)..<o.first).contains { ["von", "vom"].contains(t[$0].lowercased) }
      }) {
        add(subject, from, .supplies, nil, verb)
        return
      }
    } else {
      return
    }
    let keys = Set(winners.map(\.ref.key))
    // The awarder names the contract: "a BT contract", "Bundeswehr-Auftrag", "BT's contract".
    var awarders: [Mention] = orgs.filter { o in
      !keys.contains(o.ref.key)
        && ((o.head.map { RelationExtractor.isContractWord($0.lowercased()) } ?? false && o.first <= contract && o.last >= contract)
          || (o.last + 1 == contract && o.first > verb))
    }
    // Or follows it: "Auftrag der Bundeswehr", "contract from BT", "contracts with AT&T and MasOrange".
    if awarders.isEmpty, contract + 2 < t.count {
      var link: Int? = nil
      if ["der", "des"].contains(t[contract + 1].lowercased) {
        link = contract
      } else if let k = ((contract + 1)..<min(contract + 3, t.count)).first(where: { ["from", "with", "von", "vom"].contains(t[$0].lowercased) }),
        !t[(contract + 1)..<k].contains(where: { !$0.isWord || ["along", "together", "zusammen"].contains($0.lowercased) })
      {
        link = k
      }
      // (Not a partner: "won the contract with its partner Alstom".)
      if let link, let first = orgs.first(where: { o in
        o.first > link && o.first <= link + 4 && !keys.contains(o.ref.key)
          && t[(link + 1)..<o.first].allSatisfy {
            $0.isWord && (!$0.isCapitalized || $0.info?.isOrgHeadNoun == true) && !isAnyPossessive($0) && !$0.lowercased.hasPrefix("partner")
          }
      }) {
        awarders = expand(first, forwardIn: orgs, tokens: t)
      }
    }
    for a in awarders where !keys.contains(a.ref.key) {
      for w in winners { add(w, a, .supplies, nil, verb) }
    }
  }
}
