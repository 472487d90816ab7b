// Edge lists: the same bytes as CSV (RFC 4180 quoting), TSV and whitespace-separated, through
// GraphFile.read. The first byte's low bit chooses directed or undirected, so both ways of keying
// parallel edges are reached. Header detection, weights and extra columns are all exercised.
import FuzzSupport
import GeflechtCore
import GeflechtFormats

runFuzzer { input in
  let bytes = Array(input)
  let directed = (bytes.first ?? 0) & 1 == 1
  for format in [GraphInputFormat.csv, .tsv, .edgelist] {
    _ = try? GraphFile.read(bytes: bytes, name: "fuzz.\(format.rawValue)", format: format, directedEdgeList: directed)
  }
}
