// The text pipeline: bytes → Document (strict UTF-8, NUL refused) → RuleBasedExtractor → node-link
// JSON, which must parse again. The lexicons load once per process.
import Foundation
import FuzzSupport
import GeflechtCore
import GeflechtExtraction
import GeflechtFormats

let extractor: RuleBasedExtractor
do {
  extractor = try RuleBasedExtractor(options: .init(includesUncertain: true))
} catch {
  fatalError("cannot load the bundled lexicons: \(error)")
}

runFuzzer { input in
  guard let document = try? Document(name: "fuzz.txt", utf8Data: Data(input)) else { return }
  let result = extractor.extract([document])
  guard let text = try? NodeLinkJSON.string(from: result.graph) else { return }
  do {
    _ = try JSONParser.parse(Array(text.utf8), file: "extracted.json")
  } catch {
    preconditionFailure("the extraction's JSON does not parse: \(error)")
  }
}
