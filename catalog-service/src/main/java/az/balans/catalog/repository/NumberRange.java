package az.balans.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "number_range")
public class NumberRange extends CatalogRecord {

    /** National prefix with the trunk 0: 050, 036554. */
    @Id public String prefix;

    @Column(name = "holder_id", nullable = false)
    public String holderId;

    /** mobile or fixed-line. */
    @Column(name = "number_type", nullable = false)
    public String numberType;

    @Column(name = "added_on")
    public LocalDate addedOn;

    public String notes;

    @Override
    public String entity() {
        return "number-range";
    }

    @Override
    public String key() {
        return prefix;
    }

    @Override
    public void assignKey(String key) {
        prefix = key;
    }
}
