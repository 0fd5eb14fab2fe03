package az.balans.advisor.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an Azerbaijani mobile number as people type and paste it: full-width digits, spaces of
 * every kind, dashes, parentheses, 00994, 994 without a plus, a stray 0 after +994, the national
 * 0XX form, or 9 bare digits. libphonenumber decides validity and type; this class only undoes
 * the typing habits libphonenumber does not (the stray 0) and says which it undid.
 */
public final class NumberParser {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final String COUNTRY_CODE = "994";
    private static final int NATIONAL_LENGTH = 9;

    public NumberAnalysis parse(String input) {
        List<NumberAnalysis.Correction> corrections = new ArrayList<>();
        if (input == null || input.isBlank()) {
            return invalid(input, null, NumberAnalysis.Problem.EMPTY, corrections);
        }
        // NFKC turns full-width digits (０５０) and odd spaces into their plain forms
        String normalised = Normalizer.normalize(input, Normalizer.Form.NFKC);
        if (!normalised.equals(input)) {
            corrections.add(NumberAnalysis.Correction.NORMALISED_CHARACTERS);
        }
        String trimmed = normalised.strip();
        boolean plus = trimmed.startsWith("+");
        StringBuilder digitsOnly = new StringBuilder();
        for (char c : trimmed.toCharArray()) {
            if (Character.isDigit(c)) {
                digitsOnly.append(Character.forDigit(Character.digit(c, 10), 10));
            } else if (Character.isLetter(c)) {
                return invalid(input, null, NumberAnalysis.Problem.NOT_A_NUMBER, corrections);
            }
        }
        String digits = digitsOnly.toString();
        if (digits.isEmpty()) {
            return invalid(input, null, NumberAnalysis.Problem.NOT_A_NUMBER, corrections);
        }

        String national;
        if (plus || digits.startsWith("00")) {
            String international = plus ? digits : digits.substring(2);
            if (!plus) {
                corrections.add(NumberAnalysis.Correction.REPLACED_00_WITH_PLUS);
            }
            if (!international.startsWith(COUNTRY_CODE)) {
                return invalid(input, null, NumberAnalysis.Problem.FOREIGN_COUNTRY, corrections);
            }
            national = international.substring(COUNTRY_CODE.length());
            if (national.startsWith("0") && national.length() == NATIONAL_LENGTH + 1) {
                national = national.substring(1);
                corrections.add(NumberAnalysis.Correction.REMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE);
            }
        } else if (digits.startsWith(COUNTRY_CODE)
                && digits.length() >= NATIONAL_LENGTH + COUNTRY_CODE.length()) {
            national = digits.substring(COUNTRY_CODE.length());
            corrections.add(NumberAnalysis.Correction.ADDED_PLUS);
            if (national.startsWith("0") && national.length() == NATIONAL_LENGTH + 1) {
                national = national.substring(1);
                corrections.add(NumberAnalysis.Correction.REMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE);
            }
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
            corrections.add(NumberAnalysis.Correction.NATIONAL_FORM);
        } else {
            national = digits;
            corrections.add(NumberAnalysis.Correction.ASSUMED_AZERBAIJAN);
        }

        if (national.length() < NATIONAL_LENGTH) {
            return invalid(input, null, NumberAnalysis.Problem.TOO_SHORT, corrections);
        }
        if (national.length() > NATIONAL_LENGTH) {
            return invalid(input, null, NumberAnalysis.Problem.TOO_LONG, corrections);
        }
        PhoneNumber number;
        try {
            number = NUMBERS.parse("+" + COUNTRY_CODE + national, "AZ");
        } catch (NumberParseException e) {
            return invalid(input, null, NumberAnalysis.Problem.NOT_A_NUMBER, corrections);
        }
        String e164 = NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        if (!NUMBERS.isValidNumberForRegion(number, "AZ")) {
            return invalid(input, e164, NumberAnalysis.Problem.UNKNOWN_PREFIX, corrections);
        }
        PhoneNumberUtil.PhoneNumberType type = NUMBERS.getNumberType(number);
        if (type != PhoneNumberUtil.PhoneNumberType.MOBILE) {
            return new NumberAnalysis(
                    input,
                    e164,
                    nationalOf(number),
                    false,
                    NumberAnalysis.Problem.NOT_MOBILE,
                    List.copyOf(corrections));
        }
        return new NumberAnalysis(
                input, e164, nationalOf(number), true, null, List.copyOf(corrections));
    }

    private static String nationalOf(PhoneNumber number) {
        return NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
    }

    private static NumberAnalysis invalid(
            String input,
            String e164,
            NumberAnalysis.Problem problem,
            List<NumberAnalysis.Correction> corrections) {
        return new NumberAnalysis(input, e164, null, false, problem, List.copyOf(corrections));
    }
}
