import ArgumentParser
import GeflechtExtraction

/// Options every command shares.
struct CommonOptions: ParsableArguments {
  @Flag(name: .shortAndLong, help: "Print no progress or warnings on stderr.")
  var quiet = false
}

/// Options of the commands that extract a corpus.
struct ExtractionFlags: ParsableArguments {
  @Flag(help: "Keep negated and speculative statements, marked by their status.")
  var includeUncertain = false

  @Flag(help: "Keep located_in from an organisation: its seat (\"Waterloo-based OpenText\", \"mit Sitz in Walldorf\") or where it is located.")
  var includeSeats = false

  @Option(help: "Worker threads for extraction (default: every core); the output is the same for any count.")
  var threads: Int?

  @Option(help: "The largest document accepted, in bytes.")
  var maxDocumentSize = TextLimits().maxBytes

  @Option(help: "The longest line accepted in a document, in bytes.")
  var maxLineLength = TextLimits().maxLineLength

  @Flag(help: "Fail (exit 65, nothing written) when any document cannot be read, instead of skipping it.")
  var strict = false

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1 (got \(threads)).") }
    if maxDocumentSize < 1 { throw ValidationError("--max-document-size must be at least 1.") }
    if maxLineLength < 1 { throw ValidationError("--max-line-length must be at least 1.") }
  }
}
