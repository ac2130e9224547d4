package org.coffer.sampledata;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a payer's reference the way residents really type it: spaced out, prefixed, in lower case, with digits
 * swapped, mistyped into another fund's shape, or replaced by an address. Every shape uses only characters MT940
 * can carry and never starts with a character MT940 treats as a tag or a message end.
 */
final class MessyReferences {

    /** References that identify nobody, as in the ~8% of payments a council cannot match on their own. */
    private static final String[] UNIDENTIFIABLE = {"PAYMENT", "THANK YOU", "BILL", "COUNCIL", "FERNLEY COUNCIL",
        "MONEY OWED", "AS DISCUSSED", "FLAT 3", "INV", "ACCOUNT", "REF", "MUM", "DEPOSIT", "PAYMENT 2 OF 3"};

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUNE", "JULY", "AUG", "SEPT", "OCT",
        "NOV", "DEC"};

    private MessyReferences() {
    }

    static String write(Debtor debtor, SplittableRandom random) {
        String ref = debtor.reference();
        int shape = random.nextInt(100);
        if (shape < 45) {
            return ref;
        }
        if (shape < 57) {
            return spaced(ref);
        }
        if (shape < 70) {
            return prefix(debtor.fundCode(), random) + ref;
        }
        if (shape < 78) {
            return (random.nextBoolean() ? prefix(debtor.fundCode(), random) + ref : ref).toLowerCase(Locale.ROOT);
        }
        if (shape < 84) {
            return surname(debtor.name()) + " " + ref;
        }
        if (shape < 88) {
            return transposed(ref, random);
        }
        if (shape < 90) {
            return shapedLikeAnotherFund(debtor, random);
        }
        if (shape < 95) {
            return ref + " " + MONTHS[random.nextInt(MONTHS.length)];
        }
        return fundWords(debtor.fundCode()) + " " + debtor.address();
    }

    static String unidentifiable(SplittableRandom random) {
        return UNIDENTIFIABLE[random.nextInt(UNIDENTIFIABLE.length)];
    }

    private static String prefix(String fundCode, SplittableRandom random) {
        String[] prefixes = switch (fundCode) {
            case "CTAX" -> new String[] {"CTAX ", "C TAX ", "COUNCIL TAX ", "CT", "REF "};
            case "NNDR" -> new String[] {"NNDR ", "RATES ", "BUS RATES ", "REF "};
            case "HRENT" -> new String[] {"RENT ", "HSG RENT ", "REF "};
            case "PARK" -> new String[] {"PCN ", "PARKING ", "PCN-", "FINE "};
            default -> new String[] {"INV ", "INVOICE ", "REF "};
        };
        return prefixes[random.nextInt(prefixes.length)];
    }

    private static String fundWords(String fundCode) {
        return switch (fundCode) {
            case "CTAX" -> "COUNCIL TAX";
            case "NNDR" -> "BUSINESS RATES";
            case "HRENT" -> "RENT";
            case "PARK" -> "PARKING FINE";
            default -> "INVOICE";
        };
    }

    /** Groups of three or four, as printed on bills: {@code 312 345 678}, {@code HR12 34567}. */
    private static String spaced(String ref) {
        int group = ref.length() % 3 == 0 ? 3 : 4;
        StringBuilder out = new StringBuilder(ref.length() + 4);
        for (int i = 0; i < ref.length(); i++) {
            if (i > 0 && i % group == 0) {
                out.append(' ');
            }
            out.append(ref.charAt(i));
        }
        return out.toString();
    }

    /**
     * The reference with the slip that gives it another fund's shape: a council tax account typed with a business
     * rates account's first digit and the other way round, or a penalty charge notice with a fixed penalty's letters.
     * The check digit no longer fits, so no fund should take it. Other funds' references get a transposition.
     */
    private static String shapedLikeAnotherFund(Debtor debtor, SplittableRandom random) {
        String ref = debtor.reference();
        return switch (debtor.fundCode()) {
            case "CTAX", "NNDR" -> "3647".charAt("6374".indexOf(ref.charAt(0))) + ref.substring(1);
            case "PARK" -> (ref.startsWith("FB") ? "FP" : "FB") + ref.substring(2);
            default -> transposed(ref, random);
        };
    }

    /** Two neighbouring digits swapped, the commonest typing slip. */
    private static String transposed(String ref, SplittableRandom random) {
        int firstDigit = 0;
        while (!Character.isDigit(ref.charAt(firstDigit))) {
            firstDigit++;
        }
        int at = firstDigit + random.nextInt(ref.length() - firstDigit - 1);
        char[] chars = ref.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }

    /** The payer's last word, letters only, so that the reference stays within the SWIFT character set. */
    private static String surname(String name) {
        int space = name.lastIndexOf(' ');
        return (space < 0 ? name : name.substring(space + 1)).replaceAll("[^A-Za-z]", "");
    }
}
