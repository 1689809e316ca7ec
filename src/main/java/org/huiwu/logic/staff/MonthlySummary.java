package org.huiwu.logic.staff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.huiwu.model.staff.Assessment;

/**
 * A month of assessments summed up: per person the number of assessments and the average score as a
 * percentage of the form's maximum (forms of different versions compare as percentages), the same for
 * the whole team, and the team's average per assessed day for the trend chart. Immutable.
 */
public record MonthlySummary(YearMonth month, List<PersonRow> people, PersonRow team, Map<LocalDate, Double> teamByDay,
        Map<UUID, Map<LocalDate, Double>> personByDay) {

    /** One person's month (the team row has a null id). */
    public record PersonRow(UUID staffId, String name, int assessments, double averagePercent, int lowestTotal,
            int highestTotal) {
    }

    /** Sums up the month's assessments. */
    public static MonthlySummary of(YearMonth month, List<Assessment> assessments) {
        Map<UUID, List<Assessment>> byPerson = new LinkedHashMap<>();
        assessments.stream().sorted(java.util.Comparator.comparing(Assessment::staffName))
                .forEach(a -> byPerson.computeIfAbsent(a.staffId(), id -> new ArrayList<>()).add(a));
        List<PersonRow> people = new ArrayList<>();
        Map<UUID, Map<LocalDate, Double>> personByDay = new LinkedHashMap<>();
        byPerson.forEach((id, list) -> {
            people.add(row(id, list.get(0).staffName(), list));
            personByDay.put(id, byDay(list));
        });
        return new MonthlySummary(month, List.copyOf(people), row(null, "", assessments), byDay(assessments),
                personByDay);
    }

    private static PersonRow row(UUID id, String name, List<Assessment> list) {
        double average = list.stream().mapToDouble(Assessment::percent).average().orElse(0);
        int low = list.stream().mapToInt(Assessment::total).min().orElse(0);
        int high = list.stream().mapToInt(Assessment::total).max().orElse(0);
        return new PersonRow(id, name, list.size(), average, low, high);
    }

    private static Map<LocalDate, Double> byDay(List<Assessment> list) {
        Map<LocalDate, List<Double>> days = new TreeMap<>();
        list.forEach(a -> days.computeIfAbsent(a.day(), d -> new ArrayList<>()).add(a.percent()));
        Map<LocalDate, Double> averages = new TreeMap<>();
        days.forEach((day, values) -> averages.put(day, values.stream().mapToDouble(Double::doubleValue).average()
                .orElse(0)));
        return averages;
    }
}
