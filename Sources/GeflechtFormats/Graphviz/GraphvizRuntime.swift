import Foundation
internal import CGraphviz

/// The process-wide Graphviz state: one immortal `GVC_t`, one lock held for every call into cgraph or
/// gvc, and the capture of Graphviz's messages.
///
/// Graphviz 2.42 is not thread-safe (its parser, error state and writer are global) and freeing a
/// context corrupts pango's font cache (graphviz #1767), so the context is created once and never
/// freed, and every call is serialised. See `../shared/GRAPHVIZ_NOTES.md`, sections 5 and 8.
enum GraphvizRuntime {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var capturedText = ""
  nonisolated(unsafe) private static let context: OpaquePointer = {
    agseterrf(captureMessage)
    guard let gvc = gvContext() else { fatalError("gvContext() returned NULL: out of memory") }
    return gvc
  }()

  private static let captureMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text { GraphvizRuntime.capturedText += String(cString: text) }
    return 0
  }

  /// Runs `body` with the lock held, the error state reset and messages captured. Throws
  /// `FormatError.graphviz` if Graphviz reported an error, even when `body` itself succeeded.
  static func withContext<T>(stage: String, _ body: (OpaquePointer) throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    let gvc = context
    capturedText = ""
    agreseterrors()
    let result = try body(gvc)
    if agerrors() > 0 {
      throw FormatError.graphviz(stage: stage, message: errorMessage(fallback: "unknown error"))
    }
    return result
  }

  /// The messages captured since the current operation began, joined into one line per message.
  /// Must be called with the lock held (inside `withContext`).
  static func errorMessage(fallback: String) -> String {
    let lines = capturedText.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    let errors = lines.filter { $0.hasPrefix("Error") }
    let chosen = errors.isEmpty ? lines : errors
    return chosen.isEmpty ? fallback : chosen.joined(separator: " ")
  }

  /// The version of the linked Graphviz library, such as "2.43.0".
  static var version: String {
    (try? withContext(stage: "version") { gvc in
      gvs_version(gvc).map { String(cString: $0) } ?? "unknown"
    }) ?? "unknown"
  }
}
