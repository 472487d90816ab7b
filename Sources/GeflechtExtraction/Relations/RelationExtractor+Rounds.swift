import GeflechtCore

/// Financing rounds: the names a sentence gives as taking part in a round invest in the company that
/// raises the money, even when that company is named in another sentence.
///
/// - "Graphix hat 200 Millionen Dollar eingesammelt. An der Finanzierungsrunde beteiligten sich A, B und C."
/// - "Angeführt wurde die Runde von A, beteiligt waren außerdem B und C."
/// - "The round was led by A, with participation from B, C and D."
/// - "A and B co-led the massive round, with backing from C and D."
///
/// A sentence counts when it names a round ("Runde", "Finanzierungsrunde", "round", "Series A", "seed
/// funding") or investors ("investors", "Geldgeber") and a cue of taking part (`participationCues`: "led by", "angeführt", "participation",
/// "beteiligten sich" …). The investors are the organisations and persons named after the cue in its
/// clause (a coordinated list), or before it when none follows ("A und B beteiligten sich ebenfalls").
/// The company that raises the money (`Context.fundingReceiver`) is the subject of a verb of raising in
/// this or an earlier sentence of the document ("X raised", "X hat … eingesammelt"), or the target of an
/// earlier investment. O(t + m) per sentence of t tokens and m mentions.
extension RelationExtractor {
  /// Nouns that stand for the round a previous sentence raised: "The deal was led by A".
  static let roundDealNouns: Set<String> = ["deal", "investment", "financing", "raise", "transaction", "transaktion", "investition"]
  /// Word starts that name a financing round.
  static let roundWordPrefixes = ["finanzierungsrunde", "finanzierung", "runde", "round", "funding", "seed", "series"]
  /// Words that say a name takes part in a round (first word; "led"/"angeführt" need "by"/"von" later).
  static let participationCues: Set<String> = [
    "led", "angeführt", "anführt", "anführte", "angeleitet", "geleitet", "participation", "participated", "participating", "participate", "joined",
    "beteiligten", "beteiligte", "beteiligt", "beteiligen", "backed", "backing", "co-led", "investierten", "investierte", "include",
    "includes", "including", "included", "comprised", "comprises", "zählen", "gehören",
    // "unter der Führung des Investors A", "umfasste Investitionen von Firmen wie A, B und C".
    "führung", "umfasste", "umfassten", "umfasst",
  ]
  /// Where a phrase of taking part stands, when no single cue word does: "A und B zogen mit", "A also took
  /// part", "Neu an Bord ist A", "Neu dabei sind A und B", "A legte nach", "A hat Geld nachgeschossen".
  func participationPhrase(in t: [Token]) -> Int? {
    t.indices.first { i in
      // (Every phrase opens with one of these letters: most words are passed on one byte.)
      guard t[i].isWord, let f = t[i].lowercased.utf8.first, RelationExtractor.phraseInitials.contains(f) else { return false }
      let w = t[i].lowercased
      let next = i + 1 < t.count ? t[i + 1].lowercased : ""
      let endsClause = { (k: Int) in k >= t.count || !t[k].isWord }
      switch w {
      case "zog", "zogen", "ziehen", "zieht": return next == "mit" && endsClause(i + 2)
      case "legte", "legten", "legt", "legen": return next == "nach" && endsClause(i + 2)
      // "also took part", "took part in the round" (not "took part in the trade fair").
      case "took", "take", "takes", "taking":
        return next == "part" && (endsClause(i + 2) || t[(i + 2)..<min(i + 6, t.count)].contains(where: { $0.is(.roundWord) }))
      // "Neu an Bord ist A", "A ist an Bord", "A sind auch an Bord" (not "hatte 200 Passagiere an Bord").
      case "an":
        return next == "bord" && ((i > 0 && RelationExtractor.beforeAboard.contains(t[i - 1].lowercased))
          || (i + 2 < t.count && ["ist", "sind", "kommt", "kommen", "gekommen"].contains(t[i + 2].lowercased)))
      // "Neu dabei sind A und B", "A ist ebenso dabei wie B", "A und B waren ebenfalls dabei." (not "Siemens ist
      // dabei, X zu übernehmen").
      case "dabei":
        let copula = (max(0, i - 3)..<i).contains { ["ist", "sind", "war", "waren"].contains(t[$0].lowercased) }
        let infinitive = t[(i + 1)...].contains { $0.lowercased == "zu" }
        return copula && (["sind", "ist", "waren", "war", "wie"].contains(next) || (endsClause(i + 1) && !infinitive))
          || (i > 0 && t[i - 1].lowercased == "neu" && ["sind", "ist"].contains(next))
      case "nachgeschossen", "nachgelegt", "mitgezogen": return true
      default: return false
      }
    }
  }

