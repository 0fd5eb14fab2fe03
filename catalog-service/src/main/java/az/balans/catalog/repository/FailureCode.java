package az.balans.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A failure code of a top-up API or payment system, and what it means for the person: the cause,
 * whether the outcome is final, retryable or unknown, and how long to wait before checking or retrying.
 */
@Entity
@Table(name = "failure_code")
public class FailureCode extends CatalogRecord {

    /** The facts a failure code states, its meaning (the cause and the outcome) and the wait, each with a source of its own in {@link #facts}. */
    public static final List<String> FACTS = List.of("meaning", "wait");

    /** {@code provider:code}, such as {@code ding:ProviderTimedOut}. */
    @Id public String id;

    /** Who answers with the code: reloadly, ding, dtone, a kiosk network, demo. */
    @Column(nullable = false)
    public String provider;

    @Column(nullable = false)
    public String code;

    /** One of the causes of the failure table, such as CHANNEL_DOWN. */
    @Column(nullable = false)
    public String cause;

    /** final, retryable or unknown (the money may still arrive). */
    @Column(nullable = false)
    public String outcome;

    /** How long to wait before checking or trying again; null where the provider gives no figure. */
    @Column(name = "wait_seconds")
    public Integer waitSeconds;

    /** What the code means, in the provider's terms. */
    public String meaning;

    /** False until someone has checked the code against the provider's current documentation. */
    @Column(nullable = false)
    public boolean verified;

    public String notes;

    public static String idOf(String provider, String code) {
        return provider + ":" + code;
    }

    /** Where each of its facts comes from, by name; a fact not named here is unknown. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, FactSource> facts;

    @Override
    public String entity() {
        return "failure-code";
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public void assignKey(String key) {
        id = key;
    }
}
