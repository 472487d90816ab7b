import Testing
@testable import GeflechtAnalytics