  /// The first candidate after a colon that closes the cue's clause: "beteiligen sich bestehende Investoren an
  /// der Runde: die Wagniskapitalgeber A, B und C".
  func listAfterColon(_ cue: Int, _ t: [Token], _ candidates: [Mention]) -> Mention? {
    guard let colon = ((cue + 1)..<t.count).first(where: { t[$0].text == ":" }), inSameClause(cue, colon, t, commas: false) else { return nil }
    return candidates.first { $0.first > colon && $0.first <= colon + 4 && inSameClause(colon + 1, $0.first, t, commas: false) }
  }

  /// Verbs after the speaker of an English reporting clause: "…, the company said" (German puts the verb
  /// first: "…, sagte das Unternehmen", which no name precedes).
  static let speakerVerbs: Set<String> = ["said", "says", "told", "added", "stated"]

  /// Words right before "an Bord" that make it taking part: "Neu an Bord", "ist an Bord", "sind auch an Bord".
  static let beforeAboard: Set<String> = ["neu", "mit", "ist", "sind", "war", "waren", "auch", "ebenfalls", "nun", "jetzt"]

  /// The first letters of the words `participationPhrase` looks for.
  static let phraseInitials: Set<UInt8> = Set("zltadnm".utf8)

  /// Plural nouns for investors, which make a sentence about the round without naming it.
  static let investorNouns: Set<String> = [
    "investors", "investoren", "geldgeber", "kapitalgeber", "backers", "funders", "geldgebern", "kapitalgebern",
  ]
  /// Plural endings that make a compound an investor noun: "Altinvestoren", "Bestandsinvestoren",
  /// "co-investors", "Risikokapitalgebern" (singular compounds such as "Risikokapitalgeber" name one firm).
  static let investorNounEndings = ["investoren", "investors", "geldgebern", "kapitalgebern"].map(ASCIIAffix.init)

  /// Whether a lower-case word is a plural compound of an investor noun ("altinvestoren").
  static func isInvestorCompound(_ w: String) -> Bool {
    w.withASCIIBytes { ascii in investorNounEndings.contains { $0.isSuffix(of: w, ascii: ascii) } }
  }
  /// Cues of leading, passive with "by/von" ("led by A") or active before the round ("A co-led the round").
  static let leadingCues: Set<String> = ["led", "co-led", "angeführt", "anführt", "anführte", "angeleitet", "geleitet", "backed"]
  /// Verbs of raising money whose subject is the receiver: "X raised", "X hat … eingesammelt".
  static let raisingWords: Set<String> = [
    "raised", "raises", "raise", "raising", "secured", "secures", "closed", "closes", "sammelte", "sammelt", "eingesammelt",
    "erhält", "erhielt", "bekommt", "bekam", "aufgenommen", "aufgebracht", "sicherte", "sichert", "gesichert",
    "eingenommen", "eingeworben", "erhalten", "abschließen", "abgeschlossen", "abschließt",
  ]
  /// Verbs of raising that need a round named with them (`fundingReceiver`): revenue is taken in, permits
  /// received and deals closed too.
  static let roundOnlyRaisingWords: Set<String> = ["eingenommen", "erhalten", "abschließen", "abgeschlossen", "abschließt"]

