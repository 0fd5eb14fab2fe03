package az.balans.advisor.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence the advisor says to a person. English here; az, ru and zh in
 * src/main/resources/messages/msg_{az,ru,zh}.properties, which a test holds to the same keys.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AdvisorMessages {

    @Message("No number was given.")
    String numberEmpty();

    @Message("This is not a phone number: it should be digits, such as 050 123 45 67.")
    String numberNotANumber();

    @Message("This is not an Azerbaijani number: Azerbaijani numbers start with +994.")
    String numberForeignCountry();

    @Message("Too short: an Azerbaijani mobile number has 9 digits after +994 (050 123 45 67). A digit is missing.")
    String numberTooShort();

    @Message("Too long: an Azerbaijani mobile number has 9 digits after +994 (050 123 45 67). There is a digit too many.")
    String numberTooLong();

    @Message("No Azerbaijani mobile operator uses this prefix. Mobile numbers start with 010, 050, 051, 055, 060, 070, 077 or 099: check the first digits.")
    String numberUnknownPrefix();

    @Message("This is a landline number, and landlines are not topped up. Check that this is the mobile number.")
    String numberNotMobile();

    @Message("Ported: the range belongs to {holder}, but the latest successful top-up went to {serving}.")
    String ported(String holder, String serving);

    @Message("{holder} stopped all services on {date}. Its numbers were either ported to Azercell, Bakcell or Nar, or cancelled.")
    String retiredHolder(String holder, String date);

    @Message("This one was ported to {serving}.")
    String retiredPortedTo(String serving);

    @Message("Balans has seen no top-up of this number since, so it cannot tell which: ask the owner which carrier they use.")
    String retiredUnknown();

    @Message("history-service could not be asked: a ported number may show its old carrier, and live channel health is missing.")
    String historyUnavailable();

    @Message("The catalog could not be read: carriers and channels are unknown for now.")
    String catalogUnavailable();

    @Message("The carrier serving this number is not known: channels of every carrier are shown. Ask the owner which carrier they use.")
    String carrierUnknown();

    @Message("Takes {methods}, which you have.")
    String reasonPaymentFits(String methods);

    @Message("Tops up {carrier}.")
    String reasonServesCarrier(String carrier);

    @Message("The balance shows the money within about {minutes} min.")
    String reasonTimeToCredit(int minutes);

    @Message("Open now (Baku time).")
    String reasonOpen();

    @Message("Closed at that time (Baku time): it opens {day} at {opens}.")
    String reasonClosed(String day, String opens);

    @Message("Online: no need to go anywhere.")
    String reasonOnline();

    @Message("In {city}.")
    String reasonInCity(String city);

    @Message("No fee.")
    String reasonNoFee();

    @Message("Fee: {fee} AZN.")
    String reasonFee(String fee);

    @Message("Gives no change: bring the exact amount in small notes.")
    String reasonNoChange();

    @Message("{amount} AZN is not possible here; the nearest possible amount is {suggested} AZN.")
    String reasonAmountAdjusted(String amount, String suggested);

    @Message("Working well right now ({rate}% of top-ups went through in the last hour).")
    String reasonHealthOk(int rate);

    @Message("Having trouble right now: only {rate}% of top-ups went through in the last hour.")
    String warningDegraded(int rate);

    @Message("Failing right now: only {rate}% of top-ups went through in the last hour. Use another way if you can.")
    String warningDown(int rate);

    @Message("These facts come from a source Balans has not verified; check on the spot.")
    String warningUnverified();

    @Message("Promotion: {text}")
    String reasonPromotion(String text);

    @Message("Needs {methods}, and you have none of these.")
    String excludedPayment(String methods);

    @Message("Only in {cities}, not in {city}.")
    String excludedCity(String cities, String city);

    @Message("Does not top up this number's carrier.")
    String excludedCarrier();

    @Message("cash")
    String methodCash();

    @Message("a local card")
    String methodLocalCard();

    @Message("a foreign card")
    String methodInternationalCard();

    @Message("an e-wallet")
    String methodWallet();

    @Message("or")
    String or();
}
