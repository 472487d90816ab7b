import Testing
@testable import GeflechtFormats
