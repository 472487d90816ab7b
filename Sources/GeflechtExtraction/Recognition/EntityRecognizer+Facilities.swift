import GeflechtCore

/// Facilities named in English by a noun at their end, and projects named after a place: "the Mohawk Valley
/// Fab", "the Crane Clean Energy Center", "its 5G Smart Factory", "its Fab 34", "Stargate Norway".
///
/// - A capitalised facility noun (`facilityNameHeads`: "Fab", "Factory", "Center", "Campus", "Hub", "Plant")
///   that no list claimed closes a name of up to four capitalised words or words like "5G" before it: two at
///   least, or before "Fab", "Gigafactory" or "Campus" one that is no German noun or firm's designator ("the
///   Taylor Fab"; "the Wilson Center", "Capital Factory" are institutions and firms). Not generic words only
///   ("the Data Center", "the Customer Experience Center"), no stopword, role, time word or genitive;
///   nothing claimed before the name (a company's facility is the company's: "the Microsoft Innovation
///   Center"), nothing capitalised after it, no "for/of/on" part (an institution: "the Danish Centre for AI
///   Innovation"), no word of an institution's centre ("Medical Center", "Law Center"), no indefinite article
///   ("a Smart Factory"); not in a title-case line. The subtype "facility" lets the site rules give the place
///   after it to both the facility and its builder.
/// - "Fab" before a number names a fab ("Fab 34"; not after a name word, nor before a sum: "die Smart Power Fab
///   920 Millionen Euro").
/// - A known project right before a place is the project's local branch ("Stargate Norway", "Stargate UK"):
///   one project of that name, the place no place of the story.
///
/// - Complexity: O(n + m) for n tokens and m mentions: each head looks at most four words back.
extension EntityRecognizer {
  static let facilityNameHeads: Set<String> = ["Fab", "Factory", "Center", "Centre", "Campus", "Hub", "Plant", "Gigafactory"]
  /// Heads that one name word before them may name: "the Taylor Fab", "the Hyperion Campus".
  static let singleWordFacilityHeads: Set<String> = ["Fab", "Gigafactory", "Campus"]
  /// Words that make a "Center" an institution rather than a facility: "the Southern Environmental Law
  /// Center", "TriStar Medical Center", "the Birck Nanotechnology Center".
  static let institutionalCenterWords: Set<String> = [
    "Medical", "Health", "Cancer", "Law", "Policy", "Nanotechnology", "Science", "Sciences", "Studies", "Study", "Research", "Children's",
    "Cultural", "Community", "Education", "Learning", "Healthcare", "Hospital", "Source", "Spaghetti", "Arena", "Sports",
  ]
  /// Words that make such a name generic when they are its only word: "the Data Center", "an Innovation Hub".
  static let genericFacilityWords: Set<String> = [
    "Data", "Research", "Innovation", "Technology", "Customer", "Service", "Training", "Development", "Operations", "Distribution",
    "Logistics", "Experience", "Visitor", "Competence", "Engineering", "Design", "Test", "Power", "Manufacturing", "Production",
    "Assembly", "Control", "Command", "Call", "Shopping", "Fulfillment", "Fulfilment", "Service", "Support", "Security", "Cloud", "AI",
  ]

