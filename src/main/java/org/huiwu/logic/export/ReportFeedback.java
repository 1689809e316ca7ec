package org.huiwu.logic.export;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huiwu.i18n.I18n;
import org.huiwu.model.feedback.ComplaintChange;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.feedback.SurveySummary;
import org.huiwu.model.feedback.SurveyTemplate;
import org.jfree.chart.JFreeChart;

/**
 * The satisfaction-survey and complaints sections of the service report: a chart of the ratings per
 * item, the survey summary as a table
 * (per item the count of each rating, the overall ratings and the satisfaction rate with its definition
 * and the note that the scale is the practice default, not verified against annex U), the forms'
 * comments, and each complaint with its handling and history. Immutable; confined to the report's thread.
 */
final class ReportFeedback {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18n i18n;
    private final ZoneId zone;
    private final boolean english;

    ReportFeedback(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
        this.english = "en".equals(i18n.locale().getLanguage());
    }

    void write(MeetingRecord record, ReportPages pages, JFreeChart chart) throws IOException {
        pages.newPage();
        pages.heading(i18n.get("feedback.report.surveys"), 16);
        List<SurveyForm> forms = FeedbackRecords.forms(record);
        if (forms.isEmpty()) {
            pages.line(i18n.get("export.report.none"), 10, 12);
        } else {
            pages.chart(chart, 60 + 26f * FeedbackRecords.template(record).activeItems().size());
            summary(SurveySummary.of(FeedbackRecords.template(record), forms), pages);
            comments(forms, pages);
        }
        pages.gap(10);
        pages.heading(i18n.get("feedback.report.complaints"), 16);
        complaints(record, pages);
    }

    private void summary(SurveySummary summary, ReportPages pages) throws IOException {
        SurveyTemplate template = summary.template();
        pages.line(i18n.format("feedback.report.formCount", summary.forms()), 11, 0);
        pages.line(i18n.format("feedback.report.itemHeader", levels(template, RatingScale.ITEM)), 10, 12);
        for (SurveySummary.ItemCounts item : summary.perItem()) {
            pages.line(i18n.format("feedback.report.itemRow", item.item().label(english),
                    counts(template, RatingScale.ITEM, item.counts()), item.blank()), 10, 12);
        }
        pages.line(i18n.format("feedback.report.overallRow", counts(template, RatingScale.OVERALL, summary.overall()),
                summary.forms() - summary.overallAnswered()), 10, 12);
        String rate = summary.satisfactionRate().isPresent()
                ? i18n.format("feedback.rate.value", summary.satisfactionRate().getAsDouble(), summary.overallSatisfied(),
                        summary.overallAnswered())
                : i18n.get("feedback.rate.none");
        pages.line(i18n.format("feedback.report.rate", rate), 11, 0);
        pages.line(i18n.format("feedback.rate.definition", summary.satisfiedLabels(english, " + ")), 9, 12);
        pages.line(i18n.get("feedback.scale.note"), 9, 12);
    }

    private void comments(List<SurveyForm> forms, ReportPages pages) throws IOException {
        for (SurveyForm form : forms) {
            if (!form.comments().isBlank()) {
                pages.line(i18n.format("feedback.report.comment", form.respondentUnit(), form.comments()), 9, 12);
            }
        }
    }

    private void complaints(MeetingRecord record, ReportPages pages) throws IOException {
        List<Map<String, Object>> complaints = record.inReadingOrder("complaint");
        if (complaints.isEmpty()) {
            pages.line(i18n.get("export.report.none"), 10, 12);
            return;
        }
        for (Map<String, Object> c : complaints) {
            pages.line(i18n.format("feedback.report.complaint", time(c.get("received_at")),
                    i18n.get(ComplaintChannel.valueOf(c.get("channel").toString()).labelKey()),
                    c.get("complainant_unit"), c.get("complainant_name"), c.get("category"),
                    i18n.get(ComplaintStatus.valueOf(c.get("status").toString()).labelKey())), 11, 0);
            pages.line(i18n.format("feedback.report.content", c.get("content")), 10, 12);
            pages.line(i18n.format("feedback.report.handling", c.get("handled_by"), c.get("actions_taken")), 10, 12);
            pages.line(i18n.format("feedback.report.result", c.get("result"), c.get("complainant_response"),
                    time(c.get("closed_at"))), 10, 12);
            for (Map<String, Object> v : record.rows("complaint_version")) {
                if (v.get("complaint_id").equals(c.get("id"))) {
                    pages.line(i18n.format("feedback.report.history", v.get("version"), time(v.get("changed_at")),
                            v.get("changed_by"),
                            i18n.get(ComplaintChange.valueOf(v.get("change_kind").toString()).labelKey()),
                            i18n.get(ComplaintStatus.valueOf(v.get("status").toString()).labelKey())), 9, 24);
                }
            }
            pages.gap(6);
        }
    }

    private String levels(SurveyTemplate template, RatingScale scale) {
        return String.join(" / ", template.levels(scale).stream().map(l -> l.label(english)).toList());
    }

    private String counts(SurveyTemplate template, RatingScale scale, Map<Integer, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (ScaleLevel level : template.levels(scale)) {
            parts.add(i18n.format("feedback.summary.count", level.label(english), counts.getOrDefault(level.level(), 0)));
        }
        return String.join("  ", parts);
    }

    private String time(Object value) {
        return value == null ? "" : OffsetDateTime.parse(value.toString()).atZoneSameInstant(zone).format(TIME);
    }
}
