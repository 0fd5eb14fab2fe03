package az.balans.history.mapping;

import az.balans.history.config.ProvidersConfig;
import az.balans.history.provider.ding.Error;
import az.balans.history.provider.ding.TransferRecord;
import az.balans.history.provider.ding.TransferRecordWithErrorCodes;
import az.balans.history.provider.dtone.GetOperators200ResponseInner;
import az.balans.history.provider.dtone.Transaction;
import az.balans.history.provider.dtone.TransactionRequestedValues;
import az.balans.history.provider.dtone.TransactionRequestedValuesSource;
import az.balans.history.provider.reloadly.TopUpsStatusResponse200;
import az.balans.history.repository.EventKind;
import az.balans.history.service.Provider;
import az.balans.history.service.ProviderOutcome;
import az.balans.history.service.UnmappableOutcomeException;
import az.balans.problem.DomainException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a provider's payload with the model generated from its own API document, and says what
 * it means in Balans's terms: the recharge event's kind, the failure code as the catalog knows it,
 * the number, the carrier and the amount in AZN. A body that is not the provider's shape is a bad
 * request (400); an outcome that is well formed but cannot be one of ours is unmappable (it goes
 * to the dead-letter topic).
 */
@ApplicationScoped
public class ProviderOutcomeMapper {

    // what the event needs is read; the rest of a provider's object (benefits, promotions, PINs)
    // may
    // grow with the provider's API, and is neither checked nor kept
    @JsonIgnoreProperties(
            value = {"benefits", "promotions", "pin", "rates", "sender", "beneficiary"},
            ignoreUnknown = true)
    private abstract static class ReadWhatTheEventNeeds {}

    private static final String AZN = "AZN";

    private final ObjectMapper json;
    private final ProvidersConfig config;
    private final Clock clock;

