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
}
