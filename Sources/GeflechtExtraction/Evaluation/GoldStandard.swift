import Foundation
import GeflechtCore

/// The hand annotation of one article (`gold/*.json`, format in ONTOLOGY.md).
public struct GoldDocument: Sendable, Hashable {
  public var doc: String
  public var entities: [GoldEntity]
  public var mustNotEntities: [String]
  public var relations: [GoldRelation]
  public var mustNotRelations: [GoldRelation]

  public init(
    doc: String, entities: [GoldEntity] = [], mustNotEntities: [String] = [], relations: [GoldRelation] = [],
    mustNotRelations: [GoldRelation] = []
  ) {
    self.doc = doc
    self.entities = entities
    self.mustNotEntities = mustNotEntities
    self.relations = relations
    self.mustNotRelations = mustNotRelations
  }
}

/// An entity the article names: its canonical name, its kind and the other ways it is written.
public struct GoldEntity: Sendable, Hashable {
  public var name: String
  /// The `type` field, as written (`organization`, `person`, `project`, `place`).
  public var kind: String
  public var aliases: [String]
  /// Counts neither for nor against.
  public var isOptional: Bool

  public init(name: String, kind: String, aliases: [String] = [], isOptional: Bool = false) {
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.isOptional = isOptional
  }

  public var names: [String] { [name] + aliases }
}

/// A typed relation the article states (or, in `mustNotRelations`, must not be read from it).
public struct GoldRelation: Sendable, Hashable {
  public var source: String
  public var target: String
  /// A relation name, or `*` (any type) in a must-not item.
  public var type: String
  public var altTypes: [String]
  public var altTargets: [String]
  public var isOptional: Bool
  public var evidence: String?
  public var amount: String?
  public var date: String?
  public var role: String?

  public init(
    source: String, target: String, type: String, altTypes: [String] = [], altTargets: [String] = [],
    isOptional: Bool = false, evidence: String? = nil, amount: String? = nil, date: String? = nil, role: String? = nil
  ) {
    self.source = source
    self.target = target
    self.type = type
    self.altTypes = altTypes
    self.altTargets = altTargets
    self.isOptional = isOptional
    self.evidence = evidence
    self.amount = amount
    self.date = date
    self.role = role
  }

  public var types: [String] { [type] + altTypes }
  public var targets: [String] { [target] + altTargets }
}

/// Why a gold file could not be read.
public enum GoldError: Error, Equatable, CustomStringConvertible {
  case unreadable(file: String, reason: String)
  case malformed(file: String, reason: String)
  case noGoldFiles(directory: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason): "Cannot read gold file \(file): \(reason). Check the path."
    case .malformed(let file, let reason):
      "Gold file \(file) is malformed: \(reason). Expected the format described in ONTOLOGY.md."
    case .noGoldFiles(let directory): "No gold files (*.json) in \(directory). Pass the folder that holds them."
    }
  }
}

extension GoldDocument {
  /// Reads every `*.json` file of a folder, sorted by file name.
  public static func loadAll(from directory: URL) throws -> [GoldDocument] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
    } catch {
      throw GoldError.unreadable(file: directory.path, reason: error.localizedDescription)
    }
    guard !names.isEmpty else { throw GoldError.noGoldFiles(directory: directory.path) }
    return try names.map { try load(contentsOf: directory.appendingPathComponent($0)) }
  }

  /// Reads one gold file. Without a `doc` field the document is named after the file (`.json` → `.txt`).
  public static func load(contentsOf url: URL) throws -> GoldDocument {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw GoldError.unreadable(file: url.path, reason: error.localizedDescription)
    }
    let fallback = url.deletingPathExtension().lastPathComponent + ".txt"
    return try parse(data, file: url.lastPathComponent, defaultDoc: fallback)
  }

  /// Parses the JSON of one gold file.
  public static func parse(_ data: Data, file: String = "<gold>", defaultDoc: String = "") throws -> GoldDocument {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw GoldError.malformed(file: file, reason: "not JSON (\(error.localizedDescription))")
    }
    guard let root = object as? [String: Any] else {
      throw GoldError.malformed(file: file, reason: "the top level is not an object")
    }
    func strings(_ value: Any?, _ field: String) throws -> [String] {
      guard let value else { return [] }
      if let single = value as? String { return [single] }
      guard let list = value as? [Any] else { throw GoldError.malformed(file: file, reason: "\(field) is not a list") }
      return try list.map {
        guard let s = $0 as? String else { throw GoldError.malformed(file: file, reason: "\(field) holds a non-string") }
        return s
      }
    }
    func objects(_ field: String) throws -> [[String: Any]] {
      guard let value = root[field] else { return [] }
      guard let list = value as? [[String: Any]] else {
        throw GoldError.malformed(file: file, reason: "\(field) is not a list of objects")
      }
      return list
    }
    func text(_ value: Any?) -> String? {
      switch value {
      case let s as String: s
      case let n as NSNumber: n.stringValue
      default: nil
      }
    }
    func relation(_ o: [String: Any], _ index: Int, _ field: String) throws -> GoldRelation {
      guard let source = o["source"] as? String, let target = o["target"] as? String else {
        throw GoldError.malformed(file: file, reason: "\(field)[\(index)] lacks source or target")
      }
      return GoldRelation(
        source: source, target: target, type: (o["type"] as? String) ?? "*",
        altTypes: try strings(o["alt_types"], "alt_types"), altTargets: try strings(o["alt_targets"], "alt_targets"),
        isOptional: (o["optional"] as? Bool) ?? false, evidence: o["evidence"] as? String, amount: text(o["amount"]),
        date: text(o["date"]), role: text(o["role"]))
    }
    var gold = GoldDocument(doc: (root["doc"] as? String) ?? defaultDoc)
    for (i, o) in try objects("entities").enumerated() {
      guard let name = o["name"] as? String else {
        throw GoldError.malformed(file: file, reason: "entities[\(i)] has no name")
      }
      gold.entities.append(
        GoldEntity(
          name: name, kind: (o["type"] as? String) ?? (o["kind"] as? String) ?? "",
          aliases: try strings(o["aliases"], "aliases"), isOptional: (o["optional"] as? Bool) ?? false))
    }
    gold.mustNotEntities = try strings(root["must_not_entities"], "must_not_entities")
    gold.relations = try objects("relations").enumerated().map { try relation($0.element, $0.offset, "relations") }
    gold.mustNotRelations = try objects("must_not_relations").enumerated().map {
      try relation($0.element, $0.offset, "must_not_relations")
    }
    return gold
  }
}
