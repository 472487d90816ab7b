/// Where a statement was read: the document's file name, the sentence index within it, and the sentence
/// itself with its offsets into the document.
///
/// `start` and `end` count Unicode scalars from the start of the document's text (what Python's `str`
/// indexing counts), so `text == document[start..<end]`.
public struct Evidence: Hashable, Sendable, Codable, Comparable {
  public var doc: String
  public var sentence: Int
  public var start: Int
  public var end: Int
  public var text: String

  public init(doc: String, sentence: Int, start: Int, end: Int, text: String) {
    self.doc = doc
    self.sentence = sentence
    self.start = start
    self.end = end
    self.text = text
  }

  public static func < (a: Evidence, b: Evidence) -> Bool {
    (a.doc, a.start, a.end) < (b.doc, b.start, b.end)
  }
}
