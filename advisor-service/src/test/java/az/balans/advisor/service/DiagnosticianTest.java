package az.balans.advisor.service;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.HistoryAttempt;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.rest.DiagnosisResponse;
import az.balans.advisor.rest.NumberLookup;
import az.balans.platform.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Proxy;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One case per known cause of a failed top-up, plus the free text in each language. */
class DiagnosticianTest {

    private static final AdvisorMessages KEYS = (AdvisorMessages) Proxy.newProxyInstance(AdvisorMessages.class.getClassLoader(),
            new Class<?>[] {AdvisorMessages.class},
            (proxy, method, args) -> method.getName() + (args == null ? "" : Arrays.toString(args)));
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final NumberLookup.Carrier AZERCELL = new NumberLookup.Carrier("azercell", "Azercell", "active", null, "2112");
    private static final NumberLookup.Carrier BAKCELL = new NumberLookup.Carrier("bakcell", "Bakcell", "active", null, "*100#YES");
    private static final NumberLookup.Carrier NAXTEL = new NumberLookup.Carrier("naxtel", "Naxtel", "retired", null, null);

    private static final AdvisorConfig.Diagnosis SETTINGS = new AdvisorConfig.Diagnosis() {
        @Override
        public Duration waitWhenUnknown() {
            return Duration.ofMinutes(5);
        }

        @Override
        public Duration timeToCreditWhenUnknown() {
            return Duration.ofMinutes(30);
        }
    };
    private static final DiagnosisResponse.Alternative KIOSK = new DiagnosisResponse.Alternative("emanat-kiosk", "E-manat",
            List.of("cash"), List.of("reasonPaymentFits[cash]"), List.of("Choose Azercell"));

    private final Diagnostician diagnostician = new Diagnostician(SETTINGS, DescriptionReader.standard(), language -> KEYS);
    private Optional<DiagnosisResponse.Alternative> alternative = Optional.empty();

    @Test
    void malformedNumber() {
        NumberLookup invalid = new NumberLookup("050 123", null, null, false, new NumberLookup.Problem("TOO_SHORT", "too short"),
                List.of(), null, null, "unknown", null, List.of(), false, List.of());
        assertFirst("MALFORMED_NUMBER", diagnose(invalid, Optional.empty(), null, null, null, null, Optional.empty(), List.of()));
        NumberLookup strayZero = new NumberLookup("+994 050 123 45 67", "+994501234567", "050 123 45 67", true, null,
                List.of("REMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE"), AZERCELL, AZERCELL, "range", null, List.of(), false, List.of());
        DiagnosisResponse.Cause cause = assertFirst("MALFORMED_NUMBER",
                diagnose(strayZero, Optional.empty(), null, null, "INVALID_RECIPIENT_PHONE", null, Optional.empty(), List.of()));
        assertEquals("remedyNumberMisformatted[+994501234567]", cause.remedy());
    }

    @Test
    void wrongCarrierForAPortedNumber() {
        NumberLookup ported = valid("+994604567890", NAXTEL, BAKCELL, "history");
        DiagnosisResponse.Cause cause = assertFirst("WRONG_CARRIER", diagnose(ported, attempt("failed", "azercell", "millon-kiosk", "10.00",
                NOW.minusSeconds(600), null, "RechargeNotAllowed"), null, null, null, null, Optional.empty(), List.of()));
        assertTrue(cause.evidence().contains(new DiagnosisResponse.Fact("history.attempt.carrier", "azercell")), cause.toString());
        assertEquals("remedyWrongCarrier[Bakcell]", cause.remedy());
    }

