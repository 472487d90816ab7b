import Foundation

/// A document to be read when the extractor gets to it, so that a large corpus is never held in
/// memory as a whole.
public struct DocumentSource: Sendable {
  /// The document's name (a file name); documents are merged in the order of these names.
  public let name: String
  private let loader: @Sendable () throws -> Document

  public init(name: String, load: @escaping @Sendable () throws -> Document) {
    self.name = name
    self.loader = load
  }

  /// A UTF-8 text file, read with `Document.load(contentsOf:limits:)`.
  public static func file(_ url: URL, limits: TextLimits = .init()) -> DocumentSource {
    DocumentSource(name: url.lastPathComponent) { try Document.load(contentsOf: url, limits: limits) }
  }

  /// A document already in memory.
  public static func document(_ document: Document) -> DocumentSource {
    DocumentSource(name: document.name) { document }
  }

  func load() throws -> Document { try loader() }
}