  /// Whether a token names a financing round ("Finanzierungsrunde", "Series", "round").
  static func isRoundWord(_ t: Token) -> Bool {
    let w = t.lowercased
    // Compared by bytes in ASCII words (`ASCIIAffix`), with the answers of `hasPrefix` and `hasSuffix`.
    return w.withASCIIBytes { ascii in
      roundWordPrefixAffixes.contains { $0.isPrefix(of: w, ascii: ascii) }
        || roundWordEndings.contains { $0.isSuffix(of: w, ascii: ascii) }
    }
  }

  private static let roundWordPrefixAffixes = roundWordPrefixes.map(ASCIIAffix.init)
  private static let roundWordEndings = ["runde", "finanzierung"].map(ASCIIAffix.init)

  /// The company a sentence says raises money: the round's possessor ("Cohere's funding was led by"), or
  /// the first organisation before a verb of raising, not
  /// inside a prepositional phrase, and followed by the verb, an auxiliary or punctuation ("X
  /// raised", "X hat … eingesammelt", "X, barely six months old, closed"; not "The former Databricks AI
  /// chief closed"). Nil when the sentence has none.
  func fundingReceiver(in sentence: Sentence, mentions: [Mention]) -> EntityRef? {
    let t = sentence.tokens
    // "will lead a $100m series A+ round for China-based chip developer X", "eine Finanzierungsrunde für X":
    // the company after the round.
    for r in t.indices where r + 2 < t.count && t[r].is(.roundWord) && ["for", "für", "of"].contains(t[r + 1].lowercased) {
      if let m = mentions.first(where: { m in
        m.ref.kind == .organization && !m.ref.isMedia && m.first > r + 1 && m.first <= r + 8
          && t[(r + 2)..<m.first].allSatisfy { $0.isWord && !$0.isCapitalized || $0.info?.isOrgHeadNoun == true || $0.isHyphenated }
      }) {
        return m.ref
      }
    }
    // "Cohere's funding was led by …", "Mistrals Finanzierungsrunde": the round's possessor.
    if let m = mentions.first(where: { m in
      m.ref.kind == .organization && !m.ref.isMedia && m.isGenitive && m.last + 1 < t.count
        && (t[m.last + 1].is(.roundWord) || (m.last + 2 < t.count && !t[m.last + 1].isCapitalized && t[m.last + 2].is(.roundWord)))
    }) {
      return m.ref
    }
    guard let verb = t.indices.first(where: { t[$0].is(.raisingWord) }) else { return announcedRoundSubject(t, mentions) }
    // Revenue and permits are taken in and received too ("hat 30 Milliarden Euro eingenommen", "hat die
    // Genehmigung erhalten"): these verbs raise money only in a sentence that names a round.
    if RelationExtractor.roundOnlyRaisingWords.contains(t[verb].lowercased), !t.contains(where: { $0.is(.roundWord) }) { return nil }
    if let subject = mentions.first(where: {
      $0.ref.kind == .organization && !$0.ref.isMedia && $0.last < verb && !$0.isGenitive && !isInPrepositionalPhrase($0, t)
        && ($0.last + 1 == verb || !t[$0.last + 1].isWord || RelationExtractor.subjectFollowers.contains(t[$0.last + 1].lowercased))
    }) {
      return subject.ref
    }
    // German inversion: "Zusätzlich sicherte sich X 25 Millionen Euro", "Nun erhielt X …" (only adverbs before
    // the verb, the subject right after it or after "sich").
    guard (0..<verb).allSatisfy({ t[$0].isWord && ($0 == 0 || !t[$0].isCapitalized) }) else { return nil }
    let start = verb + 1 < t.count && t[verb + 1].lowercased == "sich" ? verb + 2 : verb + 1
    return mentions.first { $0.first == start && $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isGenitive }?.ref
  }
  /// A subject that announces or closes its own round without a verb of raising: "Damals hatte Aleph Alpha
  /// eine Finanzierungsrunde von rund einer halben Milliarde Dollar verkündet". The sentence's first
  /// organisation (not in a prepositional phrase, no genitive), the round word after it with no other
  /// organisation between, and a verb of announcing or closing (`announcingVerbs`); not when the sentence
  /// takes part or invests ("Microsoft beteiligte sich an der Runde"), nor when the round is another's ("die
  /// Runde von OpenAI", "eine Finanzierungsrunde für Voltaro").
  func announcedRoundSubject(_ t: [Token], _ mentions: [Mention]) -> EntityRef? {
    guard let r = t.indices.first(where: { t[$0].is(.roundWord) }),
      t.contains(where: { $0.isWord && !$0.isCapitalized && RelationExtractor.announcingVerbs.contains($0.lowercased) }),
      let m = mentions.first(where: { $0.ref.kind == .organization && !$0.ref.isMedia }), m.last < r, !m.isGenitive,
      !isInPrepositionalPhrase(m, t),
      !mentions.contains(where: { $0.ref.kind == .organization && $0.first > m.last && $0.last < r }),
      // (A sum after "von/of" is the round's size: "eine Finanzierungsrunde von rund einer halben Milliarde".)
      !(r + 2 < t.count && ["von", "of", "for", "für", "bei", "at", "des"].contains(t[r + 1].lowercased) && t[r + 2].isCapitalized),
      !t.contains(where: { $0.is(.participationCue) || $0.lowercased.hasPrefix("invest") })
    else { return nil }
    return m.ref
  }