    @Test
    void aNeverPortedExNaxtelNumberIsAWrongCarrierOrABarredLine() {
        List<DiagnosisResponse.Cause> causes = diagnose(valid("+994604000001", NAXTEL, null, "unknown"), Optional.empty(), null, null,
                null, null, Optional.empty(), List.of());
        assertEquals("WRONG_CARRIER", causes.get(0).code());
        assertTrue(causes.stream().anyMatch(c -> c.code().equals("LINE_BARRED")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "COULD_NOT_AUTO_DETECT_OPERATOR, CARRIER_NOT_DETECTABLE",
            "INVALID_AMOUNT_FOR_OPERATOR, AMOUNT_OUT_OF_RANGE",
            "ParameterOutOfRange, AMOUNT_OUT_OF_RANGE",
            "DECLINED-BARRED-CREDIT-PARTY, LINE_BARRED",
            "PHONE_RECENTLY_RECHARGED, TOO_FREQUENT",
            "MAX_DAILY_TRANSACTION_COUNT_REACHED, TOO_FREQUENT",
            "RateLimited, TOO_FREQUENT",
            "DuplicateTransactionPrevented, DUPLICATE",
            "ProviderTimedOut, CHANNEL_DOWN",
            "TransientProviderError, CHANNEL_DOWN",
            "OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE, CHANNEL_DOWN",
            "CARD_DECLINED, PAYMENT_REFUSED"})
    void theCommercialApisCodesMapToTheirCause(String code, String cause) {
        DiagnosisResponse.Cause first = assertFirst(cause, diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"), Optional.empty(),
                null, null, code, null, Optional.empty(), List.of()));
        assertTrue(first.evidence().contains(new DiagnosisResponse.Fact("failureCode", code)));
    }

