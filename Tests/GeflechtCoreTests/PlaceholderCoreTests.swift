import Testing
@testable import GeflechtCore
