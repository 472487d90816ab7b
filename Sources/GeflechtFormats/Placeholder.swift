public enum GeflechtFormatsPlaceholder {}
