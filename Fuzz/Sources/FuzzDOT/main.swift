// DOT through Graphviz's cgraph: GraphFile.read(bytes:format: .dot) runs the UTF-8 and NUL checks,
// the line-length and nesting limits, agmemread, and the mapping onto a Multigraph. A graph that was
// read is written again, as DOT through cgraph and as node-link JSON. Thrown errors are expected
// results; only crashes, hangs, leaks and sanitizer reports are findings.
import FuzzSupport
import GeflechtCore
import GeflechtFormats

runFuzzer { input in
  guard let graph = try? GraphFile.read(bytes: Array(input), name: "fuzz.dot", format: .dot) else { return }
  _ = try? Graphviz.dot(for: graph)
  _ = try? NodeLinkJSON.string(from: graph)
}
