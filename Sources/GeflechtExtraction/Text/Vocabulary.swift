import GeflechtCore

/// The distinct token texts seen so far in a run, each with its `WordInfo`.
///
/// The tokenizer looks a token's scalars up here (`ScalarInterner`: hashing the scalar run, no `String`
/// built) and gets the shared `WordInfo`; only a text seen for the first time is turned into strings and
/// asked about. Language detection likewise looks up letter runs for their function-word votes.
///
/// A vocabulary is a cache: results never depend on what it already holds. It is mutable and not
/// thread-safe; give each thread (or each document pass) its own. All tokens it hands out stay valid after
/// it is gone.
///
/// It also shares the `EntityRef`s that recognition builds for names it finds in the text, so that each
/// distinct name's key is slugged once.
///
/// - Complexity: A lookup is expected O(length of the token); a new word costs its `WordInfo`.
final class Vocabulary: @unchecked Sendable {  // mutable: one per thread, see above
  let lexicon: Lexicon
  private var words = ScalarInterner()
  private var infos: [WordInfo] = []
  private var letterRuns = ScalarInterner()
  private var votes: [[Language]] = []
  private var refs: [RefKey: EntityRef] = [:]
  /// `NameResolver.shortName(of:)` and `isUnlistedOneWordName` per reference, for the whole run (the table
  /// keeps its references alive).
  private var nameIndex = RefNumbers(capacity: 1024)
  private var nameFacts: [(short: String??, isUnlistedOneWord: Bool?)] = []

  private struct RefKey: Hashable {
    let kind: NodeKind
    let name: String
    let subtype: String?
    let isMedia: Bool
  }

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// The shared `WordInfo` of the token `kind` covering `range` of `text`.
  func info(_ kind: Token.Kind, _ text: ScalarText, _ range: Range<Int>) -> WordInfo {
    withLookup(in: text) { $0(kind, range) }
  }

  /// Runs `body` with a lookup that answers as `info(_:_:_:)` for ranges of `text`, holding the word
  /// tables for the whole call: one exclusive access to them (checked at run time, as for every stored
  /// property of a class) instead of several per token.
  func withLookup<R>(in text: ScalarText, _ body: ((Token.Kind, Range<Int>) -> WordInfo) -> R) -> R {
    let lexicon = lexicon
    return text.scalars.withUnsafeBufferPointer { scalars in
      withUnsafeMutablePointer(to: &words) { words in
        withUnsafeMutablePointer(to: &infos) { infos in
          body { kind, range in
            let (index, inserted) = words.pointee.index(of: UnsafeBufferPointer(rebasing: scalars[range]))
            if !inserted { return infos.pointee[index] }
            let s = text.string(range)
            let prototype = Token(
              kind: kind, start: range.lowerBound, end: range.upperBound, text: s, normalized: Tokenizer.normalize(s),
              keepsParts: true)
            let info = WordInfo(prototype, lexicon: lexicon)
            infos.pointee.append(info)
            return info
          }
        }
      }
    }
  }

  /// The languages (`language_stopwords.tsv`) of which the letter run at `range` is a function word.
  func languageVotes(_ text: ScalarText, _ range: Range<Int>, words: [Language: Set<String>]) -> [Language] {
    let (index, inserted) = text.scalars.withUnsafeBufferPointer {
      letterRuns.index(of: UnsafeBufferPointer(rebasing: $0[range]))
    }
    if !inserted { return votes[index] }
    let w = text.string(range).lowercased()
    let found = words.filter { $0.value.contains(w) }.map(\.key)
    votes.append(found)
    return found
  }

  /// `compute(ref)`, a pure function of the reference (`NameResolver.shortName(of:)`), computed once per
  /// reference in the run.
  func shortName(of ref: EntityRef, _ compute: (EntityRef) -> String?) -> String? {
    let n = nameNumber(of: ref)
    if let known = nameFacts[n].short { return known }
    let short = compute(ref)
    nameFacts[n].short = .some(short)
    return short
  }

  /// `compute(ref)`, a pure function of the reference (`NameResolver.isUnlistedOneWordName`), computed once
  /// per reference in the run.
  func isUnlistedOneWordName(_ ref: EntityRef, _ compute: (EntityRef) -> Bool) -> Bool {
    let n = nameNumber(of: ref)
    if let known = nameFacts[n].isUnlistedOneWord { return known }
    let answer = compute(ref)
    nameFacts[n].isUnlistedOneWord = answer
    return answer
  }

  private func nameNumber(of ref: EntityRef) -> Int {
    if let n = nameIndex.number(of: ref) { return Int(n) }
    nameIndex.insert(ref, Int32(nameFacts.count))
    nameFacts.append((nil, nil))
    return nameFacts.count - 1
  }

  /// The shared `EntityRef` for a name found in the text (no maker), created on first use. `EntityRef`s
  /// are immutable and compared by value, so sharing one changes nothing but the work.
  func entityRef(kind: NodeKind, name: String, subtype: String?, isMedia: Bool) -> EntityRef {
    let key = RefKey(kind: kind, name: name, subtype: subtype, isMedia: isMedia)
    if let ref = refs[key] { return ref }
    let ref = EntityRef(kind: kind, name: name, subtype: subtype, maker: nil, isMedia: isMedia)
    refs[key] = ref
    return ref
  }
}
