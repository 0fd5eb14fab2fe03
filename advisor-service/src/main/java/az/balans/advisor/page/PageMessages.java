package az.balans.advisor.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the page people use ({@code {page:key}} in the templates). English here; az, ru and
 * zh in src/main/resources/messages/page_{az,ru,zh}.properties, which a test holds to the same keys.
 * The advice itself (reasons, causes, remedies) comes from the service layer in the same language.
 */
@MessageBundle(value = "page", locale = "en")
public interface PageMessages {

    // layout
    @Message("Balans: top up an Azerbaijani mobile number")
    String title();

    @Message(
            "Which carrier a number is on, where to top it up with what you have, and why a top-up failed.")
    String tagline();

    @Message("Skip to the content")
    String skipToContent();

    @Message("Sections")
    String navLabel();

    @Message("Top up")
    String navTopUp();

    @Message("My top-up failed")
    String navFailed();

    @Message("Channel status")
    String navStatus();

    @Message("Language")
    String languageLabel();

    // each language's name in itself, the same in every bundle
    @Message("English")
    String languageEn();

    @Message("Azərbaycanca")
    String languageAz();

    @Message("Русский")
    String languageRu();

    @Message("中文")
    String languageZh();

    @Message(
            "Balans answers from its catalog of carriers and channels and from the live stream of top-ups. Times are Baku time (UTC+4).")
    String footer();

    @Message("Please note")
    String warningsHeading();

    // the number
    @Message("Mobile number")
    String numberLabel();

    @Message("In any form: 050 123 45 67, +994 50 123 45 67 or 994501234567.")
    String numberHint();

    @Message("Check the number")
    String checkNumber();

    @Message("The number")
    String numberHeading();

    @Message("International form")
    String e164Label();

    @Message("National form")
    String nationalLabel();

    @Message("Corrected for you")
    String correctionsLabel();

    @Message("removed the 0 after +994")
    String correctionREMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE();

    @Message("added the +")
    String correctionADDED_PLUS();

    @Message("replaced 00 with +")
    String correctionREPLACED_00_WITH_PLUS();

    @Message("read the national form (0 and 9 digits)")
    String correctionNATIONAL_FORM();

    @Message("took it for an Azerbaijani number")
    String correctionASSUMED_AZERBAIJAN();

    @Message("turned special characters into plain digits")
    String correctionNORMALISED_CHARACTERS();

    @Message("Range belongs to")
    String rangeHolderLabel();

    @Message("Served by")
    String servingLabel();

    @Message("Moved here from the carrier that holds its range.")
    String servingFromHistory();

    @Message("By its prefix: a number moved to another carrier would not show here.")
    String servingFromRange();

    @Message("not known")
    String servingUnknown();

    @Message("Check the balance")
    String balanceCodeLabel();

    @Message("This number cannot be topped up as written")
    String numberInvalidHeading();

    // the top-up form
    @Message("Top up a number")
    String topUpHeading();

    @Message("What do you have to pay with?")
    String methodsLegend();

    @Message("Cash (manat)")
    String methodCash();

    @Message("An Azerbaijani bank card")
    String methodLocalCard();

    @Message("A foreign bank card")
    String methodInternationalCard();

    @Message("An e-wallet")
    String methodWallet();

    @Message("Nothing at hand: no money, no card, no balance")
    String methodNothing();

    @Message("Choose at least one way to pay, or \"Nothing at hand\".")
    String methodsRequired();

    @Message("What someone else can do for you")
    String someoneElseHeading();

    @Message(
            "Someone anywhere can top up your number with a bank card. Copy this message and send it to them; it has your number and the steps.")
    String someoneElseHint();

    @Message("The message to send")
    String someoneElseMessageLabel();

    @Message("Someone near you can also do this, on their phone")
    String nearbyHeading();

    @Message("Copy the message")
    String copyMessage();

    @Message("Copied.")
    String messageCopied();

    @Message("Share the message")
    String shareMessage();

    @Message("Offline: what Balans kept on this phone")
    String offlineHeading();

    @Message(
            "You are offline. Balans answers from what it kept on this phone on {savedAt} (Baku time): what needs no data. It may have changed since.")
    String offlineNotice(String savedAt);

    @Message(
            "Range holder: {carrier}. Balance: {balanceCode}. A number moved to another carrier keeps its range: check once you are online.")
    String offlineHolder(String carrier, String balanceCode);

    @Message("With nothing at hand")
    String offlineWaysOut();

    @Message("With cash: a scratch card or a payment kiosk")
    String offlineWithCash();

    @Message(
            "Balans kept nothing for this number: it is not in the ranges of the carriers it knows. Check the number, or ask again once you are online.")
    String offlineUnknownNumber();

    @Message("Amount in manat (optional)")
    String amountLabel();

    @Message("For example 5 or 5.50. Empty: any amount.")
    String amountHint();

    @Message("Write the amount as a number such as 5 or 5.50.")
    String amountInvalid();

    @Message("City (optional)")
    String cityLabel();

    @Message("For example Baku or Ganja. Empty: anywhere.")
    String cityHint();

    @Message("Day")
    String dayLabel();

    @Message("Today")
    String today();

    @Message("Tomorrow")
    String tomorrow();

    @Message("Time in Baku (optional)")
    String timeLabel();

    @Message("HH:MM, for example 09:00. Empty: now.")
    String timeHint();

    @Message("Write the time as HH:MM, for example 09:00.")
    String timeInvalid();

    @Message("Show the ways to top up")
    String showOptions();

    // the options
    @Message("Ways to top up, best first")
    String optionsHeading();

    @Message("For {when}, Baku time.")
    String optionsFor(String when);

