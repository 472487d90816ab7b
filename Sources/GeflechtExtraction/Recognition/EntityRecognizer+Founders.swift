import GeflechtCore

/// The agent phrase of a founding participle, and the founders named in it whatever their first names:
/// "founded in 2012 by Mitchell Hashimoto and Armon Dadgar", "2018 von Zhaopeng Chen gegründet", "von dem
/// Spieleentwickler Torsten Reil, … und dem KI-Forscher Niklas Köhler gegründet".
///
/// The phrase (`agentPhrase`): English "by" up to eight tokens after the participle (`founderParticiples`),
/// only a place or a year between ("founded in San Francisco in 2003 by"; not "founded in 2010, was bought
/// by"); it runs over names, list words and describing words (articles, possessives, role words,
/// `agentDescriptors`: "by OpenAI chief executive Sam Altman", "his sister Daniela Amodei") and ends at any
/// other lower-case word ("and backed by", "was later led by") or a clause break but a comma. German "von/vom"
/// up to twenty-five tokens before the participle, with no clause opened by a comma and a conjunction or
/// relative pronoun inside ("von X übernommen, nachdem er … gegründet hatte"), and at most four tokens
/// between the phrase's last name and the participle ("… und C in Tel Aviv gegründet").
///
/// In the phrase, two unclaimed name words (capitalised, no common noun, stopword, role, designator or noun
/// ending; no abbreviation first, no firm's ending last: "VLSI Technology", "Flagship Pioneering"), not
/// followed by a capitalised word, after the phrase's start, a list word or a describing word, name a person.
///
/// - Complexity: O(n) for n tokens: only participles start a search, which reads at most twenty-five tokens.
extension EntityRecognizer {
  static let founderParticiples: Set<String> = ["founded", "co-founded", "cofounded", "gegründet", "mitgegründet", "mitbegründet"]

  /// Whether a token is a founding participle (`founderParticiples`); every one ends in "ded" or "det", which
  /// spares most tokens the hashed lookup.
  @inline(__always)
  static func isFounderParticiple(_ t: Token) -> Bool {
    guard t.isWord, !t.isCapitalized else { return false }
    let u = t.text.utf8
    guard u.count >= 7, u.suffix(2).elementsEqual("ed".utf8) || u.suffix(2).elementsEqual("et".utf8) else { return false }
    return founderParticiples.contains(t.lowercased)
  }
  /// Lower-case words that describe a founder in an English agent phrase.
  static let agentDescriptors: Set<String> = [
    "and", "or", "the", "a", "an", "his", "her", "their", "its", "former", "chief", "executive", "officer", "billionaire",
    "entrepreneur", "entrepreneurs", "researchers", "researcher", "engineers", "engineer", "scientist", "scientists", "sister",
    "brother", "brothers", "wife", "husband", "several", "other", "two", "three", "four", "five", "investor", "physicist",
    "professor", "students", "serial", "veteran", "veterans", "early", "longtime", "friend", "friends", "colleague", "colleagues",
    // (German, for the phrase after a dash: "gegründet – von A und dem früheren Manager B".)
    "und", "sowie", "oder", "dem", "der", "den", "seinem", "seiner", "ihrem", "ihrer", "früheren", "ehemaligen", "zwei", "drei", "vier",
  ]
  /// Conjunctions that open a German subordinate clause after a comma.
  static let subordinators: Set<String> = ["nachdem", "weil", "dass", "als", "wenn", "bevor", "obwohl", "während", "da", "ob", "wo"]
  /// Endings of English firms' names, not of surnames: "Flagship Pioneering", "VLSI Technology".
  static let firmEndings = ["ing", "ology", "ologies", "ics", "ates", "ware", "works", "tech", "ions"]

