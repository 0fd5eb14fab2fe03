package az.balans.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Promotion extends CatalogRecord {

    @Id public String id;

    @Column(name = "carrier_id", nullable = false)
    public String carrierId;

    /** Null: any channel of the carrier. */
    @Column(name = "channel_id")
    public String channelId;

    /** What the offer is, by language. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> texts;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    /** Exclusive. */
    @Column(name = "valid_to", nullable = false)
    public Instant validTo;

    /** The smallest top-up it applies to; null for any. */
    @Column(name = "min_amount")
    public BigDecimal minAmount;

    @Column(nullable = false, columnDefinition = "bpchar(3)")
    public String currency;

    @Override
    public String entity() {
        return "promotion";
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
