package az.balans.history.service;

import az.balans.history.messaging.RechargeCloudEvent;
import az.balans.history.repository.RechargeEvent;
import az.balans.history.repository.RechargeEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

@ApplicationScoped
public class RechargeEventService {

    private static final Logger LOG = Logger.getLogger(RechargeEventService.class);

    private final RechargeEventRepository events;

    RechargeEventService(RechargeEventRepository events) {
        this.events = events;
    }

    /**
     * Stores an event once, whatever the number of deliveries.
     *
     * @throws RejectedEventException when the event cannot be accepted (it then belongs on the dead-letter topic)
     */
    @Transactional
    public void record(RechargeCloudEvent cloudEvent, String originalJson) {
        RechargeCloudEvent.Data data = cloudEvent.data();
        String msisdn = PhoneNumbers.azerbaijaniMobileE164(data.msisdn())
                .orElseThrow(() -> new RejectedEventException("data.msisdn is not an Azerbaijani mobile number"));
        RechargeEvent event = new RechargeEvent();
        event.eventId = cloudEvent.id();
        event.attemptId = data.attemptId();
        event.type = cloudEvent.type();
        event.source = cloudEvent.source();
        event.occurredAt = cloudEvent.time();
        event.msisdn = msisdn;
        event.carrier = data.carrier();
        event.channelId = data.channelId();
        event.amount = data.amount();
        event.currency = data.currency();
        event.payload = originalJson;
        boolean stored = events.insertIfAbsent(event);
        LOG.debugf("%s event %s of attempt %s for %s", stored ? "Stored" : "Ignored duplicate",
                event.eventId, event.attemptId, PhoneNumbers.mask(msisdn));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RechargeEvent> eventsOfAttempt(String attemptId) {
        return events.findByAttempt(attemptId);
    }
}
