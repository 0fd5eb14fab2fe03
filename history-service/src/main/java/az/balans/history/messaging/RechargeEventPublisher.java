package az.balans.history.messaging;

import az.balans.history.service.ProviderOutcome;
import az.balans.history.service.UnmappableOutcomeException;
import az.balans.platform.number.MobileNumbers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Tells a provider's outcome as a recharge event on recharge-events, the one log history reads:
 * the same CloudEvents contract a payment system writes, keyed by the E.164 number, checked against
 * the published schema before it is sent, so what history's own consumer would refuse is never
 * published but set aside at once.
 */
@ApplicationScoped
public class RechargeEventPublisher {

    private final MutinyEmitter<byte[]> emitter;
    private final RechargeEventParser contract;
    private final ObjectMapper json;

    RechargeEventPublisher(
            @Channel("provider-outcomes") MutinyEmitter<byte[]> emitter,
            RechargeEventParser contract,
            ObjectMapper json) {
        this.emitter = emitter;
        this.contract = contract;
        this.json = json;
    }

    /**
     * @return completes when the broker acknowledged the event (acks=all)
     * @throws UnmappableOutcomeException when the event would break the contract
     */
    public CompletableFuture<Void> publish(ProviderOutcome outcome) {
        String msisdn =
                MobileNumbers.e164Of(outcome.number())
                        .orElseThrow(
                                () ->
                                        new UnmappableOutcomeException(
                                                outcome.provider().id()
                                                        + " transaction "
                                                        + outcome.transactionId()
                                                        + ": the number is not an Azerbaijani mobile one"));
        byte[] event = eventOf(outcome, msisdn);
        RechargeEventParser.Outcome checked = contract.parse(event);
        if (checked.rejection() != null) {
            throw new UnmappableOutcomeException(
                    outcome.provider().id()
                            + " transaction "
                            + outcome.transactionId()
                            + " breaks the recharge event contract: "
                            + checked.rejection());
        }
        return emitter.sendMessage(KafkaRecord.of(msisdn, event)).subscribeAsCompletionStage();
    }

    private byte[] eventOf(ProviderOutcome outcome, String msisdn) {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", outcome.eventId());
        event.put("type", outcome.kind().type());
        event.put("source", outcome.provider().source());
        event.put("time", outcome.time().toString());
        event.put("datacontenttype", "application/json");
        ObjectNode data = event.putObject("data");
        data.put("attemptId", outcome.attemptId());
        data.put("msisdn", msisdn);
        data.put("carrier", outcome.carrier());
        data.put("channelId", outcome.channelId());
        data.put("paymentMethod", outcome.paymentMethod());
        data.put("amount", outcome.amount().toPlainString());
        data.put("currency", "AZN");
        data.put("providerReference", outcome.provider().id() + ":" + outcome.transactionId());
        if (outcome.failureCode() != null) {
            data.put("failureCode", outcome.failureCode());
            data.put("failureDetail", outcome.failureDetail());
        }
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
