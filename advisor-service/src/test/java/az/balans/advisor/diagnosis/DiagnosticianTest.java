package az.balans.advisor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.HistoryAttempt;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.i18n.AdvisorMessages;
import az.balans.advisor.number.KnownNumber;
import az.balans.advisor.number.NumberAnalysis;
import az.balans.advisor.recommendation.Recommendation;
import az.balans.platform.money.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per known cause of a failed top-up, plus the free text in each language. */
class DiagnosticianTest {

    private static final AdvisorMessages KEYS =
            (AdvisorMessages)
                    Proxy.newProxyInstance(
                            AdvisorMessages.class.getClassLoader(),
                            new Class<?>[] {AdvisorMessages.class},
                            (proxy, method, args) ->
                                    method.getName() + (args == null ? "" : Arrays.toString(args)));
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final KnownNumber.Carrier AZERCELL =
            new KnownNumber.Carrier("azercell", "Azercell", "active", null, "2112");
    private static final KnownNumber.Carrier BAKCELL =
            new KnownNumber.Carrier("bakcell", "Bakcell", "active", null, "*100#YES");
    private static final KnownNumber.Carrier NAXTEL =
            new KnownNumber.Carrier("naxtel", "Naxtel", "retired", null, null);

    private static final AdvisorConfig.Diagnosis SETTINGS =
            new AdvisorConfig.Diagnosis() {
                @Override
                public Duration timeToCreditWhenUnknown() {
                    return Duration.ofMinutes(30);
                }

                @Override
                public Duration duplicateWindow() {
                    return Duration.ofMinutes(15);
                }
            };
    private static final Diagnosis.Alternative KIOSK =
            new Diagnosis.Alternative(
                    "emanat-kiosk",
                    "E-manat",
                    List.of("cash"),
                    List.of("reasonPaymentFits[cash]"),
                    List.of("Choose Azercell"));

    private final Diagnostician diagnostician =
            new Diagnostician(
                    SETTINGS, DescriptionReader.standard(), language -> KEYS, Duration.ofDays(180));

    @Test
    void malformedNumber() {
        KnownNumber invalid =
                new KnownNumber(
                        "050 123",
                        null,
                        null,
                        false,
                        NumberAnalysis.Problem.TOO_SHORT,
                        "too short",
                        List.of(),
                        null,
                        null,
                        KnownNumber.ServingCarrierSource.UNKNOWN,
                        null,
                        List.of(),
                        List.of());
        assertFirst("MALFORMED_NUMBER", diagnose(evidence(invalid)));
        KnownNumber strayZero =
                new KnownNumber(
                        "+994 050 123 45 67",
                        "+994501234567",
                        "050 123 45 67",
                        true,
                        null,
                        null,
                        List.of(NumberAnalysis.Correction.REMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE),
                        AZERCELL,
                        AZERCELL,
                        KnownNumber.ServingCarrierSource.RANGE,
                        null,
                        List.of(),
                        List.of());
        Diagnosis.Cause cause =
                assertFirst(
                        "MALFORMED_NUMBER",
                        diagnose(evidence(strayZero).failureCode("INVALID_RECIPIENT_PHONE")));
        assertEquals("remedyNumberMisformatted[+994501234567]", cause.remedy());
    }

    @Test
    void wrongCarrierForAPortedNumber() {
        KnownNumber ported = valid("+994604567890", NAXTEL, BAKCELL, "history");
        Diagnosis.Cause cause =
                assertFirst(
                        "WRONG_CARRIER",
                        diagnose(
                                evidence(ported)
                                        .attempt(
                                                attempt(
                                                        "failed",
                                                        "azercell",
                                                        "millon-kiosk",
                                                        "10.00",
                                                        NOW.minusSeconds(600),
                                                        null,
                                                        "RechargeNotAllowed"))));
        assertTrue(
                cause.evidence().contains(new Diagnosis.Fact(FactKind.ATTEMPT_CARRIER, "azercell")),
                cause.toString());
        // the carrier paid is named as people know it, never by its id
        assertEquals("causeWrongCarrier[Azercell, Bakcell]", cause.explanation());
        assertEquals("remedyWrongCarrier[Bakcell]", cause.remedy());
    }

