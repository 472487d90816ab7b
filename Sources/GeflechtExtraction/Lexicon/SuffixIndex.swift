/// Suffix forms ("vorstand", "vorstands", "vorstanden") by their last three characters, so that a word is
/// tested against the few forms that could end it instead of against every form.
///
/// `candidates(endingLike:)` returns a superset of the forms `word.hasSuffix(form)` holds for: when it
/// holds, the last three characters of word and form are equal (`String.hasSuffix` compares characters
/// from the end; for ASCII, bytes), so both have the same key. Callers still ask `hasSuffix` of each
/// candidate, so answers are exactly those of trying every form.
///
/// - Complexity: A lookup hashes the word's last three characters; memory is O(total length of the forms).
struct SuffixIndex: Sendable {
  /// One form and the index of what it stands for (a head in the caller's list).
  struct Form: Sendable {
    let owner: Int
    let text: String
  }

  private var byEnding: [String: [Form]] = [:]
  /// Forms of fewer than three characters, candidates for every word.
  private var short: [Form] = []

  init(_ forms: [Form] = []) {
    for form in forms {
      if form.text.count < 3 {
        short.append(form)
      } else {
        byEnding[String(form.text.suffix(3)), default: []].append(form)
      }
    }
  }

  /// The forms that may end `word`: every form it ends in, and possibly others.
  func candidates(endingLike word: String) -> [Form] {
    let found = byEnding[String(word.suffix(3))] ?? []
    return short.isEmpty ? found : short + found
  }
}