    @Message("No channel fits what you have. See the channels left out below, and why.")
    String noOptions();

    @Message("Open now")
    String openNow();

    @Message("Closed now")
    String closedNow();

    @Message("Opening hours not published")
    String hoursUnknown();

    @Message("Where this comes from")
    String sourcesHeading();

    @Message("the carrier's or provider's own page, checked on {date}")
    String sourceConfirmed(String date);

    @Message("a secondary source, checked on {date}")
    String sourceReported(String date);

    @Message("last checked on {date}: it may have changed since")
    String sourceStale(String date);

    @Message("Pay {amount} manat")
    String payAmount(String amount);

    @Message("Money arrives within about {minutes} min")
    String arrivesWithin(int minutes);

    @Message("Time to arrive not known")
    String arrivesUnknown();

    @Message("Fee: {fee} manat")
    String fee(String fee);

    @Message("No fee")
    String feeNone();

    @Message("Fee not published: ask before paying")
    String feeUnknown();

    @Message("Live status")
    String liveStatusLabel();

    @Message("Why")
    String reasonsHeading();

    @Message("Take care")
    String optionWarningsHeading();

    @Message("Steps")
    String stepsHeading();

    @Message("Promotions")
    String promotionsHeading();

    @Message("Left out ({count}), and why")
    String excludedHeading(int count);

    // statuses, in words
    @Message("Working")
    String statusOk();

    @Message("Having trouble")
    String statusDegraded();

    @Message("Failing")
    String statusDown();

    @Message("No live data")
    String statusUnknown();

    // the failure form
    @Message("My top-up failed")
    String failedHeading();

    @Message("Where did you pay? (optional)")
    String channelLabel();

    @Message("I don't know, or somewhere else")
    String channelNotKnown();

    @Message("Amount in manat (optional)")
    String failedAmountLabel();

    @Message("What happened, in your own words (optional)")
    String descriptionLabel();

    @Message("For example: the kiosk took the money but the balance did not change.")
    String descriptionHint();

    @Message("Failure code, if you were given one (optional)")
    String failureCodeLabel();

    @Message("Attempt id, if you have one (optional)")
    String attemptLabel();

    @Message("Only the number's subscriber or a support agent, signed in, can look up an attempt.")
    String attemptHint();

    @Message(
            "Looking up an attempt needs you to sign in as the number's subscriber or as support. Leave it empty to get an answer without it.")
    String attemptNeedsSignIn();

    @Message("There is no such attempt for this number.")
    String attemptNotFound();

    @Message("Find out why")
    String diagnose();

    @Message("Likely causes, most likely first")
    String causesHeading();

    @Message("Likelihood: about {percent}%")
    String likelihood(int percent);

    @Message("What points to it")
    String evidenceHeading();

    @Message("What to do now")
    String remedyHeading();

    @Message("How to top up through {channel}")
    String alternativeHeading(String channel);

    // evidence in plain words
    @Message("The number as written: {value}")
    String factNumberProblem(String value);

    @Message("The number had to be corrected before it could be used.")
    String factNumberCorrections();

    @Message("The failure code: {value}")
    String factFailureCode(String value);

    @Message("The top-up was paid to: {value}")
    String factAttemptCarrier(String value);

    @Message("The carrier that serves the number now: {value}")
    String factServingCarrier(String value);

    @Message("The carrier that holds the number's range: {value}")
    String factRangeHolder(String value);

    @Message("The amounts this channel accepts, in the catalog")
    String factChannelAmounts(String value);

    @Message("The amount: {value} manat")
    String factAmount(String value);

    @Message("You wrote: “{value}”")
    String factDescription(String value);

    @Message("Paid with {method}, which this channel does not take")
    String factAttemptPaymentMethod(String method);

    @Message("An earlier top-up of the same amount went through shortly before.")
    String factRecentAttempt(String value);

    @Message("The channel's status over the last hour: {value}")
    String factChannelHealth(String value);

    @Message("Balans's record of this top-up: {value}")
    String factAttemptState(String value);

    @Message("The top-up was requested on {value} (Baku time).")
    String factAttemptRequestedAt(String value);

    @Message("{minutes} min")
    String durationMinutes(int minutes);

    /** A top-up's state and how long it has been in it. */
    @Message("{state}, {duration}")
    String stateFor(String state, String duration);

    @Message("The channel sells scratch cards.")
    String factChannelKind();

    @Message("Nothing points to a more specific cause.")
    String factNone();

    // words that stand for codes in the evidence

    @Message("requested, not finished")
    String stateRequested();

    @Message("went through")
    String stateSucceeded();

    @Message("failed")
    String stateFailed();

    @Message("reversed")
    String stateReversed();

    @Message("none")
    String none();

    @Message("retired")
    String retired();

    // the status board
    @Message("Channel status")
    String statusHeading();

    @Message(
            "How each way to top up is doing: over the last hour, and its success rate hour by hour over the last 24 hours.")
    String statusIntro();

    @Message("Channel")
    String channelColumn();

    @Message("Carriers")
    String carriersColumn();

    @Message("Last hour")
    String lastHourColumn();

    @Message("Last 24 hours")
    String last24Column();

    @Message("{rate}% of {attempts} top-ups went through")
    String successRate(int rate, long attempts);

    @Message("No top-ups seen")
    String noTopUpsSeen();

    @Message("Half credited within {seconds} s")
    String medianCredit(long seconds);

    @Message(
            "{name}: success rate per hour over the last 24 hours, {known} of 24 hours with data, lowest {lowest}%")
    String chartLabel(String name, int known, int lowest);

    @Message("{name}: no top-ups seen in the last 24 hours")
    String chartEmpty(String name);
}
