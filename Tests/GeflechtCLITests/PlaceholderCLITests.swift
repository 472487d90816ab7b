import Testing
@testable import GeflechtCLI
