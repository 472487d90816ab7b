// GEXF: XMLDocumentReader, then GEXFReader's attribute declarations and values. A graph that was read
// is written again as GEXF.
import FuzzSupport
import GeflechtCore
import GeflechtFormats

runFuzzer { input in
  guard let graph = try? GraphFile.read(bytes: Array(input), name: "fuzz.gexf", format: .gexf) else { return }
  _ = GEXFWriter.string(from: graph)
}
