import GeflechtCore

/// Links mentions within one document: later bare surnames to the person named in full ("Altman" →
/// Sam Altman), later bare names of newly found organisations, short forms of a person to the longest
/// ("Thomas Hofmann" → "Thomas F. Hofmann"), and "das Projekt" to the project named last.
struct NameResolver: Sendable {
  let lexicon: Lexicon
  /// How many sentences back an anaphor may reach.
  let anaphoraWindow = 2

  func resolve(_ sentences: [Sentence], mentions: [[Mention]]) -> [[Mention]] {
    // Persons: the longest full name per (first name, surname); surnames that name two people are dropped.
    var longest: [String: EntityRef] = [:]
    var bySurname: [String: EntityRef?] = [:]
    var newNames: [String: EntityRef] = [:]
    for m in mentions.joined() {
      if m.ref.kind == .person {
        let words = m.ref.name.split(separator: " ")
        guard let firstName = words.first, let surname = words.last else { continue }
        let group = "\(firstName) \(surname)"
        if let known = longest[group], known.name.count >= m.ref.name.count { continue }
        longest[group] = m.ref
      } else if !m.ref.name.contains(" "), lexicon.gazetteer.refsByName[m.ref.name] == nil, !m.ref.isMedia {
        newNames[m.ref.name] = m.ref
      }
    }
    for (group, ref) in longest.sorted(by: { $0.key < $1.key }) {
      let surname = String(group.split(separator: " ").last!)
      if let existing = bySurname[surname], existing != ref { bySurname[surname] = .some(nil) } else {
        bySurname[surname] = ref
      }
    }

    var result: [[Mention]] = []
    var lastProject: (sentence: Int, ref: EntityRef)? = nil
    for (s, sentence) in sentences.enumerated() {
      let tokens = sentence.tokens
      var claimed = [Bool](repeating: false, count: tokens.count)
      var list: [Mention] = []
      for m in mentions[s] {
        var m = m
        if m.ref.kind == .person {
          let words = m.ref.name.split(separator: " ")
          if let f = words.first, let l = words.last, let full = longest["\(f) \(l)"], full != m.ref {
            m = Mention(ref: full, first: m.first, last: m.last, surface: m.surface, head: m.head, isGenitive: m.isGenitive)
          }
        }
        for k in m.first...m.last { claimed[k] = true }
        list.append(m)
      }
      for (i, t) in tokens.enumerated() where !claimed[i] && t.isCapitalized {
        let base = t.normalized.hasSuffix("s") ? String(t.normalized.dropLast()) : t.normalized
        let genitive = base != t.normalized
        if let ref = bySurname[t.normalized] ?? nil {
          list.append(Mention(ref: ref, first: i, last: i, surface: t.text))
        } else if genitive, let ref = bySurname[base] ?? nil {
          list.append(Mention(ref: ref, first: i, last: i, surface: t.text, isGenitive: true))
        } else if let ref = newNames[t.normalized] {
          list.append(Mention(ref: ref, first: i, last: i, surface: t.text))
        } else if let kind = lexicon.anaphora[t.text], kind == .project, i > 0,
          ["das", "des", "dem", "diesem", "dieses", "the"].contains(tokens[i - 1].lowercased),
          let last = lastProject, s - last.sentence <= anaphoraWindow
        {
          list.append(Mention(ref: last.ref, first: i, last: i, surface: t.text, isAnaphor: true))
        }
      }
      list.sort { $0.first < $1.first }
      if let p = list.last(where: { $0.ref.kind == .project && !$0.isAnaphor }) { lastProject = (s, p.ref) }
      result.append(list)
    }
    return result
  }
}
