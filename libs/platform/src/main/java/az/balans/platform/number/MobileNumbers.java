package az.balans.platform.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Azerbaijani mobile numbers through libphonenumber: E.164 for storage and comparison, masked for
 * logs and answers. Every service turns a number it is given (an event's, a path's, a token's
 * phone_number claim) into E.164 here, so two services never disagree about whether two numbers are one.
 */
public final class MobileNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String REGION = "AZ";

    private MobileNumbers() {}

    /** The E.164 form of an Azerbaijani mobile number written any way libphonenumber understands, or empty. */
    public static Optional<String> e164Of(String input) {
        if (input == null) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(input, REGION);
            // getNumberType says MOBILE only for a valid number of its country's plan, and +994 is
            // Azerbaijan's alone: a second isValidNumberForRegion would match the same patterns
            // again
            // (the ingest profile found libphonenumber's pattern matching the largest cost per
            // event)
            boolean mobile = UTIL.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.MOBILE;
            if (!mobile || number.getCountryCode() != UTIL.getCountryCodeForRegion(REGION)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** A number is personal data: logs and answers show {@code +99450***4567}, never the whole of it. */
    public static String mask(String e164) {
        if (e164 == null || e164.length() < 10) {
            return "***";
        }
        return e164.substring(0, 6) + "***" + e164.substring(e164.length() - 4);
    }
}