  /// The agent phrase of the founding participle at `p` and the token that opens it ("by" or "von"); nil
  /// when there is none (see the type's comment).
  static func agentPhrase(ofParticipleAt p: Int, in t: [Token]) -> (span: Range<Int>, opener: Int, english: Bool)? {
    guard isFounderParticiple(t[p]) else { return nil }
    if let by = (p + 1..<min(p + 9, t.count)).first(where: { t[$0].lowercased == "by" }) {
      // Only a place or a year between: "in San Francisco in 2003".
      guard t[(p + 1)..<by].allSatisfy({ $0.lowercased == "in" || $0.text.allSatisfy(\.isNumber) || ($0.isWord && $0.isCapitalized) })
      else { return nil }
      let end = agentPhraseEnd(after: by, in: t)
      return end > by + 1 ? ((by + 1)..<end, p, true) : nil
    }
    // "Wiz wurde 2020 gegründet – von A, B und C": the phrase after a dash or colon reads like the English one.
    if p + 3 < t.count, ["–", "—", "-", ":"].contains(t[p + 1].text), ["von", "vom"].contains(t[p + 2].lowercased) {
      let end = agentPhraseEnd(after: p + 2, in: t)
      return end > p + 3 ? ((p + 3)..<end, p, false) : nil
    }
    guard let von = (max(0, p - 25)..<p).last(where: { ["von", "vom"].contains(t[$0].lowercased) }),
      !t[(von + 1)..<p].contains(where: { !$0.isWord && !["," , "-", "–"].contains($0.text) }),
      !((von + 1)..<max(von + 1, p - 1)).contains(where: { k in
        t[k].text == "," && (subordinators.contains(t[k + 1].lowercased)
          || (RelationExtractor.relativePronouns.contains(t[k + 1].lowercased) && k + 2 < p && !t[k + 2].isCapitalized))
      })
    else { return nil }
    return ((von + 1)..<p, von, false)
  }

  /// The end (exclusive) of an agent phrase opened at `by`: up to a clause break other than a comma, a
  /// comma before a lower-case word, or a lower-case word that is no descriptor or role; at most 20 tokens.
  private static func agentPhraseEnd(after by: Int, in t: [Token]) -> Int {
    var end = by + 1
    while end < t.count, end - by <= 20 {
      let w = t[end]
      if w.is(.clauseBreak) && w.text != "," { break }
      if w.text == ",", end + 1 < t.count, !t[end + 1].isCapitalized, !agentDescriptors.contains(t[end + 1].lowercased) { break }
      if w.isWord, !w.isCapitalized, !agentDescriptors.contains(w.lowercased), !(w.info?.isRoleWord ?? false) { break }
      end += 1
    }
    return end
  }

  func foundersInAgentPhrases(in sentence: Sentence, claimed: [Bool]) -> [Mention] {
    let tokens = sentence.tokens
    var result: [Mention] = []
    var taken = claimed
    for p in tokens.indices where EntityRecognizer.isFounderParticiple(tokens[p]) {
      guard let (span, _, _) = EntityRecognizer.agentPhrase(ofParticipleAt: p, in: tokens), span.count >= 2 else { continue }
      for i in span where i + 1 < span.upperBound && !taken[i] && !taken[i + 1] {
        let a = tokens[i], b = tokens[i + 1]
        guard isNameWord(a), isNameWord(b), !isCommonNoun(a), !isCommonNoun(b), !hasNounSuffix(a), !hasNounSuffix(b),
          !isOrgDesignator(b), !isRoleWord(a), !isRoleWord(b), !isTimeWord(a),
          !a.text.unicodeScalars.allSatisfy({ $0.properties.isUppercase }),
          !EntityRecognizer.firmEndings.contains(where: { b.lowercased.hasSuffix($0) }),
          i + 2 >= tokens.count || !tokens[i + 2].isWord || !tokens[i + 2].isCapitalized
        else { continue }
        // After the phrase's start, a list word, or a describing lower-case, role or common noun word ("im
        // Ministerium Gundbert Scherf"), or a name the lexicon knows.
        let before = tokens[i - 1]
        guard i == span.lowerBound || [",", "and", "und", "sowie", "&"].contains(before.lowercased)
          || (before.isWord && (!before.isCapitalized || isRoleWord(before) || isCommonNoun(before) || claimed[i - 1]) && !before.is(.preposition))
        else { continue }
        taken[i] = true
        taken[i + 1] = true
        let name = sentence.text(a.start, b.end)
        result.append(Mention(ref: entityRef(sentence, .person, name, subtype: nil, isMedia: false), first: i, last: i + 1, surface: name))
      }
    }
    return result
  }
}
