package io.salescrm.pipeline.company.command;

/**
 * Russian company requisites checks: INN (10 digits for organisations, 12 for individuals, with check digits),
 * KPP (9 characters: digits, positions 5-6 may be letters), OGRN (13 digits) or OGRNIP (15 digits), BIC (9 digits)
 * and bank accounts (20 digits).
 */
public final class CompanyRequisites {

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private CompanyRequisites() {
    }

    public static boolean isValidInn(String inn) {
        if (inn == null || !inn.matches("\\d{10}|\\d{12}")) {
            return false;
        }
        if (inn.length() == 10) {
            return checkDigit(inn, INN10) == digit(inn, 9);
        }
        return checkDigit(inn, INN12_FIRST) == digit(inn, 10) && checkDigit(inn, INN12_SECOND) == digit(inn, 11);
    }

    public static boolean isValidKpp(String kpp) {
        return kpp != null && kpp.matches("\\d{4}[\\dA-Z]{2}\\d{3}");
    }

    /** OGRN (13 digits) or OGRNIP (15 digits) with its check digit. */
    public static boolean isValidOgrn(String ogrn) {
        if (ogrn == null || !ogrn.matches("\\d{13}|\\d{15}")) {
            return false;
        }
        int length = ogrn.length();
        long body = Long.parseLong(ogrn.substring(0, length - 1));
        long check = body % (length == 13 ? 11 : 13) % 10;
        return check == digit(ogrn, length - 1);
    }

    public static boolean isValidBic(String bic) {
        return bic != null && bic.matches("\\d{9}");
    }

    public static boolean isValidAccount(String account) {
        return account != null && account.matches("\\d{20}");
    }

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
