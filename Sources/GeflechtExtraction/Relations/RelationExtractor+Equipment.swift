import GeflechtCore

/// Goods taken from a supplier: "Deutsche Telekom chose Ericsson equipment", "Samsung postponed deliveries
/// of ASML equipment", "Vodafone nutzt Huawei-Technik", "Die Telekom setzt auf Technik von Nokia". The
/// supplier supplies the organisation that takes the goods.
///
/// A supply noun (`supply_nouns.txt`) right after an organisation ("Ericsson equipment"), as the head of its
/// compound ("Huawei-Technik"), or before "von/of/from" and an organisation ("Technik von Nokia"), with a
/// verb of taking (`takingWords`: "chose", "uses", "buys", "deliveries", "nutzt", "setzt auf", "kauft" …)
/// between the taker and the goods in one clause; not after a word of stopping or forbidding ("stopped
/// buying"), nor for goods not chosen ("Nokia over Huawei equipment"). The taker is the organisation before
/// the verb outside a prepositional phrase; makers coordinated before the goods supply too. The goods may
/// also be "des Herstellers X"; models and software only tested are not taken ("tests models from OpenAI").
/// A contractor picked to do a job (`contractedWork`) supplies too ("AT&T has picked Ericsson to rebuild its
/// network"), as does the seller of a buyer's purchases ("OpenAI's purchases from Nvidia").
/// O(m · t) per sentence of t tokens and m organisation mentions, with a short window per mention.
extension RelationExtractor {
  /// (With `testingWords`: "tested robots from Figure AI".)
  static let takingWords = Set([
    "chose", "chooses", "choose", "choosing", "selected", "selects", "select", "uses", "used", "use", "using", "buys", "bought",
    "buy", "buying", "deploys", "deployed", "deploy", "deploying", "orders", "ordered", "order", "installs", "installed",
    "install", "relies", "relied", "rely", "deliveries", "delivery", "purchases", "purchased", "purchase", "nutzt", "nutzte",
    "nutzen", "nutzten", "setzt", "setzte", "setzen", "setzten", "kauft", "kaufte", "kaufen", "kauften", "verbaut", "verbaute",
    "bezieht", "bezog", "beziehen", "bestellt", "bestellte", "bestellen", "lieferungen", "lieferung", "wählte", "wählt",
    "procure", "procures", "procured", "procuring", "sources", "sourced", "sourcing", "pre-order", "pre-ordered",
  ]).union(testingWords)

  /// Verbs of choosing a contractor: "AT&T has picked Ericsson to rebuild its network".
  static let commissioningVerbs: Set<String> = [
    "picked", "picks", "chose", "chooses", "selected", "selects", "tapped", "taps", "commissioned", "commissions",
  ]
  /// Verbs of the work a contractor is chosen for (not "picked Nvidia to outperform", "selected X to receive").
  static let contractedWork: Set<String> = [
    "build", "rebuild", "supply", "provide", "deliver", "deploy", "install", "upgrade", "replace", "construct", "manufacture",
    "make", "design", "operate", "run", "power", "equip", "modernize", "modernise", "expand", "host",
  ]
  /// Nouns of buying with the seller after "from": "OpenAI's purchases from Nvidia" (not "orders": "TSMC's
  /// orders from Apple" are Apple's purchases).
  static let purchaseNouns: Set<String> = ["purchases", "käufe", "einkäufe"]
  /// Goods that are tried out rather than bought when a verb of testing takes them: "tests models from OpenAI".
  static let testedOnlyGoods: Set<String> = ["sprachmodelle", "sprachmodellen", "software"]
  static let testingWords: Set<String> = ["tested", "tests", "testet", "testete", "erprobt", "erprobte"]

  /// Words before a verb of taking that stop or forbid it.
  static let ceasingWords: Set<String> = [
    "stop", "stops", "stopped", "stopping", "ceased", "cease", "quit", "ban", "bans", "banned", "banning", "phase", "replace",
    "replaced", "replacing", "no", "not", "never", "longer", "verbietet", "verbot", "verboten", "stoppt", "stoppte", "ersetzt",
    "nicht", "kein", "keine", "keinen", "mehr",
  ]

