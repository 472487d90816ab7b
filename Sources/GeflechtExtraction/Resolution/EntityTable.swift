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

  /// The entries in order of first mention, and each one's key.
  private var entries: [Entry] = []
  private var entryKeys: [EntityKey] = []
  private var entryNumbers: [EntityKey: Int32] = [:]
  /// Entry numbers of the current document's references, by identity: a cache in front of
  /// `entryNumbers`, emptied by `beginDocument()` so that it holds no references across documents.
  private var refNumbers = RefNumbers()

  /// Starts the mentions of another document: forgets the previous document's references.
  mutating func beginDocument() { refNumbers.removeAll() }

  /// - Complexity: Expected O(1): a reference seen before is found by its address, a new one by its key; the
  ///   surfaces are hashed only for a surface that differs from the entity's previous one.
  mutating func record(_ mention: Mention, in document: String) {
    let ref = mention.ref
    let e: Int
    if let n = refNumbers.number(of: ref) {
      e = Int(n)
    } else {
      if let n = entryNumbers[ref.key] {
        e = Int(n)
      } else {
        e = entries.count
        entryNumbers[ref.key] = Int32(e)
        entries.append(Entry(ref: ref))
        entryKeys.append(ref.key)
      }
      refNumbers.insert(ref, Int32(e))
    }
    // Mutated in place: copying the entry out would copy its sets (which grow with the corpus) on
    // every mention.
    EntityTable.update(&entries[e], alias: mention.alias, document: document)
  }

  /// The keys of the entities whose (first recorded) reference passes `include`.
  func keys(where include: (EntityRef) -> Bool) -> [EntityKey] {
    entries.indices.filter { include(entries[$0].ref) }.map { entryKeys[$0] }
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
    guard let n = entryNumbers[key] else { return nil }
    let entry = entries[Int(n)]
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
