import GeflechtCore

/// The maker of a product list develops each listed product: "die Photonik-Software von Synopsys,
/// einschließlich Code V, LightTools und RSoft", "Microsofts Dienste wie Teams und Outlook", "Nvidia chips
/// such as the H100". The maker is the organisation after "von/of" in the list's noun phrase, else a
/// genitive right before the noun, else a name the noun is a compound of ("Microsoft-Dienste"). See
/// `ProductList` for how lists are read.
///
/// - Complexity: O(n·m) for n tokens and m mentions; only list words start a search.
extension RelationExtractor {
  func productListStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    let recognizer = EntityRecognizer(lexicon: lexicon)
    for w in t.indices where t[w].is(.productListWord) {
      guard let list = recognizer.productList(at: w, in: t) else { continue }
      let maker: Mention?
      if let range = list.maker {
        maker = mentions.first { $0.ref.kind == .organization && range.contains($0.first) && !$0.ref.isMedia }
      } else {
        maker = mentions.first {
          $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isAnaphor
            && (($0.isGenitive && $0.last == list.noun - 1) || ($0.first == list.noun && $0.last == list.noun && $0.head != nil))
        }
      }
      guard let maker else { continue }
      for item in list.items {
        guard let product = mentions.first(where: { $0.first == item.lowerBound && $0.ref.kind == .project }) else { continue }
        // A product whose maker the lexicon knows is another's ("Software wie Windows" of a reseller).
        if let known = product.ref.maker, !RelationExtractor.sameFamily(known, maker.ref.name) { continue }
        add(maker, product, .develops, nil, nil)
      }
    }
  }

  /// "Nvidia's latest Blackwell GPUs", "Nvidias neue „Vera Rubin“-Chips": a genitive organisation, up to
  /// three lower-case words (no preposition or article) or quote marks, a product, then a product noun
  /// (or the product's compound head). And "rund 24 000 GH200-Chips des US-Konzerns Nvidia": a product
  /// compound with a product noun, then "des/der/von/of", an organisation noun at most, and the maker. And
  /// a product whose maker is known (named with its maker's name, "AWS European Sovereign Cloud", or a product
  /// of the lexicon, "Sora 2"), when the sentence names the maker too.
  func qualifiedProductStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    func isProductWord(_ word: String) -> Bool { lexicon.endsInProductNoun(word.lowercased()) }
    // "AWS European Sovereign Cloud": a product named with its maker's name (`EntityRecognizer.namedProduct`).
    // The maker must be named in the sentence too (an entity only the lexicon knows is no node of the graph).
    for m in mentions where m.ref.kind == .project && !m.isAnaphor {
      // (A known product too, whose lexicon maker the sentence names: "OpenAI hat Sora 2 vorgestellt",
      // "Microsoft said Microsoft Teams grew".)
      guard let maker = m.ref.maker, let named = mentions.first(where: { $0.ref.kind == .organization && $0.ref.name == maker })
      else { continue }
      add(named, m, .develops, nil, nil)
    }
    for a in mentions where a.isGenitive && !a.isAnaphor && a.ref.kind == .organization && a.head == nil {
      var k = a.last + 1
      while k < t.count, k - a.last <= 3,
        t[k].is(.quoteMark) || (t[k].isWord && !t[k].isCapitalized && !t[k].is(.preposition) && !t[k].is(.definiteArticle) && !t[k].is(.coordinator))
      {
        k += 1
      }
      guard k > a.last + 1, k < t.count, let b = mentions.first(where: { $0.first == k && $0.ref.kind == .project }) else { continue }
      var n = b.last + 1
      if n < t.count, t[n].is(.quoteMark) { n += 1 }
      guard (n < t.count && t[n].isWord && isProductWord(t[n].text)) || b.head.map(isProductWord) == true else { continue }
      if let maker = b.ref.maker, !RelationExtractor.sameFamily(maker, a.ref.name) { continue }
      add(a, b, .develops, nil, nil)
    }
    for b in mentions where b.ref.kind == .project && b.last + 2 < t.count {
      guard let head = b.head, isProductWord(head), ["des", "der", "von", "vom", "of"].contains(t[b.last + 1].lowercased) else { continue }
      var j = b.last + 2
      if j + 1 < t.count, t[j].info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(t[j].text) { j += 1 }
      guard let a = mentions.first(where: { $0.first == j && $0.ref.kind == .organization && !$0.ref.isMedia }) else { continue }
      if let maker = b.ref.maker, !RelationExtractor.sameFamily(maker, a.ref.name) { continue }
      add(a, b, .develops, nil, nil)
    }
  }
}

/// A product the sentence calls the subject's own: "xAI setzt auf ein eigenes Bildmodell namens Aurora",
/// "Apple setzt auf das hauseigene Modem C1", "Google relies on an in-house chip called Tensor".
///
/// "eigen…"/"hauseigen…" after an article, or "in-house" after "an/the", then at most three words (a product
/// noun, "namens/called"), then the project: the sentence's one subject develops it (an organisation before
/// the article, not a genitive, a compound's modifier, in a prepositional phrase or a relative clause).
/// - Complexity: O(t + m) for t tokens and m mentions per "own" word, which are rare.
extension RelationExtractor {
  static let ownArticles: Set<String> = ["ein", "eine", "einen", "einem", "eines", "das", "die", "den", "dem", "des", "an", "the"]
  static let ownWords: Set<String> = [
    "eigene", "eigenen", "eigenes", "eigener", "eigenem", "hauseigene", "hauseigenen", "hauseigenes", "hauseigener", "hauseigenem", "in-house",
  ]

  func ownProductStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    for i in t.indices.dropFirst() where t[i].isWord && !t[i].isCapitalized {
      guard RelationExtractor.ownWords.contains(t[i].lowercased), RelationExtractor.ownArticles.contains(t[i - 1].lowercased),
        let project = mentions.first(where: { $0.ref.kind == .project && $0.first > i && $0.first <= i + 4 }),
        t[(i + 1)..<project.first].allSatisfy({ $0.isWord && ($0.isCapitalized ? lexicon.isProductNoun($0) : true) }),
        // (Not someone else's: "die eigene Plattform X von Bosch".)
        project.last + 1 >= t.count || !["von", "vom", "of", "des"].contains(t[project.last + 1].lowercased)
      else { continue }
      let before = mentions.filter { $0.ref.kind == .organization && $0.last < i - 1 && inSameClause($0.last + 1, i, t) }
      let subjects = before.filter {
        !$0.isGenitive && !isInPrepositionalPhrase($0, t) && !isCompoundModifier($0, t, before) && !isInRelativeClause($0, t)
      }
      guard let subject = subjects.first, subjects.allSatisfy({ $0.ref.key == subject.ref.key }) else { continue }
      add(subject, project, .develops, nil, nil)
    }
  }
}
