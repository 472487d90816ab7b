import GeflechtCore

/// The entities of a run, merged by key: what each is called, where it was seen.
struct EntityTable: Sendable {
  struct Entry: Sendable {
    var ref: EntityRef
    var surfaces: Set<String> = []
    /// The documents in the order first seen; documents are read one after another (in name order), so
    /// this is usually already sorted and free of repeats, and needs no hashing.
    var documents: [String] = []
    /// The last surface inserted, so that repeats skip hashing.
    var lastSurface: String? = nil
  }

  private(set) var entries: [EntityKey: Entry] = [:]

  /// - Complexity: One dictionary lookup; the surfaces are hashed only for a surface that differs from
  ///   the entity's previous one.
  mutating func record(_ mention: Mention, in document: String) {
    // Mutated in place: copying the entry out would copy its sets (which grow with the corpus) on
    // every mention.
    let ref = mention.ref
    let alias = mention.alias
    EntityTable.update(&entries[ref.key, default: Entry(ref: ref)], alias: alias, document: document)
  }

  private static func update(_ entry: inout Entry, alias: String?, document: String) {
    if let alias, alias != entry.lastSurface {
      entry.surfaces.insert(alias)
      entry.lastSurface = alias
    }
    if document != entry.documents.last { entry.documents.append(document) }
  }

  /// The node for an entity: label is the canonical name, aliases the other surfaces seen.
  func node(for key: EntityKey) -> Node? {
    guard let entry = entries[key] else { return nil }
    var attributes: [String: AttributeValue] = [:]
    if let subtype = entry.ref.subtype { attributes["subtype"] = .string(subtype) }
    return Node(
      key: key, label: entry.ref.name, kind: entry.ref.kind,
      aliases: entry.surfaces.subtracting([entry.ref.name]).sorted(),
      documents: EntityTable.sortedUnique(entry.documents), attributes: attributes)
  }

  /// The names sorted without repeats; O(n) when they already are.
  static func sortedUnique(_ names: [String]) -> [String] {
    if zip(names, names.dropFirst()).allSatisfy({ $0 < $1 }) { return names }
    return Set(names).sorted()
  }
}
