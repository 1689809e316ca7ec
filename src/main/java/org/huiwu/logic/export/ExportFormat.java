package org.huiwu.logic.export;

/** The formats a meeting can be exported in, with their file extension. */
public enum ExportFormat {
    XLSX(".xlsx"),
    CSV(".csv"),
    PDF(".pdf"),
    BUNDLE(BundleFormat.EXTENSION);

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
