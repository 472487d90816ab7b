import Foundation

/// How far a streamed extraction has got.
public struct ExtractionProgress: Sendable, Hashable {
  /// Documents finished (read and analysed, or failed).
  public let done: Int
  public let total: Int
}

extension RuleBasedExtractor {
  /// Extracts documents that are loaded as they are needed, on several threads.
  ///
  /// Sources are taken in order of their names, in batches of `32 × threads`: each batch is loaded and
  /// analysed in parallel, then merged in name order, and its texts are dropped. So memory holds one
  /// batch of texts plus the growing graph, and the graph is byte-identical for every thread count.
  /// A source that cannot be loaded becomes an error diagnostic; the others are still read.
  ///
  /// - Parameters:
  ///   - threads: worker threads; nil uses every active processor.
  ///   - progress: called on the calling thread after each batch.
  ///   - isCancelled: polled between documents; when it returns true the extraction stops and throws.
  /// - Throws: `CancellationError` when `isCancelled` returned true; nothing is returned then.
  public func extract(
    _ sources: [DocumentSource], threads: Int? = nil, progress: (ExtractionProgress) -> Void = { _ in },
    isCancelled: @escaping @Sendable () -> Bool = { false }
  ) throws -> ExtractionResult {
    let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
    let ordered = sources.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }.map(\.element)
    var merge = ExtractionMerge()
    let batchSize = 32 * workers
    // One vocabulary per worker for the whole run, so that each distinct word's `WordInfo` is built once
    // per worker rather than once per batch. Worker w runs on one thread at a time (batches run one after
    // another), and a vocabulary is a cache whose contents never change a result.
    let vocabularies = (0..<workers).map { _ in Vocabulary(lexicon: lexicon) }
    var start = 0
    while start < ordered.count {
      if isCancelled() { throw CancellationError() }
      let batch = ordered[start..<min(start + batchSize, ordered.count)].filter { !merge.isDuplicate($0.name) }
      let results = Slots<Result<DocumentAnalysis, any Error>>(count: batch.count)
      // Worker w analyses documents w, w + T, w + 2T, … of the batch with a vocabulary of its own.
      let work: @Sendable (Int) -> Void = { worker in
        let vocabulary = vocabularies[worker]
        var i = worker
        while i < batch.count, !isCancelled() {
          results[i] = Result { try self.analyze(batch[i].load(), vocabulary: vocabulary) }
          i += workers
        }
      }
      if workers == 1 || batch.count == 1 {
        for worker in 0..<min(workers, batch.count) { work(worker) }
      } else {
        DispatchQueue.concurrentPerform(iterations: min(workers, batch.count), execute: work)
      }
      if isCancelled() { throw CancellationError() }
      for (i, source) in batch.enumerated() {
        switch results[i]! {
        case .success(let analysis): merge.add(analysis)
        case .failure(let error): merge.fail(source.name, "\(error)")
        }
      }
      start += batchSize
      progress(ExtractionProgress(done: min(start, ordered.count), total: ordered.count))
    }
    return merge.result()
  }
}

/// A fixed number of optional values that several threads fill at disjoint indices.
final class Slots<Value>: @unchecked Sendable {
  private var values: [Value?]
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: nil, count: count) }

  subscript(i: Int) -> Value? {
    get { lock.withLock { values[i] } }
    set { lock.withLock { values[i] = newValue } }
  }
}
