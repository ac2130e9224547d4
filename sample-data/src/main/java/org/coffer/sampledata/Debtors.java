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

    private static final int[] ACADEMY_WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7};
    private static final int[] RENT_WEIGHTS = {0, 0, 9, 7, 1, 4, 6, 3, 2, 8};
    private static final int[] PENALTY_WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, 1};

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

    /**
     * A reference valid under the demo council's rules ({@code council/reference-rules.csv}): Academy-style council
     * tax and business rates accounts with their check digit, rent accounts in the new 11-digit format (and a
     * quarter in the format used before 2023), penalty charge and fixed penalty notices with their modulus 11
     * check character, and sundry invoices.
     */
    private static String reference(SplittableRandom random, String fund) {
        return switch (fund) {
            case "CTAX" -> withCheck((3 + random.nextInt(2)) + digits(random, 7), ACADEMY_WEIGHTS, 10, true, '0');
            case "NNDR" -> withCheck((6 + random.nextInt(2)) + digits(random, 7), ACADEMY_WEIGHTS, 10, true, '0');
            case "HRENT" -> random.nextInt(4) == 0 ? "HR" + digits(random, 7)
                    : withCheck("6" + digits(random, 9), RENT_WEIGHTS, 10, true, '0');
            case "PARK" -> random.nextInt(10) < 9 ? "FB" + penaltyCheck("05", digits(random, 7))
                    : "FP" + penaltyCheck("12", digits(random, 7));
            case "SUND" -> "SD" + digits(random, 6);
            default -> throw new IllegalArgumentException("no reference scheme for fund " + fund);
        };
    }

    /**
     * The digits followed by their weighted-sum check digit: the sum of each digit times its weight, modulo the
     * modulus, taken from the modulus when {@code subtract}; a result of 10 is written as {@code ten}.
     */
    static String withCheck(String digits, int[] weights, int modulus, boolean subtract, char ten) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int result = subtract ? modulus - sum % modulus : sum % modulus;
        return digits + (result == 10 ? ten : (char) ('0' + result));
    }

    /** A notice's seven digits and check character, its letters counted as the two digits the scheme gives them. */
    private static String penaltyCheck(String prefixDigits, String digits) {
        String checked = withCheck(prefixDigits + digits, PENALTY_WEIGHTS, 11, false, 'A');
        return checked.substring(prefixDigits.length());
    }

    private static String digits(SplittableRandom random, int count) {
        char[] digits = new char[count];
        for (int i = 0; i < count; i++) {
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }
}