  func facilityNames(in sentence: Sentence, claimed: [Bool], found: [Mention]) -> [Mention] {
    let tokens = sentence.tokens
    var result: [Mention] = []
    var titleCase: Bool? = nil
    func project(_ a: Int, _ b: Int) -> Mention {
      let name = sentence.text(tokens[a].start, tokens[b].end)
      return Mention(ref: EntityRef(kind: .project, name: name, subtype: "facility", maker: nil, isMedia: false), first: a, last: b, surface: name)
    }
    func isFacilityWord(_ t: Token) -> Bool {
      t.isWord && (t.isCapitalized || EntityRecognizer.startsWithDigit(t)) && !t.endsInApostropheS && !isStopword(t) && !isRoleWord(t)
        && !isTimeWord(t)
    }
    for h in tokens.indices where tokens[h].isCapitalized && !claimed[h] && EntityRecognizer.facilityNameHeads.contains(tokens[h].text) {
      // "Fab 34".
      // (Not the end of a longer name before a sum: "die Smart Power Fab 920 Millionen Euro".)
      if tokens[h].text == "Fab", h + 1 < tokens.count, !claimed[h + 1], tokens[h + 1].text.allSatisfy(\.isNumber), tokens[h + 1].text.count <= 3,
        h == 0 || !tokens[h - 1].isWord || !tokens[h - 1].isCapitalized || isStopword(tokens[h - 1]),
        h + 2 == tokens.count || !EntityRecognizer.moneyScales.contains(tokens[h + 2].lowercased)
      {
        result.append(project(h, h + 1))
        continue
      }
      guard h + 1 == tokens.count || !tokens[h + 1].isWord || !tokens[h + 1].isCapitalized else { continue }
      // "the Danish Centre for AI Innovation", "Tufts Center for the Study of …": an institution.
      if h + 2 < tokens.count, ["for", "of", "on"].contains(tokens[h + 1].text), tokens[h + 2].isCapitalized || tokens[h + 2].text == "the" { continue }
      var b = h
      while b > 0, h - b < 4, !claimed[b - 1], isFacilityWord(tokens[b - 1]) { b -= 1 }
      // (A sentence's first word is a name's only after "The"-less openings: "Mohawk Valley Fab opened".)
      guard h - b >= 1, b == 0 || !claimed[b - 1] else { continue }
      if b > 0, tokens[b - 1].isWord, tokens[b - 1].isCapitalized, !isSentenceStart(b - 1, in: tokens) { continue }
      if h - b == 1 {
        // One word only before "Fab", "Gigafactory" or "Campus" ("the Taylor Fab"): "the Wilson Center", "the
        // Startup Factory" are institutions and firms.
        let word = tokens[b]
        guard EntityRecognizer.singleWordFacilityHeads.contains(tokens[h].text), !isCommonNoun(word), !isSentenceStart(b, in: tokens),
          !isOrgDesignator(word)
        else { continue }
      }
      // Not generic words only ("the Customer Experience Center"), an institution's centre, or after an
      // indefinite article ("a Smart Factory").
      if (b..<h).allSatisfy({ EntityRecognizer.genericFacilityWords.contains(tokens[$0].text) }) { continue }
      if (b..<h).contains(where: { EntityRecognizer.institutionalCenterWords.contains(tokens[$0].text) }) { continue }
      if b > 0, ["a", "an", "ein", "eine", "einen", "einer"].contains(tokens[b - 1].lowercased) { continue }
      if titleCase == nil { titleCase = EntityRecognizer.isTitleCase(tokens) }
      if titleCase == true { return [] }
      result.append(project(b, h))
    }
    return result
  }

  /// "Stargate Norway": a known project right before a place (not a genitive, nothing capitalised after it)
  /// names the project's local branch. Returns the index in `found` of the project and the place, with the
  /// merged mention.
  func placedProjects(in sentence: Sentence, found: [Mention]) -> [(project: Int, place: Int, mention: Mention)] {
    let tokens = sentence.tokens
    var result: [(Int, Int, Mention)] = []
    for (n, p) in found.enumerated() where p.ref.kind == .project && !p.isGenitive && p.head == nil {
      guard let k = found.firstIndex(where: { $0.first == p.last + 1 && $0.ref.kind == .place && !$0.isGenitive && $0.head == nil }) else { continue }
      let place = found[k]
      guard place.last + 1 == tokens.count || !tokens[place.last + 1].isWord || !tokens[place.last + 1].isCapitalized else { continue }
      let name = sentence.text(tokens[p.first].start, tokens[place.last].end)
      let merged = Mention(
        ref: EntityRef(kind: .project, name: name, subtype: "facility", maker: p.ref.maker, isMedia: false), first: p.first, last: place.last,
        surface: name)
      result.append((n, k, merged))
    }
    return result
  }
}