  func equipmentStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    func isSupplyNoun(_ k: Int) -> Bool { lexicon.supplyNouns.contains(t[k].lowercased) }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia }
    guard orgs.count >= 2 else { return }
    for s in orgs {
      // The goods and where their phrase starts: "Ericsson equipment", "Huawei-Technik", or "Technik von Nokia".
      var start: Int? = nil
      if s.head.map({ lexicon.supplyNouns.contains($0.lowercased()) }) == true {
        start = s.first
      } else if s.last + 1 < t.count, t[s.last + 1].isWord, isSupplyNoun(s.last + 1), !s.isGenitive {
        start = s.first
      } else if s.first >= 2, ["von", "vom", "of", "from"].contains(t[s.first - 1].lowercased), isSupplyNoun(s.first - 2) {
        start = s.first - 2
      } else if s.first >= 3, ["des", "der"].contains(t[s.first - 2].lowercased), isSupplyNoun(s.first - 3),
        t[s.first - 1].info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(t[s.first - 1].text)
      {
        // "setzt auf Technik des Herstellers Xpeng".
        start = s.first - 3
      }
      guard let start else { continue }
      // The verb of taking shortly before the goods, in the same clause.
      guard let verb = (max(0, start - 5)..<start).last(where: { RelationExtractor.takingWords.contains(t[$0].lowercased) }),
        inSameClause(verb, start, t, commas: false),
        // Not stopping or replacing it ("stopped buying Huawei equipment"), nor the goods not chosen
        // ("selected Nokia over Huawei equipment").
        !t[max(0, verb - 3)..<verb].contains(where: { RelationExtractor.ceasingWords.contains($0.lowercased) }),
        !t[verb..<start].contains(where: { ["over", "instead", "statt", "anstelle", "anstatt"].contains($0.lowercased) }),
        // ("tests models from OpenAI for safety risks": models and software are tried out, not bought.)
        !(RelationExtractor.testingWords.contains(t[verb].lowercased)
          && (start..<min(start + 3, t.count)).contains(where: { RelationExtractor.testedOnlyGoods.contains(t[$0].lowercased) })),
        let taker = orgs.last(where: { o in
          o.last < verb && o.ref.key != s.ref.key && !o.isGenitive && !isInPrepositionalPhrase(o, t)
            && inSameClause(o.last + 1, verb, t, commas: false)
        })
      else { continue }
      // Makers coordinated before the goods supply too: "uses Nvidia and AMD chips".
      for maker in expand(s, backwardIn: orgs, tokens: t) where maker.ref.key != taker.ref.key && maker.first > verb {
        add(maker, taker, .supplies, nil, verb)
      }
    }
    for s in orgs where s.first >= 2 && s.last + 2 < t.count {
      // "AT&T has picked Ericsson to rebuild its network": the contractor chosen to do the work supplies.
      if RelationExtractor.commissioningVerbs.contains(t[s.first - 1].lowercased), t[s.last + 1].lowercased == "to",
        RelationExtractor.contractedWork.contains(t[s.last + 2].lowercased),
        !t[max(0, s.first - 4)..<(s.first - 1)].contains(where: { RelationExtractor.ceasingWords.contains($0.lowercased) }),
        let taker = orgs.last(where: { o in
          o.last < s.first - 1 && o.ref.key != s.ref.key && !o.isGenitive && !isInPrepositionalPhrase(o, t)
            && inSameClause(o.last + 1, s.first - 1, t, commas: false)
        })
      {
        add(s, taker, .supplies, nil, s.first - 1)
      }
      // "OpenAI's purchases from Nvidia", "Teslas Einkäufe bei Panasonic": the buyer's genitive before the noun.
      if ["from", "bei", "von"].contains(t[s.first - 1].lowercased), RelationExtractor.purchaseNouns.contains(t[s.first - 2].lowercased),
        let buyer = orgs.first(where: { $0.last == s.first - 3 && $0.isGenitive })
          // (Or its possessive pronoun, for the clause's subject: "OpenAI will not reduce its purchases from Nvidia".)
          ?? (s.first >= 3 && ["its", "seine", "ihre"].contains(t[s.first - 3].lowercased)
            ? orgs.last(where: { o in
              o.last < s.first - 3 && !o.isGenitive && !isInPrepositionalPhrase(o, t) && inSameClause(o.last + 1, s.first - 3, t, commas: false)
            }) : nil),
        buyer.ref.key != s.ref.key
      {
        add(s, buyer, .supplies, nil, s.first - 2)
      }
    }
  }
}
