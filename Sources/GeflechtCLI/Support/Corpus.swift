import Foundation
import GeflechtExtraction

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
        throw CLIError("\(path): no such file or folder")
      }
      let url = URL(fileURLWithPath: path)
      if !isDirectory.boolValue {
        files.append(url)
        continue
      }
      guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) else {
        throw CLIError("\(path): cannot list the folder")
      }
      var found: [URL] = []
      for case let file as URL in enumerator where textExtensions.contains(file.pathExtension.lowercased()) {
        if (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(file) }
      }
      files += found.sorted { $0.path < $1.path }
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

  /// Loads every file; files that cannot be read are reported and skipped, the rest are processed.
  static func load(_ files: [URL], console: Console) throws -> [Document] {
    guard !files.isEmpty else { throw CLIError("no text documents found (looked for \(textExtensions.sorted().map { "." + $0 }.joined(separator: ", ")))") }
    var documents: [Document] = []
    for (index, file) in files.enumerated() {
      console.progress("reading \(index + 1)/\(files.count) \(file.lastPathComponent)")
      do {
        documents.append(try Document.load(contentsOf: file))
      } catch {
        console.warn("\(error)")
      }
    }
    console.endProgress()
    guard !documents.isEmpty else { throw CLIError("none of the \(files.count) documents could be read") }
    return documents
  }
}
