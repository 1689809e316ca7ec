package org.huiwu.ui.incidents;

import java.util.List;

/** The file-chooser extensions of the photos and PDFs an incident accepts. Constants only. */
final class AttachmentFiles {

    static final List<String> EXTENSIONS =
            List.of("*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.heic", "*.pdf");

    private AttachmentFiles() {
    }
}
