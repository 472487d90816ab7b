public enum GeflechtAnalyticsPlaceholder {}
