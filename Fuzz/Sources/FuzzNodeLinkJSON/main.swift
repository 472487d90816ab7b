// Node-link JSON: JSONParser, then NodeLinkJSON's mapping onto a Multigraph. A graph that was read is
// written again and must read back with the same node and edge counts.
import FuzzSupport
import GeflechtCore
import GeflechtFormats

runFuzzer { input in
  guard let graph = try? GraphFile.read(bytes: Array(input), name: "fuzz.json", format: .json) else { return }
  // Writing may throw (a NaN or infinite attribute has no JSON form); that is not a finding.
  guard let text = try? NodeLinkJSON.string(from: graph) else { return }
  do {
    let again = try NodeLinkJSON.graph(from: Array(text.utf8), file: "round-trip.json")
    precondition(
      again.nodeCount == graph.nodeCount && again.edgeCount == graph.edgeCount,
      "round trip changed the counts: \(graph.nodeCount)/\(graph.edgeCount) → \(again.nodeCount)/\(again.edgeCount)")
  } catch {
    preconditionFailure("the writer's own output does not read back: \(error)")
  }
}
