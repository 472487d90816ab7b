/// One sentence of a document: its index among the document's kept sentences, its scalar offsets and text.
struct Sentence: Sendable, Hashable {
  let index: Int
  let start: Int
  let end: Int
  let text: String
  let tokens: [Token]
}
