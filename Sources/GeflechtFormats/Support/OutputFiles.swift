import Foundation

/// Writes a set of output files so that either all of them appear or none changes: each is written to a
/// temporary file beside its destination, and only when every one is complete are they renamed over
/// their destinations. An existing output survives a failed run intact.
public struct OutputFiles {
  private var staged: [(temporary: URL, destination: URL)] = []

  public init() {}

  /// Writes `bytes` to a temporary file next to `destination`. Creates the folder if needed.
  public mutating func stage(_ bytes: [UInt8], at destination: URL) throws {
    let folder = destination.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let temporary = folder.appendingPathComponent(
        ".\(destination.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(staged.count)")
      try Data(bytes).write(to: temporary)
      staged.append((temporary, destination))
    } catch {
      discard()
      throw FormatError.output(file: destination.path, message: "cannot write: \(error.localizedDescription)")
    }
  }

  public mutating func stage(_ text: String, at destination: URL) throws {
    try stage(Array(text.utf8), at: destination)
  }

  /// Renames every staged file over its destination.
  public mutating func commit() throws {
    defer { staged = [] }
    for (index, file) in staged.enumerated() {
      if rename(file.temporary.path, file.destination.path) != 0 {
        let reason = String(cString: strerror(errno))
        for rest in staged[index...] { try? FileManager.default.removeItem(at: rest.temporary) }
        throw FormatError.output(file: file.destination.path, message: "cannot replace: \(reason)")
      }
    }
  }

  /// Removes every staged temporary file.
  public mutating func discard() {
    for file in staged { try? FileManager.default.removeItem(at: file.temporary) }
    staged = []
  }
}
