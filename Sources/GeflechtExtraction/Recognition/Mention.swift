/// One place in a sentence where an entity is named.
struct Mention: Sendable, Hashable {
  let ref: EntityRef
  /// Token indices within the sentence, inclusive.
  let first: Int
  let last: Int
  /// The words as written, including a compound tail or genitive ending ("Microsoft-Chef", "OpenAIs").
  let surface: String
  /// The part after the name in a compound: "Chef" in "Microsoft-Chef".
  let head: String?
  let isGenitive: Bool
  /// "das Projekt" standing for the last project named.
  let isAnaphor: Bool
  /// Not written in the sentence at all: an argument carried over from context ("als Technologiepartner"
  /// of the project under discussion). Its token positions are those of the cue.
  var isImplicit = false

  init(
    ref: EntityRef, first: Int, last: Int, surface: String, head: String? = nil, isGenitive: Bool = false,
    isAnaphor: Bool = false
  ) {
    self.ref = ref
    self.first = first
    self.last = last
    self.surface = surface
    self.head = head
    self.isGenitive = isGenitive
    self.isAnaphor = isAnaphor
  }

  /// The surface without a compound tail: "Microsoft-Chef" → "Microsoft". Kept as an alias.
  var alias: String? {
    guard !isAnaphor else { return nil }
    return surface
  }
}
