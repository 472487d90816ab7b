import GeflechtCore

/// Founders in the agent phrase of a founding participle found the organisation the participle describes:
/// "HashiCorp was founded in 2012 by A and B", "Splunk, founded in San Francisco in 2003 by A, B and C",
/// "WalkMe, 2011 von A, B und C in Tel Aviv gegründet", "Aleph Alpha war 2019 von A, einem früheren
/// Apple-Manager, und B gegründet worden".
///
/// The phrase is `EntityRecognizer.agentPhrase`; every person in it founded (in German only when the
/// participle follows the last of them within four tokens). The organisation is the last one before the
/// phrase, not a genitive, with at most five tokens between it and the phrase: commas, numbers, auxiliaries
/// and a year's words (`foundingGapWords`), or an indefinite apposition of lower-case words ("X, a
/// blank-check company co-founded by …").
///
/// - Complexity: O(n·m) for n tokens and m mentions; only founding participles start a search.
extension RelationExtractor {
  /// Words between a founded organisation and its participle's phrase: auxiliaries, a year's words.
  static let foundingGapWords: Set<String> = [
    "was", "were", "is", "had", "been", "has", "originally", "wurde", "war", "ist", "wurden", "waren", "bereits", "ursprünglich", "im",
    "jahr", "in", "schon", "einst", "once", "erst", "only",
  ]

  func foundedByStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    guard mentions.contains(where: { $0.ref.kind == .person }) else { return }
    for p in t.indices where EntityRecognizer.isFounderParticiple(t[p]) {
      guard let (span, opener, english) = EntityRecognizer.agentPhrase(ofParticipleAt: p, in: t) else { continue }
      let founders = mentions.filter { $0.ref.kind == .person && span.contains($0.first) && !$0.isGenitive }
      // ("von Roland Busch übernommen, …, gegründet": the participle follows the last founder closely.)
      if !english, let last = founders.map(\.last).max(), p - last > 5 { continue }
      // The organisation right before the participle's phrase: only a comma, auxiliaries and a year between
      // ("X was founded", "X, founded", "X wurde 2021 von", "X, 2011 von"; not "Meta — which owns Facebook,
      // Instagram and was co-founded by …": Instagram is no subject).
      guard !founders.isEmpty,
        let org = mentions.last(where: { $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isGenitive && $0.last < opener }),
        opener - org.last <= 6,
        t[(org.last + 1)..<opener].allSatisfy({
          $0.text == "," || $0.text.allSatisfy(\.isNumber) || RelationExtractor.foundingGapWords.contains($0.lowercased)
        })
          // "AltC Acquisition Corp., a blank-check company co-founded by": an indefinite apposition.
          || (org.last + 2 < opener && t[org.last + 1].text == "," && ["a", "an"].contains(t[org.last + 2].lowercased)
            && t[(org.last + 3)..<opener].allSatisfy({ $0.isWord && !$0.isCapitalized }))
      else { continue }
      for f in founders { add(f, org, .founded, nil, p) }
    }
  }
}
