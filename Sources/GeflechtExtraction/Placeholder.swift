public enum GeflechtExtractionPlaceholder {}
