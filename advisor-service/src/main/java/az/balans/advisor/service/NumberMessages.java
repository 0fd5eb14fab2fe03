package az.balans.advisor.service;

/** What a person is told about a number that is not a valid Azerbaijani mobile one (English for now). */
final class NumberMessages {

    private NumberMessages() {
    }

    static String problem(NumberAnalysis.Problem problem) {
        return switch (problem) {
            case EMPTY -> "No number was given.";
            case NOT_A_NUMBER -> "This is not a phone number: it should be digits, such as 050 123 45 67.";
            case FOREIGN_COUNTRY -> "This is not an Azerbaijani number: Azerbaijani numbers start with +994.";
            case TOO_SHORT -> "Too short: an Azerbaijani mobile number has 9 digits after +994 (050 123 45 67). A digit is missing.";
            case TOO_LONG -> "Too long: an Azerbaijani mobile number has 9 digits after +994 (050 123 45 67). There is a digit too many.";
            case UNKNOWN_PREFIX -> "No Azerbaijani mobile operator uses this prefix. Mobile numbers start with 010, 050, 051, 055, "
                    + "060, 070, 077 or 099: check the first digits.";
            case NOT_MOBILE -> "This is a landline number, and landlines are not topped up. Check that this is the mobile number.";
        };
    }
}
