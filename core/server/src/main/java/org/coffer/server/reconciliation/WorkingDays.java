package org.coffer.server.reconciliation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days English and Welsh banks pay on: weekdays that are not bank holidays. A settler's window is counted in
 * them, so that a Friday batch paid on Tuesday after a bank holiday Monday is one working day late, not four days.
 */
final class WorkingDays {

    /** Royal occasions that moved or added a holiday; the rules cannot know them. */
    private static final Map<Integer, Set<LocalDate>> ADDED = Map.of(
            2022, Set.of(LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19)),
            2023, Set.of(LocalDate.of(2023, 5, 8)));
    private static final Map<Integer, Map<LocalDate, LocalDate>> MOVED = Map.of(
            2020, Map.of(LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8)),
            2022, Map.of(LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2)));

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !bankHolidays(date.getYear()).contains(date);
    }

    /** The bank holidays from {@code from} to {@code to}, both included, in order. */
    static Set<LocalDate> bankHolidays(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new TreeSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            bankHolidays(year).stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).forEach(days::add);
        }
        return days;
    }

    /** England and Wales bank holidays of a year, with substitute days for those falling at a weekend. */
    static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(substitute(LocalDate.of(year, 1, 1), days));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(substitute(LocalDate.of(year, 12, 25), days));
        days.add(substitute(LocalDate.of(year, 12, 26), days));
        MOVED.getOrDefault(year, Map.of()).forEach((from, to) -> {
            days.remove(from);
            days.add(to);
        });
        days.addAll(ADDED.getOrDefault(year, Set.of()));
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate substitute(LocalDate holiday, Set<LocalDate> taken) {
        LocalDate day = holiday;
        while (isWeekend(day) || taken.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