    ProviderOutcomeMapper(ObjectMapper json, ProvidersConfig config, Clock clock) {
        this.json =
                json.copy()
                        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                        .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, true)
                        .addMixIn(Transaction.class, ReadWhatTheEventNeeds.class)
                        .addMixIn(
                                az.balans.history.provider.dtone.TransactionProduct.class,
                                ReadWhatTheEventNeeds.class);
        this.config = config;
        this.clock = clock;
    }

    /**
     * DT One's callback body: the transaction object (DVS API, "Callbacks"). Its status class
     * decides the kind (DVS API, "Transaction Status": REJECTED is DT One's refusal, DECLINED the
     * operator's, both final), and the status itself is the failure code, as the catalog lists
     * DT One's codes.
     */
    public ProviderOutcome fromDtOne(byte[] body) {
        Transaction transaction = read(body, Transaction.class, "a DT One transaction object");
        if (transaction.getId() == null
                || transaction.getStatus() == null
                || transaction.getStatus().getMessage() == null) {
            throw new DomainException.InvalidRequest(
                    "The body is not a DT One transaction object: it has no id or no status.message");
        }
        String status = transaction.getStatus().getMessage();
        String statusClass =
                transaction.getStatus().getPropertyClass() != null
                                && transaction.getStatus().getPropertyClass().getMessage() != null
                        ? transaction.getStatus().getPropertyClass().getMessage()
                        : status.split("-", 2)[0];
        EventKind kind =
                switch (statusClass) {
                    case "COMPLETED" -> EventKind.SUCCEEDED;
                    case "REJECTED", "DECLINED", "CANCELLED" -> EventKind.FAILED;
                    case "REVERSED" -> EventKind.REVERSED;
                    case "CREATED", "CONFIRMED", "SUBMITTED" -> EventKind.REQUESTED;
                    default ->
                            throw new UnmappableOutcomeException(
                                    "DT One status class '"
                                            + statusClass
                                            + "' is not one DT One documents");
                };
        String number =
                transaction.getCreditPartyIdentifier() == null
                        ? null
                        : transaction.getCreditPartyIdentifier().getMobileNumber();
        GetOperators200ResponseInner operator =
                transaction.getProduct() == null ? null : transaction.getProduct().getOperator();
        String carrier =
                carrierOf(
                        config.dtone(),
                        Provider.DTONE,
                        operator == null ? null : operator.getName(),
                        operator == null || operator.getId() == null
                                ? null
                                : String.valueOf(operator.getId()));
        BigDecimal amount =
                Stream.of(
                                destination(transaction.getAdjustedValues()),
                                destination(transaction.getRequestedValues()))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new UnmappableOutcomeException(
                                                "DT One transaction "
                                                        + transaction.getId()
                                                        + " delivers no amount in AZN"));
        String id = String.valueOf(transaction.getId());
        return new ProviderOutcome(
                Provider.DTONE,
                id,
                status,
                kind,
                kind == EventKind.REQUESTED && transaction.getCreationDate() != null
                        ? transaction.getCreationDate().toInstant()
                        : clock.instant(),
                attemptId(Provider.DTONE, transaction.getExternalId(), id),
                requireNumber(number, Provider.DTONE, id),
                carrier,
                config.dtone().channelId(),
                config.dtone().paymentMethod(),
                amount,
                kind == EventKind.FAILED ? status : null,
                kind == EventKind.FAILED ? "DT One: " + status : null);
    }

    /**
     * Reloadly's webhook body: {@code type} and {@code data}, the data holding the top-up
     * transaction as {@code GET /topups/{id}/status} returns it, directly or under
     * {@code transaction}, with the error's {@code code} and {@code message} beside it. Statuses
     * as Reloadly documents them ("Get the status of a top-up"): SUCCESSFUL; PROCESSING, still
     * with the operator; REFUNDED, not processed by the operator and the money returned; FAILED,
     * nothing debited.
     */
    public ProviderOutcome fromReloadly(byte[] body) {
        JsonNode event = read(body, JsonNode.class, "a Reloadly webhook event");
        JsonNode data = event.path("data");
        if (!event.isObject() || !data.isObject()) {
            throw new DomainException.InvalidRequest(
                    "The body is not a Reloadly webhook event: it has no data object");
        }
        String type = event.path("type").asText(null);
        if (type != null && !type.startsWith("airtime_transaction")) {
            throw new UnmappableOutcomeException(
                    "Reloadly event type '" + type + "' is not an airtime top-up's outcome");
        }
        JsonNode transactionNode =
                data.path("transaction").isObject() ? data.get("transaction") : data;
        TopUpsStatusResponse200 transaction;
        try {
            transaction = json.treeToValue(transactionNode, TopUpsStatusResponse200.class);
        } catch (JsonProcessingException e) {
            throw unreadable("a Reloadly webhook event", e);
        }
        String id = transactionNode.path("transactionId").asText("");
        String status =
                Optional.ofNullable(transaction.getStatus()).orElse(data.path("status").asText(""));
        if (id.isBlank() || status.isBlank()) {
            throw new DomainException.InvalidRequest(
                    "The body is not a Reloadly webhook event: its transaction has no transactionId or no status");
        }
        EventKind kind =
                switch (status) {
                    case "SUCCESSFUL" -> EventKind.SUCCEEDED;
                    case "FAILED", "REFUNDED" -> EventKind.FAILED;
                    case "PROCESSING" -> EventKind.REQUESTED;
                    default ->
                            throw new UnmappableOutcomeException(
                                    "Reloadly status '"
                                            + status
                                            + "' is not one Reloadly documents");
                };
        String code = firstText(data, "code", "errorCode").orElse(status);
        String message = firstText(data, "message", "errorMessage").orElse(null);
        if (!AZN.equals(transaction.getDeliveredAmountCurrencyCode())
                || transaction.getDeliveredAmount() == null) {
            throw new UnmappableOutcomeException(
                    "Reloadly transaction " + id + " delivers no amount in AZN");
        }
        return new ProviderOutcome(
                Provider.RELOADLY,
                id,
                status,
                kind,
                // transactionDate names no zone (Reloadly's own examples put it hours from
                // balanceInfo.updatedAt): the outcome is dated when its webhook arrives
                clock.instant(),
                attemptId(Provider.RELOADLY, transaction.getCustomIdentifier(), id),
                internationalDigits(
                        requireNumber(transaction.getRecipientPhone(), Provider.RELOADLY, id)),
                carrierOf(
                        config.reloadly(),
                        Provider.RELOADLY,
                        transaction.getOperatorName(),
                        transaction.getOperatorId()),
                config.reloadly().channelId(),
                config.reloadly().paymentMethod(),
                aznOf(transaction.getDeliveredAmount(), Provider.RELOADLY, id),
                kind == EventKind.FAILED ? code : null,
                kind == EventKind.FAILED
                        ? "Reloadly: " + status + (message == null ? "" : ", " + message)
                        : null);
    }

    /** A page of Ding's transfer records, and whether Ding says there are more (ThereAreMoreItems). */
    public record DingPage(List<TransferRecordWithErrorCodes> items, boolean more) {}

    /** Reads Ding's ListTransferRecords answer; one that is not is the provider's fault, and the poll fails. */
    public DingPage dingPage(byte[] body) {
        var answer =
                read(
                        body,
                        az.balans.history.provider.ding.ListTransferRecordsResponse.class,
                        "a Ding ListTransferRecords response");
        return new DingPage(
                answer.getItems() == null ? List.of() : answer.getItems(),
                Boolean.TRUE.equals(answer.getThereAreMoreItems()));
    }

    /** Whether a Ding state ends its transfer: succeeded or failed, not under way or unknown. */
    public static boolean dingFinal(String processingState) {
        return dingKind(processingState).filter(kind -> kind != EventKind.REQUESTED).isPresent();
    }

    /** Ding's ProcessingState as our lifecycle, for the states Ding's SendTransfer documents. */
    private static Optional<EventKind> dingKind(String state) {
        return switch (state) {
            case "Complete", "Completed" -> Optional.of(EventKind.SUCCEEDED);
            case "Failed", "Cancelled" -> Optional.of(EventKind.FAILED);
            case "Submitted", "Processing", "Cancelling" -> Optional.of(EventKind.REQUESTED);
            default -> Optional.empty();
        };
    }

    /**
     * One of Ding's transfer records. States as Ding's SendTransfer documents them: Submitted,
     * Processing and Cancelling are under way; Complete (also written Completed) succeeded;
     * Failed and Cancelled did not. A failure's code is the item's first error; where the code
     * only names the kind (TransientProviderError), its context is the code the catalog knows
     * (ProviderTimedOut).
     */
    public ProviderOutcome fromDing(TransferRecordWithErrorCodes item) {
        TransferRecord transfer = item.getTransferRecord();
        if (transfer == null
                || transfer.getTransferId() == null
                || transfer.getTransferId().getTransferRef() == null
                || transfer.getProcessingState() == null) {
            throw new UnmappableOutcomeException(
                    "a Ding transfer record without its TransferRef or ProcessingState");
        }
        String id = transfer.getTransferId().getTransferRef();
        String state = transfer.getProcessingState();
        EventKind kind =
                dingKind(state)
                        .orElseThrow(
                                () ->
                                        new UnmappableOutcomeException(
                                                "Ding ProcessingState '"
                                                        + state
                                                        + "' is not one Ding documents"));
        Optional<Error> error =
                Optional.ofNullable(item.getErrorCodes())
                        .flatMap(codes -> codes.stream().findFirst());
        String code =
                error.map(
                                e ->
                                        e.getContext() != null
                                                        && config.ding()
                                                                .codesDetailedByContext()
                                                                .contains(e.getCode())
                                                ? e.getContext()
                                                : e.getCode())
                        .orElse(state);
        if (transfer.getPrice() == null
                || !AZN.equals(transfer.getPrice().getReceiveCurrencyIso())
                || transfer.getPrice().getReceiveValue() == null) {
            throw new UnmappableOutcomeException(
                    "Ding transfer " + id + " delivers no amount in AZN");
        }
        Instant time =
                Optional.ofNullable(kind == EventKind.REQUESTED ? null : transfer.getCompletedUtc())
                        .or(() -> Optional.ofNullable(transfer.getStartedUtc()))
                        .map(OffsetDateTime::toInstant)
                        .orElseGet(clock::instant);
        return new ProviderOutcome(
                Provider.DING,
                id,
                state,
                kind,
                time,
                attemptId(Provider.DING, transfer.getTransferId().getDistributorRef(), id),
                internationalDigits(requireNumber(transfer.getAccountNumber(), Provider.DING, id)),
                carrierOf(config.ding(), Provider.DING, transfer.getSkuCode(), null),
                config.ding().channelId(),
                config.ding().paymentMethod(),
                aznOf(transfer.getPrice().getReceiveValue().toPlainString(), Provider.DING, id),
                kind == EventKind.FAILED ? code : null,
                kind == EventKind.FAILED
                        ? "Ding: "
                                + state
                                + error.map(
                                                e ->
                                                        ", "
                                                                + e.getCode()
                                                                + (e.getContext() == null
                                                                        ? ""
                                                                        : " ("
                                                                                + e.getContext()
                                                                                + ")"))
                                        .orElse("")
                        : null);
    }

    private <T> T read(byte[] body, Class<T> type, String what) {
        if (body == null || body.length == 0) {
            throw new DomainException.InvalidRequest("The body is empty: expected " + what);
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new DomainException.InvalidRequest("The body is null: expected " + what);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw unreadable(what, e);
        } catch (IOException e) {
            throw new DomainException.InvalidRequest("The body could not be read as " + what);
        }
    }

    /**
     * Why a body cannot be read, in the caller's terms: Jackson's own words name our classes, so
     * only the field at fault is told.
     */
    private static DomainException.InvalidRequest unreadable(
            String what, JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field =
                    mapping.getPath().stream()
                            .map(
                                    reference ->
                                            reference.getFieldName() != null
                                                    ? reference.getFieldName()
                                                    : "[" + reference.getIndex() + "]")
                            .collect(Collectors.joining("."));
            return new DomainException.InvalidRequest(
                    "The body is not " + what + ": " + field + " does not have the expected type");
        }
        return new DomainException.InvalidRequest(
                "The body is not "
                        + what
                        + (e instanceof JsonMappingException
                                ? ": it is not a JSON object of that shape"
                                : ": it is not well-formed JSON"));
    }

    /**
     * Our carrier id for the provider's operator: a configured key that is the operator's code,
     * one of the words of its name, or the start of its code (Ding's SKU codes begin with the
     * provider's code).
     */
    private static String carrierOf(
            ProvidersConfig.Feed feed, Provider provider, String name, String code) {
        for (String candidate : Arrays.asList(code, name)) {
            if (candidate == null) {
                continue;
            }
            String lower = candidate.toLowerCase(Locale.ROOT);
            List<String> words = Arrays.asList(lower.split("[^\\p{Alnum}]+"));
            for (Map.Entry<String, String> carrier : feed.carriers().entrySet()) {
                String key = carrier.getKey().toLowerCase(Locale.ROOT);
                if (lower.equals(key) || words.contains(key) || lower.startsWith(key)) {
                    return carrier.getValue();
                }
            }
        }
        throw new UnmappableOutcomeException(
                provider.id()
                        + " operator '"
                        + Optional.ofNullable(name).orElse(String.valueOf(code))
                        + "' is not a carrier Balans knows (balans.providers."
                        + provider.id()
                        + ".carriers)");
    }

    private static Optional<BigDecimal> destination(TransactionRequestedValues values) {
        if (values == null) {
            return Optional.empty();
        }
        TransactionRequestedValuesSource destination = values.getDestination();
        if (destination == null
                || !AZN.equals(destination.getUnit())
                || destination.getAmount() == null) {
            return Optional.empty();
        }
        return Optional.of(destination.getAmount().setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal aznOf(String amount, Provider provider, String id) {
        try {
            return new BigDecimal(amount.trim()).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new UnmappableOutcomeException(
                    provider.id() + " transaction " + id + " has an amount that is not a number");
        }
    }

    private static String attemptId(
            Provider provider, String partnerReference, String transactionId) {
        // the partner's own reference joins the events it publishes itself for the same top-up
        return partnerReference != null && !partnerReference.isBlank()
                ? partnerReference
                : provider.id() + "-" + transactionId;
    }

    private static String requireNumber(String number, Provider provider, String id) {
        if (number == null || number.isBlank()) {
            throw new UnmappableOutcomeException(
                    provider.id() + " transaction " + id + " names no mobile number");
        }
        return number;
    }

    /** Reloadly and Ding write the number as international digits without the plus (994501234567). */
    private static String internationalDigits(String number) {
        return number.chars().allMatch(Character::isDigit) && !number.startsWith("0")
                ? "+" + number
                : number;
    }

    private static Optional<String> firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }
}
