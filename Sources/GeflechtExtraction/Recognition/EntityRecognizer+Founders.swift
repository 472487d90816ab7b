import GeflechtCore

/// Founders named in the agent phrase of a founding participle, whatever their first names: "founded in
/// 2012 by Mitchell Hashimoto and Armon Dadgar", "2018 von Zhaopeng Chen gegründet", "von dem
/// Spieleentwickler Torsten Reil, dem früheren Beamten Gundbert Scherf und … gegründet".
///
/// The phrase: English "by" up to eight tokens after the participle (`founderParticiples`), up to the
/// clause's end, a relative clause or twenty tokens; German "von/vom" up to twenty-five tokens before it. In it,
/// two unclaimed name words (capitalised, no common noun, stopword, role, designator or noun ending), not
/// followed by a capitalised word, after the phrase's start, a list word (",", "and", "und", "sowie") or a
/// lower-case, role or common noun word ("dem KI-Forscher Niklas Köhler", "im Ministerium Gundbert
/// Scherf"), name a person.
///
/// - Complexity: O(n) for n tokens: only participles start a search, which reads at most twenty-five tokens.
extension EntityRecognizer {
  static let founderParticiples: Set<String> = ["founded", "co-founded", "cofounded", "gegründet", "mitgegründet", "mitbegründet"]

  func foundersInAgentPhrases(in sentence: Sentence, claimed: [Bool]) -> [Mention] {
    let tokens = sentence.tokens
    var result: [Mention] = []
    var taken = claimed
    for p in tokens.indices where tokens[p].isWord && !tokens[p].isCapitalized && EntityRecognizer.founderParticiples.contains(tokens[p].lowercased) {
      var span: Range<Int>? = nil
      if let by = (p + 1..<min(p + 9, tokens.count)).first(where: { tokens[$0].lowercased == "by" }),
        !tokens[(p + 1)..<by].contains(where: { !$0.isWord && $0.text != "," })
      {
        var end = by + 1
        while end < tokens.count, end - by <= 20, !(tokens[end].is(.clauseBreak) && tokens[end].text != ",") {
          if tokens[end].text == ",", end + 1 < tokens.count,
            RelationExtractor.relativePronouns.contains(tokens[end + 1].lowercased) || ["as", "but", "while"].contains(tokens[end + 1].lowercased)
          {
            break
          }
          end += 1
        }
        span = (by + 1)..<end
      } else if let von = (max(0, p - 25)..<p).last(where: { ["von", "vom"].contains(tokens[$0].lowercased) }),
        !tokens[(von + 1)..<p].contains(where: { !$0.isWord && !["," , "-", "–"].contains($0.text) })
      {
        span = (von + 1)..<p
      }
      guard let span, span.count >= 2 else { continue }
      for i in span where i + 1 < span.upperBound && !taken[i] && !taken[i + 1] {
        let a = tokens[i], b = tokens[i + 1]
        guard isNameWord(a), isNameWord(b), !isCommonNoun(a), !isCommonNoun(b), !hasNounSuffix(a), !hasNounSuffix(b),
          !isOrgDesignator(b), !isRoleWord(a), !isRoleWord(b), !isTimeWord(a),
          i + 2 >= tokens.count || !tokens[i + 2].isWord || !tokens[i + 2].isCapitalized
        else { continue }
        // After the phrase's start, a list word, or a describing lower-case or role word.
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
