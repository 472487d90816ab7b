import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Extraction from lazily loaded sources on several threads.
@Suite struct StreamingExtractionTests {
  /// The corpus plus copies of it under other names, so that batches and threads have work to share.
  static func sources() throws -> [DocumentSource] {
    let folder = CorpusTests.corpus
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
    var sources: [DocumentSource] = []
    for copy in 0..<30 {
      for name in names {
        let url = folder.appendingPathComponent(name)
        sources.append(DocumentSource(name: "\(copy)-\(name)") {
          let document = try Document.load(contentsOf: url)
          return Document(name: "\(copy)-\(name)", text: document.text)
        })
      }
    }
    return sources
  }

  @Test func everyThreadCountGivesTheSameGraphAsTheInMemoryExtractor() throws {
    let extractor = try RuleBasedExtractor()
    let sources = try Self.sources()
    let documents = try sources.map { try $0.load() }
    let reference = extractor.extract(documents)
    #expect(reference.graph.edgeCount > 100)
    for threads in [1, 2, 3, 8] {
      let result = try extractor.extract(sources.reversed(), threads: threads)
      #expect(result.documentCount == sources.count)
      #expect(result.graph.nodes == reference.graph.nodes, "threads: \(threads)")
      #expect(result.graph.edges == reference.graph.edges, "threads: \(threads)")
      #expect(result.graph.attributes == reference.graph.attributes, "threads: \(threads)")
    }
  }

  @Test func unreadableSourcesBecomeErrorsAndTheRestIsRead() throws {
    let extractor = try RuleBasedExtractor()
    let good = DocumentSource.document(Document(name: "b.txt", text: "Microsoft investiert in OpenAI."))
    let bad = DocumentSource(name: "a.txt") {
      try Document(name: "a.txt", utf8Data: Data([0x41, 0xFF]))
    }
    var reports: [ExtractionProgress] = []
    let result = try extractor.extract([good, bad], threads: 2, progress: { reports.append($0) })
    #expect(result.documentCount == 1)
    #expect(result.failures.map(\.document) == ["a.txt"])
    #expect(result.failures[0].message.hasPrefix("a.txt:1:2:"))
    #expect(result.graph.nodes.map(\.label).sorted() == ["Microsoft", "OpenAI"])
    #expect(reports.last == ExtractionProgress(done: 2, total: 2))
  }

  @Test func cancellingStopsWithoutAResult() throws {
    let extractor = try RuleBasedExtractor()
    let loads = Counter()
    let sources = (0..<500).map { i in
      DocumentSource(name: String(format: "%03d.txt", i)) {
        loads.increment()
        return Document(name: String(format: "%03d.txt", i), text: "Microsoft investiert in OpenAI.")
      }
    }
    #expect(throws: CancellationError.self) {
      try extractor.extract(sources, threads: 1, isCancelled: { loads.value >= 40 })
    }
    #expect(loads.value < 500)
  }
}

/// A thread-safe counter for the cancellation test.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  var value: Int { lock.withLock { count } }
  func increment() { lock.withLock { count += 1 } }
}
