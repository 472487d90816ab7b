import Testing
@testable import GeflechtExtraction
