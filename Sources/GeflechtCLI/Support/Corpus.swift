import Foundation
import GeflechtExtraction
import GeflechtFormats

/// Finds and loads the text documents named on the command line.
enum Corpus {
  static let textExtensions: Set<String> = ["txt", "text", "md"]

  /// Text files under `paths` (files as given; folders searched recursively for .txt, .text and .md),
  /// sorted by path so that the order, and with it the output, never depends on the file system.
  static func files(in paths: [String]) throws -> [URL] {
    var files: [URL] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIError("\(path): no such file or folder", status: .noInput)
      }
      let url = URL(fileURLWithPath: path)
      if !isDirectory.boolValue {
        files.append(url)
        continue
      }
      guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) else {
        throw CLIError("\(path): cannot list the folder", status: .noInput)
      }
      var found: [URL] = []
      for case let file as URL in enumerator where textExtensions.contains(file.pathExtension.lowercased()) {
        // Symbolic links count as the files they point to (stat(2) follows them); the document keeps the
        // link's name. stat rather than resolving the link and asking Foundation for resource values, which
        // cost more than reading a small article.
        var status = stat()
        if stat(file.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { found.append(file) }
      }
      // By path, each path built once (`URL.path` makes a new string on every call, and the sort compares
      // O(n log n) times); the sort is stable, as `sorted(by:)` on the URLs was.
      files += found.map { (path: $0.path, url: $0) }.sorted { $0.path < $1.path }.map(\.url)
    }
    var seen: [String: String] = [:]
    for file in files {
      if let other = seen[file.lastPathComponent], other != file.path {
        throw CLIError("two documents are named \(file.lastPathComponent) (\(other) and \(file.path)); evidence names documents by file name, so rename one")
      }
      seen[file.lastPathComponent] = file.path
    }
    return files
  }

  /// Extracts the documents under `paths`: streamed in batches on `flags.threads` threads, with
  /// progress (documents per second, time left) on a terminal and Ctrl-C stopping it cleanly.
  /// Documents that cannot be read are reported and skipped, unless `flags.strict`.
  static func extract(_ paths: [String], flags: ExtractionFlags, console: Console) throws -> ExtractionResult {
    let files = try files(in: paths)
    guard !files.isEmpty else {
      throw CLIError(
        "no text documents found (looked for \(textExtensions.sorted().map { "." + $0 }.joined(separator: ", ")))",
        status: .noInput)
    }
    let extractor = try RuleBasedExtractor(options: ExtractionOptions(includesUncertain: flags.includeUncertain, includesSeats: flags.includeSeats))
    let limits = TextLimits(maxBytes: flags.maxDocumentSize, maxLineLength: flags.maxLineLength)
    let started = Date()
    Interrupt.install()
    defer { console.endProgress() }
    let result = try extractor.extract(
      files.map { DocumentSource.file($0, limits: limits) }, threads: flags.threads,
      progress: { console.progress(progressLine($0, since: started)) },
      isCancelled: { Interrupt.requested })
    console.endProgress()
    for diagnostic in result.diagnostics {
      if diagnostic.severity == .error { console.error(diagnostic.message) } else { console.warn("\(diagnostic.document): \(diagnostic.message)") }
    }
    let failures = result.failures
    if result.documentCount == 0 {
      throw CLIError("none of the \(files.count) documents could be read; nothing written")
    }
    if result.languages.isEmpty {
      throw CLIError("none of the \(files.count) documents holds any text (see the warnings above); nothing written")
    }
    if flags.strict, !failures.isEmpty {
      throw CLIError("\(failures.count) of \(files.count) documents could not be read (see above) and --strict is set; nothing written")
    }
    return result
  }

  /// "extracting 1200/50000 documents · 812 documents/s · 0:58 left".
  static func progressLine(_ p: ExtractionProgress, since start: Date) -> String {
    let elapsed = Date().timeIntervalSince(start)
    let rate = elapsed > 0 ? Double(p.done) / elapsed : 0
    var line = "extracting \(p.done)/\(p.total) documents"
    if rate > 0 {
      let left = Int((Double(p.total - p.done) / rate).rounded())
      line += " · \(Int(rate.rounded())) documents/s · \(left / 60):\(String(format: "%02d", left % 60)) left"
    }
    return line
  }
}