  /// Verbs of announcing or closing a round.
  static let announcingVerbs: Set<String> = [
    "verkündet", "verkündete", "bekanntgegeben", "angekündigt", "kündigte", "abgeschlossen", "schloss", "announced", "announces",
    "closed", "closes", "completed", "unveiled",
  ]

  /// What may follow the subject of a verb of raising: auxiliaries and an apposition's comma.
  static let subjectFollowers: Set<String> = [
    ",", "has", "have", "had", "said", "says", "will", "is", "also", "now", "hat", "habe", "hatte", "konnte", "kann", "soll",
    // "X announced it has raised", "X gab bekannt, dass es … aufgenommen habe".
    "announced", "announces", "gab", "gibt", "teilte", "meldete", "meldet",
  ]

  func roundStatements(_ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ add: Add) {
    let t = sentence.tokens
    // A round, or the investors themselves: "Other notable investors like A and B also participated". A
    // phrase of taking part or "beteiligten sich" may also follow a sentence that names a round or raises a
    // sum ("X hat 300 Millionen Dollar eingesammelt. Auch A und B zogen mit."), not one that raised concerns.
    let word = t.indices.first(where: { t[$0].is(.participationCue) })
    let namesRound = t.contains(where: { $0.is(.roundWord) || $0.is(.investorNoun) })
    // (The phrases are looked for only where a receiver can be: most sentences have none.)
    guard let cue = word ?? (namesRound || context.fundingReceiver != nil ? participationPhrase(in: t) : nil) else { return }
    let previousRaised = context.fundingReceiver != nil
      && (context.previousTokens.contains(where: { $0.is(.roundWord) })
        || context.previousTokens.contains(where: { $0.is(.raisingWord) })
          && context.previousTokens.contains(where: { RelationExtractor.currencyWords.contains($0.lowercased) }))
    // ("Beteiligt sind unter anderem A und B": the participle opening the sentence before its auxiliary.)
    // (Also after a semicolon or colon: "…; beteiligt sind unter anderem A und B".)
    let frontedParticiple = (cue <= 1 || [";", ":"].contains(t[cue - 1].text)) && cue + 1 < t.count
      && ["sind", "waren", "ist", "war"].contains(t[cue + 1].lowercased)
    let followsRaise = previousRaised
      && (word == nil || t[cue].lowercased.hasPrefix("beteilig") && (t.contains(where: { $0.lowercased == "sich" }) || frontedParticiple))
    // "A and B co-led it": "it" after a sentence that raised money is that round.
    // (Only "it" that ends the clause or is followed by its co-investors: "led it to a listing", "led it until
    // 2023" lead the company.)
    let roundPronoun = previousRaised && RelationExtractor.leadingCues.contains(t[cue].lowercased) && cue + 1 < t.count
      && t[cue + 1].lowercased == "it"
      && (cue + 2 == t.count || !t[cue + 2].isWord || ["with", "alongside", "together"].contains(t[cue + 2].lowercased))
    // "The deal was led by A and B", "Die Transaktion wurde von A angeführt": a noun of a deal right before
    // the cue, after a sentence that raised money, is that round.
    let dealNoun = previousRaised && RelationExtractor.leadingCues.contains(t[cue].lowercased)
      && t[max(0, cue - 3)..<cue].contains(where: { RelationExtractor.roundDealNouns.contains($0.lowercased) })
    guard namesRound || followsRaise || roundPronoun || dealNoun else { return }
    // "led by" and "angeführt von" need their preposition, the active "A led the round" its round right
    // after the verb: "led the market" is no round lead.
    var active = false
    // German verb-final passive: "Die Runde wurde von A und B angeführt".
    var agentBefore: Int? = nil
    if RelationExtractor.leadingCues.contains(t[cue].lowercased),
      !t[(cue + 1)..<min(cue + 6, t.count)].contains(where: { ["by", "von", "vom"].contains($0.lowercased) })
    {
      if let von = (max(0, cue - 8)..<cue).last(where: { ["von", "vom"].contains(t[$0].lowercased) }),
        t[..<von].contains(where: { $0.is(.roundWord) }), inSameClause(von, cue, t, commas: false)
      {
        agentBefore = von
      } else {
        guard roundPronoun || t[(cue + 1)..<min(cue + 5, t.count)].contains(where: { $0.is(.roundWord) }) else { return }
        active = true
      }
    }
    let receiver = fundingReceiver(in: sentence, mentions: mentions) ?? context.fundingReceiver
    guard let receiver else { return }
    // (Not a person named with a role: "led by CEO Aidan Gomez" leads a push, not a round.)
    // (After a phrase of taking part only organisations, and none when a person follows it: "Neu an Bord ist
    // Finanzchef Jan Meier, der von Zalando kommt".)
    if word == nil, let after = mentions.first(where: { $0.first > cue }), after.ref.kind == .person, after.first <= cue + 5 { return }
    let candidates = mentions.filter {
      ($0.ref.kind == .organization || ($0.ref.kind == .person && word != nil && !roundPronoun)) && !$0.ref.isMedia && $0.ref.key != receiver.key
        && !$0.isGenitive
        && !($0.ref.kind == .person && $0.first > 0 && lexicon.roles[t[$0.first - 1].text] != nil)
    }
    var investors: [Mention] = []
    var end = cue
    if let von = agentBefore {
      if let first = candidates.first(where: { $0.first > von && $0.last < cue }) {
        investors = expand(first, forwardIn: candidates.filter { $0.last < cue }, tokens: t)
      }
    } else if !active, let first = candidates.first(where: {
      $0.first > cue && inSameClause(cue, $0.first, t, commas: false)
        // (After a phrase of taking part, not the speaker of a reporting clause: "A and B also took part, the
        // company said".)
        && (word != nil || !($0.last + 1 < t.count && RelationExtractor.speakerVerbs.contains(t[$0.last + 1].lowercased)))
    }) ?? listAfterColon(cue, t, candidates)
    {
      investors = expand(first, forwardIn: candidates, tokens: t)
      end = investors.last!.last
    } else if let last = candidates.last(where: { $0.last < cue && inSameClause($0.last + 1, cue, t, commas: false) }) {
      investors = expand(last, backwardIn: candidates, tokens: t)
    }
    // "led by A, with participation from B and C", "A co-led the round, with backing from B": a second
    // cue in the sentence adds its list.
    if !investors.isEmpty,
      let second = t.indices.first(where: { $0 > end && t[$0].is(.participationCue) }),
      let next = candidates.first(where: { $0.first > second && inSameClause(second, $0.first, t, commas: false) })
    {
      investors += expand(next, forwardIn: candidates, tokens: t)
    }
    let target = mentions.first(where: { $0.ref.key == receiver.key }) ?? implicit(receiver, at: cue)
    for s in investors { add(s, target, .investsIn, nil, cue) }
  }
}
