import GeflechtCore

/// People listed between people: "von Assaf Rappaport, Ami Luttwak, Yinon Costica und Roy Reznik". An item
/// of two unknown name words between two persons of one list is a person too, whatever its first name: a
/// list joins things of one kind. (One person is not enough: "Microsoft, Sam Altman und Open Research".)
extension EntityRecognizer {
  /// The people listed between the persons found so far, none overlapping a claimed word. O(n) in tokens:
  /// each stretch between two consecutive persons is read once.
  func coordinatedPersons(in sentence: Sentence, claimed: [Bool], found: [Mention]) -> [Mention] {
    // (Most sentences name fewer than two people: counted before anything is built.)
    guard found.lazy.filter({ $0.ref.kind == .person }).prefix(2).count == 2 else { return [] }
    let tokens = sentence.tokens
    let persons = found.filter { $0.ref.kind == .person && !$0.isGenitive }.sorted { $0.first < $1.first }
    var result: [Mention] = []
    for (p, q) in zip(persons, persons.dropFirst()) where q.first - p.last >= 4 {
      // Between them: a list mark, then items of two name words each followed by a list mark.
      var k = p.last + 1
      var items: [Int] = []
      guard isListMark(tokens[k]) else { continue }
      k += 1
      while k + 2 < q.first, isPersonItem(k, tokens, claimed), isListMark(tokens[k + 2]) {
        items.append(k)
        k += 3
      }
      guard k == q.first, !items.isEmpty else { continue }
      for a in items { result.append(person(sentence, first: a, last: a + 1)) }
    }
    return result
  }

  private func isListMark(_ t: Token) -> Bool { t.text == "," || t.is(.coordinator) }

  /// Whether the two words from `k` are unclaimed name words: no noun (nor a word with a German noun's
  /// suffix), designator or time word, the first no genitive or compound.
  private func isPersonItem(_ k: Int, _ tokens: [Token], _ claimed: [Bool]) -> Bool {
    k + 1 < tokens.count && !claimed[k] && !claimed[k + 1] && tokens[k].isWord && tokens[k + 1].isWord
      && isNameWord(tokens[k]) && isNameWord(tokens[k + 1]) && !isCommonNoun(tokens[k + 1])
      && !hasNounSuffix(tokens[k]) && !hasNounSuffix(tokens[k + 1]) && !isOrgDesignator(tokens[k]) && !isOrgDesignator(tokens[k + 1])
      && !isTimeWord(tokens[k]) && !isTimeWord(tokens[k + 1]) && !tokens[k].endsInApostropheS && !tokens[k].isHyphenated
  }
}
