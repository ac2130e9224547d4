package org.coffer.sampledata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The council's paying population: the demo council's account holders ({@code council/account-holders.csv}), so that
 * every payment the generator writes for a debtor is for an account the council has, under the reference, fund and
 * name the council holds.
 */
final class Debtors {

    private static final String HOLDERS = "org/coffer/sampledata/council/account-holders.csv";

    private static final String[] INITIALS = {"A", "B", "C", "D", "E", "G", "H", "J", "K", "L", "M", "N", "P", "R",
        "S", "T", "W"};
    private static final String[] TITLES = {"", "", "", "MR ", "MRS ", "MS ", "MISS ", "DR "};
    private static final String[] SURNAMES = {"SMITH", "JONES", "WILLIAMS", "TAYLOR", "BROWN", "DAVIES", "EVANS",
        "WILSON", "THOMAS", "JOHNSON", "ROBERTS", "ROBINSON", "THOMPSON", "WRIGHT", "WALKER", "WHITE", "EDWARDS",
        "HUGHES", "GREEN", "HALL", "LEWIS", "HARRIS", "CLARKE", "PATEL", "JACKSON", "WOOD", "TURNER", "MARTIN",
        "COOPER", "HILL", "WARD", "MORRIS", "MOORE", "KHAN", "AHMED", "O'BRIEN", "MURPHY", "NOWAK", "KOWALSKI",
        "SINGH", "OKAFOR", "MENSAH", "BEGUM", "HUSSAIN", "ALI", "CHEN", "NGUYEN", "PRICE", "BENNETT", "GRIFFITHS"};

    private final List<Debtor> councilTax;
    private final List<Debtor> businessRates;
    private final List<Debtor> tenants;
    private final List<Debtor> motorists;
    private final List<Debtor> sundry;

    /**
     * The council's account holders.
     *
     * @param random the caller's stream of random numbers; the population is the council's whatever the seed
     */
    Debtors(SplittableRandom random) {
        Map<String, List<Debtor>> byFund = readHolders();
        councilTax = fund(byFund, "CTAX");
        businessRates = fund(byFund, "NNDR");
        tenants = fund(byFund, "HRENT");
        motorists = fund(byFund, "PARK");
        sundry = fund(byFund, "SUND");
    }

    /** The council tax payers, from whose benefits the DWP deducts council tax. */
    List<Debtor> councilTax() {
        return councilTax;
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

    private static List<Debtor> fund(Map<String, List<Debtor>> byFund, String fundCode) {
        List<Debtor> debtors = byFund.get(fundCode);
        if (debtors == null) {
            throw new IllegalStateException(HOLDERS + " has no account holders of fund " + fundCode);
        }
        return List.copyOf(debtors);
    }

    /** The holders by fund, from {@code reference,fund,name,address,balance} lines without quoted cells. */
    private static Map<String, List<Debtor>> readHolders() {
        InputStream in = Debtors.class.getClassLoader().getResourceAsStream(HOLDERS);
        if (in == null) {
            throw new IllegalStateException("the demo council's account holders are missing from the classpath at "
                    + HOLDERS);
        }
        Map<String, List<Debtor>> byFund = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(HOLDERS + ": expected 5 columns in '" + line + "'");
                }
                byFund.computeIfAbsent(cells[1], fund -> new ArrayList<>())
                        .add(new Debtor(cells[1], cells[0], cells[2], cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo council's account holders", e);
        }
        return byFund;
    }
}
