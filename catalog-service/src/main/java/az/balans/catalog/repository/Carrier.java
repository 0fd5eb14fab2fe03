package az.balans.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Carrier extends CatalogRecord {

    /** The facts a carrier states, each with a source of its own in {@link #facts}. */
    public static final List<String> FACTS = List.of("balanceCode", "topUpCode");

    @Id public String id;

    /** By language: en, az, ru, zh. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> names;

    /** Other names people and data sources use (libphonenumber says "Nar Mobile"). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> aliases;

    /** mobile-operator, or other-operator for range holders Balans does not top up. */
    @Column(nullable = false)
    public String kind;

    /** active or retired. */
    @Column(nullable = false)
    public String status;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Column(name = "balance_code")
    public String balanceCode;

    @Column(name = "top_up_code")
    public String topUpCode;

    public String website;

    @Column(name = "support_phone")
    public String supportPhone;

    public String notes;

    /** Where each of its facts comes from, by name; a fact not named here is unknown. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, FactSource> facts;

    @Override
    public String entity() {
        return "carrier";
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
