import ArgumentParser

/// Options every command shares.
struct CommonOptions: ParsableArguments {
  @Flag(name: .shortAndLong, help: "Print no progress or warnings on stderr.")
  var quiet = false
}

/// Options of the commands that extract a corpus.
struct ExtractionFlags: ParsableArguments {
  @Flag(help: "Keep negated and speculative statements, marked by their status.")
  var includeUncertain = false
}
