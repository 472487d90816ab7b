import Foundation

/// Runs per-source work over fixed chunks of sources on several threads, so that results do not
/// depend on the thread count.
///
/// The sources are cut into `chunkCount(for:)` contiguous chunks whatever the thread count. Worker t
/// of T takes chunks t, t + T, t + 2T, … and keeps one scratch value (its search buffers) for all of
/// them. Callers write each chunk's partial result to the chunk's own slot and sum the slots in chunk
/// order afterwards, so 1 thread and 16 threads add the same numbers in the same order.
enum SourceChunks {
  /// At most this many chunks: enough to balance 2–32 threads, few enough that per-chunk partial
  /// arrays stay small.
  static let maximumChunks = 32

  static func chunkCount(for sourceCount: Int) -> Int { Swift.min(sourceCount, maximumChunks) }

  /// The sources of chunk `c` of `chunks`: a contiguous, nearly equal slice of `0..<sourceCount`.
  static func range(of c: Int, chunks: Int, sourceCount: Int) -> Range<Int> {
    (c * sourceCount / chunks)..<((c + 1) * sourceCount / chunks)
  }

  /// The thread count to use: `requested`, or the active processor count; never more than chunks.
  static func threads(requested: Int?, chunks: Int) -> Int {
    let wanted = requested ?? ProcessInfo.processInfo.activeProcessorCount
    return Swift.max(1, Swift.min(wanted, chunks))
  }

  /// Calls `body(&scratch, chunk)` for every chunk, each worker with its own `makeScratch()`.
  static func run<Scratch>(
    chunks: Int, threads: Int, makeScratch: @Sendable () -> Scratch,
    body: @Sendable (inout Scratch, Int) -> Void
  ) {
    guard chunks > 0 else { return }
    if threads <= 1 {
      var scratch = makeScratch()
      for c in 0..<chunks { body(&scratch, c) }
      return
    }
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
      var scratch = makeScratch()
      var c = worker
      while c < chunks {
        body(&scratch, c)
        c += threads
      }
    }
  }
}

/// A fixed-size buffer of doubles that several threads write at disjoint indices.
///
/// Swift arrays are copy-on-write and may not be mutated from several threads at once; this class
/// hands out its storage as a pointer instead. Each index must be written by one thread only.
final class SharedDoubles: @unchecked Sendable {
  let count: Int
  let pointer: UnsafeMutablePointer<Double>

  init(count: Int) {
    self.count = count
    pointer = .allocate(capacity: Swift.max(count, 1))
    pointer.initialize(repeating: 0, count: Swift.max(count, 1))
  }

  deinit { pointer.deallocate() }

  subscript(i: Int) -> Double {
    get { pointer[i] }
    set { pointer[i] = newValue }
  }
}
