package az.balans.catalog.rest;

import az.balans.catalog.repository.Carrier;

import java.time.LocalDate;

/** A carrier as the API shows it: the fact, where it comes from and when it was last checked. */
public record CarrierResponse(String id, String name, String status, LocalDate retiredOn, String source, LocalDate verifiedOn) {

    static CarrierResponse of(Carrier carrier) {
        return new CarrierResponse(carrier.id, carrier.name, carrier.status, carrier.retiredOn, carrier.source, carrier.verifiedOn);
    }
}