    @Test
    void aNeverPortedExNaxtelNumberIsAWrongCarrierOrABarredLine() {
        List<Diagnosis.Cause> causes =
                diagnose(evidence(valid("+994604000001", NAXTEL, null, "unknown")));
        assertEquals(CauseCode.WRONG_CARRIER, causes.get(0).code());
        assertTrue(causes.stream().anyMatch(c -> c.code() == CauseCode.LINE_BARRED));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "COULD_NOT_AUTO_DETECT_OPERATOR, CARRIER_NOT_DETECTABLE",
        "INVALID_AMOUNT_FOR_OPERATOR, AMOUNT_OUT_OF_RANGE",
        "ParameterOutOfRange, AMOUNT_OUT_OF_RANGE",
        "DECLINED-BARRED-CREDIT-PARTY, LINE_BARRED",
        "PHONE_RECENTLY_RECHARGED, TOO_FREQUENT",
        // Reloadly: a daily limit of the reseller's account; Ding: the reseller's calls. Neither is
        // the number's
        "MAX_DAILY_TRANSACTION_COUNT_REACHED, CHANNEL_DOWN",
        "RateLimited, CHANNEL_DOWN",
        // DT One: the carrier's cumulative limit on the number, not an amount out of range
        "DECLINED-LIMITATIONS-ON-CREDIT-PARTY-AMOUNT, TOO_FREQUENT",
        "DuplicateTransactionPrevented, DUPLICATE",
        "ProviderTimedOut, CHANNEL_DOWN",
        "TransientProviderError, CHANNEL_DOWN",
        "OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE, CHANNEL_DOWN",
        "CARD_DECLINED, PAYMENT_REFUSED"
    })
    void theCommercialApisCodesMapToTheirCause(String code, String cause) {
        Diagnosis.Cause first = assertFirst(cause, diagnose(evidence().failureCode(code)));
        assertTrue(first.evidence().contains(new Diagnosis.Fact(FactKind.FAILURE_CODE, code)));
    }

    @Test
    void anAmountTheChannelDoesNotTake() {
        Diagnosis.Cause cause =
                assertFirst(
                        "AMOUNT_OUT_OF_RANGE",
                        diagnose(evidence().channel("azercell-scratch-card").amount("7.00")));
        assertEquals("remedyAmount[10.00]", cause.remedy());
    }

    @Test
    void theSameAmountSucceededMinutesAgo() {
        HistoryAttempt earlier =
                attempt(
                        "succeeded",
                        "azercell",
                        "millon-kiosk",
                        "10.00",
                        NOW.minusSeconds(400),
                        NOW.minusSeconds(360),
                        null);
        Diagnosis.Cause cause =
                assertFirst(
                        "DUPLICATE",
                        diagnose(
                                evidence()
                                        .channel("millon-kiosk")
                                        .amount("10.00")
                                        .description("I paid twice?")
                                        .recent(earlier)));
        assertEquals("remedyDuplicate[2112]", cause.remedy());
    }

    @Test
    void thePersonsOwnRecordOutranksTheChannelsHealth() {
        HistoryAttempt earlier =
                attempt(
                        "succeeded",
                        "azercell",
                        "millon-kiosk",
                        "10.00",
                        NOW.minusSeconds(240),
                        NOW.minusSeconds(180),
                        null);
        for (String status : List.of("degraded", "down")) {
            Map<String, ChannelHealth> health =
                    Map.of(
                            "millon-kiosk",
                            new ChannelHealth("millon-kiosk", 60, 0.3, 40.0, null, status));
            List<Diagnosis.Cause> causes =
                    diagnose(
                            evidence()
                                    .channel("millon-kiosk")
                                    .amount("10.00")
                                    .health(health)
                                    .recent(earlier));
            assertEquals(
                    List.of(CauseCode.DUPLICATE, CauseCode.CHANNEL_DOWN),
                    causes.stream().map(Diagnosis.Cause::code).toList(),
                    status);
            // even when the provider also timed out, the top-up that went through 3 minutes ago
            // comes first
            assertFirst(
                    "DUPLICATE",
                    diagnose(
                            evidence()
                                    .channel("millon-kiosk")
                                    .amount("10.00")
                                    .health(health)
                                    .recent(earlier)
                                    .failureCode("NoAnswerYet")));
        }
    }

    @Test
    void aChannelFailingForEveryone() {
        Map<String, ChannelHealth> health =
                Map.of(
                        "millon-kiosk",
                        new ChannelHealth("millon-kiosk", 60, 0.2, 40.0, null, "down"));
        Diagnosis.Cause cause =
                assertFirst(
                        "CHANNEL_DOWN",
                        diagnose(evidence().channel("millon-kiosk").health(health)));
        assertEquals("causeChannelDown[MilliÖN, 20]", cause.explanation());
    }

    @Test
    void stillPendingWithinTheChannelsTimeToCredit() {
        Diagnosis.Cause cause =
                assertFirst(
                        "PENDING",
                        diagnose(
                                evidence()
                                        .attempt(
                                                attempt(
                                                        "requested",
                                                        "azercell",
                                                        "millon-kiosk",
                                                        "10.00",
                                                        NOW.minusSeconds(300),
                                                        null,
                                                        null))
                                        .description("деньги не пришли")));
        assertEquals("causePending[30, 5]", cause.explanation());
    }

    @Test
    void creditedButNotSeenPointsToTheBalanceCode() {
        Diagnosis.Cause cause =
                assertFirst(
                        "CREDITED_BUT_MISSING",
                        diagnose(
                                evidence(valid("+994551234567", BAKCELL, BAKCELL, "range"))
                                        .attempt(
                                                attempt(
                                                        "succeeded",
                                                        "bakcell",
                                                        "millon-kiosk",
                                                        "10.00",
                                                        NOW.minusSeconds(3600),
                                                        NOW.minusSeconds(3550),
                                                        null))
                                        .description("pul balansa düşmədi")));
        assertEquals("remedyCreditedButMissing[*100#YES]", cause.remedy());
        // Bakcell lends credit that a top-up pays back first: the explanation names it, its code
        // and its terms, and cites the page that says so
        assertEquals(
                "causeCreditAdvancePaidBack[KlassKredit, *250*1#, Paid back first, with 20%.]",
                cause.explanation());
        assertEquals(
                List.of("https://www.bakcell.com/en/klasskredit"),
                cause.sources().stream().map(Recommendation.Source::url).distinct().toList());

        // a carrier with no credit advance in the catalog: the general explanation
        Diagnosis.Cause azercell =
                assertFirst(
                        "CREDITED_BUT_MISSING",
                        diagnose(
                                evidence()
                                        .attempt(
                                                attempt(
                                                        "succeeded",
                                                        "azercell",
                                                        "millon-kiosk",
                                                        "10.00",
                                                        NOW.minusSeconds(3600),
                                                        NOW.minusSeconds(3550),
                                                        null))));
        assertEquals("causeCreditedButMissing", azercell.explanation());
        assertEquals(List.of(), azercell.sources());
    }

    @Test
    void aReversedTopUp() {
        assertFirst(
                "REVERSED",
                diagnose(
                        evidence()
                                .attempt(
                                        attempt(
                                                "reversed",
                                                "azercell",
                                                "millon-kiosk",
                                                "10.00",
                                                NOW.minusSeconds(7200),
                                                NOW.minusSeconds(7100),
                                                null))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "my balance expired                | BALANCE_EXPIRED",
                "余额过期了                          | BALANCE_EXPIRED",
                "the scratch card does not work    | SCRATCH_CARD",
                "充值卡用不了                        | SCRATCH_CARD",
                "моя карта отклонена               | PAYMENT_REFUSED",
                "kart rədd edildi                  | PAYMENT_REFUSED",
                "пропала сеть во время оплаты      | NETWORK_INTERRUPTED",
                "网络断了                            | NETWORK_INTERRUPTED",
                "номер заблокирован                | LINE_BARRED"
            })
    void whatThePersonWroteInAnyLanguageCounts(String description, String cause) {
        assertFirst(cause, diagnose(evidence().description(description)));
    }

    @Test
    void moneyGoneButNoBalanceInAzerbaijaniIsCreditedButMissingWithoutAnAttemptId() {
        Diagnosis.Cause cause =
                assertFirst(
                        "CREDITED_BUT_MISSING",
                        diagnose(evidence().description("pul gəldi amma balans artmadı")));
        assertEquals(
                List.of(new Diagnosis.Fact(FactKind.DESCRIPTION, "pul … balans artmadı")),
                cause.evidence());
        assertEquals("remedyCreditedButMissing[2112]", cause.remedy());
    }

    @Test
    void aCardTheChannelDoesNotTakeIsNamedAsTheAttemptsPaymentMethod() {
        Diagnosis.Cause cause =
                assertFirst(
                        "PAYMENT_REFUSED",
                        diagnose(
                                evidence()
                                        .attempt(
                                                new HistoryAttempt(
                                                        "att-card",
                                                        "+994501234567",
                                                        "failed",
                                                        false,
                                                        "azercell",
                                                        "millon-kiosk",
                                                        "international-card",
                                                        new Money("10.00", "AZN"),
                                                        NOW.minusSeconds(600),
                                                        null,
                                                        NOW.minusSeconds(590),
                                                        null,
                                                        null,
                                                        null,
                                                        NOW.minusSeconds(590),
                                                        null))));
        assertEquals(
                List.of(new Diagnosis.Fact(FactKind.ATTEMPT_PAYMENT_METHOD, "international-card")),
                cause.evidence());
    }

    @Test
    void aScratchCardChannelWithAFailure() {
        assertTrue(
                diagnose(
                                evidence()
                                        .channel("azercell-scratch-card")
                                        .failureCode("ProviderTimedOut"))
                        .stream()
                        .anyMatch(c -> c.code() == CauseCode.SCRATCH_CARD));
    }

    @Test
    void onAScratchCardChannelTheCardIsTheScratchCardNotAPaymentCard() {
        List<Diagnosis.Cause> causes =
                diagnose(
                        evidence()
                                .channel("azercell-scratch-card")
                                .description("I bought a card but it did not work"));
        assertFirst("SCRATCH_CARD", causes);
        assertTrue(
                causes.stream().noneMatch(c -> c.code() == CauseCode.PAYMENT_REFUSED),
                causes.toString());
    }

    @Test
    void withNothingSpecificTheArticlesAdviceRemains() {
        Diagnosis.Cause cause = assertFirst("NETWORK_INTERRUPTED", diagnose(evidence()));
        assertTrue(cause.likelihood() < 0.5);
    }

    @Test
    void anOutcomeNotYetKnownNeverInvitesASecondPaymentBeforeTheCheck() {
        Diagnosis.Cause cause =
                assertFirst(
                        "CHANNEL_DOWN",
                        diagnose(
                                evidence()
                                        .alternative(KIOSK)
                                        .channel("millon-kiosk")
                                        .failureCode("NoAnswerYet")));
        assertEquals("causeOutcomeUnknown", cause.explanation());
        // the provider's 90 seconds, rounded up: check the balance before anything is paid again,
        // and only then go elsewhere
        assertEquals(
                new Diagnosis.Retry(
                        Diagnosis.RetryAdvice.CHECK_FIRST, 2, "retryCheckAfter[2, 2112]"),
                cause.retry());
        assertEquals("remedyOutcomeUnknownThrough[2112, E-manat]", cause.remedy());
        assertEquals(KIOSK, cause.alternative());
    }

    /** Ding: a transfer past its 90-second limit "will be treated as a failed transaction and the balance will not be deducted". */
    @Test
    void aDingTimeoutFailedAndChargedNothingSoAnotherWayWorksNow() {
        Diagnosis.Cause cause =
                assertFirst(
                        "CHANNEL_DOWN",
                        diagnose(
                                evidence()
                                        .alternative(KIOSK)
                                        .channel("millon-kiosk")
                                        .failureCode("ProviderTimedOut")));
        assertEquals(new Diagnosis.Retry(Diagnosis.RetryAdvice.NOW, 0, "retryNow"), cause.retry());
        assertEquals(KIOSK, cause.alternative());
    }

    /** A cause a failure code says carries the pages the code's meaning and wait rest on. */
    @Test
    void aCodesCauseNamesThePagesItsMeaningAndWaitRestOn() {
        Diagnosis.Cause cause =
                assertFirst(
                        "TOO_FREQUENT",
                        diagnose(evidence().failureCode("PHONE_RECENTLY_RECHARGED")));
        assertEquals(
                List.of("meaning", "wait"),
                cause.sources().stream().map(Recommendation.Source::fact).toList());
        assertTrue(
                cause.sources().stream()
                        .allMatch(
                                source ->
                                        source.status().equals("confirmed")
                                                && source.url()
                                                        .equals("https://topupsapi.docs.apiary.io/")
                                                && !source.stale()),
                cause.sources().toString());
        // Ding publishes no wait for ProviderTimedOut: only its meaning has a page
        assertEquals(
                List.of("meaning"),
                assertFirst("CHANNEL_DOWN", diagnose(evidence().failureCode("ProviderTimedOut")))
                        .sources()
                        .stream()
                        .map(Recommendation.Source::fact)
                        .toList());
        // a cause no code says rests on no catalog page
        assertEquals(
                List.of(),
                assertFirst(
                                "PENDING",
                                diagnose(
                                        evidence()
                                                .attempt(
                                                        attempt(
                                                                "requested",
                                                                "azercell",
                                                                "millon-kiosk",
                                                                "10.00",
                                                                NOW.minusSeconds(300),
                                                                null,
                                                                null))))
                        .sources());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                // Reloadly publishes the 2 minutes
                "PHONE_RECENTLY_RECHARGED, WAIT, 2, retryAfterMinutes[2]",
                // the reseller's account limits and a platform switched off: nothing wrong with the
                // number,
                // another way works now; no provider publishes a wait, so none is made up
                "MAX_DAILY_TRANSACTION_COUNT_REACHED, NOW, 0, retryNow",
                "OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE, NOW, 0, retryNow",
                "RateLimited, NOW, 0, retryNow",
                "TransientProviderError, NOW, 0, retryNow",
                "ProviderTimedOut, NOW, 0, retryNow",
                // the carrier's cumulative limit on what the number may receive: later, for a
                // period nobody publishes
                "DECLINED-LIMITATIONS-ON-CREDIT-PARTY-AMOUNT, WAIT, -, retryLaterUnpublished",
                "INVALID_AMOUNT_FOR_OPERATOR, DO_NOT_RETRY, -, retryNever",
                "DECLINED-BARRED-CREDIT-PARTY, DO_NOT_RETRY, -, retryNever",
                "DuplicateTransactionPrevented, DO_NOT_RETRY, -, retryNever",
                "CARD_DECLINED, DO_NOT_RETRY, -, retryNever"
            })
    void eachCodeSaysWhetherAndWhenToTryAgain(
            String code, String advice, Integer minutes, String text) {
        Diagnosis.Cause first = diagnose(evidence().failureCode(code)).get(0);
        assertEquals(
                new Diagnosis.Retry(Diagnosis.RetryAdvice.valueOf(advice), minutes, text),
                first.retry(),
                first.toString());
    }

    @Test
    void aPendingTopUpNeverInvitesASecondPaymentBeforeTheCheck() {
        Diagnosis.Cause cause =
                assertFirst(
                        "PENDING",
                        diagnose(
                                evidence()
                                        .attempt(
                                                attempt(
                                                        "requested",
                                                        "azercell",
                                                        "millon-kiosk",
                                                        "10.00",
                                                        NOW.minusSeconds(300),
                                                        null,
                                                        null))));
        assertEquals(
                new Diagnosis.Retry(
                        Diagnosis.RetryAdvice.CHECK_FIRST, 25, "retryCheckAfter[25, 2112]"),
                cause.retry());
        assertEquals(null, cause.alternative());
    }

    @Test
    void anAttemptPastItsChannelsTimeToCreditIsOverdueAndNamesTheCarriersSupport() {
        Diagnosis.Cause cause =
                assertFirst(
                        "OVERDUE",
                        diagnose(
                                evidence()
                                        .attempt(
                                                attempt(
                                                        "requested",
                                                        "azercell",
                                                        "millon-kiosk",
                                                        "10.00",
                                                        NOW.minusSeconds(90 * 60),
                                                        null,
                                                        null))));
        assertEquals("causeOverdue[30, 90]", cause.explanation());
        assertEquals(
                "remedyOverdue[2112, Azercell, +994 12 000 00 00 / https://www.azercell.com]",
                cause.remedy());
        assertEquals(Diagnosis.RetryAdvice.CHECK_FIRST, cause.retry().advice());
    }

    @Test
    void aChannelSlowerTodayThanTheCatalogSaysIsWaitedForItsLive90thPercentile() {
        // the catalog says 30 min; today 90 % of top-ups through the kiosk arrived within 50 min
        Map<String, ChannelHealth> slow =
                Map.of(
                        "millon-kiosk",
                        new ChannelHealth("millon-kiosk", 60, 0.95, 1800.0, 3000.0, "ok"));
        Diagnosis.Cause cause =
                assertFirst(
                        "PENDING",
                        diagnose(
                                evidence()
                                        .attempt(
                                                attempt(
                                                        "requested",
                                                        "azercell",
                                                        "millon-kiosk",
                                                        "10.00",
                                                        NOW.minusSeconds(40 * 60),
                                                        null,
                                                        null))
                                        .health(slow)));
        assertEquals("causePending[50, 40]", cause.explanation());
        assertEquals(10, cause.retry().waitMinutes());
    }

    @Test
    void aRefusedPaymentNamesTheWayOut() {
        Diagnosis.Cause cause =
                assertFirst(
                        "PAYMENT_REFUSED",
                        diagnose(
                                evidence()
                                        .alternative(KIOSK)
                                        .channel("millon-kiosk")
                                        .failureCode("CARD_DECLINED")));
        assertEquals("remedyPaymentRefusedThrough[E-manat, methodCash]", cause.remedy());
        assertEquals(KIOSK, cause.alternative());
    }

    @Test
    void aChannelDownNamesTheWayOutAndABarredLineDoesNot() {
        Map<String, ChannelHealth> health =
                Map.of(
                        "millon-kiosk",
                        new ChannelHealth("millon-kiosk", 60, 0.2, 40.0, null, "down"));
        Diagnosis.Cause down =
                assertFirst(
                        "CHANNEL_DOWN",
                        diagnose(
                                evidence()
                                        .alternative(KIOSK)
                                        .channel("millon-kiosk")
                                        .health(health)));
        assertEquals("remedyChannelDownThrough[2112, E-manat]", down.remedy());
        assertEquals(Diagnosis.RetryAdvice.CHECK_FIRST, down.retry().advice());
        Diagnosis.Cause barred =
                assertFirst(
                        "LINE_BARRED",
                        diagnose(
                                evidence()
                                        .alternative(KIOSK)
                                        .failureCode("DECLINED-BARRED-CREDIT-PARTY")));
        assertEquals(null, barred.alternative());
    }

    @Test
    void aRuleOfTheTableIsWeighedOnItsOwn() {
        // the barred-line row alone: a retired range nobody is known to serve, and a code that says
        // barred
        DiagnosisCase retired =
                DiagnosisCase.of(
                        evidence(valid("+994604000001", NAXTEL, null, "unknown"))
                                .failureCode("DECLINED-BARRED-CREDIT-PARTY")
                                .build(),
                        DescriptionReader.standard(),
                        KEYS,
                        SETTINGS);
        Findings found = new Findings();
        FailureTable.BARRED_LINE.weigh(retired, found);
        List<Diagnosis.Cause> causes =
                found.candidates().stream()
                        .map(candidate -> candidate.toCause(null, null, List.of()))
                        .toList();
        assertEquals(1, causes.size(), causes.toString());
        assertEquals(CauseCode.LINE_BARRED, causes.get(0).code());
        assertEquals(0.9, causes.get(0).likelihood());
        assertEquals(
                List.of(
                        new Diagnosis.Fact(FactKind.RETIRED_RANGE_HOLDER, "naxtel"),
                        new Diagnosis.Fact(FactKind.FAILURE_CODE, "DECLINED-BARRED-CREDIT-PARTY")),
                causes.get(0).evidence());
    }

    @Test
    void everyCauseTheSeededFailureCodesMeanIsARowOfTheTable() {
        List<String> unknown =
                seededFailureCodes().stream()
                        .map(CatalogSnapshot.FailureCode::cause)
                        .filter(cause -> CauseCode.of(cause).isEmpty())
                        .toList();
        assertEquals(List.of(), unknown);
    }

    private List<Diagnosis.Cause> diagnose(EvidenceBuilder evidence) {
        return diagnostician.diagnose(evidence.build());
    }

    /** Evidence about a valid Azercell number on this test's catalog, at {@link #NOW}, in en: each test adds what it is about. */
    private static EvidenceBuilder evidence() {
        return evidence(valid("+994501234567", AZERCELL, AZERCELL, "range"));
    }

    private static EvidenceBuilder evidence(KnownNumber number) {
        return new EvidenceBuilder(number, CATALOG, NOW);
    }

    private static Diagnosis.Cause assertFirst(String code, List<Diagnosis.Cause> causes) {
        assertTrue(
                !causes.isEmpty() && causes.get(0).code() == CauseCode.valueOf(code),
                () -> "expected " + code + " first: " + causes);
        return causes.get(0);
    }

    private static KnownNumber valid(
            String e164, KnownNumber.Carrier holder, KnownNumber.Carrier serving, String source) {
        return new KnownNumber(
                e164,
                e164,
                null,
                true,
                null,
                null,
                List.of(),
                holder,
                serving,
                KnownNumber.ServingCarrierSource.valueOf(source.toUpperCase(Locale.ROOT)),
                null,
                List.of(),
                List.of());
    }

    private static HistoryAttempt attempt(
            String state,
            String carrier,
            String channel,
            String amount,
            Instant requested,
            Instant succeeded,
            String failureCode) {
        return new HistoryAttempt(
                "att-" + state,
                "+994501234567",
                state,
                false,
                carrier,
                channel,
                "cash",
                new Money(amount, "AZN"),
                requested,
                succeeded,
                null,
                null,
                failureCode,
                null,
                requested,
                null);
    }

    private static Money azn(String value) {
        return new Money(value, "AZN");
    }

    private static final CatalogSnapshot CATALOG =
            new CatalogSnapshot(
                    1,
                    List.of(
                            new CatalogSnapshot.Carrier(
                                    "azercell",
                                    Map.of("en", "Azercell"),
                                    List.of(),
                                    "mobile-operator",
                                    "active",
                                    null,
                                    "2112",
                                    null,
                                    "https://www.azercell.com",
                                    "+994 12 000 00 00")),
                    List.of(new CatalogSnapshot.NumberRange("050", "azercell", "mobile")),
                    List.of(
                            new CatalogSnapshot.Channel(
                                    "millon-kiosk",
                                    "kiosk",
                                    Map.of("en", "MilliÖN"),
                                    List.of("azercell", "bakcell"),
                                    List.of("cash"),
                                    false,
                                    azn("1.00"),
                                    null,
                                    List.of(),
                                    BigDecimal.ZERO,
                                    null,
                                    30,
                                    null,
                                    List.of("Baku"),
                                    Map.of("en", List.of("Insert notes")),
                                    false,
                                    null,
                                    null,
                                    null,
                                    null),
                            new CatalogSnapshot.Channel(
                                    "azercell-scratch-card",
                                    "scratch-card",
                                    Map.of("en", "Scratch card"),
                                    List.of("azercell"),
                                    List.of("cash"),
                                    true,
                                    null,
                                    null,
                                    List.of(azn("1.00"), azn("5.00"), azn("10.00")),
                                    BigDecimal.ZERO,
                                    null,
                                    1,
                                    null,
                                    List.of("Baku"),
                                    Map.of("en", List.of("Dial *101*code#")),
                                    true,
                                    null,
                                    null,
                                    null,
                                    null),
                            new CatalogSnapshot.Channel(
                                    "bakcell-klasskredit",
                                    "credit-advance",
                                    Map.of("en", "KlassKredit"),
                                    List.of("bakcell"),
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    List.of(azn("1.00")),
                                    new BigDecimal("20"),
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    Map.of("en", List.of("Dial *250*1#")),
                                    true,
                                    null,
                                    Map.of(
                                            "terms",
                                            new CatalogSnapshot.Fact(
                                                    "confirmed",
                                                    "https://www.bakcell.com/en/klasskredit",
                                                    "Bakcell: KlassKredit",
                                                    java.time.LocalDate.parse("2026-12-03"))),
                                    "*250*1#",
                                    Map.of("en", "Paid back first, with 20%."))),
                    List.of(),
                    withUnknownOutcome(seededFailureCodes()));

    /** The seed has no code whose outcome is not yet known; a provider's "no answer yet" is one. */
    private static List<CatalogSnapshot.FailureCode> withUnknownOutcome(
            List<CatalogSnapshot.FailureCode> seeded) {
        List<CatalogSnapshot.FailureCode> codes = new java.util.ArrayList<>(seeded);
        codes.add(
                new CatalogSnapshot.FailureCode(
                        "test:NoAnswerYet",
                        "test",
                        "NoAnswerYet",
                        "CHANNEL_DOWN",
                        "unknown",
                        90,
                        null));
        return List.copyOf(codes);
    }

    /** The failure codes exactly as the catalog seeds them (the advisor's stub of the seeded catalog). */
    private static List<CatalogSnapshot.FailureCode> seededFailureCodes() {
        try (InputStream seed =
                DiagnosticianTest.class.getResourceAsStream("/stubs/catalog-seed.json")) {
            ObjectMapper json =
                    new ObjectMapper()
                            .findAndRegisterModules()
                            .configure(
                                    com.fasterxml.jackson.databind.DeserializationFeature
                                            .FAIL_ON_UNKNOWN_PROPERTIES,
                                    false);
            return List.of(
                    json.treeToValue(
                            json.readTree(seed).get("failureCodes"),
                            CatalogSnapshot.FailureCode[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
