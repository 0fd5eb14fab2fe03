package az.balans.history.messaging;

import az.balans.history.service.RechargeEventService;
import az.balans.history.service.RejectedEventException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code recharge-events}. An event that cannot be accepted is thrown out with its reason,
 * and the connector's dead-letter strategy puts it, byte for byte, on {@code recharge-events-dlq}
 * with that reason in its {@code dead-letter-reason} header; the partition goes on.
 */
@ApplicationScoped
public class RechargeEventConsumer {

    private final RechargeEventService service;
    private final ObjectMapper json;
    private final Validator validator;

    RechargeEventConsumer(RechargeEventService service, ObjectMapper json, Validator validator) {
        this.service = service;
        this.json = json;
        this.validator = validator;
    }

    @Incoming("recharge-events")
    @Blocking
    public void consume(String value) {
        RechargeCloudEvent event = parse(value);
        service.record(event, value);
    }

    private RechargeCloudEvent parse(String value) {
        RechargeCloudEvent event;
        try {
            event = json.readValue(value, RechargeCloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new RejectedEventException("not a recharge CloudEvent in JSON: " + e.getOriginalMessage(), e);
        }
        if (event == null) {
            throw new RejectedEventException("empty event");
        }
        Set<ConstraintViolation<RechargeCloudEvent>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new RejectedEventException(violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted(Comparator.naturalOrder())
                    .collect(Collectors.joining("; ")));
        }
        return event;
    }
}
