package org.huiwu.logic.attendees.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Header, role and side words from the vocabulary files, and the editable column mapping. Plain JUnit. */
class ColumnRecognitionTest {

    private final ImportVocabulary vocabulary = new ImportVocabulary();

    private static SourceTable table(List<String>... rows) {
        List<SourceRow> sourceRows = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            sourceRows.add(new SourceRow(i + 1, rows[i]));
        }
        return new SourceTable(SourceFormat.CSV, List.of(), "", "UTF-8", ",", sourceRows);
    }

    @ParameterizedTest
    @CsvSource({
        "姓名,NAME", "名字,NAME", "Name,NAME", " NAME ,NAME", "ＮＡＭＥ,NAME", "姓　名,NAME", "*姓名：,NAME",
        "工作单位,ORGANISATION", "部门,ORGANISATION", "Organization,ORGANISATION", "unit,ORGANISATION",
        "职务,POSITION", "职称,POSITION", "Title,POSITION",
        "位次,RANK", "序号,RANK", "Order,RANK", "排序,RANK",
        "身份,ROLE", "类别,ROLE", "Role,ROLE",
        "主客,SIDE", "方,SIDE", "Side,SIDE",
        "备注,NOTES", "Remark,NOTES", "Notes,NOTES"})
    void recognisesHeaderSynonyms(String header, AttendeeField field) {
        assertThat(vocabulary.fieldForHeader(header)).contains(field);
    }

    @Test
    void mapsARecognisedHeaderRowAndIgnoresUnknownColumns() {
        ColumnMapping mapping = vocabulary.recognise(table(
                List.of("序号", "姓名", "手机号", "单位"),
                List.of("1", "张三", "13800000000", "市委")));

        assertThat(mapping.headerRowNumber()).isEqualTo(1);
        assertThat(mapping.fields()).isEqualTo(Map.of(0, AttendeeField.RANK, 1, AttendeeField.NAME,
                3, AttendeeField.ORGANISATION));
        assertThat(mapping.fieldAt(2)).isEmpty();
    }

    @Test
    void findsTheHeaderBelowATitleRow() {
        ColumnMapping mapping = vocabulary.recognise(table(
                List.of("2024年全市工作会议参会代表名单"),
                List.of("姓名", "单位", "职务"),
                List.of("张三", "市委", "书记")));

        assertThat(mapping.headerRowNumber()).isEqualTo(2);
        assertThat(mapping.columnOf(AttendeeField.NAME)).hasValue(0);
    }

    @Test
    void assumesNoHeaderWhenNoneIsRecognised() {
        ColumnMapping mapping = vocabulary.recognise(table(List.of("张三", "市委"), List.of("李四", "市政府")));

        assertThat(mapping.hasHeaderRow()).isFalse();
        assertThat(mapping.fields()).isEmpty();
    }

    @Test
    void letsTheUserChangeTheMapping() {
        ColumnMapping mapping = ColumnMapping.unmapped()
                .withField(0, AttendeeField.NAME)
                .withField(1, AttendeeField.ORGANISATION)
                .withField(2, AttendeeField.NAME)
                .withIgnored(1)
                .withHeaderRow(1);

        assertThat(mapping.fields()).isEqualTo(Map.of(2, AttendeeField.NAME));
        assertThat(mapping.headerRowNumber()).isEqualTo(1);
    }

    @Test
    void refusesAFieldOnTwoColumns() {
        assertThatThrownBy(() -> new ColumnMapping(0, Map.of(0, AttendeeField.NAME, 1, AttendeeField.NAME)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"领导,LEADER", "主席台,LEADER", "代表,DELEGATE", "列席,OBSERVER", "工作人员,STAFF", "嘉宾,GUEST",
        "Leader,LEADER", "guest,GUEST", "ＳＴＡＦＦ,STAFF"})
    void recognisesRoleWords(String word, org.huiwu.model.AttendeeRole role) {
        assertThat(vocabulary.role(word)).contains(role);
    }

    @ParameterizedTest
    @CsvSource({"主方,HOST", "主,HOST", "客方,GUEST", "客,GUEST", "Host,HOST"})
    void recognisesSideWords(String word, org.huiwu.model.Side side) {
        assertThat(vocabulary.side(word)).contains(side);
    }
}
