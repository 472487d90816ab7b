import GeflechtCore

/// "A, B und C sind mit ihrem Start-up X angetreten", "Google acquired her previous start-up X", "sein
/// 2019 gegründetes KI-Startup X": a person's own start-up is one the person founded.
///
/// A personal possessive (`personalPossessives`) opens a noun phrase of at most five words that ends in
/// a start-up noun ("Start-up", "startup", "Rüstungs-Start-up") right before an organisation; the
/// founders are the person named nearest before the possessive in the same clause with no organisation
/// between them ("ihr" and "their" may also mean an organisation), or for "his"/"her" the nearest person
/// before, and the persons coordinated with that person ("A, B und C"). "Seine Firma" or "its
/// start-up" say nothing about who founded it. Linear in the sentence's tokens times its mentions.
extension RelationExtractor {
  static let personalPossessives: Set<String> = [
    "sein", "seine", "seinem", "seinen", "seines", "ihr", "ihre", "ihrem", "ihren", "ihres", "his", "her", "their",
  ]

  /// "Start-up", "startup", "KI-Startup", "Rüstungs-Start-up", "start-ups".
  static func isStartupNoun(_ t: Token) -> Bool {
    let word = t.lowercased
    return ["start-up", "startup", "start-ups", "startups"].contains { word.hasSuffix($0) }
  }

  func founderStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    let persons = mentions.filter { $0.ref.kind == .person }
    guard !persons.isEmpty else { return }  // every founder is a person mention
    for o in mentions where o.ref.kind == .organization && o.first >= 2 && RelationExtractor.isStartupNoun(t[o.first - 1]) {
      // The possessive within five words before the start-up noun, with only lower-case words, numbers
      // and adjectives between.
      guard let q = ((max(0, o.first - 7))..<(o.first - 1)).last(where: { RelationExtractor.personalPossessives.contains(t[$0].lowercased) }),
        // Adjectives and numbers only: "her stake in the startup X" or "her job at startup X" is no founding.
        t[(q + 1)..<(o.first - 1)].allSatisfy({ w in
          w.isWord && (!w.isCapitalized || w.text.first?.isNumber == true) && !w.is(.preposition)
            && !RelationExtractor.appositionArticles.contains(w.lowercased)
        }),
        let founder = ["his", "her"].contains(t[q].lowercased)
          ? mentions.last(where: { $0.last < q && $0.ref.kind == .person })
          : mentions.last(where: { $0.last < q }).flatMap({ $0.ref.kind == .person && inSameClause($0.last + 1, q, t, commas: false) ? $0 : nil }),
        founder.ref.kind == .person
      else { continue }
      for p in expand(founder, backwardIn: persons, tokens: t) { add(p, o, .founded, nil, q) }
    }
  }
}
