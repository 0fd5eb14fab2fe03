package az.balans.history.rest;

import az.balans.history.repository.RechargeEvent;

import java.time.Instant;
import java.util.List;

/** One top-up attempt and the events received for it, oldest first. */
public record AttemptResponse(String attemptId, String msisdn, List<Event> events) {

    public record Event(String id, String type, String source, Instant time, String carrier, String channelId, Money amount) {

        static Event of(RechargeEvent event) {
            return new Event(event.eventId, event.type, event.source, event.occurredAt, event.carrier, event.channelId,
                    Money.of(event.amount, event.currency));
        }
    }

    static AttemptResponse of(String attemptId, List<RechargeEvent> events) {
        return new AttemptResponse(attemptId, events.get(0).msisdn, events.stream().map(Event::of).toList());
    }
}
