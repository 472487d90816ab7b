/// One place in a sentence where an entity is named.
///
/// The reference-counted parts (reference, surface, head) sit in one immutable box, so that copying a
/// mention (which the rules do in every `filter`, `first(where:)` and loop over a sentence's mentions)
/// retains one object instead of three, and a mention is 24 bytes instead of 64.
struct Mention: Sendable, Hashable {
  /// The reference-counted fields, shared by copies.
  private final class Names: Sendable {
    let ref: EntityRef
    let surface: String
    let head: String?

    init(ref: EntityRef, surface: String, head: String?) {
      self.ref = ref
      self.surface = surface
      self.head = head
    }
  }

  private let names: Names
  private let firstIndex: Int32
  private let lastIndex: Int32

  var ref: EntityRef { names.ref }
  /// Token indices within the sentence, inclusive.
  var first: Int { Int(firstIndex) }
  var last: Int { Int(lastIndex) }
  /// The words as written, including a compound tail or genitive ending ("Microsoft-Chef", "OpenAIs").
  var surface: String { names.surface }
  /// The part after the name in a compound: "Chef" in "Microsoft-Chef".
  var head: String? { names.head }
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
    self.names = Names(ref: ref, surface: surface, head: head)
    self.firstIndex = Int32(truncatingIfNeeded: first)
    self.lastIndex = Int32(truncatingIfNeeded: last)
    self.isGenitive = isGenitive
    self.isAnaphor = isAnaphor
  }

  /// The surface without a compound tail: "Microsoft-Chef" → "Microsoft". Kept as an alias.
  var alias: String? {
    guard !isAnaphor else { return nil }
    return surface
  }

  // Equality and hashing by value, over the same fields as when they were stored inline.
  static func == (a: Mention, b: Mention) -> Bool {
    a.firstIndex == b.firstIndex && a.lastIndex == b.lastIndex && a.isGenitive == b.isGenitive
      && a.isAnaphor == b.isAnaphor && a.isImplicit == b.isImplicit
      && (a.names === b.names || (a.ref == b.ref && a.surface == b.surface && a.head == b.head))
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(ref)
    hasher.combine(first)
    hasher.combine(last)
    hasher.combine(surface)
    hasher.combine(head)
    hasher.combine(isGenitive)
    hasher.combine(isAnaphor)
    hasher.combine(isImplicit)
  }
}
