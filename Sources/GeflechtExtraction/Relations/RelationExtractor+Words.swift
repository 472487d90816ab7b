/// Word tests of the relation rules that `WordInfo` answers once per distinct word.
extension RelationExtractor {
  /// A role that refers to the company under discussion ("Konzernchef"), also with one more letter
  /// ("Konzernchefs"); from the token's `WordInfo` when it has one.
  @inline(__always)
  func isGenericRole(_ token: Token) -> Bool {
    if let info = token.info { return info.isGenericRole }
    // Generic roles are role words: `roleStarts` rules most words out without a lookup.
    return lexicon.roleStarts.mayHoldTrimmed(token.text)
      && (lexicon.genericRoles.contains(token.text) || lexicon.genericRoles.contains(String(token.text.dropLast())))
  }
}
