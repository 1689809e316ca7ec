package org.huiwu.logic.export;

/** File names of exports: meeting date, title made safe for every file system, and a short id. Stateless. */
final class ExportNames {

    private static final int MAX_TITLE = 40;

    private ExportNames() {
    }

    static String baseName(MeetingRecord record) {
        String title = record.meetingText("title").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE);
        }
        return ServiceLogs.meetingDate(record) + "-" + title + "-" + record.meetingId().toString().substring(0, 8);
    }
}
