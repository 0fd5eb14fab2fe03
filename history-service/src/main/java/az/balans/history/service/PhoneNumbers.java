package az.balans.history.service;

import az.balans.problem.InvalidFieldException;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/** Azerbaijani mobile numbers through libphonenumber: E.164 for storage, masked for logs. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String REGION = "AZ";

    private PhoneNumbers() {
    }

    /** The E.164 form of an Azerbaijani mobile number written any way libphonenumber understands, or empty. */
    public static Optional<String> azerbaijaniMobileE164(String input) {
        try {
            PhoneNumber number = UTIL.parse(input, REGION);
            // getNumberType says MOBILE only for a valid number of its country's plan, and +994 is
            // Azerbaijan's alone: a second isValidNumberForRegion would match the same patterns again
            // (the ingest profile found libphonenumber's pattern matching the largest cost per event)
            boolean mobile = UTIL.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.MOBILE;
            if (!mobile || number.getCountryCode() != UTIL.getCountryCodeForRegion(REGION)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The E.164 form of a number a person typed into a path or field, or a 400 naming that field. */
    public static String requireAzerbaijaniMobile(String field, String input) {
        return azerbaijaniMobileE164(input).orElseThrow(() ->
                new InvalidFieldException(field, "is not an Azerbaijani mobile number"));
    }

    /** A number is personal data: logs show {@code +99450***4567}, never the whole of it. */
    public static String mask(String e164) {
        if (e164 == null || e164.length() < 10) {
            return "***";
        }
        return e164.substring(0, 6) + "***" + e164.substring(e164.length() - 4);
    }
}
