package az.balans.advisor.number;

import az.balans.advisor.i18n.AdvisorMessages;
import java.util.List;

/**
 * What a typed number turned out to be.
 *
 * @param e164        the number in E.164 when its digits could be read as an Azerbaijani number, else null
 * @param national    as written in Azerbaijan ({@code 050 123 45 67}), when e164 is known
 * @param valid       whether it is a valid Azerbaijani mobile number
 * @param problem     why not, when not valid
 * @param corrections what was fixed on the way (a stray 0 after +994, a missing +), so the person sees it
 */
public record NumberAnalysis(
        String input,
        String e164,
        String national,
        boolean valid,
        Problem problem,
        List<Correction> corrections) {

    /** Why a number is not a valid Azerbaijani mobile number. */
    public enum Problem {
        EMPTY,
        NOT_A_NUMBER,
        FOREIGN_COUNTRY,
        TOO_SHORT,
        TOO_LONG,
        UNKNOWN_PREFIX,
        NOT_MOBILE;

        /** What is wrong, in the language of {@code messages}. */
        public String describe(AdvisorMessages messages) {
            return switch (this) {
                case EMPTY -> messages.numberEmpty();
                case NOT_A_NUMBER -> messages.numberNotANumber();
                case FOREIGN_COUNTRY -> messages.numberForeignCountry();
                case TOO_SHORT -> messages.numberTooShort();
                case TOO_LONG -> messages.numberTooLong();
                case UNKNOWN_PREFIX -> messages.numberUnknownPrefix();
                case NOT_MOBILE -> messages.numberNotMobile();
            };
        }
    }

    /** A fix applied to the input. */
    public enum Correction {
        /** +994 050…: the trunk 0 does not belong after the country code. */
        REMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE,
        /** 994… without + or 00. */
        ADDED_PLUS,
        /** 00994…: the international prefix written out. */
        REPLACED_00_WITH_PLUS,
        /** 0XX…: the national form. */
        NATIONAL_FORM,
        /** 9 digits with nothing before them. */
        ASSUMED_AZERBAIJAN,
        /** Full-width digits, non-breaking spaces and the like. */
        NORMALISED_CHARACTERS
    }
}
