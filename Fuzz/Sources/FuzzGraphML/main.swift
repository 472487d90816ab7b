// GraphML: XMLDocumentReader (Foundation's XMLParser, DOCTYPE refused, depth limit), then
// GraphMLReader's keys, typed data and fields. A graph that was read is written again as GraphML.
import FuzzSupport
import GeflechtCore
import GeflechtFormats

runFuzzer { input in
  guard let graph = try? GraphFile.read(bytes: Array(input), name: "fuzz.graphml", format: .graphml) else { return }
  _ = GraphMLWriter.string(from: graph)
}
