package org.coffer.sampledata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The days English and Welsh banks book payments on: weekdays that are not bank holidays. */
final class BankingDays {

    /** Royal occasions that moved or added a holiday; the rules below cannot know them. */
    private static final Map<Integer, Set<LocalDate>> ADDED = Map.of(
            2011, Set.of(LocalDate.of(2011, 4, 29)),
            2012, Set.of(LocalDate.of(2012, 6, 5)),
            2022, Set.of(LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19)),
            2023, Set.of(LocalDate.of(2023, 5, 8)));
    private static final Map<Integer, Map<LocalDate, LocalDate>> MOVED = Map.of(
            1995, Map.of(LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8)),
            2012, Map.of(LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4)),
            2020, Map.of(LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8)),
            2022, Map.of(LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2)));

    private BankingDays() {
    }

    static boolean isBankingDay(LocalDate date) {
        return !isWeekend(date) && !bankHolidays(date.getYear()).contains(date);
    }

    /** The given day when it is a banking day, otherwise the next one. */
    static LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBankingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The banking day {@code days} banking days after {@code date}, which itself may be any day. */
    static LocalDate after(LocalDate date, int days) {
        LocalDate day = date;
        for (int left = days; left > 0; left--) {
            day = onOrAfter(day.plusDays(1));
        }
        return day;
    }

    /** England and Wales bank holidays of a year, with substitute days for those falling at a weekend. */
    static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
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
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** A holiday on a weekend moves to the next weekday that is not already a holiday. */
    private static LocalDate substitute(LocalDate holiday, Set<LocalDate> taken) {
        LocalDate day = holiday;
        while (isWeekend(day) || taken.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