    @Test
    void anAmountTheChannelDoesNotTake() {
        DiagnosisResponse.Cause cause = assertFirst("AMOUNT_OUT_OF_RANGE", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                Optional.empty(), "azercell-scratch-card", new BigDecimal("7.00"), null, null, Optional.empty(), List.of()));
        assertEquals("remedyAmount[10.00]", cause.remedy());
    }

    @Test
    void theSameAmountSucceededMinutesAgo() {
        HistoryAttempt earlier = attempt("succeeded", "azercell", "millon-kiosk", "10.00", NOW.minusSeconds(400), NOW.minusSeconds(360), null)
                .orElseThrow();
        DiagnosisResponse.Cause cause = assertFirst("DUPLICATE", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                Optional.empty(), "millon-kiosk", new BigDecimal("10.00"), null, "I paid twice?", Optional.empty(), List.of(earlier)));
        assertEquals("remedyDuplicate[2112]", cause.remedy());
    }

    @Test
    void aChannelFailingForEveryone() {
        Map<String, ChannelHealth> health = Map.of("millon-kiosk", new ChannelHealth("millon-kiosk", 60, 0.2, 40.0, null, "down"));
        DiagnosisResponse.Cause cause = assertFirst("CHANNEL_DOWN", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                Optional.empty(), "millon-kiosk", null, null, null, Optional.of(health), List.of()));
        assertEquals("causeChannelDown[MilliÖN, 20]", cause.explanation());
    }

    @Test
    void stillPendingWithinTheChannelsTimeToCredit() {
        DiagnosisResponse.Cause cause = assertFirst("PENDING", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                attempt("requested", "azercell", "millon-kiosk", "10.00", NOW.minusSeconds(300), null, null), null, null, null,
                "деньги не пришли", Optional.empty(), List.of()));
        assertEquals("causePending[30, 5]", cause.explanation());
    }

    @Test
    void creditedButNotSeenPointsToTheBalanceCode() {
        DiagnosisResponse.Cause cause = assertFirst("CREDITED_BUT_MISSING", diagnose(valid("+994551234567", BAKCELL, BAKCELL, "range"),
                attempt("succeeded", "bakcell", "millon-kiosk", "10.00", NOW.minusSeconds(3600), NOW.minusSeconds(3550), null), null, null,
                null, "pul balansa düşmədi", Optional.empty(), List.of()));
        assertEquals("remedyCreditedButMissing[*100#YES]", cause.remedy());
    }

    @Test
    void aReversedTopUp() {
        assertFirst("REVERSED", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                attempt("reversed", "azercell", "millon-kiosk", "10.00", NOW.minusSeconds(7200), NOW.minusSeconds(7100), null),
                null, null, null, null, Optional.empty(), List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "my balance expired                | BALANCE_EXPIRED",
            "余额过期了                          | BALANCE_EXPIRED",
            "the scratch card does not work    | SCRATCH_CARD",
            "充值卡用不了                        | SCRATCH_CARD",
            "моя карта отклонена               | PAYMENT_REFUSED",
            "kart rədd edildi                  | PAYMENT_REFUSED",
            "пропала сеть во время оплаты      | NETWORK_INTERRUPTED",
            "网络断了                            | NETWORK_INTERRUPTED",
            "номер заблокирован                | LINE_BARRED"})
    void whatThePersonWroteInAnyLanguageCounts(String description, String cause) {
        assertFirst(cause, diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"), Optional.empty(), null, null, null,
                description, Optional.empty(), List.of()));
    }

    @Test
    void moneyGoneButNoBalanceInAzerbaijaniIsCreditedButMissingWithoutAnAttemptId() {
        DiagnosisResponse.Cause cause = assertFirst("CREDITED_BUT_MISSING", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                Optional.empty(), null, null, null, "pul gəldi amma balans artmadı", Optional.empty(), List.of()));
        assertEquals(List.of(new DiagnosisResponse.Fact("description", "pul balans artmadı")), cause.evidence());
        assertEquals("remedyCreditedButMissing[2112]", cause.remedy());
    }

    @Test
    void aCardTheChannelDoesNotTakeIsNamedAsTheAttemptsPaymentMethod() {
        DiagnosisResponse.Cause cause = assertFirst("PAYMENT_REFUSED", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                Optional.of(new HistoryAttempt("att-card", "+994501234567", "failed", false, "azercell", "millon-kiosk", "international-card",
                        new Money("10.00", "AZN"), NOW.minusSeconds(600), null, NOW.minusSeconds(590), null, null, null,
                        NOW.minusSeconds(590))), null, null, null, null, Optional.empty(), List.of()));
        assertEquals(List.of(new DiagnosisResponse.Fact("history.attempt.paymentMethod", "international-card")), cause.evidence());
    }

    @Test
    void aScratchCardChannelWithAFailure() {
        assertTrue(diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"), Optional.empty(), "azercell-scratch-card", null,
                "ProviderTimedOut", null, Optional.empty(), List.of()).stream().anyMatch(c -> c.code().equals("SCRATCH_CARD")));
    }

    @Test
    void onAScratchCardChannelTheCardIsTheScratchCardNotAPaymentCard() {
        List<DiagnosisResponse.Cause> causes = diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"), Optional.empty(),
                "azercell-scratch-card", null, null, "I bought a card but it did not work", Optional.empty(), List.of());
        assertFirst("SCRATCH_CARD", causes);
        assertTrue(causes.stream().noneMatch(c -> c.code().equals("PAYMENT_REFUSED")), causes.toString());
    }

    @Test
    void withNothingSpecificTheArticlesAdviceRemains() {
        DiagnosisResponse.Cause cause = assertFirst("NETWORK_INTERRUPTED", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                Optional.empty(), null, null, null, null, Optional.empty(), List.of()));
        assertTrue(cause.likelihood() < 0.5);
    }

    @Test
    void aTimeoutIsNotAFailureTheMoneyMayStillArrive() {
        alternative = Optional.of(KIOSK);
        DiagnosisResponse.Cause cause = assertFirst("CHANNEL_DOWN", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                Optional.empty(), "millon-kiosk", null, "ProviderTimedOut", null, Optional.empty(), List.of()));
        assertEquals("causeOutcomeUnknown", cause.explanation());
        // Ding's 90 seconds, rounded up: check the balance before anything is paid again, and only then go elsewhere
        assertEquals(new DiagnosisResponse.Retry("CHECK_FIRST", 2, "retryCheckAfter[2, 2112]"), cause.retry());
        assertEquals("remedyOutcomeUnknownThrough[2112, E-manat]", cause.remedy());
        assertEquals(KIOSK, cause.alternative());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "PHONE_RECENTLY_RECHARGED, WAIT, 2, retryAfterMinutes[2]",
            "MAX_DAILY_TRANSACTION_COUNT_REACHED, WAIT, 1440, retryAfterHours[24]",
            "OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE, WAIT, 30, retryAfterMinutes[30]",
            "RateLimited, WAIT, 5, retryAfterMinutes[5]",
            "TransientProviderError, WAIT, 5, retryAfterMinutes[5]",
            "INVALID_AMOUNT_FOR_OPERATOR, DO_NOT_RETRY, -, retryNever",
            "DECLINED-BARRED-CREDIT-PARTY, DO_NOT_RETRY, -, retryNever",
            "DuplicateTransactionPrevented, DO_NOT_RETRY, -, retryNever",
            "CARD_DECLINED, DO_NOT_RETRY, -, retryNever"})
    void eachCodeSaysWhetherAndWhenToTryAgain(String code, String advice, Integer minutes, String text) {
        DiagnosisResponse.Cause first = diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"), Optional.empty(), null, null, code,
                null, Optional.empty(), List.of()).get(0);
        assertEquals(new DiagnosisResponse.Retry(advice, minutes, text), first.retry(), first.toString());
    }

    @Test
    void aPendingTopUpNeverInvitesASecondPaymentBeforeTheCheck() {
        DiagnosisResponse.Cause cause = assertFirst("PENDING", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                attempt("requested", "azercell", "millon-kiosk", "10.00", NOW.minusSeconds(300), null, null), null, null, null,
                null, Optional.empty(), List.of()));
        assertEquals(new DiagnosisResponse.Retry("CHECK_FIRST", 25, "retryCheckAfter[25, 2112]"), cause.retry());
        assertEquals(null, cause.alternative());
    }

    @Test
    void anAttemptPastItsChannelsTimeToCreditIsOverdueAndNamesTheCarriersSupport() {
        DiagnosisResponse.Cause cause = assertFirst("OVERDUE", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                attempt("requested", "azercell", "millon-kiosk", "10.00", NOW.minusSeconds(90 * 60), null, null), null, null, null,
                null, Optional.empty(), List.of()));
        assertEquals("causeOverdue[30, 90]", cause.explanation());
        assertEquals("remedyOverdue[2112, Azercell, +994 12 000 00 00 / https://www.azercell.com]", cause.remedy());
        assertEquals("CHECK_FIRST", cause.retry().advice());
    }

    @Test
    void aChannelSlowerTodayThanTheCatalogSaysIsWaitedForItsLive90thPercentile() {
        // the catalog says 30 min; today 90 % of top-ups through the kiosk arrived within 50 min
        Map<String, ChannelHealth> slow = Map.of("millon-kiosk", new ChannelHealth("millon-kiosk", 60, 0.95, 1800.0, 3000.0, "ok"));
        DiagnosisResponse.Cause cause = assertFirst("PENDING", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                attempt("requested", "azercell", "millon-kiosk", "10.00", NOW.minusSeconds(40 * 60), null, null), null, null, null,
                null, Optional.of(slow), List.of()));
        assertEquals("causePending[50, 40]", cause.explanation());
        assertEquals(10, cause.retry().waitMinutes());
    }

    @Test
    void aRefusedPaymentNamesTheWayOut() {
        alternative = Optional.of(KIOSK);
        DiagnosisResponse.Cause cause = assertFirst("PAYMENT_REFUSED", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                Optional.empty(), "millon-kiosk", null, "CARD_DECLINED", null, Optional.empty(), List.of()));
        assertEquals("remedyPaymentRefusedThrough[E-manat, methodCash]", cause.remedy());
        assertEquals(KIOSK, cause.alternative());
    }

    @Test
    void aChannelDownNamesTheWayOutAndABarredLineDoesNot() {
        alternative = Optional.of(KIOSK);
        Map<String, ChannelHealth> health = Map.of("millon-kiosk", new ChannelHealth("millon-kiosk", 60, 0.2, 40.0, null, "down"));
        DiagnosisResponse.Cause down = assertFirst("CHANNEL_DOWN", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                Optional.empty(), "millon-kiosk", null, null, null, Optional.of(health), List.of()));
        assertEquals("remedyChannelDownThrough[2112, E-manat]", down.remedy());
        assertEquals("CHECK_FIRST", down.retry().advice());
        DiagnosisResponse.Cause barred = assertFirst("LINE_BARRED", diagnose(valid("+994501234567", AZERCELL, AZERCELL, "range"),
                Optional.empty(), null, null, "DECLINED-BARRED-CREDIT-PARTY", null, Optional.empty(), List.of()));
        assertEquals(null, barred.alternative());
    }

    private List<DiagnosisResponse.Cause> diagnose(NumberLookup number, Optional<HistoryAttempt> attempt, String channelId, BigDecimal amount,
                                                   String failureCode, String description, Optional<Map<String, ChannelHealth>> health,
                                                   List<HistoryAttempt> recent) {
        return diagnostician.diagnose(new Diagnostician.Evidence(number, attempt, channelId, amount, failureCode, description, health,
                recent, CATALOG, NOW, "en", alternative));
    }

    private static DiagnosisResponse.Cause assertFirst(String code, List<DiagnosisResponse.Cause> causes) {
        assertTrue(!causes.isEmpty() && causes.get(0).code().equals(code), () -> "expected " + code + " first: " + causes);
        return causes.get(0);
    }

    private static NumberLookup valid(String e164, NumberLookup.Carrier holder, NumberLookup.Carrier serving, String source) {
        return new NumberLookup(e164, e164, null, true, null, List.of(), holder, serving, source, null, List.of(), false, List.of());
    }

    private static Optional<HistoryAttempt> attempt(String state, String carrier, String channel, String amount, Instant requested,
                                                    Instant succeeded, String failureCode) {
        return Optional.of(new HistoryAttempt("att-" + state, "+994501234567", state, false, carrier, channel, "cash",
                new Money(amount, "AZN"), requested, succeeded, null, null, failureCode, null, requested));
    }

    private static Money azn(String value) {
        return new Money(value, "AZN");
    }

    private static final CatalogSnapshot CATALOG = new CatalogSnapshot(1,
            List.of(new CatalogSnapshot.Carrier("azercell", Map.of("en", "Azercell"), List.of(), "mobile-operator", "active", null, "2112", null,
                    "https://www.azercell.com", "+994 12 000 00 00")),
            List.of(new CatalogSnapshot.NumberRange("050", "azercell", "mobile")),
            List.of(new CatalogSnapshot.Channel("millon-kiosk", "kiosk", Map.of("en", "MilliÖN"), List.of("azercell", "bakcell"),
                            List.of("cash"), false, azn("1.00"), null, List.of(), BigDecimal.ZERO, null, 30, null, List.of("Baku"),
                            Map.of("en", List.of("Insert notes")), false, null),
                    new CatalogSnapshot.Channel("azercell-scratch-card", "scratch-card", Map.of("en", "Scratch card"), List.of("azercell"),
                            List.of("cash"), true, null, null, List.of(azn("1.00"), azn("5.00"), azn("10.00")), BigDecimal.ZERO, null, 1,
                            null, List.of("Baku"), Map.of("en", List.of("Dial *101*code#")), true, null)),
            List.of(), seededFailureCodes());

    /** The failure codes exactly as the catalog seeds them (the advisor's stub of the seeded catalog). */
    private static List<CatalogSnapshot.FailureCode> seededFailureCodes() {
        try (InputStream seed = DiagnosticianTest.class.getResourceAsStream("/stubs/catalog-seed.json")) {
            ObjectMapper json = new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            return List.of(json.treeToValue(json.readTree(seed).get("failureCodes"), CatalogSnapshot.FailureCode[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
