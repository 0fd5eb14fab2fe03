package az.balans.advisor.i18n;

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

    @Message(
            "Too short: an Azerbaijani mobile number has 9 digits after +994 (050 123 45 67). A digit is missing.")
    String numberTooShort();

    @Message(
            "Too long: an Azerbaijani mobile number has 9 digits after +994 (050 123 45 67). There is a digit too many.")
    String numberTooLong();

    @Message(
            "No Azerbaijani mobile operator uses this prefix. Mobile numbers start with 010, 050, 051, 055, 060, 070, 077 or 099: check the first digits.")
    String numberUnknownPrefix();

    @Message(
            "This is a landline number, and landlines are not topped up. Check that this is the mobile number.")
    String numberNotMobile();

    @Message("Ported: the range belongs to {holder}, but the number is now served by {serving}.")
    String ported(String holder, String serving);

    @Message(
            "{holder} stopped all services on {date}. Its numbers were either ported to Azercell, Bakcell or Nar, or cancelled.")
    String retiredHolder(String holder, String date);

    @Message("This one was ported to {serving}.")
    String retiredPortedTo(String serving);

    @Message(
            "Balans does not know which carrier serves it now: ask the owner which carrier they use.")
    String retiredUnknown();

    @Message(
            "Our support team looked into this top-up: the money reached the balance, later than usual. Check the balance now.")
    String supportFoundCreditedLate();

    @Message(
            "Our support team looked into this top-up: the provider refunded the payment, so the money is back where it was paid from. You can top up again.")
    String supportFoundRefundedByProvider();

    @Message(
            "Our support team looked into this top-up and has told you what they found. Ask them again if anything is unclear.")
    String supportFoundCustomerTold();

    @Message(
            "Our support team looked into this top-up and has asked the carrier to check it. They will tell you what the carrier says.")
    String supportFoundEscalatedToCarrier();

    @Message(
            "Balans could not read its records of past top-ups just now: a number moved to another carrier may show its old one, and how well each way works right now is missing.")
    String historyUnavailable();

    @Message(
            "How well each way works right now was last known {seconds} s ago: the ways are ranked without it.")
    String healthStale(long seconds);

    @Message(
            "Balans could not read its list of carriers and ways to top up just now: try again in a minute.")
    String catalogUnavailable();

    @Message(
            "The carrier serving this number is not known: channels of every carrier are shown. Ask the owner which carrier they use.")
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

    @Message("Fee not published: ask before paying.")
    String reasonFeeUnknown();

    @Message(
            "Needs nothing at hand: the carrier lends you the money. Dial from your phone, with no balance and no data.")
    String reasonNothingNeeded();

    @Message("What it costs: {costs}.")
    String reasonAdvanceCost(String costs);

    @Message("{lent} AZN now, {payBack} AZN taken back from your next top-up")
    String advanceCostOf(String lent, String payBack);

    @Message(
            "What it costs: {percent}% of what you take, and {fixed} AZN a request, taken back from your next top-up.")
    String reasonAdvanceFee(String percent, String fixed);

    @Message(
            "Hello! My phone balance is at zero and I have nothing to top it up with. Could you top up my {carrier} number {number} for me? It can be done from anywhere with a bank card:")
    String someoneElseAsk(String carrier, String number);

    @Message("Thank you!")
    String someoneElseThanks();

    @Message(
            "\"Nothing at hand\" goes alone: leave out the other ways to pay, or leave out \"nothing\".")
    String nothingAtHandAlone();

    @Message("Opening hours not published: check before you go.")
    String reasonHoursUnknown();

    @Message("Some of this was last checked on {date}: it may have changed since.")
    String warningLastChecked(String date);

    @Message("Gives no change: bring the exact amount in small notes.")
    String reasonNoChange();

    @Message("{amount} AZN is not possible here; the nearest possible amount is {suggested} AZN.")
    String reasonAmountAdjusted(String amount, String suggested);

    @Message("Working well right now ({rate}% of top-ups went through in the last hour).")
    String reasonHealthOk(int rate);

    @Message("Having trouble right now: only {rate}% of top-ups went through in the last hour.")
    String warningDegraded(int rate);

    @Message(
            "Failing right now: only {rate}% of top-ups went through in the last hour. Use another way if you can.")
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

    @Message("The number as typed is not valid: {detail}")
    String causeNumberInvalid(String detail);

    @Message("Type the number as +994 and 9 digits, for example +994 50 123 45 67, and try again.")
    String remedyNumberInvalid();

    @Message(
            "The number was written in a form some payment systems reject (a 0 after +994, or no +).")
    String causeNumberMisformatted();

    @Message("Enter it exactly as {e164}.")
    String remedyNumberMisformatted(String e164);

    @Message(
            "The payment went to {paid}, but this number is now served by {serving}: numbers can move between carriers.")
    String causeWrongCarrier(String paid, String serving);

    @Message("Top up through {serving}: choose {serving} when you pay, or use its channels.")
    String remedyWrongCarrier(String serving);

    @Message(
            "The number is in {holder}'s range, and {holder} no longer operates: the number moved to another carrier, or was cancelled.")
    String causeRetiredRange(String holder);

    @Message("Ask the owner which carrier they use now, and top up with that carrier.")
    String remedyRetiredRange();

    @Message("The payment system could not tell which carrier the number belongs to.")
    String causeCarrierNotDetectable();

    @Message("Choose the carrier yourself (Azercell, Bakcell or Nar) when you pay.")
    String remedyCarrierNotDetectable();

    @Message("{amount} AZN is not an amount this channel accepts.")
    String causeAmount(String amount);

    @Message("Pay {suggested} AZN instead.")
    String remedyAmount(String suggested);

    @Message("The carrier refused the number: the line is barred or inactive.")
    String causeLineBarred();

    @Message(
            "Contact the carrier's support: the line must be reactivated before a top-up can go through.")
    String remedyLineBarred();

    @Message("The number was topped up very recently, or reached the day's limit.")
    String causeTooFrequent();

    @Message("Wait a few minutes (until tomorrow for a daily limit), then try again.")
    String remedyTooFrequent();

    @Message(
            "The same amount to this number already went through on {time} (Baku time): this looks like a repeat.")
    String causeDuplicate(String time);

    @Message("Do not pay again. Check the balance first: {balanceCode}.")
    String remedyDuplicate(String balanceCode);

    @Message(
            "{channel} is failing for everyone right now: only {rate}% of top-ups went through in the last hour.")
    String causeChannelDown(String channel, int rate);

    @Message("The payment provider or the carrier did not answer in time.")
    String causeProviderDown();

    @Message(
            "Check the balance before retrying; if the money did not arrive, use another way to top up, or try later.")
    String remedyChannelDown();

    @Message(
            "The payment itself was refused: the card was declined, or this channel does not take what you paid with.")
    String causePaymentRefused();

    @Message("Pay another way (cash at a kiosk, another card) or through another channel.")
    String remedyPaymentRefused();

    @Message(
            "The top-up is still in progress: this channel takes up to about {minutes} min, and it began {elapsed} min ago.")
    String causePending(int minutes, int elapsed);

    @Message("Wait a little, then check the balance: {balanceCode}. Do not pay again meanwhile.")
    String remedyPending(String balanceCode);

    @Message(
            "The top-up went through, but a debt, a credit advance or a monthly fee may have been taken from it first.")
    String causeCreditedButMissing();

    @Message(
            "The top-up went through, but a debt, a monthly fee or a credit advance may have been taken from it first. If you took {advance} ({dialCode}), this top-up paid it back first, with its fee: {terms}")
    String causeCreditAdvancePaidBack(String advance, String dialCode, String terms);

    @Message("Check the balance and recent charges: {balanceCode}.")
    String remedyCreditedButMissing(String balanceCode);

    @Message("The balance may have expired: each top-up buys a period of validity.")
    String causeBalanceExpired();

    @Message("Top up again within the grace period; the carrier's support can restore the line.")
    String remedyBalanceExpired();

    @Message(
            "A scratch card fails when it was already used, or after three wrong entries (blocked for 24 hours).")
    String causeScratchCard();

    @Message(
            "Check the card's serial (Azercell: send it by SMS to 1003), and wait 24 hours after wrong entries.")
    String remedyScratchCard();

    @Message("The top-up went through and was then reversed by the payment system.")
    String causeReversed();

    @Message("Ask the payment system for the refund, or top up again.")
    String remedyReversed();

    @Message("An unstable connection can interrupt a payment half way.")
    String causeNetwork();

    @Message(
            "Check your connection, then the balance; retry only if the money did not arrive, and contact the carrier's support if it still fails.")
    String remedyNetwork();

    @Message("the carrier's balance code")
    String balanceCodeUnknown();

    @Message(
            "The provider did not answer in time, so it is not known yet whether the top-up went through: the money may still arrive.")
    String causeOutcomeUnknown();

    @Message("Do not pay again yet: check the balance first ({balanceCode}).")
    String remedyOutcomeUnknown(String balanceCode);

    @Message(
            "Do not pay again yet: check the balance first ({balanceCode}). Only if the money has not arrived, top up through {channel} instead.")
    String remedyOutcomeUnknownThrough(String balanceCode, String channel);

    @Message(
            "Check the balance ({balanceCode}); if the money did not arrive, top up through {channel} instead.")
    String remedyChannelDownThrough(String balanceCode, String channel);

    @Message("Pay through {channel} instead: it takes {methods}.")
    String remedyPaymentRefusedThrough(String channel, String methods);

    @Message("{channel} also tops up this number.")
    String remedyAlsoThrough(String channel);

    @Message(
            "This top-up has been in progress for {elapsed} min, longer than the {minutes} min it usually takes.")
    String causeOverdue(int minutes, int elapsed);

    @Message(
            "Do not pay again. Check the balance ({balanceCode}); if the money has not arrived, contact {carrier}: {route}.")
    String remedyOverdue(String balanceCode, String carrier, String route);

    @Message(
            "Do not pay again. Check the balance ({balanceCode}); if the money has not arrived, contact the carrier's support.")
    String remedyOverdueNoRoute(String balanceCode);

    @Message("Safe to try again now.")
    String retryNow();

    @Message("Wait {minutes} min, then try again.")
    String retryAfterMinutes(int minutes);

    @Message("Wait {hours} h, then try again.")
    String retryAfterHours(int hours);

    @Message("Try again later: nobody publishes how long to wait.")
    String retryLaterUnpublished();

    @Message("Do not pay again before you have checked the balance ({balanceCode}).")
    String retryCheckNow(String balanceCode);

    @Message("Do not pay again yet: wait {minutes} min, then check the balance ({balanceCode}).")
    String retryCheckAfter(int minutes, String balanceCode);

    @Message("Do not try the same top-up again: it will fail the same way.")
    String retryNever();

    @Message("You may have typed another number than the one you meant.")
    String causeNumberMistyped();

    @Message(
            "Check that {number} is the number you meant. A top-up sent to another number can only be undone by the payment system: ask it.")
    String remedyNumberMistyped(String number);

    @Message("The top-up may have been sent to another carrier than the one serving the number.")
    String causeWrongCarrierSaid();

    @Message("The amount may be outside what the channel accepts.")
    String causeAmountSaid();

    @Message("Check the channel's smallest and largest amount, and pay an amount between them.")
    String remedyAmountLimits();

    @Message("The same top-up may have been paid twice.")
    String causeDuplicateSaid();

    @Message("The top-up may still be on its way: some channels take up to half an hour.")
    String causePendingSaid();
}
