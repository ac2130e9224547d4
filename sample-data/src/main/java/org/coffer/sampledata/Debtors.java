package org.coffer.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The council's paying population, drawn once from the seed: accounts per fund and the people behind them. */
final class Debtors {

    private static final String[] INITIALS = {"A", "B", "C", "D", "E", "G", "H", "J", "K", "L", "M", "N", "P", "R",
        "S", "T", "W"};
    private static final String[] TITLES = {"", "", "", "MR ", "MRS ", "MS ", "MISS ", "DR "};
    private static final String[] SURNAMES = {"SMITH", "JONES", "WILLIAMS", "TAYLOR", "BROWN", "DAVIES", "EVANS",
        "WILSON", "THOMAS", "JOHNSON", "ROBERTS", "ROBINSON", "THOMPSON", "WRIGHT", "WALKER", "WHITE", "EDWARDS",
        "HUGHES", "GREEN", "HALL", "LEWIS", "HARRIS", "CLARKE", "PATEL", "JACKSON", "WOOD", "TURNER", "MARTIN",
        "COOPER", "HILL", "WARD", "MORRIS", "MOORE", "KHAN", "AHMED", "O'BRIEN", "MURPHY", "NOWAK", "KOWALSKI",
        "SINGH", "OKAFOR", "MENSAH", "BEGUM", "HUSSAIN", "ALI", "CHEN", "NGUYEN", "PRICE", "BENNETT", "GRIFFITHS"};
    private static final String[] BUSINESSES = {"FERNLEY BAKERY LTD", "SMITH & SONS LTD", "THE CORNER CAFE",
        "MILL LANE MOTORS", "A & B LETTINGS", "GREENWAY PHARMACY", "HIGH STREET NEWS", "RIVERSIDE DENTAL LLP",
        "KHAN & CO SOLICITORS", "THE RED LION", "FERNLEY GARDEN CENTRE", "PRIME HOMES <CLIENT A/C>", "BRIGHT SPARKS",
        "TOWN FLORIST", "OAK TREE NURSERY LTD", "PARKSIDE VETS", "QUICKPRINT & COPY", "NORTHGATE STORES"};
    private static final String[] STREETS = {"MILL LANE", "CHURCH ROAD", "HIGH STREET", "ACACIA AVENUE", "PARK ROAD",
        "STATION ROAD", "VICTORIA STREET", "THE GREEN", "ELM CLOSE", "ORCHARD WAY", "FERN RISE", "KINGS ROAD"};

    private final List<Debtor> councilTax;
    private final List<Debtor> businessRates;
    private final List<Debtor> tenants;
    private final List<Debtor> motorists;
    private final List<Debtor> sundry;

    Debtors(SplittableRandom random) {
        councilTax = draw(random, "CTAX", 3000, false);
        businessRates = draw(random, "NNDR", 300, true);
        tenants = draw(random, "HRENT", 1200, false);
        motorists = draw(random, "PARK", 2000, false);
        sundry = draw(random, "SUND", 400, true);
    }

    /** A debtor of one of the income funds, weighted as a district council's resident payments are. */
    Debtor pick(SplittableRandom random) {
        int roll = random.nextInt(100);
        List<Debtor> pool;
        if (roll < 45) {
            pool = councilTax;
        } else if (roll < 70) {
            pool = tenants;
        } else if (roll < 82) {
            pool = motorists;
        } else if (roll < 92) {
            pool = businessRates;
        } else {
            pool = sundry;
        }
        return pool.get(random.nextInt(pool.size()));
    }

    /** A private person's name as banks print it, such as {@code MRS J SMITH} or {@code SMITH K}. */
    static String personName(SplittableRandom random) {
        String initial = INITIALS[random.nextInt(INITIALS.length)];
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        int shape = random.nextInt(10);
        if (shape < 6) {
            return TITLES[random.nextInt(TITLES.length)] + initial + " " + surname;
        }
        if (shape < 8) {
            return surname + " " + initial;
        }
        if (shape < 9) {
            return initial + " & " + INITIALS[random.nextInt(INITIALS.length)] + " " + surname;
        }
        return (initial + " " + surname).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Debtor> draw(SplittableRandom random, String fund, int count, boolean mostlyBusinesses) {
        List<Debtor> debtors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean business = mostlyBusinesses && random.nextInt(10) < 8;
            String name = business ? BUSINESSES[random.nextInt(BUSINESSES.length)] : personName(random);
            String address = (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)];
            debtors.add(new Debtor(fund, reference(random, fund), name, address));
        }
        return List.copyOf(debtors);
    }

    private static String reference(SplittableRandom random, String fund) {
        return switch (fund) {
            case "CTAX" -> (3 + random.nextInt(2)) + digits(random, 8);
            case "NNDR" -> (6 + random.nextInt(2)) + digits(random, 8);
            case "HRENT" -> "HR" + digits(random, 7);
            case "PARK" -> (random.nextInt(10) < 9 ? "FB" : "FX") + digits(random, 8);
            case "SUND" -> "SD" + digits(random, 6);
            default -> throw new IllegalArgumentException("no reference scheme for fund " + fund);
        };
    }

    private static String digits(SplittableRandom random, int count) {
        char[] digits = new char[count];
        for (int i = 0; i < count; i++) {
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }
}
